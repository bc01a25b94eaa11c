"""POST /v1/feedback: what the agent did with a rewrite Heard issued to them.

Counted once per rewrite id and action, only for an id Heard issued, only from the token
that asked for it; no text is stored.
"""

from __future__ import annotations

from typing import Literal

from flask import Blueprint, current_app, g, jsonify
from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr

from heard.api.admin_prompts import auto_rollback_for
from heard.api.bodies import json_body, parse
from heard.auth import require
from heard.errors import ApiError
from heard.samples import Samples
from heard.store import ERRORS as STORE_ERRORS
from heard.store import get_redis
from heard.usage import Usage

bp = Blueprint("feedback", __name__, url_prefix="/v1")


class Feedback(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: StrictStr = Field(min_length=1, max_length=64, pattern=r"^[0-9a-f]{1,64}$")
    # accepted: Replace; copied: Copy; partial: some changes taken; rejected: dismissed;
    # sent: what the agent finally sent or left in the editor (with `edit_distance`).
    action: Literal["accepted", "rejected", "partial", "copied", "sent"]
    rejected_principles: list[StrictStr] = Field(default_factory=list, max_length=50)
    # Normalised edit distance between Heard's rewrite and the text the agent kept (0: as is).
    edit_distance: StrictFloat | StrictInt | None = Field(None, ge=0, le=1)
    final_text: StrictStr | None = Field(None, max_length=100_000)  # never stored


@bp.post("/feedback")
@require("agent")
def feedback():
    fb = parse(Feedback, json_body())
    try:
        store = Usage(get_redis())
        issued = store.issued(fb.id)
        if issued is None:
            raise ApiError(404, "unknown_rewrite", "Heard issued no rewrite with this id (or "
                           "it is older than a week); send the `id` of a rewrite answer.")
        if issued["token"] != g.token.id:
            raise ApiError(403, "not_your_rewrite", "Feedback is counted only from the token "
                           "that asked for the rewrite.")
        distance = None if fb.edit_distance is None else float(fb.edit_distance)
        stored = store.feedback(issued, fb.id, fb.action, fb.rejected_principles, distance)
        if stored:
            auto_rollback_for(get_redis()).after_feedback(issued["version"].split("@", 1)[0])
        Samples(get_redis(), current_app.config["HEARD"].keep_samples_days).flag(
            fb.id, fb.action, distance, fb.rejected_principles)
    except STORE_ERRORS:
        return jsonify({"ok": True, "stored": False})
    return jsonify({"ok": True, "stored": stored} | ({} if stored else {
        "reason": "already counted"}))

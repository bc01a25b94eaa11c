"""The playground: the same drafts through two prompt versions, side by side.

An admin tries a candidate version against the one agents get before anyone else sees it. Each
cell is the whole rewrite answer (diff, explanations, scores, warnings, usage) plus its latency.
Nothing here writes the rewrite cache (`no_cache`) or counts in agents' statistics
(`record=False`): the playground is rehearsal, not traffic.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass

from heard import pipeline
from heard.evaluate import VersionLike
from heard.fanout import deadline_after, fan_out
from heard.refusal import Refused
from heard.schema import RewriteRequest

MAX_DRAFTS = 20  # rows per call: 40 rewrites, about a minute against a slow model
LLM_WORKERS = 8  # all 40 rewrites of a full call in five waves


@dataclass(frozen=True)
class Row:
    """One draft to compare, with what the page shows beside it."""

    request: RewriteRequest
    case: str | None = None  # the evaluation case it came from, if any


def _isolated(svc: pipeline.Services, version: VersionLike) -> pipeline.Services:
    return dataclasses.replace(svc, bundle=version.bundle, prompt_version=version.key,
                               record=False)


def _cell(svc: pipeline.Services, request: RewriteRequest) -> dict:
    started = time.perf_counter()
    answer = pipeline.run(request, svc)
    return answer | {"latency_ms": round((time.perf_counter() - started) * 1000, 1)}


def compare(svc: pipeline.Services, baseline: VersionLike, candidate: VersionLike,
            rows: list[Row], time_limit_s: float | None = None) -> dict:
    """Every row through both versions; `differ` when the two rewrites are not the same."""
    sides = (_isolated(svc, baseline), _isolated(svc, candidate))
    requests = [r.request.model_copy(update={"no_cache": True}) for r in rows]
    for n, request in enumerate(requests, start=1):  # refuse before any work
        try:
            pipeline.check(request, sides[0])
        except Refused as err:  # an empty draft, too many tokens: say which row
            raise Refused(err.status, err.code, f"Row {n}: {err.message}") from None
    jobs = [(side, request) for request in requests for side in sides]
    cells = fan_out(lambda job: _cell(*job), jobs, 1 if svc.llm is None else LLM_WORKERS,
                    deadline_after(time_limit_s), "playground")
    out = []
    for i, row in enumerate(rows):
        base, cand = cells[2 * i], cells[2 * i + 1]
        out.append({"draft": row.request.draft, "format": row.request.format,
                    "customer_message": row.request.context.customer_message,
                    "case": row.case,
                    "differ": (base.get("html") or base["rewrite"])
                    != (cand.get("html") or cand["rewrite"]),
                    "baseline": base, "candidate": cand})
    return {"versions": {"baseline": baseline.version, "candidate": candidate.version},
            "prompt_versions": {"baseline": baseline.key, "candidate": candidate.key},
            "rows": out}

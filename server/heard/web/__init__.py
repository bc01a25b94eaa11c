"""The pages for people: `/` (what this server is, its health) and `/admin` (the voice editor).

Both are server-rendered templates plus ES modules from `static/`; no build step, no CDN. The
admin page is data from admins rendered in a browser, so it gets a strict content-security
policy: scripts and styles only from this origin, nothing inline, never framed.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template

from heard.api import health
from heard.pipeline import select_voice
from heard.tokens import DEFAULT_PROFILE

bp = Blueprint("web", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static/web")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


@bp.after_request
def _secure(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    if response.mimetype == "text/html":
        # The admin page shows who is signed in; no shared cache may keep it.
        response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/")
def index():
    return render_template("web/index.html", health=_health())


@bp.get("/admin")
def admin():
    return render_template("web/admin.html",
                           review_required=current_app.config["HEARD"].require_review)


def _health() -> dict:
    """What /readyz says, read in-process so the page shows it without JavaScript."""
    response, status = health.readyz()
    # What agents get now: the default profile's production version (or, with Redis down,
    # the last one this process loaded).
    svc = select_voice(current_app.extensions["heard.services"], DEFAULT_PROFILE)
    return {"ready": status == 200, **response.get_json(),
            "prompt_version": svc.prompt_version}

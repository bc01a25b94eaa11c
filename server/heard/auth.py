"""Bearer-token authentication and roles for the API's views."""

from __future__ import annotations

import functools
import hmac
import time
from collections.abc import Callable

from flask import current_app, g, request

from heard.errors import ApiError
from heard.sessions import COOKIE, CSRF_HEADER, Sessions
from heard.store import ERRORS as STORE_ERRORS
from heard.store import get_redis
from heard.tokens import ID_CHARS, Role, TokenInfo, TokenStore, hash_token

_RANK = {"agent": 0, "admin": 1}
# Tokens verified recently, used only while Redis is unreachable so rewrites keep working
# (a token revoked during an outage keeps working in a process that saw it, until Redis is back
# or this long has passed).
_RECENT_S = 600


def bearer() -> str:
    """The request's bearer token, or the 401 that says how to send one."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "Send your Heard token as 'Authorization: Bearer "
                       "<token>'; an admin creates one with `heard token create`.")
    return token.strip()


def is_bootstrap(token_hash: str) -> bool:
    """Whether this is HEARD_ADMIN_TOKEN's hash: configuration, valid without Redis."""
    settings = current_app.config["HEARD"]
    return bool(settings.admin_token) and hmac.compare_digest(
        token_hash, hash_token(settings.admin_token))


def _identify(token: str) -> TokenInfo:
    return identify_hash(hash_token(token))


def remembered(token_hash: str) -> TokenInfo:
    """While Redis is unreachable: a token this process verified recently, else a 503."""
    if is_bootstrap(token_hash):
        return TokenInfo(token_hash[:ID_CHARS], "bootstrap", "admin", 0)
    recent: dict[str, tuple[float, TokenInfo]] = current_app.extensions["heard.recent_tokens"]
    seen = recent.get(token_hash)
    if seen and time.monotonic() - seen[0] < _RECENT_S:
        return seen[1]
    raise ApiError(503, "store_unavailable", "Heard cannot check your token because its "
                   "Redis is unreachable; retry in a moment.")


def identify_hash(token_hash: str, record: dict[bytes, bytes] | None = None) -> TokenInfo:
    """The token with this hash, or a 401/503 that says what to do. `record`: its hash in
    Redis when the caller already read it (heard.admission's round trip)."""
    recent: dict[str, tuple[float, TokenInfo]] = current_app.extensions["heard.recent_tokens"]
    if is_bootstrap(token_hash):
        return TokenInfo(token_hash[:ID_CHARS], "bootstrap", "admin", 0)
    try:
        store = TokenStore(get_redis())
        info = store.verify_hash(token_hash) if record is None else \
            store.known(token_hash, record)
    except STORE_ERRORS:
        return remembered(token_hash)
    if info is None:
        recent.pop(token_hash, None)
        raise ApiError(401, "unauthorized", "This token is not valid (revoked or mistyped); "
                       "ask an admin for a new one.")
    recent[token_hash] = (time.monotonic(), info)
    return info


def has_role(info: TokenInfo, role: Role) -> TokenInfo:
    """`info`, or the 403 for a token whose role is below `role`."""
    if _RANK[info.role] < _RANK[role]:
        raise ApiError(403, "forbidden", f"This endpoint needs the {role} role; "
                       f"your token has '{info.role}'.")
    return info


def from_session() -> TokenInfo | None:
    """The admin page's caller: its session cookie, only with the page's own header."""
    # A bearer token wins over a cookie; looked at first, since the extension's every
    # request carries one and the cookie header would be parsed for nothing.
    if request.headers.get("Authorization"):
        return None
    session_id = request.cookies.get(COOKIE)
    if not session_id:
        return None
    if request.headers.get(CSRF_HEADER) != "1":
        raise ApiError(401, "unauthorized", f"Requests with the admin session cookie must "
                       f"carry the header '{CSRF_HEADER}: 1' (the /admin page sends it).")
    try:
        session = Sessions(get_redis(), 0).lookup(session_id)
    except STORE_ERRORS:
        raise ApiError(503, "store_unavailable", "Heard cannot check your sign-in because its "
                       "Redis is unreachable; retry in a moment.") from None
    if session is None:
        raise ApiError(401, "session_expired", "Your admin sign-in has expired or was ended; "
                       "sign in again with your admin token.")
    return identify_hash(session["token_hash"])


def require(role: Role = "agent") -> Callable:
    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(*args, **kwargs):
            g.token = has_role(from_session() or _identify(bearer()), role)
            return view(*args, **kwargs)
        return wrapped
    return decorator

"""Admin page sessions: an admin token is exchanged once for a random session id.

The id travels only in an HttpOnly, SameSite=Strict cookie, so no script (on any origin)
can read it, and the page never keeps the token. Redis holds the id's hash, the token's id
and hash: revoking the token ends its sessions at the next request.
"""

from __future__ import annotations

import hashlib
import json
import secrets

import redis

PREFIX = "heard:admin-session:"
COOKIE = "heard_admin"
# Sent by the page's own scripts; a page on another origin cannot add a custom header
# without a CORS preflight, which Heard refuses, so a forged cross-site request fails.
CSRF_HEADER = "X-Heard-Admin"


def _key(session_id: str) -> str:
    return PREFIX + hashlib.sha256(session_id.encode()).hexdigest()


class Sessions:
    def __init__(self, client: redis.Redis, ttl_s: int) -> None:
        self.client, self.ttl_s = client, ttl_s

    def open(self, token_hash: str, token_id: str) -> str:
        session_id = secrets.token_urlsafe(32)
        self.client.set(_key(session_id), json.dumps({"token_hash": token_hash,
                                                      "token_id": token_id}), ex=self.ttl_s)
        return session_id

    def lookup(self, session_id: str) -> dict | None:
        raw = self.client.get(_key(session_id))
        return json.loads(raw) if raw else None

    def close(self, session_id: str) -> None:
        self.client.delete(_key(session_id))

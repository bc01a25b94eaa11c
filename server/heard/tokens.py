"""API tokens: random secrets handed out once, stored only as SHA-256 hashes in Redis."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Literal

import redis

Role = Literal["agent", "admin"]
INDEX = "heard:tokens"
PREFIX = "heard:token:"
ID_CHARS = 12  # a token's public id: the first hex digits of its hash
LAST_USED_EVERY_S = 60  # last-used is written at most this often per token
DEFAULT_PROFILE = "default"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_secret() -> str:
    return "hrd_" + secrets.token_urlsafe(32)


@dataclass
class TokenInfo:
    id: str
    name: str
    role: Role
    created: float
    last_used: float | None = None
    profile: str = DEFAULT_PROFILE  # the team or brand whose prompts this token gets
    pilot: bool = False  # pilots get the `staging` label instead of `production`

    @classmethod
    def from_hash(cls, token_hash: str, data: dict[bytes, bytes]) -> TokenInfo:
        d = {k.decode(): v.decode() for k, v in data.items()}
        return cls(id=token_hash[:ID_CHARS], name=d.get("name", ""), role=d.get("role", "agent"),
                   created=float(d.get("created", 0)),
                   last_used=float(d["last_used"]) if d.get("last_used") else None,
                   profile=d.get("profile") or DEFAULT_PROFILE, pilot=d.get("pilot") == "1")


class TokenStore:
    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def create(self, name: str, role: Role, secret: str | None = None,
               profile: str = DEFAULT_PROFILE, pilot: bool = False) -> tuple[str, TokenInfo]:
        secret = secret or new_secret()
        token_hash = hash_token(secret)
        now = time.time()
        # No MULTI: the two keys may live on different Redis Cluster nodes.
        with self.client.pipeline(transaction=False) as pipe:
            pipe.hset(PREFIX + token_hash, mapping={"name": name, "role": role, "created": now,
                                                    "profile": profile,
                                                    "pilot": "1" if pilot else "0"})
            pipe.sadd(INDEX, token_hash)
            pipe.execute()
        return secret, TokenInfo(token_hash[:ID_CHARS], name, role, now, profile=profile,
                                 pilot=pilot)

    def ensure(self, secret: str, name: str, role: Role) -> None:
        """Register a configured token (the bootstrap admin) if it is not there yet."""
        token_hash = hash_token(secret)
        if not self.client.exists(PREFIX + token_hash):
            self.create(name, role, secret)

    def verify(self, secret: str) -> TokenInfo | None:
        return self.verify_hash(hash_token(secret))

    def verify_hash(self, token_hash: str) -> TokenInfo | None:
        return self.known(token_hash, self.client.hgetall(PREFIX + token_hash))

    def known(self, token_hash: str, data: dict[bytes, bytes]) -> TokenInfo | None:
        """The token from its record (read by the caller, maybe in a pipeline of its own);
        None when there is none (revoked or never issued)."""
        if not data:
            return None
        info = TokenInfo.from_hash(token_hash, data)
        now = time.time()
        if info.last_used is None or now - info.last_used > LAST_USED_EVERY_S:
            self.client.hset(PREFIX + token_hash, "last_used", now)
            info.last_used = now
        return info

    def list(self) -> list[TokenInfo]:
        hashes = sorted(h.decode() for h in self.client.smembers(INDEX))
        # One round trip for every token's record, not one each (no MULTI: Redis Cluster).
        with self.client.pipeline(transaction=False) as pipe:
            for token_hash in hashes:
                pipe.hgetall(PREFIX + token_hash)
            records = pipe.execute()
        out = [TokenInfo.from_hash(h, data) for h, data in zip(hashes, records, strict=True)
               if data]
        return sorted(out, key=lambda t: t.created)

    def revoke(self, token_id: str) -> bool:
        """Revoke by id (the first 12 hex digits of the hash); takes effect at once, since
        every request looks its token up in Redis."""
        if len(token_id) < ID_CHARS:
            return False
        for token_hash in (h.decode() for h in self.client.smembers(INDEX)):
            if token_hash.startswith(token_id):
                with self.client.pipeline(transaction=False) as pipe:
                    pipe.delete(PREFIX + token_hash)
                    pipe.srem(INDEX, token_hash)
                    pipe.execute()
                return True
        return False

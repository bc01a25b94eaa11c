"""A broken invariant, named so the agent (and the retry prompt) can act on it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Violation:
    code: str
    message: str
    category: str = ""  # new_commitment: which kind (refund, deadline, …), for the evaluation

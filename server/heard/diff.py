"""Word-level diff between the draft and the rewrite, as the API's `diff` list."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\s+|[\w'’⟦⟧-]+|[^\w\s]", re.U)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(before: str, after: str) -> list[dict[str, str]]:
    """Ops `equal|delete|insert` whose texts concatenate back to `before` and `after`."""
    a, b = tokens(before), tokens(after)
    ops: list[dict[str, str]] = []

    def add(op: str, text: str) -> None:
        if not text:
            return
        if ops and ops[-1]["op"] == op:
            ops[-1]["text"] += text
        else:
            ops.append({"op": op, "text": text})

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", "".join(a[i1:i2]))
        else:
            add("delete", "".join(a[i1:i2]))
            add("insert", "".join(b[j1:j2]))
    return ops


def hunks(ops: list[dict[str, str]]) -> list[dict[str, str]]:
    """Changed regions: each a (deleted, inserted) pair between two equal runs."""
    out: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for op in ops:
        if op["op"] == "equal" and op["text"].strip():
            current = None
            continue
        if current is None:
            current = {"before": "", "after": ""}
            out.append(current)
        if op["op"] == "delete":
            current["before"] += op["text"]
        elif op["op"] == "insert":
            current["after"] += op["text"]
    return [h for h in out if h["before"].strip() or h["after"].strip()]


def side(ops: list[dict[str, str]], which: str) -> str:
    keep = {"before": ("equal", "delete"), "after": ("equal", "insert")}[which]
    return "".join(op["text"] for op in ops if op["op"] in keep)

"""Word-level diff between the draft and the rewrite, as the API's `diff` list."""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

_TOKEN = re.compile(r"\s+|[\w'’⟦⟧-]+|[^\w\s]", re.U)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(before: str, after: str) -> list[dict[str, str]]:
    """Ops `equal|delete|insert` whose texts concatenate back to `before` and `after`.

    Words are mapped to single characters so diff-match-patch diffs whole words, then its
    semantic clean-up merges the tiny equalities ("is", "the") that make a diff unreadable.
    """
    table: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        out = []
        for tok in tokens(text):
            if tok not in table:
                # Private-use plane: room for 131072 distinct words, far above the token limit.
                table[tok] = chr(0xF0000 + len(words))
                words.append(tok)
            out.append(table[tok])
        return "".join(out)

    a, b = encode(before), encode(after)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 1.0
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    ops: list[dict[str, str]] = []
    names = {-1: "delete", 0: "equal", 1: "insert"}
    for kind, chars in diffs:
        text = "".join(words[ord(c) - 0xF0000] for c in chars)
        if not text:
            continue
        if ops and ops[-1]["op"] == names[kind]:
            ops[-1]["text"] += text
        else:
            ops.append({"op": names[kind], "text": text})
    return ops


def hunks(ops: list[dict[str, str]]) -> list[dict[str, str]]:
    """Changed regions: each a (deleted, inserted) pair between two equal runs."""
    out: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for op in ops:
        if op["op"] == "equal":
            if op["text"].strip():
                current = None
            elif current is not None:
                current["before"] += op["text"]
                current["after"] += op["text"]
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

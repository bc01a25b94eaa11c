"""Word-level diff between the draft and the rewrite, as the API's `diff` list."""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from heard.recall import Recall

_TOKEN = re.compile(r"\s+|[\w'’⟦⟧-]+|[^\w\s]", re.U)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


_WORD = re.compile(r"\w", re.U)
# An equality this small between two changes reads as part of one change ("is", "the", ",").
FOLD_MAX_WORDS = 1


# Each op's kind and length only (heard.recall): the texts are cut again from the request's
# own draft and rewrite. A hit diffs the same two texts again.
_RUNS: Recall[tuple[tuple[str, int], ...]] = Recall(2048)


def word_diff(before: str, after: str) -> list[dict[str, str]]:
    """Ops `equal|delete|insert` whose texts concatenate back to `before` and `after`."""
    runs = _RUNS.get((before, after), None, lambda: _runs(before, after))
    if runs is None:
        return _word_diff(before, after)
    ops, at = [], {"before": 0, "after": 0}
    for op, length in runs:
        source = after if op == "insert" else before
        start = at["after" if op == "insert" else "before"]
        ops.append({"op": op, "text": source[start:start + length]})
        if op != "insert":
            at["before"] += length
        if op != "delete":
            at["after"] += length
    return ops


def _runs(before: str, after: str) -> tuple[tuple[str, int], ...] | None:
    ops = _word_diff(before, after)
    if side(ops, "before") != before or side(ops, "after") != after:
        return None  # never expected: then nothing can be cut from the texts, diff each time
    return tuple((op["op"], len(op["text"])) for op in ops)


def _word_diff(before: str, after: str) -> list[dict[str, str]]:
    """Ops `equal|delete|insert` whose texts concatenate back to `before` and `after`.

    Words are mapped to single characters so diff-match-patch diffs whole words. Its own
    semantic clean-up weighs an equality against the edits around it, so one long inserted
    sentence would swallow every unchanged sentence near it; instead only equalities of at
    most FOLD_MAX_WORDS words between two changes are folded into them.
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

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 1.0
    diffs = dmp.diff_main(encode(before), encode(after), False)
    dmp.diff_cleanupSemanticLossless(diffs)
    # Segments: ("=", text) or ("~", deleted, inserted).
    segments: list[list[str]] = []
    for kind, chars in diffs:
        text = "".join(words[ord(c) - 0xF0000] for c in chars)
        if not text:
            continue
        if kind == 0:
            segments.append(["=", text])
            continue
        if not segments or segments[-1][0] != "~":
            segments.append(["~", "", ""])
        segments[-1][1 if kind < 0 else 2] += text
    folded: list[list[str]] = []
    for seg in segments:
        if (seg[0] == "~" and len(folded) >= 2 and folded[-1][0] == "="
                and folded[-2][0] == "~" and _small(folded[-1][1])):
            equal = folded.pop()[1]
            folded[-1][1] += equal + seg[1]
            folded[-1][2] += equal + seg[2]
        else:
            folded.append(seg)
    ops: list[dict[str, str]] = []
    for seg in folded:
        if seg[0] == "=":
            ops.append({"op": "equal", "text": seg[1]})
            continue
        if seg[1]:
            ops.append({"op": "delete", "text": seg[1]})
        if seg[2]:
            ops.append({"op": "insert", "text": seg[2]})
    return ops


def _small(equal: str) -> bool:
    return sum(1 for tok in tokens(equal) if _WORD.search(tok)) <= FOLD_MAX_WORDS


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

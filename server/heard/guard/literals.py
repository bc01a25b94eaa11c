"""The literal text any match of a pattern must contain: a cheap test before an expensive scan.

Python's `re` tries every branch of an alternation at every position, so the promise patterns
(hundreds of branches over five languages) cost about a third of a millisecond per sentence,
promise or not. Each branch, though, has some text it cannot match without: "refund" in
"(?:will|'ll) refund\\b", " you" in "\\b(?:refund|repay) you\\b". `needed()` reads those out of
the parsed pattern; a sentence holding none of them cannot match, and plain substring tests
(in C, tens of nanoseconds each) say so. When a pattern's needed text cannot be told (a
backreference, a branch of only classes), `needed()` answers None and the caller scans as
before: the test may pass a sentence that then matches nothing, never skip one that matches.
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# Letters `re.IGNORECASE` matches that `str.lower()` does not turn into them: folded the same
# way in the text that is tested, so a case-insensitive match is never missed.
FOLD = str.maketrans({"ſ": "s", "\u212a": "k", "\u212b": "å"})


def needed(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains; None when unknown."""
    try:
        found = _sequence(_p.parse(pattern))
    except Exception:
        return None
    return None if found is None else frozenset(s.lower().translate(FOLD) for s in found)


def fewest(sets: list[frozenset[str] | None]) -> tuple[str, ...] | None:
    """One test for several patterns: their needed strings, none holding another (a sentence
    with "full refund" also holds "refund"); None when any pattern's is unknown."""
    if any(s is None for s in sets):
        return None
    kept: list[str] = []
    for text in sorted({t for s in sets for t in s}, key=len):  # type: ignore[union-attr]
        if not any(k in text for k in kept):
            kept.append(text)
    return tuple(kept)


def _best(options: list[set[str] | None]) -> set[str] | None:
    """Of several sets any one of which is needed, the one whose shortest string is longest:
    the fewest sentences hold it."""
    known = [o for o in options if o]
    if not known:
        return None
    return max(known, key=lambda o: (min(len(x) for x in o), -len(o)))


def _sequence(items) -> set[str] | None:
    options: list[set[str] | None] = []
    run: list[str] = []

    def close() -> None:
        if run:
            options.append({"".join(run)})
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        close()  # anything else (a class, a boundary, a look-around) ends a run of letters
        if op is _c.SUBPATTERN:
            options.append(_sequence(av[3]))
        elif op is _c.BRANCH:
            branches = [_sequence(b) for b in av[1]]
            options.append(None if any(b is None for b in branches)
                           else set().union(*branches))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            options.append(_sequence(av[2]))
    close()
    return _best(options)

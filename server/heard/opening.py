"""Where a reply really begins and ends: leading mentions, a greeting, a signature tail.

Social replies open with one or more mentions (`@⟦1⟧`, `@ShopHelp`), often followed by a
greeting (`Hey, ⟦2⟧.`), and close with a short signature (`^RR`, `*HCK`, `-KC`, `- Paul`). An
acknowledgement belongs after the mentions and the greeting, and no rule may touch the
signature. The offline engine and the score read the opening the same way through this module.
"""

from __future__ import annotations

import re

from heard import vocab

# One or more mentions at the very start; a masked handle is `@⟦n⟧`.
MENTIONS = re.compile(r"^[ \t]*(?:[@＠](?:⟦\d+⟧|\w[\w.]*\w|\w)[ \t]*[,:]?[ \t]*)+")

_HELLO = "(?:" + "|".join(vocab.union("greetings")) + ")"  # heard/lang/*.json
# "Hey, ⟦2⟧." / "Hi there!" / "Hey ⟦2⟧ -" / "Hi Ana :)" / "Hello." end there; "Hi Ana, your…"
# at the comma (a smiley's colon is no such stop).
GREETING = re.compile(
    r"^\s*" + _HELLO + r"\b(?:(?:,?[ \t]+(?:⟦\d+⟧|(?-i:[A-ZÀ-Ý][\w'’-]*)|"
    + vocab.words(vocab.union("greeting_addressees")) + r")){0,3}[ \t]*"
    r"(?:[.!]|[-–—](?=\s)|[:;]-?[)D(])(?=\s|$)|[^\n.!?]{0,60}?(?:[,!\n]|:(?![-)D(])))\s*", re.I)

# A short signature at the very end: `^RR`, `*HCK`, `-KC`, `- Paul`, `/PB`, `^ Jools`.
SIGNATURE = re.compile(
    r"(?:(?<=[\s.!?,;:)])|^)(?:[\^*/~]|[-–—])[ \t]?(?:⟦\d+⟧|[A-ZÀ-Ý][\w'’.]{0,24})"
    r"(?:[ \t][A-ZÀ-Ý][\w'’]{0,24})?\s*$")


def split_mentions(text: str) -> tuple[str, str]:
    """(leading mentions with their trailing space, the rest)."""
    m = MENTIONS.match(text)
    return (text[:m.end()], text[m.end():]) if m else ("", text)


def split_signature(text: str) -> tuple[str, str]:
    """(the text, a trailing signature with the space before it) — "" when there is none."""
    m = SIGNATURE.search(text)
    if not m:
        return text, ""
    start = m.start()
    while start and text[start - 1] in " \t\n":
        start -= 1
    return text[:start], text[start:]


def body(text: str) -> str:
    """The text after any leading mentions and a greeting."""
    rest = split_mentions(text)[1]
    g = GREETING.match(rest)
    return rest[g.end():] if g else rest

"""HTML drafts: sanitised on the way in and out, and read as text for diffs and scores.

What a reader of the HTML never sees — a comment, an element hidden by its style or its
`hidden` attribute — is taken out before sanitising (`visible`): sanitising alone would strip
the style that hides it and show it. In a draft such text is a note to an AI (README, "Notes to
the AI in a draft"): `draft_parts` hands it on apart, for the guard to read, never for the model."""

from __future__ import annotations

import html as htmllib
import re
from functools import lru_cache

import nh3

_ATTRIBUTES = {"*": {"class", "dir", "lang"}, "a": {"href", "title", "target"},
               "img": {"src", "alt", "width", "height"}, "td": {"colspan", "rowspan"}}
# The elements whose end ends a block of text as the reader sees it (a paragraph, a list item).
BLOCK_TAGS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
                        "pre"})
# Where a block of the markup ends (one of those closed, or a line break).
BLOCK_END = re.compile(rf"</(?:{'|'.join(sorted(BLOCK_TAGS))})\s*>|<br\s*/?>", re.I)


# Hidden from the reader: not displayed, invisible, transparent, no size, white text.
_HIDING = (r"display\s*:\s*none|visibility\s*:\s*hidden"
           r"|font-size\s*:\s*0(?:\.0*)?(?![.\d])|opacity\s*:\s*0(?:\.0*)?(?![.\d])"
           r"|(?<![\w-])color\s*(?::|=\s*[\"']?)\s*"
           r"(?:#fff(?:fff)?\b|white\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))"
           r"|\shidden\b")
_HIDDEN_START = re.compile(rf"<!--.*?(?:-->|$)|<(\w+)\b(?=[^>]*(?:{_HIDING}))[^>]*>",
                           re.I | re.S)
_VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})


@lru_cache(maxsize=64)
def _tags(name: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){re.escape(name)}\b[^>]*>", re.I)


def hidden(html: str) -> list[tuple[int, int]]:
    """Spans of `html` its reader never sees: each comment, each hidden element with all it
    holds (an element of the same name nested inside closes there, not the hidden one; an
    element never closed hides the rest). Linear: every tag is read once."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while m := _HIDDEN_START.search(html, pos):
        end, name = m.end(), m.group(1)
        if name and name.lower() not in _VOID and not m.group(0).endswith("/>"):
            depth, end = 1, len(html)
            for t in _tags(name).finditer(html, m.end()):
                depth += -1 if t.group(1) else 1
                if not depth:
                    end = t.end()
                    break
        spans.append((m.start(), end))
        pos = max(end, m.start() + 1)
    return spans


def unhidden(html: str) -> tuple[str, list[str]]:
    """`html` less what its reader never sees, and the text of each piece taken out."""
    spans = hidden(html)
    kept, notes, pos = [], [], 0
    for start, end in spans:
        kept.append(html[pos:start])
        if note := note_text(html[start:end]):
            notes.append(note)
        pos = end
    return "".join(kept) + html[pos:], notes


def note_text(piece: str) -> str:
    """What a hidden piece of HTML (a comment, an element) says, as one line of text."""
    return " ".join(to_text(re.sub(r"<!--|-->", " ", piece)).split())


def visible(html: str) -> str:
    """The sanitised HTML as its reader sees it: nothing hidden in it becomes shown."""
    return sanitize(unhidden(html)[0])


def draft_parts(draft: str, fmt: str) -> tuple[str, list[str]]:
    """A draft as Heard works on it, and the notes taken out of it: an HTML draft as its
    reader sees it (`visible`), a text draft as written (its notes are read in place)."""
    if fmt != "html":
        return draft, []
    shown, notes = unhidden(draft)
    return sanitize(shown), notes


def sanitize(html: str) -> str:
    """Keep formatting, links, lists, signature and quotes; drop scripts, styles, handlers."""
    return nh3.clean(html, attributes=_ATTRIBUTES, link_rel=None,
                     url_schemes={"http", "https", "mailto", "tel"})


# A character reference: "&nbsp;", "&ndash;", "&#160;", "&#xA0;".
CHAR_REF = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The references that are markup (a tag's brackets, an attribute's quotes, "&" itself): kept.
_MARKUP_CHARS = frozenset("<>&\"'")


def character(ref: str) -> str:
    """The character a reference stands for ("&nbsp;" → U+00A0, "&ndash;" → "–"); the
    reference itself where it is markup ("&lt;") or no character at all."""
    ch = htmllib.unescape(ref)
    return ref if ch == ref or ch in _MARKUP_CHARS else ch


def characters(html: str) -> str:
    """`html` with each character reference read as the character it stands for, as its
    reader sees it ("7&ndash;10&nbsp;days" is "7–10 days"): the markup left as it is."""
    return CHAR_REF.sub(lambda m: character(m.group(0)), html) if "&" in html else html


def to_text(html: str) -> str:
    text = BLOCK_END.sub(lambda m: m.group(0) + "\n", html)
    text = re.sub(r"<[^>]*>", "", text)
    text = htmllib.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()

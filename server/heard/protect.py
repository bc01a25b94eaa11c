"""Replace facts, placeholders and personal data with stable markers, and put them back.

Masking happens before the cache and the LLM: the model never sees the customer's personal
data, the guard can check every fact mechanically (each marker back exactly once), and one
macro sent for two customers is one cache entry. Markers are `⟦1⟧`, `⟦2⟧` … numbered in order
of first appearance, so identical templates mask to identical text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import phonenumbers

MARKER_RE = re.compile(r"⟦(\d+)⟧")

# Order matters: earlier patterns win where spans overlap (a URL holds digits, an email a dot).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("marker", MARKER_RE),  # marker-like text already in the draft is a fact too
    ("quote", re.compile(
        r"<blockquote\b.*?</blockquote>|<div[^>]*class=\"[^\"]*gmail_(?:quote|signature)[^\"]*\""
        r"[^>]*>.*?</div>(?!.*</div>)", re.S | re.I)),
    ("html_attr_url", re.compile(r"(?<=href=\")[^\"]*(?=\")|(?<=src=\")[^\"]*(?=\")", re.I)),
    ("placeholder", re.compile(
        r"\{\{.*?\}\}|\{%.*?%\}|\{\{?\s*[\w.]+\s*\}?\}|%[A-Za-z_][\w.]*%|\[\[[^\]]+\]\]"
        r"|\$\{[^}]+\}|<%.*?%>", re.S)),
    ("url", re.compile(
        r"\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"').,;:!?\]]", re.I)),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("amount", re.compile(
        r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|BRL|MXN|CHF|JPY|INR|R\$))\s?\d[\d.,\s]*\d"
        r"|(?:[$€£¥₹]|R\$)\s?\d"
        r"|\b\d[\d.,]*\s?(?:[$€£¥₹]|USD|EUR|GBP|CAD|AUD|BRL|MXN|CHF|dollars|euros|pounds)",
        re.I)),
    ("date", re.compile(
        r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
        r"|\b\d{1,2}:\d{2}(?:\s?(?:[ap]\.m\.|[ap]m\b))?(?:\s?[A-Z]{2,4}\b)?", re.I)),
    # Any other token holding a digit: order and ticket numbers, SKUs, counts, days, versions.
    ("identifier", re.compile(r"#?(?:[A-Za-z]+[-_/.])*[A-Za-z]*\d(?:[\w\-/#.]*\w)?")),
]

_EXCLUDED_IN_HTML_TEXT = {"html_attr_url"}


@dataclass
class Masked:
    """A masked text and the originals behind its markers."""

    text: str
    originals: dict[str, str] = field(default_factory=dict)  # "⟦1⟧" -> original
    kinds: dict[str, str] = field(default_factory=dict)  # "⟦1⟧" -> kind

    def markers(self) -> list[str]:
        return list(self.originals)


class Masker:
    """Masks several texts (draft, customer message) with one shared numbering."""

    def __init__(self, names: list[str] | None = None, regions: str = "auto") -> None:
        self._by_original: dict[str, str] = {}
        self.originals: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self._names = [n.strip() for n in (names or []) if n and n.strip()]

    def _marker_for(self, original: str, kind: str) -> str:
        if original not in self._by_original:
            marker = f"⟦{len(self._by_original) + 1}⟧"
            self._by_original[original] = marker
            self.originals[marker] = original
            self.kinds[marker] = kind
        return self._by_original[original]

    def mask(self, text: str) -> Masked:
        spans = _find_spans(text, self._names)
        out, pos = [], 0
        for start, end, kind in spans:
            out.append(text[pos:start])
            out.append(self._marker_for(text[start:end], kind))
            pos = end
        out.append(text[pos:])
        return Masked("".join(out), dict(self.originals), dict(self.kinds))


def _find_spans(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    candidates: list[tuple[int, int, str]] = []
    patterns = list(_PATTERNS)
    for name in names:
        for part in {name, *name.split()}:
            if len(part) >= 2:
                patterns.insert(1, ("name", re.compile(rf"(?<!\w){re.escape(part)}(?!\w)")))
    for priority, (kind, pattern) in enumerate(patterns):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), kind, priority))
    candidates.extend(_phones(text, len(patterns)))
    candidates.extend(_tag_spans(text))
    # Greedy by priority, then by length; a span never overlaps one already taken.
    candidates.sort(key=lambda c: (c[3], c[0], -(c[1] - c[0])))
    taken: list[tuple[int, int, str]] = []
    for start, end, kind, _ in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, kind))
    taken = [t for t in taken if t[2] != "tag"]
    return sorted(taken)


def _phones(text: str, priority: int) -> list[tuple[int, int, str, int]]:
    found = []
    for region in ("US", "GB", "DE", "ES", "FR", "BR"):
        matcher = phonenumbers.PhoneNumberMatcher(text, region,
                                                  leniency=phonenumbers.Leniency.VALID)
        for m in matcher:
            # Phones outrank the generic identifier pattern: give them its priority minus one.
            found.append((m.start, m.end, "phone", priority - 2))
    return found


def _tag_spans(text: str) -> list[tuple[int, int, str, int]]:
    """HTML tags are never facts, but nothing inside a tag may be masked except href/src."""
    return [(m.start(), m.end(), "tag", 99) for m in re.finditer(r"<[^<>]*>", text)]


def restore(text: str, originals: dict[str, str]) -> str:
    """Put every original back; unknown markers stay as they are (the guard reports them)."""
    return MARKER_RE.sub(lambda m: originals.get(m.group(0), m.group(0)), text)


def count_markers(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in MARKER_RE.finditer(text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return counts

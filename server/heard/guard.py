"""Mechanical checks of a candidate rewrite against GUIDANCE.md's invariants.

Every check works on masked text, so facts are compared exactly: a marker missing, doubled or
invented is a broken fact. A violation is never returned silently: the pipeline retries once,
then falls back, and names each violation in `warnings`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from heard import language
from heard.prompts import Phrases
from heard.protect import count_markers

_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)[^>]*?(/?)\s*>")
_STRUCTURAL = {"a", "ul", "ol", "li", "b", "strong", "i", "em", "u", "br", "p", "blockquote",
               "table", "tr", "td", "th", "code", "pre", "img", "h1", "h2", "h3", "h4"}
_INJECTION = re.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?)|"
    r"system prompt|</?(?:draft|customer_message)>|as an ai\b|language model|"
    r"developer mode|jailbreak", re.I)
_WORD = re.compile(r"\w+", re.U)
MAX_GROWTH = 2.0
SHORT_DRAFT_SLACK_WORDS = 45


@dataclass(frozen=True)
class Violation:
    code: str
    message: str


def _words(text: str) -> int:
    return len(_WORD.findall(re.sub(r"<[^>]*>|⟦\d+⟧", " ", text)))


def _tags(html: str) -> Counter:
    return Counter((m.group(2).lower(), bool(m.group(1))) for m in _TAG_NAME.finditer(html)
                   if m.group(2).lower() in _STRUCTURAL)


def check(draft: str, rewrite: str, *, phrases: Phrases, fmt: str = "text",
          customer_message: str = "", kinds: dict[str, str] | None = None,
          lang: str | None = None) -> list[Violation]:
    """All the invariants `rewrite` breaks, as violations naming what went wrong."""
    kinds = kinds or {}
    out: list[Violation] = []
    if not rewrite.strip():
        return [Violation("empty_rewrite", "The model returned an empty rewrite.")]
    out += _markers(draft, rewrite, kinds)
    out += _commitments(draft, rewrite, phrases, lang)
    out += _language(draft, rewrite, lang)
    out += _length(draft, rewrite)
    out += _injection(draft, rewrite, customer_message)
    if fmt == "html":
        out += _markup(draft, rewrite)
    out += _formulaic(draft, rewrite, phrases, lang)
    return out


def _markers(draft: str, rewrite: str, kinds: dict[str, str]) -> list[Violation]:
    want, got = count_markers(draft), count_markers(rewrite)
    out = []
    for marker, n in want.items():
        kind = kinds.get(marker, "fact").replace("_", " ")
        if got.get(marker, 0) < n:
            out.append(Violation("fact_missing", f"A {kind} ({marker}) was dropped or changed."))
        elif got[marker] > n:
            out.append(Violation("fact_duplicated", f"A {kind} ({marker}) appears more often "
                                 "than in the draft."))
    for marker in got.keys() - want.keys():
        if kinds.get(marker) != "name":  # the customer's own name may be added to a greeting
            out.append(Violation("fact_invented", f"The rewrite holds a fact ({marker}) that "
                                 "the draft does not."))
    return out


def _commitments(draft: str, rewrite: str, phrases: Phrases, lang: str | None) -> list[Violation]:
    d, r = draft.lower(), rewrite.lower()
    out = []
    for code in dict.fromkeys(["en", lang or "en"]):
        for category, words in phrases.commitment.get(code, {}).items():
            added = [w for w in words if w and w.lower() in r and w.lower() not in d]
            if added and not any(v.message.startswith(f"It adds a {category}") for v in out):
                out.append(Violation("new_commitment", f"It adds a {category} commitment the "
                                     f"draft does not make (“{added[0]}”)."))
    return out


def _language(draft: str, rewrite: str, lang: str | None) -> list[Violation]:
    want = lang or language.detect(draft)
    got = language.detect(rewrite)
    if want and got and want != got:
        return [Violation("language_changed", f"The draft is in '{want}' but the rewrite is "
                          f"in '{got}'.")]
    return []


def _length(draft: str, rewrite: str) -> list[Violation]:
    before, after = _words(draft), _words(rewrite)
    if after > before * MAX_GROWTH + SHORT_DRAFT_SLACK_WORDS:
        return [Violation("too_long", f"The rewrite has {after} words for a {before}-word "
                          "draft; warmer is not wordier.")]
    if before >= 12 and after < before * 0.4:
        return [Violation("too_short", f"The rewrite has {after} words for a {before}-word "
                          "draft; content was likely dropped.")]
    return []


def _injection(draft: str, rewrite: str, customer_message: str) -> list[Violation]:
    out = []
    leaked = [m.group(0) for m in _INJECTION.finditer(rewrite) if m.group(0).lower()
              not in draft.lower()]
    if leaked:
        out.append(Violation("instruction_leak", "The rewrite contains instruction text "
                             f"(“{leaked[0]}”) that is not part of the draft."))
    if customer_message:
        cm = _WORD.findall(customer_message.lower())
        dr = " ".join(_WORD.findall(draft.lower()))
        rw = " ".join(_WORD.findall(rewrite.lower()))
        for i in range(0, max(0, len(cm) - 9)):
            span = " ".join(cm[i:i + 10])
            if span in rw and span not in dr:
                out.append(Violation("instruction_leak", "The rewrite copies a long passage of "
                                     "the customer's message into the reply."))
                break
    return out


def _markup(draft: str, rewrite: str) -> list[Violation]:
    want, got = _tags(draft), _tags(rewrite)
    if want == got:
        return []
    lost = sorted({t for (t, _), n in want.items() if got.get((t, _), 0) < n})
    added = sorted({t for (t, _), n in got.items() if want.get((t, _), 0) < n})
    detail = "; ".join(filter(None, [f"lost <{'>, <'.join(lost)}>" if lost else "",
                                     f"added <{'>, <'.join(added)}>" if added else ""]))
    return [Violation("markup_changed", f"The rewrite changed the draft's markup ({detail}).")]


def _formulaic(draft: str, rewrite: str, phrases: Phrases, lang: str | None) -> list[Violation]:
    d, r = draft.lower(), rewrite.lower()
    out = []
    code = lang or "en"
    stock = [p for p in phrases.stock_empathy.get(code, []) + phrases.stock_empathy.get("en", [])
             if p and p.lower() in r and p.lower() not in d]
    if stock:
        out.append(Violation("formulaic", f"The rewrite adds stock empathy (“{stock[0]}”) "
                             "instead of referring to what the customer wrote."))
    markers = [a.lower() for a in phrases.apology.get(code, [])] or ["sorry", "apolog"]
    sentences = re.split(r"(?<=[.!?])\s+", re.sub(r"<[^>]*>", " ", r))
    apologies = sum(1 for s in sentences if any(m in s for m in markers))
    if apologies > 1:
        out.append(Violation("apology_budget", f"The rewrite apologises {apologies} times; "
                             "one sincere apology is the budget."))
    return out

"""An empathy score, 0–100, from a documented rubric over GUIDANCE.md's principles.

Each criterion is a surface check a reader can verify; together they estimate how much of the
guidance a reply shows. Each maps to one of EPITOME's mechanisms (Sharma et al., 2020):
emotional reactions, interpretations, explorations. Limits: it reads words, not meaning, so it
rewards the presence of an acknowledgement, not its sincerity; it is English-centred (other
languages score on the language-neutral criteria and their apology and cliché lists); it is a
guide for comparing a draft with its rewrite, not a grade of an agent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from heard.prompts import Phrases

_ACK = re.compile(r"frustrat|disappoint|worr|concern|upset|understand|i can see|i hear|"
                  r"glad|wonderful|thank|appreciate|entiendo|gracias|verstehe|danke|"
                  r"comprends|merci|compreendo|obrigad", re.I)
_VALIDATE = re.compile(r"makes sense|understandable|fair|of course|i understand why|"
                       r"i can see (?:why|how)|your reaction", re.I)
_OWN = re.compile(r"\bI(?:'ll| will| have| am|'m| can|'ve)\b|\bme\b", re.I)
_PASSIVE = re.compile(r"\b(?:will be|has been|have been|is being|are being)\s+\w+(?:ed|en)\b",
                      re.I)
_NEXT = re.compile(r"\b(?:next|will|going to|here is|here's|let me|let's|please|you can)\b|\?",
                   re.I)
_PATIENCE = re.compile(r"patien|paciencia|geduld|paciência", re.I)


@dataclass(frozen=True)
class Criterion:
    principle: str
    epitome: str
    weight: int
    test: Callable[[str, Phrases, str], bool]


def _first(text: str, n: int = 2) -> str:
    return " ".join(re.split(r"(?<=[.!?])\s+", text.strip())[:n])


def _none_of(key: str) -> Callable[[str, Phrases, str], bool]:
    def test(text: str, phrases: Phrases, lang: str) -> bool:
        lists = getattr(phrases, key)
        words = lists.get(lang, []) + (lists.get("en", []) if lang != "en" else [])
        return not any(w.lower() in text.lower() for w in words if w)
    return test


def _one_apology(text: str, phrases: Phrases, lang: str) -> bool:
    markers = phrases.apology.get(lang) or ["sorry", "apolog"]
    return sum(1 for s in re.split(r"(?<=[.!?])\s+", text.lower())
               if any(m.lower() in s for m in markers)) <= 1


RUBRIC: list[Criterion] = [
    Criterion("acknowledge-emotion", "emotional-reactions", 20,
              lambda t, p, lang: bool(_ACK.search(_first(t)))),
    Criterion("validate-feelings", "interpretations", 10,
              lambda t, p, lang: bool(_VALIDATE.search(t))),
    Criterion("own-it", "emotional-reactions", 15, lambda t, p, lang: bool(_OWN.search(t))),
    Criterion("active-voice", "interpretations", 10,
              lambda t, p, lang: not _PASSIVE.search(t)),
    Criterion("no-policy-wall", "interpretations", 15, _none_of("policy_wall")),
    Criterion("no-blame", "emotional-reactions", 10, _none_of("blame")),
    Criterion("authentic-not-cliche", "emotional-reactions", 10,
              lambda t, p, lang: _none_of("stock_empathy")(t, p, lang)
              and _one_apology(t, p, lang)),
    Criterion("solution-focus", "explorations", 10, lambda t, p, lang: bool(_NEXT.search(t))),
]
assert sum(c.weight for c in RUBRIC) == 100


def score(text: str, phrases: Phrases, lang: str | None = None) -> tuple[int, dict[str, bool]]:
    plain = re.sub(r"<[^>]*>", " ", text)
    met = {c.principle: bool(plain.strip()) and c.test(plain, phrases, lang or "en")
           for c in RUBRIC}
    return sum(c.weight for c in RUBRIC if met[c.principle]), met


def compare(before: str, after: str, phrases: Phrases, lang: str | None = None) -> dict:
    b, bmet = score(before, phrases, lang)
    a, amet = score(after, phrases, lang)
    criteria = [{"principle": c.principle, "epitome": c.epitome, "weight": c.weight,
                 "before": bmet[c.principle], "after": amet[c.principle]} for c in RUBRIC]
    return {"before": b, "after": a, "criteria": criteria}

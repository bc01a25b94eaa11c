"""An empathy score, 0–100, from a documented rubric over GUIDANCE.md's principles.

The full rubric, its mapping to EPITOME and its limits are in docs/scoring.md; in short:

| principle (weight) | met when | EPITOME mechanism |
|---|---|---|
| acknowledge-emotion (20) | the opening names a feeling, not just thanks | emotional reactions |
| own-it (15) | the agent speaks in the first person ("I'd", "ich", "je") | emotional reactions |
| no-policy-wall (15) | no policy wall (heard/lang/*.json `policy_walls`) | interpretations |
| validate-feelings (10) | the reaction is called reasonable ("makes sense") | interpretations |
| active-voice (10) | no passive "will be forwarded" / "wird bearbeitet" | interpretations |
| no-blame (10) | no blame phrase (heard/lang/*.json `blame`) | emotional reactions |
| authentic-not-cliche (10) | no stock empathy phrase, at most one apology | emotional reactions |
| solution-focus (10) | a next step or an open question | explorations |

With a reading of the customer (heard.customer) one more criterion applies, `match-tone` (15):
no apology to a satisfied or delighted customer, no exclamation mark or smiley at an angry or
very frustrated one. The score is then out of 115 and scaled back to 0–100.

Each criterion is a surface check a reader can verify; together they estimate how much of the
guidance a reply shows. EPITOME (Sharma et al., 2020, "A Computational Approach to
Understanding Empathy Expressed in Text-Based Mental Health Support") describes empathy
through three communication mechanisms: emotional reactions, interpretations, explorations.

Limits: it reads words, not meaning — it rewards the presence of an acknowledgement, not its
sincerity or accuracy, and can be gamed by stuffing cue words (the guard's formula checks are
the counterweight); the cue lists are richest in English, partial in es/de/fr/pt, absent in
other languages (which score only on the phrase-list criteria); it cannot see tone, context or
whether the reply solves the problem. Use it to compare a draft with its rewrite, never to grade
an agent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from heard import vocab
from heard.opening import body
from heard.prompts import Phrases
from heard.recall import Recall
from heard.schema import Reading


class _Cues:
    """A cue list matched in any case: in lower case in the lowered text where the pattern
    allows it (no upper-case escape such as `\\S`), else with re.I. re.I folds the case of
    every alternative at every position: 2–3× slower, twice per answer, cached or not (the
    same matches either way on the corpora and the real replies)."""

    def __init__(self, pattern: str) -> None:
        self.lowered = not re.search(r"\\[A-Z]", pattern)
        self.pattern = re.compile(pattern.lower()) if self.lowered else re.compile(pattern,
                                                                                   re.I)

    def search(self, text: str) -> bool:
        return bool(self.pattern.search(text.lower() if self.lowered else text))


def _cues(field: str) -> _Cues:
    """One of the score's cue lists over every language (heard/lang/*.json `score_*`)."""
    return _Cues("|".join(vocab.union(field)))


# A feeling named or understanding shown. Thanks alone ("Thank you for reaching out") is not an
# acknowledgement, nor is "I'll be glad to help" or "I can see your order".
_ACK = _cues("score_feeling_shown")
_VALIDATE = _cues("score_validation")
# "I'd be glad to check the order" owns the next step as much as "I'll check it" does.
_OWN = _cues("score_ownership")
_PASSIVE = _cues("score_passive")
_NEXT = _cues("score_next_step")


@dataclass(frozen=True)
class Criterion:
    principle: str
    epitome: str
    weight: int
    test: Callable[[str, Phrases, str], bool]


def _first(text: str, n: int = 2) -> str:
    """The first n sentences after any leading mentions and a greeting."""
    return " ".join(re.split(r"(?<=[.!?])\s+", body(text.strip()).strip())[:n])


def _none_of(key: str) -> Callable[[str, Phrases, str], bool]:
    """No phrase of this kind (built-in for the language and English, plus the team's)."""
    def test(text: str, phrases: Phrases, lang: str) -> bool:
        lowered = text.lower()
        if key == "policy_wall" and _wall_patterns(lang).search(text):
            return False
        return not any(w in lowered for w in vocab.team(key, phrases, [lang, "en"]))
    return test


@cache
def _wall_patterns(lang: str) -> re.Pattern[str]:
    codes = [c for c in dict.fromkeys([lang, "en"]) if c in vocab.LANGS]
    walls = [w.pattern for w in vocab.walls(codes) if w.pattern] or ["(?!)"]
    return re.compile("|".join(walls), re.I)


def _one_apology(text: str, phrases: Phrases, lang: str) -> bool:
    markers = vocab.team("apology", phrases, [lang])
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


_CHEER = re.compile(r"\w!|[:;]-?[)D]|[\U0001F600-\U0001F64F\U0001F389]")


def _tone_fits(reading: Reading) -> Callable[[str, Phrases, str], bool]:
    """No apology to a happy customer; no cheer (exclamation marks, smileys) at an angry or
    very frustrated one. Other moods have no surface check here."""
    def test(text: str, phrases: Phrases, lang: str) -> bool:
        if reading.feeling in ("satisfied", "delighted"):
            markers = vocab.team("apology", phrases, [lang])
            return not any(m in text.lower() for m in markers)
        if reading.feeling == "angry" or (reading.feeling == "frustrated"
                                          and reading.intensity == "high"):
            return not _CHEER.search(body(text.strip()))
        return True
    return test


def _rubric(reading: Reading | None) -> list[Criterion]:
    if reading is None:
        return RUBRIC
    return [*RUBRIC, Criterion("match-tone", "emotional-reactions", 15, _tone_fits(reading))]


# Every answer scores its draft and its rewrite; a hit, and every rewrite of the same draft,
# scores the same texts again (heard.recall: the result holds no text).
_SCORES: Recall[tuple[int, dict[str, bool]]] = Recall(4096)
_TEAM_KINDS = ("policy_wall", "blame", "stock_empathy", "apology")


def score(text: str, phrases: Phrases, lang: str | None = None,
          reading: Reading | None = None) -> tuple[int, dict[str, bool]]:
    """0–100 and which criteria are met; with a reading of the customer, `match-tone` counts
    too and the total is scaled back to 100."""
    lang = lang or "en"
    # All a score reads besides the text: the language, the mood and the team's lists of the
    # phrase kinds the rubric looks for (a team's change is a new key at once).
    team = tuple(tuple(getattr(phrases, kind).get(code, ())) for kind in _TEAM_KINDS
                 for code in dict.fromkeys((lang, "en")))
    mood = (reading.feeling, reading.intensity) if reading is not None else None
    total, met = _SCORES.get((text,), (lang, mood, team),
                             lambda: _score(text, phrases, lang, reading))
    return total, dict(met)


def _score(text: str, phrases: Phrases, lang: str,
           reading: Reading | None) -> tuple[int, dict[str, bool]]:
    plain = re.sub(r"(?m)^[ \t]*>.*$", "", re.sub(r"<[^>]*>", " ", text))  # not quoted history
    rubric = _rubric(reading)
    met = {c.principle: bool(plain.strip()) and c.test(plain, phrases, lang)
           for c in rubric}
    total = sum(c.weight for c in rubric)
    return round(100 * sum(c.weight for c in rubric if met[c.principle]) / total), met


def compare(before: str, after: str, phrases: Phrases, lang: str | None = None,
            reading: Reading | None = None) -> dict:
    b, bmet = score(before, phrases, lang, reading)
    a, amet = score(after, phrases, lang, reading)
    criteria = [{"principle": c.principle, "epitome": c.epitome, "weight": c.weight,
                 "before": bmet[c.principle], "after": amet[c.principle]}
                for c in _rubric(reading)]
    return {"before": b, "after": a, "criteria": criteria}

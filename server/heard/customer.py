"""Read the customer: how they feel, how strongly, and what is at stake for them.

`read()` is the offline reader, used when there is no model and whenever the model's reading is
missing or garbled. It never calls the network and loads nothing at run time:

- the feeling comes from Heard's own cues per language (`customer.feelings` in
  heard/lang/<lang>.json, plus the team's `emotion_cues`), with negation in the message's
  own language ("not happy" is no joy; Portuguese "no" is "in the"), sarcasm ("great,
  another week of waiting" is no joy either) and mixed messages ("love it, but…" is not good
  news);
- situation signals (repeat contact, urgency, a deadline at risk, money at risk, vulnerability,
  sarcasm) are patterns in the same files;
- intensity counts the cues plus shouting (capitals), "!!!", and, for English, the strength of
  VADER's compound sentiment (vaderSentiment, MIT licence; its lexicon ships inside the wheel).
  VADER has no lexicon for es/de/fr/pt, so there intensity rests on the cues alone.

No emotion lexicon is shipped: NRC EmoLex allows research use only, and no categorical lexicon
with a licence for commercial use covers the five languages, so the feeling categories are
Heard's own cue lists, written for support messages.

A reading is computed on the masked message (personal data replaced by markers) and anchored
on the real one: `anchor()` restores the markers and recomputes every signal's offsets by
searching the message itself, so offsets are never taken on trust, and a signal whose words
are not in the message is dropped. `from_model()` validates the reading an LLM returned the
same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from heard import vocab
from heard.prompts import Phrases
from heard.protect import MARKER_RE, restore
from heard.schema import Reading, Signal

FEELINGS = vocab.FEELINGS
SIGNAL_KINDS = vocab.SIGNAL_KINDS
NEGATIVE = ("angry", "frustrated", "anxious", "disappointed", "confused")
POSITIVE = ("delighted", "satisfied")
# When two feelings score the same, the one an agent most needs to see wins.
_PRIORITY = ("angry", "frustrated", "anxious", "disappointed", "confused", "hurried",
             "delighted", "satisfied")
# What a situation signal says about the feeling when the words alone do not.
_LEANS = {"repeat_contact": ("frustrated", 1.0), "sarcasm": ("frustrated", 2.0),
          "urgency": ("hurried", 1.0), "deadline_at_risk": ("anxious", 0.5),
          "money_at_risk": ("anxious", 0.5), "vulnerability": ("anxious", 0.5)}
# What is at stake, most serious first: the first such signal is the phrase shown.
_STAKES = ("vulnerability", "deadline_at_risk", "money_at_risk")
_SHOUT = re.compile(r"(?<![\w⟦])[A-ZÄÖÜÉÈÀÂÊÎÔÛÇÁÍÓÚÑÃÕ]{3,}(?![\w⟧])")
_BANG = re.compile(r"[!?]*!{2,}[!?1]*")
_STAKE_WORDS = 8  # at most this many words of the message say what is at stake
# A Reading holds at most this many signals (schema.Reading): a long message repeating its
# cues ("frustrated" 200 times) was a 500 on building the answer.
_SHOWN_SIGNALS = 50


@dataclass(frozen=True)
class _Hit:
    kind: str  # a signal kind, or "feeling"
    start: int
    end: int
    feeling: str = ""  # for a feeling cue: which one


def _codes(lang: str | None) -> list[str]:
    return [lang] if lang in vocab.LANGS else ["en"]


# Negations and contrasts are read in the message's own language: Portuguese "no" is "in
# the", "mais" is French "but" and Portuguese "more". A message whose language is unknown
# (too short or too mixed to tell; `lang` None or one Heard has no words for) is read with
# every language's, as its cues may be any language's too.
@cache
def _negated(lang: str | None) -> re.Pattern[str]:
    """A negation right before a cue, at most one word between: "not happy", "nie zufrieden"."""
    return re.compile("(?:" + vocab.negation(lang).pattern + r")\s+(?:\w+\s+)?$", re.I)


@cache
def _contrast(lang: str | None) -> re.Pattern[str]:
    """A word that turns the message: "love it, but…", "aunque", "allerdings"."""
    codes = vocab.codes(lang)
    return re.compile(r"\b(?:" + vocab.words(w for c in codes
                                              for w in vocab.builtin(c).customer.contrasts)
                      + r")\b", re.I)


@cache
def _cue_patterns(codes: tuple[str, ...], extra: tuple[tuple[str, tuple[str, ...]], ...]
                  ) -> dict[str, re.Pattern[str]]:
    team = Phrases(emotion_cues={f: list(c) for f, c in extra})
    out = {}
    for feeling, cues in vocab.feeling_cues(codes, team).items():
        if cues:
            # A cue is a stem ("frustrat"): it starts at a word and runs to the word's end.
            alternation = vocab.words([c.lower() for c in cues], longest_first=True)
            out[feeling] = re.compile(r"(?<![\w])(?:" + alternation + r")[\w’']*", re.I)
    return out


@cache
def _signal_patterns(codes: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    out = {}
    for kind in SIGNAL_KINDS:
        patterns = [vocab.expand(p) for c in codes
                    for p in vocab.builtin(c).customer.signals.get(kind, [])]
        if patterns:
            out[kind] = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    return out


@cache
def _phrases(codes: tuple[str, ...], field: str, stems: bool = False) -> re.Pattern[str] | None:
    phrases = [p for c in codes for p in getattr(vocab.builtin(c).customer, field)]
    end = r"[\w’']*" if stems else r"(?!\w)"
    return re.compile(r"(?<!\w)(?:" + vocab.words(phrases, longest_first=True) + ")" + end,
                      re.I) if phrases else None


def _calm(codes: tuple[str, ...]) -> re.Pattern[str] | None:
    return _phrases(codes, "calm")


@cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # loads its lexicon
    return SentimentIntensityAnalyzer()


def warm_up() -> None:
    """Load VADER's lexicon and compile the English patterns at start-up, not in a request."""
    _vader()
    _signal_patterns(("en",))
    _cue_patterns(("en",), ())


def _compound(message: str, lang: str) -> float:
    """VADER's compound sentiment (-1…1) for English; 0 where it has no lexicon."""
    if lang != "en":
        return 0.0
    return _vader().polarity_scores(message)["compound"]


def read(message: str, lang: str | None = None, phrases: Phrases | None = None,
         kinds: dict[str, str] | None = None) -> Reading:
    """The offline reading of a customer's message (masked or not), offsets into `message`.
    `kinds` names what each marker of a masked message hides: an amount is money at stake."""
    return _read(message, *_inputs(message, lang, phrases, kinds))


# A rewrite reads the customer before its cache lookup (the mood is part of the key), and a
# cache hit means this masked message was read before, so each process remembers its latest
# readings. Keyed on the masked message (personal data already replaced by markers) with all
# else the reading depends on; held in memory only, never logged. Bounded in entries and in
# length: a longer message is simply read again.
REMEMBERED_READINGS = 1024
REMEMBERED_MAX_CHARS = 4000


def read_remembered(message: str, lang: str | None = None, phrases: Phrases | None = None,
                    kinds: dict[str, str] | None = None) -> Reading:
    """`read`, from this process's memory when the same masked message was read with the same
    language, team cues and marker kinds. The Reading is shared: never modify it."""
    inputs = _inputs(message, lang, phrases, kinds)
    if len(message) > REMEMBERED_MAX_CHARS:
        return _read(message, *inputs)
    return _remembered(message, *inputs)


def _inputs(message: str, lang: str | None, phrases: Phrases | None,
            kinds: dict[str, str] | None) -> tuple:
    """What a reading depends on besides the message, hashable: the languages' codes, the
    message's language (None when unknown), the team's emotion cues, and which of the
    message's markers hide an amount."""
    codes = tuple(_codes(lang))
    said = lang if lang in vocab.LANGS else None
    extra = tuple(sorted((f, tuple(c)) for f, c in (phrases.emotion_cues.items()
                                                    if phrases else ()) if c))
    amounts = frozenset(m.group(0) for m in MARKER_RE.finditer(message)
                        if kinds.get(m.group(0)) == "amount") if kinds else frozenset()
    return codes, said, extra, amounts


@lru_cache(maxsize=REMEMBERED_READINGS)
def _remembered(message: str, codes: tuple[str, ...], said: str | None, extra: tuple,
                amounts: frozenset[str]) -> Reading:
    return _read(message, codes, said, extra, amounts)


def _read(message: str, codes: tuple[str, ...], said: str | None, extra: tuple,
          amounts: frozenset[str]) -> Reading:
    if not message.strip():
        return Reading(feeling="neutral", intensity="low")
    signals = _signals(message, codes)
    signals += [_Hit("money_at_risk", m.start(), m.end()) for m in MARKER_RE.finditer(message)
                if m.group(0) in amounts]
    emphasis = _emphasis(message)
    scores, cue_hits = _feelings(message, codes, said, extra, signals)
    compound = _compound(message, codes[0])
    feeling = _choose(scores, compound, signals, message, emphasis)
    named = any(h.feeling == feeling for h in cue_hits) and not (
        feeling == "frustrated" and all(_is_effort(h, message, codes) for h in cue_hits
                                        if h.feeling == "frustrated"))
    intensity = _intensity(feeling, scores, emphasis, signals, compound, message, codes, named)
    shown = [h for h in cue_hits if h.feeling == feeling
             or (feeling == "delighted" and h.feeling == "satisfied")]
    if feeling in NEGATIVE or feeling == "delighted":
        shown += emphasis
    # Good news names no stake: "my daughter is thrilled" puts no child at risk.
    situation = [h for h in signals if feeling in (*NEGATIVE, "hurried", "neutral")
                 or h.kind not in (*_STAKES, "urgency")]
    hits = _untangle([*shown, *situation])
    return Reading(feeling=feeling, intensity=intensity, at_stake=_at_stake(message, situation),
                   signals=[Signal(kind=h.kind, text=message[h.start:h.end], start=h.start,
                                   end=h.end) for h in hits])


def _is_effort(hit: _Hit, message: str, codes: tuple[str, ...]) -> bool:
    efforts = _phrases(codes, "efforts", stems=True)
    return bool(efforts and efforts.fullmatch(message[hit.start:hit.end]))


def _signals(message: str, codes: tuple[str, ...]) -> list[_Hit]:
    calm = _calm(codes)
    relaxed = bool(calm and calm.search(message))
    hits = []
    for kind, pattern in _signal_patterns(codes).items():
        if kind == "urgency" and relaxed:
            continue
        hits += [_Hit(kind, m.start(), m.end()) for m in pattern.finditer(message)
                 if m.end() > m.start() and MARKER_RE.fullmatch(m.group(0)) is None]
    return hits


def _feelings(message: str, codes: tuple[str, ...], said: str | None, extra,
              signals: list[_Hit]) -> tuple[dict[str, float], list[_Hit]]:
    scores = {f: 0.0 for f in FEELINGS}
    hits: list[_Hit] = []
    sarcastic = [h for h in signals if h.kind == "sarcasm"]
    requests = _phrases(codes, "requests")
    asks = "?" in message or bool(requests and requests.search(message))
    for feeling, pattern in _cue_patterns(codes, extra).items():
        for m in pattern.finditer(message):
            before = message[max(0, m.start() - 24):m.start()]
            negated = _negated(said).search(before)
            if feeling in POSITIVE and any(_near(m.start(), h, message) for h in sarcastic):
                continue  # "great, another week": the praise is the complaint
            if negated:
                if feeling in POSITIVE:  # "not happy", "nicht zufrieden": a letdown
                    start = m.start() - len(before) + negated.start()
                    scores["disappointed"] += 1
                    hits.append(_Hit("feeling", start, m.end(), "disappointed"))
                continue  # "I'm not angry" says nothing about anger
            if feeling == "satisfied" and asks and m.start() >= len(message) / 2:
                continue  # "…send me the invoice. Thanks.": politeness, not satisfaction
            scores[feeling] += 1
            hits.append(_Hit("feeling", m.start(), m.end(), feeling))
    efforts = _phrases(codes, "efforts", stems=True)
    tries = [m for m in efforts.finditer(message)] if efforts else []
    scores["frustrated"] += min(0.5 + 0.5 * len(tries), 1.5) if tries else 0.0
    hits += [_Hit("feeling", m.start(), m.end(), "frustrated") for m in tries]
    # A situation leans once per kind ("charged", "fee" and "£89" are one money worry); a
    # customer who has written several times leans twice.
    counts = Counter(h.kind for h in signals)
    for kind, n in counts.items():
        lean, weight = _LEANS[kind]
        scores[lean] += weight * min(n, 2 if kind == "repeat_contact" else 1)
    if scores["delighted"]:  # "Thank you, it arrived, she is thrilled": joy, not mere thanks
        scores["delighted"] += scores["satisfied"]
    if _shouting(message) and sum(scores[f] for f in NEGATIVE):
        scores["angry"] += 2  # a complaint in capitals is raised voice at the company
    if "?" in message and counts["deadline_at_risk"]:
        scores["anxious"] += 0.5  # "will it arrive in time?" asks about an outcome
    # "Love the app, but it keeps crashing" is not good news to celebrate.
    negative = sum(scores[f] for f in NEGATIVE)
    if negative and (_contrast(said).search(message) or sum(scores[f] for f in POSITIVE)
                     <= 2 * negative):
        for f in POSITIVE:
            scores[f] = 0.0
    return scores, hits


def _near(pos: int, hit: _Hit, message: str) -> bool:
    """Whether a cue at `pos` is in the same sentence as a sarcasm signal."""
    lo, hi = sorted((pos, hit.start))
    return hit.start <= pos < hit.end or not re.search(r"[.!?\n]", message[lo:hi])


def _choose(scores: dict[str, float], compound: float, signals: list[_Hit],
            message: str, emphasis: list[_Hit]) -> str:
    best = max(_PRIORITY, key=lambda f: (scores[f], -_PRIORITY.index(f)))
    if best == "hurried" and any(h.kind == "vulnerability" for h in signals):
        return "anxious"  # in a hurry for someone fragile: the worry is the outcome
    if best == "satisfied" and scores[best] >= 1 and emphasis:
        return "delighted"  # thanks with "!!" or in capitals is joy
    if scores[best] >= 1:
        if best == "hurried" and len(message.split()) > 60 and any(
                scores[f] for f in NEGATIVE):  # a long complaint that also says "today"
            return max(NEGATIVE, key=lambda f: (scores[f], -_PRIORITY.index(f)))
        return best
    # No cue: the sentiment of the words, where a lexicon exists, still says something.
    if compound <= -0.5:
        return "frustrated" if any(h.kind == "repeat_contact" for h in signals) \
            else "disappointed"
    if compound >= 0.6:
        return "delighted" if "!" in message else "satisfied"
    return "anxious" if scores["anxious"] >= 0.5 and compound < 0 else "neutral"


def _shouted(message: str) -> list[re.Match[str]]:
    return [m for m in _SHOUT.finditer(message) if re.search("[AEIOUYÄÖÜÉÈÀÂÊÎÔÛÁÍÓÚÃÕ]",
                                                               m.group(0))]


def _shouting(message: str) -> bool:
    """Most of the message in capitals (three words or more): the whole message shouts."""
    letters = [c for c in message if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(_shouted(message)) >= 3 and upper >= 0.6 * len(letters)


def _emphasis(message: str) -> list[_Hit]:
    """Shouted words (two or more, so that one code or acronym is not shouting) and "!!"; a
    message that shouts throughout shows its "!!" only (highlighting every word says nothing)."""
    shouted = _shouted(message)
    hits = [_Hit("feeling", m.start(), m.end()) for m in _BANG.finditer(message)]
    if len(shouted) >= 2 and not _shouting(message):
        hits += [_Hit("feeling", m.start(), m.end()) for m in shouted]
    return hits


def _intensity(feeling: str, scores: dict[str, float], emphasis: list[_Hit],
               signals: list[_Hit], compound: float, message: str,
               codes: tuple[str, ...], named: bool) -> str:
    if feeling == "neutral":
        return "low"
    # A feeling word says the feeling clearly (medium); each further one adds a little;
    # signs alone (a failed attempt, a lean from the situation) stay mild.
    points = min(scores[feeling], 1) + 0.5 * max(0.0, scores[feeling] - 1)
    if named:
        points += 0.5
    if feeling == "angry":
        points += 1  # anger is never mild
    bangs = [h for h in emphasis if message[h.start] in "!?"]
    if bangs:
        points += 1.5 if any(h.end - h.start >= 3 for h in bangs) else 1
    if len(emphasis) - len(bangs) >= 2 or _shouting(message):
        points += 1.5
    if abs(compound) >= 0.8:
        points += 1
    elif abs(compound) >= 0.5:
        points += 0.5
    if feeling in NEGATIVE or feeling == "hurried":
        kinds = [h.kind for h in signals]
        points += min(kinds.count("repeat_contact"), 2) * 0.5
        points += 0.5 * sum(k in kinds for k in _STAKES)
    if "?" in message and (feeling in NEGATIVE or feeling == "hurried"):
        points += 0.5  # a pointed question ("where is it??", "yes or no?")
    calm = _calm(codes)
    if calm and calm.search(message):
        points -= 1
    return "high" if points >= 3.5 else "medium" if points >= 1.5 else "low"


def _at_stake(message: str, signals: list[_Hit]) -> str:
    stakes = [h for h in signals if h.kind in _STAKES]
    # "my daughter" inside "my daughter's birthday" is the birthday at stake.
    stakes = [h for h in stakes if not any(o is not h and o.start <= h.start and h.end <= o.end
                                           and o.end - o.start > h.end - h.start
                                           for o in stakes)]
    for kind in _STAKES:
        found = sorted((h for h in stakes if h.kind == kind),
                       key=lambda h: (-(h.end - h.start), h.start))
        if found:
            words = message[found[0].start:found[0].end].split()
            return " ".join(words[:_STAKE_WORDS])
    return ""


def _untangle(hits: list[_Hit]) -> list[_Hit]:
    """In reading order, without overlaps (the longer of two overlapping spans stays), so the
    panel can highlight each once; the first `_SHOWN_SIGNALS` of them."""
    out: list[_Hit] = []
    # On the same words a situation ("otra vez": repeat contact) says more than a feeling cue.
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.kind == "feeling")):
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out[:_SHOWN_SIGNALS]


# ---- a reading from elsewhere: restored, anchored, validated --------------------------------

def anchor(reading: Reading, message: str, originals: dict[str, str] | None = None) -> Reading:
    """The reading with markers restored and every signal's offsets found in `message`, the
    real message the agent's page sent; a signal whose words are not there is dropped."""
    originals = originals or {}
    taken: dict[str, int] = {}
    hits: list[tuple[_Hit, str]] = []
    lowered = message.lower()
    for s in reading.signals:
        text = restore(s.text, originals).strip()
        if not text:
            continue
        # The n-th signal with these words is their n-th occurrence ("!!!" twice).
        at, n = -1, taken.get(text.lower(), 0)
        for _ in range(n + 1):
            at = lowered.find(text.lower(), at + 1)
            if at < 0:
                break
        if at < 0:
            continue
        taken[text.lower()] = n + 1
        hits.append((_Hit(s.kind, at, at + len(text)), s.kind))
    kept = _untangle([h for h, _ in hits])
    return Reading(feeling=reading.feeling, intensity=reading.intensity,
                   at_stake=" ".join(restore(reading.at_stake, originals).split())[:200],
                   signals=[Signal(kind=h.kind, text=message[h.start:h.end], start=h.start,
                                   end=h.end) for h in kept])


def from_model(raw: object, masked_message: str) -> Reading | None:
    """The reading a model returned, or None when it is missing or garbled; signals whose
    words are not in the (masked) message the model saw are dropped, offsets ignored."""
    if not isinstance(raw, dict) or raw.get("feeling") not in FEELINGS \
            or raw.get("intensity") not in ("low", "medium", "high"):
        return None
    at_stake = raw.get("at_stake")
    signals = []
    for item in raw.get("signals") or []:
        if not isinstance(item, dict) or item.get("kind") not in (*SIGNAL_KINDS, "feeling"):
            continue
        text = item.get("text")
        if isinstance(text, str) and 0 < len(text.strip()) <= 200 \
                and text.strip().lower() in masked_message.lower():
            signals.append(Signal(kind=item["kind"], text=text.strip()))
    return Reading(feeling=raw["feeling"], intensity=raw["intensity"],
                   at_stake=at_stake.strip()[:200] if isinstance(at_stake, str) else "",
                   signals=signals[:_SHOWN_SIGNALS])


def describe(reading: Reading) -> str:
    """One line for the model: the reading as Heard sees it (masked words only)."""
    line = f"{reading.feeling} ({reading.intensity})"
    if reading.at_stake:
        line += f"; at stake: {reading.at_stake}"
    words = [f"{s.kind}: “{s.text}”" for s in reading.signals[:8]]
    return line + (f"; signals: {', '.join(words)}" if words else "")


def because(reading: Reading, lang: str | None) -> str:
    """What was read, as an explanation opens ("The customer has written more than once
    (“third time”) and sounds very frustrated; at stake: a birthday"), in `lang`."""
    cues = vocab.builtin(_codes(lang)[0]).customer
    names, t = cues.names, cues.explain
    repeat = next((s.text for s in reading.signals if s.kind == "repeat_contact"), "")
    values = {"feeling": names[reading.feeling], "intensity": names[reading.intensity],
              "repeat": repeat}
    text = (t["repeat"] if repeat else t["read"]).format(**values)
    words = [s.text for s in reading.signals if s.kind in ("feeling", "sarcasm")
             and s.text != repeat][:3]
    if words:
        text += t["words"].format(words=("”, “" if "“" in t["words"] else ", ").join(words))
    if reading.at_stake:
        text += t["stake"].format(stake=reading.at_stake)
    return text

"""Invariant 2 as sets: the commitments a text makes, normalised, and a rewrite's compared with
the draft's by what they are, not by how they are worded.

Each commitment is read into five parts:
- kind: what is promised — refund, replacement, credit, discount, deadline, guarantee,
  escalation, appointment, approval or a team's own category (commitments.py finds them, in
  every language) — or, for a clause of the draft no kind names that is hedged or conditional
  ("it should be fixed now", "if the reset fails, the visit is on us"), a "statement" known by
  the words its hedge governs and its clause's content;
- actor: who acts — "us" for we, I, our team and a passive ("I'll ship" and "a replacement can
  be shipped by us" are one), "customer" or "third_party" (lang `actors`);
- condition: the stems and masked facts of the clause it depends on ("once we receive the
  photos" → receiv, photo), or a question just before it; empty when it depends on nothing;
- modality: SOFT ("may", "we'll try", "should arrive", "estimated", "we'll check whether") or
  FIRM. A hedge qualifies a promise when it comes before it in its clause or right after its
  subject ("a replacement may be sent"), not when it qualifies another verb of the sentence:
  "a refund has been issued and should appear within ⟦3⟧ days" issues the refund firmly and
  only expects the date;
- time: the masked dates, durations and time words it is due by, normalised ("right away" and
  "immediately" are one: lang `time_equivalents`).

A rewrite's commitment is fine whatever its wording, voice, person, sentence split or order when
the draft makes one of the same kind, about the same thing, at least as firm, on the same
condition and by the same time. Otherwise the warning names which part changed, quoting the
agent's own words: a new kind, a firmer modality, a dropped condition, a new deadline. A hedge
or a condition moves with what it qualifies: a sentence split in two ("It should be fixed now.
Please try again.") keeps the hedge on the half it was on, and the other half owes none.
Linear: each text is read once, each sentence scanned only for what it could hold, and each
rewrite commitment compared with the draft's of its own kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from heard import vocab
from heard.guard.commitments import Promise, promises
from heard.guard.text import (
    CLAUSE,
    SEGMENT,
    WORD,
    cue,
    norm,
    plain,
    sentences,
    stems,
    with_article,
)
from heard.guard.violation import Violation
from heard.prompts import Phrases
from heard.protect import MARKER_RE

SOFT, FIRM = 0, 1
_IF_OR_WHEN = "conditions+temporal_conditions"  # on a promise, "when" is a condition too
_SHARED = 2  # stems two clauses share when they say the same thing
_AFTER = 4  # words after a promise's subject in which a hedge still qualifies it
_VOUCHED = 2  # words a guarantee of the draft's own promise may add ("personally", "safely")
_WINDOW = 8  # words after a hedge that say what it is about
_COVER = 0.6  # share of a conditional sentence's content a rewrite must hold to be saying it
_ADDRESSEE = re.compile(r"\s+(?:you|sie|vous|usted|ustedes|você|vocês|tu|o senhor|a senhora)\b")
_CLAUSE_END = re.compile(r"[,;:.!?]")


@dataclass(frozen=True)
class Commitment:
    kind: str
    actor: str  # "us", "customer" or "third_party"
    conditional: bool
    condition: frozenset[str]  # what it depends on: stems and markers
    modality: int  # SOFT or FIRM
    time: frozenset[str]  # when it is due: markers, durations, normalised time words
    about: frozenset[str]  # the stems and markers of its sentence
    clause: frozenset[str]  # …and of its own clause: what exactly it promises
    phrase: str  # the words that make it, normalised
    wording: str  # the words with some context, for the warning
    heads: frozenset[str] = frozenset()  # a statement's: the words its hedge governs
    phrases: frozenset[str] = frozenset()  # every wording of it in its clause
    # Its condition is in its own clause: said in other words it still qualifies the promise;
    # one beside it (the sentence before, "if you'd like") must be about the same thing.
    own_condition: bool = False
    at: tuple[int, int] = (-1, 0)  # its sentence's index and where in it it starts
    # Said inside a condition or a question ("if it hasn't moved within ⟦3⟧ days", "no news
    # within ⟦3⟧ days?"): it asserts nothing, so it is never firmer than the draft.
    supposed: bool = False


# ── reading one text ──────────────────────────────────────────────────────────────────────

def _segment(sentence: str, start: int) -> tuple[int, int]:
    """The clause around `start`: between semicolons, colons, dashes and ", but/and/so"."""
    begin = 0
    for m in SEGMENT.finditer(sentence):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= start:
            return begin, m.start()
    return begin, len(sentence)


@cache
def _if_clause(lang: str | None) -> re.Pattern[str]:
    """A condition up to its clause's end: what it says is not stated as certain."""
    # A German verb-first condition's pattern ends at its comma ("Zeigen die Fotos …,"): the
    # main clause after it is not part of it.
    return re.compile(rf"(?:{cue('conditions', lang).pattern})(?:(?<=,)|[^,;:.!?]*)", re.I)


@cache
def _reviews(lang: str | None) -> re.Pattern[str]:
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    return re.compile("|".join(vocab.union("reviews", codes)), re.I)


@cache
def _softeners(lang: str | None) -> re.Pattern[str]:
    """What keeps a rewrite's clause soft: a hedge, or a word of looking at a word's start."""
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    looks = r"(?<![\w-])(?:" + vocab.words(vocab.union("review_words", codes),
                                          longest_first=True) + ")"
    return re.compile(f"{cue('hedges', lang).pattern}|{looks}", re.I)


def _hedged(text: str, lang: str | None) -> bool:
    """A hedge on what will happen; "could you send…" is a polite request, not a hedge."""
    return any(not _ADDRESSEE.match(text, m.end()) for m in cue("hedges", lang).finditer(text))


def _supposed(sentence: str, start: int, lang: str | None) -> bool:
    """Inside a condition ("if it hasn't gone within ⟦3⟧ days"): asserted as nothing."""
    begin, stop = _segment(sentence, start)
    return any(m.start() < start < m.end()
               for m in _if_clause(lang).finditer(sentence, max(begin - 1, 0), stop))


def _modality(sentence: str, start: int, end: int, lang: str | None) -> int:
    """SOFT when a hedge comes before the promise in its clause — a modal reaches every verb
    it is coordinated with ("we may be able to repair it and refund the postage") — or in its
    words ("le technicien devrait passer"), or within a few words after it with no clause
    between ("a replacement may be sent"); or when a promise to look is in its own part of the
    clause: "we'll check your file and, if it is in order, refund you" checks the file, then
    refunds. Not from a condition: "once we've checked it, we'll refund you" refunds firmly."""
    begin, stop = _segment(sentence, start)
    if _supposed(sentence, start, lang):
        return SOFT  # inside a condition: "if it hasn't gone within ⟦3⟧ days" asserts nothing
    before = _if_clause(lang).sub(" ", sentence[begin:start])
    own = CLAUSE.split(before)[-1] + " " + sentence[start:end]
    if _hedged(before + " " + sentence[start:end], lang) or _reviews(lang).search(own):
        return SOFT
    after = sentence[end:stop]
    comma = after.find(",")
    after = " ".join((after[:comma] if comma >= 0 else after).split()[:_AFTER])
    return SOFT if _hedged(" " + after, lang) else FIRM


@cache
def _actors(lang: str | None) -> list[tuple[str, re.Pattern[str]]]:
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    return [(who, re.compile(r"(?<![\w'])(?:" + vocab.words(words, longest_first=True)
                             + r")(?!\w)"))
            for who, words in vocab.union_map("actors", codes).items() if words]


def _actor(clause: str, lang: str | None) -> str:
    """Who acts: the first actor the clause names before the promise; none (a passive) is us."""
    found = [(m.start(), who) for who, pattern in _actors(lang)
             for m in [pattern.search(clause)] if m]
    return min(found)[1] if found else "us"


@cache
def _equivalents(lang: str | None) -> list[tuple[str, re.Pattern[str]]]:
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    return [(name, re.compile(r"(?<![\w-])(?:" + vocab.words(words, longest_first=True)
                              + r")(?![\w-])"))
            for name, words in vocab.union_map("time_equivalents", codes).items() if words]


@cache
def _units(lang: str | None) -> frozenset[str]:
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    return frozenset(vocab.union("time_units", codes))


@cache
def _numbers(lang: str | None) -> frozenset[str]:
    """Numbers written as words ("two", "a few"): "within two days" is not "within ⟦5⟧"."""
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    return frozenset(w for field in ("number_words", "cardinals")
                     for w in vocab.union(field, codes) if " " not in w)


def _unit(word: str, lang: str | None) -> str:
    """"days", "day", "Werktagen", "días" → one token per unit (its first three letters);
    "" for a word that names none."""
    unit = next((u for u in _units(lang) if word in (u, u.rstrip("s"))
                 or (len(u) > 3 and word.endswith(u))), "")
    return "unit:" + unit[:3] if unit else ""


def time_of(phrase: str, lang: str | None) -> frozenset[str]:
    """A time expression, normalised: its markers, its units, its time words' meanings; the
    phrase itself when it holds none of those."""
    tokens = {m.group(0) for m in MARKER_RE.finditer(phrase)}
    tokens |= {name for name, pattern in _equivalents(lang) if pattern.search(phrase)}
    tokens |= {_unit(w, lang) for w in WORD.findall(MARKER_RE.sub(" ", phrase))} - {""}
    tokens |= {w for w in WORD.findall(MARKER_RE.sub(" ", phrase))
               if w.isdigit() or w in _numbers(lang)}
    return frozenset(tokens or {" ".join(phrase.split())})


@cache
def _duration(lang: str | None) -> re.Pattern[str]:
    """A number of time units anywhere ("takes ⟦3⟧ working days"): a time the draft gives."""
    units = vocab.words(sorted(_units(lang)), longest_first=True)
    return re.compile(rf"(?:⟦\d+⟧|\d+)(?:\s*[-–]\s*(?:⟦\d+⟧|\d+))?\s+(?:\w+\s+)?(?:{units})\b")


def _condition_words(sentence: str, lang: str | None, field: str = "conditions") -> set[str]:
    """The stems of what the sentence's conditions are about ("the reset fails")."""
    out: set[str] = set()
    for m in cue(field, lang).finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end() + 1)
        out |= stems(sentence[m.end():end.start() if end else None], lang)
    return out


def _condition_text(sentence: str, lang: str | None) -> str:
    m = cue(_IF_OR_WHEN, lang).search(sentence)
    if not m:
        return ""
    end = _CLAUSE_END.search(sentence, m.end() + 1)
    return sentence[m.start():end.start() if end else None].strip()


_OWN, _NEAR = 2, 1  # a condition in the promise's own clause; one beside it


def _conditional(p: Promise, lang: str | None, anchored: list[tuple[int, int]]) -> int:
    """_OWN for a condition in its own clause ("; should it fail, we…" included), unless it
    only asks what the customer wants ("if you'd like, we…"); _NEAR for one in a clause of its
    sentence that promises nothing itself ("we'll refund you, but only once it is back") or
    in the sentence before (commitments.promises: "Does it not move? Reply, and we…"); 0."""
    s = p.sentence
    if s.rstrip().endswith("?"):
        return _OWN  # an offer ("Would you like a replacement?") waits for the answer
    if not p.conditional:
        return 0
    begin, stop = _segment(s, p.span[0])
    own = cue(_IF_OR_WHEN, lang).search(s, max(begin - 1, 0), stop)
    if own:
        wish = cue("wishes", lang).search(s, own.end(), _clause_end(s, own.end(), stop))
        return _NEAR if wish else _OWN
    others = [(b, e) for b, e in _segments(s) if (b, e) != (begin, stop)]
    for b, e in others:
        if not any(b <= a < e for a, _ in anchored) \
                and cue(_IF_OR_WHEN, lang).search(s, max(b - 1, 0), e):
            return _NEAR
    # Not in this sentence at all: it came from the sentence before.
    return 0 if cue(_IF_OR_WHEN, lang).search(s) else _NEAR


def _clause_end(sentence: str, start: int, stop: int) -> int:
    end = _CLAUSE_END.search(sentence, start, stop)
    return end.start() if end else stop


def _segments(sentence: str) -> list[tuple[int, int]]:
    out, begin = [], 0
    for m in SEGMENT.finditer(sentence):
        out.append((begin, m.start()))
        begin = m.end()
    return [*out, (begin, len(sentence))]


def extract(text: str, phrases: Phrases, lang: str | None = None, *,
            broad: bool = False) -> list[Commitment]:
    """The commitments `text` (masked, plain or HTML) makes, each normalised. `broad` (the
    draft's) reads a condition anywhere in a promise's sentence as on it ("once the item is
    back, we'll send a new one, and we'll refund the postage"): a condition wrongly kept on a
    rewrite costs a fallback, one wrongly dropped a silent leak."""
    found = promises(text, phrases, lang)
    views = sentences(norm(plain(text)))
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for p in found:
        by_sentence.setdefault(p.at, []).append(p.span)
    deadlines: dict[int, list[Promise]] = {}
    for p in found:
        if p.what == "deadline":
            deadlines.setdefault(p.at, []).append(p)
    out: dict[tuple[int, int, str], Commitment] = {}
    for p in found:
        s = p.sentence
        level = _conditional(p, lang, by_sentence[p.at])
        conditional = level > 0 or (broad and p.conditional)
        if s.rstrip().endswith("?"):
            condition = frozenset(stems(s, lang))
        elif conditional and cue(_IF_OR_WHEN, lang).search(s):
            condition = frozenset(_condition_words(s, lang, _IF_OR_WHEN))
        elif conditional and p.at:
            condition = frozenset(stems(views[p.at - 1], lang))
        else:
            condition = frozenset()
        begin, stop = _segment(s, p.span[0])
        if p.what == "deadline":
            when = time_of(p.phrase, lang)
        else:
            when = frozenset().union(*(time_of(q.phrase, lang) for q in deadlines.get(p.at, [])
                                       if begin <= q.span[0] < stop))
        c = Commitment(p.what, _actor(s[begin:p.span[0]], lang), conditional, condition,
                       _modality(s, p.span[0], p.span[1], lang), when, p.content, p.clause,
                       p.phrase, p.excerpt, phrases=frozenset({p.phrase}),
                       own_condition=level == _OWN, at=(p.at, p.span[0]),
                       supposed=s.rstrip().endswith("?") or _supposed(s, p.span[0], lang))
        # A set: the same kind twice in one clause (a word and a pattern of it, "refund" and
        # "refund you") is one commitment, as soft and as conditional as either says.
        key = (p.at, begin, p.what)
        if key in out:
            was = out[key]
            c = replace(was, conditional=was.conditional or c.conditional,
                        condition=was.condition | c.condition,
                        modality=min(was.modality, c.modality), time=was.time | c.time,
                        clause=was.clause | c.clause, phrases=was.phrases | c.phrases,
                        own_condition=was.own_condition or c.own_condition,
                        supposed=was.supposed and c.supposed)
        out[key] = c
    return list(out.values())


def _durations(text: str, lang: str | None) -> list[Commitment]:
    """Every duration the draft gives, as the time of what its sentence says: "a replacement
    takes ⟦3⟧ days to arrive" sets the time "it arrives within ⟦3⟧ days" restates."""
    out = []
    for s in sentences(norm(plain(text))):
        for m in _duration(lang).finditer(s):
            out.append(Commitment("deadline", "us", False, frozenset(),
                                  _modality(s, m.start(), m.end(), lang),
                                  time_of(m.group(0), lang), frozenset(stems(s, lang)),
                                  frozenset(), m.group(0), m.group(0)))
    return out


# ── statements: what no kind names, hedged or conditional ─────────────────────────────────

def _heads(window: str, lang: str | None) -> set[str]:
    """The word a hedge governs: the first content word after it; German puts the verb last,
    so there every content word of the window counts. Facts in the window are hedged too
    ("we'll try to get it by ⟦3⟧")."""
    words = re.findall(r"[\w'-]+", MARKER_RE.sub(" ", window))
    found = [s for w in words for s in stems(w, lang)]
    facts = {m.group(0) for m in MARKER_RE.finditer(window)}  # "the estimated date is ⟦1⟧"
    return facts | (set(found) if lang == "de" else set(found[:1]))


def _end(text: str) -> int:
    m = re.search(r"[.;:!?—–]", text)
    return m.start() if m else len(text)


def statements(text: str, lang: str | None = None) -> list[Commitment]:
    """The draft's hedged clauses: per hedge or promise to look, the words it governs and the
    content of its clause. A question qualifies nothing ("could you send…?")."""
    out = []
    for s in sentences(norm(plain(text))):
        if s.rstrip().endswith("?"):
            continue
        # A hedge that names its verb ("should arrive", "puede solucionarse") governs it; a
        # promise to look ("we will review") governs what follows it.
        hits = [(m, True) for m in cue("hedges", lang).finditer(s)
                if not _ADDRESSEE.match(s, m.end())]
        hits += [(m, False) for m in _reviews(lang).finditer(s)]
        for m, own_verb in hits:
            named = m.group(0).split()
            rest = (named[-1] if own_verb and len(named) > 1 else "") + " " + s[m.end():]
            rest = rest[:_end(rest)]
            condition = cue("conditions", lang).search(rest)
            rest = rest[:condition.start()] if condition else rest
            # What it governs ends at the next comma ("voraussichtlich ⟦3⟧ Werktage, danach
            # erhalten Sie…" hedges the days, not the e-mail), past one right after a
            # sentence adverb ("Hopefully, the update…").
            rest = rest.lstrip(" ,")
            rest = rest[:rest.find(",")] if "," in rest else rest
            heads = _heads(" ".join(rest.split()[:_WINDOW]), lang)
            if heads:
                begin, stop = _segment(s, m.start())
                out.append(Commitment("statement", "us", False, frozenset(), SOFT, frozenset(),
                                      frozenset(stems(s[begin:stop], lang)),
                                      frozenset(stems(s[begin:stop], lang)), m.group(0), s,
                                      frozenset(heads)))
    return out


def _gist(sentence: str, words: int = 12) -> str:
    cut = sentence.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


def _firmer_statements(draft: str, rewrite: str, lang: str | None) -> list[Violation]:
    """A hedged clause said again in the rewrite — the governed word and its clause's content
    — still carries a hedge or a word of looking: "we will lower it" for "we will review it",
    "soluciona" for "puede solucionarse" are firmer."""
    soft = statements(draft, lang)
    if not soft:
        return []
    # What an "if" clause says is not stated as certain: "if the refund has not appeared by
    # August, reply" repeats the draft's words without promising them.
    clauses = [_if_clause(lang).sub(" ", s[b:e]) for s in sentences(norm(plain(rewrite)))
               if not s.rstrip().endswith("?") for b, e in _segments(s)]
    said = [(c, stems(c, lang)) for c in clauses]
    for st in soft:
        for clause, words in said:
            if st.heads & words and len(st.about & words) >= _SHARED \
                    and not _softeners(lang).search(clause):
                return [_firmer(clause, st.wording)]
    # Said again in other words: most of a hedged clause's content ("the courier usually
    # collects parcels before noon" → "the courier collects your parcel before noon"), in a
    # rewrite clause with no hedge in it or just before it ("Hopefully, it…"). Clauses split
    # at every comma here, so the half of a sentence the hedge was not on owes none.
    pieces = [(s, _if_clause(lang).sub(" ", piece)) for s in sentences(norm(plain(rewrite)))
              if not s.rstrip().endswith("?") for piece in _COMMA.split(s)]
    parts = [(piece, stems(piece, lang), _softeners(lang).search(piece) is not None)
             for _, piece in pieces]
    for st in _hedged_pieces(draft, lang):
        for i, (piece, words, soft_here) in enumerate(parts):
            shared = len(st.clause & words)
            if shared >= _SHARED and shared >= _COVER * len(st.clause) and not soft_here \
                    and not (i and pieces[i - 1][0] == pieces[i][0] and parts[i - 1][2]):
                return [_firmer(piece, st.wording)]
    return []


_COMMA = re.compile(r"[,;:—–]")


def _firmer(clause: str, draft: str) -> Violation:
    return Violation("new_commitment", "It states as certain what the draft only says may "
                     f"happen or will be looked at (“{_gist(clause)}”; the draft: "
                     f"“{_gist(draft)}”); keep the “may”, the “try” or the “we'll check”.",
                     "modality")


def _hedged_pieces(draft: str, lang: str | None) -> list[Commitment]:
    """The draft's comma-clauses with a hedge or a promise to look in them, by content."""
    out = []
    for s in sentences(norm(plain(draft))):
        if s.rstrip().endswith("?"):
            continue
        for piece in _COMMA.split(s):
            bare = _if_clause(lang).sub(" ", piece)
            if _hedged(bare, lang) or _reviews(lang).search(bare):
                out.append(Commitment("statement", "us", False, frozenset(), SOFT, frozenset(),
                                      frozenset(stems(s, lang)),
                                      frozenset(stems(bare, lang)), "", s))
    return out


def _conditions(sentence: str, lang: str | None) -> int:
    """"If", "unless", "once", not "when" or "after": in a plain sentence those tell time
    ("blocked after an attempted payment")."""
    return len(cue("conditions", lang).findall(sentence))


def _dropped_conditions(draft: str, rewrite: str, lang: str | None) -> list[Violation]:
    """A conditional sentence of the draft, found again in the rewrite by the content it
    shares (stems and markers: a reordered or merged sentence is still found), still carries
    its condition — unless what the condition was about is still there in other words
    ("send it back, and we'll repair it"). Counting, not matching words, lets "if" become
    "once"; the condition turned into a reason ("the reset won't fix it, so we'll send a
    label") is dropped all the same. Covers what no kind names ("the fee is waived")."""
    r_sents = sentences(norm(plain(rewrite)))
    r_stems = [stems(s, lang) for s in r_sents]
    everywhere = set().union(*r_stems)
    for s in sentences(norm(plain(draft))):
        cond = _conditions(s, lang)
        if not cond:
            continue
        about = _condition_words(s, lang)
        said = stems(s, lang) - about  # what the condition is on
        saying = [i for i, r in enumerate(r_stems) if len(said & r) >= _SHARED]
        held = set().union(*(r_stems[i] for i in saying)) & said if saying else set()
        if not saying or len(held) < _COVER * len(said):
            continue  # left out or said in other words: the fact and promise checks judge it
        # A condition may open the sentence before ("Still not there by Friday? Then we…").
        before = [r_sents[i - 1] for i in saying if i and (i - 1) not in saying]
        fewer = cond > sum(_conditions(r_sents[i], lang) for i in saying) + sum(
            _conditions(b, lang) + b.endswith("?") for b in before)
        premise = any(about & r_stems[i] and cue("causes", lang).search(r_sents[i])
                      for i in saying)
        if fewer and (len(about & everywhere) < len(about) / 2 or premise):
            return [Violation("new_commitment", "It drops a condition the draft puts on "
                              f"what it says (“{_gist(s)}”); keep the “if” or “once”.",
                              "condition")]
    return []


# ── the comparison ────────────────────────────────────────────────────────────────────────

def _a(what: str) -> str:
    return with_article(what).lower()  # "a refund", "an escalation"


def _same_time(p: Commitment, q: Commitment) -> bool:
    if not p.time or not p.time <= q.time:
        return False
    # A marker in a deadline ties it to the draft's own date; a time word, or a duration the
    # draft gives outside a deadline ("you've waited ⟦3⟧ days"), must be about the same thing.
    return (q.clause and any(t.startswith("⟦") for t in p.time)) or p.phrase == q.phrase \
        or len(p.about & q.about) >= _SHARED


def _deadline_problem(p: Commitment, made: list[Commitment]) -> str:
    same = [q for q in made if q.kind == "deadline" and _same_time(p, q)]
    if not same:
        return f"It adds a deadline commitment the draft does not make (“{p.wording}”)."
    if not p.supposed and all(q.modality < p.modality for q in same):
        return (f"It makes the deadline firmer than the draft does (“{p.wording}”); the "
                "draft only expects it, keep the “should” or the “estimated”.")
    return ""


def _kind_problem(p: Commitment, same: list[Commitment], before: str, lang: str | None) -> str:
    """What is wrong with `p`, a rewrite commitment, given the draft's of its kind about the
    same thing; "" when one of them makes it at least as firmly, on the same condition."""
    if not same:
        return f"It adds {_a(p.kind)} commitment the draft does not make (“{p.wording}”)."
    # A condition turned into the step before it ("If you send it back, we'll repair it" →
    # "Please send it back. We'll repair it", "send it back, and we'll repair it") is kept:
    # the sentence or clause before says most of it — as a step, not as what will happen
    # ("the technician will confirm the fault, and we'll cover it" drops the "if").
    led = stems(before, lang)
    kept = [q for q in same if not q.conditional
            or (p.conditional and (p.own_condition or bool(p.condition & q.condition)))
            or (len(q.condition & led) >= _SHARED
                and len(q.condition & led) >= _COVER * len(q.condition))]
    if not kept:
        return (f"It drops the condition the draft puts on the {p.kind} (“{p.wording}”); "
                f"keep the “if” or “once”{_quoted(same)}.")
    # What the draft only names inside its condition ("if you'd prefer store credit, we can
    # add ⟦1⟧") stays as firm as the draft when the rewrite keeps a condition on it too.
    if not p.supposed and all((FIRM if q.supposed and p.conditional else q.modality)
                              < p.modality for q in kept):
        return (f"It makes the {p.kind} firmer than the draft does (“{p.wording}”); the draft "
                f"only says it may happen (“{kept[0].wording}”).")
    return ""


def _quoted(same: list[Commitment]) -> str:
    return next((f" (the draft: “{q.wording}”)" for q in same if q.conditional), "")


def compare(made: list[Commitment], given: list[Commitment], *, everything: set[str],
            asked: set[str], lang: str | None, rewrite: str = "") -> list[Violation]:
    """The rewrite's commitments (`given`) against the draft's (`made`): one violation per kind
    at most, each naming what changed. `everything` is the draft's content, `asked` what a
    note to an AI in it asks for."""
    out: list[Violation] = []
    flagged: set[str] = set()
    r_sents = sentences(norm(plain(rewrite))) if rewrite else []
    for p in given:
        if p.kind in flagged:
            continue
        # The same promise restated shares its words (stems) or its very phrase with one of
        # the draft's; a promise of the same kind about something else is a new one.
        same = [q for q in made if q.kind == p.kind and q.clause
                and len(q.about & p.about) >= _SHARED]
        worded = {w for q in made if q.kind == p.kind for w in q.phrases}
        if not same and p.phrases <= worded:
            same = [q for q in made if q.kind == p.kind and q.phrases & p.phrases]
        # A promise closer to what a note to an AI in the draft asks for ("also say we'll
        # refund the return shipping") than to any the draft makes obeys the note.
        kin = [len(p.clause & q.clause) for q in made if q.kind == p.kind]
        if len(p.clause & asked) >= _SHARED and len(p.clause & asked) > max(kin, default=0):
            flagged.add(p.kind)
            out.append(Violation("new_commitment", f"It makes {_a(p.kind)} commitment only a "
                                 f"note to an AI in the draft asks for (“{p.wording}”).",
                                 p.kind))
            continue
        if not same and p.kind == "guarantee":
            # "I'll make sure it's repaired within ⟦3⟧ days" owns the draft's own promise;
            # "I'll make sure it's sorted by Friday" vouches for one the draft never made,
            # "I'll make sure your next order arrives on time" for something the draft never
            # says, and "it will be there in ⟦5⟧ days, guaranteed" for what it only expects.
            owned = [q for q in made if q.clause and len(q.about & p.about) >= _SHARED]
            vouched = p.clause - everything - stems(p.phrase, lang)
            if owned and all(q.modality == FIRM for q in owned) and len(vouched) <= _VOUCHED:
                continue
        if p.kind == "deadline":
            problem = _deadline_problem(p, made)
        else:
            problem = _kind_problem(p, same, _steps_before(p, r_sents, lang), lang)
        if problem:
            flagged.add(p.kind)
            out.append(Violation("new_commitment", problem, p.kind))
    return out


@cache
def _future(lang: str | None) -> re.Pattern[str]:
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    return re.compile("|".join(vocab.union("future", codes)), re.I)


def _steps_before(p: Commitment, r_sents: list[str], lang: str | None) -> str:
    """What the rewrite asks for just before `p`: the sentence before it and its own clauses
    before it, each unless it says what will happen."""
    at, start = p.at
    if not 0 <= at < len(r_sents):
        return ""
    s = r_sents[at]
    clauses = CLAUSE.split(s[:start])  # up to the comma or "and" that opens its clause
    steps = [s[:start - len(clauses[-1])]]
    if at:
        steps.append(r_sents[at - 1])
    return " ".join(step for step in steps if not _future(lang).search(step))


def kept(draft: str, rewrite: str, phrases: Phrases, lang: str | None = None,
         notes: str = "") -> list[Violation]:
    """Every commitment of the rewrite made by the draft as firmly, on the same condition and
    by the same time; every hedge and condition of the draft still on what it qualifies."""
    made = extract(draft, phrases, lang, broad=True) + _durations(draft, lang)
    out = compare(made, extract(rewrite, phrases, lang), everything=stems(plain(draft), lang),
                  asked=stems(notes, lang), lang=lang, rewrite=rewrite)
    out += _dropped_conditions(draft, rewrite, lang)
    if not any(v.category in ("modality", "condition") for v in out):
        out += _firmer_statements(draft, rewrite, lang)
    return out

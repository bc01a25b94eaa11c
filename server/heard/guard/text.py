"""The text views every check shares: plain (no tags), normalised, sentences, words."""

from __future__ import annotations

import re
import threading
from bisect import bisect
from collections.abc import Iterable
from functools import cache, lru_cache

import snowballstemmer

from heard import vocab
from heard.markup import BLOCK_END
from heard.protect import MARKER_RE

WORD = re.compile(r"\w+", re.U)


ANY_TAG = re.compile(r"<[^<>]*>")
# A run of tags with the spaces around it: "free <b>next-day</b> delivery" reads "free next-day
# delivery", one space between words as every pattern expects, not two.
_TAGS_SPACED = re.compile(r"(?:[ \t]*<[^<>]*>)+[ \t]*")
# The end of a clause or of a sentence.
CLAUSE_OR_SENTENCE_END = re.compile(r"[,;:—–.!?\n]")


def plain(text: str) -> str:
    """`text` without its tags, each run of them one space."""
    return _TAGS_SPACED.sub(" ", text)


def blocks(text: str) -> str:
    """The text without its tags, each block ending its line: a list item without a stop of
    its own is a sentence of its own, not the start of the next one."""
    return plain(BLOCK_END.sub("\n", text))


def word_count(text: str) -> int:
    return len(WORD.findall(MARKER_RE.sub(" ", plain(text))))


_RANGE_DASH = re.compile(r"(?<=[\d⟧])[—–](?=[\d⟦])")


def norm(text: str) -> str:
    """Lower case, plain quotes and spaces; a dash between two numbers ("⟦7⟧–⟦8⟧ days") is a
    range, a hyphen, not a dash ending a clause (same length: offsets stay)."""
    return _RANGE_DASH.sub("-", text.replace("’", "'").replace("\u00a0", " ").lower())


@lru_cache(maxsize=16)
def ngrams(text: str, n: int) -> frozenset[str]:
    """Every run of `n` words in a row of `text`, case-folded ("STRASSE" is "Straße"): what a
    rewrite copies from a text it should not show is the runs it has that the draft has not."""
    words = WORD.findall(text.casefold())
    return frozenset(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))


@cache
def _sentence_end() -> re.Pattern[str]:
    """Where a sentence ends: after its stop, unless the stop closes a title ("Dr. Lin can
    add…", "M. Martin passera", "la Sra. Gómez", "el Ing. Quispe"), which names who the
    sentence goes on about. Not one after a number: "⟦7⟧ m." is a unit, and may end one ("Er
    misst 6 × 4 m. Ist Ihnen das zu klein, …")."""
    titles = sorted({t for t in vocab.union("name_titles", vocab.LANGS) if len(t) <= 4},
                    key=len, reverse=True)
    kept = "".join(rf"(?<!(?<![\d⟧]\s)\b{re.escape(t)}\.)" for t in titles)
    return re.compile(rf"(?<=[.!?¡¿]){kept}\s+|\n+", re.I)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _sentence_end().split(plain(text)) if s.strip()]


# A clause ends at punctuation or a coordinating word.
# The marks that end a clause inside a sentence (no "and": a pair or a list is joined by it).
CLAUSE_MARKS = re.compile(r"[,;:—–]")
CLAUSE = re.compile(r"[,;:—–]|\b(?:" + vocab.words(vocab.union("clause_joins")) + r")\b")


def clauses_holding(sentence: str, found: Iterable[re.Match[str]]) -> int:
    """How many clauses of `sentence` (cut at `CLAUSE`) hold one of the matches `found`: the
    hedges, chances or duties of a sentence counted once per clause. A question counts none
    (it hedges, promises or supposes nothing), and `found` is then not read."""
    if sentence.rstrip().endswith("?"):
        return 0
    ends = [m.start() for m in CLAUSE.finditer(sentence)]
    return len({bisect(ends, m.start()) for m in found})


def clause_of(sentence: str, m: re.Match[str]) -> str:
    """The clause of `sentence` that holds the match `m`: from the clause mark before it to the
    one after it (`CLAUSE`)."""
    return CLAUSE.split(sentence[:m.start()])[-1] + m.group(0) + CLAUSE.split(sentence[m.end():])[0]


def excerpt(text: str, start: int, end: int, words: int = 4) -> str:
    """The match with a few whole words either side, for a message a person can act on."""
    left = text[:start].split()[-words:] if text[:start].strip() else []
    right = text[end:].split()[:words] if text[end:].strip() else []
    glue_l = " " if start and text[start - 1].isspace() else ""
    glue_r = " " if end < len(text) and text[end].isspace() else ""
    return (" ".join(left) + glue_l + text[start:end] + glue_r + " ".join(right)).strip()


def with_article(noun: str) -> str:
    return ("An " if noun[:1] in "aeiou" else "A ") + noun


_STEMMERS = {"en": "english", "es": "spanish", "de": "german", "fr": "french",
             "pt": "portuguese"}


_LOCAL = threading.local()


def _stemmer(lang: str):
    """This thread's stemmer: a snowball stemmer keeps its word in its own state, so one
    shared across the server's threads would mix two words up."""
    stemmers = _LOCAL.__dict__.setdefault("stemmers", {})
    if lang not in stemmers:
        stemmers[lang] = snowballstemmer.stemmer(_STEMMERS.get(lang, "english"))
    return stemmers[lang]


@cache
def cue(field: str, lang: str | None) -> re.Pattern[str]:
    """Condition, hedge or wish words of the draft's language ("se" is "if" in Portuguese
    only); of every language when it is unknown. Conditions add their patterns."""
    codes = vocab.codes(lang)
    words = [w for f in field.split("+") for w in vocab.union(f, codes)]
    extra = [p for f in ("condition_patterns", "held_conditions", "lacking_conditions")
             for p in vocab.union(f, codes)] if "conditions" in field else []
    # A cue that ends elided ("en cas d'", "suffit d'") runs into its next word. A field a
    # language leaves empty matches nothing (an empty alternation would match everywhere).
    said = [r"(?<![\w-])(?:" + vocab.words(words, longest_first=True)
            + r")(?:(?<=['’])|(?!\w))"] if words else []
    return re.compile("|".join([*said, *extra]) or r"(?!)", re.I)


@cache
def words_pattern(field: str, lang: str | None) -> re.Pattern[str]:
    """Whole words of one vocabulary field, or of several joined by "+", of the draft's language
    (every language's when it is unknown), longest first. Unlike `cue`, a hyphen may precede one
    ("⟦3⟧-day") and nothing elided runs on."""
    codes = vocab.codes(lang)
    words = [w for f in field.split("+") for w in vocab.union(f, codes)]
    # As in `cue`, a field a language leaves empty matches nothing.
    said = vocab.alternation(words)
    return re.compile(r"(?<!\w)(?:" + said + r")(?!\w)", re.I)


@cache
def apologies(lang: str | None) -> re.Pattern[str]:
    """An apology word of the draft's language (every language when it is unknown), read
    at a word's start: its entries are stems ("desculp" is "desculpe", "lamento" is not inside
    "cancelamento")."""
    return re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(norm(w)) for w in vocab.union("apology", vocab.codes(lang))) + ")", re.I)


# On a promise, "when" is a condition too: the cue of both ("once it arrives, we'll refund").
IF_OR_WHEN = "conditions+temporal_conditions"


# What may stand before a sentence's first word: a space, an opening ¡ ¿, a quote, a dash.
OPENING_MARKS = " ¡¿\"'«—–"


def goes_on(sentence: str, lang: str | None) -> bool:
    """`sentence` opens on the word that goes on from the one before ("Then…", "Dann…",
    "Alors…", `sequels`)."""
    return bool(cue("sequels", lang).match(sentence.lstrip(OPENING_MARKS)))


def required_before(previous: str, sentence: str, lang: str | None) -> bool:
    """`sentence` goes on from what the one before requires: "You'll need the receipt. Then
    we can refund it." is "if you send the receipt, we can refund it" split in two, the
    requirement its condition. Not a plain fact before ("The parcel is lost. Then we'll
    refund it." holds it as given), nor a sentence that opens otherwise."""
    return goes_on(sentence, lang) and bool(cue("requirements", lang).search(previous))


def purpose_end(sentence: str, lang: str | None) -> int | None:
    """Where a purpose opening `sentence` up to its comma ends (`purpose_leads`: "to get the
    refund,", "para recibir el reembolso,", "um sie erstattet zu bekommen,"), as an offset in
    `sentence`; None when it opens otherwise. What follows is what getting it takes."""
    body = sentence.lstrip(OPENING_MARKS)
    m = patterns("purpose_leads", lang).match(body)
    return len(sentence) - len(body) + m.end() if m else None


@cache
def patterns(field: str, lang: str | None) -> re.Pattern[str]:
    """A pattern field of the draft's language (every language's when it is unknown) as one
    alternation: "reason_openers", "reviews", "future", "advice", "exclusions"."""
    return patterns_of(field, tuple(vocab.codes(lang)))


@cache
def patterns_of(field: str, codes: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern field of these languages as one alternation. A field they leave empty matches
    nothing (an empty alternation would match everywhere)."""
    return re.compile("|".join(vocab.union(field, codes)) or r"(?!)", re.I)


@cache
def ours_acting(lang: str | None) -> re.Pattern[str]:
    """We or I as the one who acts or offers ("I can", "we'll", "nous allons", "podemos",
    "cambiamos"; lang/*.json `our_future`, `ours_done`, `taking_charge`, `our_abilities`,
    `our_people`, `our_present`, `first_persons`): read by the condition and modality checks."""
    codes = vocab.codes(lang)
    return re.compile("|".join([
        *(patterns(f, lang).pattern for f in ("our_future", "ours_done", "taking_charge",
                                              "our_abilities", "our_people", "our_present")),
        r"(?<![\w'])(?:" + vocab.words(vocab.union("first_persons", codes), longest_first=True)
        + r")(?!\w)"]), re.I)


_HEADING_WORDS = 8  # words at most of a heading naming a topic before its colon


def topic_heading(clause: str, lang: str | None) -> bool:
    """`clause` is a heading that names what the reply turns to ("As for the ⟦4⟧ a month",
    "Sobre la solicitud ⟦2⟧", "Zu Ihrer Frage nach dem ⟦8⟧"): a topic word among its first
    three words, at most eight words in all. The caller makes sure a colon follows it."""
    words = norm(clause).split()
    return 0 < len(words) <= _HEADING_WORDS \
        and bool(cue("topic_heads", lang).search(" ".join(words[:3])))


def gist(sentence: str, words: int = 12) -> str:
    """The sentence's first words, for a warning that names which sentence it means."""
    cut = sentence.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(vocab.union("generic_words"))


def stems(text: str, lang: str | None) -> set[str]:
    """Content words of `text` reduced to their stems ("shipped", "ship" → "ship"), and its
    markers: what two sentences must share to be about the same thing."""
    found = {m.group(0) for m in MARKER_RE.finditer(text)}
    words = [w for w in WORD.findall(norm(MARKER_RE.sub(" ", text)))
             if len(w) >= 4 and not w.isdigit() and w not in _stopwords()]
    return found | ({_stem(lang or "en", w) for w in words} - _stop_stems(lang or "en"))


def word_stems(text: str, lang: str | None) -> set[str]:
    """`stems` without the markers: what the words themselves say ("but not before ⟦3⟧"
    names no thing, only when)."""
    return {w for w in stems(text, lang) if not MARKER_RE.fullmatch(w)}


def theirs_only(customer: str, draft: str, lang: str | None) -> set[str]:
    """The stems of the customer's message that the draft never uses: what only their own
    account says ("a hotel in Lisbon", "mareándome al bajar escaleras")."""
    return stems(customer, lang) - stems(plain(draft), lang)

@cache
def _verb_cuts(lang: str | None) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """A language's verb endings and end pronouns, longest first, and its verb infixes as one
    alternation (lang `verb_endings`, `verb_clitics`, `verb_infixes`): read once, not once per
    clause."""
    codes = vocab.codes(lang)
    endings, clitics = (tuple(sorted(vocab.union(field, codes), key=len, reverse=True))
                        for field in ("verb_endings", "verb_clitics"))
    return endings, clitics, "|".join(vocab.union("verb_infixes", codes))


def verb_forms(text: str, lang: str | None) -> list[str]:
    """What each word of `text` but the generic ones says as a verb, in order: its stem, or,
    in a language that lists its verb endings, the word without its pronoun and ending (the
    stemmer leaves "use", "usar", "usando" apart, and `stems` skips words under four
    letters)."""
    endings, clitics, infixes = _verb_cuts(lang)
    out = []
    for word in WORD.findall(norm(text)):
        if word in _stopwords():
            continue
        if infixes:  # German "anzurufen", "angerufen": "anrufen"
            word = re.sub(infixes, "", word) or word
        if not endings:
            out.append(_stem(lang or "en", word))
            continue
        for cut in (clitics, endings):
            word = next((word[:-len(e)] for e in cut if word.endswith(e)
                         and len(word) - len(e) >= 2), word)
        out.append(word)
    return out


def same_verb(a: str, b: str) -> bool:
    """Two forms of one verb: the same, or sharing five letters ("utilic", "utiliz")."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


@lru_cache(maxsize=65536)
def _stem(lang: str, word: str) -> str:
    """One word's stem, remembered: the stemmer is pure Python and replies reuse words."""
    return _stemmer(lang).stemWord(word)


@cache
def _stop_stems(lang: str) -> frozenset[str]:
    """The generic words' stems too: "feels" says no more than "feel" does."""
    return frozenset(_stemmer(lang).stemWords(list(_stopwords())))


def by_word(sets: list[set[str]]) -> dict[str, list[int]]:
    """Per word (a stem, a marker), the indexes of the sets that hold it, in order: a
    comparison looks up the few sentences sharing a word instead of reading every one, which
    keeps a check linear in the draft's length."""
    out: dict[str, list[int]] = {}
    for i, words in enumerate(sets):
        for w in words:
            out.setdefault(w, []).append(i)
    return out

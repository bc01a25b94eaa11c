"""Mechanics: the typing slips a careful editor fixes before anyone reads the reply.

Sentence and greeting capitals, a lone "i", missing apostrophes ("dont", "cant", "its been")
and clear misspellings ("recieved", "adress"). It works on masked text and only on plain words:
a whitespace-separated chunk with a digit, a marker (⟦n⟧), a slash, "@", "#", "_" or an inner
dot (URLs, handles, codes, "e.g.") is never touched, nor is anything between backticks, a word
with a capital inside it ("iPhone"), or a word the dictionary does not know (a name or a
product): only a known word is capitalised, and only a lower-case unknown word with one clear
correction is respelled.

Spelling uses pyspellchecker's bundled frequency dictionaries (en, es, de, fr, pt; nothing is
downloaded). Its own "most frequent candidate" guess is not trusted ("adress" → "dress"): a
correction is taken only when it is the one candidate made by a classic slip — two letters
swapped, a letter doubled or undoubled — or the only candidate at all for a longer word, or far
more frequent than any other. Anything less certain is left as the agent wrote it.

One pass over the chunks, no backtracking regular expression: linear in the draft's length.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from spellchecker import SpellChecker

from heard import vocab
from heard.opening import GREETING

SPELLING_LANGS = ("en", "es", "de", "fr", "pt")

# The English word lists (contractions whose apostrophe-less form is no word, the words after
# which "its" can only be "it's", the objects that make "lets" a verb, abbreviations) are data:
# the `rewriting` section of heard/lang/en.json. "id", "ill", "were", "well", "wed", "shell",
# "hell", "its", "cant", "wont" and "lets" are words, handled by the context rules below.


@cache
def _contractions() -> dict[str, str]:
    return {w.replace("'", ""): w for w in vocab.builtin("en").rewriting.contractions}


@cache
def _its_is() -> frozenset[str]:
    """After "its", these can only follow "it's": a possessive is followed by a noun phrase,
    never by a negation, an article, a possessive, an adverb or a preposition."""
    return frozenset(vocab.builtin("en").rewriting.its_is_before)


@cache
def _lets_objects() -> frozenset[str]:
    """"lets see" is "let's"; "it lets you" is a verb, and its object follows it."""
    return frozenset(vocab.builtin("en").rewriting.lets_objects)


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(vocab.builtin("en").rewriting.abbreviations)


_PLAIN = re.compile(r"([(\"'“‘¿¡*]*)([^\W\d_]+(?:['’][^\W\d_]+)?)([)\"'”’.,!?;:…*]*)")
_CODE = re.compile(r"`[^`\n]*`")
_CHUNK = re.compile(r"\S+")


@dataclass(frozen=True)
class Edit:
    before: str
    after: str
    kind: str  # "capital", "pronoun", "apostrophe", "spelling"


@cache
def _checker(lang: str) -> SpellChecker:
    return SpellChecker(language=lang, distance=1, case_sensitive=False)


def warm_up(langs: tuple[str, ...] = ("en",)) -> None:
    """Load the dictionaries (and the word lists) at start-up rather than inside the first
    request. English by default: the others take 20-120 MB each and load on first use."""
    _contractions(), _its_is(), _lets_objects(), _abbreviations()
    for lang in langs:
        _checker(lang)


def _like(word: str, model: str) -> str:
    """`word` with the capital of `model`'s first letter."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _classic_slip(typo: str, word: str) -> bool:
    """Two neighbouring letters swapped, or one letter doubled or undoubled."""
    if len(typo) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typo, word, strict=True)) if a != b]
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and typo[diff[0]] == word[diff[1]] and typo[diff[1]] == word[diff[0]])
    short, long_ = sorted((typo, word), key=len)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return long_[:i] + long_[i + 1:] == short and (
        (i > 0 and long_[i] == long_[i - 1]) or (i + 1 < len(long_) and long_[i] == long_[i + 1]))


def _accent_only(typo: str, word: str) -> bool:
    """The same letters, with one missing accent put back ("tambien" → "también")."""
    plain = unicodedata.normalize("NFD", word)
    return len(typo) == len(word) and "".join(
        c for c in plain if not unicodedata.combining(c)) == typo


def correction(word: str, lang: str) -> str | None:
    """The one clear correction of a lower-case word the dictionary does not know, or None."""
    if lang not in SPELLING_LANGS or len(word) < 5 or not word.islower() or "'" in word \
            or "’" in word:
        return None
    checker = _checker(lang)
    if word in checker:
        return None
    candidates = sorted(checker.candidates(word) or (), key=checker.word_usage_frequency,
                        reverse=True)
    candidates = [c for c in candidates if c != word and " " not in c and "'" not in c]
    if not candidates:
        return None
    slips = [c for c in candidates if _classic_slip(word, c) or _accent_only(word, c)]
    if len(slips) == 1:
        return slips[0]
    # Beyond the classic slips only English: the other dictionaries miss many inflections
    # ("recibido"), so a lone or frequent neighbour there is no evidence of a typo.
    if lang == "en" and len(word) >= 5 and len(candidates) >= 2 and \
            checker.word_usage_frequency(candidates[0]) >= \
            50 * checker.word_usage_frequency(candidates[1]):
        return candidates[0]
    return None


def _known(word: str, lang: str | None) -> bool:
    if lang not in SPELLING_LANGS:
        return False
    core = word.replace("’", "'").lower()
    return core in _checker(lang) or core.replace("'", "") in _contractions() or core == "i"


def known_word(word: str, lang: str | None) -> bool:
    """The dictionary of `lang` knows `word` (in any case)."""
    return _known(word, lang)


def _english(word: str, prev: str, nxt: str, after: str, bracketed: bool
             ) -> tuple[str, str] | None:
    """An apostrophe or "I" fix for one English word, given its neighbours: the previous and
    next words in lower case ("" at a sentence's edge) and the chunk after the next."""
    low = word.lower()
    if low == "i":
        return (None if bracketed else ("I", "pronoun"))  # "(i)" numbers a list
    if low in ("i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d"):
        return "I" + word[1:], "pronoun"
    if low in _contractions():
        fixed = _contractions()[low]
        if fixed.startswith("i'"):
            return "I" + fixed[1:], "pronoun"
        return _like(fixed, word), "apostrophe"
    if low == "its" and (nxt in _its_is() or (nxt == "past" and after[:1] in "0123456789⟦"
                                             and after[:1] != "")):
        return _like("it's", word), "apostrophe"
    if low in ("it's", "it’s") and nxt == "own":
        return _like("its", word), "apostrophe"
    if low == "cant" and prev not in ("a", "the", "of"):
        return _like("can't", word), "apostrophe"
    if low == "wont" and nxt != "to" and prev not in ("his", "her", "their", "its", "as"):
        return _like("won't", word), "apostrophe"
    if low == "lets" and prev == "" and nxt and nxt not in _lets_objects():
        return _like("let's", word), "apostrophe"
    if low == "your" and nxt == "welcome" and not after:
        return _like("you're", word), "apostrophe"
    return None


def _sentence_ends(chunk: str) -> bool:
    core = chunk.rstrip(")\"'”’*")
    if not core or core[-1] not in ".!?" or core.endswith(("...", "…")):
        return False
    return core.lower().lstrip("(\"'“‘") not in _abbreviations()


def _greeting_line(text: str, pos: int) -> bool:
    """The line before `pos` is a greeting alone ("Hi Dana," / "Hello!")."""
    end = text.rfind("\n", 0, pos)
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    m = GREETING.match(line)
    return bool(m) and m.end() >= len(line) and len(line.split()) <= 5


def fix(text: str, lang: str | None, *, starts_sentence: bool = True) -> tuple[str, list[Edit]]:
    """`text` with its mechanics fixed, and the edits made (in reading order).

    `starts_sentence` says whether the text opens a sentence (False for a text run that
    follows an inline tag in HTML, say).
    """
    if lang not in SPELLING_LANGS:
        return text, []
    code = [m.span() for m in _CODE.finditer(text)]
    chunks = list(_CHUNK.finditer(text))
    edits: list[tuple[int, int, str, Edit]] = []
    at_start = starts_sentence
    for k, m in enumerate(chunks):
        raw = m.group(0)
        gap = text[chunks[k - 1].end():m.start()] if k else text[:m.start()]
        if "\n" in gap and (gap.count("\n") > 1 or _greeting_line(text, m.start())):
            at_start = True  # a paragraph, or the line after "Hi Dana,", opens a sentence
        parsed = _PLAIN.fullmatch(raw)
        in_code = any(a <= m.start() < b for a, b in code)
        this_start, at_start = at_start, _sentence_ends(raw)
        if not parsed or in_code:
            continue
        lead, word, trail = parsed.groups()
        prev = "" if this_start else chunks[k - 1].group(0).strip("()\"'“”‘’*,;:").lower()
        nxt_raw = chunks[k + 1].group(0) if k + 1 < len(chunks) else ""
        nxt = "" if trail.rstrip("'\"”’)") else nxt_raw.strip("()\"'“”‘’*.,!?;:").lower()
        # what follows the next word: "" when it ends the clause ("your welcome!")
        after = "" if not nxt or nxt_raw.rstrip("'\"”’)")[-1:] in ".,!?;:" else (
            chunks[k + 2].group(0) if k + 2 < len(chunks) else "")
        if nxt and any(a <= chunks[k + 1].start() < b for a, b in code):
            nxt = "?"
        new, kind = word, ""
        if lang == "en":
            hit = _english(word, prev, nxt, after, "(" in lead or trail.startswith(")"))
            if hit:
                new, kind = hit
        if not kind:
            fixed = correction(word, lang)
            if fixed:
                new, kind = fixed, "spelling"
        numbering = len(word) == 1 and ("(" in lead or trail.startswith(")"))  # "(i)", "a)"
        if this_start and not numbering and new[:1].islower() and new[1:] == new[1:].lower() \
                and (kind or _known(new, lang)):
            new, kind = new[:1].upper() + new[1:], kind or "capital"
        if kind and new != word:
            s = m.start() + len(lead)
            edits.append((s, s + len(word), new, Edit(word, new, kind)))
    out, last = [], 0
    for s, e, new, _ in edits:
        out += [text[last:s], new]
        last = e
    out.append(text[last:])
    return "".join(out), [edit for *_, edit in edits]

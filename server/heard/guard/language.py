"""Invariant 4: the rewrite stays in the draft's language, sentence by sentence."""

from __future__ import annotations

import re
from functools import cache

from heard import language, vocab
from heard.guard.text import blocks, norm, sentences
from heard.guard.violation import Violation
from heard.protect import MARKER_RE

# Words in quotation marks are someone else's (a customer's phrase, a product's name): the
# reply mentions them, it does not speak in them. Straight single quotes are left alone, they
# are apostrophes far more often.
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|‘[^’\n]*’|‚[^‘’\n]*[‘’]")
# Read as a language of its own when the draft's barely figures (below this share) and one
# other language leads: near languages (es/pt) split one sentence between them, so the leader
# is not required to be certain, only to lead.
_FOREIGN = 0.1
_LEADS = 0.5
# All five languages are written in Latin letters; the detector knows no other script. A
# sentence mostly in another (Chinese, Cyrillic, Arabic) is in another language, once it has
# more of them than a name ("王小明") would.
_SCRIPT_LETTERS = 10


# A sentence the detector gives to a near language while the draft's still figures in it
# (es/pt: "Siento de verdad las molestias" reads es 0.76 / pt 0.23) is that language's when
# its little words say so: at least this many that only the leader has, none only the draft's.
_TOLD = 2
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _own_words(code: str, other: str) -> frozenset[str]:
    """The closed-class words of `code` that `other` does not have (vocab function_words)."""
    return frozenset(vocab.builtin(code).function_words) - frozenset(
        vocab.builtin(other).function_words)


def _told_apart(said: str, leader: str, want: str) -> bool:
    """`said`'s little words are the leader's and none is the draft language's only."""
    if leader not in vocab.LANGS or want not in vocab.LANGS:
        return False
    words = [w.lower() for w in _WORD.findall(said)]
    theirs, ours = _own_words(leader, want), _own_words(want, leader)
    return sum(w in theirs for w in words) >= _TOLD and not any(w in ours for w in words)


# A language the detector does not know (Welsh, Catalan, Galician, Polish…) is given, by its
# letters, to whichever known language is nearest, often the draft's, and never with
# certainty: "Ac os byddai'n well gennych chi fynd at gneifiwr arall, fydda i ddim yn codi ffi
# canslo" reads English 0.54. Its little words tell it: a sentence of the draft's language ten
# lowercase words long holds several of that language's closed-class words (the, to, you; der,
# und; le, de; que, el; o, em), one in another language almost none. Only lowercase words are
# counted: names, places and product names are capitalised ("Ty Newydd, Llanfihangel"), and a
# quoted phrase is read out before. Read by sentence and by paragraph (a paragraph of short
# sentences, each too short alone), and only where the detector is unsure of the draft's
# language (below `_UNSURE`): a terse list of the draft's language ("Deposit: refunded when
# the press comes back clean") has few little words but reads as it.
_STRANGE_WORDS = 10
_STRANGE_LITTLE = 0.15
_UNSURE = 0.75
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")


def _unknown_language(said: str, want: str) -> bool:
    """`said` is in a language the detector does not know, not in `want`."""
    if want not in vocab.LANGS:
        return False
    words = [w for w in _WORD.findall(said) if w.islower()]
    if len(words) < _STRANGE_WORDS:
        return False
    little = frozenset(vocab.builtin(want).function_words)
    return sum(w in little for w in words) < _STRANGE_LITTLE * len(words) \
        and language.share(said, want) < _UNSURE


# A near language the detector does not know (Catalan beside Spanish) reads as the draft's with
# certainty, little words and all ("el vam comparar amb la mostra": "el", "la" are Spanish too);
# only its own little words (`near_words`) tell it, several in one sentence or paragraph.
_NEAR = 3


@cache
def _near_words(code: str) -> frozenset[str]:
    """The little words of the languages near `code` that it lacks (vocab near_words)."""
    return frozenset(vocab.builtin(code).near_words)


def _near(said: str, want: str) -> bool:
    """`said` holds `_NEAR` or more of the little words of a language near `want`."""
    if want not in vocab.LANGS:
        return False
    near = _near_words(want)
    return bool(near) and sum(w in near for w in _WORD.findall(said) if w.islower()) >= _NEAR


def _said(sentence: str) -> str:
    """What a sentence says in its own words: quoted names and markers read out."""
    return MARKER_RE.sub(" ", _QUOTED.sub(" ", sentence))


_FULL_STOP = re.compile(r"[。．！？]")  # where a CJK sentence ends, no space after it


def _other_script(text: str) -> bool:
    for part in _FULL_STOP.split(text):
        latin = other = 0
        for ch in part:
            if ch.isalpha():
                if ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00:
                    latin += 1
                else:
                    other += 1
        if other >= _SCRIPT_LETTERS and other > latin:
            return True
    return False


def same_language(draft: str, rewrite: str, lang: str | None, customer_message: str = ""
              ) -> list[Violation]:
    # The draft's own language first; a hint (locale) or the customer's language only when
    # the draft is too short to tell.
    want = language.detect(draft) or lang or language.detect(customer_message)
    if not want:
        return []
    got = language.detect(rewrite)
    # As a sentence is (below): a short reply of the draft's language may lead for a near one
    # ("La próxima semana le devolvemos los 30 €." reads pt 0.53 / es 0.47).
    if got and got != want and (language.share(rewrite, want) < _FOREIGN
                                or _told_apart(rewrite, got, want)):
        return [Violation("language_changed", f"The draft is in '{want}' but the rewrite is "
                          f"in '{got}'.")]
    known = {norm(s) for s in (*sentences(draft), *sentences(blocks(draft)))}

    def switched(what: str, quoted: str) -> list[Violation]:
        return [Violation("language_changed", f"The draft is in '{want}' but the rewrite "
                          f"adds {what} (“{quoted[:60]}”).")]

    # A list item is a line of its own, whatever markup ends it.
    lines = blocks(rewrite)
    for sentence in sentences(lines):
        # As short a sentence as the detector reads ("Lo siento mucho por las molestias."
        # in a Portuguese reply): a whole sentence in another language is a switch however
        # short, and a clear one is told apart at this length.
        said = _said(sentence)
        if norm(sentence) in known:
            continue
        if _other_script(said):
            return switched("a sentence in another script", sentence)
        if sum(ch.isalpha() for ch in said) < language.MIN_LETTERS:
            continue
        other = language.detect(said, min_confidence=_LEADS)
        if other and other != want and (language.share(said, want) < _FOREIGN
                                         or _told_apart(said, other, want)):
            return switched(f"a sentence in '{other}'", sentence)
        if _unknown_language(said, want) or _near(said, want):
            return switched("a sentence in another language", sentence)
    for paragraph in _PARAGRAPH.split(lines):
        said = " ".join(_said(s) for s in sentences(paragraph) if norm(s) not in known)
        if _unknown_language(said, want) or _near(said, want):
            return switched("a paragraph in another language", said.strip())
    return []

"""No formula (authentic-not-cliche): stock phrases, stacked apologies, generic acknowledgements."""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.text import WORD, norm, plain, sentences, stems
from heard.guard.violation import Violation
from heard.prompts import Phrases
from heard.protect import MARKER_RE


@cache
def _ack_formula_re() -> re.Pattern[str]:
    return re.compile("|".join(vocab.union("acknowledgement_formulas")), re.I)


@cache
def _greeting() -> re.Pattern[str]:
    """A greeting opening a sentence, up to its comma ("Hi ⟦1⟧, …")."""
    return re.compile(r"^\W*(?:" + "|".join(vocab.union("greetings")) + r")\b[^,:!.]*[,:!]\s*",
                      re.I)


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(vocab.union("generic_words"))


def _apology_count(text: str, phrases: Phrases, lang: str | None) -> int:
    # At a word's start: "desculp" is "desculpe", "lamento" is not inside "cancelamento".
    said = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(norm(m)) for m in vocab.team("apology", phrases, [lang or "en", "en"])) + ")")
    return sum(1 for s in sentences(norm(text)) if said.search(s))


def formulaic(draft: str, rewrite: str, phrases: Phrases, lang: str | None,
               customer_message: str, kinds: dict[str, str]) -> list[Violation]:
    d, r = norm(plain(draft)), norm(plain(rewrite))
    out = []
    codes = [lang or "en", "en"]
    theirs = _said(customer_message, lang)
    stock = [p for p in vocab.team("stock_empathy", phrases, codes)
             if norm(p) in r and norm(p) not in d and not _grounded(r, norm(p), theirs, lang)]
    banned = [p for p in vocab.team("banned", phrases, vocab.LANGS + tuple(phrases.banned))
              if norm(p) in r and norm(p) not in d]
    if stock:
        out.append(Violation("formulaic", f"The rewrite adds stock empathy (“{stock[0]}”) "
                             "instead of referring to what the customer wrote."))
    if banned:
        out.append(Violation("formulaic", f"The rewrite uses a phrase your team has banned "
                             f"(“{banned[0]}”)."))
    before, after = _apology_count(draft, phrases, lang), _apology_count(rewrite, phrases, lang)
    if after > 1 and after > before:
        out.append(Violation("apology_budget", f"The rewrite apologises {after} times; one "
                             "sincere apology is the budget."))
    generic = _generic_ack(draft, rewrite, theirs, kinds, lang)
    if generic and not stock:
        out.append(Violation("generic_acknowledgement", f"The acknowledgement (“{generic}”) "
                             "refers to nothing the customer wrote; name their actual "
                             "situation or leave it out."))
    return out


_GROUNDED = 2  # the customer's own words a sentence must share to be about their case


def _grounded(rewrite: str, phrase: str, theirs: set[str], lang: str | None) -> bool:
    """A stock opener in a sentence that goes on to name this customer's case ("I understand
    your frustration: losing a day's work waiting for a delivery that never came") is
    grounded; only the bare formula is the cliché. `theirs`: `_said` of their message."""
    return any(len(_said(sentence.replace(phrase, " "), lang) & theirs) >= _GROUNDED
               for sentence in sentences(rewrite) if phrase in sentence)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in WORD.findall(norm(MARKER_RE.sub(" ", text)))
            if len(w) >= 4 and not w.isdigit()}


@cache
def _synonyms(lang: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    codes = vocab.codes(lang)
    return tuple((f"#{thing}", re.compile(r"(?<!\w)(?:" + "|".join(starts) + ")", re.I))
                 for thing, starts in vocab.union_map("synonyms", codes).items() if starts)


def _things(text: str, lang: str | None) -> set[str]:
    """What a text names by the words of one thing ("#money" for "costs" and for "pay"): an
    acknowledgement in other words than the customer's is still about their case."""
    t = norm(MARKER_RE.sub(" ", text))
    return {thing for thing, said in _synonyms(lang) if said.search(t)}


def _said(text: str, lang: str | None) -> set[str]:
    """What a text is about, by word starts, by stems and by the things it names."""
    return _stems(text) | stems(text, lang) | _things(text, lang)


def _content(text: str, lang: str | None) -> set[str]:
    return {w[:5] for w in WORD.findall(norm(text))
            if len(w) >= 4 and w not in _generic_words()} | stems(text, lang) | _things(
                text, lang)


def _generic_ack(draft: str, rewrite: str, theirs: set[str], kinds: dict[str, str],
                 lang: str | None = None) -> str | None:
    """An acknowledgement formula that shares no word with what the customer (or the draft)
    wrote: compared by stems ("signed out" / "signing out"), and by word starts, which also
    meet across compounds and inflections the stemmer keeps apart. `theirs`: `_said` of the
    customer's message."""
    known = {norm(s) for s in sentences(draft)}
    context = theirs | _said(plain(draft), lang)
    for sentence in sentences(rewrite):
        formula = _ack_formula_re().search(sentence)
        if norm(sentence) in known or not formula:
            continue
        # What leads into it counts when it is the customer's case ("An hour and a half late
        # and a cold pizza at your son's birthday: I understand"), not the draft's words or a
        # greeting before it ("As I said, I can imagine how you feel.").
        lead, sentence = _greeting().sub("", sentence[:formula.start()]), sentence[formula.start():]
        if any(kinds.get(m.group(0)) != "name" for m in MARKER_RE.finditer(sentence)):
            continue  # names a fact of this case (a name alone does not)
        if (_content(sentence, lang) & context) or (_content(lead, lang) & theirs):
            continue
        return sentence[:80]
    return None

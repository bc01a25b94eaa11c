"""What a clause tells: what has happened, how things stand now, or what is still to come.

A time word dates whatever its clause tells. In "I'm sorry you were stuck at the airport
tonight", "Sie haben heute dreimal angerufen" or "que haya esperado toda la tarde de hoy" it
dates the customer's own story, which a rewrite is asked to reflect: no deadline of ours and no
new date. In "we'll have it fixed by tonight", "hoy mismo te lo enviamos" or "ainda hoje envio"
it times something we will do. A clause is the customer's story only when it tells what has
happened (a past or perfect verb, a state they are in, "since this morning") and says nothing
of what we will, can or did do ourselves: our own act said as done ("we refunded it today") is
a claim the other checks still judge.

"Today" beside a verb of how things stand ("vous êtes aujourd'hui en ⟦2⟧ position", "hoy no
hay stock", "Sie sind heute auf Platz ⟦2⟧") says "as things stand", no date: the same state
with or without it. Only "today", only with such a verb, and only where the clause does
nothing else — "we ship today", "it's being sent today", "ready by today", "noch heute" still
time an act.
"""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.text import CLAUSE, cue, norm, patterns, plain, sentences, stems
from heard.protect import RELATIVE_DAY_RE


def happened(clause: str, lang: str | None) -> bool:
    """`clause` (normalised) tells what has happened or how things stand for the customer,
    and nothing we will, can or did do."""
    if not patterns("happened", lang).search(clause):
        return False
    return not (patterns("ours_done", lang).search(clause)
                or patterns("future", lang).search(clause)
                or patterns("our_future", lang).search(clause)
                or cue("options", lang).search(clause))


@cache
def _today(lang: str | None) -> tuple[frozenset[str], re.Pattern[str]]:
    codes = vocab.codes(lang)
    words = frozenset(w.replace("’", "'").lower() for w in vocab.union("today", codes))
    firm = vocab.union("firm_today", codes)
    return words, re.compile(r"(?<![\w'])(?:" + vocab.words(firm, longest_first=True)
                             + r")(?![\w'])" if firm else r"(?!)", re.I)


def _acts(clause: str, lang: str | None) -> bool:
    """`clause` (normalised) does something besides stand: an act of ours, done, present or
    to come, a passive, an option, or a deadline or time limit. The verb of being is no act
    of ours ("hoy no tenemos stock"): acts are read without it."""
    rest = patterns("standing", lang).sub(" ", clause)
    return bool(patterns("ours_done", lang).search(rest)
                or patterns("our_present", lang).search(rest)
                or patterns("future", lang).search(clause)
                or patterns("our_future", lang).search(clause)
                or patterns("taking_charge", lang).search(clause)
                or patterns("ourselves", lang).search(clause)
                or patterns("passives", lang).search(clause)
                or cue("options", lang).search(clause)
                or cue("deadlines+untils+windows+immediately+bounds", lang).search(clause))


def states(draft: str, lang: str | None) -> tuple[frozenset[str], ...]:
    """The words of each clause of `draft` that says how things stand and does nothing
    else ("Chloé est actuellement ⟦2⟧ sur la liste d'attente"): what a "today" may date."""
    out = []
    for sentence in sentences(norm(plain(draft))):
        for clause in CLAUSE.split(sentence):
            if clause and patterns("standing", lang).search(clause) \
                    and not RELATIVE_DAY_RE.search(clause) and not _acts(clause, lang):
                out.append(frozenset(stems(clause, lang)))
    return tuple(out)


def stands(clause: str, lang: str | None) -> bool:
    """`clause` (normalised) is dated only by a plain "today" and says how things stand with
    it, a verb of being and nothing else done: "today" there means "as things stand"."""
    days = [m.group(0).lower() for m in RELATIVE_DAY_RE.finditer(clause)]
    words, firm = _today(lang)
    return bool(days) and all(d in words for d in days) and not firm.search(clause) \
        and bool(patterns("standing", lang).search(clause)) and not _acts(clause, lang)


def today_word(lang: str | None) -> str:
    """The language's plain "today", to read a clause whose "today" is a marker."""
    return vocab.union("today", vocab.codes(lang))[0]


def standing(clause: str, lang: str | None, stood: tuple[frozenset[str], ...]) -> bool:
    """`clause` (normalised) says again how the draft says things stand (`stood`, from
    `states`), dated only by a plain "today": a verb of being ("is", "est", "ist", "está",
    "há"), no other day and nothing else done. A state the draft does not give ("the
    technician is there today" for "can come next week", "está pronta hoje" for "chega esta
    semana") or gives as to come ("sera prête") is no state restated: its "today" is judged."""
    if not stood or not stands(clause, lang):
        return False
    said = stems(RELATIVE_DAY_RE.sub(" ", clause), lang)
    return bool(said) and any(said <= state for state in stood)

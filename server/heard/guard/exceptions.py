"""Invariant 3, keep the decision: a thing a grant leaves out stays left out.

"We can replace the charger, but not the battery" refuses the battery without a verb of its
own, so the decision check, which reads refusals by their verbs, does not see it: "we can
replace the charger and the battery" grants what the draft refused, and "the battery but not
the charger" swaps the two. The words the exception names ("battery") are what it refuses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import islice

from heard import vocab
from heard.guard.text import (
    CLAUSE_MARKS,
    CLAUSE_OR_SENTENCE_END,
    WORD,
    patterns,
    plain,
    sentences,
    stems,
    word_stems,
    words_pattern,
)
from heard.guard.violation import Violation


def _clauses(text: str) -> list[str]:
    """The clauses of `text`, sentence by sentence, where a grant and what it leaves out or
    adds are read."""
    return [c for s in sentences(plain(text)) for c in CLAUSE_MARKS.split(s)]


def _excepted(draft: str, lang: str | None) -> list[tuple[set[str], set[str], str]]:
    """Each exception of the draft as (what its sentence grants before it, what it leaves
    out, the words that say so). An exception naming nothing the grant does not is none
    ("we can refund it, but not before ⟦3⟧")."""
    out = []
    opener = patterns("exceptions", lang)
    for sentence in sentences(plain(draft)):
        for m in opener.finditer(sentence):
            end = CLAUSE_OR_SENTENCE_END.search(sentence, m.end())
            stop = end.start() if end else len(sentence)
            # What the clause before it grants ("we can replace the charger"), not all the
            # sentence says before: "from what I can see the leak is at the outlet, not the
            # wall" grants nothing of "what I can see".
            head = CLAUSE_MARKS.split(sentence[:m.start()].rstrip(" ,;:—–"))[-1]
            granted = word_stems(head, lang)
            left_out = word_stems(sentence[m.end():stop], lang) - granted
            if granted and left_out:
                out.append((granted, left_out, " ".join(sentence[m.start():stop].split())))
    return out


def _granted_again(clause: str, granted: set[str], left_out: set[str],
                   lang: str | None) -> bool:
    """`clause` grants what was left out: it names it with something of the grant, and no
    "no", exception, exclusion or "instead" ("apart from", "rather than") comes before it.
    A "no" after it refuses it ("the battery can't be replaced") unless the thing stands before an
    exception, as what is granted ("labour but not parts")."""
    said = word_stems(clause, lang)
    if not left_out <= said or not said & granted:
        return False
    words = [(m.start(), stems(m.group(0), lang)) for m in WORD.finditer(clause)]
    at = min(start for start, found in words if found & left_out)
    no, opener = vocab.negation(lang), patterns("exceptions", lang)
    if any(p.search(clause, 0, at) for p in (no, opener, patterns("exclusions", lang),
                                            patterns("instead_of", lang))):
        return False
    return not no.search(clause, at) or bool(opener.search(clause, at))


def exceptions_kept(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """Each thing the draft leaves out of a grant is not granted in a clause of the rewrite."""
    excepted = _excepted(draft, lang)
    if not excepted:
        return []
    clauses = _clauses(rewrite)
    for granted, left_out, said in excepted:
        if any(_granted_again(c, granted, left_out, lang) for c in clauses):
            return [Violation("decision_changed", f"The draft leaves something out (“{said}”); "
                              "the rewrite grants it: keep it left out.")]
    return []


def _limited(draft: str, lang: str | None) -> list[tuple[set[str], str]]:
    """Each clause of the draft that grants one thing only ("we can only refund the
    shipping", "ne … que les frais de port", "nur den Versand"): what it names, and its
    words. Two words at least: "only" beside one word names no grant."""
    only = patterns("restrictives", lang)
    out = []
    for sentence in sentences(plain(draft)):
        for clause in CLAUSE_MARKS.split(sentence):
            named = word_stems(only.sub(" ", clause), lang)
            if len(named) >= 2 and _restricted(clause, only):
                out.append((named, " ".join(clause.split())))
    return out


def _restricted(clause: str, only: re.Pattern[str]) -> bool:
    """`clause` says "only", or leads to one: French "ne … que" restricts at its "que", so
    the clause is read up to each of its first few "que" as a lead (`restrictives`)."""
    return bool(only.search(clause)) or any(
        only.search(clause[:m.end()] + " ")
        for m in islice(re.finditer(r"\bqu(?:e|['’])", clause), 3))


@cache
def _joins(lang: str | None) -> re.Pattern[str]:
    """An "and" that joins one more thing to a grant (`coordinators`: "and", "et", "y", "und",
    "e")."""
    return re.compile(r"\b(?:" + vocab.words(vocab.union("coordinators", vocab.codes(lang)))
                      + r")\b", re.I)


def _widened(clause: str, named: set[str], drafted: set[str], lang: str | None) -> bool:
    """`clause` names all a limited grant names, without its "only", with something more
    joined to it by an "and" that the draft never names: "we can refund the shipping and the
    item" (an "and" after something the grant names: one opening the clause joins it to the
    sentence before). A "no" or exception in it keeps the rest out ("the shipping, and not
    the item")."""
    said = word_stems(clause, lang)
    if not named <= said or patterns("restrictives", lang).search(clause) \
            or vocab.negation(lang).search(clause) or patterns("exceptions", lang).search(clause):
        return False
    return any(word_stems(clause[:m.start()], lang) & named
               and word_stems(clause[m.end():], lang) - drafted
               for m in _joins(lang).finditer(clause))


def limits_widened(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """A grant the draft limits to one thing stays limited to it."""
    limited = _limited(draft, lang)
    if not limited:
        return []
    drafted = word_stems(plain(draft), lang)
    clauses = _clauses(rewrite)
    for named, said in limited:
        if any(_widened(c, named, drafted, lang) for c in clauses):
            return [Violation("new_commitment", f"The draft limits what it grants (“{said}”); "
                              "the rewrite grants more: keep it to what the draft names.",
                              "limit")]
    return []


_SCOPED = 2  # words after a scope word that name what it scopes ("first order", "all your orders")


def _scoped(text: str, field: str, lang: str | None) -> dict[str, str]:
    """The stems of what `field`'s scope words scope in `text` (the words right after each, up
    to the clause's end), each with its scope word."""
    out: dict[str, str] = {}
    for m in words_pattern(field, lang).finditer(text):
        rest = CLAUSE_OR_SENTENCE_END.split(text[m.end():], 1)[0]
        for stem in word_stems(" ".join(rest.split()[:_SCOPED + 1]), lang):
            out.setdefault(stem, m.group(0))
    return out


def scopes_widened(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """A thing the draft scopes to one of its kind stays scoped: "the discount applies to your
    first order" said as "to every order", "votre prochaine commande" as "toutes vos
    commandes" grants it for all. Only a thing the draft never scopes to all, and the rewrite
    no longer scopes to one."""
    d = plain(draft)
    one = _scoped(d, "single_scopes", lang)
    if not one:
        return []
    r = plain(rewrite)
    every = _scoped(r, "every_scopes", lang)
    # Said of all only where the rewrite no longer says it of one ("jede Woche zählt" beside
    # "nächste Woche fangen wir an" keeps next week's start).
    widened = sorted(set(one) & set(every) - set(_scoped(d, "every_scopes", lang))
                     - set(_scoped(r, "single_scopes", lang)))
    if not widened:
        return []
    w = widened[0]
    return [Violation("new_commitment", f"The draft says it of one (“{one[w]}”); the rewrite "
                      f"says it of all (“{every[w]}”): keep it to the one the draft names.",
                      "limit")]


@cache
def _joined_thing(lang: str | None) -> re.Pattern[str]:
    """An "and" closing its clause on one more thing: an article or possessive, or "of" with an
    article (group `of`), and at most two more words before the clause's end ("… and the
    socks", "… y los calcetines", "… und die Socken" before German's verb at the end, "… y de
    la cintura es gratuito"), or before words of the draft's own (group `tail`, read by
    `grants_widened`: "… and the battery for two years")."""
    codes = vocab.codes(lang)
    heads = vocab.alternation([*vocab.union("articles", codes),
                               *vocab.union("possessives", codes)])
    of = vocab.alternation(vocab.union("of_articles", codes))
    return re.compile(rf"{_joins(lang).pattern}\s+(?:(?P<of>{of})|{heads})(?:\s+|(?<=['’]))"
                      r"(?P<thing>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})"
                      r"(?P<tail>(?:[ \t]+[^\s,;:.!?)]+)*?)[ \t]*(?=[,;:.!?)]|$)",
                      re.I)


@cache
def _of_lead(lang: str | None) -> re.Pattern[str]:
    """An "of" with an article ("del", "de la", "of the", `of_articles`) opening a noun
    phrase, read before a thing joined on by "and of the" (`grants_widened`)."""
    of = vocab.alternation(vocab.union("of_articles", vocab.codes(lang)))
    return re.compile(rf"\b(?:{of})(?:\s|(?<=['’]))", re.I)


def _thing(clause: str, joined: re.Match[str], drafted: set[str],
           lang: str | None) -> tuple[set[str], set[str]]:
    """The stems of the thing `_joined_thing` found, and of the draft's words said after it.
    A thing new to the draft before words of the draft's own ("… and the battery for two
    years", "… und den Deckel diese Woche") is the words up to the first of them, one word
    new to the draft (two may be a thing and its verb: "… y el nuevo sale esta semana"), and
    only where the "and" goes on a clause that says something ("…, and the refund reaches you
    within 5 days" opens a clause of its own); otherwise it is none. A thing the draft names
    ("… e o crédito será carregado") is read as before, with nothing after it."""
    words = (joined.group("thing") + joined.group("tail")).split()
    new = next((i for i, w in enumerate(words) if (s := word_stems(w, lang)) and s <= drafted),
               len(words))
    if new in (0, len(words)):
        return (word_stems(joined.group("thing"), lang), set()) \
            if not joined.group("tail").strip() else (set(), set())
    thing, after = (word_stems(" ".join(part), lang) for part in (words[:new], words[new:]))
    if len(thing) != 1 or not word_stems(clause[:joined.start()], lang) or not after <= drafted:
        return set(), set()
    return thing, after


def grants_widened(draft: str, rewrite: str, lang: str | None,
                   granting: Callable[[str], bool]) -> list[Violation]:
    """A grant stays on what the draft grants: "we can refund the shoes" said as "we can refund
    the shoes and the socks", "die Garantie deckt den Motor und den Akku ab" grants one more
    thing. Only a clause of the draft that promises (`granting`), said again with all its
    words but a third at most, closing on an "and" and a thing the draft never names
    (`_joined_thing`)."""
    drafted = word_stems(plain(draft), lang)
    # "And of the" joins a thing only to a list of things "of" something ("del bajo y de la
    # cintura"); after anything else it says how ("sin coste y de la forma más rápida").
    joins = [(clause, joined, *found)
             for clause in _clauses(rewrite)
             if (joined := _joined_thing(lang).search(clause))
             and (found := _thing(clause, joined, drafted, lang))[0]
             and not (joined.group("of")
                      and not _of_lead(lang).search(clause, 0, joined.start()))
             and not vocab.negation(lang).search(clause)
             and not patterns("exceptions", lang).search(clause)]
    if not joins:  # the draft's promises are read only where a thing is joined on
        return []
    granted = drafted
    if any(not thing - drafted for _, _, thing, _ in joins):
        # A thing the draft names only apart from its grants, past a semicolon or a "but"
        # ("the diagnosis is free; the repair is paid" → "the diagnosis and the repair are
        # free"), is one more thing too; one named beside a grant ("the socks were a gift,
        # so we'll refund them too") is the grant's.
        but = vocab.alternation(vocab.union("contrasts", vocab.codes(lang)))
        cut = re.compile(rf";|\b(?:{but})\b", re.I)
        granted = {w for s in sentences(plain(draft)) for part in cut.split(s)
                   if granting(part) for w in word_stems(part, lang)}
    joins = [join for join in joins if join[2] - granted]
    if not joins:
        return []
    grants = [named for s in sentences(plain(draft)) for c in CLAUSE_MARKS.split(s)
              if len(named := word_stems(c, lang)) >= 2 and granting(c)]
    for clause, joined, thing, after in joins:
        # What the clause says before the thing joined on ("we refund the shoes and the
        # socks"); for a thing the draft keeps apart, after it too ("the diagnosis and the
        # repair are free"). (After a thing new to the draft, what follows may be a clause of
        # its own: "…de qualquer terminal e o crédito será carregado".)
        said = word_stems(clause[:joined.start()], lang)
        said |= after
        if not thing - drafted:
            said |= word_stems(clause, lang) - word_stems(joined.group("thing").split()[0], lang)
        if any(len(named - said) <= len(named) // 3 for named in grants):
            return [Violation("new_commitment", f"The rewrite grants one more thing than the "
                              f"draft (“{' '.join(joined.group(0).split())}”): keep it to what "
                              "the draft names.", "limit")]
    return []

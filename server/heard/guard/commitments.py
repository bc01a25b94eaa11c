"""Invariant 2: no commitment the draft does not make, compared by meaning, not by words.

Draft and rewrite are each read as a set of promises: what (refund, replacement, credit,
deadline, guarantee, escalation, and the team's own categories), whether it is conditional
("once we receive the photos"), hedged ("we may", "we'll try") and, for a deadline, the time
itself. A restatement in the agent's own voice or in active voice is the same element: "A
replacement can be shipped once we receive the photos" and "I'll ship your replacement as soon
as I have the photos" are one promise. A violation is a promise whose kind the draft does not
make, a deadline the draft does not set, a dropped condition or a firmer modality. A negated
one ("we can't refund") is no promise (the decision check keeps the "no"), except where the
"no" is what makes a thing free ("you won't pay anything for it" is "it's free of charge").
One phrase is one promise whatever kinds it reads as, and a promise is about what its own
clause names ("…, and your next order is on us" beside the draft's credit is a new one).
Each sentence is tested for the text some promise needs (a few substring tests), then scanned
once per category only when it holds some: linear in the draft's length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from heard import vocab
from heard.guard import literals, tense
from heard.guard.modality import able, chanced, hedges_in, supposed
from heard.guard.text import (
    CLAUSE,
    CLAUSE_MARKS,
    IF_OR_WHEN,
    apologies,
    clause_of,
    cue,
    excerpt,
    gist,
    norm,
    patterns,
    patterns_of,
    plain,
    purpose_end,
    required_before,
    sentences,
    stems,
    theirs_only,
    with_article,
    words_pattern,
)
from heard.guard.violation import Violation
from heard.prompts import Phrases
from heard.protect import AMOUNT_RE, MARKER_RE, RELATIVE_DAY_RE

_SHARED = 2  # stems two sentences share when they make the same promise
_NEAR = 4  # words before a promise in which a negation negates it
_WISHED = 8  # words a wish reaches on: a chat line without stops runs into the next thing said
_VOUCHED = 2  # words a guarantee of the draft's own promise may add ("personally", "safely")
# A free thing or a credit, whose condition says who qualifies ("within ⟦30⟧ days of
# purchase", "with a doctor's note"): said by its content, in any words. An act's condition
# is an event whose verb is what it waits for ("when the parcel arrives, we'll refund it").
_ELIGIBLE = frozenset({"credit", "discount"})
_MONEY = _ELIGIBLE  # one act, money the customer does not pay (`_kinds`)
# A free thing or a credit: a paragraph's own (`_paragraph_opens`). Not a refund: read so
# too, it let a check set's unsafe rewrite through (stop 48).
_PAID = _MONEY
# Money given, free or back: a word of how things usually go in a clause beside it leaves it
# firm (`_usual_beside`). Not a guarantee: "die Sitzung findet meist statt, garantieren können
# wir sie aber nicht" vouches for what the "meist" is about.
_GIVEN = _MONEY | {"refund"}


@dataclass(frozen=True)
class Promise:
    what: str
    phrase: str  # the words that make it, normalised
    excerpt: str  # the words with some context, for the warning
    conditional: bool
    hedged: bool
    content: frozenset[str]  # the stems and markers of its sentence: what it is about
    clause: frozenset[str] = frozenset()  # …and of its own clause: what exactly it promises
    at: tuple[int, int, int] = (0, 0, 0)  # its sentence and the span of its words there
    part: int = 0  # which clause of its sentence it is in
    wished: bool = False  # its only condition is the customer's wish ("if you need it, …")
    offered: bool = False  # its sentence offers it ("we can", "puede"): theirs to take or not
    able: bool = False  # hedged only by the future of "can" ("podrá"): "puede" keeps it
    asks: frozenset[str] = frozenset()  # the stems and markers of what its condition asks
    said: frozenset[str] = frozenset()  # the stems of its own words, whole ("reimbursed")
    impersonal: bool = False  # a rewrite's, said without us: passive or the customer's side


def reading(lang: str | None, replied: str | None) -> tuple[str, ...]:
    """The languages whose promise words a draft and its rewrite are read in: the draft's and
    the rewrite's own (a rewrite in another language is the language check's to flag, its
    promises are still named), every one's when the draft's is unknown. Never all of them at
    once for a known language: French "garanti" inside German "Garantie" (the warranty)
    promises nothing, and each language's words are tuned on that language alone."""
    return tuple(dict.fromkeys([*vocab.codes(lang), *([replied] if replied in vocab.LANGS
                                                      else [])]))


@cache
def _builtin_commitments(codes: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """Per category, one alternation of these languages' promise patterns, compiled once per
    set of languages."""
    merged = vocab.union_map("commitment_patterns", codes)
    # "by the end of the month", "antes de que termine la semana": a deadline as "by Friday"
    # is, with no date (`period_ends`); read first, so "d'ici la fin du mois" is read whole
    # where a shorter pattern would stop at "d'ici la fin".
    merged["deadline"] = [*(p for ends in vocab.union_map("period_ends", codes).values()
                            for p in ends), *merged.get("deadline", [])]
    return [(category, re.compile("|".join(f"(?:{vocab.expand(p)})" for p in patterns), re.I))
            for category, patterns in merged.items()]


@cache
def _period_ends(lang: str | None) -> list[tuple[str, re.Pattern[str]]]:
    """Per period ("month"), the deadlines at its end (`period_ends`) as one pattern."""
    return [(period, re.compile("|".join(ends), re.I))
            for period, ends in vocab.union_map("period_ends", vocab.codes(lang)).items()]


def _period_end(phrase: str, lang: str | None) -> str:
    """The period whose end a deadline names ("month" for "before the month is out" and "by
    the end of the month" alike), or ""."""
    return next((period for period, ends in _period_ends(lang) if ends.search(phrase)), "")


@lru_cache(maxsize=64)
def _commitment_patterns(team: tuple, codes: tuple[str, ...]
                         ) -> list[tuple[str, bool, re.Pattern[str]]]:
    """Per category: the commitment words (built-in and the team's), then promise patterns;
    the flag says "a word", which a "no" anywhere in its sentence negates ("as for the refund,
    it cannot be refunded"), where a promise pattern is negated only within its clause."""
    merged = vocab.union_map("commitment_words", codes)
    # "dès maintenant" sets a time as "tout de suite" does, in a draft as in a rewrite.
    merged["deadline"] = [*merged.get("deadline", []), *vocab.union("immediately", codes)]
    for code, categories in team:
        if code in vocab.LANGS and code not in codes:
            continue  # the team's words of another language; one Heard has none of is read
        for category, terms in categories:
            merged.setdefault(category, [])
            merged[category] += [t for t in terms if t not in merged[category]]
    out = []
    for category, terms in sorted(merged.items()):
        cleaned = sorted({norm(t).strip() for t in terms if t.strip()}, key=len, reverse=True)
        if cleaned:
            out.append((category, True, re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(t) for t in cleaned) + ")")))
    out += [(category, False, pattern) for category, pattern in _builtin_commitments(codes)]
    return out


@lru_cache(maxsize=64)
def _needed(team: tuple, codes: tuple[str, ...]
            ) -> tuple[tuple[str, ...] | None, list[tuple[str, ...] | None]]:
    """The text some promise word or pattern needs (literals.py), over all of them and per
    category: a sentence with none of it promises nothing and costs a few substring tests,
    and one that has some is scanned only by the categories whose text it holds."""
    each = [literals.needed(p.pattern) for _, _, p in _commitment_patterns(team, codes)]
    return literals.fewest(each), [literals.fewest([n]) for n in each]


def _negated_before(before: str, lang: str | None, after: str = "") -> bool:
    """A negation in the few words before a promise, in its clause: "we cannot refund", not a
    "don't" far back or in a clause before ("we don't stock it, so we'll refund you"). A
    negation that reaches only the act it leads to counts when it ends there, however many
    words it takes: "sans que je puisse la garantir", "without my being able to guarantee it",
    "außerhalb dessen, was ich garantieren kann". A negation that only restricts is read
    with the words `after` it in its clause: "nous ne remplacerons la bouilloire que si…" is
    "only if", no refusal."""
    clause = CLAUSE.split(before)[-1]
    words = clause.split()[-_NEAR:]
    near_words = " ".join(words)
    if any(n.start() < len(near_words) for n in vocab.negation(lang).finditer(
            near_words + " " + CLAUSE.split(after)[0])):
        return True
    said = _something_that(lang).search(clause)
    if said and vocab.negation(lang).search(clause, 0, said.start()):
        return True  # "não é coisa que eu consiga garantir", "isn't something we can offer"
    near = len(before) - len(" ".join(words)) - (len(clause) - len(clause.rstrip()))
    return any(n.end() > near for n in vocab.scoped_negation(lang).finditer(before))


def _ran_on(sentence: str, m: re.Match[str], lang: str | None) -> str:
    """`sentence` with a condition blanked out that holds a "no" and runs on, with no comma,
    into an act of ours before the promise `m`: "if it doesn't work we'll refund you", "si no
    funciona le devolvemos el dinero", "si ça ne marche pas on vous rembourse", "se não
    resolver devolvemos-lhe o valor", "wenn es nicht klappt erstatten wir" (German puts our
    "wir" after the verb, so the act may stand just after the promise's words). That "no" is
    what the promise waits for, it refuses nothing, as `_unable` and `_unvouched` read one.
    A word that is no "no" must stand between the condition's first "no" and our act, and one
    between its last "no" and our act, no object pronoun (`object_clitics`), unless we or I
    open the act (`subject_pronouns`): in "if
    it's late we won't refund it", "si llega dañado no le devolvemos nada", "si no funciona
    no le devolvemos nada" the "no" is the act's own (our "we" stands before it, or it leads
    straight into our verb). An act after the promise is another ("…we can't refund it but
    we'll repair it")."""
    start = len(sentence[:m.start()]) - len(CLAUSE.split(sentence[:m.start()])[-1])
    end = start + len(CLAUSE.split(sentence[start:])[0])
    opened = cue(IF_OR_WHEN, lang).search(sentence, start, m.start())
    if not opened:
        return sentence
    negation = vocab.negation(lang)
    # Its "no" may be the cue's own ("se não", "si no": "if not").
    nos = [n for n in negation.finditer(sentence, opened.start()) if n.start() < m.start()]
    if not nos:
        return sentence
    reach = m.end() + len(_WORD_REST.match(sentence, m.end()).group(0)) + 1  # "erstatt|en wir"
    for ours in (_ours(lang), patterns("our_present", lang)):
        for act in ours.finditer(sentence, nos[-1].end(), end):
            if act.start() > reach:
                break
            # A word of the condition's own after its "no", and none right before our act
            # unless the act opens on our subject ("…ne marche pas on vous rembourse").
            if re.search(r"\w", negation.sub(" ", sentence[nos[0].end():act.start()])) and (
                    re.search(r"\w", words_pattern("object_clitics", lang).sub(
                        " ", sentence[nos[-1].end():act.start()]))
                    or words_pattern("subject_pronouns", lang).match(sentence, act.start())):
                cut = min(act.start(), m.start())
                return sentence[:opened.start()] + " " * (cut - opened.start()) + sentence[cut:]
    return sentence


def _unable(before: str, lang: str | None) -> bool:
    """Our "can" refused in the promise's clause before it (`inabilities`: "I can't", "não
    consigo", "je ne peux", "wir können nicht"), however many words on the promise comes: the
    inability governs the verb it opens and all that verb takes ("I can't run the clinic again
    free", "é por isso que não consigo fazer a reimpressão sem custo"). Not where a clause of
    its own opens between them (`_openers`: "we can't wait so that the repair stays free"), nor
    an inability inside a condition or a reason running on, with no comma, into the promise
    ("if we can't fix it we'll replace it free", "since I can't refund you I'll add a free
    session": the "can't" is what the promise waits for, or why it is made). Read in a
    rewrite, as `_negated_after`: a draft's refusal read as a promise only lets the rewrite say
    the same again."""
    clause = CLAUSE.split(before)[-1]
    that = words_pattern("complementizers", lang)
    for unable in patterns("inabilities", lang).finditer(clause):
        # A "that" before it opens the clause the promise is in too ("é por isso que não
        # consigo…"), as a cause that is an adverb of it does (`_openers`).
        if not any(not that.fullmatch(o.group(0).strip())
                   for o in _openers(clause, lang, unable.start())) \
                and next(_openers(clause[unable.end():], lang), None) is None:
            return True
    return False


def _negated_after(m: re.Match[str], lang: str | None) -> bool:
    """A negation closing the promise's own clause, after the act put first: "Zurückerstatten
    können wir die Gebühr nicht mehr", "die Versandkosten können wir leider nicht übernehmen"
    (a "no" the promise's words reach over, not one they end on: "berechnen wir Ihnen nicht"
    is "it's free"). Only where nothing between opens a clause of its own — a condition, a
    purpose, a reason, a "that" ("den Ersatz schicken wir damit Sie nicht warten"): the "no"
    is that clause's. Read in a rewrite: a draft's refusal read as a promise only lets the
    rewrite say the same again."""
    closing = _closing(lang)
    if closing is None:
        return False
    clause = CLAUSE.split(m.string[m.start():])[0]
    end = closing.search(clause)
    if not end or end.start() == 0:
        return False  # "nicht berechnen": the "no" is the promise's own first word
    own = end.start() < len(m.group(0))
    if own and not m.string[m.start() + end.start():m.end()].split()[1:]:
        return False  # "berechnen wir Ihnen nicht": the pattern ends on its "no"
    if own and not m.re.search(_without_word(m.group(0), end.start())):
        return False  # "wird nicht unterbrochen": a promise that needs its "no" to be one
    return next(_openers(clause, lang, end.start()), None) is None


def _without_word(text: str, at: int) -> str:
    """`text` without its word at `at`."""
    rest = text[at:].split(maxsplit=1)
    return text[:at] + (rest[1] if len(rest) > 1 else "")


_WORD_REST = re.compile(r"\w*")


def _refused_after(m: re.Match[str], lang: str | None) -> bool:
    """The act named first and refused after it in its own clause, by a "no" before what
    would make it possible: "ese descuento no puedo ofrecérselo", "o desconto também não é
    possível", "le remboursement intégral n'est pas possible", "a refund isn't something we
    can offer", "a discount isn't something I'm able to give", "o desconto não lhe consigo
    dar" (`granting`). Only up to what opens a clause of its own ("a discount that you can't
    get elsewhere", "a refund if we can't repair it": the "no" is that clause's). Read in a
    rewrite, as `_negated_after`."""
    after = m.string[m.end():]
    after = after[len(_WORD_REST.match(after).group(0)):]  # "garanti|e": its word's own end
    clause = CLAUSE.split(after)[0]
    if after[len(clause):].startswith(":") and len(clause.split()) <= _VOUCHED:
        # The act as a label, its answer after the colon: "Reposición completa sin cargo:
        # no es posible", "Rückerstattung: leider nicht möglich".
        clause = CLAUSE.split(after[len(clause) + 1:])[0]
    elif after[len(clause):].startswith(",") and len(clause.split()) <= _NEAR \
            and len(CLAUSE.split(m.string[:m.start()])[-1].split()) <= _VOUCHED + 1:
        # The act put first and taken up after the comma by a word that stands for it: "les
        # ⟦5⟧ de remise, je ne peux pas les accorder", "une garantie, je ne peux pas te la
        # donner" ("j'ai appliqué une remise, je ne peux pas faire plus" refuses the more).
        taken = CLAUSE.split(after[len(clause) + 1:])[0]
        if patterns("resumptives", lang).search(taken):
            clause = taken
    clause = _cut_at_opener(clause, lang)
    no = vocab.negation(lang).search(clause)
    return bool(no) and bool(cue("options+granting", lang).search(clause, no.end()))


@cache
def _something_that(lang: str | None) -> re.Pattern[str]:
    """A "something" and the "that" describing it, the act the rest of its clause names."""
    codes = vocab.codes(lang)
    return re.compile(words_pattern("somethings", lang).pattern
                      + r"(?:\s+(?:" + vocab.words(vocab.union("complementizers", codes))
                      + r"))?(?!\w)(?:\s+\S+){0,3}\s*$", re.I)


def _cut_at_opener(clause: str, lang: str | None) -> str:
    """The clause up to what opens a clause of its own in it, past a "that" which describes a
    "something" ("a refund is something that we can't offer", "não é coisa que eu consiga")."""
    somethings = words_pattern("somethings", lang)
    for inner in _openers(clause, lang):
        if not somethings.search(clause[:inner.start()].rstrip().rsplit(" ", 1)[-1]):
            return clause[:inner.start()]
    return clause


def _openers(clause: str, lang: str | None, end: int | None = None
             ) -> Iterator[re.Match[str]]:
    """What opens a clause of its own in `clause` (before `end`), `_opens`: not a cause that is
    an adverb of the clause it stands in after a word of it ("eine kostenlose Reparatur ist
    deshalb nicht möglich", "un remboursement n'est donc pas possible", "a refund is therefore
    not possible": the "no" is still the act's own clause's)."""
    adverbs = words_pattern("cause_adverbs", lang)
    for inner in _opens(lang).finditer(clause, 0, len(clause) if end is None else end):
        if clause[:inner.start()].strip() and adverbs.fullmatch(inner.group(0).strip()):
            continue
        yield inner


@cache
def _closing(lang: str | None) -> re.Pattern[str] | None:
    found = vocab.union("closing_negations", vocab.codes(lang))
    return re.compile(r"(?<!\w)(?:" + "|".join(found) + r")[\s.!?)\"'»]*$", re.I) \
        if found else None


@cache
def _opens(lang: str | None) -> re.Pattern[str]:
    """What opens a clause of its own inside another: a condition, a purpose, a reason, a
    "that"."""
    codes = vocab.codes(lang)
    return re.compile("|".join([cue(IF_OR_WHEN, lang).pattern,
                                cue("purposes+causes", lang).pattern,
                                r"(?<!\w)(?:" + vocab.words(vocab.union("complementizers", codes))
                                + r")(?!\w)"]), re.I)


@cache
def _bare_without(lang: str | None) -> re.Pattern[str]:
    """A "without" at most one word before what it leaves out, at the end of the text, with
    the "that" that makes the act its own clause between them: "sans que le remboursement
    soit automatique", "sin que el reembolso sea inmediato", "ohne dass die Erstattung"."""
    codes = vocab.codes(lang)
    that = vocab.words(vocab.union("complementizers", codes)) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + vocab.words(vocab.union("withouts", codes))
                      + rf")(?:\s+(?:{that}))?(?:\s+[^\s,;:.!?]+)?\s*$", re.I)


def _unvouched(before: str, lang: str | None) -> bool:
    """A guarantee its own clause refuses: a "no" anywhere before it there, however far
    ("but no session can be guaranteed in advance", "aucune place ne peut être garantie"),
    or a "without" right before it ("sans garantie", "without any guarantee"). A "no" that
    we or I act after ("don't worry we guarantee it"), or inside a condition or a "whether"
    ("if it doesn't run your place is guaranteed", "llueva o no"), refuses nothing; nor does
    a "no" after it ("we guarantee you won't be charged", "das fällt garantiert nicht aus")."""
    clause = CLAUSE.split(before)[-1]
    if _bare_without(lang).search(clause):
        return True
    if cue("conditions+whethers", lang).search(clause):
        return False
    nos = list(vocab.negation(lang).finditer(clause))
    return bool(nos) and not _ours(lang).search(clause, nos[-1].end())


def _scanned(folded: str, team: tuple, codes: tuple[str, ...]
             ) -> list[tuple[str, bool, re.Pattern[str]]]:
    """The promise words and patterns whose text `folded` (folded by literals.FOLD) holds:
    none for a text that promises nothing, found by a few substring tests."""
    needed, each = _needed(team, codes)
    if needed is not None and not any(t in folded for t in needed):
        return []
    return [p for p, need in zip(_commitment_patterns(team, codes), each, strict=True)
            if need is None or any(t in folded for t in need)]


def _team(phrases: Phrases) -> tuple:
    """The team's own commitment words, hashable for the pattern caches (the built-in ones
    are the same for every request)."""
    return tuple((code, tuple((c, tuple(terms)) for c, terms in sorted(categories.items())))
                 for code, categories in sorted(phrases.commitment.items()))


def promises(text: str, phrases: Phrases, lang: str | None = None,
             drafted: bool = False, read: tuple[str, ...] = (),
             theirs: str = "", stood: tuple[frozenset[str], ...] = (),
             impersonal: bool = False, amounts: frozenset[str] = frozenset()) -> list[Promise]:
    """Every promise in `text` (masked, plain or HTML), negated ones left out. A draft's
    promise is hedged by a hedge in its own clause up to a semicolon ("we cover the hotel;
    claims are normally assessed in 7 days" covers the hotel firmly); a rewrite's by one
    anywhere in its sentence, so a "may" moved within the sentence is never called lost.
    Promise words are those of the languages `read` (`reading`), else of `lang`'s. `theirs`:
    the customer's message, whose own deadline quoted back is no promise (`_their_deadline`).
    `stood`: the draft's states (tense.states), which a plain "today" may date (`_told`).
    `impersonal`: a rewrite's money back said without us is read too (`_impersonal`), in a
    clause naming money: one of `amounts` (the markers of amounts), an amount, a money noun."""
    theirs = norm(plain(theirs))
    out: list[Promise] = []
    team = _team(phrases)
    codes = read or tuple(vocab.codes(lang))
    previous, promised = "", False
    said_without_us = {id(a[2]) for a in _impersonal(codes)} if impersonal else set()
    split = sentences(norm(plain(text)))
    opens = _paragraph_opens(text, len(split)) if drafted else frozenset()
    for at, sentence in enumerate(split):
        if _ITEM.fullmatch(sentence):
            # A list item's number standing as a sentence of its own ("⟦3⟧." before "Then
            # it's your choice: we replace her, or we refund…") marks the next item: the "if"
            # of the item before carries over it as it would with no number between.
            continue
        scanned = _scanned(sentence.translate(literals.FOLD), team, codes)
        if drafted:
            scanned = [*scanned, *(a for a in _drafted(codes) if a[2].search(sentence))]
        elif impersonal:  # "se devolverá todo el dinero", "das Geld bekommen Sie zurück"
            scanned = [*scanned, *(a for a in _impersonal(codes)
                                   if any(_money(sentence, m, codes, amounts)
                                          for m in a[2].finditer(sentence)))]
        # "le devolveremos el depósito" gives money back, "le devolveremos la bici" a thing.
        # Its money may be named before, where a pronoun takes it up ("su señal sigue siendo
        # válida. Si lo prefiere, se la devolvemos"): read in its sentence and the one before.
        given = patterns_of("given_back", codes)
        if given.search(sentence) and _money(previous + " " + sentence, None, codes, amounts):
            scanned += [("refund", False, given)]
        if not scanned:
            previous, promised = sentence, False  # no promise here: nothing to read
            continue
        # A condition may sit in the sentence before ("Does it not move? Reply, and we…",
        # "You'll need the receipt. Then we…"); a "when" or "after" there belongs to that
        # sentence's own promise when it makes one ("send the photos within ⟦3⟧ days after
        # delivery. We'll ship…").
        carried_up = _sets_up(previous, promised, lang, drafted)
        set_up = carried_up or previous.endswith("?") \
            or required_before(previous, sentence, lang)
        # A free thing or a credit a draft gives at a paragraph's start is not held by the
        # "if" the paragraph before ends on (`_paragraph_opens`), unless that one ends on a
        # colon to lead it in.
        paid_up = set_up and not (carried_up and at in opens and not previous.endswith(":")
                                  and not previous.endswith("?")
                                  and not required_before(previous, sentence, lang))
        own_condition = _conditioned(sentence, lang)
        conditional = own_condition or set_up
        wished = conditional and _wished(sentence, lang) and not set_up
        carried = cue(IF_OR_WHEN if not promised else "conditions", lang)
        prior = previous
        previous, promised = sentence, False
        content: frozenset[str] | None = None  # stemmed only when the sentence promises
        asks: frozenset[str] = frozenset()
        hedges = hedges_in(sentence, lang, frequent=False)
        supposing = not drafted and (supposed(sentence, lang) or chanced(sentence, lang))
        reasons = [(r.start(), _clause_end(sentence, r.end()))
                   for r in patterns("reason_openers", lang).finditer(sentence)]
        negated = bool(vocab.negation(lang).search(_unconditioned(sentence, lang)))
        nos_here = bool(vocab.negation(lang).search(sentence))  # `_ran_on` needs one
        # A promise whose own words hold a "no" ("at no extra cost", "won't be charged"):
        # that "no" makes a thing free, it refuses no other promise of the sentence.
        freeing = tuple(sorted((x.start(), x.end()) for _, _, pattern in scanned
                               for x in pattern.finditer(sentence)
                               if vocab.negation(lang).search(x.group(0)))) if drafted else ()
        for what, word, pattern in scanned:  # only what its words may make
            for m in pattern.finditer(sentence):
                if id(pattern) in said_without_us and not _money(sentence, m, codes, amounts):
                    continue  # "vous récupérez la voiture": a thing given back, no refund
                if what == "credit" and _owned_fault(sentence, m, prior, codes, amounts):
                    continue  # "it didn't, and that's on us": our fault, nothing given
                promised = True
                ran = _ran_on(sentence, m, lang) if nos_here else sentence
                negated_here = negated and word and not drafted \
                    and _refused_in(ran, m.start(), lang)
                if what != "deadline" and ((word and (_negated_part(ran, m, lang, freeing)
                                                      if drafted else negated_here))
                                           or _negated_before(ran[:m.start()], lang,
                                                              ran[m.start():])
                                           or (not drafted and (_negated_after(m, lang)
                                                                or _refused_after(m, lang)
                                                                or _unable(sentence[:m.start()],
                                                                           lang)))):
                    continue
                if what == "guarantee" and _unvouched(sentence[:m.start()], lang):
                    continue
                left = CLAUSE.split(sentence[:m.start()])[-1]  # the promise's clause so far
                if _bare_without(lang).search(left):
                    continue  # "sin descuento", "without a refund": the act left out
                if _wanted(sentence, m, lang):
                    continue  # "you'd rather have your money back": theirs, not a promise
                if cue("counterfactuals", lang).search(left):
                    continue  # "I wish I could send the money back": what we cannot do
                before, after, done = _states(lang)
                if what == "escalation" and not done.match(sentence, m.start()) and (
                        before.search(sentence, max(0, m.start() - 24), m.start())
                        or (lang == "de" and after.match(sentence, m.end()))):
                    continue  # "this is urgent": how things are, not what we do about it
                if _theirs(lang).search(left):
                    continue  # "your admin needs to upload the new one": their act
                # A word of no delay ("immediately", "tout de suite") that times no act of
                # ours: their step hurried ("please see a doctor immediately"), this reply
                # ("je vous rassure tout de suite : …"), a lapse admitted ("we should have
                # rung you straight away").
                if what == "deadline" and words_pattern("immediately", lang).fullmatch(
                        m.group(0).strip()) and (_urged(left, lang)
                                                 or _spoken(left, sentence, m, lang)
                                                 or _lapsed(left, lang)):
                    continue
                if what == "notification" and _answering(sentence, m, scanned, lang):
                    continue  # "le respondo a sus dos preguntas": this reply, as it is read
                if what == "deadline" and _elapsed(lang)[0].match(sentence, m.end()) \
                        and not _elapsed(lang)[1].match(m.group(0)):
                    continue  # "2 days before the renewal": a time between two events
                if what == "deadline" and _thanked(sentence[:m.start()], lang):
                    continue  # "thank you for telling us straight away": when they acted
                if what == "deadline" and _thanked_story(sentence, m, lang):
                    continue  # "thanks for the photos: they showed it straight away"
                right = CLAUSE.split(sentence[m.end():])[0]
                if what == "deadline" and _told(m.group(0), left + m.group(0) + right, scanned,
                                                lang, stood):
                    continue  # "you were stuck at the airport tonight": it dates their story
                if what == "deadline" and _their_deadline(m.group(0), left + m.group(0) + right,
                                                          theirs, lang):
                    continue  # "con la homologación pendiente antes del ⟦14⟧": their own
                paid = what in _PAID and set_up and not paid_up
                if content is None:
                    content = frozenset(stems(sentence, lang))
                    if conditional:
                        asks = _asking(_asked(sentence, prior if set_up else "", carried, lang),
                                       lang)
                if paid:  # its condition is its own sentence's only, if any
                    held = own_condition
                    asked = _asking(_asked(sentence, "", carried, lang), lang) \
                        if held else frozenset()
                    wish = held and _wished(sentence, lang)
                else:
                    held, asked, wish = conditional, asks, wished
                lo = sentence.rfind(";", 0, m.start()) + 1 if drafted else 0
                hi = sentence.find(";", m.end()) % (len(sentence) + 1) if drafted \
                    else len(sentence)
                own = [h for h in hedges
                       if lo <= h.start() < hi and not _aside(h.start(), m.start(), reasons)
                       and not (drafted and what in _GIVEN
                                and _usual_beside(sentence, h, m, lang))]
                # A rewrite saying it as one possibility or what would happen ("one option
                # is to…", "would follow") says it as softly as "may".
                hedged = bool(own) or bool(supposing)
                # Offered in its own clause ("podemos enviársela"), not by an option beside
                # it ("we'll post it, and you can track it online").
                offered = bool(cue("options", lang).search(left + m.group(0) + right))
                out.append(Promise(what, " ".join(m.group(0).split()),
                                   excerpt(sentence, m.start(), m.end()), held, hedged,
                                   content, frozenset(stems(left + m.group(0) + right, lang)),
                                   (at, m.start(), m.end()),
                                   len(CLAUSE.findall(sentence, 0, m.start())), wish,
                                   offered, hedged and all(able(h.group(0), lang)
                                                           for h in own),
                                   asked - stems(m.group(0), lang),
                                   frozenset(stems(_whole(sentence, m.start(), m.end()), lang)),
                                   id(pattern) in said_without_us))
    return out


def _negated_part(sentence: str, m: re.Match[str], lang: str | None,
                  freeing: tuple[tuple[int, int], ...] = ()) -> bool:
    """A draft's promise word negated by a "no" in its own part of the sentence, up to a
    semicolon, as a draft's hedge is read: "your deposit is refundable in full if you cancel
    now; after that, ⟦8⟧ of it is not refundable" refunds the deposit before that. A "no"
    inside a condition refuses nothing (`_unconditioned`), nor one before a colon the promise
    comes after ("your deposit is not lost: we'd refund it in full" — the colon opens what
    is done instead; "Refund: not possible" still refuses, its "no" after the colon), nor one
    that is a promise's own words (`freeing`: "you can stay at no extra cost, or withdraw
    and receive your fee back" — "no extra cost" makes a thing free, it refuses nothing)."""
    lo = max(sentence.rfind(";", 0, m.start()), sentence.rfind(":", 0, m.start())) + 1
    hi = sentence.find(";", m.end())
    hi = hi if hi >= 0 else len(sentence)
    # What it leaves out, after a "but" ("on te rembourse le prix, mais pas la location", "we
    # refund the fare but not the fee"): the "no" is the exception's, the act is still made.
    for but in _contrast_word(lang).finditer(sentence, m.end(), hi):
        if vocab.negation(lang).match(sentence, but.end()):
            hi = but.start()
            break
    own = [(s, e) for s, e in freeing if not s <= m.start() < e]
    part = "".join(" " * (e - s) if any(a <= s and e <= b for a, b in own)
                   else sentence[s:e] for s, e in _pieces(lo, hi, freeing))
    return _refused_in(part, m.start() - lo, lang, IF_OR_WHEN)


def _refused_in(text: str, at: int, lang: str | None, cues: str = "conditions") -> bool:
    """A "no" of `text` outside its conditions refuses the promise word at `at`: one after it
    ("as for the refund, it cannot be refunded"), or one before it, unless the promise's own
    clause comes after the "no"'s and we act in it ("which isn't a service we provide, and
    I'll arrange a replacement", "we can't repair it, so we'll replace it": that "no" is an
    earlier clause's). Not a "we" in the "no"'s own clause ("I don't think we'll be able to
    send a replacement")."""
    negation = vocab.negation(lang)
    text = _unconditioned(text, lang, cues, blank=True)
    if negation.search(text, at):
        return True
    # Read in the whole text: a "no" is told from "ne … que" ("only") by what follows it.
    nos = [n for n in negation.finditer(text) if n.start() < at]
    if not nos:
        return False
    # The promise's own clause, after the "no"'s, opened by our act: "I'll", "we're sending",
    # "I'll make sure" (not a bare "I": "I can't refund it, I'm afraid, as our terms only
    # allow refunds…" still refuses the second).
    opens = at - len(CLAUSE.split(text[:at])[-1])
    return not (opens > nos[-1].end() and any(
        patterns(field, lang).search(text, opens, at)
        for field in ("our_future", "our_present", "taking_charge")))


@cache
def _contrast_word(lang: str | None) -> re.Pattern[str]:
    """A "but" and the space after it."""
    return re.compile(r"(?<!\w)(?:" + vocab.words(vocab.union("contrasts", vocab.codes(lang)))
                      + r")\s+", re.I)


def _pieces(lo: int, hi: int, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """[lo, hi) cut at the edges of `spans`."""
    cuts = sorted({lo, hi, *(x for s, e in spans for x in (s, e) if lo < x < hi)})
    return list(pairwise(cuts))


@cache
def _drafted(codes: tuple[str, ...]) -> list[tuple[str, bool, re.Pattern[str]]]:
    """Promises a draft makes without saying "we": a thing the warranty, the contract or the
    price pays for is free ("a peça está coberta pela garantia" → "a peça sai de graça"), and
    money back said in the passive or from the customer's side is our refund or discount ("el
    depósito se le devuelve", "bekommt ihr sie zurück" → "we'll refund it"), and a thing put in
    place of another is our replacement ("un risotto à la place de l'agneau" → "un risotto
    remplacera l'agneau", "peças trocadas" → "peças substituídas"). Read in a draft
    only: a rewrite that says so where the draft does not is the other checks' to judge, as
    before. A draft sentence with any negation in the act's part of it, up to a semicolon
    (`_negated_part`), reads none of them ("no se le devuelve")."""
    covered = "|".join(vocab.union("covered_patterns", codes))
    acts = [("credit", False, re.compile(covered, re.I))] if covered else []
    return acts + [(what, True, re.compile("|".join(found), re.I))
                   for what, found in vocab.union_map("drafted_acts", codes).items() if found]


_GIVEN_BACK = frozenset({"refund", "discount"})  # the drafted acts that are money back


@cache
def _impersonal(codes: tuple[str, ...]) -> list[tuple[str, bool, re.Pattern[str]]]:
    """The acts of `_drafted` said in the passive or from the customer's side ("se le
    devolverá el importe", "das Geld bekommen Sie zurück", "you'll get it back"), read in a
    rewrite: money back promised without "we" is still our promise. What the warranty or the
    price covers is left out: "c'est inclus", "está incluido" describe, they promise nothing."""
    # A substitution the draft describes ("a risotto instead of the lamb") is read as its
    # replacement in a draft only: in a rewrite, money beside it ("a €20 credit instead of a
    # refund") says what is given, not that we replace something.
    # A fix or an extension the draft says in any words is money back said without "we" no
    # more than "the repair costs ⟦5⟧" promises the repair.
    return [a for a in _drafted(codes) if a[1] and a[0] in _GIVEN_BACK]


_AMOUNT = re.compile(AMOUNT_RE.pattern, re.I)  # read in lower case ("eur 25")


def _money(sentence: str, m: re.Match[str] | None, codes: tuple[str, ...],
           amounts: frozenset[str]) -> bool:
    """Whether the clause of `m` (without `m`, the sentence) names money: an amount's marker,
    an amount, a money noun. "Se le devolverá la fianza" gives money back; "vous récupérez
    la voiture", "Sie bekommen Ihr Rad zurück", "you'll get it back" give back a thing, or say
    nothing of what."""
    clause = sentence if m is None else clause_of(sentence, m)
    return any(x.group(0) in amounts for x in MARKER_RE.finditer(clause)) \
        or bool(_AMOUNT.search(clause) or patterns_of("money_nouns", codes).search(clause))


def _owned_fault(sentence: str, m: re.Match[str], before: str, codes: tuple[str, ...],
                 amounts: frozenset[str]) -> bool:
    """Whether a credit's words own a fault and no more: "that's on us" ("das geht auf uns")
    with no money named in its sentence or the one before. "The fee? That's on us." and
    "that's on us, so the ⟦2⟧ fee is waived" give; "the office should have called you, and
    that's on us" says whose the mistake is."""
    said = CLAUSE.split(sentence[:m.start()])[-1] + m.group(0)
    if not any(o.end() == len(said) for o in patterns_of("owned_faults", codes).finditer(said)):
        return False
    return not _money(before + " " + sentence, None, codes, amounts)


def _answering(sentence: str, m: re.Match[str], scanned: list[tuple[str, bool, re.Pattern[str]]],
               lang: str | None) -> bool:
    """A reply word in the present that is this reply answering ("le respondo a sus dos
    preguntas", "ich antworte Ihnen auf Ihre Fragen"): no word we send later, unless its
    sentence sets it on a condition or ahead ("le respondo sobre el informe en cuanto lo
    tenga", "ich antworte Ihnen morgen darauf") or its clause sets a deadline ("antes del
    ⟦3⟧")."""
    answer = patterns("answering", lang).search(sentence, max(0, m.start() - 12))
    if not answer or answer.start() > m.start() or answer.end() < m.end() - 1:
        return False
    clause = clause_of(sentence, m)
    return not cue("conditions+ahead+immediately", lang).search(sentence) and not any(
        what == "deadline" and pattern.search(clause) for what, _, pattern in scanned)


def _whole(sentence: str, start: int, end: int) -> str:
    """The words a match spans, each whole: "reimburs" in "reimbursed" is "reimbursed"."""
    while start > 0 and sentence[start - 1].isalnum():
        start -= 1
    while end < len(sentence) and sentence[end].isalnum():
        end += 1
    return sentence[start:end]


def _told(time: str, clause: str, scanned: list[tuple[str, bool, re.Pattern[str]]],
          lang: str | None, stood: tuple[frozenset[str], ...] = ()) -> bool:
    """A day ("tonight", "heute", "esta noche") in a clause that tells what has happened and
    promises nothing else ("your refund was issued today" names a refund: the day is the
    refund's, judged as before). Only a day: "straight away" or "within ⟦3⟧ days" in a story
    still reads as how fast we act, and is judged as a deadline. A plain "today" beside a
    verb of how things stand, in a state the draft gives (`stood`, tense.states: "vous êtes
    aujourd'hui en ⟦2⟧ position" for "vous êtes actuellement en ⟦2⟧ position"), dates nothing."""
    return bool(RELATIVE_DAY_RE.search(time)) and (
        tense.happened(clause, lang) or tense.standing(clause, lang, stood)) and not any(
        what != "deadline" and pattern.search(clause) for what, _, pattern in scanned)


@cache
def _thanks_again(lang: str | None) -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + vocab.words(vocab.union("thanks_again", vocab.codes(lang)),
                                              longest_first=True) + r")(?!\w)", re.I)


def _thanked(before: str, lang: str | None) -> bool:
    """What leads up to a time (`before`, its sentence so far) is a thanks for what the
    customer did: in the time's own clause ("thank you for telling us straight away"), or
    carried on to it after "and" ("thank you for renewing, and for flagging it straight
    away", "merci pour votre message et pour avoir signalé…"). A clause of its own after the
    thanks ("thanks for waiting, and we'll ship it today") is no thanks."""
    for clause in reversed(CLAUSE.split(before)):
        if cue("thanks", lang).search(clause):
            return True
        if clause.strip() and not _thanks_again(lang).match(clause):
            return False
    return False


def _thanked_story(sentence: str, m: re.Match[str], lang: str | None) -> bool:
    """"Straight away" ("sofort", "tout de suite") in a clause telling what happened, in a
    sentence that thanks the customer ("thanks for the screenshots — they made the problem
    clear straight away"): how fast what they sent worked, no time we set. A passive there
    ("the invoice was sent straight away") is a thing done, ours to judge as a deadline."""
    start = sentence.rfind(";", 0, m.start()) + 1  # the thanks of its own part of the sentence
    clause = clause_of(sentence, m)
    now = words_pattern("immediately", lang)
    return bool(now.search(m.group(0))) and not MARKER_RE.search(m.group(0)) \
        and bool(cue("thanks", lang).search(sentence, start, m.start())) \
        and tense.happened(clause, lang) and not patterns("passives", lang).search(clause)


def _their_deadline(time: str, clause: str, theirs: str, lang: str | None) -> bool:
    """A deadline the customer set themselves, said again with their words and their date
    ("antes del ⟦14⟧" for their "antes del ⟦14⟧", "before your exam on ⟦3⟧"), in a clause
    that neither foretells nor tells what our act leads to: their situation quoted back. "We
    will send it before ⟦14⟧", "para que lo tenga antes del ⟦14⟧" still promise it."""
    return bool(theirs) and bool(MARKER_RE.search(time)) and " ".join(time.split()) in theirs \
        and not (patterns("future", lang).search(clause)
                 or patterns("our_future", lang).search(clause)
                 or cue("results", lang).search(clause))


def dated_story(clause: str, phrases: Phrases, lang: str | None,
                read: tuple[str, ...] = (), stood: tuple[frozenset[str], ...] = ()) -> bool:
    """`clause` (normalised) tells the customer's story or how things stand now, and makes
    no promise: a relative day in it ("you were stuck at the airport tonight", "hoy no hay
    stock" for the draft's "no hay stock": `stood`) dates what happened or says "as things
    stand", no new date of ours. So does what one apologises for, unless it foretells
    ("sorry for last night's wait", "pardon pour cette nuit difficile"; not "sorry, it ships
    tomorrow")."""
    return (tense.happened(clause, lang) or tense.standing(clause, lang, stood)
            or (bool(apologies(lang).search(clause))
                and not patterns("future", lang).search(clause))) \
        and not promises(clause, phrases, lang, read=read, stood=stood)


@cache
def _span(lang: str | None) -> re.Pattern[str]:
    """A time span ending where a "when" or "after" starts: "one day" before "after"."""
    return re.compile(r"(?<!\w)" + vocab.number() + r"\s+\w+\s*$", re.I)


_PARAGRAPH_END = re.compile(r"</(?:p|div|ul|ol|h\d|table|blockquote)\s*>|\n[ \t]*\n", re.I)


def _paragraph_opens(text: str, count: int) -> frozenset[int]:
    """The draft's sentences (by index, as `sentences` counts them) that open a paragraph.
    A condition the paragraph before ends on is that paragraph's: "If any unit fails its
    test, it will need replacing; we'd quote first.\n\nThe call-out fee won't be charged"
    waives the fee whatever the test shows. Empty where marking the paragraphs would split
    the text into other sentences than `sentences` does (`count`: how many it makes)."""
    parts = [len(sentences(norm(plain(p)))) for p in _PARAGRAPH_END.split(text)]
    if sum(parts) != count:
        return frozenset()
    opens, at = set(), 0
    for n in parts:
        if n:
            opens.add(at)
        at += n
    return frozenset(opens - {0})


def _sets_up(previous: str, promised: bool, lang: str | None, drafted: bool = False) -> bool:
    """The sentence before conditions this one's promise: by its "if" or "once"; by a "when"
    or "after" too, unless it made a promise of its own (the "after" is that one's) or the
    "after" ends a time span ("the renewal went through one day after your request"): the
    time between two events, which does not set the next sentence's promise on anything.
    In a draft, a sentence that makes a promise of its own keeps its "if" or "once" too
    ("Once you send the invoice, we can clear the pallet. Storage is free for ⟦4⟧ days": the
    storage is free whatever is sent). A rewrite's promise still takes it, as the looser
    reading: a condition it carries further than the draft is never called dropped."""
    if promised and drafted:
        return False
    if cue("conditions", lang).search(previous):
        return True
    return not promised and any(not _span(lang).search(previous, 0, m.start())
                                for m in cue(IF_OR_WHEN, lang).finditer(previous))


def _asked(sentence: str, before: str, carried: re.Pattern[str], lang: str | None) -> str:
    """The words of what a promise's conditions ask, each from its cue to its clause's end
    ("if you return it in its box within ⟦2⟧ days, …"), also the sentence before's when the
    promise takes its condition from there, or that whole sentence when it asks ("Does it
    not move?")."""
    found = [sentence[m.start():_clause_end(sentence, m.end())]
             for m in cue(IF_OR_WHEN, lang).finditer(sentence)]
    found += [before[m.start():_clause_end(before, m.end())] for m in carried.finditer(before)]
    return " ".join(found) + (" " + before if before.endswith("?") else "")


@cache
def _cue_stems(lang: str | None) -> frozenset[str]:
    """The stems of the one-word conditions ("once", "sobald", "lorsque"): what a
    condition asks is what follows them, which a rewrite may open with another word. Its
    words are read from the cue on, as a cue that is a pattern ("Liegt ein Fehler an …,")
    holds some of what it asks."""
    codes = vocab.codes(lang)
    return frozenset(stems(" ".join(w for f in ("conditions", "temporal_conditions")
                                    for w in vocab.union(f, codes) if " " not in w), lang))


@cache
def _cue_phrases(lang: str | None) -> re.Pattern[str]:
    """The conditions said in several words ("as long as", "siempre que", "à condition que",
    "assim que", "unter der Voraussetzung"), as whole words."""
    found = [w for f in ("conditions", "temporal_conditions")
             for w in vocab.union(f, vocab.codes(lang)) if " " in w]
    return re.compile(r"(?<!\w)(?:" + vocab.alternation(found)
                      + r")(?!\w)", re.I)


def _asking(condition: str, lang: str | None) -> frozenset[str]:
    """What a condition's words ask (`_asked`), without the words that only make it one: its
    one-word cue (`_cue_stems`) and a cue of several words said there (`_cue_phrases`), so
    "siempre que nos mandes la foto" asks for the photo as "si nos mandas la foto" does, and a
    rewrite's "if" need not say "siempre". A condition that is all cue ("with your approval",
    "sur demande") keeps its words: they are what it asks."""
    bare = frozenset(stems(_cue_phrases(lang).sub(" ", condition), lang)) - _cue_stems(lang)
    return bare or frozenset(stems(condition, lang)) - _cue_stems(lang)


def _kept(asks: frozenset[str], said: frozenset[str]) -> bool:
    """A rewrite's free thing or credit still has the draft's condition when its own sentence
    (`said`, its stems) names what the condition asks, whatever words now make it one:
    "if you send us the garage's invoice within ⟦1⟧ days, the towing is free" → "with the
    garage's invoice sent within ⟦1⟧ days, the towing is free", "si vous envoyez un
    justificatif médical" → "avec un justificatif médical". Every fact it names and nearly all
    its words (its verb may go: "send" → "with"): a condition said without its date, its
    amount or most of what it waits for is not the draft's, nor one told as a fact in the
    sentence before ("we check the parcel at our warehouse. It's free"). A condition of three
    words may lose one, its verb, as a longer one may ("si deja una fianza de ⟦2⟧" → "dejando
    una fianza de ⟦2⟧", "wenn Sie eine Kaution von ⟦2⟧ hinterlegen" → "gegen eine hinterlegte
    Kaution von ⟦2⟧"): three quarters of three words is all of them."""
    marks = {a for a in asks if MARKER_RE.fullmatch(a)}
    return bool(asks) and marks <= said and (4 * len(asks & said) >= 3 * len(asks)
                                             or (len(asks) >= 3 and len(asks - said) <= 1))


def _requiring(sentence: str, lang: str | None) -> bool:
    """`sentence` requires something of someone, or sets a condition, in a clause with no
    "no" in it: "you need to cancel by Friday", "basta cancelar até sexta", "il suffit
    d'annuler", "Sie müssen bis Freitag absagen". Not "you don't need to cancel": each piece
    between commas is read with its own "no" ("Sie müssen nicht absagen")."""
    needs, no = cue("requirements+conditions", lang), vocab.negation(lang)
    return any(needs.search(c) and not no.search(c) for c in CLAUSE_MARKS.split(sentence))


def _purpose_led(sentence: str, at: int, lang: str | None) -> bool:
    """`sentence` opens on a purpose up to its comma (`purpose_leads`: "to get the refund,",
    "para recibir el reembolso,", "um sie erstattet zu bekommen,") and the promise at `at`
    is what it is for: what follows is what getting it takes."""
    end = purpose_end(sentence, lang)
    return end is not None and at < end


def _required_for(p: Promise, q: Promise, said: list[str], told: list[frozenset[str]],
                  drafted: list[str], lang: str | None) -> bool:
    """A rewrite's promise `p` still has the condition of the draft's `q` said as what the
    customer must do for it: a requirement or a purpose in its own sentence naming what the
    condition asks ("we can refund the lesson, but you need to cancel by ⟦1⟧", "to get the
    refund, cancel by ⟦1⟧", "damit wir erstatten können, müssen Sie bis ⟦1⟧ absagen"), or
    in the sentence beside it, which then names it on its own ("We can refund it. Para isso,
    basta cancelar até ⟦1⟧"). The condition's own facts and nearly all its words must be
    named (`_kept`): "you need to send the receipt" for "provided you cancel by ⟦1⟧" is
    another condition, and "you cancelled by ⟦1⟧" no requirement at all."""
    # (Without the words of the draft's own condition phrase: "siempre que", "as long as".)
    cued = " ".join(m.group(0) for m in cue(IF_OR_WHEN, lang).finditer(drafted[q.at[0]]))
    asks = q.asks - frozenset(stems(cued, lang))
    if not asks or q.wished:
        return False
    k = p.at[0]
    sentence = said[k]
    if (_requiring(sentence, lang) or _purpose_led(sentence, p.at[1], lang)) \
            and _kept(asks, _starts(p.content)):
        return True
    return any(0 <= j < len(said) and _requiring(said[j], lang)
               and _kept(asks, _starts(told[j])) for j in (k - 1, k + 1))


_PREFIX = 4  # the shortest start of a stem that names it


def _starts(said: frozenset[str]) -> frozenset[str]:
    """Stems with every start of theirs of `_PREFIX` letters or more: a verb's stem said with
    a pronoun joined to it is still said ("envíenos" holds "envi", "schicken" "schick")."""
    return said | {w[:n] for w in said if not MARKER_RE.fullmatch(w)
                   for n in range(_PREFIX, len(w))}


def _conditioned(sentence: str, lang: str | None) -> bool:
    """The sentence holds a condition: a cue that asks something ("once the parcel arrives",
    "nach Eingang der Zahlung"), or one that ends its sentence and points back at the one
    before ("Send us the photos first. We'll refund you after."). A cue word that ends its
    sentence and is the language's verb particle is no cue: German puts a separable verb's
    particle there ("die Teile schicken wir Ihnen kostenlos nach." is "nachschicken")."""
    return any(m.group(0).lower() not in _particles(lang)
               or sentence[m.end():].strip(" .!?)\"'»")
               for m in cue(IF_OR_WHEN, lang).finditer(sentence))


@cache
def _particles(lang: str | None) -> frozenset[str]:
    return frozenset(vocab.union("verb_particles", vocab.codes(lang)))


def _wished(sentence: str, lang: str | None) -> bool:
    """Every condition of the sentence is the customer's wish: "si necesita la copia en
    papel, se la enviamos", "if you'd like a marquee, …"."""
    found = list(cue(IF_OR_WHEN, lang).finditer(sentence))
    return bool(found) and all(
        cue("wishes", lang).search(sentence, m.end(), _clause_end(sentence, m.end()))
        for m in found)


def _clause_end(sentence: str, at: int) -> int:
    end = CLAUSE_MARKS.search(sentence, at)
    return end.start() if end else len(sentence)


def _usual_beside(sentence: str, hedge: re.Match[str], m: re.Match[str],
                  lang: str | None) -> bool:
    """A draft's word of how things usually go (`usual_cases`) in a clause of its own beside
    a promise of money (`_GIVEN`), one that says a thing of its own in three words or more:
    "cracks are usually caused by the reed drying out, but the new reeds are free of charge",
    "the new element is free of charge, delivery usually takes ⟦3⟧ days", "Fehler ⟦5⟧
    bedeutet fast immer ein Leck, also ist der Versand kostenlos". It says how that clause's
    thing goes (a cause, a delivery time), not whether we give what the promise gives; the
    act beside it (a replacement sent) keeps the hedge its sentence gives. Not one in its own
    clause ("we usually refund the fee"), nor one standing alone before it ("Usually, we
    refund the fee", "En general, lo reembolsamos"), whose clause says nothing else, nor one
    in a relative clause ("un polimento sem custo, que costuma aliviar o atrito", "…, which
    usually eases it"): that tells what the thing given does, and says it softly."""
    if not words_pattern("usual_cases", lang).fullmatch(hedge.group(0).strip()):
        return False
    start = hedge.start() - len(CLAUSE.split(sentence[:hedge.start()])[-1])
    end = hedge.end() + len(CLAUSE.split(sentence[hedge.end():])[0])
    if start <= m.start() < end:
        return False
    if words_pattern("relative_pronouns", lang).match(sentence[start:].lstrip()):
        return False  # "…, que costuma aliviar o atrito": it tells what the free thing does
    return len((sentence[start:hedge.start()] + " " + sentence[hedge.end():end]).split()) \
        >= _NEAR - 1


def _aside(hedge: int, promise: int, reasons: list[tuple[int, int]]) -> bool:
    """A hedge in a reason clause the promise is not in ("da die SMS möglicherweise nicht
    zugestellt wurde, erlassen wir die Gebühr"): it hedges the reason, the promise is firm."""
    return any(lo <= hedge < hi and not lo <= promise < hi for lo, hi in reasons)


def _unconditioned(sentence: str, lang: str | None, cues: str = "conditions",
                   blank: bool = False) -> str:
    """The sentence without its conditions: a "no" inside one says what the promise waits
    for ("if the new date doesn't suit you, you can have a refund"), it refuses nothing. A
    condition runs to its clause's end; one that opens the sentence and never closes is left
    in (without a comma, where it ends is unknown). With `cues` IF_OR_WHEN, a "when" clause
    is one too: in a draft's "la fianza se devuelve cuando el técnico compruebe que el
    pinchazo no es por un uso indebido" the "no" is what the refund waits for. `blank`: each
    condition spaces out, so what is left keeps its offsets."""
    out, last = [], 0
    for m in cue(cues, lang).finditer(sentence):
        if m.start() < last:
            continue
        end = CLAUSE_MARKS.search(sentence, m.end())
        if end is None and not sentence[:m.start()].strip():
            break
        out.append(sentence[last:m.start()])
        last = end.start() if end else len(sentence)
        if blank:  # blanked, not cut: the offsets of what is left are the sentence's
            out.append(" " * (last - m.start()))
    return "".join(out) + sentence[last:]


def _wanted(sentence: str, m: re.Match[str], lang: str | None) -> bool:
    """The promise's words are what the customer wants, in its own clause: a wish of theirs
    a few words before them with nothing of ours in between ("I understand you want this off
    your account right away", "que você queira o dinheiro de volta o quanto antes" — but "you
    want it back, so I'll refund you" is ours), or a clause that opens on "that you" and
    closes on the wish's verb, as German puts it last ("dass Sie Ihr Geld zurück möchten")."""
    left = CLAUSE.split(sentence[:m.start()])[-1]
    wishes = list(cue("wishes", lang).finditer(left))
    if wishes and not _ours(lang).search(left, wishes[-1].end()) \
            and len(left[wishes[-1].end():].split()) <= _WISHED:
        return True
    opened, closed = _wish_last(lang)
    return bool(opened.match(left) and not _ours(lang).search(left)
                and closed.search(CLAUSE.split(sentence[m.end():])[0]))


@cache
def _ours(lang: str | None) -> re.Pattern[str]:
    """We or I as the one who acts ("I can", "we'll", "I've", "nous allons")."""
    codes = vocab.codes(lang)
    return re.compile("|".join([*(p.pattern for p in (patterns("our_future", lang),
                                                       patterns("ours_done", lang),
                                                       patterns("taking_charge", lang))),
                                r"(?<![\w'])(?:" + vocab.words(vocab.union("first_persons", codes),
                                                              longest_first=True) + r")(?!\w)"]),
                      re.I)


@cache
def _wish_last(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clause opened by "that" and the customer ("dass Sie", "dass du"), and the verb of
    one of their wishes ending it ("möchten", "willst": "Sie möchten" said verb last)."""
    codes = vocab.codes(lang)
    who = vocab.union("addressees", codes)
    verbs = {w.split()[1] for w in vocab.union("wishes", codes)
             if len(w.split()) == 2 and w.split()[0] in who}
    opened = re.compile(r"\s*(?:" + vocab.words(vocab.union("complementizers", codes))
                        + r")\s*(?:" + vocab.words(who, longest_first=True) + r")(?!\w)", re.I)
    closed = re.compile(r"(?<!\w)(?:" + vocab.alternation(verbs)
                        + r")\s*[.!?]?\s*$", re.I)
    return opened, closed


def _urged(before: str, lang: str | None) -> bool:
    """A word of no delay ("immediately", "tout de suite", "sofort") that hurries the
    customer's own step: a request or an instruction to them in the clause before it ("please
    see a doctor immediately", "coupez dès maintenant l'alimentation", "gehen Sie bitte sofort
    zur Ärztin") or advice ("we recommend replying right away", "recomendamos que ligue
    imediatamente"). It times what they do, not anything we do. Not where that clause only
    says what they may do ("you can collect it right away", "vous pouvez passer tout de
    suite"): that tells how soon a thing of ours is ready. (Spanish and Portuguese requests
    are read only with "por favor" in the clause itself: their imperative has no mark of its
    own in `customer_steps`.)"""
    before = before.strip()
    return bool(patterns("advice", lang).search(before)) or (
        bool(patterns("customer_steps", lang).search(before))
        and not cue("options", lang).search(before))


def _spoken(before: str, sentence: str, deadline: re.Match[str], lang: str | None) -> bool:
    """A word of no delay on what this reply says as it is read, with what it says after a
    colon ("je vais être franc tout de suite : …", "to answer your question straight away:
    …", "ich sage Ihnen sofort: …"): it times the telling, which happens now, not an act of
    ours to come. `before`: the clause before the word; one word may stand between it and
    the colon ("sofort vorweg:"), more tell when ("straight away when it lands:")."""
    return bool(re.match(r"\s*(?:[^\W\d_]+\s*)?:", sentence[deadline.end():])) \
        and bool(words_pattern("speaking", lang).search(before))


def _lapsed(before: str, lang: str | None) -> bool:
    """A word of no delay in a clause that says what we should have done and did not ("we
    should have rung you straight away", "nous aurions dû vous appeler tout de suite"): a
    lapse admitted, no deadline set. Only such a word: "we should have the part by Friday"
    says when it is expected."""
    return bool(cue("omissions", lang).search(before))


@cache
def _theirs(lang: str | None) -> re.Pattern[str]:
    """A clause's words before a promise word that make it what the customer, or someone on
    their side, has to do: "you need to", "your admin needs to upload" (the new one),
    "müssen Sie … installieren". Matched at the end of those words: the promise word is what
    the duty's own verb acts on, a few words on."""
    codes = vocab.codes(lang)
    who = (r"(?:" + vocab.words(vocab.union("addressees", codes), longest_first=True)
           + r"|(?:" + vocab.words(vocab.union("possessives", codes), longest_first=True)
           + r")(?:\s+[\w-]+){1,3})")
    duty = "(?:" + vocab.words(vocab.union("duties", codes), longest_first=True) + ")"
    return re.compile(rf"(?<![\w'])(?:{who}\s+(?:[\w-]+\s+)?{duty}|{duty}\s+{who})"
                      r"(?:\s+[\w'-]+){0,4}\s*$", re.I)


@cache
def _states(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A state word right before a word ("is urgent", "anything urgent") or, German putting the
    verb last, after it ("weil es dringend ist"): the word then says how things are — unless
    it is a participle ("is escalated", "ist eskaliert": a passive says what was done)."""
    codes = vocab.codes(lang)
    said = vocab.words(vocab.union("states", codes), longest_first=True)
    done = vocab.words(vocab.union("participles", codes), longest_first=True)
    return (re.compile(rf"(?<![\w'])(?:{said})\s+$", re.I),
            re.compile(rf"[\w-]*\s+(?:{said})(?![\w'])", re.I),
            re.compile(rf"[\w-]*(?:{done})(?![\w'])", re.I))


@cache
def _elapsed(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A time span's next words that make it the time between two events ("2 days before
    the renewal", "in den 7 Tagen seit"), and what opens a window all the same ("within")."""
    codes = vocab.codes(lang)
    after = re.compile(r"\s*(?:" + vocab.words(vocab.union("elapsed", codes), longest_first=True)
                       + r")(?!\w)", re.I)
    window = re.compile(r"(?:" + vocab.words(vocab.union("windows", codes), longest_first=True)
                        + r")(?!\w)", re.I)
    return after, window


def _time(phrase: str, lang: str | None) -> str:
    """The time a deadline names, whatever words lead to it: from its first fact on ("within
    ⟦3⟧ days" and "in ⟦3⟧ days" are one time, "⟦3⟧ business days" and "⟦3⟧ hours" others),
    "now" for "right away", "immediately", "tout de suite", "soon as can be" for "as soon as
    possible", "cuanto antes", "lo antes posible", "end of month" for "by the end of the
    month", "before the month is out", "avant la fin du mois"; else its own words."""
    first = MARKER_RE.search(phrase)
    if first:
        return phrase[first.start():]
    if words_pattern("immediately", lang).search(phrase):
        return "now"
    if words_pattern("soonest", lang).search(phrase):
        return "soon as can be"
    period = _period_end(phrase, lang)
    return f"end of {period}" if period else vocab.one_as_count(phrase, lang)


def _a(what: str) -> str:
    return with_article(what).lower()  # "a refund", "an escalation"


def _readings(found: list[Promise]) -> dict[int, set[str]]:
    """Per promise, every kind its very words are read as: "free of charge" is a discount
    and a credit, "there will be no charge" a credit only, yet both say one thing — it costs
    nothing. One phrase makes one promise, so it is the draft's when any reading of it is."""
    out: dict[int, set[str]] = {}
    by_sentence: dict[int, list[Promise]] = {}  # only a promise of its own sentence overlaps
    for q in found:
        by_sentence.setdefault(q.at[0], []).append(q)
    for i, p in enumerate(found):
        out[i] = {q.what for q in by_sentence[p.at[0]] if q.at[1] < p.at[2] and p.at[1] < q.at[2]
                  and not ((p.what in _MONEY) != (q.what in _MONEY)
                           and (_inside(p, q) or _inside(q, p)))}
    return out


def _inside(p: Promise, q: Promise) -> bool:
    """`p`'s words are a part of `q`'s, not all of them: "kostenlos" in "tauschen wir
    kostenlos aus", a replacement whose pattern spans the words between its verb and its
    particle. What costs nothing there is a promise of its own beside the act, not the act
    read another way: "tauschen wir aus" does not make it free."""
    return q.at[1] <= p.at[1] and p.at[2] <= q.at[2] and q.at[1:] != p.at[1:]


def _kinds(read: set[str]) -> set[str]:
    """The kinds a rewrite's promise may restate: a thing that costs the customer less or
    nothing is one act whether the words name it a discount or a credit ("the call is free"
    → "we won't charge you for the call"). A refund is not one of them: money back on their
    card is not money off or money to spend with us."""
    return read | _MONEY if read & _MONEY else read


def _same_object(p: Promise, q: Promise) -> bool:
    """A rewrite's promise about what the draft's is about, whatever words make each: all
    its clause names besides its own words is named in the draft's promise sentence ("der
    Servicebesuch ist kostenlos" → "der Servicebesuch kostet Sie nichts": one thing, said in
    one word), or all the draft's clause names besides its own words is named in the
    rewrite's clause ("we'll refund the shipping fee" → "you'll get the shipping fee back")."""
    named = p.clause - p.said
    if named and named <= q.content:
        return True
    drafted = q.clause - q.said
    return bool(drafted) and drafted <= p.clause


def _same_amount(p: Promise, q: Promise, amounts: frozenset[str]) -> bool:
    """Money given back about the very amount the draft's promise sentence names: "a
    ⟦8⟧ deposit, which you'd get back when you return it" → "a ⟦8⟧ deposit, refunded when
    you bring it back", "la fianza de ⟦8⟧ se le devuelve" → "se la devolvemos": the amount is
    what both are about, however the words around it differ (an irregular verb's stems, "bring
    it back" for "return it"). Only where the rewrite's own clause names at most one thing the
    draft's sentence does not: "the ⟦2⟧ is refunded, and your next delivery is on us" gives a
    delivery, a new promise. Read as a restatement (`_same_object`): the draft's condition on
    it is kept only where the rewrite names what it asks. A refund only: the amount beside a
    credit or a discount is often the price it waives ("delivery adds a ⟦3⟧ fee, or collect it
    at no charge" → "…⟦3⟧, but I'll bring it over free" gives what the draft charges for)."""
    return p.what == q.what == "refund" and bool(p.content & q.content & amounts) \
        and len(p.clause - p.said - q.content) <= 1


# A label and its colon, at the text's end: opening the sentence, or a list item after the
# colon that announces the list ("Vous avez deux possibilités : - annuler :").
_LABEL = re.compile(r"(?:^|:\s*(?=[-•*·]|\d{1,2}[.)]))\s*(?:[-•*·]|\d{1,2}[.)])?\s*"
                    r"([^:;,.!?]+?)\s*:\s*$")


def _labelled(before: str, same: list[Promise], lang: str | None) -> bool:
    """The promise follows a label of its own, at most three words before a colon opening
    its sentence or list item, that names what the draft's condition on it asks: "Si prefiere
    cancelar, le devolvemos la señal" → "Cancelar: le devolvemos la señal", "si vous préférez
    annuler, nous vous remboursons" → "- annuler : nous vous remboursons". The label is the
    condition said as a heading, the act it leads to what follows. What the condition asks is
    read without the customer's wish ("prefiere", "préférez": the choice is theirs either
    way), and the label must name nearly all the rest (`_kept`): "Cancelación: le
    devolvemos…" drops a draft's "si cancela antes del viernes"."""
    label = _LABEL.search(before[:len(before) - len(CLAUSE.split(before)[-1])])
    if not label or len(label.group(1).split()) > _VOUCHED + 1:
        return False
    named = frozenset(stems(label.group(1), lang))
    wish = _wish_stems(lang)
    return bool(named) and any(q.conditional and _kept(q.asks - wish, named) for q in same)


@cache
def _wish_stems(lang: str | None) -> frozenset[str]:
    """The stems of the customer's wishes ("prefer", "would like", "prefiere", "souhaitez")."""
    return frozenset(stems(" ".join(vocab.union("wishes", vocab.codes(lang))), lang))


def _dated(p: Promise, about: frozenset[str], dated: list[set[str]]) -> bool:
    """A deadline whose every fact a draft sentence gives, about the same thing ("the waiting
    period ends on ⟦2⟧" → "it runs until ⟦2⟧"): the draft's own time said as a deadline."""
    marks = {m.group(0) for m in MARKER_RE.finditer(p.phrase)}
    return bool(marks) and any(marks <= d and len((d & about) - marks) >= _SHARED
                               for d in dated)


Acted = list[tuple[frozenset[str], bool, bool, list[tuple[frozenset[str], bool]]]]


def _acted(texts: list[str], said: list[set[str]], lang: str | None) -> Acted:
    """The draft's sentences, to find one that says what we do without a promise word of its
    kind ("we email them as PDFs", "a gente envia uma nova", "Enviamos-lhe um frasco novo"):
    read by act (`alike`), with whether each sets a condition, whether it hedges, and its
    clauses, each with whether it is negated."""
    negated = vocab.negation(lang)
    conditioned = cue(IF_OR_WHEN, lang)
    return [(alike(st, lang), bool(conditioned.search(t)), bool(hedges_in(t, lang, frequent=False)),
             [(alike(stems(c, lang), lang), bool(negated.search(c))) for c in CLAUSE.split(t)])
            for t, st in zip(texts, said, strict=True)]


def _acted_again(p: Promise, acted: Acted, lang: str | None) -> bool:
    """A rewrite's promise that no promise of the draft reads as its kind, yet a draft
    sentence says: nearly all its clause names (three in four, at least two) and nearly all
    its sentence names (what it gives beside it is new: "…, with a spare seal"), its own
    words among them ("tenemos hueco el ⟦2⟧" books nothing: "le he reservado el ⟦2⟧" does),
    read by act
    ("I'll ship the new code within ⟦11⟧ business days" for "I'll send the new code within
    ⟦11⟧ business day"), no firmer than that sentence — its condition and its hedge kept —
    and no clause of it naming any of that negated ("we can't send a new one before…" sends
    none). A promise about anything else, or one dropping the sentence's "if", is new. A
    deadline is a time, not an act: it is the sentence's only when it names that sentence's
    facts ("ya le devolvimos hoy" sets a day "le devolveremos" never set)."""
    clause, content = alike(p.clause, lang), alike(p.content, lang)
    act = alike(stems(p.phrase, lang), lang)
    timed = {m.group(0) for m in MARKER_RE.finditer(p.phrase)}
    if p.what == "deadline" and not timed:
        return False
    return any(act <= d and timed <= d
               and len(clause & d) >= _SHARED and 4 * len(clause & d) >= 3 * len(clause)
               and 4 * len(content & d) >= 3 * len(content)
               and (p.conditional or not conditional) and (p.hedged or not hedged)
               and not any(no and c & clause for c, no in parts)
               for d, conditional, hedged, parts in acted)


def _sent(p: Promise, said: list[frozenset[str]], lang: str | None) -> bool:
    """A message that carries what a draft sentence already sends: every word of its clause
    outside its own phrase is that sentence's, and they share at least two. The draft's "we'll
    send you a prepaid label" said as "I'll email you a prepaid label" names only the channel;
    "I'll email you updates on your refund" sends updates no draft sentence sends, "I'll
    email you the report" a report the draft only says is ready."""
    own = p.clause - stems(p.phrase, lang)
    return any(len(p.clause & d) >= _SHARED and not own - d for d in said)


# The vocabulary a gift's own phrase may use without naming a new thing: what any promise,
# condition or "but" says, and the small and stock words. Named, not walked: a list added for
# another check must not change which gifts this one reads as new.
_GIFT_KEYS = ("commitment_patterns", "commitment_words", "covered_patterns", "decisions",
              "conditions", "condition_patterns", "contrasts", "coordinators",
              "function_words", "stock_empathy", "generic_words")


@cache
def _promise_stems(codes: tuple[str, ...]) -> frozenset[str]:
    """The stems of the words these languages' vocabulary lists under `_GIFT_KEYS` ("auf
    uns", "offre", "de regalo", "sobald", "aber"): words a gift's own phrase says of any gift
    or of anything, never the thing it gives, which is a shop's own noun ("Glühwein",
    "Leihtresor", "semillas")."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
    for code in codes:
        data = vocab.builtin(code).model_dump()
        walk([data[key] for key in _GIFT_KEYS])
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"\\[a-zA-Z]", " ", " ".join(texts)))
    return frozenset(_unaccented(s) for s in stems(" ".join(words), codes[0] if codes else None))


def warm_up(langs: tuple[str, ...]) -> None:
    """Build each language's gift vocabulary at start-up (about 0.2 s per language), not inside
    the first request whose reply gives something free."""
    for lang in langs:
        _promise_stems(reading(lang, lang))


def _gift_named(p: Promise, known: frozenset[str], codes: tuple[str, ...]) -> bool:
    """A free thing whose own words name a thing neither the draft nor the customer names:
    "und an dem Abend geht der Glühwein für euch auf uns" beside the draft's free rebooking
    to another evening. The draft gives something else; this is a second gift, however much
    of its sentence the draft's shares. Only the gift's own words are read: its clause holds
    the words of the draft's gift said again ("die Reparatur Ihres Fahrrads kostet Sie
    nichts"), whose new nouns name no new thing. A stem that only starts like a vocabulary
    word ("offre" for "offr…") is that word."""
    # Compared without accents: the stemmer cuts "crédit" to "cred" but "crédité" to "crédit".
    words = _promise_stems(codes)
    # Each of the word's prefixes of four letters or more looked up once: the vocabulary holds
    # about 1,100 stems, and testing each as a prefix cost 0.2 ms a word.
    return any(len(w) >= 4 and not any(w[:k] in words for k in range(4, len(w) + 1))
               for w in (_unaccented(s) for s in
                         stems(p.phrase, codes[0] if codes else None) - known
                         if not MARKER_RE.fullmatch(s)))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


@cache
def _month_words(codes: tuple[str, ...]) -> re.Pattern[str]:
    """The months of these languages, as whole words (`Lang.months`)."""
    return re.compile(r"(?<!\w)(?:" + vocab.alternation(vocab.union("months", codes))
                      + r")(?!\w)", re.I)


def _months(text: str, codes: tuple[str, ...], strict: bool) -> frozenset[str]:
    """The months `text` (plain) names, lower-cased. `strict`: where a language writes its
    months with a capital (`months_capitalised`), only a capitalised word inside a sentence
    is one ("refunded for May", not "we may refund", nor "May I…" opening a sentence)."""
    capital = strict and any(vocab.builtin(c).months_capitalised for c in codes
                             if c in vocab.LANGS)
    return frozenset(m.group(0).lower() for m in _month_words(codes).finditer(text)
                     if not capital or (m.group(0)[:1].isupper() and not re.search(
                         r"(?:^|[.!?:]\s*|\n\s*)$", text[:m.start()])))


def _unreasoned(sentence: str, lang: str | None) -> str:
    """`sentence` without its reasons, each from its "because" to the clause's end: "weil
    dein Gutschein Ende März abläuft" says why, and gives nothing for March."""
    return re.sub(rf"(?:{cue('causes', lang).pattern})[^,;:.!?]*", " ", sentence, flags=re.I)


@cache
def _act_words(lang: str | None) -> dict[str, str]:
    """Per stem of a word `same_acts` lists, the act it names ("ship" → send): stemmed in
    the language that lists it, as `stems` reads the draft's."""
    return {stem: f"≈{act}" for code in vocab.codes(lang)
            for act, said in vocab.builtin(code).same_acts.items()
            for word in said for stem in stems(word, code)}


# The act each kind of promise names by being one: every replacement replaces something.
_KIND_ACTS = {"replacement": "≈replace", "notification": "≈tell", "appointment": "≈call"}


def alike(said: Iterable[str], lang: str | None, kind: str = "") -> frozenset[str]:
    """Stems with each word of one of our acts read as the act it names: "I'll ship it" and
    "I'll send it", "je vous appelle" and "je vous téléphone" then share their act, as the
    same words would; "I'll call you" and "I'll send it" still do not. Comparing promises of
    one `kind`, its own act is left as its words: two replacements share replacing whatever
    they replace, so "swap" for "replace" would say nothing of their being about one thing."""
    acts, own = _act_words(lang), _KIND_ACTS.get(kind)
    return frozenset(s if (act := acts.get(s, s)) == own else act for s in said)


def _about_one(drafted: frozenset[str], said: tuple[frozenset[str], ...]) -> bool:
    """Two promises of one kind (their words read by `alike`) are about the same thing when
    they share two of their words, or when each names only the one thing it shares with the
    other: "we will email you then" said as "we'll email you then" names nothing but the
    email, in other words of promise. `said`: what the rewrite's promise is about, read
    either way (its sentence or its clause)."""
    return any(len(drafted & s) >= _SHARED or (len(drafted) == 1 and drafted == s)
               for s in said)


def new_commitments(draft: str, rewrite: str, phrases: Phrases, lang: str | None = None,
                    notes: str = "", read: tuple[str, ...] = (),
                    theirs: str = "", stood: tuple[frozenset[str], ...] | None = None,
                    amounts: frozenset[str] = frozenset()) -> list[Violation]:
    made = promises(draft, phrases, lang, drafted=True, read=read, amounts=amounts)
    # Each promise the draft makes once: one said again in the same words, about the same
    # things, the same way, compares the same (only where it stands differs), so a long draft
    # costs each rewrite promise its distinct ones, not every copy.
    distinct: dict[tuple, Promise] = {}
    for q in made:
        distinct.setdefault((q.what, q.phrase, q.conditional, q.hedged, q.content, q.clause), q)
    made = list(distinct.values())
    out: list[Violation] = []
    flagged: set[str] = set()
    everything = stems(plain(draft), lang)
    asked = stems(notes, lang)
    known = everything | stems(theirs, lang) | asked
    found = promises(rewrite, phrases, lang, read=read, theirs=theirs,
                     stood=tense.states(draft, lang) if stood is None else stood,
                     impersonal=True, amounts=amounts)
    # The draft's sentences that give a date or a number, by their facts: a deadline may say
    # again the time a draft sentence gives about the same thing.
    # A fact the draft itself sets as a deadline is compared as one ("⟦2⟧ business days").
    timed = {m.group(0) for q in made if q.what == "deadline"
             for m in MARKER_RE.finditer(q.phrase)}
    draft_sentences = sentences(norm(plain(draft)))
    drafted_sentences = [stems(s, lang) for s in draft_sentences]
    dated = [st - timed for s, st in zip(draft_sentences, drafted_sentences, strict=True)
             if MARKER_RE.search(s)]
    readings = _readings(found)
    acted: Acted | None = None  # read from the draft when a promise first needs it
    sending = patterns("sendings", lang)
    said = [st for s, st in zip(draft_sentences, drafted_sentences, strict=True)
            if sending.search(s)]
    rewrite_sentences = sentences(norm(plain(rewrite)))
    told = [(stems(t, lang), bool(cue(IF_OR_WHEN, lang).search(t)
                                  or cue("requirements", lang).search(t)))
            for t in rewrite_sentences]
    said_stems = [frozenset(st) for st, _ in told]

    # Months the rewrite names and neither the draft nor the customer does, in any case:
    # where the draft's own promise names the month its money is for, money given "for
    # December and January" where the draft gives January's is money for a second month;
    # "your voucher runs out at the end of March" tells the customer's own. A draft promise
    # that names no month may hide one in a masked date, which the rewrite may name.
    codes = read or tuple(vocab.codes(lang))
    drafted_months = _months(plain(draft), codes, False)
    new_months = _months(plain(rewrite), codes, True) - drafted_months \
        - _months(theirs, codes, False) if drafted_months else frozenset()

    def near(p: Promise) -> frozenset[str]:
        """What a rewrite's promise sentence names, with what a sentence beside it asks
        ("…, I can lend you a chair free of charge. To book it, you need to collect it by
        ⟦7⟧"): a condition said on its own, next to the promise, is still its condition."""
        out = set(p.content)
        for k in (p.at[0] - 1, p.at[0] + 1):
            if 0 <= k < len(told) and told[k][1]:
                out |= told[k][0]
        return frozenset(out)
    for i, p in enumerate(found):
        if p.what in flagged:
            continue
        # The same promise restated shares its words (stems) or its very phrase with one of
        # the draft's; a promise of the same kind about something else is a new one.
        # What it is about is what its own clause names ("and your next delivery is on us"
        # beside the draft's credit is a new one); a clause that names nothing of its own
        # ("and we'll refund them", "at no cost to you") is about its sentence.
        own = p.clause - stems(p.phrase, lang)
        about = p.clause if len(own) >= _SHARED else p.content
        # An act is the draft's by what it is, what it is about and on what condition,
        # whatever words name each ("the call is free" → "it costs you nothing", "I'll let
        # you know" → "I'll tell you"). Restated about the same thing, it still has the
        # draft's condition only where the rewrite names what it asks, in the promise's
        # sentence or one beside it; without it, the condition is dropped (`lost`).
        kinds = _kinds(readings[i])
        said_about = (alike(about, lang, p.what), alike(p.clause, lang, p.what))
        same = [q for q in made if q.what in kinds
                and (q.phrase == p.phrase
                     or _about_one(alike(q.content, lang, p.what), said_about))]
        # By identity: promises are equal field by field, and comparing them for each pair
        # made this step grow with the cube of the draft's length.
        seen = {id(q) for q in same}
        restated = [q for q in made if q.what in kinds and id(q) not in seen
                    and (_same_object(p, q) or _same_amount(p, q, amounts))]
        lost = [q for q in restated if q.conditional and not q.wished
                and not _kept(q.asks, near(p))]
        same += [q for q in restated if q not in lost]
        if same and p.what in _MONEY and not p.impersonal \
                and _gift_named(p, known, read or tuple(vocab.codes(lang))):
            same, lost = [], []  # another thing given free: a new promise of the same kind
        # (Not one restating only promises the draft makes on a condition, said with nothing
        # of what that condition asks: "si le carrossier confirme…, on te rembourse les ⟦4⟧"
        # → "le carrossier contrôle le vernis, et tu récupères les ⟦4⟧" drops it.)
        unasked = bool(same) and not p.conditional and all(
            q.conditional and not q.wished and not _kept(q.asks, near(p)) for q in same)
        if new_months and p.what in _MONEY | {"refund"} and any(
                _months(draft_sentences[q.at[0]], codes, False) for q in same) and any(
                _month_words(codes).fullmatch(w) and w.lower() in new_months
                for w in re.findall(r"\w+", _unreasoned(rewrite_sentences[p.at[0]], lang))):
            flagged.add(p.what)
            out.append(Violation("new_commitment", f"It gives the {p.what} for a month the "
                                 f"draft does not name (“{p.excerpt}”).", p.what))
            continue
        if p.impersonal and not unasked and (same or any(
                len(own & d) >= _SHARED or (len(p.clause & d) >= _SHARED
                                            and 4 * len(p.clause & d) >= 3 * len(p.clause))
                for d in drafted_sentences)):
            # Said without us, it is judged only as new: its condition and modality are read
            # from "we" and "you" (`promises`), which it has none of. A draft sentence naming
            # two things of its own, or nearly all its clause names with its verb ("uma caução
            # de ⟦3⟧ devolvida após a verificação do material"), says it too, in words no
            # promise pattern reads.
            continue
        problem = ""
        # A promise closer to what a note to an AI in the draft asks for ("also say we'll
        # refund the return shipping") than to any the draft makes obeys the note.
        kin = [len(p.clause & q.clause) for q in made if q.what == p.what]
        if len(p.clause & asked) >= _SHARED and len(p.clause & asked) > max(kin, default=0):
            flagged.add(p.what)
            out.append(Violation("new_commitment", f"It makes {_a(p.what)} commitment only a "
                                 f"note to an AI in the draft asks for (“{p.excerpt}”).",
                                 p.what))
            continue
        if not same and p.what == "guarantee":
            # "I'll make sure it's repaired within ⟦3⟧ days" owns the draft's own promise;
            # "I'll make sure it's sorted by Friday" vouches for one the draft never made,
            # "I'll make sure your next order arrives on time" for something the draft never
            # says, and "it will be there in ⟦5⟧ days, guaranteed" for what it only expects.
            # What it vouches for is a promise of its own clause, the one before or what
            # follows it ("dann sorge ich dafür, dass wir sie … ersetzen"): "I'll let you know
            # by ⟦3⟧, and I've switched it off so this won't happen again" vouches for no
            # promise of the draft's.
            vouches = {r.what for r in found if r.at[0] == p.at[0] and r.part >= p.part - 1}
            owned = [q for q in made if q.what in vouches
                     and len(q.content & p.content) >= _SHARED]
            vouched = p.clause - everything - stems(p.phrase, lang)
            if owned and not any(q.hedged for q in owned) and len(vouched) <= _VOUCHED:
                if not (all(q.offered for q in owned)
                        and _assuring(p, rewrite_sentences[p.at[0]], lang)):
                    continue
                # "nuestra sastra puede ajustarlas en ⟦9⟧ horas" → "se las ajustará en ⟦9⟧
                # horas, sin falta": what the draft only offers ("we can", "puede"), vouched
                # for with a word of certainty, is made firmer than the draft makes it.
                flagged.add(p.what)
                out.append(Violation("new_commitment", "It makes firmer than the draft "
                                     f"does what the draft only offers (“{p.excerpt}”); "
                                     "keep the “can”.", "modality"))
                continue
        # (Not money: what is given free or back has its own readings of a restatement,
        # `_same_object`, `_same_amount`, `_gift_named`; read so too, at stop 49, it made
        # faithful rewrites clean whose firmed-up mutants then passed.)
        if not same and not lost and not p.impersonal and p.what not in _MONEY:
            if acted is None:
                acted = _acted(draft_sentences, drafted_sentences, lang)
            if _acted_again(p, acted, lang):
                continue  # "we email them as PDFs" → "I'll email them as PDFs"
        if not same and p.what == "notification" and _sent(p, said, lang):
            continue  # "I'll email you the label" for the draft's "we'll send you the label"
        if p.what == "deadline" and _dated(p, about, dated):
            continue  # the draft's own date or number, said as the time it sets
        if p.what == "deadline" and _time(p.phrase, lang) not in {
                _time(q.phrase, lang) for q in same}:
            problem = (f"It adds a deadline commitment the draft does not make "
                       f"(“{p.excerpt}”).")
        elif not same and lost:
            problem = (f"It drops the condition the draft puts on the {p.what} "
                       f"(“{p.excerpt}”); keep the “if” or “once”.")
        elif not same:
            problem = (f"It adds {_a(p.what)} commitment the draft does not make "
                       f"(“{p.excerpt}”).")
        elif p.what != "deadline" and all(q.conditional for q in same) and not p.conditional \
                and not (p.offered and all(q.wished for q in same)) \
                and not (p.what in _ELIGIBLE and any(_kept(q.asks, near(p))
                                                     for q in same if not q.wished)) \
                and not any(_required_for(p, q, rewrite_sentences, said_stems,
                                          draft_sentences, lang) for q in same) \
                and not _labelled(rewrite_sentences[p.at[0]][:p.at[1]], same, lang):
            # A condition that is only the customer's wish may go where the rewrite still
            # offers the thing ("si necesita la copia, se la enviamos" → "podemos enviársela");
            # a wish names the thing itself, so its words say nothing of it being kept.
            problem = (f"It drops the condition the draft puts on the {p.what} "
                       f"(“{p.excerpt}”); keep the “if” or “once”.")
        elif all(q.hedged for q in same) and not p.hedged \
                and not (p.offered and all(q.able for q in same)):
            problem = (f"It makes the {p.what} firmer than the draft does (“{p.excerpt}”); "
                       "the draft only says it may happen.")
        if problem:
            flagged.add(p.what)
            out.append(Violation("new_commitment", problem, p.what))
    return out


def _assuring(p: Promise, sentence: str, lang: str | None) -> bool:
    """Whether the words of a guarantee `p` are a word of certainty said of what is done
    (`assurances`: "without fail", "guaranteed", "sin falta", "sans faute", "sem falta",
    "garantiert"), not a step we take to see to it ("I'll make sure", "je veillerai", "ich
    sorge dafür"): the guarantee's own span, in its normalised `sentence`, overlaps one."""
    return any(m.start() < p.at[2] and m.end() > p.at[1]
               for m in cue("assurances", lang).finditer(sentence))


@cache
def _word_starts(field: str, lang: str | None) -> re.Pattern[str]:
    """Words of one vocabulary field read at a word's start ("explain" in "explaining",
    `request_words`' "pedi" in "pedimos")."""
    return re.compile(r"(?<![\w-])(?:" + vocab.words(vocab.union(field, vocab.codes(lang)),
                                                     longest_first=True) + ")", re.I)


def _tells(act: re.Match[str], lang: str | None) -> bool:
    """What we say we will do is telling ("I'll explain", "je vais vous expliquer", "ich werde
    Ihnen kurz erklären"): its telling word is among its first few words. One further on is
    what another act is for ("I'll ring your buyer myself to explain the delay"): that act is
    still ours to judge."""
    told = _word_starts("telling", lang).search(act.string, act.end())
    return bool(told) and len(act.string[act.end():told.start()].split()) <= _NEAR


def _negated_act(clause: str, act: re.Match[str], lang: str | None) -> bool:
    """A "no" in the clause of our act refuses it ("we won't send another", "je ne pourrai pas
    venir") — not one inside what its clause opens of its own after the act (`_openers`: "le
    tendremos listo un carrito para que su invitado no se pierda esa parte", "I'll bring a
    spare so you don't have to wait"), nor one inside a condition that runs on, with no comma,
    into the act ("if re-routing doesn't fix it I'll arrange a new one"): that "no" is the
    purpose's or the condition's, as `_unconditioned` reads it where a comma ends the
    condition."""
    negation = vocab.negation(lang)
    waits = next(cue("conditions", lang).finditer(clause, 0, act.start()), None)
    if negation.search(clause, 0, waits.start() if waits else act.start()):
        return True
    return bool(negation.search(_cut_at_opener(clause[act.start():], lang)))


def _anything_promised(clause: str, read: tuple[str, ...]) -> bool:
    return any(pattern.search(clause)
               for _, _, pattern in _scanned(clause.translate(literals.FOLD), (), read)) \
        or bool(patterns_of("given_back", read).search(clause)
                and _money(clause, None, read, frozenset()))


def new_actions(draft: str, rewrite: str, lang: str | None = None,
                read: tuple[str, ...] = ()) -> list[Violation]:
    """Something we will do that the draft says nothing of, in words no category knows ("I'll
    put your case to the governors myself", "je vérifierai personnellement"): a clause of the
    rewrite where we or I say what we will do, naming at least two things of its own (stems)
    of which no draft sentence names two. Linear: each clause stemmed once, compared with the
    draft's sentences."""
    drafted = _acts(draft, lang)
    tells: bool | None = None  # whether the draft tells the customer anything: read when needed
    ours = patterns("our_future", lang)
    # Asking someone to act ("I'll ask the assessor to sign theirs off first") commits us to
    # a step of our own whatever it asks for, and its verb is often too short to be a stem:
    # new when the draft asks no one anything.
    asking = patterns("our_requests", lang)
    asks = bool(_word_starts("request_words", lang).search(norm(plain(draft))))
    charge = patterns("taking_charge", lang)
    for sentence in sentences(norm(plain(rewrite))):
        if sentence.rstrip().endswith("?"):
            continue  # "shall we…?" asks
        # A present act of ours binds us as "we'll" does when a condition or a time ahead sets
        # it ("caso esse horário não sirva, responda … e marcamos", "D'ici là, on vous prête
        # une tablette"), or, untimed, when I take it or it is for the customer ("je vous
        # réserve le créneau", `_owned`); never when it is this reply describing itself ("te
        # adelanto lo que vemos", "I'm sharing the steps below": `_replying`).
        clauses = CLAUSE.split(sentence)
        ahead = [bool(cue("conditions+ahead+immediately", lang).search(c)) for c in clauses]
        set_on = [bool(cue("conditions", lang).search(c)) for c in clauses]
        # The steps after "what I can do:" are ours, each said without "we" ("Ihnen einen
        # Nachweis ausstellen und die Verwaltung anrufen"), read as a present act: new only
        # when the draft names nothing of it ("ausstellen" for "stellen … aus" shares one).
        listed = patterns("our_lists", lang).search(sentence)
        steps = len(CLAUSE.findall(sentence, 0, listed.end())) if listed else len(clauses)
        for n, clause in enumerate(clauses):
            step = n >= steps and bool(clause.strip())
            # An act of ours that its own clause makes a condition ("unless we cancel it
            # ourselves") is what another act waits for, no promise; one taken on in words
            # ("yo misma me encargo") is `_taken_on`'s to judge.
            future = ours.search(clause) or _offered(clause, lang) or _by_ours(clause, lang) \
                or _by_others(clause, lang) \
                or (None if set_on[n] or charge.search(clause) else _by_ourselves(clause, lang)) \
                or (_EMPTY.match(clause) if step else None)
            timed = any(ahead[max(0, n - 1):n + 2]) or any(set_on[:n])
            present = None if future else _present_act(clause, lang)  # a future is enough
            found = future or (present if present and (timed or _owned(present, lang)
                                                       or _calling(present, lang)) else None)
            taken = charge.search(clause)
            if not (found or taken) or _negated_act(clause, found or taken, lang) \
                    or _tells(found or taken, lang):
                continue
            # A verb of reckoning that opens a hedge ("rechne ich damit, dass…", "gehe ich
            # davon aus") says what we expect, not what we will do: modality judges it.
            if found and found.re is not _EMPTY and any(
                    h.start() <= found.start() < h.end()
                    for h in hedges_in(clause, lang, frequent=False)):
                continue
            if not any(ahead) and patterns("answering", lang).search(clause):
                continue  # "ich antworte Ihnen gern auf beide Fragen": this reply answering
            if _anything_promised(clause, read or tuple(vocab.codes(lang))):
                continue  # a promise of a known kind: new_commitments has judged it
            if found and found.re is not _EMPTY and _act_kinds(clause, lang) & _CALLS:
                if tells is None:
                    tells = _draft_tells(draft, drafted, lang, read)
                if _new_call(found, tells, lang):
                    return [Violation("new_commitment", "It promises to call the customer, which "
                                      f"the draft does not (“{gist(clause.strip())}”).",
                                      "action")]
            if (taken and _taken_on(clause, found, taken, drafted, lang)) \
                    or (future and not asks and asking.search(clause)) \
                    or (found and _new_act(clause, found, drafted, lang,
                                           not future or future.re is _EMPTY)):
                return [Violation("new_commitment", "It says you will do something the draft "
                                  f"does not (“{gist(clause.strip())}”).", "action")]
    return []


_EMPTY = re.compile("")  # a step of a list of our acts: all its words are what it names


def _by_ours(clause: str, lang: str | None) -> re.Match[str] | None:
    """One of ours doing it ("our technician will replace the valve", "um den Tisch kümmert
    sich unser Schreiner", "o nosso técnico vai", "our engineers are already applying a
    fix"): the act is ours as "we'll" is. Read as the actor first, then the last word of
    its verb ("repainting", "repeindra"; an auxiliary names nothing) and every other word of
    the clause, so what German puts before them ("um den Tisch") is what the act names."""
    m = patterns("our_people", lang).search(clause)
    if not m:
        return None
    who, _, verb = m.group(0).rpartition(" ")
    return _read_first(who, f"{who} {verb}", clause, m)


def _by_others(clause: str, lang: str | None) -> re.Match[str] | None:
    """Someone we name doing a thing for the customer ("Jessica will send you photos of each
    walk", "y le mandará fotos", "elle vous enverra", "e vai te mandar fotos", "sie wird Ihnen
    Fotos schicken"; `others_for_you`): a step the reply promises them as "we'll" does,
    whoever takes it. Read as `_by_ours`: the act first, then every other word of the clause,
    so what it names is judged against the draft's acts as ours is; matched on its first word
    (the one who acts, or the customer's pronoun), its verb is among what the act names."""
    m = patterns("others_for_you", lang).search(clause)
    if not m:
        return None
    return _read_first(m.group(0).split()[0], m.group(0), clause, m)


def _offered(clause: str, lang: str | None) -> re.Match[str] | None:
    """An act we offer gladly ("I'm happy to collect the panel myself", "die Scheibe hole ich
    gern selbst ab", "je me ferai un plaisir de", "con gusto paso a recogerla", "tenho todo o
    gosto em"): ours as "we'll" is. Read as `_by_ours`: the offer first, then every other
    word of the clause, so what German puts before it ("die Scheibe hole") is what it names."""
    m = patterns("our_offers", lang).search(clause)
    if not m:
        return None
    return _read_first(m.group(0), m.group(0), clause, m)


def _read_first(who: str, lead: str, clause: str, m: re.Match[str]) -> re.Match[str] | None:
    """The clause read with `lead` (what `m` found) first and its other words after, matched
    on `who`: an act of ours said in any word order is read as "we'll" is."""
    return re.compile(re.escape(who)).match(f"{lead} {clause[:m.start()]}{clause[m.end():]}")


def _by_ourselves(clause: str, lang: str | None) -> re.Match[str] | None:
    """We doing it ourselves ("nous déposons nous-mêmes votre plan", "we file the forms
    ourselves", "wir reichen den Antrag selbst ein"): an act we take on, a promise in the
    present as "we'll" is, judged as one. Read as `_by_ours`: the "ourselves" first, then
    every other word of the clause, so its verb and object are what the act names."""
    m = patterns("ourselves", lang).search(clause)
    if not m:
        return None
    return _read_first(m.group(0), m.group(0), clause, m)


# A list item ("1. Open Settings", "- Review the figures"): a step of the list it is in. Its
# number may stand as a sentence of its own ("⟦1⟧." ends at its stop), the step after it.
_ITEM = re.compile(rf"\s*(?:(?:{MARKER_RE.pattern}|\d{{1,2}}|[a-z])[.)]|[-•*·])(?:\s|$)")

Acts = list[tuple[set[str], set[str]]]


def _acts(draft: str, lang: str | None) -> Acts:
    """Per draft sentence, its stems and those of its clauses whose act is not the
    customer's: an act keeps its actor. The customer's own step ("you can correct it
    yourself", "please reset the router", "öffnen Sie", "veuillez", "usted puede") is no
    act of ours, so "I'll have our team correct the period" does not say it again; ours
    said by I, we, our team or in the passive stays ours. The steps of a list a clause of
    theirs opens ("you can correct it yourself: 1. Open Payroll…") are theirs too."""
    theirs, we, now = patterns("customer_steps", lang), _ours(lang), patterns("our_present", lang)
    out: Acts = []
    listed = numbered = False  # in a list of the customer's steps; after its number
    for sentence in sentences(norm(plain(draft))):
        listed = listed and (numbered or bool(_ITEM.match(sentence)))
        numbered = listed and bool(_ITEM.fullmatch(sentence))
        kept, stepping = [], listed
        for clause in CLAUSE.split(sentence):
            # Their step goes on in the next clause ("please reset it and restart the
            # modem") until we act in one ("you can send it, and we'll check it").
            stepping = bool(theirs.search(clause)) or (
                stepping and not (we.search(clause) or now.search(clause)))
            if not stepping:
                kept.append(clause)
        out.append((stems(sentence, lang), stems(" ".join(kept), lang)))
        if sentence.endswith(":") and theirs.search(CLAUSE.split(sentence[:-1])[-1]):
            listed = True
    return out


def _present_act(clause: str, lang: str | None) -> re.Match[str] | None:
    """We or I doing something in the present: a step we take, whether its sentence sets it
    on a condition ("falls vorher ein Termin frei wird, schicke ich ihn früher"), times it
    ahead ("on vous prête une tablette en attendant") or neither ("je vous réserve le
    créneau", "le envío la etiqueta", "eu envio", "I'm sending you"): it binds us as "we'll"
    does. Feeling, thanking and asking are no act (`our_present` leaves them out), nor is
    this reply saying what it does (`_replying`)."""
    for act in patterns("our_present", lang).finditer(clause):
        if not _replying(clause, act, lang):
            return act
    return None


@cache
def _owning(lang: str | None) -> re.Pattern[str] | None:
    """None for a language with no `own_acts`: there an untimed present act is never ours."""
    owners = vocab.union("own_acts", vocab.codes(lang))
    return re.compile(r"(?<![\w'])(?:" + vocab.words(owners, longest_first=True)
                      + r")(?![\w'])", re.I) if owners else None


def _owned(act: re.Match[str], lang: str | None) -> bool:
    """Untimed, a present act is one we take on when I make it or it names the customer as
    who it is for, in it or in the word after its verb (`own_acts`: "je glisse dans le
    colis", "le envío"; es and fr only, see `vocab.Lang.own_acts`).
    "We" doing it for nobody named ("on déguste au crachoir", "verlegen wir die Wanderung",
    "nous remboursons les articles non ouverts") tells how we work, as the draft may; a
    rule of a known kind (a refund) is `new_commitments`' to judge."""
    owning = _owning(lang)
    after = act.string[act.end():].split(None, 1)
    return bool(owning and owning.search(act.group(0) + " " + (after[0] if after else "")))


def _replying(clause: str, act: re.Match[str], lang: str | None) -> bool:
    """The act is this reply describing itself ("je vous résume", "ich fasse kurz zusammen",
    "le dejo dos alternativas", "eu explico", "I'm sharing the steps below"): its own verb
    opens a reply phrase (`reply_acts`). Read from the act's start, where its verb is ("te
    adelanto", "erkläre ich"), not after it as `_tells` reads: a reply word further on
    ("je vous rembourse et vous explique pourquoi") leaves the act an act."""
    told = patterns("reply_acts", lang).search(clause, act.start())
    return bool(told) and told.start() < act.end()


_VERB = 2  # words after a "we'll" that hold its verb ("I'll call you", "je vais vous appeler")
_CALLS = frozenset({"≈call"})  # a call: read as new wherever the draft never tells the customer
_TELLING = frozenset({"≈call", "≈tell"})  # the acts that tell the customer something


def _act_kinds(words: str, lang: str | None) -> frozenset[str]:
    """The acts of `same_acts` that `words` name ("ship" → the sending)."""
    return frozenset(a for a in alike(stems(words, lang), lang) if a.startswith("≈"))


def _draft_tells(draft: str, drafted: Acts, lang: str | None, read: tuple[str, ...]) -> bool:
    """The draft tells the customer something later, in any way: a promise to let them know
    ("we'll let you know", "vous serez prévenu", "te mantendremos al tanto"; notification
    `commitment_patterns`), or a step of ours that calls or tells (`same_acts`: "appelle",
    "avisamos", "informieren") in a clause that is not the customer's step (`_acts`), said
    before what the clause is for: "pour prévenir de votre arrivée : ⟦4⟧" is the customer
    telling us, and tells them nothing."""
    if any(_CALLS & alike(o, lang) for _, o in drafted):  # `o`: stems already
        return True
    codes = read or tuple(vocab.codes(lang))
    theirs, purpose = patterns("customer_steps", lang), cue("purposes", lang)
    for sentence in sentences(norm(plain(draft))):
        folded = sentence.translate(literals.FOLD)
        if any(what == "notification" and pattern.search(sentence)
               for what, _, pattern in _scanned(folded, (), codes)):
            return True
        if any(_TELLING & _act_kinds(purpose.split(clause, 1)[0], lang)
               for clause in CLAUSE.split(sentence) if not theirs.search(clause)):
            return True
    return False


def _calling(act: re.Match[str], lang: str | None) -> bool:
    """Our present act is a call, its own verb one of calling ("ich rufe Ihre Mutter am Vortag
    an", "je vous appelle", "ligo para o senhor"): said in the present, a call is still one we
    will make — nobody is phoning in the letter they write — so it binds us untimed too. Not a
    call beside another verb ("marcamos por telefone" books; "hätte ich Sie anrufen müssen"
    owns a call not made)."""
    return bool(_act_kinds(act.group(0), lang) & _CALLS)


def _new_call(found: re.Match[str], tells: bool, lang: str | None) -> bool:
    """A call to the customer ("je vous appelle dès qu'elle est prête", "ligo para o senhor
    assim que a correia chegar", "I'll ring you as soon as it's done") where the draft never
    tells them anything later is a new step of ours, however much of what it waits for the
    draft names: being called when a thing is ready is a service the draft does not offer, and
    the customer will wait for the phone. A draft that promises to tell them ("we'll let you
    know", "vous serez prévenu", "avisamos") keeps a call clean: a call is one way of telling.
    Only a call: a quote or a courier "sent", a part "swapped" may be how the rewrite says an
    act the draft makes in other words (read for every act at stop 50, faithful rewrites
    saying "te mando un presupuesto aparte" were rejected). Its kind is read in its verb: the
    words of the "we'll" and the two after them."""
    if tells:
        return False
    tail = found.string[found.end():]
    return bool(_act_kinds(f"{found.group(0)} {' '.join(tail.split()[:_VERB])}", lang) & _CALLS)


def _new_act(clause: str, found: re.Match[str], drafted: Acts,
             lang: str | None, present: bool = False) -> bool:
    """What we say we will do (`found`, the "we'll") names at least two things of its own,
    two of which no draft sentence names. What it names of its own is after the "we'll"; what
    the draft may share with it includes the verb ("nous ouvrirons une réclamation":
    "ouvrirons" is both). Read twice: as the whole clause, and as the act's object alone,
    before what it is for ("le dejaremos unas gafas de préstamo para conducir mientras
    tanto": a draft that advises against driving in the meantime lends no glasses). A
    `present` act ("on vous prête une tablette") is read as an act taken on (`_taken_on`):
    new only when it names two things, its verb included ("lo miramos", "je vous propose"
    name one), and no draft sentence names any of them — a present that restates the
    draft's act in a word or two of its own ("fazemos a troca") is none. A draft sentence
    says it again only with a word of a clause that is not the customer's step (`_acts`)."""
    tail = found.string[found.end():]  # the clause, or its words after one of ours (`_by_ours`)
    if present:
        # Read by its words, not by act: one word shared makes it the draft's, and "o envio"
        # (the shipping) beside "eu envio" shares no act.
        own = stems(found.group(0), lang) | stems(tail, lang)
        return len(own) >= _SHARED and not any(own & o for _, o in drafted)
    what = cue("purposes", lang).split(tail, 1)[0]
    for part in dict.fromkeys((tail, what)):
        own = stems(part, lang)
        # Read by act: "we'll ship it" is said again by "I'll send it" (`alike`).
        said = alike(own | stems(found.group(0), lang), lang)
        if len(own) >= _SHARED and not any(len(said & alike(d, lang)) >= _SHARED
                                           and said & alike(o, lang) for d, o in drafted):
            return True
    return False


def _taken_on(clause: str, found: re.Match[str] | None, taken: re.Match[str],
              drafted: Acts, lang: str | None) -> bool:
    """An act we take on ourselves ("nos ocupamos de tramitarla", "je vérifierai
    personnellement qu'il le fait") is a promise even in the present and in one word: new when
    no draft sentence names anything of it (its words after the taking on, and its own verb)."""
    # The words of taking it on are no act ("je m'en occupe personnellement": nothing named).
    taking = " ".join(patterns("taking_charge", lang).findall(clause))
    own = stems(clause[taken.end():], lang) - stems(taking, lang)
    if found:
        own |= stems(found.group(0), lang)
    return bool(own) and not any(own & o for _, o in drafted)


# An aside ends where its clause does ("…, as you asked.", "Et comme tu le demandes, je…").
# Run on, it is part of a clause that says what someone else asks ("como pede o regulamento")
# or how the customer wanted something ("no es así como querías pasar tu estancia").
_ASIDE_END = re.compile(r"\s*(?:[.,;:!?)–—]|$)")


def granted_as_asked(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """The customer's request granted in so many words ("the technician comes tomorrow
    morning, as you asked", "je la mets en première catégorie, comme tu le demandes", "a tela
    nova chega ainda essa semana, como você pediu"): an aside (`as_asked`) saying that what
    its sentence does is what the customer wanted. When no draft sentence says so, it turns
    the customer's wish into our promise, whatever its clause's verb. Negated ("not as you
    asked") or asked as a question, it grants nothing."""
    asked = patterns("as_asked", lang)
    if asked.search(norm(plain(draft))):
        return []
    no = vocab.negation(lang)
    for sentence in sentences(norm(plain(rewrite))):
        if sentence.rstrip().endswith("?"):
            continue
        for m in asked.finditer(sentence):
            if not _ASIDE_END.match(sentence, m.end()):
                continue
            if no.search(" ".join(sentence[:m.start()].split()[-2:])):
                continue  # "pas comme vous le souhaitez", "nicht wie gewünscht"
            return [Violation("new_commitment", "It says the customer's request is granted "
                              f"(“{gist(sentence.strip())}”), which the draft does not say.",
                              "action")]
    return []


def assured_regardless(draft: str, rewrite: str, theirs: str,
                       lang: str | None = None) -> list[Violation]:
    """Something of the customer's own said to hold whatever happens ("either way, he'll be
    home for your mum's birthday", "de uma forma ou de outra, terá o vídeo para o Natal",
    "quoi qu'il arrive vous les aurez pour le réveillon"): a sentence with a "whatever
    happens" (`whatever_happens`) naming a thing the customer's message names and the draft
    does not. Their occasion, date or wish made certain is a promise; a draft that says
    "whatever happens" itself is the rewrite's to say again. What the draft already names
    ("either way, the order total stays ⟦3⟧") is its own fact restated, and a negated sentence
    ("either way, I can't promise it") promises nothing."""
    regardless = words_pattern("whatever_happens", lang)
    drafted = norm(plain(draft))
    if regardless.search(drafted):
        return []
    only = theirs_only(theirs, draft, lang)
    if not only:
        return []
    no = vocab.negation(lang)
    for sentence in sentences(norm(plain(rewrite))):
        if sentence.rstrip().endswith("?") or not regardless.search(sentence) \
                or no.search(sentence):
            continue
        if stems(sentence, lang) & only:
            return [Violation("new_commitment", "It promises the customer's own occasion "
                              f"whatever happens (“{gist(sentence.strip())}”), which the "
                              "draft does not.", "guarantee")]
    return []

"""Invariants 2 and 3 at the sentence level: every condition, limit and hedge of the draft
still qualifies what it qualified, in the rewrite.

A promise the category patterns (commitments.py) do not know ("the fee is waived", "it can be
fixed by the update") still must not lose its "if" or its "may": a customer told "we'll refund
you" where the agent wrote "if the parcel is lost, we'll refund you" holds the company to
something the agent never agreed to. Each draft sentence carrying a condition or a hedge is
found again in the rewrite by the content it shares (stems and markers, so a reordered or
merged sentence is still found); the rewrite's sentences saying it must carry at least as many
conditions and hedges. Counting, not matching words, lets "if" become "once" while "if the
reset fails, we'll send a label" losing its "if" is caught even when an "after" elsewhere in
it stays. With fewer conditions, one is dropped when what it was about is gone, or is still
there but no longer conditions anything: the reason for it ("since…", "so…"), a plain fact
("the part is delivered tonight, and…") or advice ("we recommend keeping the invoice"). What a
promise leaves out ("hors franchise", "excluding the excess") is counted the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from heard import vocab
from heard.guard.decision import refuses
from heard.guard.modality import (
    DISCLAIMING,
    able,
    addressed,
    canned,
    chanced,
    disclaimed,
    due,
    forbidden,
    forbidding,
    frequented,
    happening,
    hedged_parts,
    hedges_in,
    obliged,
    obliging,
    opens_on_condition,
    permitted,
    possible,
    self_disclaimed,
    supposed,
    unpromised,
)
from heard.guard.text import (
    CLAUSE,
    IF_OR_WHEN,
    OPENING_MARKS,
    blocks,
    by_word,
    clauses_holding,
    cue,
    gist,
    goes_on,
    norm,
    ours_acting,
    patterns,
    purpose_end,
    required_before,
    sentences,
    stems,
    topic_heading,
    word_stems,
    words_pattern,
)
from heard.guard.violation import Violation
from heard.protect import MARKER_RE

_WORD = re.compile(r"⟦\d+⟧|\w+")
_PREFIX = 4  # the shortest start of a word a stem may be
_SAYS = 2  # stems a rewrite sentence shares with a draft sentence to be saying part of it
_SAYING = 8  # rewrite sentences, the closest, weighed as saying one draft sentence again
_COVER = 0.6  # share of the draft sentence's content those rewrite sentences must hold


def _hedges(sentence: str, lang: str | None, weak: bool = False) -> int:
    """Hedges on what will happen, one per clause: "a previsão é deixá-la pronta por volta de
    ⟦6⟧" hedges one date twice, and "costuma levar…, o que a deixa pronta por volta de ⟦6⟧"
    keeps both of the draft's clauses soft. "Could you send…" is a polite request, not one.
    `weak`: only those on the softest step ("may", "podría"; modality.possible)."""
    return clauses_holding(sentence, (m for m in hedges_in(sentence, lang)
                                      if not addressed(sentence, m, lang)
                                      and (not weak or possible(m.group(0), lang))))


_PERMITTING = re.compile(r"(\w+) permitting$", re.I)  # English's absolute "weather permitting"


def _allowed(sentence: str, said: list[str], lang: str | None) -> int:
    """Its hedges naming what must allow it ("weather permitting", "stock permitting") that
    the rewrite's sentences `said` say as a condition on that thing ("if the weather allows",
    "as long as stock allows"): the same reservation in the other shape. A condition on
    something else ("if you confirm by Friday") keeps none."""
    nouns = [n.group(1).lower() for m in hedges_in(sentence, lang)
             if (n := _PERMITTING.match(m.group(0)))]
    if not nouns:
        return 0
    conditions = [r[c.end():] for r in said for c in cue("conditions", lang).finditer(r)]
    return sum(1 for noun in nouns
               if any(re.match(r"\W*(?:\w+\W+){0,2}?" + re.escape(noun) + r"\b", c, re.I)
                      for c in conditions))


def _possible(sentence: str, lang: str | None) -> int:
    """Its hedges on the softest step ("may", "podría"), one per clause."""
    return _hedges(sentence, lang, weak=True)


def _would(sentence: str, lang: str | None) -> int:
    """Its clauses in the conditional mood (lang/*.json `conditional_moods`: "would",
    "sería", "serait", "wäre") where the sentence holds a condition: "de no haber retrasos en
    el enfriado, la salida de taller sería el viernes" says what the draft's "si no hay
    retrasos, deberían salir el viernes" expects, under the same "if" (one opening the
    sentence, `opens_on_condition`). In a rewrite, it keeps
    a hedge on the likely step ("should"); without an "if" it keeps none (`supposed` reads it
    on the possible step only)."""
    if not opens_on_condition(sentence, lang):
        return 0  # "…, and we would be glad to help if you need anything" supposes nothing
    return clauses_holding(sentence, cue("conditional_moods", lang).finditer(sentence))


def _likely(sentence: str, lang: str | None) -> int:
    """Its hedges one step firmer ("usually", "should arrive", "suele"), one per clause."""
    return _hedges(sentence, lang) - _possible(sentence, lang)


def _restricted(sentence: str, at: int, lang: str | None) -> bool:
    """An "only" restricts the condition at `at`: in its clause before it, or in the clause
    before when it opens one ("wird nur ersetzt, wenn…")."""
    parts = CLAUSE.split(sentence[:at])
    lead = parts[-1] if parts[-1].strip() or len(parts) < 2 else parts[-2]
    return bool(patterns("restrictives", lang).search(lead.rstrip() + " "))


def _only_ifs(sentence: str, lang: str | None) -> int:
    """Its conditions that "only" restricts ("n'est possible que si", "só será coberto se")."""
    return sum(1 for m in _cues(sentence, lang) if _restricted(sentence, m.start(), lang))


def _unsure(sentence: str, lang: str | None) -> int:
    """Its conditions that leave the event open: an "if", or one "only" restricts ("only once
    the survey confirms it"), not a bare "once" or "as soon as", which expects it, nor an "if
    possible", which asks. A "when" or "after" that "only" restricts ("I'll only know when…",
    "erst nach…") and a "not … until" ("I can't confirm it until…") hold it open too: the
    same "only once" said with a time word. So does a dependency ("depends on the survey
    confirming it")."""
    sure, advice = _sure(lang), patterns("advice", lang)
    return sum(1 for m in _cues(sentence, lang)
               if (not sure.match(sentence, m.start()) or _restricted(sentence, m.start(), lang))
               and not advice.match(sentence, m.start())) + len(_only_then(sentence, lang)) \
        + len(cue("dependencies", lang).findall(sentence)) + len(_required(sentence, lang))


def _only_then(sentence: str, lang: str | None) -> list[re.Match[str]]:
    """Its time words that make a condition: a "when" or "after" that "only" restricts ("I
    can confirm only after…", "je ne le saurai qu'après…", "erst wenn…") and an "until" after
    a negation in its clause ("we can't confirm it until…", "no lo sabremos hasta que…",
    "não conseguimos confirmar até que…"): nothing happens before the event."""
    out = []
    only, no = patterns("restrictives", lang), vocab.negation(lang)
    for m in cue("temporal_conditions", lang).finditer(sentence):
        if not cue("conditions", lang).match(sentence, m.start()) and (
                _restricted(sentence, m.start(), lang) or only.search(m.group(0) + " ")):
            out.append(m)
    for m in cue("untils", lang).finditer(sentence):
        start = _clause_start(sentence, m.start())
        if no.search(sentence[start:m.start()]):
            out.append(m)
    return out


def _courteous(sentence: str, lang: str | None) -> int:
    """Its conditions that only make a request polite ("if possible, wrap it", "si possible",
    "wenn möglich"): said of what the draft requires, they make it a suggestion."""
    advice = patterns("advice", lang)
    return sum(1 for m in _cues(sentence, lang) if advice.match(sentence, m.start()))


@cache
def _sure(lang: str | None) -> re.Pattern[str]:
    said = vocab.union("presuming", vocab.codes(lang)) \
        + vocab.union("temporal_conditions", vocab.codes(lang))
    return re.compile(r"(?:" + vocab.words(said, longest_first=True) + r")(?!\w)", re.I)


def _can(sentence: str, lang: str | None, drafted: bool = False) -> int:
    """Its hedges that are the future of "can" ("podrá") or what "you" may do (`permitted`),
    or, in a rewrite, its present "can" ("puede"), which keeps them: both say the thing is
    possible, not promised. `drafted`: a draft's present "can" is no hedge it must keep
    ("o rio provavelmente vai estar bom, mas isso pode mudar"), so the rewrite's, said again,
    stands for none of the hedges the rewrite drops."""
    if sentence.rstrip().endswith("?"):
        return 0
    hedged = sum(1 for m in hedges_in(sentence, lang)
                 if able(m.group(0), lang) or permitted(sentence, m, lang))
    if drafted:
        return hedged
    # A "can" its clause denies ("I can't confirm it yet", "no podemos") offers nothing: it
    # keeps no "we can probably add it".
    no = vocab.negation(lang)
    return hedged + sum(1 for c in CLAUSE.split(sentence)
                        for m in cue("options", lang).finditer(c) if not _denied(c, m, no, lang))


def _denied(clause: str, can: re.Match[str], no: re.Pattern[str], lang: str | None) -> bool:
    """A "can" of `clause` is denied by a negation before it ("no podemos", "não pode") or on
    it, in its own word or the next ("we can't", "we can not"). One further on is on what it
    does, not on the "can": "you can give the lessons to someone else at no cost", "puedes
    regalarlas sin ningún coste", "vous pouvez les offrir sans aucun frais", "pode oferecê-las
    sem nenhum custo" offer it, free. German puts its "nicht" late in the clause ("das können
    wir leider nicht machen"): there, as in a text of unknown language, any denies it."""
    if lang in ("de", None):
        return bool(no.search(clause))
    on = re.match(r"[\w'’]*\s*[\w'’]*", clause[can.end():])
    return bool(no.search(clause[:can.end() + (on.end() if on else 0)]))


def _conditions(sentence: str, lang: str | None) -> int:
    """"If", "unless", "once", not "when" or "after": in a plain sentence those tell time
    ("blocked after an attempted payment"). And a requirement said as a noun or a predicate
    beside a promise or offer of ours (`_required`)."""
    return len(_cues(sentence, lang)) + len(_required(sentence, lang))


_DURATION = re.compile(r"(?:\d+|⟦\d+⟧)")


@cache
def _lead_words(lang: str | None) -> re.Pattern[str]:
    """What may open a clause before a requirement said first in it: "but", "and", "for that"
    ("aber", "pero", "mais", "dafür", "para ello", "pour cela")."""
    said = vocab.union("contrasts", vocab.codes(lang)) \
        + vocab.union("coordinators", vocab.codes(lang)) \
        + vocab.union("sequel_needs", vocab.codes(lang))
    return re.compile(r"^(?:\s*(?:" + vocab.words(said, longest_first=True)
                      + r")(?!\w))*\s*$", re.I)


def _requirements(sentence: str, lang: str | None) -> list[tuple[int, int, str]]:
    """Each requirement the sentence says as a noun or a predicate (lang/*.json
    `required_heads`, `required_tails`): where its clause starts, where it ends, and what it
    requires ("Voraussetzung ist eine positive Bonitätsprüfung", "a positive credit check is
    required", "é necessária uma análise de crédito"). Not a question, not one its clause denies
    ("no account is required", "keine Anzahlung ist nötig") or makes a condition of its own
    ("if required", "falls nötig", "si es necesario"), not a span of time ("il faut 6 jours",
    "⟦3⟧ days are needed": how long it takes, not what must hold), and what it requires named
    by a word of its own (not "it is required", "il est nécessaire")."""
    if sentence.rstrip().endswith("?"):
        return []
    out = []
    no, lead = vocab.negation(lang), _lead_words(lang)
    for m in patterns("required_heads", lang).finditer(sentence):
        start = _clause_start(sentence, m.start())
        if not lead.match(sentence[start:m.start()].lstrip(_BULLETS)):
            continue
        end = _CLAUSE_END.search(sentence, m.end())
        what = sentence[m.end():end.start() if end else None]
        # "Voraussetzung ist, dass …", "la condition est que …": what it requires is the clause
        # the comma opens.
        if not _words(what) and end and end.group(0) == "," \
                and _that(lang).match(sentence, end.end()):
            after = _CLAUSE_END.search(sentence, end.end())
            what = sentence[end.end():after.start() if after else None]
            end = after
        out.append((start, m.start(), end.start() if end else len(sentence), what))
    for m in patterns("required_tails", lang).finditer(sentence):
        start = _clause_start(sentence, m.start())
        named = m.groupdict().get("what")
        what = named if named else sentence[start:m.start()].lstrip(_BULLETS)
        end = _CLAUSE_END.search(sentence, m.end())
        out.append((start, m.start(), end.start() if end else len(sentence), what))
    units = words_pattern("time_units", lang)
    # (Nor one in a reason or a relative clause: "…, because the survey is needed for the
    # fitting", "…, die erforderlich ist" tell why or which, not what must hold.)
    why = words_pattern("causes+relatives", lang)
    return [(a, b, what) for a, at, b, what in out
            if _words(what) and not no.search(sentence[a:b]) and not why.search(sentence[a:at])
            and not _cues(sentence[a:b], lang, IF_OR_WHEN)
            and not (units.search(what) and _DURATION.search(what))]


def _promised(text: str, lang: str | None) -> bool:
    """`text` says a promise or an offer of ours ("we'll", "I can", "podemos", "wir
    erstatten", "I'm happy to") or what the customer can have ("you can", "ist möglich", "c'est
    possible"), in a clause no negation denies ("I'm not able to refund it" refuses). Not what
    we did ("we found rust"): a requirement beside a finding describes it."""
    no = vocab.negation(lang)
    for p in [*(patterns(f, lang) for f in ("our_future", "taking_charge", "our_abilities",
                                            "our_present", "our_offers")),
              cue("options", lang), words_pattern("possible_predicates", lang)]:
        for m in p.finditer(text):
            if not no.search(CLAUSE.split(text[:m.start()])[-1] + m.group(0)
                             + CLAUSE.split(text[m.end():])[0]):
                return True
    return False


@lru_cache(maxsize=4096)  # read per sentence by several counts
def _required(sentence: str, lang: str | None) -> tuple[str, ...]:
    """What the sentence's requirements said as a noun or a predicate require (`_requirements`),
    where the sentence also says a promise or offer of ours outside the requirement's clause:
    "we can spread it over ⟦4⟧ months; a positive credit check is required" makes the credit
    check the instalments' condition, as "if the credit check is positive" does. A requirement
    beside no promise ("a valid passport is required for the trip", "il faut un acompte pour
    bloquer la date" with nothing of ours offered) describes, and conditions nothing."""
    # Only after the promise: a proviso follows what it qualifies ("we can X; Y is
    # required"); one before it ("pour ⟦2⟧, il vous faut une troisième piste : je peux la
    # bloquer…") tells the customer's need, which the offer then answers.
    return tuple(what for a, _, what in _requirements(sentence, lang)
                 if _promised(sentence[:a], lang))


def _bare_requirement(sentence: str, lang: str | None) -> bool:
    """The sentence is a requirement said as a noun or a predicate, first in it, beside no
    promise of its own ("Voraussetzung ist eine positive Bonitätsprüfung.", "A positive credit
    check is required.", "Es necesaria una verificación de solvencia.")."""
    found = _requirements(sentence, lang)
    if not found or found[0][0] != 0:
        return False
    a, b, _ = found[0]
    return not _promised(sentence[:a] + " " + sentence[b:], lang)


def _attached(said: list[str], lang: str | None) -> list[str]:
    """The sentences with each requirement said on its own (`_bare_requirement`) joined to the
    promise or offer it qualifies: the sentence right before it, or, where it is an item of a
    list (no stop of its own, nor the lines before it up to one ending on a colon), the line
    announcing the list ("Eine Ratenzahlung ist möglich: | Laufzeit ⟦4⟧ Monate | Voraussetzung
    ist eine positive Bonitätsprüfung"). Every language here says a promise's requirement so,
    after the promise, in a sentence of its own ("We can spread it over ⟦4⟧ months. A positive
    credit check is required."): it is that promise's condition, as "…, if the credit check is
    positive" is. One after a sentence offering nothing (a question, a plain fact) describes.
    Read alike in the draft and the rewrite: a rewrite saying it the same way keeps it."""
    out = list(said)
    for i in range(len(said) - 1, 0, -1):
        if not _bare_requirement(said[i], lang):
            continue
        j = i - 1
        while j > 0 and i - j < _ITEMS and not re.search(r"[.!?:]$", said[j].rstrip()):
            j -= 1
        if j != i - 1 and not said[j].rstrip().endswith(":"):
            j = i - 1
        target = out[j].rstrip()
        if target.endswith("?") or not _promised(target, lang):
            continue
        out[j] = target + " " + said[i] if target.endswith(":") \
            else target.rstrip(".!") + "; " + said[i]
        del out[i]
    return out


def _restated(said: list[str], about: set[str], lang: str | None) -> bool:
    """A clause of one of the sentences `said` requires or conditions what a requirement was
    about (half its words at least): a condition, a requirement word, "only", or a requirement
    said as a noun or a predicate ("you'll need a positive credit check first", "sobald die
    Bonitätsprüfung positiv ist", "the credit check has to come back positive")."""
    asks = [cue(IF_OR_WHEN, lang), cue("requirements+own_needs", lang),
            patterns("restrictives", lang), patterns("required_heads", lang),
            patterns("required_tails", lang)]
    # Half of it in the sentence, and a word of it in the clause that asks: "der Partner prüft
    # Ihre Bonität, und diese Prüfung muss positiv ausfallen" says the check it requires over
    # two clauses; "…übernimmt der Partner, Sie müssen nur den Antrag stellen" asks for
    # something else.
    for sentence in said:
        if not _names_half(about, stems(sentence, lang)):
            continue
        for m in (m for p in asks for m in p.finditer(sentence)):
            # (The clause it asks in, or, after a label's colon, "Bedingung: …", the next.)
            asked = sentence[_clause_start(sentence, m.start()):m.start()] \
                + _clause_rest(sentence, m.end())
            if _kin(about, stems(asked, lang)):
                return True
    return False


def _cues(sentence: str, lang: str | None, field: str = "conditions"
          ) -> list[re.Match[str]]:
    """The sentence's conditions but advice that opens like one (German "Denken Sie daran,
    …" has the verb first, as "Trifft er ein, …" does), a condition word that says something
    else there ("en tant que", "more than once", an open question's "no sabemos si") and one
    holding either way ("even if")."""
    advice = patterns("advice", lang)
    other = [(m.start(), m.end()) for p in (patterns("not_conditions", lang),
                                            cue("regardless", lang), cue("whethers", lang))
             for m in p.finditer(sentence)]
    found = [m for m in cue(field, lang).finditer(sentence) if not advice.search(m.group(0))
             and not any(a <= m.start() < b for a, b in other)]
    # A verb that opens the main clause right after the comma closing a fronted condition
    # (German verb-second: "Wenn das Paket bis Freitag da ist, sollte die Reparatur…",
    # `fronted_main_verbs`) is what the condition conditions, not a condition said by its
    # verb first ("Sollte es regnen, …"): only after a condition word ("wenn", "falls") opened
    # the same part, back to a semicolon, a colon or a dash.
    main, word = words_pattern("fronted_main_verbs", lang), words_pattern("conditions", lang)
    out = []
    for m in found:
        said = m.group(0).lstrip()
        if said.startswith(",") and main.match(said.lstrip(" ,")) and any(
                word.fullmatch(f.group(0).strip()) and not re.search(
                    r"[;:—–]", sentence[f.end():m.start()]) for f in out):
            continue
        out.append(m)
    return out


_CLAUSE_END = re.compile(r"[,;:.!?]")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding `at` begins: after the last comma or stop before it."""
    return max((c.end() for c in _CLAUSE_END.finditer(sentence, 0, at)), default=0)


_ASIDE = re.compile(r"\s*\([^()]*\)")


@cache
def _worst(lang: str | None) -> re.Pattern[str]:
    """A worst case opening a clause ("au pire, …", "at worst, …", "en el peor de los casos,
    …", "im schlimmsten Fall leihen wir…", "na pior das hipóteses, …"; lang/*.json
    `worst_cases`): what follows is what happens if things go badly."""
    said = vocab.union("worst_cases", vocab.codes(lang))
    return re.compile(r"(?:^|[,;:—–(]\s*)(?:" + vocab.alternation(said)
                      + r")(?!\w)", re.I)


def _going_wrong(conds: list[tuple[set[str], list[str], bool]], lang: str | None) -> bool:
    """Every condition only says that what the reply said goes badly: about one word, and
    that denied or a going wrong ("si ça coince", "if that fails", "si eso falla", "wenn das
    nicht klappt", "se isso falhar"; lang/*.json `going_wrong`). "In the worst case" says
    that same case: a rewrite's "au pire, …" keeps it. (Not a condition naming more, "s'il ne
    revient pas à temps", nor one on something going right, "if it's approved".)"""
    wrong = words_pattern("going_wrong", lang)
    return bool(conds) and all(
        len(a) == 1 and bool(vocab.negation(lang).search(" ".join(w)) or wrong.search(
            " ".join(w))) for a, w, _ in conds)


def _wished(words: list[str], lang: str | None) -> bool:
    """The condition, by its words, is the customer's wish ("if you'd like, …")."""
    said = " ".join(words)
    # What suits the customer is their wish only where nothing in the condition denies it: a
    # negation in its subject ("if none of that works for you", "si ninguna le viene bien",
    # "se nenhum lhe servir", "wenn keinem von euch das passt") makes it the case where the
    # choices offered fail, and what follows ("we can refund the deposit") is the other
    # choice, offered only then: a real condition, as "si no te sirve" already was. (A
    # negation after it is what the wish chooses: "se preferires não esperar".)
    no = vocab.negation(lang)
    return any(m.group("wish") or not no.search(said[:m.start()])
               for m in _wishes(lang).finditer(said))


@cache
def _wishes(lang: str | None) -> re.Pattern[str]:
    """The customer's wishes as a condition's words spell them: its words are read without
    their apostrophes, so "you'd like" is "you d like" there."""
    codes = vocab.codes(lang)
    said = [re.sub(r"['’]", " ", w) for w in vocab.union("wishes", codes)]
    # (What suits the customer denied, "si no te sirve", "se não te der jeito", is no wish:
    # "if it doesn't suit you, we can refund" makes the refund the other choice, and a
    # rewrite offering it outright drops that.)
    theirs = [re.sub(r"['’]", " ", w) for w in vocab.union("condition_wishes", codes)]
    return re.compile(r"(?<!\w)(?:(?P<wish>" + vocab.words(said, longest_first=True)
                      + r")|(?<!\bno )(?<!\bnão )(?:" + vocab.words(theirs, longest_first=True)
                      + r"))(?!\w)",
                      re.I)


def _conditioned_on(sentence: str, lang: str | None) -> list[tuple[set[str], list[str], bool]]:
    """Per condition of the sentence but one turning the one before round ("otherwise", "si
    no, …": about what that one is about): the stems of what it is about ("the reset fails"),
    its words as written, and whether the customer is its subject ("if you post it back": an
    instruction may say it)."""
    out = []
    that = _that(lang)
    for n, m in enumerate(_cues(sentence, lang)):
        end = _CLAUSE_END.search(sentence, m.end() + 1)
        # It goes on past a comma with "that", perhaps after an aside ("si se confirma, con
        # los registros, que fue…"): what it is about runs to that clause's end.
        if end and end.group(0) == ",":
            aside = _CLAUSE_END.search(sentence, end.end())
            if that.match(sentence, end.end()):
                end = aside
            elif aside and aside.group(0) == "," and that.match(sentence, aside.end()):
                end = _CLAUSE_END.search(sentence, aside.end())
        # A condition said by its verb first ("Trifft er ein, …") is all of its own match, as
        # is one said as what the customer brings ("with a certificate, …": theirs to bring,
        # so an instruction may say it).
        held = bool((h := _held(lang).match(sentence, m.start())) and h.end() == m.end())
        # So is one said as what is still lacking by a time limit ("ohne Platz bis ⟦3⟧
        # erstatte ich…", "without a reply by Friday, we…"): German has no comma after it.
        lacking = not held and bool((k := _lacking(lang).match(sentence, m.start()))
                                    and k.end() == m.end())
        said = m.group(0)[:-1] if m.group(0).endswith(",") else m.group(0) \
            if held or lacking else \
            _before_duty(sentence[m.end():end.start() if end else None], lang)
        if held:
            said = said.lstrip(" ;:—–").split(" ", 1)[-1]
        elif lacking:
            # (What is lacking, "a reply": the time limit said on the step instead, "we
            # cancel by Friday", keeps no condition.)
            said = next(g for g in k.groups() if g is not None)
        # An aside in brackets ("… in a plastic cover (a health rule since ⟦5⟧)") is what
        # the sentence says beside it, not what the condition asks.
        said = _ASIDE.sub("", said)
        turned = bool(cue("otherwise", lang).fullmatch(m.group(0).strip(" ,;:(—–")))
        if turned or not _words(said):
            # One opening the sentence that takes up the one before ("If so, it should
            # arrive on Monday", "Si es así, debería llegar…", "Falls ja, starten wir…")
            # names nothing here: it is gone with its word, not kept by what it conditions.
            # (Not one turning it round, "if not", "sinon": a rewrite says that as
            # "otherwise", which conditions nothing.)
            if n == 0 and not turned and not sentence[:m.start()].strip(OPENING_MARKS) \
                    and not vocab.negation(lang).search(said):
                out.append((set(), _WORD.findall(said), False))
            continue
        out.append((stems(said, lang), _WORD.findall(said),
                    held or bool(cue("addressees", lang).search(said))))
    out += [(stems(what, lang), _WORD.findall(what), bool(cue("addressees", lang).search(what)))
            for what in _required(sentence, lang)]
    return out


@cache
def _duty_openers(lang: str | None) -> re.Pattern[str]:
    """An obligation on us or no one opening a main clause (lang/*.json `duty_openers`),
    after two words of the condition at least: "if we have to order it, …" is the
    condition's own verb."""
    said = vocab.union("duty_openers", vocab.codes(lang))
    if not said:
        return re.compile(r"(?!)")
    return re.compile(r"^\s*(?:\S+\s+){2,}?(?=(?:" + vocab.words(said, longest_first=True)
                      + r")(?!\w))", re.I)


def _before_duty(said: str, lang: str | None) -> str:
    """What a condition with no comma after it is about: up to a duty that opens what it
    conditions ("si el resorte está roto habrá que pedir la pieza, que normalmente tarda…"
    is about the spring, not the part and its usual wait, which a rewrite must then keep)."""
    m = _duty_openers(lang).match(said)
    return m.group(0) if m else said


def _held(lang: str | None) -> re.Pattern[str]:
    """A condition said as what the customer holds or brings ("with a certificate, …")."""
    return patterns("held_conditions", lang)


def _lacking(lang: str | None) -> re.Pattern[str]:
    """A condition said as what is still lacking by a time limit ("without a reply by
    Friday, …", "ohne Platz bis ⟦3⟧ …", "sans réponse d'ici vendredi, …", lang/*.json
    `lacking_conditions`): "if there is no reply by then", whoever owes it."""
    return patterns("lacking_conditions", lang)


def _verb_first(lang: str | None) -> re.Pattern[str]:
    """A condition said by its verb first, whatever its subject (lang/*.json
    `verb_first_conditions`): "Läuft Bruno danach ruhiger an der Leine, kann er…"."""
    return patterns("verb_first_conditions", lang)


def _echoed(sentence: str, conds: list[tuple[set[str], list[str], bool]],
            lang: str | None) -> int:
    """The rewrite sentence's conditions said by their verb first (`_verb_first`) that say
    one of the draft sentence's conditions again: half of what it is about at least ("wenn
    alles klappt" → "klappt alles, …", "sofern Bruno danach ruhiger an der Leine läuft" →
    "läuft Bruno danach ruhiger an der Leine, …"). Only those: the shape is loose (a name,
    "alles" or an adverb before the verb's subject), so one about anything else is no
    condition kept, and a draft's is never read this way. Not one a condition word already
    holds. Denied in both or in neither: "wenn dabei nichts reißt" is said again by "reißt
    dabei nichts, …", not by "reißt dabei etwas, …", which names the same things."""
    taken = [(m.start(), m.end()) for m in _cues(sentence, lang)]
    no = vocab.negation(lang)
    out = 0
    for m in _verb_first(lang).finditer(sentence):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        said = stems(m.group(0).rstrip(","), lang)
        denied = bool(no.search(m.group(0)))
        if any(_names_half(a, said) and bool(no.search(" ".join(words))) == denied
               for a, words, _ in conds):
            out += 1
    return out


@cache
def _that(lang: str | None) -> re.Pattern[str]:
    codes = vocab.codes(lang)
    return re.compile(r"\s*(?:" + vocab.words(vocab.union("complementizers", codes))
                      + r")(?!\w)", re.I)


def _clause_rest(sentence: str, at: int) -> str:
    """What follows `at` in its clause: up to the next clause end, or the sentence's end."""
    end = _CLAUSE_END.search(sentence, at)
    return sentence[at:end.start() if end else None]


def _timed(sentence: str, abouts: list[set[str]], lang: str | None) -> int:
    """The sentence's "when" and "after" clauses about what one of `abouts` names; not one
    inside a condition's own clause ("if any are still alive after ⟦6⟧"). One pointing back
    ("after that", "après cela", "tras eso") keeps a condition that names nothing either
    ("once we have these"): both are about what was said before."""
    found = 0
    back = _back(lang)
    # (A "not … until" on it is one too: "I can't confirm it until the allocation comes".)
    only = _only_then(sentence, lang)
    said = [*cue("temporal_conditions", lang).finditer(sentence),
            *(m for m in only if cue("untils", lang).fullmatch(m.group(0)))]
    restricted = {m.start() for m in only}
    for m in said:
        if cue("conditions", lang).match(sentence, m.start()):
            continue  # the field's name holds "conditions": their patterns come along
        start = _clause_start(sentence, m.start())
        if _cues(sentence[start:m.start()], lang):
            continue
        rest = _clause_rest(sentence, m.end())
        said = stems(rest, lang)
        # A condition that names nothing ("once we have it") is kept by a "when" whose clause
        # opens on a word pointing back ("when that arrives", "quand ça arrive", "sobald das
        # da ist"): both are about what was said before.
        # So does one that "only" restricts ("run it only if you must" → "only when you
        # really need to"): the same open condition said with a time word.
        found += any(_kin(a, said) if a else bool(back.match(rest.strip()))
                     or m.start() in restricted for a in abouts)
    return found


def _depended(sentence: str, abouts: list[set[str]], lang: str | None) -> int:
    """The sentence's dependencies ("depends on", "depende de", `dependencies`) on what one
    of `abouts` names, half its words at least: a condition said as what the step hangs on
    ("a coleta só é feita se o obstetra concordar" → "a coleta depende de o obstetra
    concordar", "once they arrive, it takes ⟦4⟧ days" → "…, so the date depends on those
    boards arriving"). One on something else ("depends on the weather") keeps none."""
    found = 0
    for m in cue("dependencies", lang).finditer(sentence):
        said = stems(_clause_rest(sentence, m.end()), lang)
        found += any(_names_half(a, said) for a in abouts)
    return found


def _needed(sentence: str, conds: list[tuple[set[str], list[str], bool]],
            lang: str | None) -> int:
    """The sentence's requirements naming what one of the draft's conditions asks, in the
    clause they open or the one after ("the green patina is possible at no extra cost, but I
    need your confirmation by ⟦5⟧", "pueden salir ⟦4⟧: solo necesito que me confirme antes
    de las ⟦5⟧"): the condition said as what must happen first. Half of what the condition
    is about at least, and one requirement per condition: a need about anything else keeps
    none, nor does one denied in its clause."""
    abouts = [a for a, words, _ in conds if a and not _wished(words, lang)]
    found, used = 0, set()
    for m, _clause, end, denied in _requirement_clauses(sentence, lang):
        # A requirement denied ("you don't need to send a photo", "no hace falta que nos
        # envíe", "ein Foto brauchen wir nicht") asks for nothing: it drops the condition.
        if denied:
            continue
        if end and end.group(0) == ",":
            end = _CLAUSE_END.search(sentence, end.end())
        said = stems(sentence[m.end():end.start() if end else None], lang)
        for k, a in enumerate(abouts):
            if k not in used and _names_half(a, said):
                used.add(k)
                found += 1
                break
    return found


def _unneeded(sentence: str, about: set[str] | None, lang: str | None) -> bool:
    """The sentence says what a condition asks is not needed: a requirement with a "no" in
    its clause, the clause naming half of what the condition is about ("we'll refund it, but
    you don't need to send a photo", "y no hace falta que nos envíe una foto", "ein Foto
    brauchen wir nicht"). The condition is not kept but denied: what it held now holds
    without it. With no `about`, any requirement denied (a draft's own: "a child needs no
    licence if fishing with an adult" is said again, not made up)."""
    if about is not None and not about:
        return False
    return any(denied and (about is None or _names_half(about, stems(clause, lang)))
               for _m, clause, _end, denied in _requirement_clauses(sentence, lang))


def _requirement_clauses(sentence: str, lang: str | None
                         ) -> Iterator[tuple[re.Match[str], str, re.Match[str] | None, bool]]:
    """Each requirement of the sentence ("you need to", "hace falta", "brauchen wir"), with
    its clause, the clause's end (None at the sentence's) and whether a "no" in the clause
    denies it. `_needed` keeps the condition by one not denied; `_unneeded` drops it by one
    denied: both must read the same clause the same way."""
    no = vocab.negation(lang)
    for m in cue("requirements+own_needs", lang).finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end())
        clause = sentence[_clause_start(sentence, m.start()):end.start() if end else None]
        yield m, clause, end, bool(no.search(clause))


def _purposed(sentence: str, conds: list[tuple[set[str], list[str], bool]],
              lang: str | None) -> int:
    """The draft's conditions said as what it takes to get what they condition: the sentence
    opens on a purpose up to its comma (`purpose_leads`: "to get the refund,", "para recibir
    el reembolso,", "pour être remboursé,", "um sie erstattet zu bekommen,") and what follows
    names half of what a condition is about at least ("…, cancele la reserva antes del
    ⟦1⟧"): "if you cancel by ⟦1⟧, we refund it" said from the customer's side. One per
    condition named; the customer's wish is theirs to say or not."""
    end = purpose_end(sentence, lang)
    if end is None:
        return 0
    said = stems(sentence[end:], lang)
    return sum(1 for a, words, _ in conds
               if a and not _wished(words, lang) and _names_half(a, said))


def _instructed(sentence: str, conds: list[tuple[set[str], list[str], bool]],
                lang: str | None) -> int:
    """The customer's step a condition asked for ("if you approve it by ⟦5⟧, …"), said as an
    instruction joined by "and" or "then" to what it conditions: "approve it by ⟦5⟧ and Dale
    expects…", "réserve une séance avant le ⟦6⟧ et je retire…", "bring die Fräse bis ⟦7⟧
    vorbei, dann sollte sie…". The step opens its part (at the sentence's start or after a
    colon, one word such as "please" or "just" before it), its verb one of the condition's
    own words, and half of what the condition is about is there; nothing in that part is
    said by us or of the customer as a subject ("you approved it, and…" states it, "we'll
    check it and…" is ours). Only a condition whose subject is the customer: another's
    ("if the part arrives") is no step of theirs to ask for."""
    joins = words_pattern("coordinators+sequels", lang)
    subjects = words_pattern("first_persons+addressees", lang)
    found = 0
    for about, _, theirs in conds:
        if not theirs or not about:
            continue
        for j in joins.finditer(sentence):
            start = max((m.end() for m in re.finditer(r"[;:—–]", sentence[:j.start()])),
                        default=0)
            head = sentence[start:j.start()].rstrip(" ,")
            said = _WORD.findall(head.lstrip(_BULLETS))
            rest = _WORD.findall(_clause_rest(sentence, j.end()))
            if not said or not rest or len(said) < _SAYS or _cues(head, lang) \
                    or subjects.search(head) or re.search(r"[.!?]", head):
                continue
            opened = stems(" ".join(said[:2]), lang)
            held = stems(head, lang)
            if _kin(opened, about) and _names_half(about, held):
                found += 1
                break
    return found


def _withed(sentence: str, abouts: list[set[str]], lang: str | None) -> int:
    """The sentence's clauses opening on "with" or "without" that name what one of `abouts`
    names: a condition said as a noun ("si llueve mucho esa semana" → "con una semana muy
    lluviosa", "bekommt sie keinen Platz" → "ohne Platz", "si se aprueba el cambio" → "con el
    cambio aprobado"). Only one opening its clause (after a label's colon, or one word such
    as "aunque"): one inside it ("we'll ship it with the new cable") says what comes along.
    Nor one on what is happening ("with the part arriving on Friday"): it says it will. Nor
    one a condition of the sentence already holds (a held "mit einem Attest, kannst du…",
    counted among its conditions): counted twice, it kept a second condition dropped beside
    it."""
    found = 0
    taken = [(c.start(), c.end()) for c in _cues(sentence, lang)]
    generic = words_pattern("generic_determiners", lang)
    for m in words_pattern("withs+withouts", lang).finditer(sentence):
        # Also after a noun said of any one of a kind, opening the clause: "a guest with a
        # valid student card gets…", "tout colis sans suivi…", "jeder Gast mit gültigem
        # Ausweis…" say "if a guest has…". (Not after one naming a thing, "the technician with
        # the part": that says what he brings.) There it keeps a condition only naming more
        # than half of what it was about after the "with": "a guest with a valid passport"
        # keeps no "valid student card".
        opening = CLAUSE.split(sentence[:m.start()])[-1].strip()
        kind = generic.match(opening)
        kind = bool(kind) and len(_WORD.findall(opening[kind.end():])) == 1
        if len(_WORD.findall(opening)) > 1 and not kind:
            continue
        if any(a <= m.start() < b for a, b in taken):
            continue
        rest = _clause_rest(sentence, m.end())
        if patterns("gerunds", lang).search(rest):
            continue
        if kind:
            said = _kept_words(rest, lang)
            found += any(not _gone(a, said, half=True) for a in abouts if a)
            continue
        said = stems(rest, lang)
        found += any(_kin(a, said) for a in abouts if a)
    return found


@cache
def _restricting_pattern(lang: str | None) -> re.Pattern[str]:
    """A noun said of any one (or all) of a kind opening a clause, then a relative clause on
    it: `_restricting`."""
    def alternation(field: str) -> str:  # a field a language leaves empty matches nothing
        return vocab.alternation(vocab.union(field, vocab.codes(lang)))
    generic, plural, relative, contact = map(alternation, (
        "generic_determiners", "plural_determiners", "relative_pronouns", "contact_subjects"))
    noun = r"[^\W\d][\w'’-]*"
    return re.compile(
        r"(?:^|(?<=[,;:—–(])|(?<=^[-•*]))\s*(?:"
        # "any leak that the technician finds", "toute fuite que…", "jedes Leck, das…", and
        # in English without its pronoun, "any leak the technician finds"
        rf"(?:{generic})\s+{noun}(?:\s+{noun}){{0,2}}?\s*,?\s+(?:(?:{relative})|(?:{contact}))"
        # "all the riders who…", "les élèves qui…", "alle Schüler, die…"
        rf"|(?:{plural})\s+{noun}(?:\s+{noun}){{0,2}}?\s*,?\s+(?:{relative})"
        # "Riders who…": one word, an English plural. The other languages put an article
        # before one ("les élèves qui…", "alle Schüler, die…"), and their words ending in "s"
        # before a "que" or "das" are joins ("alors que", "dès que", "dass der"); German's
        # bare "Schüler, die…" looks like "Danke, die Unterlagen sind da".
        + (rf"|(?!(?:thanks|yes|unless|perhaps|always|sometimes|as|is|was|has|does|its|this|"
           rf"his|hers|ours|yours|theirs)\b){noun}s\s+(?:{relative})" if lang == "en" else "")
        + r")(?!\w)[^,.;:!?]*", re.I)


def _restricting(sentence: str, lang: str | None) -> list[tuple[int, int]]:
    """The spans of the sentence where a relative clause restricts a noun said of any one of
    a kind, opening a clause: "any second leak the technician finds is covered", "a student
    who passes the exam can join", "les élèves qui réussissent l'examen", "cualquier fuga que
    encuentre el técnico", "os e-mails que voltarem com erro", "jedes Leck, das der Techniker
    findet": a condition said as a noun ("if the technician finds a second leak"), not a plain
    fact. Not a noun naming one thing ("the leak that he found", "das Leck, das…"): that
    tells what happened."""
    return [(m.start(), m.end()) for m in _restricting_pattern(lang).finditer(sentence)]


def _related(sentence: str, abouts: list[set[str]], lang: str | None) -> int:
    """The sentence's nouns restricted by a relative clause (`_restricting`) that name more
    than half of what one of `abouts` names: the condition said as the kind it is about
    ("if the technician finds a second leak" → "any second leak the technician finds"). One
    naming half or less ("any leak the customer reports") keeps none."""
    found = 0
    for a, b in _restricting(sentence, lang):
        said = _kept_words(sentence[a:b], lang)
        found += any(not _gone(x, said, half=True) for x in abouts if x)
    return found


def _labelled(sentence: str, abouts: list[set[str]], lang: str | None) -> int:
    """The sentence opens on a label before a colon that names what one of `abouts` names
    (half its words at least, and two): the condition said as the heading of what it
    conditions ("si la fuite vient d'ailleurs, il vous fera un devis" → "Fuite venant
    d'ailleurs : il vous fera un devis", "se a dor vier com febre…, procure…" → "Febre… com a
    dor: procure…"). Not a label that is itself a condition, nor one that names a topic ("As
    for the leak: …", `topic_heads`): that tells what the reply turns to, not when it holds."""
    item = _ITEM.match(sentence)
    head, colon, _ = sentence[item.end() if item else 0:].partition(":")
    head = _ASIDE.sub("", head)
    if not colon or not 0 < len(_WORD.findall(head)) <= _LABEL or _CLAUSE_END.search(head) \
            or _cues(head, lang, IF_OR_WHEN) \
            or words_pattern("topic_heads", lang).match(head.lstrip(OPENING_MARKS)):
        return 0
    # Two of its words at least: "Parcel refund: …" names what "if the parcel is lost"
    # conditions, not the loss.
    said = stems(head, lang)
    return int(any(len(a) >= 2 and (n := sum(_kin({w}, said) for w in a)) >= 2
                   and 2 * n >= len(a) for a in abouts))


def _disclaimed_only(sentence: str, lang: str | None) -> bool:
    """All the sentence's conditions cover is a disclaimer ("we can't promise delivery before
    ⟦10⟧ if approval comes later", "no puedo prometeros la entrega… si el paquete sale más
    tarde"): each clause a condition surely covers (the draft's narrow reading), its condition
    aside, says only that we can't guarantee or promise (`disclaimers`), and one does."""
    disclaims = words_pattern("disclaimers", lang)
    bounds, at = [], 0
    for m in CLAUSE.finditer(sentence):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(sentence)))
    cues = [m.start() for m in _cues(sentence, lang, IF_OR_WHEN)]
    found = False
    for (a, b), (_, covered) in zip(bounds, _scoped(sentence, lang, narrow=True), strict=True):
        if not covered:
            continue
        said = sentence[a:min([c for c in cues if a <= c < b], default=b)]
        if disclaims.search(said):
            found = True
        elif _words(said):
            return False
    return found


def _refusing(text: str, lang: str | None) -> bool:
    """`text` holds a negation of an act ("can't", "nicht", "ne … pas", "no hacemos"): not one
    said of a noun ("at no charge", "kein Aufpreis"; `noun_negations`) or none at all
    ("n'importe quel magasin", "no matter which"), nor a regret alone
    ("unfortunately")."""
    nouns = [(m.start(), m.end()) for m in words_pattern("noun_negations", lang).finditer(text)]
    regrets = patterns("regrets", lang)
    return any(not any(a <= m.start() < b for a, b in nouns)
               and not regrets.match(text, m.start())
               for m in vocab.negation(lang).finditer(text))


def _refused_only(sentence: str, lang: str | None) -> list[set[str]]:
    """What the sentence's conditions cover when it is only a refusal of what a decision is
    about (decision.refuses: a refund, a return, a replacement…: "our fee can't be refunded once
    the course has started", "no hacemos devoluciones una vez empezado el taller"; not "we won't
    charge you", "it won't be necessary to repeat the tests", which give): the stems of each
    covered clause (the
    widest reading), its condition aside, each with a negation. None when a covered
    clause says anything else ("if the part fails, we replace it and can't charge you" promises
    the replacement). A reason after it ("…, because each class is capped") explains the
    refusal, and is not covered."""
    why = words_pattern("causes", lang)
    bounds, marks, at = [], [""], 0
    for m in CLAUSE.finditer(sentence):
        bounds.append((at, m.start()))
        marks.append(m.group(0).strip())
        at = m.end()
    bounds.append((at, len(sentence)))
    cues = [m.start() for m in _cues(sentence, lang, IF_OR_WHEN)]
    refused = []
    # (Read wide, what a condition may cover: "if the cable is cut, we can't repair it, but
    # we'll send a new one" may put the new one on the cut cable too.)
    for (a, b), mark, (_, covered) in zip(bounds, marks, _scoped(sentence, lang), strict=True):
        # (Opened by "because", "so", "porque": joined by that word, or starting with it.)
        if why.fullmatch(mark) or why.match(sentence[a:b].strip()):
            break
        if not covered:
            continue
        said = sentence[a:min([c for c in cues if a <= c < b], default=b)]
        if not _words(said):
            continue
        if not (refuses(said, lang) and _refusing(said, lang)):
            return []
        refused.append(stems(said, lang))
    return refused


def _refused_again(sentence: str, refused: set[str], lang: str | None) -> bool:
    """The rewrite sentence still refuses what a clause of the draft refused: a clause of it
    with a negation names a word of it (after a label's colon, the label counts: "Devolución en
    dinero: no es posible con el taller ya empezado"), and the sentence half of it."""
    if not _names_half(refused, stems(sentence, lang)):
        return False
    head, colon, rest = sentence.partition(":")
    label = head if colon and len(_WORD.findall(head)) <= 5 else ""
    body = rest if label else sentence
    for k, clause in enumerate(CLAUSE.split(body)):
        said = (label + " " + clause) if k == 0 else clause
        if refuses(said, lang) and _refusing(clause, lang) and _kin(refused, stems(said, lang)):
            return True
    return False


@cache
def _consequence_lead(lang: str | None) -> re.Pattern[str]:
    """What may stand just before a "then" that opens a consequence: a clause's mark or a
    coordinator ("…, dann", "…, and then")."""
    return re.compile(r"[,;:—–]$|(?<!\w)(?:" + words_pattern("coordinators", lang).pattern
                      + r")$", re.I)


def _consequent(sentence: str, about: set[str], lang: str | None) -> bool:
    """What a condition was about said in a clause opening on "then" (`consequence_links`:
    "Wir können am Samstag liefern, dann bleibt die Einfahrt frei", "…, and then the gate is
    open"): it now follows from the step, it no longer has to hold first. Half of it at least,
    two of its words. (Not a word telling only what comes next, "puis", "depois", "danach":
    "…, puis descente en trottinettes des neiges" goes on with the plan.)"""
    if len(about) < 2:
        return False
    for m in words_pattern("consequence_links", lang).finditer(sentence):
        lead = sentence[:m.start()].rstrip()
        if lead and not _consequence_lead(lang).search(lead):
            continue
        said = stems(_clause_rest(sentence, m.end()), lang)
        if _names_half(about, said) and sum(_kin({w}, said) for w in about) >= 2:
            return True
    return False


_REASON_END = re.compile(r"[,;:—–]")
_REASON_START = re.compile(r"[;:—–]")


def _reasons(sentence: str, lang: str | None) -> set[str] | None:
    """The stems of what the sentence gives as its reasons, or None where it gives none. A
    reason word ("because", "weil", "porque", a "since" or "como" opening a clause) says its
    reason after it, up to the clause's mark or a "but"; a result word ("…, so", "…, deshalb",
    "…, así que", "…, donc") says it before, back to the sentence's start, a ";" or a ":"."""
    results = [m for m in words_pattern("result_words", lang).finditer(sentence)]
    ahead = [*words_pattern("reason_words", lang).finditer(sentence),
             *patterns("reason_openers", lang).finditer(sentence),
             *(m for m in cue("causes", lang).finditer(sentence)
               if not any(r.start() <= m.start() < r.end() for r in results))]
    if not results and not ahead:
        return None
    contrast = words_pattern("contrasts", lang)
    said: set[str] = set()
    for m in ahead:
        rest = sentence[m.end():]
        stop = min((x.start() for x in (_REASON_END.search(rest), contrast.search(rest)) if x),
                   default=len(rest))
        said |= stems(rest[:stop], lang)
    for m in results:
        before = sentence[:m.start()]
        starts = [x.end() for x in _REASON_START.finditer(before)]
        said |= stems(before[starts[-1] if starts else 0:], lang)
    return said


def _reason_kept(sentence: str, drafted: str, about: set[str], lang: str | None) -> bool:
    """The reason the rewrite's `sentence` gives is the one its draft sentence gives itself
    ("if it's still in a stand, the crew can't take it, because stands jam the chipper" → "a
    tree still in its stand can't go, because stands jam the chipper", "stands jam the
    chipper, so the crew can't take a tree that's still in one"): what the condition was
    about (`about`) is named in the rewrite's reasons only where the draft's reasons name it
    too. A condition made the reason ("…, so since the tree is in a stand, the crew can't take
    it", "because it's still in a stand") names it there, and the draft's reasons do not."""
    mine = _reasons(drafted, lang)
    theirs = _reasons(sentence, lang)
    return mine is not None and theirs is not None and not ({
        w for w in about if _kin({w}, theirs)} - {w for w in about if _kin({w}, mine)}) \
        and _kin_all(about, stems(sentence, lang)) and not _told_of_one(sentence, about, lang)


def _kin_all(about: set[str], said: set[str]) -> bool:
    """What a condition is about is said in `said`, in some form, every word of it (but one
    of three or more, its verb said another way: "se a árvore ainda estiver no suporte" →
    "uma árvore ainda no suporte"): the condition is still there, folded in ("a tree still
    in its stand"), not gone with only what it ran on into left ("…, so if you reply this
    week you'd make the race" → "…, so you'd make the race")."""
    missing = sum(1 for w in about if not _kin({w}, said))
    return missing <= (1 if len(about) >= 3 else 0)


@cache
def _one_thing_relative(lang: str | None) -> re.Pattern[str]:
    """A noun after a definite article ("the", "die", "le", "el", "o"; not a plural or generic
    one) and a relative clause on it, up to the clause's end."""
    codes = vocab.codes(lang)
    loose = set(vocab.union("generic_determiners", codes)) | set(
        vocab.union("plural_determiners", codes))
    definite = [w for w in vocab.union("articles", codes) if w not in loose]
    # (A word of it is no article: "kann das Team einen Baum, der…" restricts "einen Baum".)
    noun = rf"(?!(?:{vocab.alternation([*vocab.union('articles', codes), *loose])})(?!\w))" \
        r"[^\W\d][\w'’-]*"
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(definite)})(?:(?<=['’])|\s+)"
                      rf"{noun}(?:\s+{noun}){{0,2}}?\s*,?\s+"
                      rf"(?:{vocab.alternation(vocab.union('relative_pronouns', codes))})(?!\w)"
                      r"([^,.;:!?]*)", re.I)


def _told_of_one(sentence: str, about: set[str], lang: str | None) -> bool:
    """What a condition was about said in a relative clause on one thing named ("we'll
    replace the seal, which fails", "wir tauschen die Dichtung, die undicht ist"): a fact told
    of it, not a kind restricted ("any seal that fails", "jede Dichtung, die undicht wird")."""
    return any(_names_half(about, stems(m.group(1), lang))
               for m in _one_thing_relative(lang).finditer(sentence))


def _resumed(sentence: str, conds: list[tuple[set[str], list[str], bool]],
             lang: str | None) -> int:
    """A condition taking up the sentence before ("Perhaps it is gone. If so, we…", "Falls
    ja, liefern wir…") said as the word that goes on from it ("Then we…", "Dann liefern
    wir…", "Alors on…"): both name nothing of their own."""
    return int(any(not a for a, _, _ in conds) and goes_on(sentence, lang))


def _turned_round(sentence: str, drafted: str, lang: str | None) -> int:
    """The draft sentence opens on a condition that only turns the one before round ("If they
    weren't, they're ⟦7⟧ each", "If not, …": a few words and a "not"), said as the word that
    does so ("Otherwise, they're ⟦7⟧ each", `otherwise`): both name nothing of their own."""
    first = next(iter(_cues(drafted, lang)), None)
    opened = sentence.lstrip(OPENING_MARKS)
    # (One that is itself a condition, "if not", "sinon", is counted as one already.)
    if first is None or drafted[:first.start()].strip(OPENING_MARKS) \
            or not cue("otherwise", lang).match(opened) or _cues(opened[:12], lang):
        return 0
    said = _clause_rest(drafted, first.end())
    return int(len(_WORD.findall(said)) <= 3 and bool(vocab.negation(lang).search(said)))


def _started(sentence: str, abouts: list[set[str]], lang: str | None) -> int:
    """The sentence's spans of time counted from what one of `abouts` names ("⟦4⟧ working
    days from their arrival", "a partir de la llegada de la pieza"): a condition that expects
    its event ("once they arrive, it takes ⟦4⟧ days") said as where the span starts. Only
    where the sentence counts time ("days", "semanas"): "a refund from the insurer" names who
    pays, not when."""
    if not abouts or not words_pattern("time_units", lang).search(sentence):
        return 0
    found = 0
    for m in cue("starts", lang).finditer(sentence):
        said = stems(_clause_rest(sentence, m.end()), lang)
        found += any(_kin(a, said) for a in abouts if a)
    return found


def _required_after(following: str, lang: str | None) -> bool:
    """`following` asks for what the sentence before needs: "…bekommt ihr sie zurück. Dafür brauche
    ich eure schriftliche Mitteilung bis zum ⟦7⟧." is the draft's "…, sofern ihr uns das bis
    zum ⟦7⟧ schriftlich mitteilt" split in two, the requirement its condition. It must point
    back ("dafür", "for that"): a requirement beside it ("The note needs to come in by ⟦7⟧")
    may be about anything."""
    opened = following.lstrip(OPENING_MARKS)
    return bool(cue("sequel_needs", lang).match(opened)
                and cue("requirements", lang).search(opened))


def _asks(sentence: str, lang: str | None) -> bool:
    """The sentence asks the customer to do something: an imperative opening it or a clause
    ("send us…", "bitte schicken Sie…", `customer_imperatives`) or a step of theirs ("please
    send", "you can send", `customer_steps`), with nothing of ours acting in it. Not one that
    only names them ("your best chance is to send it back by Friday" weighs the step)."""
    return _their_step(sentence, lang) and not ours_acting(lang).search(sentence)


# "Envoyez-nous", "écrivez-moi": us as the object of the customer's imperative, not acting.
_OBJECT_CLITIC = re.compile(r"(?<=\w)-(?:nous|moi)\b", re.I)


def _asked_after(conds: list[tuple[set[str], list[str], bool]], saying: list[int],
                 near: set[int], said: list[str], kept: Callable[[int], set[str]],
                 lang: str | None) -> bool:
    """A condition on the customer's own step ("if you send a photo, we'll approve the
    claim") that the rewrite names only in a request after the sentences saying what it
    conditioned ("We'll approve the claim. Please send a photo.", "Aprovaremos o pedido.
    Envie-nos uma foto."): the promise is made outright and the step merely asked for. The
    step still comes first said before it ("Send us a photo. We'll approve the claim."), in
    the sentence itself, in a request going on to what it brings ("Vuelve a entrar con tu
    contraseña y deberían aparecer", `_instructed`; or a next sentence opening on "then"),
    in one pointing back to it ("For that, we need a photo", "Sagen Sie uns dafür bis Freitag
    Bescheid"), saying it is required ("You just have to send a photo") or a purpose ("To get
    it, send a photo"). Not under a line announcing a list (":")."""
    if not saying or any(said[i].rstrip().endswith(":") for i in saying):
        return False
    last = max(saying)
    after = [j for j in near if j > last]
    if not after:
        return False
    before = set().union(*(kept(j) for j in near if j <= last))
    for about, words, _ in conds:
        # (Whose step it is, the request tells: "si nos envía una foto" names no one.)
        if not about or _wished(words, lang) or not _gone(about, before):
            continue
        asking = [j for j in after if not _gone(about, kept(j))]
        if asking and all(_asks(_OBJECT_CLITIC.sub("", said[j]), lang)
                          and not _instructed(said[j], [(about, words, True)], lang)
                          and purpose_end(said[j], lang) is None
                          and not cue("requirements", lang).search(said[j])
                          and not cue("sequel_needs", lang).search(said[j])
                          and not _cues(said[j], lang)
                          and not (j + 1 < len(said) and goes_on(said[j + 1], lang))
                          for j in asking):
            return True
    return False


def _lasting(sentence: str, lang: str | None) -> list[set[str]]:
    """What each of the sentence's conditions that hold for a span is about ("solange die
    Prüfung läuft": the check), by its words, not its dates."""
    out = []
    # (Not "meanwhile", "mientras tanto", "por enquanto": a time, no span a condition holds.)
    other = [(m.start(), m.end()) for m in patterns("not_conditions", lang).finditer(sentence)]
    for m in cue("lasting", lang).finditer(sentence):
        if any(a <= m.start() < b for a, b in other):
            continue
        out.append(word_stems(_clause_rest(sentence, m.end()), lang))
    return [a for a in out if a]


def _ended(sentence: str, spans: list[set[str]], lang: str | None) -> int:
    """The sentence's "until" clauses about what one of `spans` is about: the span said from
    its end ("bis die Prüfung abgeschlossen ist"). About it by its words: "until ⟦6⟧" keeps
    no "as long as you order by ⟦6⟧", which asks for the order."""
    found = 0
    for m in cue("untils", lang).finditer(sentence):
        said = stems(_clause_rest(sentence, m.end()), lang)
        said |= {w[:n] for w in said for n in range(_PREFIX, len(w) + 1)}
        found += any(not _gone(a, said) for a in spans)
    return found


@cache
def _back(lang: str | None) -> re.Pattern[str]:
    """What a "when" or "after" points back with ("that", "eso", "cela"), as a whole word:
    a clause opening on it ("that arrives") or made of it ("after that"), not "thatch"."""
    codes = vocab.codes(lang)
    return re.compile(r"(?:" + vocab.words(vocab.union("anaphors", codes)) + r")(?!\w)", re.I)


def _words(text: str) -> list[str]:
    """Its words of four letters or more and its markers, as written and in order."""
    return [w for w in _WORD.findall(text) if w[0] == "⟦" or (len(w) >= 4 and not w.isdigit())]


def _fold(word: str) -> str:
    """The word without its accents: an imperative with a pronoun on it takes one its stem
    lacks ("renueve" → "renuévalo", "devuelva" → "devuélvanos")."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


def _gone(about: set[str], kept: set[str], half: bool = False) -> bool:
    """What a condition was about is mostly not near what it conditioned, in the rewrite
    (`kept`: those sentences' stems and the starts of their words). One about nothing
    named ("if it's not there by then") is gone with its word. `half`: half of it not near
    is gone too."""
    near = sum(a in kept or _fold(a) in kept for a in about)
    return not about or near < len(about) / 2 or (half and near <= len(about) / 2)


def _conjuncts(words: list[str], lang: str | None) -> list[set[str]]:
    """The parts of a condition joined by "and" that each name two things or more ("if the
    courier confirms the loss and the claim is approved": both must happen), as stems; none
    where a part names less ("if the size and colour match" joins two nouns of one clause)."""
    named = [stems(p, lang) for p in words_pattern("coordinators", lang).split(" ".join(words))]
    return named if len(named) > 1 and all(len(a) >= 2 for a in named) else []


def _names_half(about: set[str], said: set[str]) -> bool:
    """`said` names half of what a condition is `about` at least (each word kin to one said),
    and it is about something."""
    return bool(about) and 2 * sum(_kin({x}, said) for x in about) >= len(about)


def _kin(one: set[str], other: set[str]) -> bool:
    """Two conditions name the same thing: a stem in common, or one inside a word of the
    other ("trifft er ein" is "eintrifft", "Akku" is "Ersatz-Akku")."""
    return bool(one & other) or any(min(len(x), len(y)) >= _PREFIX and (x in y or y in x)
                                    for x in one for y in other)


@cache
def _pointing(lang: str | None) -> frozenset[str]:
    codes = vocab.codes(lang)
    return frozenset(vocab.union("demonstratives", codes))


def _swapped(conds: list[tuple[set[str], list[str], bool]], saying: list[str],
             near: set[str], lang: str | None, elsewhere: tuple[set[str], ...] = (),
             conditioned: Callable[[str], list[tuple[set[str], list[str], bool]]] | None = None
             ) -> bool:
    """As many conditions, but one of them on something else: what a draft's condition
    named (two things at least: "if we find it was fraudulent") is nowhere near what it
    conditioned (`near`), and a condition there names what none of the draft's does ("once
    that review is complete", "en cuanto nos lo pida"). Not a condition that points back
    ("if that slot doesn't suit you"): a rewrite may name what it points at ("if Tuesday
    doesn't work"); nor one that names nothing of its own ("once it's here"). What the
    customer does or wants, said another way, is still up to them ("if you'd like support"
    → "if you'd rather do it together"): both with the customer as subject is no swap.
    Nor is a condition that is another draft sentence's (`elsewhere`, what those are about:
    half its words among them) said in a sentence merged with this one ("…by ⟦6⟧, as long
    as the dry weather holds; if you'd prefer, we send the ⟦4⟧ ready now"): it is kept for
    that sentence, not put here. `conditioned` reads a sentence's conditions (read once per
    sentence by the caller)."""
    read = conditioned or (lambda r: _conditioned_on(r, lang))
    # A wish is the customer's whoever its subject ("falls Mats Lust hat" → "wenn er
    # möchte"): one wish said as another is still up to them.
    other = [(ra, mine or _wished(words, lang)) for r in saying
             for ra, words, mine in read(r)
             if ra and not any(_kin(ra, a) for a, _, _ in conds)
             and not any(2 * len(ra & a) >= len(ra) for a in elsewhere)]
    return any(
        len(a) >= 2 and not (a & near) and not _pointing(lang) & {w.lower() for w in words}
        and any(not ((theirs or _wished(words, lang)) and mine) for _, mine in other)
        for a, words, theirs in conds)


_STRONG = frozenset(";:—–")
_HEADING = 3  # words a heading before a colon may run to
_LABEL = 10  # words a label naming a condition may run to
_BULLETS = OPENING_MARKS + "-•*"  # what may open a heading or an instruction before its words
_CLOSING = re.compile(r",\s*(?:\w+\s+)?$")  # a comma (and one word, "only") before a condition


def _scoped(sentence: str, lang: str | None, narrow: bool = False,
            said_as: frozenset[str] | set[str] = frozenset(),
            drafted: frozenset[str] | set[str] = frozenset()) -> list[tuple[set[str], bool]]:
    """Each clause of the sentence, by its stems, and whether a condition ("if", "once",
    "when") covers it. One covers its own clause and those after it ("if it is not there by
    noon, reply and choose: we can…"), and those before it back to a semicolon, a colon or a
    dash ("we'll refund the item, the shipping and the insurance if it is lost") unless it
    opens a clause joined on by "and" ("…, and once it is back, we run the check": it covers
    what follows only). `narrow`, for the draft (what surely is covered): forward not past
    such a mark or a "but", back one clause only. A clause holding half of `said_as` (what
    the draft's condition is about) is a condition said as a noun and covers what follows."""
    parts, marks, pos = [], [], 0
    for m in CLAUSE.finditer(sentence):
        parts.append((pos, m.start()))
        marks.append(m.group(0).strip())
        pos = m.end()
    parts.append((pos, len(sentence)))
    covered = [False] * len(parts)
    stop = _STRONG | (set(vocab.union("contrasts", vocab.codes(lang))) if narrow else set())
    k = 0
    # Matched on the whole sentence, so "so long as" or "Trifft er ein," stays one condition;
    # each belongs to the clause it starts in (or the next, when it starts on a mark).
    for m in _cues(sentence, lang, IF_OR_WHEN):
        while k + 1 < len(parts) and m.start() >= parts[k][1]:
            k += 1
        j = k
        while j < len(parts) and (j == k or not narrow or marks[j - 1] not in stop):
            covered[j] = True
            j += 1
        # Opening a clause after "and" (not a cue that starts on the mark: "so long as"; one
        # that takes its comma or its "e" along, ", se" or "e se", starts at its own word).
        a, at = parts[k][0], m.start()
        while (j := CLAUSE.match(sentence, at)) and j.end() < m.end():
            rest = sentence[j.end():m.end()]
            word = j.end() + len(rest) - len(rest.lstrip())
            if not cue(IF_OR_WHEN, lang).match(sentence, word):
                break
            at = word
        # A condition that runs to the sentence's end, or to a semicolon, a colon or a dash
        # ("…y depende de que haya disponibilidad; si le sirve, …"), opens no clause of its
        # own to cover.
        rest = re.split(r"[;:—–]", sentence[m.end():], maxsplit=1)[0]
        last = not m.group(0).endswith(",") \
            and not _CLAUSE_END.search(rest.lstrip(" ,").rstrip(" .!?"))
        # Joined on by "and" with nothing after it, in a rewrite, and about what the draft's
        # condition is about (`said_as`: "…, subject to availability" → "…for ⟦5⟧ extra and
        # subject to availability", "y siempre que haya plazas"), it is still on what stands
        # before the "and". One about something else stays on nothing before it, so a
        # condition swapped for another there is still caught; the draft's reading stays
        # narrow (what surely is covered).
        # (Not one "only" opens, "e só se ela voltar…": it restricts what stands before.)
        fronted = at >= a and not sentence[a:at].strip() and k > 0 \
            and not patterns("restrictives", lang).match(sentence[at:m.end()]) and (
            marks[k - 1].isalpha()
            or (k > 1 and marks[k - 2].isalpha() and not sentence[slice(*parts[k - 1])].strip())
        ) and (narrow or not last or not _kin(stems(sentence[m.end():], lang), set(said_as)))
        # One that ends the sentence right after a dash or a colon ("…on the next rental –
        # provided you book it by ⟦11⟧", "Priority dispatch: only if the lab agrees") is still
        # on what stands before the mark.
        # (Not a verb-first one: "…: rufen Sie uns an, falls…" may be an imperative.)
        trailing = not narrow and k > 0 and marks[k - 1] in _STRONG and last \
            and not patterns("restrictives", lang).sub("", sentence[a:at] + " ").strip()
        # In the draft (what surely is covered), one in a clause that gives a consequence or
        # a reason ("…after the touch-up, so we can't guarantee the result if it is done too
        # close to the wedding") or that opens on a relative ("…registered supplier, which we
        # can do for ⟦10⟧ if you order before…") is on that clause, not on the one before it.
        clause = sentence[a:parts[k][1]]
        opens = words_pattern("causes+relatives", lang)
        # Nor, in the draft, on the clause before one opening on "or" ("we can offer a pair in
        # ⟦7⟧, or take ⟦8⟧ off if he wears his own", "…, ou bien déduire ⟦8⟧ si…", "…, o
        # descontar ⟦8⟧ si…", "…, oder ⟦8⟧ abziehen, falls…"): that is the other choice, the
        # condition on the one it opens only.
        consequence = narrow and k > 0 and bool(
            opens.fullmatch(marks[k - 1])
            or opens.match(sentence, a + len(clause) - len(clause.lstrip()))
            or words_pattern("alternatives", lang).match(
                sentence, a + len(clause) - len(clause.lstrip())))
        j = k - 1
        while not fronted and not consequence and j >= max(k - 1 if narrow else 0, 0) and (
                marks[j] not in stop or (trailing and j == k - 1)):
            covered[j] = True
            j -= 1
    # A heading before the sentence's first colon ("Hora extra: ⟦12⟧, só se a atuação terminar
    # até às ⟦13⟧", "Tarif groupe : ⟦8⟧ par personne, si vous êtes au moins ⟦9⟧") names what
    # the part after the colon says, and the condition closing that part covers it too. Read
    # narrowly, as measured (a wider reading let bad rewrites through on the check sets): a
    # heading of three words at most, each a word of the draft sentence and none of its
    # condition's (`drafted`, `said_as`); the condition about what the draft's is about,
    # after a comma (and an "only"), ending the part after the colon and the only one there
    # (with two, which one the heading carries is not told); no invitation there ("We'll
    # send a courier: just call us if…" moves the condition onto the customer's step).
    colon = next((k for k, mark in enumerate(marks) if mark in _STRONG), None)
    if said_as and not narrow and colon is not None and marks[colon] == ":":
        lead = sentence[:parts[colon][1]]
        end = next((k for k in range(colon + 1, len(marks)) if marks[k] in _STRONG),
                   len(parts) - 1)
        after = sentence[parts[colon + 1][0]:parts[end][1]]
        closing = _cues(after, lang, IF_OR_WHEN)
        short = len(_WORD.findall(lead)) <= _HEADING and not _cues(lead, lang, IF_OR_WHEN) \
            and stems(lead, lang) <= set(drafted) - set(said_as) \
            and not patterns("invitations", lang).search(after) \
            and len(closing) == 1 \
            and bool(_CLOSING.search(after[:closing[0].start()])) \
            and not _CLAUSE_END.search(after[closing[0].end():].rstrip(" .!?")) \
            and _kin(stems(after[closing[0].end():], lang), set(said_as))
        # A heading naming only a topic ("Sobre tenerlas antes del ⟦8⟧:", "Zu den beiden
        # Menüs:", `topic_heading`) or three words of the draft sentence outside its condition
        # ("- Encaje nuevo:", "- Date plus proche :") states nothing of its own: a condition
        # about what the draft's is about, on a part after it that says the drafted step
        # again (two of its words), covers it, wherever in that part it stands and however
        # many there are. (Not where the part only invites: "We'll refund it: just call us
        # if…" is a step of the customer's.)
        heading = topic_heading(lead, lang) or (
            len(_WORD.findall(lead)) <= _HEADING and not _cues(lead, lang, IF_OR_WHEN)
            and stems(lead, lang) <= set(drafted) - set(said_as))
        step = set().union(*(stems(sentence[slice(*parts[k])], lang)
                             for k in range(colon + 1, end + 1) if covered[k]))
        headed = heading and not patterns("invitations", lang).search(after) \
            and sum(_kin({x}, set(drafted) - set(said_as)) for x in step) >= _SAYS \
            and any(_kin(stems(after[c.end():], lang), set(said_as)) for c in closing)
        # (Or a label the part after it puts on the condition, `_labelled_by`.)
        if any(covered[colon + 1:end + 1]) and (
                short or headed or _labelled_by(lead, after, said_as, lang)):
            covered[:colon + 1] = [True] * (colon + 1)
    if said_as:
        for k, (a, b) in enumerate(parts):
            if 2 * len(stems(sentence[a:b], lang) & said_as) >= len(said_as):
                covered[k:] = [True] * (len(parts) - k)
                break
    return [(stems(sentence[a:b], lang), c) for (a, b), c in zip(parts, covered, strict=True)]


def _moved(drafted: str, rewritten: list[tuple[str, str]],
           conds: list[tuple[set[str], list[str], bool]], others: list[set[str]],
           lang: str | None) -> bool:
    """The condition is still in the sentence but on another step: a clause of the rewrite
    (of `rewritten`, the sentences saying the draft's, each with the one before) says half a
    clause the condition covered in the draft, more than what the draft leaves uncovered or
    any other sentence of the draft (`others`) says, with no condition on it ("we'll arrange
    a courier: just call us if it hasn't come by noon"). A condition said as a noun ("with a
    favourable review, …") still covers what follows it; one that is only the customer's wish
    ("if you'd prefer to return it, you can" → "or you can return it") is theirs to drop."""
    if all(_wished(words, lang) for _, words, _ in conds):
        return False
    about = set().union(*(a for a, _, _ in conds))
    draft = _scoped(_aside_out(drafted, lang), lang, narrow=True)
    covered = [st - about for st, c in draft if c]
    under = set().union(*covered)
    free = set().union(*(st for st, c in draft if not c))
    for before, sentence in rewritten:
        if before.endswith("?") or _sets(before, about, lang) \
                or not _cues(sentence, lang, IF_OR_WHEN):
            continue  # set by the sentence before ("If it fails, call us. We…"), or by none
        for st, c in _scoped(_aside_out(sentence, lang), lang, said_as=about,
                             drafted=stems(drafted, lang)):
            said = len(st & under)
            if not c and said >= _SAYS and said > len(st & free) \
                    and any(2 * len(st & d) >= len(d) for d in covered) \
                    and all(said > len(st & o - about) for o in others):
                return True
    return False


_DASHED = re.compile(r"\s[—–]\s[^—–.;:!?]*?\s[—–](?=\s)")


def _aside_out(sentence: str, lang: str | None) -> str:
    """The sentence without its asides that hold no condition: one in brackets ("si notre
    carrossier confirme que la rayure est ancienne (il vérifie la couche de vernis), on te
    rembourse") or between two dashes ("um polimento com ⟦5⟧ de desconto — sai de ⟦6⟧ por ⟦7⟧
    — se o agendamento for feito até ⟦8⟧"). What it says is beside the sentence, not a step
    the condition covers, and its dashes split no clause off what the condition is on."""
    def out(m: re.Match[str]) -> str:
        return m.group(0) if _cues(m.group(0), lang, IF_OR_WHEN) else ""

    return _DASHED.sub(out, _ASIDE.sub(out, sentence))


def _labelled_by(lead: str, after: str, said_as: frozenset[str] | set[str],
                 lang: str | None) -> bool:
    """The heading `lead` is what the part after its colon (`after`) says is possible on the
    condition ("Renovar por mais ⟦3⟧ dias: possível se os juros…", "Spätere Freigabe: nur
    möglich, wenn die Stickerinnen Kapazität haben, und…"): "possible" is said of the
    heading, so the condition right after it is too, wherever that part goes on. A label,
    not a step of ours: no condition in it, ten words at most; the condition about what the
    draft's is about (`said_as`). (A heading naming only the topic, "Sobre tenerlas antes
    del ⟦8⟧: si el paquete sale…", read so too, made a check set's rewrite clean whose
    mutant then passed: left out.)"""
    if len(_WORD.findall(lead)) > _LABEL or _cues(lead, lang, IF_OR_WHEN):
        return False
    at = _possible_then(after, lang)
    return at is not None and _kin(stems(_clause_rest(after, at), lang), set(said_as))


@cache
def _possibles(lang: str | None) -> re.Pattern[str]:
    """"Possible" opening the part after a heading's colon, "only" around it and a comma
    after it allowed, then the condition: ends where the condition's words begin."""
    only = patterns("restrictives", lang).pattern
    return re.compile(r"\s*(?:(?:" + only + r")\s+)?(?:" + vocab.words(
        vocab.union("possible_predicates", vocab.codes(lang)), longest_first=True)
        + r")(?!\w)\s*,?\s*(?:(?:" + only + r")\s+)?", re.I)


def _possible_then(after: str, lang: str | None) -> int | None:
    """Where the condition's words begin when `after` (the part after a heading's colon) is
    "possible" and its condition ("possible only if the interest is paid"), else None."""
    m = _possibles(lang).match(after)
    if not m:
        return None
    c = cue(IF_OR_WHEN, lang).match(after, m.end())
    return c.end() if c else None


def _sets(before: str, about: set[str], lang: str | None) -> bool:
    """The sentence before holds the condition: one of its "if"s or "when"s is about what
    the draft's was (`about`), or names nothing ("If not, call us. We…"). Not one telling
    what its own sentence is about ("when the alarm comes back this soon, the cause is…")."""
    for m in cue(IF_OR_WHEN, lang).finditer(before):
        end = _CLAUSE_END.search(before, m.end() + 1)
        # One said by its verb first ("Liegt er nur im Lack, bessert er…") holds what it is
        # about in its own match, up to its comma: what follows is what it conditions.
        said = stems(m.group(0)[:-1] if m.group(0).endswith(",") else
                     before[m.end():end.start() if end else None], lang)
        # About half of what the draft's is about at least: "it's not your fault if your train
        # was cancelled" sets no "if you send us the rail operator's certificate for your
        # train", which shares only its train.
        if not said or _names_half(about, said):
            return True
    return False


def _conceded(sentence: str, lang: str | None) -> bool:
    """A clause next to one of the sentence's conditions says what it conditions holds all
    the same: "if the inspector can't come, the shelter is still usable", "…, ist der
    Schutzraum trotzdem nutzbar", "we'll still ship the rest if the part is late". Only
    beside the condition: "if it passes we refund you, but the fee still applies" concedes
    nothing about the refund."""
    same = words_pattern("regardless+concessives", lang)
    for m in _cues(sentence, lang):
        end = _CLAUSE_END.search(sentence, m.end())
        after = CLAUSE.split(sentence[end.end():])[0] if end else ""
        if same.search(after + " " + CLAUSE.split(sentence[:m.start()])[-1]):
            return True
    return False


def _offers(sentence: str, drafted: set[str], lang: str | None) -> bool:
    """The sentence offers what the draft sentence (`drafted`, its stems) says: an option
    ("we can", "podemos") or our glad offer ("I'm happy to", "gerne", "con gusto") in a clause
    saying it ("we can also print them in PETG"), not one beside it ("we'll print them in
    PETG, and you can pick them up on Friday")."""
    offer = patterns("our_offers", lang)
    clauses = CLAUSE.split(sentence)
    if any((cue("options", lang).search(c) or offer.search(c))
           and len(stems(c, lang) & drafted) >= _SAYS for c in clauses):
        return True
    # Under a label heading the sentence ("Another option: carry the full ⟦7⟧ over…", "Autre
    # possibilité : la retirer à la ferme le ⟦10⟧") the option is said of what the whole
    # sentence says.
    head, colon, _ = sentence.partition(":")
    if bool(colon) and len(_WORD.findall(head)) <= 5 \
            and bool(cue("options", lang).search(sentence) or offer.search(sentence)
                     or cue("other_options", lang).search(head)) \
            and len(stems(sentence, lang) & drafted) >= _SAYS:
        return True
    # So is a sentence opening on another choice named as such ("Otra opción es mandarle ya
    # los dos…", "Another option is to send the two now…"): not "the option" or "the only
    # option", which leave the customer none; nor one where we act besides ("Another option
    # is a refund, and we'll send the two now"), which says that step outright.
    opening = " ".join(_WORD.findall(_ITEM.sub("", sentence, count=1))[:_OPENING])
    return bool(cue("other_options", lang).match(opening)) \
        and not ours_acting(lang).search(sentence) \
        and len(stems(sentence, lang) & drafted) >= _SAYS


_OPENING = 4  # words a sentence offering another choice opens on
_ITEM = re.compile(r"\s*(?:[-•*]|(?:\d+|⟦\d+⟧|[a-c])[.)])\s*")
_ITEMS = 6  # sentences a list of choices may run to after the one announcing it


def _among_choices(said: list[str], i: int, lang: str | None) -> bool:
    """Sentence `i` of `said` is an item of a list of choices: it opens on a list mark, or
    follows a bare one ("2." said apart), or opens on a short label ("Retrait : à la ferme le
    ⟦10⟧"), and the closest sentence before it that ends on a colon announces choices ("deixo-
    lhe duas opções:", "voici les options pour votre commande :"): each one the customer's to
    take, as "if you prefer" left it."""
    # A label naming one choice and which ("Option 2, epoxy on the old leg: ⟦5⟧", "Variante
    # B: …") says so itself: there are others, the customer picks.
    if _choice_label(lang).match(said[i]):
        return True
    head = said[i].partition(":")
    listed = bool(_ITEM.match(said[i])) or (i > 0 and bool(_ITEM.fullmatch(said[i - 1]))) \
        or (bool(head[1]) and 0 < len(_WORD.findall(head[0])) <= 5)
    if not listed:
        return False
    for j in range(i - 1, max(i - 1 - _ITEMS, -1), -1):
        if said[j].rstrip().endswith(":"):
            # "voici les options :", or what we offer them to pick from ("Was ich dir
            # anbieten kann:", "Lo que le proponemos, a su elección:").
            return bool(_choices(lang).search(said[j])
                        or _choices(lang, "offer_heads").search(said[j]))
    return False


@cache
def _choices(lang: str | None, field: str = "choices") -> re.Pattern[str]:
    """Whole words of `field` ("choices", or "offer_heads"), never matching where it is empty."""
    said = vocab.union(field, vocab.codes(lang))
    return re.compile(r"(?<!\w)(?:" + vocab.alternation(said)
                      + r")(?!\w)", re.I)


@cache
def _choice_label(lang: str | None) -> re.Pattern[str]:
    """A sentence opening on a choice's label and its number or letter, then a comma, colon
    or dash: "Option 2, …", "Opção B: …", "Variante 1 – …"."""
    said = vocab.union("choice_labels", vocab.codes(lang))
    return re.compile(r"\s*(?:[-•*]\s*)?(?:" + vocab.alternation(said)
                      + r")\s+(?:\d+|⟦\d+⟧|[a-c])\s*[,:—–-]", re.I)


def _welcomed(sentence: str, drafted: str, lang: str | None) -> bool:
    """The sentence says the customer is welcome to take the step the draft sentence's wish
    conditioned ("if you'd like, send us photos of the scratch" → "photos of the scratch are
    welcome", "n'hésitez pas à nous envoyer des photos", "as fotos são bem-vindas",
    `welcomes`): a clause holding the welcome names two words of that step. Only a step of
    the customer's, the wish's own part of the draft sentence up to its first stop, told
    them or naming them and with nothing we do or offer in it: "welcome" says what they may
    do or send, never what we give ("if you'd like, we can replace the strap" is not offered
    by "photos of the strap are welcome"). (An "us" it is sent to, "envoyez-nous", is no
    act of ours.)"""
    step = re.split(r"[;:.!?]", _unwished(drafted, lang).strip(), maxsplit=1)[0]
    if not _their_step(step, lang, named=True) or any(patterns(f, lang).search(step) for f in (
            "our_future", "ours_done", "taking_charge", "our_abilities", "our_people",
            "our_present", "our_offers")):
        return False
    said, welcome = stems(step, lang), cue("welcomes", lang)
    return any(welcome.search(c) and len(stems(c, lang) & said) >= _SAYS
               for c in CLAUSE.split(sentence))


def _yours(words: list[str], lang: str | None) -> bool:
    """A condition's words open on the customer's own thing ("ta demande nous arrive", "your
    note reaches us"): a step of theirs."""
    return bool(words) and words[0].lower() in _possessives(lang)


@cache
def _possessives(lang: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.union("possessives", vocab.codes(lang)))


def _yours_only(sentence: str, lang: str | None) -> bool:
    """The sentence tells the customer what they may do or names them ("you can approve a
    proof", "confírmelo en su reserva") and holds nothing of ours: a wish on it is theirs to
    drop, the step said without it promises nothing. (Not a bare duty, "tiene que quedar
    confirmada", "a resina precisa curar": whose it is is not told, and read so it let a
    dropped condition and a new promise beside it through on the development sets.) An
    imperative opening it tells them too ("usa el código ⟦9⟧ al pagar", "use the code at
    checkout", "envie-nos as fotos": `customer_imperatives`), as "envoyez-nous" and "senden Sie
    uns" do, read also where the wish opened the sentence ("si quieres el descuento, | usa el
    código…")."""
    sentence = sentence.strip()
    return _their_step(sentence, lang, named=True) and not ours_acting(lang).search(sentence)


def _their_step(text: str, lang: str | None, named: bool = False) -> bool:
    """`text` tells the customer a step of theirs ("please send", "you can send",
    `customer_steps`) or opens on an imperative to them ("send us…", `customer_imperatives`);
    `named`: or names them at all ("your receipt", `addressees+possessives`). Whether
    anything of ours acts in it is each caller's own reading."""
    return bool(patterns("customer_steps", lang).search(text)
                or patterns("customer_imperatives", lang).search(text)
                or (named and words_pattern("addressees+possessives", lang).search(text)))


def _unwished(sentence: str, lang: str | None) -> str:
    """The sentence without its conditions that are only the customer's wish ("wenn Sie ihn
    möchten, "), each up to its clause's end."""
    out, at = [], 0
    for m in _cues(sentence, lang):
        end = _CLAUSE_END.search(sentence, m.end() + 1)
        stop = end.end() if end and end.group(0) == "," else end.start() if end else len(sentence)
        if m.start() >= at and _wished(_WORD.findall(sentence[m.end():stop]), lang):
            out.append(sentence[at:m.start()])
            at = stop
    return "".join(out) + sentence[at:]


def _invitation(sentence: str, lang: str | None) -> bool:
    """The sentence only invites the customer to get in touch, on a condition ("Melde dich
    gern, wenn du Fragen hast", "Se precisar de falar comigo, ligue para o ⟦6⟧"): each of its
    clauses holds a condition or the invitation, and one the invitation. Not where a clause
    says anything else ("if it hasn't come by Friday, call us and we'll send another"), nor
    an invitation to contact someone else ("contact your tour operator")."""
    if sentence.rstrip().endswith("?"):
        return False
    invites, found = patterns("invitations", lang), False
    # An aside in brackets ("passa pela receção (⟦3⟧ a ⟦4⟧, ⟦5⟧–⟦6⟧)": the opening hours) tells
    # when or where to get in touch, no clause of its own: its commas and dashes split none.
    for clause in CLAUSE.split(_ASIDE.sub("", sentence)):
        if not _words(clause):
            continue
        if invites.search(clause):
            found = True
        elif not _cues(clause, lang, IF_OR_WHEN):
            return False
    return found


def _exclusions(sentence: str, lang: str | None) -> int:
    """What a promise leaves out: "hors franchise", "excluding the excess", "abzüglich"."""
    return len(patterns("exclusions", lang).findall(sentence))


def _stated(words: list[str], sentence: str, lang: str | None) -> bool:
    """A condition's words said in one clause of `sentence` as a plain fact, with no condition,
    "when" or "must" on it: "if the part is delivered tonight" → "the part is delivered
    tonight, and it could be ready". Its words all (one may be said another way), its first
    long one (its subject, or its verb when it shows none) among them: an instruction says
    the verb in another form ("si nos envía una foto" → "envíenos una foto"), a condition
    said as a noun leaves its verb out ("si la revisión es favorable" → "con una revisión
    favorable")."""
    wanted, first = set(words), _words(" ".join(words))
    if len(wanted) < 2 or not first or sentence.endswith("?"):
        return False  # "Part delivered tonight? Then…" still asks
    need = len(wanted) if len(wanted) <= 2 else len(wanted) - 1
    bounds, at = [], 0
    for m in CLAUSE.finditer(sentence):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(sentence)))
    # A condition is read on the whole sentence: one said by its verb first ("Ist dir das zu
    # knapp, könnten wir…") is matched up to its comma, past the clause it opens.
    # (So is one said by its verb first whatever its subject: "Klappt alles, kannst du…".)
    # (That one only denied as the condition is, or not at all as it is not: "reißt dabei
    # etwas, …" is no "wenn dabei nichts reißt" said again but its opposite, its words told.)
    no = vocab.negation(lang)
    denied = bool(no.search(" ".join(words)))
    cued = [(m.start(), m.end()) for m in cue(IF_OR_WHEN, lang).finditer(sentence)]
    cued += [(m.start(), m.end()) for m in _verb_first(lang).finditer(sentence)
             if bool(no.search(m.group(0))) == denied]
    # (Nor is one said as the kind it is about, restricted by a relative clause: "a student
    # who passes the exam can join" still says "if a student passes the exam".)
    cued += _restricting(sentence, lang)
    for k, (a, b) in enumerate(bounds):
        found = set(_WORD.findall(sentence[a:b]))
        near = bounds[max(k - 1, 0):k + 1]
        if first[0] in found and len(wanted & found) >= need and not any(
                x < d and y > c for c, d in near for x, y in cued) and not any(
                cue(IF_OR_WHEN, lang).search(sentence[c:d])
                or cue("requirements", lang).search(sentence[c:d]) for c, d in near):
            return True
    return False


def _kept_words(text: str, lang: str | None, said: set[str] | None = None) -> set[str]:
    """The text's stems (`said`, when already read) and every start of every word: a stem
    said in another form is still said ("confirm" is in "confirme", whose own stem is
    "conf"). Linear in its length."""
    return (stems(text, lang) if said is None else said) | {
        v[:n] for w in _WORD.findall(text) for v in {w, _fold(w)}
        for n in range(_PREFIX, len(v) + 1)}


def _without_others(sentence: str, abouts: list[set[str]], theirs: tuple[set[str], ...],
                    lang: str | None) -> str:
    """The sentence without its conditions that are another draft sentence's (`theirs`, what
    those are about: half of its words among one of them, and more of them than among
    `abouts`, what this draft sentence's are about): "Your deposit comes back in full if you
    cancel before the licence arrives" names "cancel" in a condition of its own, which keeps
    no "if you want to cancel" beside it."""
    out, at = [], 0
    for m in _cues(sentence, lang):
        end = _CLAUSE_END.search(sentence, m.end() + 1)
        stop = end.start() if end else len(sentence)
        if m.start() < at:
            continue
        said = stems(sentence[m.end():stop], lang)
        mine = max((len(said & a) for a in abouts), default=0)
        if said and any(2 * len(said & a) >= len(said) and len(said & a) > mine for a in theirs):
            out.append(sentence[at:m.start()])
            at = stop
    return "".join(out) + sentence[at:]


def _given_bare(drafted: str, conds: list[tuple[set[str], list[str], bool]],
                r_sents: list[str], r_stems: list[set[str]], r_kept: Callable[[int], set[str]],
                lang: str | None, elsewhere: frozenset[str] | set[str] = frozenset(),
                theirs: tuple[set[str], ...] = ()) -> bool:
    """A draft sentence's conditional promise the rewrite gives in other words, with no
    condition: "the ⟦8⟧ call-out fee is waived if the fault is a covered part" → "You won't
    pay the ⟦8⟧ call-out fee." Too few of its words are said again to find it by them, but
    its facts are: a rewrite sentence holding every marker of what the condition is on (not
    of the condition itself) and another of its words, with no condition of its own, gives
    the same thing; what the condition asked must then be near it. Facts no other draft
    sentence names (not in `elsewhere`) are this sentence's alone: said again with no
    condition ("We can reduce it to ⟦4⟧ if we skip the caretaker" → "I can bring it down to
    ⟦4⟧"), they give it though its words are all said otherwise, in a sentence where we act
    or offer (not "Un caballito de ⟦4⟧ que llega roto…"). A condition of the rewrite sentence
    that is another draft sentence's (`theirs`) is no condition on it."""
    asked = {w for a, _, _ in conds for w in a}
    # Only the parts the condition is in: "…, sobald du die Rechnung schickst; die Reparatur
    # dauert ⟦4⟧ Tage" conditions the pickup, not the time after its semicolon.
    drafted = " ".join(p for p in re.split(r";|\s[—–]\s", drafted) if _conditions(p, lang))
    marked = {m.group(0) for m in MARKER_RE.finditer(drafted)} - asked
    unwished = [(a, by_them) for a, words, by_them in conds if a and not _wished(words, lang)]
    if not marked or not unwished:
        return False
    # A step of the customer's the condition asks ("if you bring your own chairs, it's ⟦3⟧")
    # is what the price is theirs on: said bare anywhere ("The hall is ⟦3⟧"), not only where
    # we act, the price is given them without it.
    yours = any(by_them for _, by_them in unwished)
    words = stems(drafted, lang) - asked - marked
    for i, r in enumerate(r_sents):
        if not marked <= r_stems[i] or not (words & r_stems[i] or (
                not marked & elsewhere and (yours or ours_acting(lang).search(r)))) \
                or r.rstrip().endswith("?") or _conditions(r, lang) > sum(
                    1 for ra, _, _ in _conditioned_on(r, lang)
                    if ra and any(2 * len(ra & a) >= len(ra) for a in theirs)):
            continue
        near = set().union(*(r_kept(j) for j in (i - 1, i, i + 1) if 0 <= j < len(r_sents)))
        if any(_gone(a, near) for a, _ in unwished):
            return True
    return False


def _wished_instead(conds: list[tuple[set[str], list[str], bool]], said: str,
                    kept: set[str], lang: str | None) -> bool:
    """The draft's conditions are all on what happens ("si la glace est encore là à votre
    arrivée, nous déplaçons le séjour"), none the customer's wish or step, and the rewrite's
    sentence saying it most closely (`said`, its words `kept`) is conditioned only on the
    customer's wish, what the draft's were about gone from it ("si vous le souhaitez, on
    déplace le séjour"): the offer, kept for when the thing happens, is now theirs to take
    whenever they like. (A wish beside the draft's condition, "if it's still there and you'd
    like, we'll move it", keeps it; so does the condition said in other words in that
    sentence, its words still there.)"""
    theirs = _conditioned_on(said, lang)
    return bool(theirs) and all(a and not by_them and not _wished(words, lang)
                                for a, words, by_them in conds) \
        and all(_wished(words, lang) for _, words, _ in theirs) \
        and all(_gone(a, kept) for a, _, _ in conds)


def qualifiers_kept(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """Every condition and hedge of the draft still on what it qualifies, in the rewrite.
    Linear in the draft's length: a draft sentence is compared only with the rewrite's that
    share a stem with it (`by_stem`), a rewrite sentence's own counts are read once, and a
    sentence the draft says twice is judged once (its verdict depends on its words only)."""
    r_sents = _attached(sentences(norm(blocks(rewrite))), lang)
    r_stems = [stems(s, lang) for s in r_sents]
    by_stem = by_word(r_stems)

    @cache
    def r_kept(i: int) -> set[str]:
        # A stem said in another form is still said: "confirm" is in "confirme" (whose own
        # stem is "conf"). Per sentence, every start of every word: linear in its length.
        return _kept_words(r_sents[i], lang, r_stems[i])

    @cache
    def counted(i: int, how: Callable[[str, str | None], int]) -> int:
        """A rewrite sentence's conditions, hedges or exclusions, counted once."""
        return how(r_sents[i], lang)

    @cache
    def reasoned(i: int) -> bool:
        return bool(cue("causes", lang).search(r_sents[i])
                    or patterns("reason_openers", lang).search(r_sents[i]))

    @cache
    def advised(i: int) -> bool:
        return bool(advice.search(r_sents[i]))

    advice = patterns("advice", lang)
    regardless = cue("regardless", lang)
    judged: dict[str, list[Violation]] = {}
    drafted = _attached(sentences(norm(blocks(draft))), lang)
    d_stems = cache(lambda d: stems(d, lang))
    d_conds = cache(lambda d: _conditioned_on(d, lang))  # also read for the other sentences
    conditioned = [(d, d_stems(d), _conditions(d, lang)) for d in dict.fromkeys(drafted)
                   if _conditions(d, lang)]
    hedged = [(d, d_stems(d), _hedges(d, lang)) for d in dict.fromkeys(drafted)
              if _hedges(d, lang)]

    indexed = {True: by_word([ds for _, ds, _ in conditioned]),
               False: by_word([ds for _, ds, _ in hedged])}

    @cache
    def ranked(i: int, conditions: bool) -> list[tuple[int, int, str]]:
        """The draft's hedged (conditioned) sentences sharing a stem with rewrite sentence
        `i`, by how many, most first: measured once per rewrite sentence, not once per draft
        sentence asking (that made `left_for` grow with the cube of the length), and only
        those sharing one (`left_for` stops at the first sharing no more than its own)."""
        pool = conditioned if conditions else hedged
        near = sorted({k for st in r_stems[i] for k in indexed[conditions].get(st, ())})
        return sorted(((len(r_stems[i] & pool[k][1]), pool[k][2], pool[k][0]) for k in near),
                      key=lambda x: -x[0])

    @cache
    def restating(i: int) -> list[str]:
        """The draft's conditioned sentences rewrite sentence `i` says again (enough stems),
        found once per rewrite sentence rather than once per draft sentence asking."""
        return [d for d, ds, _ in conditioned if len(r_stems[i] & ds) >= _SAYS]

    def left_for(i: int, s: str, mine: set[str], conditions: bool = False,
                 how: Callable[[str, str | None], int] = _hedges) -> int:
        """A rewrite sentence's hedges (or conditions, `how`) left for draft sentence `s` once
        the draft's hedged (conditioned) sentence it says more closely has had its own:
        "…could ship on Monday" keeps the "could" of the sentence it restates, not the "we
        expect" of one it shares a word with; a sentence merging both keeps one for each."""
        closer, claimed = len(r_stems[i] & mine), 0
        for shared, n, d in ranked(i, conditions):
            if shared <= closer:
                break
            if d != s:
                claimed = max(claimed, n)
        return max(0, counted(i, how) - claimed)

    def others_about(s: str) -> tuple[set[str], ...]:
        """What the conditions of the draft's other sentences (all but `s`) are about."""
        return tuple(a for d, _, _ in conditioned if d != s for a, _, _ in d_conds(d) if a)

    @cache
    def closest(i: int) -> int:
        """The most stems rewrite sentence `i` shares with one sentence of the draft."""
        return max((len(r_stems[i] & d_stems(d)) for d in dict.fromkeys(drafted)), default=0)

    def others_facts(s: str) -> set[str]:
        """The facts (markers) the draft's other sentences (all but `s`) name."""
        return {m.group(0) for d in drafted if d != s for m in MARKER_RE.finditer(d)}

    def owned(i: int, conds: list[tuple[set[str], list[str], bool]],
              theirs: tuple[set[str], ...]) -> int:
        """Rewrite sentence `i`'s conditions about what one of `theirs` names (half its words
        at least), and about nothing `conds` names."""
        return sum(1 for ra, _, _ in d_conds(r_sents[i]) if ra
                   and not any(_kin(ra, a) for a, _, _ in conds if a)
                   and any(2 * len(ra & a) >= len(ra) for a in theirs))

    def moved_with(s: str, hedging: set[str], saying: list[int]) -> list[int]:
        """The rewrite's sentences that say again a part of `s`'s own holding a hedge and a
        condition (`hedged_parts`: "…sieht nach Kahmhefe aus, nicht nach Schimmel; das passiert
        meistens, wenn die Lake nicht über dem Kraut steht"), the part's hedge words aside,
        beside those `saying` it already: the hedge went with its condition to a sentence of
        its own ("Meistens kommt das, wenn die Lake nicht über dem Kraut steht"), which the
        sentences saying the rest (read without what the condition is about) leave out."""
        found: set[int] = set()
        for part in hedged_parts(s, lang):
            words = d_stems(part) - hedging
            found |= {i for st in words for i in by_stem.get(st, ())
                      if len(r_stems[i] & words) >= _SAYS}
        return sorted(found - set(saying))

    for s in dict.fromkeys(drafted):
        out = judged[s] = []
        cond, hedge, left = _conditions(s, lang), _hedges(s, lang), _exclusions(s, lang)
        if cond and _invitation(s, lang):
            cond = 0  # "Melde dich gern, wenn du Fragen hast": theirs to say another way
        if not (cond or hedge or left):
            continue
        conds = d_conds(s) if cond else []
        mine, about = d_stems(s), set().union(*(a for a, _, _ in conds))
        said = mine - about if cond else mine  # what the condition is on
        shared: dict[int, int] = {}
        for st in said:
            for i in by_stem.get(st, ()):
                shared[i] = shared.get(i, 0) + 1
        # Conditions may leave one word for what they are on ("if the parcel is lost, we'll
        # refund you, provided you report it"; their own words, "provided", aside): a
        # sentence holding that word says it when it names one of its conditions too.
        cued = set().union(*(stems(m.group(0), lang) for m in _cues(s, lang)))
        core = said - cued
        small = 0 < len(core) < _SAYS
        # A rewrite sentence of the draft's words only says a conditional one however few they
        # are ("if it is unused, you can return it" → "You can return it": one word, "return",
        # left). Not a hedged one: "any inconvenience this may have caused" keeps one word,
        # "caused", that any apology says again.
        saying = sorted(i for i, n in shared.items() if n >= _SAYS or (
            small and core <= r_stems[i] and (len(r_stems[i] & mine) >= _SAYS
                                              or (bool(cond) and r_stems[i] <= mine))))
        if len(saying) > _SAYING:
            # Only the closest: in a long reply many sentences share two words with this one
            # ("we", "order"), and weighing each against it made the check grow with the
            # square of the length. (No development rewrite says a sentence in more than 6.)
            saying = sorted(sorted(saying, key=lambda i: -shared[i])[:_SAYING])
        # A promise whose only conditions are requirements said as nouns (`_required`: "Eine
        # Ratenzahlung ist möglich: … Voraussetzung ist eine positive Bonitätsprüfung") is said
        # again, for its requirement, by the rewrite's sentences naming half of what one
        # requires, however the promise itself is put ("läuft über unseren Partner, und zwar
        # so: … die Bonitätsprüfung übernimmt der Partner"): there the requirement must be kept.
        required = [a for a in (stems(w, lang) for w in _required(s, lang)) if a] \
            if cond and not _cues(s, lang) else []
        named = [i for i, st in enumerate(r_stems) if any(_names_half(a, st) for a in required)]
        if named:
            saying = sorted(set(saying) | set(named))
        held = set().union(*(r_stems[i] for i in saying)) & said if saying else set()
        # Said again when most of it is, the words of its hedge aside ("weather permitting")
        # and those of its conditions the rewrite does not say ("provided", "siempre que"): a
        # rewrite dropping the hedge or the condition leaves them out too.
        hedging = set().union(*(stems(m.group(0), lang) for m in hedges_in(s, lang)))
        hedging |= cued - held
        # …and so are the words offering it as ours to do ("if you'd like, I can start with
        # the hall" → "I'll start with the hall"): a rewrite dropping the customer's wish
        # states the step outright, leaving the "I can" out with it, and so says the
        # sentence again with fewer of its words. (Only beside a wish: on other conditions,
        # "if it's still not ready by June, we can move them, subject to space", judging
        # the looser restatement let a dropped second condition through.)
        if cond and any(_wished(words, lang) for _, words, _ in conds):
            hedging |= set().union(*(stems(m.group(0), lang)
                                     for m in patterns("our_abilities", lang).finditer(s)))
        # A clause of what it conditions said again whole ("…; I'll put it to the manager")
        # says the sentence, though the rest (the condition, the step beside it) is gone.
        whole = cond and any(len(c) >= _SAYS and any(c <= r_stems[i] for i in saying)
                             for c in (stems(x, lang) for x in CLAUSE.split(s)
                                       if not cue(IF_OR_WHEN, lang).search(x)))
        # (A sentence saying part of it that holds either way, "mesmo assim, mande…", says it.)
        either = any(regardless.search(r_sents[i]) for i in saying)
        if not saying or (len(held - hedging) < _COVER * len((core if small else said) - hedging)
                          and not whole and not either and not named):
            if cond and _given_bare(s, conds, r_sents, r_stems, r_kept, lang,
                                    others_facts(s), others_about(s)):
                out.append(Violation("new_commitment", "It drops a condition the draft puts "
                                     f"on what it says (“{gist(s)}”); keep the “if” or "
                                     "“once”.", "condition"))
            continue  # left out or said in other words: the fact and promise checks judge it
        # A draft whose condition already says what holds all the same ("if the inspector
        # can't come, the shelter is still usable") is said again by "even if": there it
        # keeps the condition, not drops it.
        conceded = either and _conceded(s, lang)
        either = either and not conceded
        # A condition may open the sentence before ("Still not there by Friday? Then we…"),
        # unless that sentence says another of the draft's conditional sentences again: its
        # "once the battery arrives, we'll fit it" keeps its "once" for itself; or its "if" is
        # about something else ("the council decides if it drops the warning").
        among = set(saying)
        before = [i - 1 for i in saying if i and (i - 1) not in among
                  and (r_sents[i - 1].endswith("?") or (not any(
                      d != s for d in restating(i - 1)) and _sets(r_sents[i - 1], about, lang)))]
        # …or be what it requires, a sentence that goes on from it naming what the condition
        # was about ("You'll need the receipt. Then we can refund it.").
        # An "if possible" keeps only one of the draft's: elsewhere it asks, conditions nothing.
        # A rewrite sentence that says another conditioned sentence of the draft more closely
        # keeps that one's conditions first ("the stain treatment, only with your approval"
        # keeps the price line's, not the "if the silk weakens" of the sentence about the
        # stain beside it): conditions are matched to their own sentence, not counted over
        # neighbours.
        polite = _courteous(s, lang)
        # A condition of the rewrite sentence about what another draft sentence conditions,
        # and about nothing this one's conditions name ("…lower it to ⟦4⟧, and if our player's
        # plans change, he'll join" for "if we come without a musician"), is that sentence's:
        # it keeps none of this one's, however closely the sentence says this one.
        theirs = others_about(s)
        kept = sum(max(0, min(left_for(i, s, mine, True, _conditions),
                              counted(i, _conditions) - owned(i, conds, theirs))
                       - max(0, counted(i, _courteous) - polite))
                   for i in saying) + sum(
            counted(b, _conditions) + r_sents[b].endswith("?") for b in before) + sum(
            1 for i in saying if i and required_before(r_sents[i - 1], r_sents[i], lang)
            and any(not a or not _gone(a, r_kept(i - 1)) for a, _, _ in conds)) + sum(
            1 for i in saying if i + 1 < len(r_sents) and i + 1 not in among
            and _required_after(r_sents[i + 1], lang)
            and any(a and not _gone(a, r_kept(i + 1)) for a, _, _ in conds)) + (sum(
                len(regardless.findall(r_sents[i])) for i in saying) if conceded else 0) + (sum(
                len(_worst(lang).findall(r_sents[i])) for i in saying) if _going_wrong(
                    conds, lang) else 0)
        # "Once a campaign closes" said as "when a campaign closes": a "when" or "after" on
        # what the draft's condition was about is that condition (elsewhere it tells time).
        # (Not where the sentence says it holds either way: "either way, we'll send it after
        # the reset" tells a time.)
        # "As long as" said from the span's end ("solange die Prüfung läuft" → "bis die
        # Prüfung abgeschlossen ist") is that condition too.
        spans = _lasting(s, lang)
        # Only the customer's wish ("if you'd like, we can print it in PETG"), left out where
        # the rewrite still offers it ("we can also print it in PETG"), is still their choice:
        # it is not counted among the conditions the rewrite must keep, beside others it must
        # ("if you'd prefer, I can move you, subject to availability" → "if there is space, I
        # can move you" keeps the one that was ours).
        wishes = [c for c in conds if _wished(c[1], lang)]
        # (Not where it holds either way: "even if you don't feel like it, you can…".)
        # A wish beside a condition the customer meets ("wenn Sie ihn möchten, kostet er ⟦8⟧ und
        # wir bauen ihn ein, vorausgesetzt, Sie bestätigen bis ⟦9⟧" → "wenn Sie bis ⟦9⟧
        # bestätigen, bauen wir ihn ein") is still theirs to choose: their own step, kept, asks
        # them. That step must be kept: said without it, the wish was the last thing to ask.
        chosen = any((theirs or _yours(words, lang)) and not _wished(words, lang)
                     for _, words, theirs in conds)
        # (Asked outright, "Soll ich dich gleich bei Deniz eintragen?", "Shall I book you
        # in?", the wish is still the customer's to answer: offered too.)
        offering = any(_offers(r_sents[i], mine, lang) or _among_choices(r_sents, i, lang)
                       or r_sents[i].rstrip().endswith("?") for i in saying)
        # (Or the customer welcome to take the step the wish was on: `_welcomed`.)
        offering = offering or (bool(wishes) and any(_welcomed(r_sents[i], s, lang)
                                                     for i in saying))
        # (Nor one on the customer's own step, with nothing of ours in it: "if you're
        # interested, confirm it in your booking by ⟦7⟧" said as "confirm it in your booking
        # by ⟦7⟧" still only tells them how — where the rewrite still tells them too: said as
        # a plain plan ("2. Retrait : à la ferme mardi") or as ours it is no longer their
        # choice. Dropped, not swapped: a rewrite saying it on a condition of its own, "wenn
        # das Wetter mitspielt", puts it on something else.)
        offering = offering or (bool(wishes) and _yours_only(_unwished(s, lang), lang)
                                and all(_yours_only(r_sents[i], lang) for i in saying)
                                and not any(a for i in saying for a, _, _ in d_conds(r_sents[i])))
        offered = bool(wishes) and not either and (chosen or offering)
        stepped = offered and not offering
        if offered:
            # …nor is a wish of the rewrite a condition it keeps: "if you'd like, we can
            # refund it, provided you send the receipt" → "if you'd like, we can refund it"
            # still drops the receipt.
            cond -= len(wishes)
            kept -= min(len(wishes), sum(_wished(words, lang) for i in saying
                                         for _, words, _ in d_conds(r_sents[i])))
        # (A wish said as another condition, "if you pay 5 € more", is still a swap.)
        ours = [c for c in conds if not offered or c not in wishes]
        # (A span counted from the event keeps only conditions that expect it: "once".)
        sure = [a for a, _, _ in ours] if not _unsure(s, lang) else []
        # A rewrite sentence that says another of the draft's sentences more closely than this
        # one ("…deve ser pago nesse mesmo ciclo, em ⟦8⟧", the draft's other payment in that
        # cycle) is that sentence's: the sentences beside it are read for this one's condition
        # only where no sentence says this one most closely. Beside it, "três foram aprovadas"
        # tells of other visits and keeps no "se aprovada" of this one.
        # (A sentence holding half this one's words or more says it, however much more it
        # shares with a longer one it is merged with: "A ⟦10⟧ é possível só se a água clarear
        # e houver vagas; sem chuva, o rio volta a ficar cristalino em ⟦9⟧ a ⟦14⟧ dias…".)
        own = [i for i in saying if len(r_stems[i] & mine) >= closest(i)
               or 2 * len(r_stems[i] & mine) >= len(mine)] or saying
        near = {j for i in own for j in (i - 2, i - 1, i, i + 1)
                if 0 <= j < len(r_sents) and (j >= i - 1 or r_sents[j].endswith("?"))}
        # A requirement said as a noun or a predicate ("Voraussetzung ist eine positive
        # Bonitätsprüfung") is kept by a clause next to what it conditioned that requires or
        # conditions what it requires, in any shape ("die Bonitätsprüfung muss positiv
        # sein", "you'll need a positive credit check first"), once: not where a condition of
        # the sentences saying it already names it (counted among their conditions).
        # (Under a line announcing a list, its items are next to it too: "…möglich: | Laufzeit
        # ⟦4⟧ Monate | die Prüfung muss positiv ausfallen".)
        told = [r_sents[j] for j in sorted(near | {
            j for i in saying if r_sents[i].rstrip().endswith(":")
            for j in range(i + 1, min(i + 1 + _ITEMS, len(r_sents)))
            if not re.search(r"[.!?]$", " ".join(r_sents[i + 1:j]).rstrip())})]
        reqs = [a for a in (stems(w, lang) for w in _required(s, lang)) if a]
        again = sum(1 for a in reqs if _restated(told, a, lang) and not any(
            _names_half(a, ra) for i in saying for ra, _, _ in d_conds(r_sents[i]) if ra)
            and not any(_needed(r_sents[i], [(a, [], False)], lang) for i in saying))
        fewer = cond > kept and (either or cond > kept + sum(
            _timed(r_sents[i], [a for a, _, _ in ours], lang)
            + _withed(r_sents[i], [a for a, _, _ in ours], lang)
            + _labelled(r_sents[i], [a for a, _, _ in ours], lang)
            + _related(r_sents[i], [a for a, _, _ in ours], lang)
            + _depended(r_sents[i], [a for a, _, _ in ours], lang)
            + _instructed(r_sents[i], ours, lang) + _needed(r_sents[i], ours, lang)
            + _purposed(r_sents[i], ours, lang)
            + _started(r_sents[i], sure, lang) + _resumed(r_sents[i], ours, lang)
            + _turned_round(r_sents[i], s, lang) + _echoed(r_sents[i], ours, lang)
            for i in saying) + (sum(
                _ended(r_sents[i], spans, lang) for i in saying) if spans else 0) + again)
        # With fewer conditions, one is gone when what it was about is gone too (not "send it
        # back, and we'll repair it"; one about nothing named, "if it's not there by then",
        # is gone with its word), is now the reason for it ("the reset won't fix it, so we'll
        # send a label"), is said as a plain fact ("the part is delivered tonight, and…") or
        # is advice ("we recommend keeping the invoice"), or the sentence says it holds either
        # way ("mesmo assim, mande…", "even if…"): what it conditioned now holds whatever
        # happens.
        # What a condition was about still named far off, about something else ("an assessor
        # will call you" two sentences back) does not keep it: it is looked for in the
        # sentences saying this one, the one either side and a question just before ("Still
        # nothing by then? Reply. We'll open a claim.").
        local = set().union(*(r_kept(j) for j in near))
        # (For what is gone, a sentence beside those saying this one is read without its
        # conditions that are another draft sentence's: they name what that one is about.)
        abouts = [a for a, _, _ in conds]
        around = local if not theirs else set().union(*(
            r_kept(j) if j in among else _kept_words(
                _without_others(r_sents[j], abouts, theirs, lang), lang) for j in near))
        # The same sentence said twice in the rewrite is tested once.
        spoken = list(dict.fromkeys(r_sents[i] for i in saying))
        # A condition on what the draft only disclaims ("we can't promise delivery before ⟦10⟧
        # if approval comes later") said without it, the disclaimer kept ("After that, we
        # can't guarantee the date"), promises nothing the draft did not: it disclaims more.
        fewer = fewer and not (_disclaimed_only(s, lang) and any(
            words_pattern("disclaimers", lang).search(r_sents[i]) for i in saying))
        # So is one on what the draft only refuses ("our course fee can't be refunded once the
        # course has started"), the refusal kept ("I can't refund the fee now that the course
        # has started", "we cannot refund a guest who decides not to travel"): a refusal is
        # no commitment, and said with its condition in other words, or none, it gives the
        # customer nothing the draft did not. A rewrite giving what was refused ("we'll
        # refund the fee") keeps no refusal and is judged as before.
        refused = _refused_only(s, lang) if fewer else []
        fewer = fewer and not (refused and all(
            any(_refused_again(r_sents[i], r, lang) for i in saying) for r in refused))
        dropped = fewer and (
            # (Of one naming four things or more, half gone is gone: "siempre que el
            # ayuntamiento obtenga de nuevo la autorización" is not kept by "nuevo disparo" and
            # an "autorización" said of the first date. Not of a wish, the customer's to say.)
            any(_gone(a, around, half=len(a) >= 4 and not _wished(words, lang))
                for a, words, _ in ours)
            # (Not the draft sentence's own reason said again, `_reason_kept`.)
            or any(about & r_stems[i] and reasoned(i)
                   and not _reason_kept(r_sents[i], s, about, lang) for i in saying)
            or any(_consequent(r_sents[i], a, lang) for i in saying for a, _, _ in ours)
            or (not _unneeded(s, None, lang) and any(
                _unneeded(r_sents[i], a, lang) for i in saying for a, _, _ in ours))
            or either
            # (A requirement said as a noun is judged by `_restated` below: "Bedingung: eine
            # ärztliche Bestätigung" says it as plainly as it is drafted.)
            or any(not addressed and a not in reqs and _stated(words, x, lang)
                   for a, words, addressed in ours for x in spoken)
            or any(a and len(a & r_stems[i]) >= len(a) / 2 and advised(i)
                   for a, _, _ in ours for i in range(len(r_sents)))
            # A requirement (`_required`) whose thing is still named but no longer required
            # ("die Bonitätsprüfung übernimmt der Partner für Sie", "we'll run a credit check
            # for you") is a plain step now: the promise no longer waits on its outcome.
            or any(not _restated(told, a, lang) for a in reqs)
            # The customer's step asked for only after the promise, in a request of its own
            # ("We'll approve the claim. Please send a photo."): the promise now stands alone,
            # the step beside it no longer holds it back (`_asked_after`).
            or _asked_after(ours, saying, near, r_sents, r_kept, lang))
        # As many conditions said, one of them said only in part: a part of it joined by
        # "and" gone ("if the courier confirms the loss and the claim is approved" → "if the
        # claim is approved") makes the promise wait on less than the draft's. (Not on what
        # the draft only refuses: there waiting on less refuses more, and gives nothing.)
        dropped = dropped or (not fewer and any(
            _gone(a, around) for _, words, _ in ours for a in _conjuncts(words, lang))
            and not refuses(s, lang))
        # "Only if" said as "as soon as" ("só será coberto se a vistoria indicar…" → "será
        # coberto assim que a vistoria confirmar…") takes the outcome as given.
        # (A requirement naming what it asks, "solo necesito que me lo confirmes antes del
        # ⟦6⟧", holds it open too: it asks for the event, it does not expect it; so does
        # what a purpose opening the sentence takes, "damit du zugelassen wirst, musst du…".)
        dropped = dropped or (not fewer and _only_ifs(s, lang) > sum(
            counted(i, _unsure) for i in saying + before) + sum(
            _needed(r_sents[i], ours, lang) + _purposed(r_sents[i], ours, lang)
            for i in saying))
        # (What only that wish covered is not moved when said without it. Nor, where the
        # rewrite still offers it, is what another condition of the sentence covers: the
        # sentence is read without the wish, and what the wish named is the customer's choice,
        # not a step of ours that condition covered: "if it suits you, we can move it to
        # Tuesday, but only if you confirm by Friday" → "We can move it to Tuesday, but only if
        # you confirm by Friday".)
        if dropped or (cond and _moved(
                _unwished(s, lang) if offered else s,
                list(dict.fromkeys((r_sents[i - 1] if i else "", r_sents[i]) for i in saying)),
                ours if stepped else conds,
                [d_stems(d) for d in dict.fromkeys(drafted) if d != s], lang)):
            out.append(Violation("new_commitment", "It drops a condition the draft puts on "
                                 f"what it says (“{gist(s)}”); keep the “if” "
                                 "or “once”.", "condition"))
        elif not fewer and ours and _swapped(ours, spoken, local, lang, theirs, d_conds):
            out.append(Violation("new_commitment", "It makes what the draft says depend on "
                                 f"something else (“{gist(s)}”); keep the draft's own "
                                 "condition.", "condition"))
        # (Judged on the rewrite's sentence saying this one most closely.)
        elif not fewer and conds and _wished_instead(
                conds, r_sents[best := max(saying, key=lambda i: len(r_stems[i] & mine))],
                r_kept(best), lang):
            out.append(Violation("new_commitment", "It makes what the draft offers only if "
                                 f"something happens the customer's choice (“{gist(s)}”); "
                                 "keep the draft's own condition.", "condition"))
        elif left > sum(counted(i, _exclusions) for i in saying):
            out.append(Violation("new_commitment", "It drops what the draft leaves out of what "
                                 f"it says (“{gist(s)}”); keep the “except” or "
                                 "“excluding”.", "limit"))
        # On the scale (vocab.Lang.hedges): fewer hedges than the draft's, where the present
        # "can" ("puede") makes up for its future ("podrá")…
        # …or a possibility or what would happen ("one option is…", "would follow") does
        # for a "may" or "could", not for a "usually" or "we expect"; a disclaimer ("a date
        # I can't guarantee") or "should" on any verb ("should fall under") for a "should"
        # or "usually", not for a "may". A disclaimer the draft sentence makes in the same
        # words ("it normally takes ⟦1⟧ days, and I can't guarantee delivery before the
        # opening") is only said again: it stands for none of the hedges the rewrite drops.
        # A modal that also obliges ("o transplante só deve ser feito…") said as a
        # requirement ("tem de ser feito") keeps its other reading (`obliging`).
        # A "may" or "try" the draft sentence disclaims itself ("I'll try to find a slot,
        # but can't promise") is kept by a disclaimer of the rewrite's own words as well
        # (`self_disclaimed`): what is left of them after the possibilities said again.
        # A "can" ("can take", or the present "pode" for a "poderá") keeps it only in a
        # sentence saying this one as closely as any other of the draft's: "Tess can take Roo
        # for one private session" says the draft's offer of that session, and its "can
        # take" (a dog taken along, no wait) keeps no "Tess may suggest the June clinic"
        # made firm beside it. So does a "can" said of a thing for a "sometimes" ("customs
        # can add three days" for "customs sometimes adds three days", `frequented`).
        # A hedge gone with its condition to a sentence of its own is kept there too
        # (`moved_with`).
        elif hedge > sum(left_for(i, s, mine)
                         for i in saying + moved_with(s, hedging, saying)) + min(
                _can(s, lang, drafted=True), sum(counted(i, _can) for i in saying
                                                   if len(r_stems[i] & mine) >= closest(i))) + (
                supposing := min(_possible(s, lang), sum(supposed(r_sents[i], lang, besides=s,
                                                                  consequent=not happening(
                                                                      s, lang))
                                                         for i in saying))) + min(
                _likely(s, lang), sum(disclaimed(r_sents[i], lang, s) + counted(i, due)
                                      for i in saying)) + min(
                _likely(s, lang), sum(counted(i, _would) for i in saying
                                      if len(r_stems[i] & mine) >= closest(i))) + (min(
                _possible(s, lang) - supposing,
                sum(disclaimed(r_sents[i], lang, s, DISCLAIMING) for i in saying
                    if unpromised(r_sents[i], lang)))
                if self_disclaimed(s, lang) else 0) + min(
                obliging(s, lang), sum(counted(i, obliged) for i in saying)) + min(
                forbidding(s, lang), sum(counted(i, forbidden) for i in saying)) + min(
                hedge, sum(chanced(r_sents[i], lang, s) for i in saying
                           if len(r_stems[i] & mine) >= closest(i))) + min(
                frequented(s, lang), sum(canned(r_sents[i], lang) for i in saying
                                         if len(r_stems[i] & mine) >= closest(i))) + _allowed(
                s, [r_sents[i] for i in saying], lang):
            out.append(Violation("new_commitment", "It states as certain what the draft only "
                                 f"says may happen (“{gist(s)}”); keep the "
                                 "“may” or “try”.", "modality"))
        # …or one a step up: "may take" said as "usually takes", "podría" as "suele".
        elif _possible(s, lang) > sum(counted(i, _possible) + counted(i, supposed)
                                      + counted(i, chanced) for i in saying) \
                and _likely(s, lang) < sum(counted(i, _likely) for i in saying):
            out.append(Violation("new_commitment", "It states as likely what the draft only "
                                 f"says may happen (“{gist(s)}”); keep the "
                                 "“may” or “try”.", "modality"))
    return [v for s in drafted for v in judged[s]]

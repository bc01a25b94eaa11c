"""Invariant 3: the decision stays; a 'no' is still a 'no'."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache

from heard import vocab
from heard.guard import tense
from heard.guard.text import (
    CLAUSE,
    CLAUSE_MARKS,
    blocks,
    cue,
    norm,
    patterns,
    sentences,
    stems,
    topic_heading,
    words_pattern,
)
from heard.guard.violation import Violation
from heard.protect import MARKER_RE, RELATIVE_DAY_RE, WEEKDAY_RE

# Decisions that are also events: a date moves because a courier or a supplier moved it
# ("unfortunately the delivery was postponed", "leider verschoben"), so only a "no" in the
# clause that names the change refuses it, and a word of regret is no "no".
_EVENTS = frozenset({"extension"})
# Decisions a disclaimer refuses by itself, with or without a "no" of its own: "sin
# garantía", "ohne Gewähr", "no hay garantía" refuse a guarantee as "no puedo garantizarlo"
# does (vocab.Lang.disclaimers, the same words the modality check reads as a soft promise).
_DISCLAIMED = frozenset({"guarantee"})
# A refused return said again as a refused refund is the same "no": "no se lo podemos devolver"
# → "no es reembolsable", "nicht zurückgeben" → "nicht erstatten", "não consigo devolver" → "não
# é reembolsável" — the rewrite names the money more narrowly, never less. Not the other way: a
# refused refund restated with the broader "devolver" was measured at stop 41 and let through
# rewrites whose unsafe neighbours dropped a condition the guard does not read. A refused return
# is lost only when the sentences refusing a refund fall too; each sentence counts once.
_KIN = {"return": "refund"}
# A refused refund said again as a refused give-back of the same thing: "no podemos
# devolverle el importe" → "sobre el importe: no podemos devolverlo", "não consigo
# reembolsar os ⟦10⟧" → "não tenho como devolver os ⟦10⟧", "ne peut pas être remboursé" →
# "ne peut pas vous être rendu". The broader verb keeps the refund's "no" only where the
# rewrite names the very thing the draft refuses to refund (`_given_back`); a refused return
# of something else ("we can't return the charger") keeps none (stop 41: the broader verb
# read as a refund wholesale let unsafe neighbours through).
_BROADER = {"refund": "return"}
_SAME_THING = 3  # word stems a give-back must share with the refusal it says again, no marker
_BULLET = re.compile(r"^(?:[-*•·]|\d{1,2}[.)])\s+")


@cache
def _decisions(lang: str | None) -> dict[str, re.Pattern[str]]:
    """What a refusal is about, in the draft's language (every language's when it is
    unknown): German "storn" is a cancellation, inside Portuguese "transtorno" it is none."""
    codes = vocab.codes(lang)
    restated = vocab.union_map("decisions_restated", codes)
    return {category: re.compile("|".join(patterns + restated.get(category, [])))
            for category, patterns in vocab.union_map("decisions", codes).items() if patterns}


def refuses(clause: str, lang: str | None) -> bool:
    """`clause` (normalised) refuses what a decision is about, with a "no" in the same clause:
    "I can't return the ⟦7⟧", "die ⟦7⟧ kann ich nicht erstatten", "la devolución de los ⟦8⟧
    no es posible" (not "you won't lose the ⟦7⟧": no decision is named)."""
    return bool(vocab.negation(lang).search(clause)) and any(
        about.search(clause) for about in _decisions(lang).values())


@cache
def _kin(category: str, lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """What `category` and its kin (`_KIN`) are about, and the words that refuse either."""
    found = [c for c in (category, _KIN[category]) if c in _decisions(lang)]
    refused = [_refused(lang)[c].pattern for c in found if c in _refused(lang)]
    return (re.compile("|".join(_decisions(lang)[c].pattern for c in found)),
            re.compile("|".join(refused), re.I) if refused else None)


@cache
def _refused(lang: str | None) -> dict[str, re.Pattern[str]]:
    """Per decision, the words that refuse it without a "no" ("la caution reste due", "die
    Anzahlung bleibt bei uns"), in the draft's language."""
    codes = vocab.codes(lang)
    return {category: re.compile("|".join(patterns), re.I)
            for category, patterns in vocab.union_map("refusals", codes).items() if patterns}


@cache
def _if_clause(lang: str | None) -> re.Pattern[str]:
    """A conditional clause up to its end: "if it is not repairable," "se o estorno não
    aparecer até agosto," — a "no" in it refuses nothing. In the draft's language: Spanish
    "se" is no "if", and "no se puede" is a refusal."""
    return re.compile(rf"(?:{cue('conditions', lang).pattern})[^,;:.!?]*", re.I)


@cache
def _contrast(lang: str | None) -> re.Pattern[str]:
    """Where a sentence turns: "but" after a comma, or a comma before a "not" that sets
    another thing against the one named (`negated_alternatives`), or an "and" followed by a
    comma, which opens a clause of its own after an aside ("y, en general, el calce no se
    modifica"; `coordinators`). Not a comma before "and": measured at stop 46, it let a
    check-set bad rewrite through."""
    codes = vocab.codes(lang)
    other = "|".join(vocab.union("negated_alternatives", codes) or ["(?!)"])
    joins = vocab.alternation(vocab.union("coordinators", codes))
    return re.compile(r"[,;]\s*(?:" + vocab.words(vocab.union("contrasts", codes),
                                                longest_first=True) + r")(?!\w)"
                      + rf"|,\s*(?=(?:{other}))"
                      + rf"|(?<!\w)(?:{joins})\s*,", re.I)


@cache
def _anaphor(lang: str | None) -> re.Pattern[str]:
    """A word pointing back at the sentence before ("that", "das", "isso"). Where it can also
    be a determiner (`anaphor_predicates`), only standing alone: "das können wir leider
    nicht" points back; in "das Gerät können wir nicht zurücknehmen" the "no" is about the
    thing named after it, not about a refund the sentence before gave."""
    codes = vocab.codes(lang)
    said = vocab.words(vocab.union("anaphors", codes), longest_first=True)
    alone = vocab.words(vocab.union("anaphor_predicates", codes), longest_first=True)
    after = rf"(?=\s*(?:[,;:.!?)'’]|$)|\s+(?:{alone})(?!\w))" if alone else r"(?!\w)"
    # "that morning", "this week": a time, not a pointer (`anaphor_times`).
    times = vocab.words(vocab.union("anaphor_times", codes), longest_first=True)
    when = rf"(?!\s+(?:{times})(?!\w))" if times else ""
    return re.compile(r"(?<![\w'])(?:" + said + r")" + after + when, re.I)


@cache
def _without(about: re.Pattern[str], lang: str | None) -> re.Pattern[str]:
    """"Without" right before what a refusal is about, three words at most between: "sans
    que le remboursement soit automatique", "sem reembolso", "ohne Erstattung" say "no
    refund"; "we refund you without delay" does not. So does a negation that reaches only
    the act it leads to ("sans que je puisse la garantir", "beyond what we can guarantee")."""
    codes = vocab.codes(lang)
    word = r"[^\S\n]+[^\s,;:.!?]"  # a space, then a word's letters in the same clause
    scoped = "|".join(vocab.union("scoped_negations", codes) or ["(?!)"])
    return re.compile(r"(?<!\w)" + _idioms(lang) + r"(?:"
                      + vocab.words(vocab.union("withouts", codes)) + f"|{scoped}"
                      + rf")(?!\w)(?:{word}+){{0,3}}?{word}*?(?:{about.pattern})", re.I)


@cache
def _idioms(lang: str | None) -> str:
    """A lookahead that refuses a "without" opening a hedge or an assurance ("sans doute",
    "sin duda", "ohne Zweifel", "sem problema", "without fail"): "vous pourrez sans doute
    prolonger" gives the extension a "probably", it refuses none."""
    codes = vocab.codes(lang)
    without = re.compile(r"(?:" + vocab.words(vocab.union("withouts", codes)) + r")\s", re.I)
    found = [p for p in vocab.union("hedges", codes) + vocab.union("assurances", codes)
             if without.match(p)]
    return rf"(?!(?:{vocab.words(found, longest_first=True)})(?!\w))" if found else ""


@cache
def regrets(lang: str | None) -> re.Pattern[str]:
    """The words that only voice regret ("unfortunately", "leider"): no "no" of their own."""
    codes = vocab.codes(lang)
    return re.compile(r"(?<!\w)(?:" + "|".join(vocab.union("regrets", codes) or ["(?!)"])
                      + r")(?!\w)", re.I)


@cache
def _free_without(lang: str | None) -> re.Pattern[str]:
    """A free thing said with "without" ("sem custo", "sans frais", "sin coste", "ohne
    Kosten"; the guard's own credit phrases that hold a "without"): a "no" like the "não" of
    "não tem custo" or the "no" of "at no cost", which the draft's sentence may say instead."""
    without = re.compile(r"(?<!\w)(?:" + vocab.words(vocab.union("withouts", vocab.codes(lang)))
                         + r")(?!\w)")
    found = [p for p in _credit(lang) if without.search(re.sub(r"\\[bB]", " ", p))]
    return re.compile("|".join(found or ["(?!)"]), re.I)


@cache
def _relative(lang: str | None) -> re.Pattern[str]:
    """A relative clause after its comma, to the next mark: ", die ein Kind nicht besuchen
    kann,", ", which we don't stock,"."""
    rel = vocab.union("relatives", vocab.codes(lang))
    return re.compile(r",\s*(?:" + vocab.alternation(rel)
                      + r")(?!\w)[^,;:.!?]*(?=[,;:.!?]|$)", re.I)


def _unrelated(sentence: str, lang: str | None) -> str:
    """`sentence` without the relative clauses that neither name a decision nor follow one
    their sentence names: in "Für Kurstage, die ein Kind nicht besuchen kann, erstatten wir
    ⟦1⟧ pro Tag" the "nicht" is the child's, and the refund is given; in "eine Erstattung, die
    leider nicht möglich ist" and "the fee, which we can't refund" the clause keeps its
    refusal."""
    named = list(_decisions(lang).values())

    def cut(m: re.Match[str]) -> str:
        said = sentence[:m.start()] + m.group()
        return m.group() if any(about.search(said) for about in named) else " "
    return _relative(lang).sub(cut, sentence)


def _clauses(sents: list[str], about: re.Pattern[str], lang: str | None) -> list[str]:
    """Each sentence cut into its clauses, words of regret left out (`_EVENTS`), an act said
    as an infinitive read with the clause it is the act of (`_acted`)."""
    return [c for s in sents
            for c in _acted([regrets(lang).sub(" ", c) for c in CLAUSE.split(s)], about, lang,
                            _headed(s, lang))]


def _headed(sentence: str, lang: str | None) -> bool:
    """`sentence` opens on a topic heading before a colon ("Sobre la prórroga:", "As for the
    extension:", `topic_heading`)."""
    m = CLAUSE.search(sentence)
    return bool(m) and m.group() == ":" and topic_heading(sentence[:m.start()], lang)


def _acted(clauses: list[str], about: re.Pattern[str], lang: str | None,
           headed: bool = False) -> list[str]:
    """`clauses` (one sentence's) with an act said as an infinitive in a clause of its own
    (`act_infinitives`: "die Frist zu verlängern", "le prolonger de deux mois", "ampliar el
    plazo") read again with the clause it is the act of: the one before it, where it is put
    after its clause ("es ist leider nicht möglich, die Frist zu verlängern"), or the one after
    it, where it opens the sentence ("ihre Reservierung zu verlängern, liegt nicht in unserer
    Hand", "le prolonger, je ne le peux pas"), an aside between passed over (`asides`: "no es
    posible, por desgracia, ampliar el plazo"). So is the act named as a noun alone in the
    clause opening the sentence, the subject of the clause after it (`act_subjects`: "la
    prolongation du délai, malheureusement, n'est pas possible"), and the act named in a topic
    heading the sentence opens on (`headed`: "Sobre la prórroga: no es posible", "Quanto à
    prorrogação: não é possível"), the label of what follows its colon. Only a clause that says it
    can't be done (a "no" with a "can", "possible" or "in our hands": `abilities_said`) takes
    it: in "die Frist zu verlängern, ist kein Problem" the "no" refuses nothing."""
    act, no, can = patterns("act_infinitives", lang), vocab.negation(lang), \
        patterns("abilities_said", lang)
    subject = patterns("act_subjects", lang)
    aside = words_pattern("asides", lang)  # "I'm afraid", "por desgracia"
    out = list(clauses)
    for k, clause in enumerate(clauses):
        said = [j for j, c in enumerate(clauses) if j != k and c.strip()]
        ahead = [j for j in said if j < k]
        if ahead and patterns("refusing_relatives", lang).search(clause) \
                and about.search(clauses[ahead[-1]]) and not no.search(clauses[ahead[-1]]):
            # "…um eine Verlängerung gebeten, die leider nicht möglich ist": the relative says
            # the act the clause before names cannot be done (`refusing_relatives`).
            out[k] = f"{clauses[ahead[-1]]} {clause}"
            continue
        named = act.search(clause) or (not ahead and (subject.search(clause)
                                                      or (k == 0 and headed)))
        if not (named and about.search(clause)) or no.search(clause):
            continue
        # Put after its clause, the nearest before it; opening the sentence, the one after.
        for j in (reversed(ahead) if ahead else [j for j in said if j > k]):
            if no.search(clauses[j]):
                if can.search(clauses[j]):
                    out[j] = f"{clauses[j]} {clause}"
                break
            if aside.sub(" ", clauses[j]).strip(" .!?"):
                break
    return out


def _reasons_cut(sentence: str, lang: str | None) -> list[str]:
    """`sentence` cut where a reason or a consequence starts, a reason that opens the
    sentence ending at its comma: in "she is out sick and can't tattoo this week, so your
    session is cancelled" and "da die SMS nicht zugestellt wurde, stornieren wir die Gebühr"
    the "no" is the reason's, and the cancellation refuses nothing."""
    starts = sorted({m.start() for found in (cue("causes", lang).finditer(sentence),
                                             patterns("reason_openers", lang).finditer(sentence))
                     for m in found} - {0})
    out = []
    for n, (lo, hi) in enumerate(zip([0, *starts], [*starts, len(sentence)], strict=True)):
        piece = sentence[lo:hi]
        opened = n > 0 or cue("causes", lang).match(piece) \
            or patterns("reason_openers", lang).match(piece)
        out += piece.split(",", 1) if opened else [piece]
    return out


@cache
def _until(about: re.Pattern[str], lang: str | None) -> re.Pattern[str]:
    """What a refusal is about named right after "until" (`untils`, an article or a
    possessive between): a time, not the thing refused. In "até a troca, não use a função de
    giro" and "until the replacement arrives, please don't use it" the "no" is the
    customer's, and no replacement is refused; "we can't refund you until the return
    arrives" still refuses the refund."""
    untils = vocab.words(vocab.union("untils", vocab.codes(lang)), longest_first=True)
    return re.compile(rf"(?<!\w)(?:{untils or '(?!)'})\s+(?:[^\W\d]+\s+)?(?:{about.pattern})",
                      re.I)


def _named(about: re.Pattern[str], sentence: str, lang: str | None) -> bool:
    """`sentence` names what a refusal is about other than as a time (`_until`)."""
    return bool(about.search(sentence)) and bool(
        about.search(_until(about, lang).sub(" ", sentence)))


def _refusals(sents: list[str], about: re.Pattern[str], lang: str | None,
              refused: re.Pattern[str] | None = None, free: bool = False,
              disclaimed: re.Pattern[str] | None = None) -> int:
    """Sentences that refuse `about`: naming it, or pointing back with "that"/"das"/"isso"
    at the sentence before that names it ("Within 14 days you get it all back. After that,
    this is no longer possible."; not "that morning", a time: `_anaphor`), or saying words
    that refuse it by themselves with no "no" (`refused`: "the deposit stays with us"
    refuses a refund, "es verfällt nicht" none). A "that" inside "that's why", "por isso",
    "por eso" points at a reason, not at what is refused ("…valem 30 dias, por isso não pôde
    ser aceito"). In a rewrite (`free`), a free
    thing said with "without" ("sem custo") is the "no" of the draft's "não tem custo".
    A `disclaimed` sentence ("sin garantía") refuses it whatever else it says."""
    no = vocab.negation(lang)
    return sum(1 for n, s in enumerate(sents) if _without(about, lang).search(s) or (
        disclaimed is not None and disclaimed.search(s)) or (
        refused is not None and refused.search(s) and not no.search(s)) or (
        (no.search(s) or (free and _free_without(lang).search(s))) and (
            _named(about, s, lang) or (
            n > 0 and about.search(sents[n - 1])
            and _anaphor(lang).search(cue("causes", lang).sub(" ", s))))))


@cache
def _credit(lang: str | None) -> tuple[str, ...]:
    """The guard's own credit phrases ("costs you nothing", "não tem custo", "sem custo", "ne
    vous coûtera rien"): what the language reads as given free."""
    return tuple(vocab.union_map("commitment_patterns", vocab.codes(lang)).get("credit", []))


@cache
def _free(lang: str | None) -> re.Pattern[str]:
    """What the language reads as given free (`_credit`), as one pattern."""
    return re.compile("|".join(_credit(lang) or ["(?!)"]), re.I)


# Each draft sentence is read so once per category and reading: kept, not remade.
@lru_cache(maxsize=4096)
def _ungiven(sentence: str, lang: str | None) -> str:
    """`sentence` with each "no" that gives something free left out ("não tem custo")."""
    no = vocab.negation(lang)
    return _free(lang).sub(lambda m: " " if no.search(m.group()) else m.group(), sentence)


def _fewer(r_sents: list[str], d_sents: list[str], about: re.Pattern[str], lang: str | None,
           refused: re.Pattern[str] | None,
           disclaimed: re.Pattern[str] | None = None) -> bool:
    """The rewrite refuses `about` in fewer sentences than the draft. A free thing the rewrite
    says with "without" ("sem custo") stands in for one the draft says with a "no" ("a
    reaplicação dentro da garantia não tem custo"), never for a refusal. A "no" of the draft's
    that only says the thing is free ("el cambio no tiene coste", "at no charge") refuses
    nothing: a free thing the rewrite says about it keeps it ("free of charge", "cambiarla sin
    coste"), the act named or not, once the draft's real refusals are kept."""
    drafted = _refusals(d_sents, about, lang, refused, disclaimed=disclaimed)
    if not drafted:  # most categories: nothing of it refused, no rewrite sentence to read
        return False
    said = _refusals(r_sents, about, lang, refused, disclaimed=disclaimed)
    if said >= drafted:
        return False
    said += _asked(r_sents, d_sents, about, lang, refused, disclaimed) \
        + _paired(r_sents, d_sents, about, lang, refused, disclaimed) \
        + _held(r_sents, d_sents, about, lang, refused, disclaimed)
    if said >= drafted:
        return False
    given = drafted - _refusals([_ungiven(s, lang) for s in d_sents], about, lang, refused,
                                disclaimed=disclaimed)
    if given and said >= drafted - given:
        # A "no" that only says it is free ("el cambio no tiene coste", "at no charge")
        # refuses nothing: the rewrite keeps it free in words of its own ("free of charge",
        # "cambiarla sin coste"), naming the act or not, in a sentence sharing two words with
        # the draft's (an "earlier day comes free" keeps no "no cancellation fee").
        freed = set().union(*(stems(s, lang) for s in d_sents
                              if _refusals([s], about, lang, refused, disclaimed=disclaimed)
                              and not _refusals([_ungiven(s, lang)], about, lang, refused,
                                                disclaimed=disclaimed)))
        if any(_free(lang).search(s) and len(stems(s, lang) & freed) >= 2 for s in r_sents):
            return False
    return not given or said + min(given, _refusals(r_sents, about, lang, refused, True,
                                                    disclaimed) - said) < drafted


def _asked(r_sents: list[str], d_sents: list[str], about: re.Pattern[str], lang: str | None,
           refused: re.Pattern[str] | None, disclaimed: re.Pattern[str] | None) -> int:
    """The draft's refusals of `about` held until the customer agrees (`consents`: "we won't
    replace them without your OK") that the rewrite says again as a "no" held the same way
    with another verb ("I won't touch those frets without your OK"); each rewrite sentence
    counts once, and only one that refuses no `about` of its own."""
    asked, no = patterns("consents", lang), vocab.negation(lang)
    drafted = sum(1 for s in d_sents if asked.search(s)
                  and _refusals([s], about, lang, refused, disclaimed=disclaimed))
    said = sum(1 for s in r_sents if asked.search(s) and no.search(s)
               and not _refusals([s], about, lang, refused, disclaimed=disclaimed))
    return min(drafted, said)


@cache
def _before(lang: str | None) -> re.Pattern[str]:
    """A "before" or "until" (`sides`): what a refusal held until an event waits for."""
    before = vocab.union_map("sides", vocab.codes(lang)).get("before", [])
    return re.compile(rf"(?<!\w)(?:{vocab.words(before, longest_first=True) or '(?!)'})(?!\w)",
                      re.I)


def _held(r_sents: list[str], d_sents: list[str], about: re.Pattern[str], lang: str | None,
          refused: re.Pattern[str] | None, disclaimed: re.Pattern[str] | None) -> int:
    """The draft's refusals of `about` held until an event ("on ne peut pas envoyer le kit
    neuf avant d'avoir reçu l'ancien", "we can't send the replacement before the old one
    arrives") that the rewrite says again as the act waiting for it, with no "no"
    (`held_untils`: "only once the old one is here", "ne peut partir qu'une fois l'ancien
    reçu", "erst wenn das alte da ist"), naming `about` and what the draft waits for. Each
    rewrite sentence counts once, and only one that refuses no `about` of its own; "we'll
    send it right away" and "only once you've paid" (another event) keep nothing."""
    held, no, before = patterns("held_untils", lang), vocab.negation(lang), _before(lang)
    # What each held refusal waits for: the words after its "before", to the clause's end.
    events = [stems(re.split(r"[,;:.!?]", s[m.end():])[0], lang) for s in d_sents
              if no.search(s) and (m := before.search(s))
              and _refusals([s], about, lang, refused, disclaimed=disclaimed)]
    events = [e for e in events if e]
    if not events:
        return 0
    awaited = set().union(*events)
    said = sum(1 for s in r_sents if held.search(s) and about.search(s)
               and stems(s, lang) & awaited
               and not _refusals([s], about, lang, refused, disclaimed=disclaimed))
    return min(len(events), said)


def _paired(r_sents: list[str], d_sents: list[str], about: re.Pattern[str], lang: str | None,
            refused: re.Pattern[str] | None, disclaimed: re.Pattern[str] | None) -> int:
    """The draft's refusals of `about` as part of a pair (`pairs`: "we can't offer both",
    "no hacemos devolución del dinero y reenvío a la vez") that the rewrite says again as a
    "no" to the pair without naming `about` ("it has to be one or the other, not both", "solo
    podemos hacer una de las dos cosas, no ambas"): the "no" is to taking both, whichever one
    it names. Each rewrite sentence counts once, and only one that refuses no `about` of its
    own; the "no" and the pair between the same marks (a pair is joined by "and", so not
    `CLAUSE`): a pair said without a "no" ("you can have both") or beside another clause's
    ("you get both, so nothing to choose") keeps nothing."""
    pair, no = patterns("pairs", lang), vocab.negation(lang)

    def refused_pair(s: str) -> bool:
        return any(pair.search(c) and no.search(c) for c in CLAUSE_MARKS.split(s))
    drafted = sum(1 for s in d_sents if refused_pair(s)
                  and _refusals([s], about, lang, refused, disclaimed=disclaimed))
    if not drafted:
        return 0
    said = sum(1 for s in r_sents if refused_pair(s)
               and not _refusals([s], about, lang, refused, disclaimed=disclaimed))
    return min(drafted, said)


def _a(category: str) -> str:
    return ("an " if category[:1] in "aeiou" else "a ") + category


@cache
def _waits(lang: str | None) -> re.Pattern[str]:
    """A refusal that already waits for something or speaks of now only (`_put_off`)."""
    return re.compile(f"{patterns('deferrals', lang).pattern}|{cue('ahead', lang).pattern}"
                      f"|{patterns('present', lang).pattern}", re.I)


def _put_off(r_sents: list[str], d_sents: list[str], about: re.Pattern[str],
             lang: str | None) -> bool:
    """The rewrite says "not yet" to what the draft refuses outright: "we can't refund the
    fee" → "we can't refund the fee yet", "todavía no podemos reembolsarla", "noch nicht
    erstatten" — a refusal turned into a delay. Not where the draft's own refusal of it
    already waits for something ("not until the parts arrive", "for now", "hasta el lunes":
    `deferrals`, `ahead`). Read without conditional clauses ("si el paquete todavía no ha
    llegado, le descontamos…" refuses nothing), and never of a guarantee: "I can't promise
    anything yet" is as unsure as "I can't promise anything". A draft's "can't refund them
    now" (`present`) is refused for now already: "not at this stage" says the same."""
    off = patterns("deferrals", lang)
    waits = _waits(lang)
    refusing = [s for s in d_sents if _refusals([s], about, lang)]
    return bool(refusing) and not any(waits.search(s) for s in refusing) and any(
        off.search(_led(s, about, lang)) for s in r_sents if _refusals([s], about, lang))


@cache
def _withouts(lang: str | None) -> re.Pattern[str]:
    """A "without" to the end of its clause ("sans pouvoir le confirmer pour le moment")."""
    return re.compile(words_pattern("withouts", lang).pattern + r"[^,;:.!?]*", re.I)


def _led(sentence: str, about: re.Pattern[str], lang: str | None) -> str:
    """`sentence` without the "without"s that lead to another act than `about` ("…, sans
    pouvoir le confirmer pour le moment", "without being able to confirm it yet", "sin poder
    confirmarlo todavía"): their "not yet" puts off that act (`_put_off`), and "we're trying
    to add buses, without being able to confirm it yet" puts off no replacement."""
    return _withouts(lang).sub(lambda m: m.group() if about.search(m.group()) else " ",
                               sentence)


def _free_kept(d_sents: list[str], r_sents: list[str], lang: str | None) -> bool:
    """The rewrite says a thing free in as many sentences as the draft says one is covered and
    refuses its charge with a "no" ("o conserto está coberto pela garantia e não tem custo"):
    "sem custo para a senhora" keeps it, "que será cobrado à parte" does not. Said with the
    language's own credit phrases (`_credit`); covered as `covered_patterns` reads it."""
    no, free, covered = vocab.negation(lang), _free(lang), patterns("covered_patterns", lang)
    drafted = sum(1 for s in d_sents if covered.search(s)
                  and any(no.search(m.group()) for m in free.finditer(s)))
    return not drafted or sum(1 for s in r_sents if free.search(s)) >= drafted


def _days(clause: str, dates: frozenset[str], lang: str | None = None) -> set[str]:
    """The days and times of day `clause` names ("tonight", "ce soir", "heute Abend",
    "el lunes"), as keys that match however they are cased or spaced; masked, the markers
    that stand for a date (`dates`), which the draft and its rewrite share. With `lang`, not
    a day a bound names (`day_bounds`: "earlier than ⟦3⟧", "avant le ⟦3⟧")."""
    found = [m for day in (RELATIVE_DAY_RE, WEEKDAY_RE) for m in day.finditer(clause)] \
        + [m for m in MARKER_RE.finditer(clause) if m.group(0) in dates]
    bound = patterns("day_bounds", lang) if lang else None
    return {" ".join(m.group(0).lower().split()) for m in found
            if not (bound and bound.search(" ".join(clause[:m.start()].split()[-3:])))}


@cache
def _ours(lang: str | None) -> re.Pattern[str]:
    """Our own act, said as done, to be done or possible: "I'll send", "je vous envoie",
    "podemos ir", "wir können kommen"."""
    return re.compile("|".join(p.pattern for p in (
        patterns("our_future", lang), patterns("our_present", lang),
        patterns("our_abilities", lang), patterns("taking_charge", lang))), re.I)


def _refused_days(clause: str, lang: str | None, dates: frozenset[str]) -> set[str]:
    """The days `clause` refuses an act on: named under a "no" with a "can" ("can't come
    tonight", "no podemos enviarlo hoy", "kann heute nicht kommen"), or inside a French "ne
    … que" that keeps the act at that time for others ("ne peut intervenir ce soir que pour
    les clients sous contrat"). A day after the "que" is the one left open ("ne peut
    intervenir que demain"), a day a bound names ("not before Friday") and a day in what
    happened ("the technician couldn't come on Monday") are none. A word of regret alone
    ("unfortunately the part only comes on Friday") refuses nothing."""
    if not patterns("abilities_said", lang).search(clause) or tense.happened(clause, lang):
        return set()
    if vocab.negation(lang).search(regrets(lang).sub(" ", clause)):
        return _days(clause, dates, lang)
    kept = patterns("restrictions", lang)
    return {d for m in kept.finditer(clause) for d in _days(m.group(0), dates, lang)}


def _promised_days(clause: str, lang: str | None, dates: frozenset[str]) -> set[str]:
    """The days `clause` commits us to act on, with no "no" and no "only": "je vous envoie
    quelqu'un ce soir", "we can come tonight"."""
    if vocab.negation(lang).search(clause) or patterns("restrictions", lang).search(clause) \
            or cue("restrictives", lang).search(clause) \
            or patterns("restrictives", lang).search(clause):
        return set()
    return _days(clause, dates) if _ours(lang).search(clause) else set()


_DAY_LABEL = 4  # words at most of a label naming a day before its colon


def _day_text(days: frozenset[str]) -> str:
    """The days of a label (`_dated`) said again as words, to read with what follows it."""
    return " ".join(sorted(days))


def _dated(sents: list[str], lang: str | None,
           dates: frozenset[str]) -> list[tuple[frozenset[str], str]]:
    """The sentences opening on a label that names a day before a colon ("Tonight: we can
    come", "Esta noche: no es posible", "Heute Abend: leider nicht möglich", "⟦5⟧ : nous
    passons"), as the label's days and what follows the colon: the act refused or promised
    after it is refused or promised on that day, as "we can come tonight" is. A label is a few
    words with no clause of its own (no comma, no "no"), so "Si no puede venir esta noche:
    llámenos" labels nothing; a sentence with a condition is left out, as `_reversed` leaves
    it, and so is one naming another day after its colon ("Tonight: we're full, so we come
    tomorrow" promises the morrow). Read beside the sentence's own clauses, not instead."""
    out = []
    for s in sents:
        head, colon, body = s.partition(":")
        if not colon or not body.strip() or len(head.split()) > _DAY_LABEL \
                or CLAUSE.search(head) or vocab.negation(lang).search(head) \
                or cue("conditions", lang).search(s):
            continue
        day = frozenset(_days(head, dates, lang))
        if day and not _days(body, dates) - day:
            out.append((day, body))
    return out


def _reversed(d_sents: list[str], r_sents: list[str], lang: str | None,
              dates: frozenset[str]) -> list[str]:
    """What the draft refuses at a time and the rewrite now does or can do at that very time,
    or gives up with an exception of ours: "the technician can't come tonight" → "I'm making
    an exception and sending someone tonight", "no podemos enviarlo hoy" → "se lo enviamos
    hoy". Read without conditional sentences ("if you have a contract, we come tonight" keeps
    the draft's "only for contract customers"), and only where the rewrite says the act at
    that time more often than the draft does ("we can't come tonight, we'll call you tonight"
    says its call already). Returns the agent-facing reason for each."""
    def clauses(sents: list[str]) -> list[str]:
        return [c for s in sents if not cue("conditions", lang).search(s)
                for piece in _reasons_cut(s, lang) for part in piece.split(";")
                for c in CLAUSE.split(part)]
    d_clauses, r_clauses = clauses(d_sents), clauses(r_sents)
    d_dated, r_dated = (_dated(sents, lang, dates) for sents in (d_sents, r_sents))
    refused = {d for c in d_clauses for d in _refused_days(c, lang, dates)} | {
        d for day, body in d_dated for c in clauses([body])
        for d in day & _refused_days(f"{_day_text(day)} {c}", lang, dates)}
    lost = []
    # Each clause's promised days read once, not once per refused day. A day label's are
    # read once per line, with all that follows its colon: a "no" anywhere in it ("Tonight:
    # not possible, but we'll call you") leaves the day promised nothing (`_dated`).
    promised, drafted = (Counter(d for c in clauses_ for d in _promised_days(c, lang, dates))
                         + Counter(d for day, body in dated for d in day
                                   & _promised_days(f"{_day_text(day)} {body}", lang, dates))
                         for clauses_, dated in ((r_clauses, r_dated), (d_clauses, d_dated))) \
        if refused else ({}, {})
    for day in sorted(refused):
        if promised.get(day, 0) > drafted.get(day, 0):
            lost.append(f"The draft says this cannot be done \"{day}\", but the rewrite now "
                        "promises it for then; the decision must stay.")
    made = patterns("exceptions_made", lang)
    no = vocab.negation(lang)

    def excepted(sents: list[str]) -> int:
        return sum(1 for s in sents for c in CLAUSE.split(s)
                   if made.search(c) and not no.search(c))
    # The exception is rare, the refusal reading costly: ask for the refusal only then.
    if excepted(r_sents) > excepted(d_sents) \
            and (refused or any(refuses(c, lang) for c in d_clauses)):
        lost.append("The draft says no, but the rewrite makes an exception to it; the decision "
                    "must stay.")
    return lost


# The readings an extension is counted in, clause by clause (`_EVENTS`).
_EVENT_READINGS = ("written", "bare", "why")


@cache
def _readings(lang: str | None) -> dict[str, Callable[[str], list[str]]]:
    """The ways a sentence is read for its refusals, each cutting away a "no" that may refuse
    nothing; a decision is lost only when it is refused less often in every one of them.
    As written; with conditional clauses left out (a "no" inside "if it is not repairable,
    we replace it" refuses nothing, yet a relative clause "where we cannot offer it" may move
    into one); cut at "but" and at semicolons (in "we can't cover the ticket, but you can ask
    for a voucher" the "no" is the ticket's, not the voucher's, so a rewrite that gives the
    voucher its own sentence has refused nothing less; in "it is under the legal guarantee; he
    cannot send you to the maker" the "no" refuses no guarantee); cut at reasons and
    consequences (`_reasons_cut`). (All three at once, for a sentence whose stray "no"s each
    sit where another cut falls, was measured at stop 46: it let a check-set mutant
    through.)"""
    def bare(s: str) -> list[str]:
        return [_if_clause(lang).sub(" ", s)]

    def cut(s: str) -> list[str]:
        return [c for part in s.split(";") for c in _contrast(lang).split(part)]

    def why(s: str) -> list[str]:
        return _reasons_cut(s, lang)
    return {"written": lambda s: [s], "bare": bare, "cut": cut, "why": why}


@cache
def _disclaimer_alone(lang: str | None) -> re.Pattern[str]:
    """A disclaimer that ends its clause, two words at most after it ("…, no promises.",
    "…, but I can't promise anything", "versprechen kann ich es nicht", "sans promesse"):
    its "no" refuses a promise and nothing else, so "Refund: we'll look into it, no promises"
    refuses no refund. "We can't promise a refund" names what it refuses after it, and keeps
    its "no" (`_unpromised`)."""
    word = r"[^\S\n]+[^\s,;:.!?]+"
    return re.compile(rf"(?<!\w)(?:{cue('disclaimers', lang).pattern})((?:{word}){{0,2}})"
                      r"(?=\s*(?:[,;:.!?)—–]|$))", re.I)


def _unpromised(text: str, lang: str | None) -> str:
    """`text` without the disclaimers that end their clause and name no decision after them
    (`_disclaimer_alone`), as read for every decision but a guarantee."""
    named = list(_decisions(lang).values())
    return _disclaimer_alone(lang).sub(
        lambda m: m.group() if any(a.search(m.group(1)) for a in named) else " ", text)


def _give_back_refused(clause: str, about: re.Pattern[str], lang: str | None) -> bool:
    """`clause` refuses to give back: a "no" right before the give-back verb, three words at
    most between ("no podemos devolverlo", "não tenho como devolver", "ne peut pas vous être
    rendu"), or inside it ("geben wir die ⟦1⟧ nicht zurück"); a word of regret is no "no"."""
    no = vocab.negation(lang)
    said = regrets(lang).sub(" ", clause)
    for m in about.finditer(said):
        # The words before it in its own clause, four at most: the "no" and up to three more.
        before = " ".join(re.split(r"[,;:.!?]", said[:m.start()])[-1].split()[-4:])
        if no.search(m.group()) or no.search(before):
            return True
    return False


def _given_back(r_read: list[str], d_read: list[str], category: str, lang: str | None) -> int:
    """The draft's refusals of `category` (a refund) the rewrite says again as a refused
    give-back (`_BROADER`: "devolver", "rendre", "zurückgeben") of the same thing: a piece of
    the rewrite that refuses to give back, names no refund, and shares a marker or
    `_SAME_THING` word stems with a piece of the draft refusing the refund. Only the
    give-backs beyond those the draft refuses itself count, each once: "we can't return the
    device" said again keeps the draft's refused return, not its refund too."""
    about, no = _decisions(lang)[category], _refused(lang).get(category)
    back = _decisions(lang).get(_BROADER[category])
    if back is None:
        return 0
    # Only a refusal said outright: one held by a condition, an exception or a "before"
    # ("unless the part is faulty", "salvo que", "außer", "not before it arrives") is left to
    # the narrower word, which the condition checks read it with.
    held = (cue("conditions", lang), patterns("exclusions", lang), _before(lang))
    refusing = [s for s in d_read if _refusals([s], about, lang, no)
                and not any(h.search(s) for h in held)]
    # Nor where the rewrite says fewer conditions than the draft anywhere: a proviso dropped
    # in words the condition checks miss ("siempre que haya espacio" left out of an offer
    # said in other words) is what the stop-41 neighbours did, and only the narrower word's
    # "no" caught them.
    if sum(len(held[0].findall(s)) for s in r_read) < sum(len(held[0].findall(s))
                                                          for s in d_read):
        return 0
    drafted = [s for s in d_read if not about.search(s) and _give_back_refused(s, back, lang)]

    refused = [stems(d, lang) for d in refusing]  # stemmed once, not once per rewrite piece

    def same(s: str) -> bool:
        mine = stems(s, lang)
        return any(MARKER_RE.search(" ".join(shared)) or len(shared) >= _SAME_THING
                   for shared in (mine & d for d in refused))
    # A give-back put off ("ainda não consigo devolver", "not yet") says "later" to a refund
    # the draft refuses outright (`_put_off`): it keeps none, unless the draft's waits too.
    off = None if any(_waits(lang).search(s) for s in refusing) else patterns("deferrals", lang)
    said = [s for s in r_read if not about.search(s) and _give_back_refused(s, back, lang)
            and not (off and off.search(s))]
    spare = len(said) - len(drafted)
    return max(0, min(spare, len(refusing), sum(1 for s in said if same(s))))


def decision_kept(draft: str, rewrite: str, lang: str | None = None,
                  dates: frozenset[str] = frozenset()) -> list[Violation]:
    """A 'no' stays a 'no': a refused refund must still be refused in the rewrite. `dates`:
    the markers that stand for a date or a day (protect.Masker.kinds)."""
    out = []
    # A list's bullet is no word: "- se preferires não vir, devolvemos…" opens with its "if".
    said_d, said_r = ([_BULLET.sub("", s) for s in sentences(norm(blocks(text)))]
                      for text in (draft, rewrite))
    # A fault owned as what should not have happened (`lapses`: "and that shouldn't have
    # happened", "eso no debería haber pasado"): its "no" looks back at our lapse and refuses
    # nothing, so a sentence saying that we cancelled is no refusal of a cancellation.
    lapses = patterns("lapses", lang)
    # A loss denied (`losses_denied`: "your deposit is not lost", "no pierde la seña", "geht
    # nicht verloren"): its "no" says the customer keeps what is theirs, so "your deposit is
    # not lost: we move the party or refund it" refuses no refund.
    lost = patterns("losses_denied", lang)
    # A reassurance ("no worries", "keine Sorge", "no se preocupe", "ne vous inquiétez pas")
    # puts the customer at ease: its "no" refuses nothing, so "no worries, we'll refund it"
    # grants the refund the draft refused.
    calm = words_pattern("reassurances", lang)
    d_sents, r_sents = ([_unrelated(calm.sub(" ", lost.sub(" ", lapses.sub(" ", s))), lang)
                         for s in said] for said in (said_d, said_r))
    d_read, r_read = ({name: [c for s in sents for c in read(s)]
                       for name, read in _readings(lang).items()}
                      for sents in (d_sents, r_sents))
    # Read for every decision but a guarantee without a disclaimer ending its clause: the "no"
    # of "…, no promises" refuses a promise only (`_unpromised`).
    as_said = (d_read, r_read)
    undisclaimed = tuple({name: [_unpromised(c, lang) for c in cs] for name, cs in read.items()}
                         for read in as_said)
    for category, about in _decisions(lang).items():
        no = _refused(lang).get(category)
        off = cue("disclaimers", lang) if category in _DISCLAIMED else None
        d_read, r_read = as_said if category in _DISCLAIMED else undisclaimed
        bare_d, bare_r = d_read["bare"], r_read["bare"]
        if category in _EVENTS:
            # Clause by clause, and cut at reasons too: in "no devolvemos parte del abono
            # porque la ampliación compensa los días" the "no" is not the extension's.
            if all(_fewer(_clauses(r_read[name], about, lang),
                          _clauses(d_read[name], about, lang), about, lang, no)
                   for name in _EVENT_READINGS):
                out.append(Violation("decision_changed", f"The draft declines {_a(category)}, "
                                     "but the rewrite no longer says so; the decision must "
                                     "stay."))
            continue
        # Lost when fewer sentences refuse it in every reading, and so its kin's (`_KIN`).
        refusals = [(about, no)] + ([_kin(category, lang)] if category in _KIN else [])
        if all(_fewer(r_read[name], d_read[name], a, lang, n, off) for a, n in refusals
               for name in r_read) and not (
                category in _BROADER
                and _refusals(r_read["cut"], about, lang, no)
                + _given_back(r_read["cut"], d_read["cut"], category, lang)
                >= _refusals(d_read["cut"], about, lang, no)):
            out.append(Violation("decision_changed", f"The draft declines {_a(category)}, but the "
                                 "rewrite no longer says so; the decision must stay."))
        elif category not in _DISCLAIMED and _put_off(bare_r, bare_d, about, lang):
            out.append(Violation("decision_changed", f"The draft declines {_a(category)}, but the "
                                 "rewrite only puts it off (\"not yet\"); the decision must "
                                 "stay."))
    out += [Violation("decision_changed", why) for why in _reversed(d_sents, r_sents, lang, dates)]
    if not _free_kept(said_d, said_r, lang):
        out.append(Violation("decision_changed", "The draft says this costs nothing, but the "
                             "rewrite no longer says so; the decision must stay."))
    return out

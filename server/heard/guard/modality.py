"""Invariant 2, modality: what the draft only says may happen, or only promises to look at,
stays that way where the rewrite says it again.

The counting check (conditions.qualifiers_kept) compares whole sentences; a rewrite that
merges sentences keeps the count ("the update fixes the flicker; you can download it") while
the hedge has moved off what it qualified. So each hedge ("may", "puede", "should arrive") and
each promise to look at something ("we'll review the adjustment", "wir prüfen") is followed to
what it is about: the next words of its clause. A clause of the rewrite that says that again —
the hedged word itself and the draft sentence's content — must carry a hedge or a word of
looking; "we will lower it" for "we will review it", "soluciona" for "puede solucionarse",
"vous avez droit" for "vous pourriez avoir droit" are a firmer promise. Linear: one pass over
the draft's hedges, each compared with the rewrite's clauses.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from heard import vocab
from heard.guard.text import (
    CLAUSE,
    by_word,
    clauses_holding,
    cue,
    gist,
    norm,
    ours_acting,
    patterns,
    plain,
    sentences,
    stems,
    theirs_only,
    topic_heading,
    words_pattern,
)
from heard.guard.violation import Violation
from heard.protect import MARKER_RE

_WINDOW = 8  # words after a hedge that say what it is about
_FORM = "="  # before a word as written, among stems: that word form itself (`_heads`)
_SHARED = 2  # stems a rewrite clause shares with the draft sentence to be saying it again
HEDGES = "hedges+possibilities+frequencies"  # every step of the scale below certain (vocab.Lang)
SOFTEST = "possibilities+frequencies"  # its possible step: "may", "sometimes"
_FIRM_READ = "hedges+possibilities"  # what the promise checks read (`hedges_in`'s `frequent`)
_OPENED = re.compile(r"\w[^,;:—–]*$")  # a word of its clause before this point
# "espero que usted…" hopes, as "could you" asks; "whether you…", "ob Sie…", "no sé si usted…"
# leave the customer's choice open, not what may happen.
_THAT = frozenset({"que", "that", "dass", "whether", "ob", "si", "se"})
# A clause: sentences split at semicolons, colons, dashes and a comma before a coordinating
# word or one drawing a consequence ("…leva 4 dias, então ele deve voltar até terça": the
# "então" clause says its own thing, under its own hedge), not at a bare comma ("Hopefully,
# the update fixes it") or "and" ("between 8 and 6"), nor at a dash between two amounts: "usually
# takes ⟦1⟧–⟦2⟧ days" is a range ("1&ndash;2" in HTML), not two clauses, the second unhedged.
_SPLIT = re.compile(r"[;:—]|(?<![⟧\d])(?<![⟧\d]\s)–|–(?!\s?[⟦\d])"
                    r"|,\s*(?:but|and|so|pero|y|aber|und|doch|mais|et|donc|mas|e"
                    r"|então|portanto|por isso|así que|entonces|por eso|por lo que|alors"
                    r"|daher|deshalb|deswegen)\s")
_END = re.compile(r"[.;:!?—–]")
_PAUSE = re.compile(r"[,;:—–]")  # where a disclaimed part of a clause ends


@cache
def _salutation(lang: str | None) -> re.Pattern[str]:
    codes = vocab.codes(lang)
    return re.compile(r"\s*(?:" + "|".join(vocab.union("greetings", codes)) + r")(?!\w)", re.I)


@cache
def _you(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The customer as a subject (lang/*.json `addressees`), right after a hedge and right
    before one. A word that is also "your" ("Ihr Paket könnte…", "könnte Ihr Paket") names
    whose thing it is, not who acts, so it is no "you" here."""
    codes = vocab.codes(lang)
    yours = {w.lower() for w in vocab.union("possessives", codes)}
    you = vocab.words([w for w in vocab.union("addressees", codes) if w.lower() not in yours],
                      longest_first=True)
    return (re.compile(rf"\s+(?:{you})(?!\w)", re.I),
            re.compile(rf"(?<!\w)(?:{you})\s+$", re.I))


def addressed(sentence: str, hedge: re.Match[str], lang: str | None = None) -> bool:
    """A modal before "you" asks ("could you send…", "pourriez vous"); a hedge that names its
    own verb is still one with the customer as its object ("should reach you"). "You" before
    the future of "can" ("usted podrá consultarlo", "você poderá acompanhar") permits: what
    they may do, not what may happen. German puts the verb before its subject whenever
    something else comes first ("In 5 Tagen könntest du die Gutschrift sehen"): there the
    modal asks only when it opens its clause ("Könntest du uns ein Foto schicken")."""
    said = hedge.group(0).split()
    after, before = _you(lang)
    if before.search(sentence, 0, hedge.start()) and able(hedge.group(0), lang):
        return True
    if said[-1].lower() in _THAT and after.match(sentence, hedge.end()):
        return True  # a subordinator stands before its subject in every word order
    if lang == "de" and _OPENED.search(sentence, 0, hedge.start()):
        return False
    return len(said) == 1 and bool(after.match(sentence, hedge.end()))


def hedges_in(sentence: str, lang: str | None, frequent: bool = True
              ) -> list[re.Match[str]]:
    """The hedges of a sentence, its letter's salutation left out: "Estimada Sra. Ruiz" and
    "Prezado senhor" open a letter ("dear"), they estimate nothing. `frequent`: with its
    frequencies ("sometimes", lang/*.json `frequencies`); the promise checks
    (guard/commitments.py) read none: there a "sometimes" in a reason beside a deadline
    ("…within the hour, …, as our mail sometimes lands in spam") would hedge the deadline."""
    opening = _salutation(lang).match(sentence)
    start = opening.end() if opening else 0
    # A hedge word that says something else there ("prévue par la loi", "etwa durch").
    other = [(m.start(), m.end()) for m in patterns("not_hedges", lang).finditer(sentence)]
    found = [*cue(HEDGES if frequent else _FIRM_READ, lang).finditer(sentence),
             *_estimates(lang).finditer(sentence)]
    return sorted((m for m in found if m.start() >= start
                   and not any(a <= m.start() < b for a, b in other)), key=lambda m: m.start())


@cache
def _estimates(lang: str | None) -> re.Pattern[str]:
    """A word or verb of reckoning right before an amount (lang/*.json `estimates`): "about
    ⟦3⟧ days", "comptez ⟦2⟧", "cuente con unos ⟦3⟧ días", "conto com oito semanas" estimate,
    on the likely step; "about your order", "cuente con nosotros" do not."""
    codes = vocab.codes(lang)
    said = vocab.union("estimates", codes)
    if not said:
        return re.compile(r"(?!)")
    amount = (r"(?:⟦\d+⟧|\d|(?:" + vocab.words(vocab.union("cardinals", codes),
                                               longest_first=True) + r")(?!\w))")
    return re.compile(r"(?<![\w-])(?:" + vocab.words(said, longest_first=True)
                      + rf")(?=\s+{amount})", re.I)


@cache
def _modals(lang: str | None) -> re.Pattern[str]:
    """A modal of what is expected, before the word it governs (lang/*.json `likely_modals`)."""
    said = vocab.union("likely_modals", vocab.codes(lang))
    if not said:
        return re.compile(r"(?!)")
    # German puts it last in a clause it ends ("die nächste Woche erscheinen soll,").
    return re.compile(r"(?<![\w-])(?:" + vocab.words(said, longest_first=True)
                      + r")(?=\s+\w|\s*[,;:.!?—–)]|\s*$)", re.I)


def expected(sentence: str, lang: str | None, found: list[re.Match[str]]
             ) -> list[re.Match[str]]:
    """Its modals of what is expected whatever verb follows ("an adjuster should contact
    you", "um vistoriador deve entrar em contato") that no hedge in `found` covers. Not one
    after "you" ("you should call your bank" advises) nor one opening its clause where the
    language reads a condition there ("should it arrive damaged"); after a condition one
    opening its clause is expected all the same ("…e, se o tempo ajudar, devem estar prontos
    na segunda": "vão estar prontos" is firmer)."""
    before = _you(lang)[1]
    # (Nor one a hedge word's other sense holds, "which it should have done": `hedges_in`.)
    other = [(o.start(), o.end()) for o in patterns("not_hedges", lang).finditer(sentence)]
    return [m for m in _modals(lang).finditer(sentence)
            if not any(h.start() <= m.start() < h.end() for h in found)
            and not any(a <= m.start() < b for a, b in other)
            and (_OPENED.search(sentence, 0, m.start())
                 or not any(c.start() <= m.start() < c.end()
                            for c in cue("conditions", lang).finditer(sentence)))
            and not before.search(sentence, 0, m.start())]


@cache
def _chances(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Can" before a verb of taking time or varying, a few words on in its clause (German
    puts the verb last: "können bis zu ⟦1⟧ Tage dauern"): "refunds can take ⟦1⟧ days" says
    what "may take" says; and who acts, right before it: "we can take it back" offers and
    "you can take it" permits (lang/*.json `first_persons`, `addressees`)."""
    codes = vocab.codes(lang)
    modals, verbs = vocab.union("chance_modals", codes), vocab.union("time_takers", codes)
    if not modals or not verbs:
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    people = vocab.words([*vocab.union("first_persons", codes),
                          *vocab.union("addressees", codes)], longest_first=True)
    return (re.compile(rf"(?<![\w-])(?:{vocab.words(modals, longest_first=True)})"
                       rf"(?:\s+[^\s,;:.!?—–]+){{0,5}}?\s+"
                       rf"(?:{vocab.words(verbs, longest_first=True)})(?!\w)", re.I),
            re.compile(rf"(?<![\w-])(?:{people})\s+$", re.I))


def _chance(sentence: str, lang: str | None, besides: str = "") -> list[re.Match[str]]:
    """Its "can take"s said of a thing (`_chances`), but those the draft's sentence `besides`
    says itself (`_said_again`)."""
    said, who = _chances(lang)
    found = [m for m in said.finditer(sentence) if not who.search(sentence, 0, m.start())]
    return _said_again(found, besides, lang) if besides else found


def chanced(sentence: str, lang: str | None, besides: str = "") -> int:
    """Its clauses saying a thing can take time ("refunds can take ⟦1⟧ days"): in a rewrite,
    as soft as "may", so it keeps any hedge of the draft's. Only a rewrite's: a draft's "can
    take up to ⟦1⟧ hours" said as "takes up to ⟦1⟧ hours" bounds the same wait. Not one the
    draft's sentence `besides` says itself (`_said_again`)."""
    return clauses_holding(sentence, _chance(sentence, lang, besides))


@cache
def _relative(lang: str | None) -> re.Pattern[str]:
    """A relative clause's opening after its comma, up to where a point falls in it
    (lang/*.json `relatives`, `clause_relatives`: ", which", ", lo que", ", was", ", ce qui",
    ", o que"): read backwards from that point to the clause's comma."""
    codes = vocab.codes(lang)
    said = [*vocab.union("relatives", codes), *vocab.union("clause_relatives", codes)]
    return re.compile(r",\s*(?:" + vocab.alternation(said)
                      + r")(?!\w)[^,;:.!?—–]*$", re.I)


def _said_again(found: list[re.Match[str]], drafted: str, lang: str | None
                ) -> list[re.Match[str]]:
    """The cues of `found` (in a rewrite: possibilities, what would be, a "can take") that are
    not the draft sentence `drafted` saying its own again. One the draft holds in a relative
    clause, outside its hedges ("Tess may suggest the June clinic, which would be at the full
    price", "…, lo que sería más caro", "…, was teurer wäre"), is said of that clause: the
    consequence the relative draws from the clause before it. Said again in a relative clause
    of the rewrite, in the same words, it hedges nothing else: "Tess will get Roo into the June
    clinic, which would be at the full price" drops the "may". As many of each as the draft
    holds are the draft's (the first said); one more is the rewrite's own ("one option would
    be to repair it, which would take a week" for "we could repair it, which would take a
    week"); so is one outside a relative clause ("ideally your vet would send it" for "if your
    vet could send it, that would be ideal")."""
    if not found:
        return found
    relative = _relative(lang)
    spans = [(h.start(), h.end()) for h in hedges_in(drafted, lang)]
    held: dict[str, int] = {}
    out = []
    for m in found:
        said = _phrase(m.group(0))
        if said not in held:
            held[said] = sum(1 for d in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)",
                                                     drafted, re.I)
                             if not any(a <= d.start() < b for a, b in spans)
                             and relative.search(drafted, 0, d.start()))
        if held[said] and relative.search(m.string, 0, m.start()):
            held[said] -= 1
        else:
            out.append(m)
    return out


def _phrase(said: str) -> str:
    """A hedge as the vocabulary lists it: lower case, one space between its words, so
    "Weather  permitting" and a line-broken "most\nlikely" are found."""
    return " ".join(said.lower().split())


@cache
def _gap(lang: str | None) -> re.Pattern[str]:
    """A clause that is a noun phrase and a fact (`_gapped`): a joining word at most, an
    article, a demonstrative or a possessive (lang/*.json `articles`, `demonstratives`,
    `possessives`), one word, a few short words and the fact."""
    codes = vocab.codes(lang)
    joins = vocab.alternation(vocab.union("coordinators", codes))
    heads = vocab.alternation([*vocab.union("articles", codes),
                               *vocab.union("demonstratives", codes),
                               *vocab.union("possessives", codes)])
    return re.compile(rf"[\W\d_]*(?:(?:{joins})\s+)?(?:{heads})(?:\s+|(?<=')|(?<=’))"
                      r"([\w-]+)((?:\s+[\w'-]+){0,3}?)\s+⟦\d+⟧[\s.!)]*", re.I)


def _gapped(clause: str, lang: str | None) -> bool:
    """The clause leaves out the verb of the clause before it (gapping): "…could go out on
    ⟦1⟧, and the remainder on ⟦2⟧", "…, y el resto el ⟦2⟧", "…, und der Rest am ⟦2⟧", "…, e o
    resto a ⟦2⟧": what it names and when, nothing it does. It says again the verb before
    it, with its hedge: "the remainder will go out on ⟦2⟧" drops the "could". One word names
    the thing, and the words before the fact are all the language's closed-class words, none
    a verb of being (lang/*.json `function_words`, `be_forms`, `copulas`: "on", "am", "el"):
    "and the rest ships on ⟦2⟧", "e o resto sai a ⟦2⟧", "and the rest is on ⟦2⟧" have a verb
    of their own."""
    found = _gap(lang).fullmatch(clause)
    return bool(found and stems(found.group(1), lang)
                and all(w.lower() in _closed(lang) for w in found.group(2).split()))


@cache
def _closed(lang: str | None) -> frozenset[str]:
    """The language's closed-class words but its verbs of being (`_gapped`)."""
    codes = vocab.codes(lang)
    return frozenset(w.lower() for w in vocab.union("function_words", codes)) - {
        w.lower() for k in ("be_forms", "copulas") for w in vocab.union(k, codes)}


def _spans(sentence: str) -> list[tuple[int, int]]:
    """Where the parts of a sentence between its split marks (`_SPLIT`) start and end."""
    bounds = [0, *(x for m in _SPLIT.finditer(sentence) for x in (m.start(), m.end())),
              len(sentence)]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def hedged_parts(sentence: str, lang: str | None) -> list[str]:
    """The parts of a sentence of several (`_SPLIT`: at a semicolon, a colon, a dash or a
    comma before a joining word) that hold both a hedge on what happens and a condition
    ("…nicht nach Schimmel; das passiert meistens, wenn die Lake nicht über dem Kraut
    steht"): a rewrite may say such a part in a sentence of its own. None of a sentence of
    one part: there the part is the sentence."""
    spans = _spans(sentence)
    if len(spans) < 2:
        return []
    parts = [sentence[a:b] for a, b in spans]
    return [p for p in parts if cue("conditions", lang).search(p)
            and any(not addressed(p, m, lang) for m in hedges_in(p, lang))]


def opens_on_condition(text: str, lang: str | None) -> bool:
    """`text` opens on an "if" ("If the glaze cures on time, …", "De no haber retrasos, …"),
    a list's dash or bullet aside."""
    return bool(cue("conditions", lang).match(text, len(text) - len(text.lstrip(" -–•*\t"))))


def possible(hedge: str, lang: str | None) -> bool:
    """The hedge is on the softest step ("may", "we'll try", "podría", "vielleicht"), below
    what is only likely ("usually", "should arrive"): a rewrite saying it as likely promises
    more."""
    said, codes = _phrase(hedge), vocab.codes(lang)
    return said in vocab.union("possibilities", codes) or said in vocab.union("whethers", codes) \
        or said in vocab.union("frequencies", codes)


def _whether(hedge: str, lang: str | None) -> bool:
    """The hedge is an open question ("ob", "whether", "no sabemos si"): "ob die Bahn vor ⟦8⟧
    ankommt, kann ich nicht versprechen" said as "dass die Bahn vor ⟦8⟧ ankommt, kann ich
    nicht versprechen" leaves it as open, the promise refused in its own clause; "die Bahn
    kommt vor ⟦8⟧ an" closes it."""
    return _phrase(hedge) in vocab.union("whethers", vocab.codes(lang))


def _frequent(hedge: str, lang: str | None) -> bool:
    """The hedge says how often ("sometimes", "à vezes", "parfois": lang/*.json
    `frequencies`)."""
    return _phrase(hedge) in vocab.union("frequencies", vocab.codes(lang))


def _can(clause: str, lang: str | None) -> bool:
    """The clause says a thing can do or undergo something ("customs can add three days",
    "el motor puede trabarse", "la chasse-galerie peut faire peur"): a "can" said of no
    person (lang/*.json `chance_modals`, not right after `first_persons` or `addressees`),
    which is how often it happens said as what may happen, as soft as a draft's
    "sometimes" ("customs sometimes adds three days"). "We can add three days" offers, and
    "you can add" permits: neither keeps it."""
    modals = vocab.union("chance_modals", vocab.codes(lang))
    if not modals:
        return False
    who = _chances(lang)[1]
    return any(not who.search(clause, 0, m.start()) for m in re.finditer(
        rf"(?<![\w-])(?:{vocab.words(modals, longest_first=True)})(?=\s+\w)", clause, re.I))


def frequented(sentence: str, lang: str | None) -> int:
    """Its clauses holding a hedge of how often ("customs sometimes adds three days"): in a
    draft, what a rewrite's "can" said of a thing keeps (`canned`)."""
    return clauses_holding(sentence, (m for m in hedges_in(sentence, lang)
                                      if _frequent(m.group(0), lang)
                                      and not addressed(sentence, m, lang)))


def canned(sentence: str, lang: str | None) -> int:
    """Its clauses saying a thing can do or undergo something (`_can`): in a rewrite, how
    often it happens said as what may happen ("customs can add three days" for "customs
    sometimes adds three days")."""
    if sentence.rstrip().endswith("?"):
        return 0
    return sum(1 for c in CLAUSE.split(sentence) if _can(c, lang))


def able(hedge: str, lang: str | None) -> bool:
    """The hedge is the future of "can" ("podrá", "poderá"): "la tienda puede reenviarlo" says
    what "la tienda podrá reenviarlo" says, where "la tienda lo reenviará" is a promise."""
    return _phrase(hedge) in vocab.union("abilities", vocab.codes(lang))


def permitted(sentence: str, hedge: re.Match[str], lang: str | None) -> bool:
    """A softest-step modal right after "you" ("you may collect it", "usted podría
    recogerlo", "vous pourriez passer"): what the customer is allowed to do, which "you
    can" says as well as the modal did; "you will collect it" is still a firmer promise.
    Spanish and Portuguese leave the "you" out where the ending says it ("podrías regalarlas",
    lang/*.json `addressed_modals`). So is "can" with its verb after "you" ("usted puede
    llegar a partir de las ⟦9⟧", "você pode chegar às ⟦9⟧", lang/*.json `chance_modals`):
    said of a thing ("su paquete puede llegar el ⟦5⟧") it is what may happen, said of the
    customer it is what they are allowed to do."""
    said = hedge.group(0)
    codes = vocab.codes(lang)
    named = said.lower().split()
    return possible(said, lang) and (
        ((len(named) == 1 or named[0] in vocab.union("chance_modals", codes))
         and bool(_you(lang)[1].search(sentence, 0, hedge.start())))
        or said.lower() in vocab.union("addressed_modals", codes))


SUPPOSED = "hypotheticals+choices"  # vocab.Lang: one possibility of several, or what would be


def supposed(sentence: str, lang: str | None, field: str = SUPPOSED, besides: str = "",
             consequent: bool = True) -> int:
    """Its clauses that say something as one possibility or as what would happen ("one
    option is for us to hand over…", "the rest would follow", "una opción sería enviarla"):
    in a rewrite, as soft as the possible step. Only a rewrite's: a draft's "we would be
    glad to" or "there are two ways" hedges nothing it promises. A cue `besides` (a draft
    sentence) holds in the same words is only said again and counts for nothing
    (`_said_again`). Not `consequent`, none that is the conditional mood of what an "if"
    opening the sentence brings about (`_consequence`)."""
    found = [m for m in cue(field, lang).finditer(sentence)
             if consequent or not _consequence(sentence, m, lang)]
    return clauses_holding(sentence, _said_again(found, besides, lang) if besides else found)


def _consequence(text: str, said: re.Match[str], lang: str | None) -> bool:
    """`said` (a cue of what would be, in `text`) is the conditional mood alone (`_mood`) in
    a sentence opening on an "if" (`opens_on_condition`), or with an "if" after it in its
    sentence (`_if_after`): there it says what the condition brings about, as "will" does
    with it."""
    return _mood(text, said, lang) and (_supposes(text, lang) or _if_after(text, said, lang))


def _if_after(text: str, said: re.Match[str], lang: str | None) -> bool:
    """An "if" after `said` in its sentence ("we would ship the lamps on Friday if the
    supplier confirms", "wir würden am Freitag versenden, wenn der Lieferant bestätigt", "la
    salida sería el viernes si el proveedor confirma"): the condition said last brings the
    conditional mood about as one opening the sentence does. Not the customer's wish ("we
    would send another chair if you'd like": lang/*.json `wishes`, `condition_wishes`),
    theirs to take."""
    rest = _END.split(text[said.end():], maxsplit=1)[0]
    found = cue("conditions", lang).search(rest)
    return bool(found) and not words_pattern("wishes+condition_wishes", lang).search(
        rest, found.start())


def happening(sentence: str, lang: str | None) -> bool:
    """The draft's sentence holds a hedge on the possible step about what may happen ("we may
    ship", "könnten wir versenden"), not what the customer may do ("solo podrías restablecer
    la bóveda", `permitted`, `addressed`, `able`): a conditional mood after an "if" drops
    the first (`_consequence`), and says the second as the only way open ("la única salida
    sería restablecerla")."""
    return any(possible(m.group(0), lang) and not permitted(sentence, m, lang)
               and not addressed(sentence, m, lang) and not able(m.group(0), lang)
               for m in hedges_in(sentence, lang))


def _supposes(text: str, lang: str | None) -> bool:
    """`text` opens on an "if" (`opens_on_condition`) that is not the customer's wish
    (lang/*.json `wishes`, `condition_wishes`: "if you'd like, we would send another chair"
    offers what the draft's "we could send one" offers, theirs to take)."""
    return opens_on_condition(text, lang) and not words_pattern(
        "wishes+condition_wishes", lang).search(_PAUSE.split(text, maxsplit=1)[0])


def _mood(text: str, said: re.Match[str], lang: str | None) -> bool:
    """`said` is the conditional mood alone ("would", "sería", "serait", "würden": lang/*.json
    `conditional_moods`): after an "if" it says what the condition brings about, as "will"
    does — "if the supplier confirms, we would ship on Friday" is "…, we will ship on
    Friday", as likely as the condition; so it keeps a "should" under the same "if"
    (conditions._would), not a "may": the draft left open whether, even then, it happens.
    Not one saying a thing would be possible in its part of the sentence (lang/*.json
    `possible_predicates`: "shipping would be possible", "wäre der Versand am Freitag
    möglich"): that is still a possibility, as "could" is."""
    if not cue("conditional_moods", lang).fullmatch(said.group(0)):
        return False
    part = _PAUSE.split(_END.split(text[said.end():], maxsplit=1)[0], maxsplit=1)[0]
    return not words_pattern("possible_predicates", lang).search(part)


def due(sentence: str, lang: str | None) -> int:
    """Its clauses holding a modal of what is expected on any verb (`expected`: "it should
    fall under the warranty", "a peça deve chegar"): in a rewrite, as soft as a hedge on the
    likely step ("should be covered"), not as one on the possible step ("may")."""
    return clauses_holding(sentence, expected(sentence, lang, hedges_in(sentence, lang)))


def obliging(sentence: str, lang: str | None) -> int:
    """Its clauses whose hedge is a modal that also obliges in the language (its first word
    among lang/*.json `duties`: pt "deve ser recusado", "o transplante só deve ser feito", es
    "debe", fr "doit"): a draft's "deve" may say what is required as well as what is likely,
    and a rewrite saying it as a requirement (`obliged`) keeps that reading, not a promise."""
    duty = cue("duties", lang)
    return clauses_holding(sentence, (m for m in hedges_in(sentence, lang)
                                      if duty.match(m.group(0).split()[0])
                                      and not addressed(sentence, m, lang)))


def forbidding(sentence: str, lang: str | None) -> int:
    """Its clauses whose hedge is one the language also reads as a rule's prohibition
    (lang/*.json `forbidding_hedges`: en "may not": "plaques in council parks may not carry
    logos" forbids as well as doubts): a rewrite saying it as a prohibition (`forbidden`)
    keeps that reading, not a promise. English only: "puede no", "pode não", "peut ne pas"
    only doubt, and "darf nicht" is no hedge."""
    said = vocab.union("forbidding_hedges", vocab.codes(lang))
    if not said:
        return 0
    rule = re.compile(r"\s*(?:" + vocab.words(said, longest_first=True) + r")(?!\w)", re.I)
    return clauses_holding(sentence, (m for m in hedges_in(sentence, lang)
                                      if rule.match(sentence, m.start())
                                      and not addressed(sentence, m, lang)))


def forbidden(sentence: str, lang: str | None) -> int:
    """Its clauses saying a thing is not allowed (lang/*.json `prohibitions`: "aren't allowed
    to", "is not permitted", "prohibited"): in a rewrite, the draft's "may not" said again in
    its reading of a rule (`forbidding`)."""
    if sentence.rstrip().endswith("?"):
        return 0
    return clauses_holding(sentence, cue("prohibitions", lang).finditer(sentence))


def obliged(sentence: str, lang: str | None) -> int:
    """Its clauses saying what is required ("tem de ser feita", "será preciso recusar", "hay
    que"), none denied ("não precisa"): in a rewrite, the draft's obliging modal said again in
    its reading of duty (`obliging`)."""
    if sentence.rstrip().endswith("?"):
        return 0
    no = vocab.negation(lang)
    # Not the hedging modal itself ("deve", "devem"): said again it is counted as the hedge,
    # and beside a "deve" dropped elsewhere in the sentence it would keep that one too.
    return sum(1 for c in CLAUSE.split(sentence) if not no.search(c)
               and any(not any(h.start() <= d.start() < h.end()
                               for h in [*hedges_in(c, lang), *_modals(lang).finditer(c)])
                       for d in cue("duties", lang).finditer(c)))


# vocab.Lang: cannot promise it, not yet certain, or only our plan or someone else's word
UNSURE = "disclaimers+uncertainties+reckonings+attributions+consequences"
DISCLAIMING = "disclaimers+uncertainties"  # of those, what says it cannot promise


def disclaimed(sentence: str, lang: str | None, besides: str = "", field: str = UNSURE
               ) -> int:
    """Its clauses saying it cannot promise what it states ("8 April — a date I can't
    guarantee") or that it is not yet certain ("attendue le ⟦2⟧, sans confirmation"): in a
    rewrite, as soft as the likely step (vocab.Lang.disclaimers, uncertainties). Not one the
    draft's sentence `besides` makes in the same words ("…leva normalmente ⟦1⟧ dias, e não
    consigo garantir a entrega antes da inauguração"): said again, it keeps only itself.
    `field`: the cues read (`DISCLAIMING`: only what says it cannot promise)."""
    return clauses_holding(sentence, (m for m in cue(field, lang).finditer(sentence)
                                      if not (besides and _beside(m.group(0), besides, lang))
                                      and not _otherwise(sentence, m, lang)
                                      and _founded(sentence, m, lang)))


def _founded(text: str, said: re.Match[str], lang: str | None) -> bool:
    """A consequence reckoned from what comes before it (lang/*.json `consequences`: "which
    puts delivery in the week of ⟦3⟧") follows a hedge there ("tuning normally takes ⟦1⟧ to
    ⟦2⟧ days, which puts…"): reckoned from a firm wait it is as firm. Any other cue is."""
    return not cue("consequences", lang).fullmatch(said.group(0)) \
        or bool(hedges_in(text[:said.start()], lang))


def self_disclaimed(sentence: str, lang: str | None) -> bool:
    """The draft sentence says itself that it cannot promise what it hedges ("I'll try to
    find a slot the week after, but I can't promise anything yet", "elle pourrait passer en
    catégorie supérieure, mais rien n'est sûr"): there its "may" or "try" and its
    disclaimer say one thing, and a rewrite keeping that disclaimer in words of its own
    ("I'm looking for a slot the week after, but can't commit yet") keeps the "try" with it.
    In the draft's own words it does not (`disclaimed`'s `besides`): a rewrite that only
    deletes the "try" is read as firmer."""
    return bool(cue(DISCLAIMING, lang).search(sentence))


def unpromised(sentence: str, lang: str | None) -> bool:
    """The rewrite's sentence (or clause) says nothing in the future: its disclaimer may stand
    for a self-disclaimed "may" (`self_disclaimed`). "La catégorie va se faire, sans
    certitude" says it will happen, and disclaims only the certainty of that."""
    return not patterns("future", lang).search(sentence)


def _beside(said: str, drafted: str, lang: str | None) -> bool:
    """The draft sentence `drafted` holds the cue `said` outside its own hedges: there it was
    a disclaimer or plan beside the hedge, and said again it keeps only itself. One inside a
    hedge of the draft's is that hedge said again, in a word order of its own: "für die
    Stickerei rechnen wir mit ⟦3⟧ Wochen" → "ab Freigabe rechnen wir für die Stickerei mit ⟦3⟧
    Wochen" keeps the "rechnen wir mit" whose "mit" moved."""
    low, said = drafted.lower(), said.lower()
    spans = [(h.start(), h.end()) for h in hedges_in(drafted, lang)]
    at = low.find(said)
    while at >= 0:
        if not any(a <= at and at + len(said) <= b for a, b in spans):
            return True
        at = low.find(said, at + 1)
    return False


def _otherwise(sentence: str, said: re.Match[str], lang: str | None) -> bool:
    """A disclaimer in a part of its own that a condition opens ("…by ⟦5⟧; if approval comes
    later, I can't guarantee that date", "…, mais si le transporteur tarde, je ne peux rien
    promettre"): it disclaims that other case only, and leaves the part before it as firm as
    it is said ("it will be ready by ⟦5⟧")."""
    if not cue(DISCLAIMING, lang).fullmatch(said.group(0)):
        return False
    start = max([0, *(m.end() for m in _SPLIT.finditer(sentence, 0, said.start()))])
    if start == 0:
        return False  # the whole sentence is one part: the condition is on all of it
    # Only an "if" opens another case: "as long as the vets have not ruled, I can't commit",
    # "once it ships…" bound the same one in time.
    codes = vocab.codes(lang)
    timed = {w.lower() for k in ("lasting", "presuming", "temporal_conditions")
             for w in vocab.union(k, codes)}
    return any(c.group(0).lower() not in timed
               for c in cue("conditions", lang).finditer(sentence, start, said.start()))


def _disclaimed_clauses(sentences_: list[str], lang: str | None, facts: bool = True
                        ) -> list[set[str]]:
    """What each clause of `sentences_` holding a disclaimer (of a fact, where `facts`) is
    about: its words, the disclaimer's own left out ("a entrega antes de ⟦10⟧" of "não
    conseguimos garantir a entrega antes de ⟦10⟧")."""
    out = []
    for sentence in sentences_:
        # Parts between punctuation: a joining word ("n'est donc pas assurée") splits none.
        bounds = [0, *(m.end() for m in _PAUSE.finditer(sentence)), len(sentence)]
        for a, b in pairwise(bounds):
            part = sentence[a:b]
            said = [m.group(0) for m in cue(DISCLAIMING, lang).finditer(part)]
            # Only one naming a fact of its own ("delivery before ⟦10⟧"): "I can't guarantee
            # that date" is on what the hedge beside it is on.
            if said and (MARKER_RE.search(part) or not facts):
                out.append(stems(part, lang) - {w for c in said for w in stems(c, lang)})
    return out


def _disclaims_anew(sentence: str, lang: str | None, drafted: list[set[str]]) -> bool:
    """Some disclaimer of the rewrite's `sentence` is not one the draft makes already
    (`drafted`: `_disclaimed_clauses` of the draft): the draft's "we can't guarantee delivery
    before ⟦10⟧", said again beside its "usually takes ⟦8⟧ to ⟦9⟧ days" ("takes ⟦8⟧ to ⟦9⟧
    days, so I can't guarantee delivery before ⟦10⟧"), is still on that delivery only, and
    softens no clause beside it."""
    return any(all(len(mine & theirs) < _SHARED for theirs in drafted)
               for mine in _disclaimed_clauses([sentence], lang, facts=False))


@cache
def _softeners(lang: str | None, steps: str = HEDGES, reckoned: bool = True,
               disclaiming: bool = False) -> re.Pattern[str]:
    """What keeps a rewrite's clause soft: a hedge of `steps`, or a word of looking at a
    word's start; on the possible step, also a possibility or what would happen
    (`SUPPOSED`), which says "may", not "usually" or "we expect"; on the likely step, also
    a disclaimer ("a date I can't guarantee"), which says "usually", not "may", and, where
    `reckoned`, an estimate ("about ⟦3⟧ days"); where `disclaiming` (the draft's sentence
    disclaims its "may" itself, `self_disclaimed`), a disclaimer on the possible step too."""
    looks = _looks(lang).pattern
    likely = [*([_estimates(lang).pattern] if reckoned else []), _modals(lang).pattern] \
        if "hedges" in steps.split("+") else []
    open_ = [cue(SUPPOSED if steps == SOFTEST else UNSURE, lang).pattern,
             *([cue(DISCLAIMING, lang).pattern] if disclaiming else [])]
    return re.compile("|".join([cue(steps, lang).pattern, *open_, *likely, looks,
                                cue("whethers", lang).pattern]), re.I)


@cache
def _looks(lang: str | None) -> re.Pattern[str]:
    """A word of looking at a word's start (lang/*.json `review_words`: "review", "prüf",
    "anális"), which keeps a rewrite's clause soft (`_softeners`). Not one with an agent's
    ending, which names a person ("um vistoriador deve entrar em contato" → "vai entrar"):
    the inspector's call is as firm as anyone's."""
    codes = vocab.codes(lang)
    agents = vocab.alternation(vocab.union("agent_endings", codes))
    return re.compile(r"(?<![\w-])(?:" + vocab.words(vocab.union("review_words", codes),
                                                     longest_first=True)
                      + rf")(?!\w*?(?:{agents})\b)", re.I)


@cache
def _attempt(lang: str | None) -> re.Pattern[str]:
    """A clause opening on the infinitive of trying, a word at most before it ("Essayer de
    convaincre le propriétaire : …", "To try to convince the landlord, …", "Intentar
    convencerlo"; lang/*.json `attempts`): it names an attempt, not that it succeeds, as
    soft as "may". Not one further on ("we will repair it and try to return it by Friday"):
    there the clause's own act is firm, whatever it then tries."""
    return re.compile(r"[\W\d_]*(?:\w+\s+)?(?:" + cue("attempts", lang).pattern + ")", re.I)


def _soft(clause: str, start: int, drafted: frozenset[str], lang: str | None, steps: str,
          reckoned: bool, said_off: list[set[str]], disclaiming: bool = False,
          acted: bool = False, again: str = "", consequent: bool = False) -> bool:
    """Something in the rewrite's `clause` from `start` keeps it soft (`_softeners`). Not a
    plan, a reckoning, a third party's word or a disclaimer the draft's hedged clause
    makes in the same words beside its hedge (`drafted`: there it did not stand for the
    hedge), nor a disclaimer saying again one the draft makes of something else
    (`said_off`, `_disclaimed_clauses`): said again, it is on what it was on there ("we plan
    to send them on ⟦5⟧ by express post, which usually reaches Perth in ⟦6⟧
    days. I can't promise they'll be settled…" → "we plan to send them …, which takes ⟦6⟧
    days, though I can't promise they'll be settled…"), not on the clause whose hedge went.
    Where the draft's hedge is on an act (`acted`, `_on_act`), or beside an approximator of
    its own sentence that takes time (`_softened`), not an approximator either
    ("cerca de", "about"): it says how much, not whether ("deve ficar pronto em ⟦1⟧ dias" →
    "vai ficar pronto em cerca de ⟦1⟧ dias" is firmer). Nor a possibility or what would be
    that the draft's hedged sentence (`again`) says itself in the same words
    (`_said_again`: "…, which would be at the full price"). Where the clause is what an
    "if" opening it brings about (`consequent`), nor its conditional mood alone
    (`_consequence`): "if the supplier confirms, we would ship on Friday" drops a "may"."""
    if _attempt(lang).match(clause, start):
        return True
    unsure = cue(UNSURE, lang)
    rough = cue("approximators", lang) if acted else None
    supposing = cue(SUPPOSED, lang)
    found = list(supposing.finditer(clause, start)) if again else []
    repeated = {m.start() for m in found} - {m.start() for m in _said_again(found, again, lang)}
    for m in _softeners(lang, steps, reckoned, disclaiming).finditer(clause, start):
        if rough is not None and rough.fullmatch(m.group(0)):
            continue
        if m.start() in repeated and supposing.fullmatch(m.group(0)):
            continue
        if consequent and _mood(clause, m, lang):
            continue
        if _phrase(m.group(0)) in drafted:
            continue
        if not unsure.fullmatch(m.group(0)):
            return True
        if not _founded(clause, m, lang):
            continue
        if not cue(DISCLAIMING, lang).fullmatch(m.group(0)):
            return True  # a plan or a reckoning of its own
        part = _PAUSE.split(clause[m.start():], maxsplit=1)[0]
        mine = stems(part, lang) - stems(m.group(0), lang)
        if not any(len(mine & theirs) >= _SHARED for theirs in said_off):
            return True
    return False


# "and" joining two acts of one clause, in every language (lang/*.json `coordinators`).
_AND = re.compile(r"\s(?:" + vocab.words(vocab.union("coordinators")) + r")\s", re.I)


def _untried(clause: str, start: int, heads: set[str], lang: str | None) -> str:
    """The rewrite's `clause` with each verb of trying (lang/*.json `tries`: "try",
    "essaierons", "intentaremos", "versuchen") blanked where it stands after an "and" whose
    first part says the draft's hedged act itself (a word its hedge governs, `heads`):
    there it tries only the act after it. "Nous réparerons la montre et essaierons de vous
    la rendre" for "nous pourrions réparer la montre et vous la rendre" states the repair
    and tries only the return, and keeps no "pourrions" on the repair; "we will try to
    repair it and return it" tries both, and a word of looking before the "and" keeps the
    clause soft all the same (`_soft`). Blanked, not cut: every other cue keeps its place."""
    tries = _tries(lang)
    if not tries:
        return clause
    # A word the hedge governs, not a fact beside it ("le ⟦1⟧" says when, not what is done).
    heads = {h for h in heads if not MARKER_RE.fullmatch(h)}
    out = clause
    for join in _AND.finditer(clause, start):
        before = clause[start:join.start()]
        if not heads & (stems(before, lang) | {_FORM + w.lower() for w in _words(before)}):
            continue
        for w in re.finditer(r"\w+", clause[join.end():]):
            if w.group(0).lower() in tries:
                a, b = join.end() + w.start(), join.end() + w.end()
                out = out[:a] + " " * (b - a) + out[b:]
        break
    return out


def _unlooked(clause: str, start: int, heads: set[str], lang: str | None) -> str:
    """The rewrite's `clause` with each word of looking (`_looks`) blanked where it stands
    before an "and" whose second part says the draft's hedged act (a word its hedge governs,
    `heads`) and whose first part does not: there the look is an act of its own, and the
    act after the "and" is stated. "La junta estudiará su petición y autorizará la sesión"
    for "la junta puede autorizar la sesión" says the board will authorise it, as "the board
    will look at your request and approve it" does; "la junta estudiará si autoriza la
    sesión" looks at the authorisation itself, and keeps it open (`_soft`)."""
    heads = {h for h in heads if not MARKER_RE.fullmatch(h)}
    looks = _looks(lang)
    for join in _AND.finditer(clause, start):
        before, after = clause[start:join.start()], clause[join.end():]
        if heads & (stems(before, lang) | {_FORM + w.lower() for w in _words(before)}):
            return clause
        if not heads & (stems(after, lang) | {_FORM + w.lower() for w in _words(after)}):
            continue
        out = clause
        for w in looks.finditer(clause, start, join.start()):
            out = out[:w.start()] + " " * (w.end() - w.start()) + out[w.end():]
        return out
    return clause


@cache
def _tries(lang: str | None) -> frozenset[str]:
    """The language's verb forms of trying (lang/*.json `tries`)."""
    return frozenset(w.lower() for w in vocab.union("tries", vocab.codes(lang)))


def _words(text: str) -> list[str]:
    """The words of `text` as written, markers left out ("don't", "e-mail" each one word)."""
    return re.findall(r"[\w'-]+", MARKER_RE.sub(" ", text))


def _heads(window: str, lang: str | None) -> set[str]:
    """The word a hedge governs: the first content word after it; German puts the verb last,
    so there every content word of the window counts. Facts in the window are hedged too
    ("we'll try to get it by ⟦3⟧")."""
    words = _words(window)
    found = [s for w in words for s in stems(w, lang)]
    facts = {m.group(0) for m in MARKER_RE.finditer(window)}  # "the estimated date is ⟦1⟧"
    if lang == "de":
        return facts | set(found)
    # A verb of being leads what it says of the thing: "deberían estar terminados" governs
    # "terminados" too (`_copulas`), in those very words (`_FORM`): its stem is often a
    # noun's as well ("registrado", "registro"), which is not what the hedge is on.
    said = [w.lower() for w in words if stems(w, lang)]
    then = {_FORM + said[1]} if found[:1] and found[0] in _copulas(lang) and len(said) > 1 \
        else set()
    # A verb of managing or being able passes the hedge on to the verb it takes: "deve
    # conseguir manter o horário", "debería lograr mantener", "should manage to keep", "devrait
    # réussir à garder" are "should keep" (`_managing`), which "vai manter" says firmly though
    # it drops the "conseguir". (German needs none: there every word of the window counts.)
    # Not past a negation ("we may not be able to start on time"): what it denies is no act
    # the hedge says may happen.
    if found[:1] and found[0] in _managing(lang) and len(said) > 1 \
            and not vocab.negation(lang).search(window, 0, window.lower().find(said[0])):
        then |= stems(said[1], lang)
    return facts | set(found[:1]) | then


@cache
def _managing(lang: str | None) -> frozenset[str]:
    """The stems of the language's verbs of managing or being able to (lang/*.json
    `managing`)."""
    return frozenset(s for w in vocab.union("managing", vocab.codes(lang)) for s in stems(w, lang))


@cache
def _firsts(lang: str | None) -> frozenset[str]:
    """The words saying "I" or "we" (lang/*.json `first_persons`)."""
    return frozenset(w.lower() for w in vocab.union("first_persons", vocab.codes(lang)))


@cache
def _copulas(lang: str | None) -> frozenset[str]:
    """The stems of the language's verbs of being or staying (lang/*.json `copulas`)."""
    return frozenset(s for w in vocab.union("copulas", vocab.codes(lang)) for s in stems(w, lang))


@cache
def _be(lang: str | None) -> re.Pattern[str]:
    """A verb of being ending the text before a hedge (lang/*.json `be_forms`)."""
    said = vocab.union("be_forms", vocab.codes(lang))
    if not said:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + vocab.words(said, longest_first=True) + r")\s+$", re.I)


@cache
def _takers(lang: str | None) -> frozenset[str]:
    """The stems of the language's verbs of taking time (lang/*.json `time_takers`)."""
    return frozenset(s for w in vocab.union("time_takers", vocab.codes(lang))
                     for s in stems(w, lang))


def _on_act(hedge: str, words: set[str], lang: str | None) -> bool:
    """The hedge is on what is done or becomes so ("should be ready", "deve ficar pronto",
    "devrait terminer"), not on an amount: not itself a word of reckoning or an approximator
    ("about", "cerca de", "comptez"), and its clause (`words`: its heads and its clause's
    stems) holds no verb of taking time ("usually takes", "costuma levar", "prend
    généralement"): an approximator on the wait says that hedge again ("takes about ⟦3⟧
    days"). Only an approximator on the act's amount says how much, and leaves whether it
    is done as firm as it is said (`_soft`). (Nor is a hedge whose clause holds an
    approximator of its own, "o prazo previsto é de cerca de ⟦2⟧ semanas", on an act: the
    rewrite's approximator says that one again, `_softened`.)"""
    said = _phrase(hedge)
    codes = vocab.codes(lang)
    if said in vocab.union("approximators", codes) or _estimates(lang).fullmatch(hedge):
        return False
    # (A stem of one of its forms: "prend" for "prendre", "dauert" for "dauern", `_alike`.)
    return not any(_alike(w, v) for w in words for v in _takers(lang))


def _predicated(sentence: str, hedge: re.Match[str], lang: str | None) -> str:
    """What a possibility said of its subject is on ("un report au printemps est
    envisageable, selon les places", "a move to March is conceivable"): the hedge on the
    possible step right after a verb of being, and nothing of its own after it in its part of
    the sentence, governs the subject before that verb, from the part's start; "" where it is
    no such hedge."""
    if not possible(hedge.group(0), lang):
        return ""  # "the shedding is expected: most patients…" tells what is normal
    start = max([0, *(p.end() for p in _PAUSE.finditer(sentence, 0, hedge.start()))])
    be = _be(lang).search(sentence, start, hedge.start())
    if not be:
        return ""
    after = _PAUSE.split(sentence[hedge.end():], maxsplit=1)[0]
    stop = _END.search(after)
    if _heads(after[:stop.start()] if stop else after, lang):
        return ""
    return sentence[start:be.start()]


@cache
def _third_parties(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A "can" (lang/*.json `chance_modals`) before a word, neither negated nor before a
    person ("can we", "können Sie"); and a noun phrase opened by an article ending right
    before it, a word or three after the article ("the carrier ", "la empresa de transporte
    ", "der Paketdienst "): a third party as its subject."""
    codes = vocab.codes(lang)
    modals = vocab.union("chance_modals", codes)
    articles = vocab.union("articles", codes)
    if not modals or not articles:
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    people = vocab.words([*vocab.union("first_persons", codes),
                          *vocab.union("addressees", codes)], longest_first=True)
    no = vocab.alternation(vocab.union("negations", codes))
    return (re.compile(rf"(?<![\w-])(?:{vocab.words(modals, longest_first=True)})"
                       rf"(?=\s+\w)(?!\s+(?:{people}|{no})(?!\w))", re.I),
            re.compile(rf"(?<![\w'’-])(?:{vocab.words(articles, longest_first=True)})\s+"
                       rf"(?:[^\s,;:.!?⟦⟧]+\s+){{1,3}}$", re.I))


def _third_party(sentence: str, lang: str | None, found: list[re.Match[str]]
                 ) -> list[re.Match[str]]:
    """The sentence's "can"s said of a third party named right before it ("the carrier can
    deliver on Saturday", "le transporteur peut livrer samedi", "la transportadora pode
    entregar", `_third_parties`): able to, not that it will. "The carrier will deliver on
    Saturday" is a firmer promise; "we can" offers and "you can" permits, and a "can" before
    a verb of taking time ("refunds can take ⟦1⟧ days", `_chances`) bounds a wait that
    "takes" says as well. None a hedge in `found` covers."""
    modal, subject = _third_parties(lang)
    takes = _chances(lang)[0]
    out = []
    for m in modal.finditer(sentence):
        start = max([0, *(p.end() for p in _PAUSE.finditer(sentence, 0, m.start()))])
        stop = _PAUSE.search(sentence, m.end())
        end = _END.search(sentence, m.end())
        end = min(x.start() for x in (stop, end) if x) if stop or end else len(sentence)
        if subject.search(sentence[start:m.start()]) and not takes.match(sentence, m.start()) \
                and not cue("passive_marks", lang).search(sentence, start, end) \
                and not any(h.start() <= m.start() < h.end() for h in found):
            out.append(m)
    return out


def _softened(sentence: str, lang: str | None, names: frozenset[str] = frozenset()
              ) -> list[tuple[set[str], set[str], set[str], list[set[str]], str, bool,
                              tuple[set[str], str], frozenset[str], bool, bool]]:
    """Per hedge or promise to look in a draft sentence: its heads, the sentence's content,
    its own clause's and the sentence's clauses that nothing softens ("deposits are normally
    non-refundable, but because we cancelled, we can refund it": the refund is firm), and
    whether it is on the softest step ("may", "podrá"), which only that step or the present
    "can" keeps, and whether an estimate in the rewrite may keep it (not where the sentence
    holds one of its own, which that estimate says again), and, for a modal of what is
    expected, who is expected to act and the word it governs (`_subject`, `_verb`)."""
    if sentence.rstrip().endswith("?"):
        return []  # "could you send…?" asks; it qualifies nothing
    # A hedge that names its verb ("should arrive", "puede solucionarse") governs it; a
    # promise to look ("we will review") governs what follows it.
    # An open question ("whether we can add a trainer depends on…") governs what it opens.
    opened = [*hedges_in(sentence, lang), *cue("whethers", lang).finditer(sentence)]
    hits = [(m, True) for m in opened if not addressed(sentence, m, lang)]
    # A modal of what is expected on any verb: "due", as likely as "should arrive", but
    # firmer only where a rewrite says what it governs as what will happen or happens ("the
    # courier collects it on Tuesday": `_stated`), not as what is required ("customers should
    # bring ID" → "you'll need to bring ID", "bring your ID": the other reading).
    due = expected(sentence, lang, opened)
    hits += [(m, True) for m in due]
    # A "can" said of a third party named before it ("the carrier can deliver on Saturday",
    # `_third_party`): what it is able to do, which it says it will do no more than "may".
    thirds = _third_party(sentence, lang, opened)
    hits += [(m, True) for m in thirds]
    # (Not a look already reported, "revisamos su caso ⟦1⟧: …": lang/*.json `not_reviews`.)
    done = [(d.start(), d.end()) for d in patterns("not_reviews", lang).finditer(sentence)]
    hits += [(m, False) for m in patterns("reviews", lang).finditer(sentence)
             if not any(a <= m.start() < b for a, b in done)]
    content = stems(sentence, lang)
    # The sentence's own estimates ("should arrive around the ⟦9⟧"): each keeps itself, so
    # one said again keeps no other hedge of the sentence ("will arrive around the ⟦9⟧").
    reckonings = [(e.start(), e.end()) for e in _estimates(lang).finditer(sentence)]
    # An approximator among its hedges beside a verb of taking time ("costuma demorar cerca
    # de ⟦1⟧ hora") keeps itself too: for a hedge that is none ("costuma"), "demora cerca de
    # ⟦1⟧ hora" says the "about" again and drops the "usually" (`acted`). Without that verb,
    # both hedge one amount ("le délai estimé est d'environ ⟦1⟧ semaines"), and the "about"
    # said again keeps it.
    rough = cue("approximators", lang)
    roughs = [h.start() for h in opened if rough.fullmatch(h.group(0))] \
        if any(_alike(w, v) for w in content for v in _takers(lang)) else []
    spans = _spans(sentence)
    # Each hit's clause, by its index in `spans` (None: on a split mark itself).
    at = [next((k for k, (a, b) in enumerate(spans) if a <= m.start() < b), None)
          for m, _ in hits]
    softened = set(at) - {None}
    # A clause leaving out the verb of a hedged one before it ("…, and the remainder on ⟦2⟧")
    # is hedged with it (`_gapped`): its facts are what that hedge is on too.
    gaps: dict[int, list[str]] = {}
    for j in range(1, len(spans)):
        if j - 1 in softened | set(gaps) and _gapped(sentence[slice(*spans[j])], lang):
            gaps[j] = [f.group(0) for f in MARKER_RE.finditer(sentence, *spans[j])]
    softened |= set(gaps)
    # The sentence's clauses no hedge is in: the same for every hedge, so stemmed once.
    others = [stems(sentence[a:b], lang) for j, (a, b) in enumerate(spans) if j not in softened]
    out = []
    for (m, own_verb), k in zip(hits, at, strict=True):
        # Its clause's words less the hedge's own: a rewrite clause holding all of them says
        # that clause whole, its hedge dropped ("costuma levar ⟦5⟧ semanas" → "leva ⟦5⟧
        # semanas"), however much it also shares with a firm clause beside it. Not a word of
        # looking: there the look is the clause ("revisamos la ficha" → "miré la ficha"),
        # and its object named again says nothing firmer.
        mine = (content if k is None else stems(sentence[slice(*spans[k])], lang)) \
            - (stems(m.group(0), lang) if own_verb else set())
        named = m.group(0).split()
        # Its own verb ("should arrive") leads what it governs; its subordinator ("no sabemos
        # si") only opens it, and is no condition there. A verb of our own reckoning ("we
        # expect to have it ready") is the hedge, not what it governs: that follows it.
        lead = named[-1] if own_verb and len(named) > 1 and named[-1] not in _THAT \
            and m not in due and named[0].lower() not in _firsts(lang) else ""
        rest = _predicated(sentence, m, lang) or lead + " " + sentence[m.end():]
        stop = _END.search(rest)
        rest = rest[:stop.start()] if stop else rest
        # What it governs is in its own clause: past a comma, once a word or a fact has come
        # ("cerca de ⟦1⟧, o trecho…"; German's verb-last "möglicherweise nicht zugestellt, …").
        comma = rest.find(",")
        while comma >= 0 and not _heads(rest[:comma], lang):
            comma = rest.find(",", comma + 1)
        rest = rest[:comma] if comma >= 0 else rest
        condition = cue("conditions", lang).search(rest)
        rest = rest[:condition.start()] if condition else rest
        window = " ".join(rest.split()[:_WINDOW])
        # A fact the sentence also states outside what the hedge governs ("las de ⟦1⟧ cm salen
        # el lunes y normalmente llegan en ⟦7⟧ a ⟦1⟧ días") is stated there firmly: a clause
        # naming it says that part again, not the hedged one.
        firm = {f for f in (m.group(0) for m in MARKER_RE.finditer(window))
                if sentence.count(f) > window.count(f)}
        # A link or an e-mail address in the window ("…leva uns ⟦5⟧ minutos e o vídeo está
        # em ⟦6⟧") names where a thing is, never how long or when: no hedge is on it.
        heads = _heads(window, lang) - firm - names
        j = (k or 0) + 1
        while heads and k is not None and j in gaps:
            heads |= set(gaps[j])
            j += 1
        if heads:
            step = ("due" if m in due else "can" if m in thirds
                    else "able" if able(m.group(0), lang)
                    or permitted(sentence, m, lang) else "open" if _whether(m.group(0), lang)
                    else "frequent" if _frequent(m.group(0), lang)
                    else "possible" if possible(m.group(0), lang) else "likely") \
                if own_verb else "look"
            reckoned = not any(a != m.start() for a, _ in reckonings)
            start = spans[k][0] if k is not None else 0
            who = (_subject(sentence[start:m.start()], lang),
                   _verb(sentence[m.end():], lang)) if m in due else (set(), "")
            # The plans, reckonings and disclaimers of its clause that are no hit of their
            # own (`_soft`: said again, they stand for none of its hedges).
            a, b = (0, len(sentence)) if k is None else spans[k]
            beside = frozenset(u.group(0).lower()
                               for u in cue(UNSURE, lang).finditer(sentence, a, b)
                               if not any(h.start() < u.end() and u.start() < h.end()
                                          for h, _ in hits))
            # So are its clause's other hedges set apart from it by a comma, in other words
            # than its own ("Weather permitting, the crew should have the roofline done", "En
            # principio, el técnico debería pasar"): "Weather permitting, the crew will have
            # it done" says that one again, and drops the "should". Not one beside it in its
            # phrase: "should probably arrive" said as "will probably arrive" keeps the step.
            # (Not for a promise to look: what it looks at is read apart from any hedge.)
            beside |= {said for (h, _), j in zip(hits, at, strict=True)
                       if own_verb and k is not None and j == k and h is not m
                       and _PAUSE.search(sentence, min(h.end(), m.end()),
                                         max(h.start(), m.start()))
                       and (said := _phrase(h.group(0)))
                       != _phrase(m.group(0))}
            # A modal that also obliges ("deve ser feito"): a requirement said again keeps it.
            obliges = own_verb and bool(cue("duties", lang).match(named[0]))
            # A hedge on an act, which an approximator of the rewrite's keeps not (`_on_act`).
            acted = own_verb and step in ("likely", "due") and (
                (_on_act(m.group(0), heads | mine, lang)
                 and not any(r.start() != m.start()
                             for r in rough.finditer(sentence, a, b)))
                or (not rough.fullmatch(m.group(0))
                    and not _estimates(lang).fullmatch(m.group(0))
                    and any(at_ != m.start() for at_ in roughs)))
            out.append((heads, content, mine, others, step, reckoned, who, beside, obliges,
                        acted))
    return out


def _unless_reckoned(clause: str, lang: str | None) -> str:
    """`clause` without its "if" clauses, but for one that is itself a reckoning ("if all goes
    to plan", "si todo va bien", "wenn alles glattgeht"): that one names no condition of its
    own, it says the clause is expected, as "as things stand" does (lang/*.json
    `reckonings`), and stays to keep a "should" or "usually" of the draft's."""
    return _if_clause(lang).sub(
        lambda m: m.group(0) if cue("reckonings", lang).search(m.group(0)) else " ", clause)


@cache
def _if_clause(lang: str | None) -> re.Pattern[str]:
    """An "if" clause, or a clause thanking the customer for what they did or reported ("thank
    you for reporting the ⟦5⟧ charge"): either names a thing without stating it as certain.
    One read up to its comma ("Sagen Sie mir bis ⟦6⟧ zu, …", German's verb-first "if") ends
    there: the clause after it is what it conditions, said as it is ("…, rechne ich damit")."""
    return re.compile(rf"(?:{cue('conditions', lang).pattern}|{cue('thanks', lang).pattern})"
                      r"(?:(?<=,)|[^,;:.!?—–]*)", re.I)


_LABEL = 3  # words at most of a label opening a line before its colon ("Extra ⟦6⟧ lbs:")


def _labels(part: str) -> bool:
    """A sentence's opening before its colon, a list's dash aside, is a label ("Previsão:",
    "– date probable :", "Extra ⟦6⟧ lbs:"):
    what follows is its value, in one clause with it where either holds a hedge
    ("Previsão: as outras até ⟦6⟧", "Extra ⟦6⟧ lbs: probably possible"), which is then on
    both. Not a value saying what will happen in a verb of its own ("Fecha prevista: estará
    lista el ⟦5⟧"): that states it, whatever the label calls it (`_introduced`), unless the
    value hedges it itself ("Los ⟦1⟧ restantes: podríamos intentar hacerlos el ⟦2⟧", "The
    rest: we could try to send it on ⟦2⟧"): then the label names what the hedged value is
    about, and the two are one hedged clause."""
    return 0 < len(_words(part)) <= _LABEL


def _value(sentence: str, start: int) -> str:
    """The part of `sentence` from `start` (past a label's colon) to its next split mark."""
    end = _SPLIT.search(sentence, start)
    return sentence[start:end.start() if end else len(sentence)]


def _introduced(sentence: str, lang: str | None, facts: set[str]) -> list[str]:
    """A sentence's clauses (`_SPLIT`), where one naming an option before a colon or a dash
    keeps what it introduces: "there's a fallback: we hand over the track first", "une
    autre option : nous expédions…" say what may be done, as "we could hand it over" does.
    Not one holding a fact the draft never gave (`facts`): that is the customer's account
    (see `modality_kept`), not the draft's option."""
    out: list[str] = []
    start, opened = 0, False
    for m in [*_SPLIT.finditer(sentence), None]:
        part = sentence[start:m.start() if m else len(sentence)]
        if opened:
            out[-1] += " " + part
        else:
            out.append(part)
        opened = bool(m and m.group(0) in ":—–" and cue(SUPPOSED, lang).search(out[-1])
                      and set(MARKER_RE.findall(out[-1])) <= facts) \
            or bool(m and m.group(0) == ":" and not "".join(out[:-1]).strip()
                    and _labels(out[-1])
                    and (_softeners(lang).search(_value(sentence, m.end()))
                         or (not patterns("future", lang).search(sentence, m.end())
                             and _softeners(lang).search(sentence))))
        start = m.end() if m else start
    return out


def _headed(clauses: list[str], sentence: str, lang: str | None) -> list[str]:
    """A sentence's clauses, where one opening it as a heading that names what the reply
    turns to ("Sobre la solicitud ⟦2⟧: puedo prestarle ⟦3⟧", "About your claim ⟦2⟧: we will
    pay it") is one clause with what follows its colon: the heading states nothing by itself,
    and what follows says it of the thing the heading names."""
    if len(clauses) > 1 and sentence[len(clauses[0]):].startswith(":") \
            and topic_heading(clauses[0], lang):
        return [clauses[0] + " " + clauses[1], *clauses[2:]]
    return clauses


def _subject(before: str, lang: str | None) -> set[str]:
    """Who a modal of what is expected is about: the last content word before it in its
    clause ("the courier" of "the courier should collect it", "a dra. helena" of "a dra.
    helena deve abrir"); none where only a pronoun or nothing stands there."""
    for word in reversed(_words(before)):
        found = stems(word, lang)
        if found:
            return found
    return set()


def _verb(after: str, lang: str | None) -> str:
    """The word a modal of what is expected governs, as the draft says it after the modal
    (the infinitive: "collect", "abrir")."""
    return next((w.lower() for w in _words(after)
                 if stems(w, lang)), "")


def _alike(a: str, b: str) -> bool:
    """Two stems of one verb: the same, or all but one letter of the shorter shared from the
    start ("abre", "abrir")."""
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False))
              if x != y), min(len(a), len(b)))
    return a == b or n >= max(3, min(len(a), len(b)) - 1)


def _told_whole(words: set[str], who: tuple[set[str], str], mine: set[str], heads: set[str],
                lang: str | None) -> bool:
    """The rewrite's clause (`words`, stems) says again every word of the hedged clause
    (`mine`) but the verb the modal of what is expected governs, its subject among them, and
    three at least: "the new hinge will leave the door another five years" for "the new hinge
    should give the door another five years" is that clause with another verb of the same
    act, and firmer said in the future (`modality_kept`); one naming less says something
    else."""
    rest = mine - heads - stems(who[1], lang)
    return bool(who[0] & rest) and len(rest) > _SHARED and rest <= words


def _stated(clause: str, who: tuple[set[str], str], heads: set[str], lang: str | None
            ) -> bool:
    """The clause says again, with no modal, that who was expected to act does what they were
    expected to do: "the courier collects it on Tuesday" for "the courier should collect it
    on Tuesday", "a dra. helena abre a agenda" for "… deve abrir a agenda". Not "please have
    it ready for collection by the courier", nor "bring your ID" for "customers should bring
    ID": an instruction names no one before its verb; nor the verb said as the draft's
    infinitive ("for the courier to collect", "para o motorista entregar"). Where the draft
    names no one (a pronoun), a clause not opening on that verb (`_bidden`)."""
    subject, verb = who
    if not subject:
        return not _bidden(clause, heads, lang)
    # The verb's stem, or one its other forms reduce to ("abre" → "abr" for "abrir").
    said = stems(verb, lang) | heads
    seen = False
    for word in _words(clause):
        found = stems(word, lang)
        if seen and word.lower() != verb and any(
                _alike(f, h) for f in found for h in said):
            return True
        seen = seen or bool(found & subject)
    return False


@cache
def _please(lang: str | None) -> re.Pattern[str]:
    """A clause's opening up to its first word past "please" (lang/*.json `ai_requests`)."""
    said = vocab.words(vocab.union("ai_requests", vocab.codes(lang)), longest_first=True)
    return re.compile(rf"[\W\d_]*(?:(?:{said})(?!\w)[\W\d_]*)?(\w+)", re.I)


def _bidden(clause: str, heads: set[str], lang: str | None) -> bool:
    """The clause opens on what a modal of what is expected governs ("bring your ID", "please
    include the receipt", "inclua o talão"): it tells the customer what to do, as "customers
    should bring ID" did, and says nothing of what will happen."""
    first = _please(lang).match(clause)
    return bool(first and stems(first.group(1), lang) & heads)


def _recounted(clause: str, words: set[str], content: set[str], theirs: set[str],
               lang: str | None, told: tuple[set[str], set[str]] = (set(), set())) -> bool:
    """The rewrite's clause tells back the customer's account ("a ⟦5⟧ charge from a Lisbon
    hotel when you've never been to Portugal is alarming", "llevar ⟦7⟧ semanas mareándose
    al bajar escaleras preocupa"): more of its words are only the customer's than are the
    hedged draft sentence's, and it says nothing will happen. "Your order will arrive by
    Friday, in time for the wedding" for "it should arrive by Friday" promises, and is
    still read. So does one naming only facts the customer gave (`told`: their message's
    words and markers) and more of their words than of the hedged sentence, where nothing of
    ours is done or offered (`ours_acting`): "a belt snapped and a spindle out of true
    after ⟦9⟧ months", "que su vinoteca lleve ⟦8⟧ días sin enfriar", "sans réponse au
    téléphone depuis ⟦10⟧ jours" are their story, though the draft used its words too; "we
    replace the belt that snapped after ⟦9⟧ months" is ours, and is read."""
    if patterns("future", lang).search(clause):
        return False
    if len(theirs & words) > len(content & words):
        return True
    said, facts = told
    marked = set(MARKER_RE.findall(clause))
    return bool(marked) and marked <= facts and len(said & words) > len(content & words) \
        and not ours_acting(lang).search(clause)


def _main(clause: str, lang: str | None) -> str:
    """The clause without a reason put first, up to its comma ("Because the courier collected
    it late, it will reach you on Friday", "Porque a recolha atrasou, ela chega na sexta",
    "Weil…, kommt es…": lang/*.json `reason_words`, `reason_openers`): what it says happens.
    The reason says why, and may say again a sentence the draft states firmly; the clause
    is not that sentence said again for it where what follows says the hedged sentence
    again by itself (`modality_kept`). "Comme tu nous écris dans les ⟦4⟧ jours…, le
    remboursement est possible" says the firm sentence it gives the reason of."""
    body = clause.lstrip(" -–•*\t")
    opened = cue("reason_words", lang).match(body) or patterns("reason_openers", lang).match(body)
    if not opened:
        return clause
    comma = body.find(",", opened.end())
    return body[comma + 1:] if comma >= 0 and _END.search(body, opened.end(), comma) is None \
        else clause


def modality_kept(draft: str, rewrite: str, lang: str | None = None,
                  names: frozenset[str] = frozenset(), customer: str = ""
                  ) -> list[Violation]:
    """A hedge or a promise to look at something still on what it qualifies in the rewrite.
    A sentence or clause said twice is read once, and a hedge is compared only with the
    clauses that name what it governs (`by_stem`): linear in the draft's length. `names`:
    the markers that stand for a link or an e-mail address (protect.Masker.kinds);
    `customer`: the customer's message, whose account a clause may tell back."""
    drafted = list(dict.fromkeys(sentences(norm(plain(draft)))))
    soft = [(s, h) for s in drafted for h in _softened(s, lang, names)]
    if not soft:
        return []
    # The draft's sentences, stemmed only if some clause is about to be called firmer.
    every: list[set[str]] | None = None
    # What an "if" clause says is not stated as certain: "if the refund has not appeared by
    # August, reply" repeats the draft's words without promising them; nor does thanks for it.
    rewritten = [s for s in sentences(norm(plain(rewrite))) if not s.rstrip().endswith("?")]
    facts = set(MARKER_RE.findall(draft))
    parted = [[_unless_reckoned(c, lang) for c in _headed(_introduced(s, lang, facts), s, lang)]
              for s in rewritten]
    clauses = [c for part in parted for c in part]
    # One leaving out the verb of the clause before it says that one's, as it says it
    # (`_gapped`): "…could go out on ⟦1⟧. The remainder on ⟦2⟧."
    for i in range(len(clauses) - 1, 0, -1):
        if _gapped(clauses[i], lang):
            clauses[i - 1:i + 1] = [clauses[i - 1] + " " + clauses[i]]
    # A clause after the first of its sentence says its thing of what the clauses before it
    # named ("the delivery depends on the truck being free; it leaves on Thursdays": "it" is
    # the truck; "ich komme dann früh am ⟦7⟧, und ich habe Zeit für alles"): their words
    # tell which draft sentence it says again, though the hedged word must be its own. Read
    # so, it is read with their hedges too ("llegada prevista, según el transportista: ⟦7⟧").
    before: dict[str, set[str]] = {}
    prior: dict[str, str] = {}
    for part in parted:
        named: set[str] = set()  # the stems of the clauses before, gathered as they pass
        for i in range(1, len(part)):
            named |= stems(part[i - 1], lang)
            before.setdefault(part[i], set()).update(named)
            prior[part[i]] = prior.get(part[i], "") + " " + " ".join(part[:i])
    # A clause in the conditional mood after its "if" ("de no haber retrasos, la salida
    # sería el viernes", "if nothing slips, it would leave on Friday") says what is expected
    # under that condition: as soft as "should" (lang/*.json `conditional_moods`).
    moods = cue("conditional_moods", lang)
    # Only one opening on its "if": "the part arrives on Friday and we would be glad to help
    # if you need anything" supposes nothing of the part.
    supposing = {_unless_reckoned(c, lang) for s in rewritten
                 for c in _headed(_introduced(s, lang, facts), s, lang)
                 if opens_on_condition(c, lang) and moods.search(c)}
    # What such an "if" brings about in the conditional mood alone is as firm as the "if":
    # it keeps no "may" (`_consequence`).
    consequent = {_unless_reckoned(c, lang) for s in rewritten
                  for c in _headed(_introduced(s, lang, facts), s, lang) if _supposes(c, lang)
                  or any(_consequence(c, m, lang) for m in moods.finditer(c))}
    # A disclaimer covers its whole sentence ("ready on ⟦1⟧, but I can't guarantee it"),
    # unless the draft's hedged sentence makes it in the same words (`disclaimed`), or it
    # says again a disclaimer the draft makes of something else (`_disclaims_anew`).
    said_off = _disclaimed_clauses(drafted, lang)
    disclaiming = {_unless_reckoned(c, lang): s for s in rewritten if disclaimed(s, lang)
                   and _disclaims_anew(s, lang, said_off)
                   for c in _introduced(s, lang, facts)}
    # A clause holding a fact the draft never gave says back what the customer wrote ("three
    # weeks of dizziness on the stairs"): their account, not the draft's hedged sentence.
    # (Not one that only declines to confirm their fact, "I can't confirm it ⟦19⟧": it
    # answers their request and states nothing.)
    told = (stems(customer, lang), set(MARKER_RE.findall(customer)))
    declined = cue("unconfirmed", lang)
    said = [(c, stems(c, lang) | {_FORM + w.lower() for w in _words(c)})
            for c in dict.fromkeys(clauses) if (found := set(MARKER_RE.findall(c))) <= facts
            or (found <= facts | told[1] and not declined.search(c))]
    by_stem = by_word([words for _, words in said])
    theirs = theirs_only(plain(customer), draft, lang)
    for sentence, (heads, content, mine, others, step, reckoned, who, beside, obliges,
                   acted) in soft:
        # (Who was expected to act finds a clause too: "abre" for "deve abrir" is one verb.)
        for clause, words in (said[k] for k in sorted({k for h in heads | who[0]
                                                       for k in by_stem.get(h, ())})):
            opening = _salutation(lang).match(clause)
            start = opening.end() if opening else 0
            # A clause that still promises only to look ("you can also request a callback")
            # is as soft as the draft, whatever words it looks with; "may" is kept by what
            # is as soft ("could", "we can"), not by what is only likely ("usually").
            if (heads & words or (step == "due" and who[0]
                                  and (_stated(clause[start:], who, heads, lang)
                                       or _told_whole(words, who, mine, heads, lang)))) \
                    and len(content & (words | before.get(clause, set()))) >= _SHARED \
                    and not (len(content & words) < _SHARED
                             and _soft(prior.get(clause, ""), 0, beside, lang, HEDGES,
                                       reckoned, said_off)) \
                    and not _soft(_untried(looked := clause if step == "look"
                                           else _unlooked(clause, start, heads, lang),
                                           start, heads, lang), start, beside, lang,
                                  SOFTEST if step in ("able", "possible", "open", "frequent",
                                                      "can")
                                  else HEDGES,
                                  reckoned, said_off,
                                  step in ("possible", "frequent")
                                  and self_disclaimed(sentence, lang)
                                  and unpromised(clause[start:], lang), acted, sentence,
                                  step in ("possible", "frequent")
                                  and clause in consequent) \
                    and not (step in ("able", "can")
                             and cue("options", lang).search(clause, start)) \
                    and not (step == "can" and (_can(clause[start:], lang)
                                                or cue("able_again", lang).search(clause, start)
                                                or not (patterns("future", lang).search(
                                                    clause, start)
                                                    or cue("future_auxiliaries", lang)
                                                    .search(clause, start)))) \
                    and not (step == "open" and cue(DISCLAIMING, lang).search(clause, start)) \
                    and not (step == "frequent" and _can(clause[start:], lang)) \
                    and not _chance(clause[start:], lang, sentence) \
                    and not (obliges and obliged(clause[start:], lang)) \
                    and not (step == "possible" and forbidding(sentence, lang)
                             and forbidden(clause[start:], lang)) \
                    and not (step in ("likely", "due") and clause in supposing
                             and moods.search(clause, start)) \
                    and not (step in ("likely", "due") and clause in disclaiming
                             and disclaimed(disclaiming[clause], lang, sentence)) \
                    and (step != "due" or (not cue("duties", lang).search(clause, start)
                                           and (patterns("future", lang).search(clause, start)
                                                or _stated(clause[start:], who, heads,
                                                           lang)))) \
                    and not patterns("reviews", lang).search(looked, start):
                # A clause says again the draft sentence it shares most with: one closer to a
                # sentence the draft states firmly ("the visit was delayed by the storm")
                # restates that one, not the hedged one that shares a word with it; one
                # closer to another hedged sentence ("our estimate is to finish by ⟦4⟧, then
                # ship" for "we expect to finish by ⟦4⟧", beside "the rest could ship on
                # ⟦8⟧") is judged by that sentence's own hedges.
                if every is None:
                    every = [stems(s, lang) for s in drafted]
                # (One saying the hedged clause whole, beside the firm one, says it again:
                # "até dia ⟦6⟧ juntam-se mais alguns, ainda que o grupo completo não…".)
                # (A reason put first is left out where what follows it says the hedged
                # sentence again by itself: then the reason only says why, `_main`.)
                main = stems(_main(clause[start:], lang), lang)
                if not (heads & main and len(content & main) >= _SHARED):
                    main = words
                if any(len(f & main) > len(content & main) for f in every) \
                        or _recounted(clause, words, content, theirs, lang, told) \
                        or (any(len(f & main) > len(mine & main) for f in others)
                            and not mine <= words):
                    continue
                return [Violation("new_commitment", "It states as certain what the draft only "
                                  f"says may happen or will be looked at (“{gist(clause)}”; "
                                  f"the draft: “{gist(sentence)}”); keep the “may”, the "
                                  "“try” or the “we'll check”.", "modality")]
    return []


@cache
def _floors(lang: str | None, kept: bool = False) -> re.Pattern[str]:
    """A lower bound on when, right beside the date or time it bounds (lang/*.json `floors`:
    "⟦1⟧ at the earliest", "frühestens am ⟦1⟧", "le ⟦1⟧ au plus tôt", "como muy pronto el
    ⟦1⟧"), before it with two words at most between, or after it with four. `kept`: also
    the words a rewrite may keep it with (`floors_kept`: "not before ⟦1⟧", "no antes del
    ⟦1⟧", "erst am ⟦1⟧")."""
    codes = vocab.codes(lang)
    said = [*vocab.union("floors", codes), *(vocab.union("floors_kept", codes) if kept else [])]
    if not said:
        return re.compile(r"(?!)")
    words = vocab.words(said, longest_first=True)
    # ("O mais cedo possível", "au plus tôt possible" say "as soon as possible".)
    return re.compile(rf"(?<![\w-])(?:{words})(?!\w)(?!\s+possi)"
                      rf"(?:\s+[^\s.,:;!?⟦]+){{0,2}}?\s*(⟦\d+⟧)"
                      rf"|(⟦\d+⟧)(?=(?:\s+[^\s.,:;!?⟦]+){{0,4}}?,?\s+(?:{words})(?![\w-])"
                      r"(?!\s+possi))",
                      re.I)


def floors_kept(draft: str, rewrite: str, lang: str | None = None,
                dates: frozenset[str] | None = None) -> list[Violation]:
    """A date the draft gives only as the earliest ("ships on ⟦1⟧ at the earliest",
    "frühestens am ⟦1⟧") stays a lower bound: "ships on ⟦1⟧" says it happens then, a firmer
    promise than the draft's, which left any later day open. Kept where the rewrite's
    sentence naming that date says a lower bound too, anywhere in it ("the earliest it can
    ship is ⟦1⟧", "au plus tôt, elle part le ⟦1⟧", `floors_kept`: "erst am ⟦1⟧"), or a
    "before" under a "not" ("won't ship before ⟦1⟧", "no saldrá antes del ⟦1⟧"), or a hedge
    in the date's own clause ("could ship on ⟦1⟧"), which leaves it as open. `dates`: the
    markers of dates and times, where known; only those are bounded so ("nous vous
    rembourserons les ⟦1⟧ au plus tôt" says "as soon as possible" of an amount)."""
    d = norm(plain(draft))
    want = [m.group(1) or m.group(2) for m in _floors(lang).finditer(d)]
    want = [w for w in want if dates is None or w in dates]
    if not want:
        return []
    r = norm(plain(rewrite))
    codes = vocab.codes(lang)
    bound = words_pattern("floors+floors_kept", lang)
    before = vocab.union_map("sides", codes).get("before", [])
    earlier = re.compile(r"(?<!\w)(?:" + vocab.alternation(before)
                         + r")(?!\w)", re.I)
    no = vocab.negation(lang)
    said = sentences(r)
    for marker in dict.fromkeys(want):
        held = [s for s in said if marker in s]
        # A hedge keeps it in the date's own clause only: "…, we fit them on ⟦1⟧; it takes
        # about ⟦2⟧ hours" hedges the hours.
        if not held or any(bound.search(s) or (no.search(s) and earlier.search(s))
                           or any(marker in s[a:b] and hedges_in(s[a:b], lang)
                                  for a, b in _spans(s)) for s in held):
            continue
        return [Violation("new_commitment", f"It gives {marker} as the date itself where the "
                          "draft gives it only as the earliest (“at the earliest”); keep "
                          "the “at the earliest” or “not before”.", "modality")]
    return []

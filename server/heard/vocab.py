"""Language knowledge as data: the built-in vocabulary of each language, one file each.

`heard/lang/<code>.json` holds everything Heard knows about a language's words — weekdays,
months, days from today and parts of the day, number words, negations, greetings, commitment
words and promise patterns, policy walls, stock empathy, blame, apologies, how a customer reads
(feelings and situation signals, for heard.customer), waiting cues, hedges and promises to look
at something, titles and sign-offs around a name, currency words, street types and mail
programs' quote headers (for the masker), the score's and the explainer's cues, the reasons
the explainer and the offline engine give — once. The masker, the guard, the offline engine,
the score and the explainer all read it from here, so fixing a phrase or adding a language is
one data edit. Each file is validated when first loaded: an unknown key, a missing key or a
pattern that does not compile fails with the file's name and the key at fault.

Two kinds of entries, and the field says which:
- phrases: literal, case-insensitive text ("sorry for the inconvenience"); matched as written;
- patterns: regular-expression fragments ("reembols(?:ar|amos)"); `<NUM>` stands for a number
  (digits, a marker or a number word of any language) and `<DAY>` for a weekday.

The team's own lists (`prompts/phrases.json`, `Phrases`) extend the built-ins and never
remove from them: `team()` merges the two.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from heard.prompts import Phrases

LANGS = ("en", "es", "de", "fr", "pt")


def codes(lang: str | None) -> list[str]:
    """The languages a text of `lang` is read in: its own, or every one Heard knows when it is
    unknown (a guess could miss a promise slipped in another language)."""
    return [lang] if lang in LANGS else list(LANGS)
V = TypeVar("V")


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern.replace("<NUM>", "x").replace("<DAY>", "x"))
    except re.error as exc:
        raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc
    return pattern


def _only(value: dict[str, V], known: tuple[str, ...], what: str) -> dict[str, V]:
    """`value` when every key is one of `known`; else the first stranger, named."""
    unknown = sorted(set(value) - set(known))
    if unknown:
        raise ValueError(f"unknown {what} {unknown[0]!r}; {what}s are {known}")
    return value


class Wall(BaseModel):
    """A policy wall: a phrase or a pattern; a `replacement` lets the offline engine reword it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    phrase: str = ""
    pattern: str = ""
    replacement: str = ""

    @model_validator(mode="after")
    def _one_of(self) -> Wall:
        if bool(self.phrase) == bool(self.pattern):
            raise ValueError("a policy wall has either a phrase or a pattern")
        _compiles(self.pattern)
        return self

    def regex(self) -> str:
        return self.pattern or re.escape(self.phrase)


class Edit(BaseModel):
    """One edit the offline engine makes: `pattern` (case-sensitive unless it says `(?i)`)
    becomes `replacement`, a template that may name the pattern's groups (`\\1`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    replacement: str
    principle: str  # the GUIDANCE.md id the change is explained with

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value: str) -> str:
        return _compiles(value)


# The explainer's catalogue (heard.explain): the reason shown beside a change nobody else
# explained, per principle, and four more ("steady": "!" → "."; "no-blame"; "scripted": a
# deletion; "clearer": the last resort). Every language says each one.
EXPLAIN_REASONS = ("appreciate-patience", "acknowledge-emotion", "validate-feelings",
                   "reflect-understanding", "own-it", "collaborate", "no-policy-wall",
                   "authentic-not-cliche", "match-tone", "personalize", "steady", "no-blame",
                   "scripted", "clearer")
# What the offline engine says beside its changes and suggestions; a reason a language does
# not say is said in English.
# The acts `Lang.same_acts` names, the same in every language.
SAME_ACTS = ("send", "call", "replace", "check", "tell")
# The periods whose end `Lang.period_ends` names, the same in every language.
PERIODS = ("day", "week", "month", "year")
TONES = ("warmer", "concise", "formal")  # heard.schema.Tone, "" (the same tone) aside
OFFLINE_REASONS = ("no-policy-wall", "no-blame", "own-it", "solution-focus",
                   "appreciate-patience", "mechanics", "one-apology", "feeling", "steady",
                   "no-apology", "brief", "hurried", "goodwill-gesture", "anticipate-followup",
                   "ask-open-question", "tone-concise", "tone-formal")


def _said(value: dict[str, str], known: tuple[str, ...], complete: bool) -> dict[str, str]:
    """Texts keyed by reason: every key a known one (and, when `complete`, every one said)."""
    _only(value, known, "reason")
    missing = [k for k in known if k not in value] if complete else []
    if missing:
        raise ValueError(f"no text for the reason {missing[0]!r}")
    return value


class Rewriting(BaseModel):
    """What the offline engine edits, and with which words (the `rewriting` section of a
    language file; the guard, the masker and the score never read it)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # Mechanics (English): contractions whose apostrophe-less form is no word ("dont"), the
    # words after which "its" can only be "it's", the objects that make "lets" a verb, and
    # abbreviations that do not end a sentence.
    contractions: list[str] = []  # phrases
    its_is_before: list[str] = []  # phrases
    lets_objects: list[str] = []  # phrases
    abbreviations: list[str] = []  # phrases
    # First words that go on in lower case after "Hallo Anna, " once the sentence between is
    # dropped; empty: any word the dictionary knows ("Your" → "your"). German needs the list:
    # its nouns and the polite "Sie" keep their capital.
    greeting_continues: list[str] = []  # phrases
    # Whole sentences that go, per principle: a bare policy wall, a sentence that blames.
    drop_sentences: dict[str, list[str]] = {}  # patterns: a whole sentence, any case
    # Edits in order: policy walls said as the agent's own limit, ownership of next steps.
    edits: list[Edit] = []
    # The customer's own subject: "<possessive> [<modifier>] <noun>" → the reply's wording.
    possessives: dict[str, str] = {}  # "my" → "your", "the" → "the"
    subject_modifiers: list[str] = []  # phrases
    subject_nouns: list[str] = []  # phrases, spelled as the reply writes them (singular; a
    # plural "s" is allowed): German nouns keep their capital, the possessive says the case
    # A subject that is itself the trouble ("the error", "the wrong order", "the double
    # charge") takes other words than a thing that has one ("the trouble with your parcel"):
    # nouns that name a trouble (found even without a possessive: "error codes every time I
    # pay" → "the error codes"), and modifiers that make any subject one.
    trouble_nouns: list[str] = []  # phrases
    trouble_modifiers: list[str] = []  # phrases
    # The article a trouble named without a possessive takes in the reply ("the"); empty:
    # such a trouble is not taken as the customer's subject.
    bare_article: str = ""
    # Acknowledgements per feeling ("anxious"), or per feeling and signal
    # ("anxious+deadline_at_risk", preferred when the customer shows both), one chosen by the
    # draft and the subject; `{np}` is the customer's subject. `trouble_acknowledgements`
    # are for a subject that is the trouble itself; where a feeling has none, the general
    # lines serve.
    acknowledgements: dict[str, list[str]] = {}
    trouble_acknowledgements: dict[str, list[str]] = {}
    # A first sentence that is only an answer word ("Sure.", "Oh no!") stays first: the
    # acknowledgement follows it, as it follows a greeting.
    interjections: list[str] = []  # phrases
    # Sentences a hurried customer does without ("I hope this finds you well"): patterns of a
    # whole sentence, any case. A concise reply, asked for, drops them too.
    filler_sentences: list[str] = []
    # Edits for a tone the agent asks for, by tone ("formal": a casual greeting made formal,
    # contractions written out), applied in order.
    tone_edits: dict[str, list[Edit]] = {}
    # Patterns (case-insensitive, found anywhere) for what the engine reads before it writes:
    # an opening that already names a feeling or apologises ("sorry", "entiendo"), so it keeps
    # its own words; a customer let down ("damaged", "otra vez"), who may deserve a goodwill
    # gesture the agent decides on; a draft that names a next step ("refund", "envío"), which
    # could say when; a draft that asks the customer something ("could you").
    acknowledged: list[str] = []
    let_down: list[str] = []
    next_steps: list[str] = []
    asks: list[str] = []
    # What the agent reads beside each change and suggestion, per reason (OFFLINE_REASONS):
    # a finished sentence, or (feeling, steady, no-apology, brief, hurried) the end of one
    # that opens with what was read of the customer.
    reasons: dict[str, str] = {}

    @field_validator("reasons")
    @classmethod
    def _reasons(cls, value: dict[str, str]) -> dict[str, str]:
        return _said(value, OFFLINE_REASONS, complete=False)

    @field_validator("tone_edits")
    @classmethod
    def _tones(cls, value: dict[str, list[Edit]]) -> dict[str, list[Edit]]:
        _only(value, TONES, "tone")
        return value

    @field_validator("drop_sentences")
    @classmethod
    def _drop(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k: [_compiles(p) for p in v] for k, v in value.items()}

    @field_validator("filler_sentences", "acknowledged", "let_down", "next_steps", "asks")
    @classmethod
    def _filler(cls, value: list[str]) -> list[str]:
        return [_compiles(p) for p in value]

    @field_validator("acknowledgements", "trouble_acknowledgements")
    @classmethod
    def _grounded(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for feeling, lines in value.items():
            base, _, signal = feeling.partition("+")
            if base not in FEELINGS or (signal and signal not in SIGNAL_KINDS):
                raise ValueError(f"acknowledgements: {feeling!r} is not a feeling (or "
                                 "feeling+signal)")
            for line in lines:
                if "{np}" not in line:
                    raise ValueError(f"acknowledgement {line!r} ({feeling}) names no subject "
                                     "({np}): no acknowledgement is better than a stock one")
        return value


class Streets(BaseModel):
    """How a street address is said (heard.protect masks it whole): patterns, case-sensitive,
    one list per shape of address."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    after_name: list[str] = []  # "221B Baker Street": the type after the name
    abbreviations: list[str] = []  # "10 Downing St.": the same, abbreviated (a "." may follow)
    units: list[str] = []  # "Apt 4", "Suite 200" after the street
    number_first: list[str] = []  # "12 rue de la Paix": number, type, name
    number_last: list[str] = []  # "Calle Mayor 5": type, name, number
    suffixes: list[str] = []  # "Hauptstraße 12": the type ends the name's word

    @field_validator("*")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [_compiles(p) for p in value]


class MailQuotes(BaseModel):
    """How a mail program marks quoted history in this language (heard.protect keeps it as
    one block)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # The reply header's first word and its end, patterns: ["On", "wrote:"] for "On Mon, 3
    # March 2025, Dana <d@x.io> wrote:".
    reply_header: tuple[str, str]
    separators: list[str]  # phrases: "Original Message" between dashes
    sender: list[str]  # phrases: a forwarded header's "From: …" line, followed by…
    sent: list[str]  # …its "Sent: …" or "Date: …" line

    @field_validator("reply_header")
    @classmethod
    def _header(cls, value: tuple[str, str]) -> tuple[str, str]:
        return (_compiles(value[0]), _compiles(value[1]))


FEELINGS = ("frustrated", "angry", "anxious", "disappointed", "confused", "hurried", "neutral",
            "satisfied", "delighted")
SIGNAL_KINDS = ("repeat_contact", "urgency", "deadline_at_risk", "money_at_risk",
                "vulnerability", "sarcasm")


class CustomerCues(BaseModel):
    """What the customer reader (heard.customer) looks for in a customer's message."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # Per feeling, phrases (stems, matched at a word start, case-insensitive) that show it.
    feelings: dict[str, list[str]]
    # Per situation signal, patterns (case-insensitive): "third time", "before <DAY>".
    signals: dict[str, list[str]]
    # Phrases that tell of a failed attempt ("tried", "still an error"): a sign of frustration,
    # weaker than a feeling word.
    efforts: list[str] = []
    # Phrases that say there is no hurry ("no rush"): they cancel urgency.
    calm: list[str] = []
    # Phrases that turn a message ("love it, but…", "aunque"): good news beside a complaint
    # is not good news to celebrate.
    contrasts: list[str] = []
    # Phrases that ask for something ("please", "bitte"): a "thanks" closing such a message is
    # politeness, not satisfaction.
    requests: list[str] = []
    # How an explanation names a reading: each feeling and intensity in this language, and
    # the templates `read`, `repeat` (when the customer has written before), `words`, `stake`.
    names: dict[str, str] = {}
    explain: dict[str, str] = {}

    @model_validator(mode="after")
    def _explained(self) -> CustomerCues:
        missing = [k for k in (*FEELINGS, "low", "medium", "high") if k not in self.names] + \
            [k for k in ("read", "repeat", "words", "stake") if k not in self.explain]
        if missing:
            raise ValueError(f"customer: nothing says how to name {missing[0]!r}")
        return self

    @field_validator("feelings")
    @classmethod
    def _feelings(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return _only(value, FEELINGS, "feeling")

    @field_validator("signals")
    @classmethod
    def _signals(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k: [_compiles(p) for p in v]
                for k, v in _only(value, SIGNAL_KINDS, "signal").items()}


class Lang(BaseModel):
    """One language's built-in vocabulary (see the module docstring for phrases vs patterns)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    code: str
    name: str
    weekdays: list[str]  # phrases
    # Phrases: a weekday's short form that is also another word (Portuguese "segunda" is
    # second), a weekday only with a part of the day after it ("segunda de manhã").
    short_weekdays: list[str]
    # Phrases: the twelve months in order, January first, then any other spelling
    # ("jänner", "setiembre", "sept"): heard.values reads a month's number from its place.
    months: list[str] = Field(min_length=12)
    # Whether a date is written month first ("March 3"): English only, so "im März 12
    # Sitzungen" (in March, twelve sessions) holds no date.
    month_first: bool = False
    # Whether the language writes a month with a capital (English, German): there a month
    # word in lower case is another word — "zone 3 may have been left off", "we march on".
    months_capitalised: bool = False
    # Phrases naming a day from today ("tomorrow", "pasado mañana"), and a part of a day that
    # "mañana" or "Morgen" alone would misread as tomorrow ("esta mañana", "am Morgen"): each
    # masked as one date, the longest first.
    relative_days: list[str]
    # Phrases: a part of the day said after a relative day or a weekday ("tomorrow morning",
    # "heute Abend", "mañana por la tarde", "lundi matin", German "Montagabend" in one word),
    # masked with it as one date: a rewrite that keeps the day but drops its part ("heute
    # Abend" → "heute") has changed the time.
    day_parts: list[str]
    # Phrases: a greeting or a good wish that ends in a relative day ("guten Morgen": good
    # morning, not tomorrow; "buena mañana"): its day word is no date, neither masked nor
    # counted as a day a rewrite adds, so one greeting may become another.
    day_greetings: list[str]
    # Phrases: a good wish before a weekday ("Happy Friday", "bon vendredi", "feliz viernes"):
    # its weekday is no date, neither masked nor counted as a day a rewrite adds.
    weekday_wishes: list[str]
    number_words: list[str]  # phrases: cardinal numbers, articles and vague quantities
    # Words: the forms that say "one" before what they count ("a", "one", "une", "eines",
    # "uma"): one number however it is said, so "within one month" and "within a month" name
    # one span, and "d'un mois" said as "d'une année" another unit of the same count.
    ones: list[str]
    time_units: list[str]  # phrases: "days", "Wochen"
    # Patterns, case-sensitive ("Euro" is German, "euros?" the others): a currency said in
    # words after an amount ("25 euros", "10 reais"); symbols and ISO codes are no language's.
    currency_words: list[str]
    # Phrases: the tax basis said after an amount ("TTC", "zzgl. MwSt.", "sin IVA"), masked with
    # it as one amount: "120 € HT" for "120 € TTC" is another price.
    tax_bases: list[str]
    # Patterns, by side: the tax a price is said with, "included" ("incl. VAT", "TTC", "IVA
    # incluído") or "added" ("plus VAT", "zzgl. MwSt.", "hors taxes", "acrescido de IVA"),
    # anywhere in its sentence: "185 €, IVA incluído" and "185 €, mais IVA" are two prices.
    tax_sides: dict[str, list[str]] = {}
    negations: list[str]  # patterns, matched as whole words
    # Patterns of several words that negate only the act they lead to, in its clause ("sans que
    # je puisse [la garantir]", "without my being able to", "beyond what we can"): no "no" for
    # the rest of their sentence, where a promise may still be made.
    scoped_negations: list[str] = []
    # Patterns: a negation that closes its clause, after the act put first ("Zurückerstatten
    # können wir die Gebühr nicht mehr", "den Betrag erstatten wir leider nicht"): German says
    # "no" to a fronted act at the clause's end, where a "no" before it would stand elsewhere;
    # Portuguese and Spanish say it without a verb ("o desconto de ⟦13⟧ também não", "el
    # descuento tampoco").
    closing_negations: list[str] = []
    # Patterns: the negations that only voice regret ("unfortunately", "leider"): they refuse
    # what the sentence refuses, yet say no "no" to an event told with them.
    regrets: list[str] = []
    # Phrases: a negation said of a noun, not of an act ("no charge", "kein Aufpreis", "aucun
    # frais", "ningún coste", "nenhum custo") or none at all ("n'importe quel", "no matter"):
    # "we'll fit them at no charge" refuses nothing.
    noun_negations: list[str] = []
    # Patterns: a fault owned as what should not have happened ("that shouldn't have
    # happened", "eso no debería haber pasado", "isso não devia ter acontecido", "cela
    # n'aurait pas dû arriver", "das hätte nicht passieren dürfen"): its "no" looks back at
    # our lapse, and refuses nothing (decision_kept reads the sentence without it).
    lapses: list[str] = []
    # Patterns: a loss denied ("your deposit is not lost", "you won't lose it", "no pierde la
    # seña", "o sinal não se perde", "n'est pas perdu", "geht nicht verloren"): its "no" says
    # the customer keeps what is theirs, and refuses nothing (decision_kept reads the
    # sentence without it).
    losses_denied: list[str] = []
    # Patterns: a thing sent, handed over or received ("we'll send you", "you'll receive",
    # "le enviaremos", "Sie erhalten"): what a message by email may carry as the draft's own.
    sendings: list[str] = []
    negation_clitics: list[str]  # phrases: "n't" (after a word), "n'" (before one)
    # Patterns: a negation's words that say "only" ("n'est possible que si", "ne … que"),
    # a condition or a restriction, never a refusal.
    restrictions: list[str]
    greetings: list[str]  # patterns
    greeting_addressees: list[str]  # phrases: who a greeting is to, besides a name ("there")
    commitment_patterns: dict[str, list[str]]  # patterns: promises, counted
    commitment_words: dict[str, list[str]]  # phrases: a commitment's vocabulary, new if unseen
    # Patterns: a thing a draft says something else pays for ("covered by the warranty",
    # "está incluída"): free to the customer, so a rewrite may say it costs them nothing.
    covered_patterns: list[str]
    # Patterns, per commitment kind: an act of ours a draft says in the passive or from the
    # customer's side ("the deposit is returned to you", "bekommt ihr sie zurück", "é
    # descontado"), or a substitution it describes without "replace" ("a risotto instead of
    # the lamb", "em vez do cordeiro"): still the draft's promise, which a rewrite may say
    # actively or with "replace".
    drafted_acts: dict[str, list[str]] = {}
    decisions: dict[str, list[str]]  # patterns: what a refused decision is about
    # Patterns, per decision: more of what a refused decision is about, in words that say it
    # only when refused ("das Geld gibt es nicht zurück") or with a shop's own noun ("eine
    # längere Reservierung"). Read by the decision check only: the gift check takes the words
    # of `decisions` for words that name no new thing, and these do.
    decisions_restated: dict[str, list[str]] = {}
    # Phrases: the words that open a relative clause after a comma ("which", "die", "que",
    # "dont"): a "no" inside one is about the noun before it ("Für Kurstage, die ein Kind
    # nicht besuchen kann, erstatten wir …" refuses no refund).
    relatives: list[str] = []
    # Phrases: the words that open a relative clause after a comma that points back at the
    # whole clause before it ("which", "lo que", "ce qui", "was", "o que"): with `relatives`,
    # what opens a relative clause of a draft sentence, whose "would" or "can take" is said of
    # that clause ("…, which would be at the full price"; guard/modality.py `_said_again`).
    clause_relatives: list[str] = []
    # Patterns, per decision: words that refuse it with no "no" ("the deposit stays with us",
    # "reste dû", "bleibt bei uns", "fica conosco": no refund; "you can keep it", "dürfen Sie
    # behalten", "fica consigo": no return wanted), read like a "no" and its topic.
    refusals: dict[str, list[str]]
    policy_walls: list[Wall]
    stock_empathy: list[str]  # phrases
    blame: list[str]  # phrases
    apology: list[str]  # phrases (stems)
    customer: CustomerCues  # how the customer reads: feelings and situation signals
    acknowledgement_formulas: list[str]  # patterns: "I understand your…", "that must be…"
    generic_words: list[str]  # phrases: words an acknowledgement says about any ticket
    # Patterns, at a word's start: words that name one thing a customer's message is about
    # ("costs" for their "how am I supposed to pay"), so an acknowledgement in other words
    # than theirs is still about their case.
    synonyms: dict[str, list[str]]
    instruction_leaks: list[str]  # patterns: a model talking about its instructions
    waiting: list[str]  # patterns: the customer says they have been waiting
    waited_since: list[str]  # phrases: "for", "seit" (+ a duration)
    eager: list[str]  # patterns: "can't wait" is eagerness, not waiting
    patience_words: list[str]  # phrases (stems): the reply already thanks for patience
    conditions: list[str]  # phrases: a promise made on a condition ("if", "once", "sobald")
    clause_joins: list[str]  # phrases: words that join two clauses ("but", "und", "donc")
    # Phrases: the conjunction that sets a clause against the one before ("but", "mais",
    # "pero"), after a comma: a "no" before it does not reach past it. Never an adverb that
    # may sit inside a clause ("however", "jedoch", "porém": "a refund is, however, not
    # possible"), nor a bare "aber" ("ist aber nicht möglich").
    contrasts: list[str]
    # Phrases: the "and" that joins two whole clauses, read with a comma after it ("y, en
    # general,"): a "no" after it is the second clause's ("el cambio lleva ⟦7⟧ días y, en
    # general, el calce no se modifica" refuses no exchange), so a decision named before it
    # is not refused by it (guard/decision.py's cut reading).
    coordinators: list[str] = []
    # Phrases: words that scope a thing to one of its kind ("first", "next", "single",
    # "première", "próximo", "nächste"), and words that scope it to all ("every", "all",
    # "chaque", "todos", "jede"): "the discount applies to your first order" said as "to every
    # order" grants more (guard/exceptions.py `scopes_widened`).
    single_scopes: list[str] = []
    every_scopes: list[str] = []
    # Phrases: a word pointing back at what the sentence before named ("that", "das",
    # "isso"): "After that, this isn't possible" refuses the refund named just before.
    anaphors: list[str]
    # Phrases: where an anaphor can also be a determiner ("das Gerät"), the words after it
    # that show it stands alone, pointing back ("das können wir", "das leider"); a mark or the
    # sentence's end after it does too. Empty where every anaphor points back: French,
    # Spanish and Portuguese ("cela", "eso", "isso" are pronouns only), and English, whose
    # "that morning" reading was measured at stop 49 and let a check set's mutant through.
    anaphor_predicates: list[str] = []
    # Phrases: the words that make an anaphor a time ("that morning", "this week", "that
    # day"): it says when, and points back at no decision ("we had no backup free that
    # morning" refuses no cancellation the sentence before named). Empty where the anaphors
    # are pronouns only.
    anaphor_times: list[str] = []
    # Phrases: "without" ("sans", "ohne", "sin", "sem"): right before what a refusal is about
    # ("sans que le remboursement soit automatique", "sem reembolso") it says "no".
    withouts: list[str]
    # Phrases: "with" ("con", "com", "avec", "mit"): opening a clause on what a condition was
    # about ("con mucha lluvia esa semana", "with the change approved"), with "without", it
    # says that condition as a noun.
    withs: list[str] = []
    # Phrases: what opens a noun phrase meaning any one of a kind ("a", "any", "every", "un",
    # "tout", "cualquier", "qualquer", "jedes"): "a child with a known allergy" says "if a
    # child has a known allergy", a "with" after it is a condition said as a noun, as one
    # opening the clause is.
    generic_determiners: list[str] = []
    # Phrases: what opens a plural noun phrase meaning all of a kind that a relative clause
    # restricts ("all", "les", "los", "os", "alle"): "les élèves qui réussissent l'examen"
    # says "si un élève réussit l'examen", as "tout élève qui…" does.
    plural_determiners: list[str] = []
    # Phrases: what opens a relative clause ("that", "who", "qui", "que", "der", "die"): after
    # a noun said of any one of a kind it restricts the kind, a condition said as a noun
    # ("a student who passes the exam" is "if a student passes the exam").
    relative_pronouns: list[str] = []
    # Phrases: what opens an English contact clause, a relative clause without its pronoun
    # ("any leak *the technician* finds", "any fault *we* find").
    contact_subjects: list[str] = []
    # Patterns: a verb in its progressive form ("arriving", "llegando", "chegando"): after
    # "with" it tells what is happening ("with the part arriving on Friday": it will), no
    # condition.
    gerunds: list[str] = []
    # Phrases: the side of a date or time a word puts something on, "before" ("before",
    # "vor", "avant", "antes de", "até") or "after" ("after", "nach", "après", "desde"): "vor
    # dem ⟦3⟧" and "nach dem ⟦3⟧" hold the same fact and say the opposite.
    sides: dict[str, list[str]]
    # Phrases: days counted on the calendar ("days", "Tage", "dias corridos") or as working
    # days ("business days", "Werktage", "jours ouvrés", "días hábiles", "dias úteis"):
    # "⟦3⟧ días" and "⟦3⟧ días hábiles" hold the same number and set another deadline.
    day_counts: dict[str, list[str]]
    # Phrases per unit a number is measured in ("cm", "Zentimeter", "semaines", "GB"), keyed by
    # the unit (one key for every language's words for it): "⟦3⟧ cm" and "⟦3⟧ mm" hold the
    # same number and another measure. Days are `day_counts`' words.
    measures: dict[str, list[str]]
    # Phrases per period a price or sum is counted by, right after it ("per month", "a year",
    # "/mo", "par mois", "al año", "ao mês", "im Monat", "jährlich"), keyed by the period (one
    # key for every language's words): "⟦3⟧ per month" and "⟦3⟧ per year" hold the same sum
    # and another price.
    rates: dict[str, list[str]]
    # Tag → words: the event a span of time counts from ("⟦3⟧ days of delivery", "⟦3⟧ Tage
    # nach Kauf"), after a word of `anchor_leads`: "within ⟦3⟧ days of purchase" for "of
    # delivery" keeps the marker and moves the deadline (guard/facts.py `anchors_kept`). One
    # tag per event, its words in any form ("receipt" is when it is delivered).
    anchors: dict[str, list[str]] = {}
    # Phrases: what joins a span of time to the event it counts from ("of", "after", "desde",
    # "après", "nach"), an article or "the date of" at most between.
    anchor_leads: list[str] = []
    # Word beginnings naming each period of `rates` anywhere, keyed as `rates` ("month" for
    # "monthly fee", "mensu" for "mensualité", "monat" for "Monatsbeitrag"): a rewrite that
    # says the draft's "⟦3⟧ per month" with none of them gives a one-off sum, another price.
    period_names: dict[str, list[str]] = {}
    # Phrases opening a heading that names what the reply turns to, a colon after it ("As for
    # the ⟦4⟧ a month:", "Zu Ihrer Frage nach dem ⟦8⟧:", "Quant au ⟦3⟧ :"): the customer's fact
    # named there is quoted back as the topic.
    topic_heads: list[str]
    # Phrases: we say what we know, see or regret of the customer's situation ("I know", "je
    # sais", "ich weiß", "sé que", "I'm sorry", "siento que", "es tut mir leid, dass"): a
    # deadline of theirs told inside it is their situation.
    knowing: list[str] = []
    # Phrases that judge, after it, what the customer feels as natural ("… is understandable",
    # "… ist verständlich", "… est compréhensible", "… es comprensible", "… é compreensível"):
    # a deadline of theirs told in the clause they judge is their situation, as in `knowing`.
    validations: list[str] = []
    # Phrases of how near a time is ("only days", "so kurz", "si peu de temps", "a pocos
    # días", "tão pouco tempo"): set off by a comma after what we know of the customer and
    # before a deadline word, they say when their feeling is, and promise nothing.
    nearness: list[str] = []
    temporal_conditions: list[str]  # phrases: "when", "after": a condition only on a promise
    condition_patterns: list[str]  # patterns: a condition with no such word ("should it…",
    #                                "Liegt ein Defekt vor, …": German puts the verb first)
    # How firm a promise is, as a scale: certain (no hedge) > likely (`hedges`: "usually",
    # "should arrive", "voraussichtlich", "cerca de") > possible (`possibilities`: "may",
    # "we'll try", "podría", "vielleicht", "j'espère"). A rewrite keeps each promise on its
    # step or a softer one; "may" said as "usually" moves it up one (guard/modality.py).
    hedges: list[str]  # phrases
    possibilities: list[str]  # phrases
    # Phrases: how often a thing happens, below "usually" ("sometimes", "a veces", "às vezes",
    # "parfois", "il arrive que", "manchmal"): said of what happens to the customer's matter
    # ("customs sometimes adds three days") it is on the possible step, as "may" is, and the
    # same thing said as what happens ("customs adds three days") states a frequency as
    # certain (guard/modality.py). Read by the modality and hedge-count checks only.
    frequencies: list[str] = []
    # Phrases: the hedges that tell how things usually go ("usually", "almost always", "in der
    # Regel", "suele", "costuma"), a subset of `hedges`. In a draft, one in a clause of its own
    # beside a promise says how its own clause's thing usually goes (a cause, a delivery
    # time), not whether we do what the promise says (guard/commitments.py `_usual_beside`).
    usual_cases: list[str] = []
    # Phrases: the infinitive of trying ("try to", "essayer de", "intentar"): in a rewrite,
    # an attempt named ("Essayer de convaincre le propriétaire :") keeps a hedge on its
    # result ("cela suffit parfois à le convaincre"); read only in a rewrite, never as a
    # draft's hedge ("vous pouvez essayer de redémarrer" advises; guard/modality.py).
    attempts: list[str] = []
    # Words: the verb forms of trying ("try", "essaierons", "intentaremos", "tentaremos",
    # "versuchen"): a hedge holding one after an "and" tries only the act after it, and
    # softens no act the clause states before that "and" ("nous réparerons la montre et
    # essaierons de vous la rendre": the repair is firm; guard/modality.py `_untried`).
    tries: list[str] = []
    # Phrases on the likely step only right before an amount: a word or verb of reckoning
    # ("about ⟦3⟧ days", "comptez ⟦2⟧", "rechnen Sie mit ⟦3⟧ Tagen", "uns ⟦4⟧ dias", "conto
    # com oito semanas"), with the article a date or an hour takes where the language puts
    # one ("hacia el ⟦1⟧", "aux alentours du ⟦1⟧", "por volta das ⟦2⟧"); "about your order",
    # "cuente con nosotros" estimate nothing.
    estimates: list[str] = []
    # Phrases: a word that hedges the amount right after it ("about ⟦3⟧ days", "cerca de",
    # "environ", "etwa", "unos"), whether `hedges` or `estimates` holds it: it says how much,
    # not whether we act, so it keeps no hedge on an act ("should be ready in ⟦3⟧ days" →
    # "will be ready in about ⟦3⟧ days" is firmer; guard/modality.py `_soft`).
    approximators: list[str] = []
    # Phrases: a modal of what is expected whatever verb follows ("should", "deve"), where the
    # word also advises or obliges ("you should call", "o cliente deve assinar"): on the
    # likely step, so what it governs made a future ("will contact you" for "should contact
    # you") is firmer; one after "you" or opening its clause ("should it…") is none.
    likely_modals: list[str] = []
    # Phrases: an open question of what may happen ("whether", "ob", "no sabemos si", "la
    # mairie décidera si", "resta saber se"): what it opens is on the possible step; kept by
    # the same words or by a possibility. One before "you" is the customer's choice.
    whethers: list[str] = []
    # Phrases: "is", "est", "wäre", "sería", "é": before a hedge that ends its clause ("un
    # report au printemps est envisageable, selon les places"), what the hedge is on is the
    # subject before them, not the words after (guard/modality.py `_predicated`).
    be_forms: list[str] = []
    # Patterns: a hedge word where it says something else ("prévue par la loi" is provided
    # for by law, "etwa durch Wurzeln" is for instance): no hedge there.
    not_hedges: list[str] = []
    # Phrases: a separable verb's particle, which a main clause puts at its end apart from its
    # verb ("wir holen das Gerät ab" is "abholen"); a language without them leaves it empty.
    verb_particles: list[str] = []
    # Patterns: a condition word where it says something else ("en tant que" is "as", "more
    # than once" counts, "dès demain" is from tomorrow, "as soon as possible" is a time): no
    # condition there.
    not_conditions: list[str] = []
    # Patterns: an invitation to get in touch with us ("call us", "melde dich", "no dude en
    # escribirnos", "n'hésitez pas à", "ligue para o ⟦6⟧"): a condition on it alone ("if you
    # have questions, call us") is the customer's own reason to write, and commits us to
    # nothing; a rewrite may say it another way or leave it out.
    invitations: list[str] = []
    # Patterns: a condition said as what the customer holds or brings, opening the sentence
    # ("with a medical certificate, you can…", "mit einem Attest kannst du…", "com um pedido
    # novo, você pode…"): the match is all of it, and a rewrite may say it as an instruction.
    held_conditions: list[str] = []
    # Patterns: a condition said as what is still lacking by a time limit, opening the
    # sentence or a clause ("without a reply by Friday, we cancel…", "ohne Platz bis ⟦3⟧
    # erstatte ich…", "sans réponse d'ici vendredi, …", "sin respuesta antes del viernes, …",
    # "sem resposta até sexta, …"): "if there is no reply by then". The match is all of it,
    # and its one group what is lacking (the reply, not the time limit a rewrite may keep).
    # Not a cost or a fee ("sin coste hasta el viernes" says a price that lasts, no event).
    lacking_conditions: list[str] = []
    # Patterns: a condition said by its verb first whatever its subject, where the clause
    # after its comma opens on its own verb ("Läuft Bruno danach ruhiger, kann er…", "Klappt
    # alles, kannst du…", "Ist dagegen das Profil beschädigt, wird…"): read only in a rewrite
    # sentence, and only as one of the draft's conditions said again there (guard/conditions
    # `_echoed`); elsewhere the shape is too loose to call a condition.
    verb_first_conditions: list[str] = []
    # Phrases: what holds whatever happens ("even if", "either way", "mesmo assim", "quand
    # même", "trotzdem"): no condition, and said where the draft has one, it drops it.
    regardless: list[str] = []
    # Phrases: …and, in the clause a condition conditions, the words saying it holds all the
    # same ("if the inspector can't come, the shelter is still usable"), which alone say
    # something else ("still waiting"): such a condition is said again by "even if".
    concessives: list[str] = []
    # Phrases opening what a sentence holds in spite of ("even if", "even in", "même en cas
    # de", "aunque", "mesmo com", "auch bei"): said of what the draft makes a thing depend on,
    # they say it holds whatever that condition (guard.defied).
    even_ifs: list[str] = []
    # Patterns: "only" ("nur", "ne … que", "só") before a condition in its clause: "covered
    # only if the survey finds…" may well not happen…
    restrictives: list[str] = []
    # Phrases: …where a condition that expects the event ("once", "sobald", "dès que",
    # "en cuanto", "assim que"), like "when" and "after", says it will.
    presuming: list[str] = []
    # Phrases: what holds only as something else turns out, said as a dependency ("depends
    # on", "hängt davon ab", "dépend de", "depende de"): read only in a rewrite sentence, and
    # only as one of the draft's conditions said again there (guard/conditions `_depended`).
    dependencies: list[str] = []
    # Phrases: "possible" said of what a heading names, right after its colon ("Renewal for
    # ⟦3⟧ days: possible only if…", "Spätere Freigabe: nur möglich, wenn…", "ampliar a ⟦5⟧:
    # es posible solo si…"): the condition after it is on the heading (guard/conditions
    # `_scoped`).
    possible_predicates: list[str] = []
    wishes: list[str]  # phrases: the customer wanting something ("you'd rather"): not a promise
    # Patterns: the customer's own wish in their message, said in the first person ("I'd love
    # to", "ich würde ihn gern", "me gustaría", "j'aimerais", "eu queria"): what follows is the
    # goal they hope for, which a rewrite may not assure in their words where the draft does
    # not (guard/facts.py, `goals_assured`).
    own_wishes: list[str] = []
    counterfactuals: list[str]  # phrases: what we would do but cannot ("I wish I could")
    # Phrases: we or I as the one who acts ("I", "wir", "nous", "posso"): a customer's wish
    # said before them no longer governs what follows ("you need it, I can replace it").
    first_persons: list[str] = []
    # Words: we or I as a subject pronoun only ("we", "on", "wir", "yo", "nós"), no verb: a
    # "no" just before one negates nothing of ours ("si ça ne marche pas on vous rembourse"),
    # where one just before our verb is its own ("si llega dañado no le devolvemos nada").
    subject_pronouns: list[str] = []
    # Words: the object pronouns that stand between a "no" and the verb it negates ("no le
    # devolvemos", "não lhe podemos", "no se lo cambiamos"): no word of a clause of their own.
    object_clitics: list[str] = []
    # Phrases: what may be done, not what will be ("we can", "können wir", "podemos"): a
    # customer's wish ("if you'd like") left out before it still leaves them the choice.
    options: list[str]
    # Phrases: we can give or do what a clause names first, besides `options` ("able to",
    # "consigo", "tenho como", "we offer"): a "no" before them there refuses it ("a discount
    # isn't something I'm able to give", "o desconto não lhe consigo dar").
    granting: list[str] = []
    # Patterns: a word that takes up, after a comma, the act a sentence names first ("les ⟦5⟧
    # de remise, je ne peux pas les accorder", "une garantie, je ne peux pas te la donner",
    # "isso não consigo fazer"): the refusal after the comma is that act's.
    resumptives: list[str] = []
    # Patterns: our "can" refused ("I can't", "we're unable to", "no puedo", "não consigo",
    # "je ne peux", "wir können nicht"): an inability of ours governs the whole verb phrase it
    # opens, so a promise word however far on in that clause is what we cannot do ("I can't
    # put him through the clinic again at no charge", "não consigo fazer a reimpressão sem
    # custo"). Not a "can't" that is a feeling ("I can't wait", "can't thank you enough").
    inabilities: list[str] = []
    # Phrases: "something" said of the act, whose "that" describes it rather than opening a
    # clause of its own ("a apanha não é coisa que eu consiga garantir", "is something we
    # don't do").
    somethings: list[str] = []
    cardinals: list[str]  # phrases: numbers written as words, facts like digits
    # Patterns, at a word's start, in order from "second" to "tenth": the customer's "third
    # time" is the number the rewrite may say back as "three times".
    ordinals: list[str]
    # Phrases: cardinals that are also another word (French "neuf" is nine and new: "un
    # téléphone neuf"), a number only right before what numbers count — a time unit, a month,
    # a currency word or one of `counted` ("neuf jours", "à neuf heures", "le neuf mars").
    homonym_cardinals: list[str]
    counted: list[str]  # phrases: more things a number counts ("fois", "articles")
    # Phrases: what a reply counts of its own alternatives ("two options", "zwei Wege",
    # "deux solutions"): a count of what it goes on to say, no fact of the case.
    choices: list[str]
    # Phrases: what a reply counts of its own content besides its alternatives — the
    # customer's questions, the points, things, reasons or conditions it goes on to say ("your
    # two questions", "zwei Dinge", "à deux conditions", "las dos cosas"): with `choices`, a
    # count of the reply itself, which a rewrite may leave out or add, never change.
    topics: list[str] = []
    # Phrases: something said as one possibility or as what would happen ("one option is",
    # "a fallback", "would follow", "serait", "wäre", "sería"): with `choices`, a rewrite
    # saying the draft's "may" or "could" that way keeps it on the possible step.
    hypotheticals: list[str] = []
    # Words of the conditional mood ("would", "sería", "serait", "seria", "wäre"): in the
    # consequence of an "if" ("if nothing slips in the cooling, they would leave on Friday")
    # they say what is expected under that condition, as soft as "should" (guard/conditions.py
    # `_would`); outside one they stay what `hypotheticals` says.
    conditional_moods: list[str] = []
    # Phrases: a rewrite saying it cannot promise what it states ("a date I can't guarantee",
    # "sans garantie", "ohne Gewähr", "no puedo garantizarlo", "não posso garantir"): as soft
    # as the likely step, so it keeps a "should be ready" or "usually", not a "may".
    disclaimers: list[str] = []
    # Phrases: not yet able to confirm ("I can't confirm it", "je ne peux pas encore le
    # confirmer", "no puedo confirmarlo", "ainda não posso confirmar"): a clause saying so of
    # the customer's own date or amount ("I can't confirm it today") declines their request
    # and states nothing (guard/modality.py reads such a clause as their account).
    unconfirmed: list[str] = []
    # Patterns: asking the customer first ("without your OK", "sin tu aprobación", "ohne Ihre
    # Zustimmung", "sans votre accord", "sem a sua autorização"): a refusal held until the
    # customer agrees is the same "no" whatever verb says it ("we won't replace them without
    # your OK" → "I won't touch those frets without your OK"; guard/decision.py).
    consents: list[str] = []
    # Patterns: an act said to wait for an event, with no "no" ("only once the old one is
    # here", "ne peut partir qu'une fois l'ancien reçu", "solo cuando llegue", "só depois de
    # receber", "erst wenn es da ist"; "first … before": "je dois d'abord le recevoir avant
    # d'envoyer"): a draft's refusal held until that event ("we can't send it before the old
    # one arrives") said again (guard/decision.py, `_held`).
    held_untils: list[str] = []
    # Patterns: two things taken together ("both", "a la vez", "ambas", "les deux", "beides"):
    # a "no" to the pair ("we can't offer both") refuses each only as part of it, so a rewrite
    # saying "it has to be one or the other, not both" keeps that "no" whichever thing it
    # names (guard/decision.py, `_paired`).
    pairs: list[str] = []
    # Phrases: a rewrite saying what it states is not yet certain ("not confirmed", "sans
    # confirmation", "noch nicht fest", "no es seguro", "não é certo"): as soft as the likely
    # step, as a disclaimer is, for the modality check only; unlike "no guarantee" it refuses
    # no guarantee (guard/decision.py reads `disclaimers` alone).
    uncertainties: list[str] = []
    # Words: verbs of being or staying ("estar", "quedar", "ficar", "rester", "remain"): a
    # hedge on one ("deberían estar terminados") is on the word after it ("terminados"), which
    # a firmer rewrite keeps ("quedan terminados") where the verb of being changes.
    copulas: list[str] = []
    # Words: verbs of managing or being able to ("conseguir", "lograr", "manage", "able",
    # "réussir"): a hedge on one ("deve conseguir manter") is on the verb it takes ("manter"),
    # which a firmer rewrite says without it ("vai manter"). German reads every word of the
    # hedge's window already: none there.
    managing: list[str] = []
    # Phrases: a rewrite saying what it states as our plan or our reckoning ("our plan is
    # to", "je prévois", "wir planen", "temos previsto", "o ateliê prevê"): as soft as the
    # likely step, so it keeps a "should" or "usually" of the draft's, never a "may";
    # rewrite side only, as a draft's plan is what writers say back as firm. Not words that
    # also count or only expect ("on compte", "contamos", "I reckon", "müsste"): each let an
    # unsafe rewrite through when measured at stop 41. So is "if all goes well" or "barring
    # surprises" ("si todo va bien", "sauf imprévu", "se tudo correr bem", "wenn nichts
    # dazwischenkommt"): it names no condition of its own, and an "if" clause saying it stays
    # in its clause (guard/modality.py `_unless_reckoned`).
    reckonings: list[str] = []
    # Phrases: a consequence reckoned from the clause before ("takes ⟦1⟧ to ⟦2⟧ days, which
    # puts delivery in the week of ⟦3⟧", "o que deixa", "ce qui met"): a date worked out from a
    # usual wait still hedged is that estimate's, as soft as the likely step; rewrite side
    # only, and only after a hedge (guard/modality.py `_founded`).
    consequences: list[str] = []
    # Phrases: a rewrite giving what it states as a third party's word ("according to the
    # carrier", "laut Hersteller", "según el fabricante", "segundo a transportadora"): the
    # carrier's estimate, not our promise, so as soft as the likely step (a draft's "should" or
    # "usually"), never a "may"; rewrite side only, as `reckonings`. French names the third
    # party after "d'après / selon" only: its verbs ("le transporteur indique") let a
    # check-set mutant through at stop 42.
    attributions: list[str] = []
    # Patterns: what puts a refusal off rather than refuses it ("not yet", "for now", "noch
    # nicht", "todavía", "pas encore", "por enquanto"): a rewrite whose "no" to a refund the
    # draft refuses outright gains one only puts it off (guard/decision.py).
    deferrals: list[str] = []
    # Patterns: a "not" after a comma that sets one thing against another ("we'll send a new
    # controller, not the whole kit", "nicht den ganzen Bausatz", "pas le kit"): the "no" is
    # the thing's after it, so a decision named before the comma is given, not refused
    # (guard/decision.py). Only before an article or "for/para", or as a "no" that only ever
    # leads a noun (", kein Bargeld", ", pas de remboursement"): a "no" that leads a verb
    # (", não o conseguimos aplicar", ", no es posible") still refuses what came before it.
    negated_alternatives: list[str] = []
    # Patterns: "we can" said of ourselves ("I can", "nous pouvons", "podemos", "wir können",
    # "conseguimos"): a rewrite that says we can do, at the very time the draft refuses it,
    # what the draft says we cannot ("can't come tonight" → "we can come tonight") turns the
    # refusal into a promise (guard/decision.py).
    our_abilities: list[str] = []
    # Patterns: our making an exception ("I'll make an exception", "je fais une exception",
    # "ausnahmsweise", "excepcionalmente"): said by a rewrite and not by its draft, a "no"
    # the draft gives is given up (guard/decision.py).
    exceptions_made: list[str] = []
    # Patterns: "can" or "possible" in any person ("can't", "ne peut", "no podemos", "kann
    # nicht", "não conseguimos"), or "in our hands" ("liegt nicht in unserer Hand", "no está
    # en nuestras manos"): a "no" with one refuses an act, so a day in its clause is a
    # day the act is refused on ("the technician can't come tonight"); "didn't arrive on
    # Monday", "don't count on it for the 10th" refuse nothing of ours (guard/decision.py).
    abilities_said: list[str] = []
    # Patterns: a clause that says an act as an infinitive, with no verb of its own ("die
    # Reservierung zu verlängern", "le prolonger de deux mois", "ampliar el plazo", "prorrogá-lo",
    # "to extend it", "extending it"): set off by a comma, it is the act of the clause beside
    # it, so "ihre Reservierung zu verlängern, liegt nicht in unserer Hand" and "es ist leider
    # nicht möglich, die Frist zu verlängern" refuse an extension (guard/decision.py).
    act_infinitives: list[str] = []
    # Patterns: a clause that is only the act named as a noun, the subject of what follows an
    # aside ("la prolongation du délai, malheureusement, n'est pas possible", "an extension, I'm
    # afraid, isn't possible", "a prorrogação do prazo, infelizmente, não é possível"): read
    # with the clause after it (guard/decision.py).
    act_subjects: list[str] = []
    # Phrases: an aside set off by commas between an act and the clause that refuses it ("I'm
    # afraid", "por desgracia", "hélas", "ich fürchte", "receio"), passed over as words of
    # regret are (guard/decision.py).
    asides: list[str] = []
    # Patterns: a relative clause after a comma that says what it points back at cannot be
    # done ("which isn't possible", "die leider nicht möglich ist", "ce qui n'est pas
    # possible", "lo cual no es posible", "o que não é possível"): read with the clause before
    # it, whose act it refuses (guard/decision.py).
    refusing_relatives: list[str] = []
    # Patterns: what makes a day a bound rather than the day an act is refused on ("earlier
    # than", "before", "avant", "antes de", "vor", "até"): "we can't deliver before Friday"
    # is restated by "we deliver on Friday" (guard/decision.py).
    day_bounds: list[str] = []
    # Patterns: "now" ("jetzt", "ahora", "agora", "maintenant"): a draft's refusal that says
    # it is refused now already speaks of this stage only, so "not at this stage", "por
    # ahora" in the rewrite restate it (guard/decision.py), they do not put it off.
    present: list[str] = []
    # Phrases: "can" with a thing as its subject before a verb of taking time or varying
    # ("refunds can take ⟦1⟧ days", "peuvent prendre", "können bis zu ⟦1⟧ Tage dauern",
    # "pueden tardar", "podem levar"): in a rewrite, a possibility as soft as "may".
    chance_modals: list[str] = []
    time_takers: list[str] = []
    both: list[str]  # phrases: "both" stands for "two" ("beide", "les deux")…
    two: list[str]  # …that is, for these cardinals ("two", "dois", "duas")
    # Phrases: "or" between alternatives ("Monday at 9 or Tuesday at 2"): the items of a
    # list written on one line, after the number that counts them.
    alternatives: list[str]
    # Phrases, in pairs: words naming the two ends of one fact ("entrada"/"saída", "start
    # date"/"end date", "Mindest"/"Höchst"): a rewrite saying the other end where the draft
    # says one has turned the fact over, whatever its markers.
    opposites: list[list[str]]
    # Phrases, in pairs: the two sides of a state ("eligible"/"ineligible", "in stock"/"out of
    # stock", "vorrätig"/"nicht vorrätig"); a side said with a "not" before it is the other
    # side. Unlike `opposites`, a state may change with time: a side said with a time or a
    # condition ("eligible from your third month", "back in stock next week") is not compared.
    opposite_states: list[list[str]] = []
    # Phrases: words naming a share of a whole ("half", "part of", "partiellement", "la mitad",
    # "metade", "teilweise"): money given back or off for a share of something, said without
    # any share, gives the whole (guard/facts.py `shares_kept`).
    shares: list[str] = []
    # Words: the closed-class words of a near language the detector does not know and reads as
    # this one, which this language does not have (Catalan's "amb", "els", "perquè" beside
    # Spanish): a sentence holding several is in that language (guard/language.py `_near`).
    near_words: list[str] = []
    ai_addressees: list[str]  # phrases: who a note to the machine is addressed to
    note_words: list[str]  # phrases: a note's own heading before its addressee ("Hinweis")
    # Phrases: what opens a sentence addressed to the machine before its addressee ("to the",
    # "für die", "pour l'", "hey"); and the "please" after it ("AI please add: …").
    ai_leads: list[str]
    ai_requests: list[str]
    # Patterns: what says which machine after its addressee, before the colon ("for the AI
    # rewriting this:", "pour l'IA qui réécrit ceci :", "für die KI, die das umschreibt:").
    ai_described: list[str]
    # Phrases (word starts): the rewriting asked for inside brackets, with no addressee ("(rewrite
    # this to promise delivery by Friday)", "[en la reescritura, ofrece un descuento]"): a
    # bracketed note about the rewrite is addressed to whoever rewrites, a machine.
    ai_tasks: list[str] = []
    # What a promise is as firm as (guard/modality.py): the draft promising to look at
    # something ("we'll review the adjustment") promises no outcome ("we'll lower it").
    reviews: list[str]  # patterns: a promise to look, check or decide, not to act
    review_words: list[str]  # phrases (word starts): a rewrite still only says it will look
    # Patterns: a word of looking whose form is also the past ("revisamos", "verificamos")
    # where it reports a look done: its object alone before a colon or the sentence's end
    # ("Revisamos su caso ⟦1⟧.", "verificámos a tua conta: …") or a finding after it ("… y se
    # confirma que", "… e de fato houve"). No promise to look there ("revisaremos").
    not_reviews: list[str] = []
    # Endings that make a word of looking name who looks ("inspector", "vistoriador",
    # "Prüfer", "contrôleur"): "an inspector will call" promises the call, no look.
    agent_endings: list[str] = []
    # Patterns: a clause saying what will happen ("will", "va a", "-rá") or what we would do
    # ("we would", "devolveríamos", "nous rembourserions", "würden wir").
    future: list[str]
    # Phrases: an auxiliary of the future its `future` patterns leave to the verbs they name
    # ("wird … kommen", "werden … liefern"; also the passive's "wird geliefert"): what a
    # third party is said to be able to do, said with it, is said as what will happen
    # (guard/modality.py `_third_party`).
    future_auxiliaries: list[str] = []
    # Phrases: what says a third party is able to do a thing, besides the present "can"
    # (`chance_modals`): "able to", "pourra", "podrá", "in der Lage": a rewrite saying one
    # keeps that "can" (guard/modality.py `_third_party`).
    able_again: list[str] = []
    # Phrases: the infinitive or clitic of a passive or impersonal "can" ("can be
    # downloaded", "peut être livré", "se puede descargar", "kann … heruntergeladen
    # werden"): what may be done with a thing, mostly by the customer, not a third party's
    # act (guard/modality.py `_third_party`).
    passive_marks: list[str] = []
    # Patterns: what will happen to the customer where `future` leaves it out (German "Sie
    # werden", "werden Sie": `future` keeps "werden" to ourselves, as the same word makes the
    # present passive). With the customer's own fact in the clause ("So werden Sie am ⟦3⟧ jede
    # Rede hören") it foretells that fact's outcome as English "you'll" does (guard/facts.py
    # `_foretold`); a question ("Werden Sie am ⟦3⟧ da sein?") foretells nothing.
    foretold: list[str] = []
    # Patterns: we or I saying what we will do ("I'll", "vamos a", "wir werden", "-rai"):
    # a clause of it the draft says nothing of is a new commitment (guard/commitments.py).
    our_future: list[str]
    # Patterns: one of ours as the one who acts, up to the verb that makes it an act ("our
    # technician will", "our engineers are applying", "unser Schreiner kümmert sich",
    # "kümmert sich unser Schreiner", "notre livreur passera", "nuestro técnico irá", "o nosso
    # técnico vai"): what they do is ours, a promise as "we'll" is (guard/commitments.py).
    # A third party ("the carrier will", "DHL ist unterwegs") is none of ours.
    our_people: list[str]
    # Patterns: someone else doing a thing for the customer, up to the customer's pronoun
    # ("she'll send you", "le mandará", "elle vous enverra", "vai te mandar", "sie wird
    # Ihnen"): a person we name acting towards the customer is a step we promise, as "we'll"
    # is, when the draft says nothing of it (guard/commitments.py `_by_others`). A thing's
    # effect on them ("it will cost you", "le va a encantar", "cela vous permettra") is none.
    others_for_you: list[str] = []
    # Patterns: words opening a list of what we can or will do ("what I can do:", "was ich tun
    # kann:", "ce que je peux faire :", "lo que puedo hacer:", "o que posso fazer:"): each
    # step after them is an act of ours, said without "we" (guard/commitments.py).
    our_lists: list[str]
    # Patterns: we or I offering to do something gladly ("I'm happy to collect it myself",
    # "gerne hole ich es ab", "je me ferai un plaisir de", "con gusto se la llevo", "tenho
    # todo o gosto em"), up to the act: an offer of ours is a promise as "we'll" is
    # (guard/commitments.py). Being glad to hear, help or answer offers no act.
    our_offers: list[str]
    # Patterns: we or I doing something in the present ("wir leihen", "schicke ich", "nous
    # vous prêtons", "prestamos", "we're lending"), verbs of feeling, thanking or asking left
    # out: what we will do when its sentence conditions it or its clause times it ahead
    # (`ahead`): the present standing for the future (guard/commitments.py).
    our_present: list[str]
    # Phrases: a time ahead that a present act fills ("in the meantime", "bis dahin", "en
    # attendant", "mientras tanto", "até lá", "tomorrow"): the act is a promise.
    ahead: list[str]
    # Phrases: a hedge that is the future of "can" ("podrá", "poderá"): the present "can"
    # (`options`) keeps it as soft — "la tienda puede reenviarlo" for "podrá reenviarlo".
    abilities: list[str]
    # Phrases: a modal on the softest step whose ending names the customer as its subject,
    # with no pronoun said ("lo que sí podrías hacer es…", "poderias trocar…"): what they
    # may do, which their "can" ("puedes") says as well, as after "you" (modality.permitted).
    # Only the forms no other person shares ("podría" is also "I" and "he").
    addressed_modals: list[str] = []
    # Patterns: we or I taking an act on ourselves in the present ("me encargo de", "je m'en
    # occupe", "ich kümmere mich", "eu mesmo", "personally"): the act they name is ours
    # to do, a promise, whatever the tense (guard/commitments.py).
    taking_charge: list[str]
    # Patterns: we or I asking someone else to do a thing, up to the word that opens what we
    # ask ("I'll ask the driver to", "peço ao motorista que", "le pido al conductor que", "je
    # demande au chauffeur de", "ich bitte den Fahrer,"): what they do at our asking is ours to
    # see done, so a date set on it is a deadline we promise, though a "that" opens it.
    # Asking the customer ("I ask you to", "peço-lhe que") is their step, none of these.
    our_requests: list[str] = []
    # Patterns: a thing done "as you asked" ("as you requested", "wie gewünscht", "comme vous
    # le souhaitez", "como usted pide", "como você pediu"), set off as an aside: it says the
    # customer's request is granted, a promise when the draft grants nothing so
    # (guard/commitments.granted_as_asked). "The way you wanted to spend it" is no aside.
    as_asked: list[str] = []
    # Phrases: "whatever happens" ("either way", "auf jeden Fall", "quoi qu'il arrive", "pase lo
    # que pase", "de qualquer forma"): what its sentence says holds come what may — of the
    # customer's own occasion, a promise the draft does not make (guard/commitments.py).
    whatever_happens: list[str] = []
    # Patterns: we or I doing it ourselves ("we file it ourselves", "nous déposons nous-mêmes",
    # "wir reichen ihn selbst ein", "nosotros mismos", "nós mesmos"): the act of its clause is
    # one we take on, a promise in the present as "we'll" is (guard/commitments.py).
    ourselves: list[str] = []
    # Patterns: the customer as the one who acts ("you can", "yourself", "please", "Sie
    # können", "öffnen Sie", "vous pouvez", "veuillez", "usted puede", "você pode"): a draft
    # clause of theirs is their step, no act of ours a rewrite may say again as ours.
    customer_steps: list[str]
    # Patterns: an imperative telling the customer what to do, opening its sentence or a clause
    # after a semicolon, colon or dash ("use the code at checkout", "usa el código", "envie-nos
    # as fotos", "schick uns", "envoie-nous"): their step, as `customer_steps` is, where the
    # language's imperative has no mark of its own (the "Sie" and "vous" forms have one there).
    # Read by the condition check only, on a sentence a customer's wish conditions ("if you'd
    # like the discount, use the code…"): nothing of ours, so the wish is theirs to drop.
    customer_imperatives: list[str] = []
    # Patterns: a clause telling what has happened or what the customer is going through
    # ("you were stuck", "Sie haben … angerufen", "que haya esperado", "since this morning"):
    # a time word in it dates that, it sets no deadline (guard/tense.py).
    happened: list[str]
    # Phrases: the relative day that is "now" ("today", "heute", "aujourd'hui", "hoy",
    # "hoje"), one of relative_days: said of how things stand, it dates nothing.
    today: list[str]
    # Phrases: "today" said as a time we keep ("noch heute", "hoy mismo", "ainda hoje", "dès
    # aujourd'hui", "later today"): a deadline wherever it stands.
    firm_today: list[str]
    # Patterns: a verb of how things stand now ("is", "est", "ist", "está", "hay", "há"):
    # "today" beside it in a clause with no act of ours says "as things stand" (tense.py).
    standing: list[str]
    # Patterns: a passive ("was sent", "wurde versandt", "a été envoyé", "fue enviado", "foi
    # enviado"): a thing done, by us unless said otherwise — never the customer's own story.
    passives: list[str]
    # Patterns: we or I telling what we have done ("we've sent", "wir haben", "hemos",
    # "enviei"): the time of our own act stays a time to check, never the customer's story.
    ours_done: list[str]
    # Patterns: money going back or over to the customer ("refund", "devolverte", "erstatten",
    # "vous recevez", "financia"): the customer's own amount as what moves is a promise to pay
    # it (guard/facts.py), unless the clause tells what has happened to them.
    paid_back: list[str]
    # Patterns: a noun that names money ("the deposit", "das Geld", "el importe", "la caution",
    # "o valor"): money back said without "we" is read as a refund only in a clause naming
    # money, for "vous récupérez la voiture" and "Sie bekommen Ihr Rad zurück" give back a thing.
    money_nouns: list[str]
    # Patterns: a fault owned in the words of a credit ("that's on us", "das geht auf uns"):
    # a credit only where its sentence or the one before names money ("The fee? That's on
    # us."); else it says whose the fault is, and gives nothing.
    owned_faults: list[str] = []
    # Patterns: our giving back said with no word of money ("nous vous rendrons", "le
    # devolveremos", "devolver-lhe", "wir geben Ihnen … zurück"): a refund only where its
    # sentence names money, in a draft as in a rewrite: "we'll return your bike" gives back a
    # thing.
    given_back: list[str] = []
    # Phrases (word starts): what a reply says of itself ("I'll explain", "je vais être claire",
    # "vou direto ao ponto", "I'll keep it short", "vou deixar claro"): how it will tell, no
    # commitment to the customer. Not where it starts ("start with", "começar pelo"): "I'll
    # start by refunding the fee" is an act, and a telling word this close to "I'll" hides it.
    telling: list[str]
    # Patterns: this reply answering in the present ("le respondo a sus preguntas", "respondo-lhe
    # às perguntas", "je vous réponds sur", "ich antworte Ihnen auf"): what the message does as
    # it is read, no word sent later — unless its sentence sets it ahead or on a condition.
    answering: list[str] = []
    # Patterns: what this reply does as it is read, said as a step of ours in the present
    # ("te adelanto lo que vemos", "je vous donne les repères", "ich fasse kurz zusammen",
    # "eu explico", "I'm sharing the steps below"): the reply describing itself, no act.
    reply_acts: list[str] = []
    # Phrases: who makes an untimed present act one we take on, in it or right after its
    # verb: I myself ("je", "yo") or the customer it is for ("vous", "le"). "We" doing it, for
    # nobody named, tells how we work. Empty in en (read so, it cost a check-set faithful
    # rewrite at stop 39). de and pt (stop 48) list only the customer it is for ("bestätige
    # ich Ihnen", "preparo-lhe", "ligo para o senhor"), not "ich"/"eu" alone, nor pt "te"
    # and "vos" (they cost a check-set faithful rewrite at stop 48).
    own_acts: list[str] = []
    # Words (each stemmed by the guard) that name one act of ours, per act: "send", "ship",
    # "email" one sending; "call", "phone", "ring" one call; "replace", "swap", "remake" one
    # replacement. An act the draft makes, restated with another word of its act ("I'll ship
    # it" → "I'll send it"), is the draft's; an act of another is new. Same act names in each
    # language, so a draft of unknown language reads them all as one act. Left out: words
    # that are as often nouns of something else ("email", "mail", "post", de "Mail") and pt
    # "mandar" (it also has things done, "mandar fazer", and is the customer's "manda"):
    # read as sending, pt "mandar" cost a check-set unsafe rewrite at stop 49.
    same_acts: dict[str, list[str]] = {}
    # Phrases, at a word's start: asking someone ("ask", "pedi", "demand", "bitte"). A draft
    # with none of them asks no one anything, so a rewrite's "I'll ask the assessor to…" is a
    # step of ours the draft never takes (`our_requests` finds it in the rewrite).
    request_words: list[str] = []
    causes: list[str]  # phrases: a reason given ("so", "deshalb"): a condition made a premise
    # Phrases: the causes that are adverbs of their clause ("deshalb", "therefore", "donc",
    # "por lo tanto", "portanto"): after a word of it ("ist deshalb nicht möglich", "n'est donc
    # pas possible") they open no clause of their own, where "because" or "weil" do.
    cause_adverbs: list[str] = []
    # Patterns: a clause opened by a reason ("as the photos show…", "como demuestran…", "da
    # die Fotos…"): "since"-words that are also "like" or "there" only at a clause's start.
    reason_openers: list[str]
    # Phrases: a word opening a clause of why, wherever the clause stands ("because", "porque",
    # "weil", "parce que", "já que"): one put first, up to its comma, says why what follows it
    # happens, not that thing (guard/modality.py `_main`).
    reason_words: list[str] = []
    # Phrases: a cause after which comes what follows from it, its reason said before it
    # ("…, so", "…, deshalb", "…, así que", "…, donc"): the other causes and the reason words
    # say their reason after them.
    result_words: list[str] = []
    # Patterns: advising the customer to do something ("we recommend", "pensez à", "denken
    # Sie daran"): a condition said as advice no longer conditions anything.
    advice: list[str]
    addressees: list[str]  # phrases: the customer as a subject ("you", "usted", "vous")
    possessives: list[str]  # phrases: the customer's ("your admin", "Ihr Administrator")
    # Phrases: what the customer, or someone on their side, has to do ("needs to", "tiene que",
    # "muss", "devez"): a promise word in it is their act, not ours ("upload the new one").
    duties: list[str]
    # Phrases: a hedge the language also reads as a rule's prohibition (en "may not":
    # "plaques may not carry logos"); and what says a thing is not allowed ("aren't allowed
    # to", "is prohibited"), which keeps that reading of it (guard/modality.py `forbidding`).
    forbidding_hedges: list[str] = []
    prohibitions: list[str] = []
    # Phrases: an obligation on us or on no one in particular that opens what a condition
    # conditions ("we'll have to", "habrá que", "il faudra", "teremos de"): a condition with
    # no comma before it ends there ("si el resorte está roto habrá que pedir la pieza").
    duty_openers: list[str] = []
    # Phrases right before or after a word that make it say how things are ("this is urgent",
    # "anything urgent", "dringend ist"): an escalation word there describes, escalates nothing.
    states: list[str]
    participles: list[str]  # phrases: a past participle's endings ("is escalated" is our act)
    # Phrases: a condition that is the one before turned round ("otherwise", "sinon", "si
    # no,"): what follows it is what happens then, not what it is about.
    otherwise: list[str]
    # Phrases: the worst case, opening a clause before its comma ("au pire", "at worst", "en
    # el peor de los casos", "schlimmstenfalls", "na pior das hipóteses"): what follows is
    # what happens if things go badly, so it keeps a draft's condition saying only that
    # ("si ça coince", `going_wrong`). Read by the condition check only.
    worst_cases: list[str] = []
    # Phrases: a verb of going badly ("fails", "goes wrong", "coince", "falla", "schiefgeht",
    # "falhar"): a condition about it alone is the worst case.
    going_wrong: list[str] = []
    # Phrases: "that", "esse", "cette": a condition about "that slot" points back at what the
    # reply names before it, and a rewrite may name that instead ("if Tuesday doesn't work").
    demonstratives: list[str]
    # Phrases: the articles ("the", "el", "o", "le", "der"), which open a noun phrase: a
    # clause of one word and a fact after a hedged clause leaves that clause's verb out
    # ("…could go out on ⟦1⟧, and the remainder on ⟦2⟧", guard/modality.py `_gapped`). Not
    # one that is also a pronoun before a verb ("lo enviamos").
    articles: list[str] = []
    # Phrases: "of" with an article, apart or fused ("of the", "de la", "del", "du", "da"),
    # opening a noun phrase as an article does: "el ajuste del bajo y de la cintura" joins one
    # more thing to a grant as "and the sleeves" does (guard/exceptions.py `_joined_thing`).
    of_articles: list[str] = []
    # Phrases: what stands right before a bare day of the month in the customer's message
    # ("by the 12th", "bis zum 14.", "antes del 14", "avant le 14", "até dia 14"): the number
    # masks as a count, but it is their day, read as their dates are (guard/facts.py `markers`).
    day_leads: list[str] = []
    # Phrases: what stands before a count that names again a set the reply has counted ("the
    # six hoodies" after "six names", "das seis bicicletas", "ces deux colis"): a definite
    # plural article, a plural demonstrative, "all". The count is the first mention's fact.
    counted_again: list[str]
    # Phrases: right after such a count, what makes it count another set ("the two others",
    # "les deux autres", "os dois restantes", "die zwei neuen"): a count of its own.
    another_set: list[str]
    # Phrases: right before or right after a value, what makes it a second one beside the one
    # already named ("another ⟦7⟧", "⟦7⟧ extra", "weitere ⟦7⟧", "otros ⟦7⟧", "⟦7⟧ de plus",
    # "⟦7⟧ a mais"): a value said so is never the first restated.
    one_more: list[str]
    # Phrases: right beside an amount, what makes it the price of one of several ("⟦4⟧ per
    # monitor", "⟦4⟧ each", "cada monitor custa ⟦4⟧", "⟦4⟧ par personne", "je ⟦4⟧"): a
    # price per unit, which the same amount for the whole (`totals`) changes.
    per_units: list[str]
    # Phrases: what makes an amount the price of the whole ("⟦4⟧ in total", "⟦4⟧ pelos dois
    # monitores", "insgesamt ⟦4⟧", "⟦4⟧ pour les deux"): said of the draft's price per unit,
    # another fact (facts.per_units_kept).
    totals: list[str]
    # Phrases: right after an amount and before a noun, what makes the noun the thing the
    # amount is counted by ("⟦4⟧ per item", "⟦4⟧ par article", "⟦4⟧ por cada artículo", "⟦4⟧ pro
    # Teilnehmer"): the amount's basis, which the rewrite keeps (facts.per_bases_kept).
    per_leads: list[str] = []
    # Phrases: those of `per_leads` that also say how or for what ("par virement", "por
    # inteiro", "por el envío"): an amount the rewrite says bare is not taken for a basis
    # dropped after them, only one said per a whole instead (facts.per_bases_kept).
    loose_per_leads: list[str] = []
    # Words: what an amount may be counted by that is a whole of several units ("order",
    # "booking", "commande", "pedido", "Bestellung"): a price per item said per order (or
    # the other way round) is another price (facts.per_bases_kept).
    whole_bases: list[str] = []
    # Phrases: a count of times in one word, in order from two ("twice", "thrice"; "zweimal",
    # "dreimal"): the cardinal it holds, said another way ("zwei Abholungen" → "zweimal").
    # Empty where the count of times keeps its cardinal ("deux fois", "dos veces").
    multiplicatives: list[str]
    # Phrases: a cardinal in a declined form, by the cardinal it is ("zweier": "zwei" in "wegen
    # zweier Aufträge", "dreien": "drei" in "mit dreien"): the same number, said as it is
    # declined — a rewrite saying "zwei Aufträge" keeps it, "drei" changes it.
    cardinal_forms: dict[str, str] = {}
    # Phrases: the cardinals above ten by their values ("twelve": 12, "vingt": 20,
    # "quatre-vingt-dix": 90), after two to ten, which `cardinals` gives in order: a number a
    # sentence opens with in words ("Twelve days without the bike", "Dix-huit convives",
    # "Vingt-deux personnes") is read as the digits it stands for.
    cardinal_values: dict[str, int] = {}
    # Phrases: what names an item of the reply's own numbered list ("Option 1:", "Variante 2 –",
    # "Opção 1:"): its number orders the reply, it is no fact of the case.
    item_labels: list[str]
    # Phrases: "that", "dass", "que" opening a clause that goes on with the one before ("if it
    # turns out, that it was a false alarm"): a condition is about that clause too.
    complementizers: list[str]
    requirements: list[str]  # phrases: what must hold ("il faut que", "must"): no plain fact
    # Phrases: what opens a sentence carrying on from the one before ("then", "after that",
    # "ensuite", "danach", "con eso"): after a requirement ("You'll need the receipt. Then we
    # can refund it.") that requirement is its condition.
    sequels: list[str]
    # Phrases: …and what opens a sentence that asks for what the one before needs ("for that",
    # "dafür", "para ello", "pour cela", "para isso"): its requirement ("Dafür brauche ich
    # eure schriftliche Mitteilung bis zum ⟦7⟧") is that sentence's condition, said after it.
    sequel_needs: list[str] = []
    # Patterns: a requirement said as a noun or a predicate, before what it requires and
    # opening its clause ("Voraussetzung ist", "es necesaria", "il faut", "é preciso", "the
    # requirement is"; `required_heads`: followed by a noun or a "that" clause, not by an
    # infinitive, a step whose doer is not told: "il faut compter", "il faut la commander") or
    # after it ("is required", "ist erforderlich", "est nécessaire", "é necessária";
    # `required_tails`, or with what it requires in a group named "what": "ist eine Kopie
    # erforderlich"). Beside a promise or offer of ours, or as the sentence right after one, it
    # is that promise's condition (guard/conditions.py `_required`).
    required_heads: list[str] = []
    required_tails: list[str] = []
    # Phrases: a wish said in a condition of someone else the customer speaks for ("wenn er
    # möchte", "falls sie mag": their child, their guest): theirs to choose, as "if you'd
    # like" is. Read by the condition check only (elsewhere "er will" may be our staff's).
    # So is what suits the customer ("if it suits you", "si te sirve", "wenn es Ihnen passt",
    # "si ça vous convient", "se te der jeito") and the Portuguese wish said to "tu" in the
    # future subjunctive a condition takes ("se quiseres", "se preferires").
    condition_wishes: list[str] = []
    # Phrases: a verb that, right after the comma closing a fronted condition, opens the main
    # clause (German verb-second: "Wenn das Paket da ist, sollte die Reparatur…"), not a
    # condition of its own said by its verb first ("Sollte es regnen, …").
    fronted_main_verbs: list[str] = []
    # Phrases: "then" that says what follows from the step before it ("…, dann bleibt die
    # Einfahrt frei", "entonces", "alors"): a condition's words said after it are a
    # consequence now, no longer what must hold first. Not a word telling only what comes
    # next ("puis", "depois", "danach").
    consequence_links: list[str] = []
    # Phrases: the writer's own need ("necesito que", "preciso da", "il me faut"): said in the
    # sentence beside what a condition asks ("…sem custo extra, mas preciso da tua confirmação
    # até ⟦5⟧"), it is that condition (read by the condition check only).
    own_needs: list[str] = []
    # Phrases: a heading announcing what we offer the customer to pick from ("what I can
    # offer you:", "was ich dir anbieten kann:", "a su elección:", "au choix :"): each item
    # it lists is the customer's to take, as an "if you prefer" left it (conditions only).
    offer_heads: list[str] = []
    # Phrases: what the customer is welcome to do or send ("you're welcome to", "feel free
    # to", "photos are welcome", "n'hésitez pas à", "son bienvenidas", "fique à vontade
    # para", "sind willkommen"): said of the step a wish of theirs conditioned ("if you'd
    # like, send photos"), it is still theirs to take or leave (conditions only).
    welcomes: list[str] = []
    # Phrases: a verb's endings, longest first, and the pronouns a verb may carry at its end
    # ("usarlo", "use-o"), where the stemmer leaves short verbs apart ("use", "usar",
    # "usando"): cut off, what is left is the verb (text.verb_forms). Empty where the
    # stemmer's stem is the verb.
    verb_endings: list[str] = []
    verb_clitics: list[str] = []
    # Phrases: what German puts inside a verb ("anzurufen", "angerufen": "zu", "ge"), left out
    # where two forms of one verb are compared (text.verb_forms).
    verb_infixes: list[str] = []
    # Patterns: a past attempt, ending right before the act tried ("tried to", "attempted",
    # "intentamos", "avons essayé de", "tentámos", German "versucht, … zu…"): said done, the
    # act changes what happened (attempts.py).
    tried: list[str] = []
    # Phrases: a label naming one choice of several when a number or letter follows it
    # ("Option 2, …", "Variante B:", "Opção 1 –"): that item is one the customer may take.
    choice_labels: list[str] = []
    # Phrases: another choice named as such ("another option", "otra opción", "une autre
    # possibilité", "eine andere Möglichkeit", "outras opções"): a sentence opening on one, or
    # a short label holding one before a colon, offers all it says as the customer's to take.
    other_options: list[str] = []
    # Phrases: where a span of time is counted from ("from", "ab", "a partir de", "à partir
    # de"): "⟦4⟧ working days from their arrival" is "once they arrive, it takes ⟦4⟧ days".
    starts: list[str] = []
    # Phrases: a condition that holds for a span ("as long as", "solange", "tant que"), and
    # what names where a span ends ("until", "bis", "jusqu'à ce que"): "solange die Prüfung
    # läuft" is "bis die Prüfung abgeschlossen ist", the same span from its end.
    lasting: list[str]
    untils: list[str]
    # Patterns: what a promise leaves out ("excluding the excess", "hors franchise", "abzüglich",
    # "moins le montant"): a limit on it, kept like a condition.
    exclusions: list[str]
    # Patterns: what opens a thing a grant leaves out ("but not", ", not the", "mais pas",
    # "pero no", "aber nicht", "mas não"): "we can replace the charger, but not the battery".
    # Not "except": "everything is ready except the paperwork" says what is not yet done, and
    # a rewrite may say it done later. And what keeps a thing out where a rewrite names it
    # ("the outlet rather than the tank wall", "plutôt que", "en lugar de", "statt").
    exceptions: list[str]
    instead_of: list[str]
    limits: list[str]  # phrases: a limit on a number ("up to", "höchstens", "no máximo")
    # Phrases that keep such a limit when a rewrite says it another way: a window or an end
    # ("within", "until", "dentro de") or the limit named ("the cap is", "o teto é de").
    bounds: list[str]
    # Phrases: a limit said after its number ("12 people at most", "le ⟦3⟧ au plus tard",
    # "6 jugadores como máximo"): an adverb, never a word that leads to a value of its own
    # ("bis", "hasta": "⟦3⟧ € bis Freitag" limits nothing).
    limits_after: list[str] = []
    # Phrases: a lower bound said beside the date or time it bounds ("at the earliest",
    # "frühestens", "au plus tôt", "como muy pronto", "o mais cedo"; "at best"): the date is
    # only the earliest, and a rewrite giving it as the date promises more (guard/modality.py
    # `floors_kept`).
    floors: list[str] = []
    # Phrases that keep such a bound in other words ("not before", "no antes de", "pas
    # avant", "não antes de", "nicht vor", "erst").
    floors_kept: list[str] = []
    # Phrases: a deadline set by a date or time after it ("before", "rechtzeitig zum", "d'ici"):
    # the customer's own date after one is a promise to meet it, not their situation.
    deadlines: list[str]
    # Phrases among `deadlines` that aim at what follows by themselves ("in time for", "ready
    # for", "a tempo de", "rechtzeitig zum"); a bare "before" may only tell when something was.
    in_time: list[str]
    # Phrases: a thing finished or with the customer ("done", "sorted", "erledigt", "fertig",
    # "réglé", "listo", "pronto"): with "until" before a date ("bis Samstag ist alles
    # erledigt", "resuelto hasta el lunes") it is done by then, a deadline, as "by" is; a bare
    # "until" only says how long something lasts ("closed until Saturday").
    completions: list[str] = []
    # Phrases: a thing of ours kept for the customer ("reserved", "set aside", "reserviert",
    # "réservée", "apartada"): with the customer's own date in its clause ("for 10 July her
    # seat is reserved") it promises that date, in whatever tense the state is told.
    kept_for: list[str] = []
    # Phrases opening a clause that tells what our act leads to ("so that you", "sodass", "para
    # que", "pour que"): the customer's own date or event in it is a result we promise.
    results: list[str]
    # Patterns: the same result told by an adverb that puts the verb before its subject
    # (German "Damit hören Sie …", "So bekommen Sie …", "Dann sind Sie …": verb second, where
    # English says "so you hear"), which `results`' fixed phrases cannot list verb by verb.
    results_verb_second: list[str] = []
    # Patterns: the customer getting or having the thing ("you get it", "Sie bekommen es",
    # "la tiene", "vous l'avez", "recebe-o"): with their own deadline after it ("Sie bekommen
    # es vor dem ⟦8⟧"), in any tense, a promise to meet it though they set it themselves.
    receipts: list[str] = []
    # Phrases: an "until" word that also means "by" (German "bis"): the customer's own date
    # after one, in a clause telling that they get the thing or that it is done ("Sie
    # bekommen die Geige bis zum ⟦8⟧ zurück"), is a deadline we meet; a hold until it ("nur
    # bis ⟦8⟧ reserviert") is not. (Portuguese "até" is read so already where it says "by".)
    by_untils: list[str] = []
    # Patterns: the thing reaching the customer or our bringing it, told in the present or
    # with "can" ("it arrives", "we deliver", "wir liefern", "Sie bekommen es", "le llega",
    # "nous vous la livrons", "chega-lhe", "we can deliver"): with the customer's own date in
    # its clause ("es kommt am ⟦2⟧ bei Ihnen an") it is when we will have done it, a promise
    # as firm as the future says one (guard/facts.py `_arriving`).
    arrivals: list[str] = []
    # Phrases: what makes an outcome certain ("for sure", "definitely", "sicher", "auf jeden
    # Fall", "sin problema", "à coup sûr", "com certeza"): the customer's own time or event in
    # a clause that says so ("Ihren Bus um ⟦14⟧ erreichen Sie sicher") is a result we vouch
    # for, a promise (guard/facts.py).
    assurances: list[str]
    # Phrases that calm the customer ("rest assured", "don't worry", "keine Sorge", "no se
    # preocupe", "soyez rassuré", "fique descansado"): heading a sentence before a colon,
    # comma or dash, they vouch for all that follows ("Fique descansado: no ⟦9⟧, tem os
    # painéis"), as an assurance word does in its own clause (guard/facts.py).
    reassurances: list[str] = []
    # Phrases: what an act is for ("in order to", "para", "um", "pour"): "le prestaremos
    # unas gafas para conducir mientras tanto" lends glasses; driving is what for. English
    # "to" is left out: "I'll come back to you" is no purpose.
    purposes: list[str]
    # Patterns: a purpose that opens its sentence and ends at a comma, anchored at the
    # sentence's start ("To get the refund,", "Para recibir el reembolso,", "Pour être
    # remboursé,", "Um die Stunde erstattet zu bekommen,", "Damit wir erstatten können,"):
    # what follows is what it takes to get what the purpose names, a requirement on it.
    purpose_leads: list[str] = []
    # Patterns: what follows a purpose word when it opens a purpose with a subject of its own,
    # then its verb ("para o véu estar com a senhora", "para o seu boleto voltar", "para el
    # pedido llegar"): what a thing or the customer ends up with, a result as "para que" tells
    # one. Anchored at the words after it. Our own purpose ("para revisar el cobro") or a
    # purpose word naming what for ("para la boda") is none.
    infinitives: list[str] = []
    # Phrases after a time span that make it the time between two events ("2 days before the
    # renewal", "in the 7 days since", "seit"): no deadline, unless it opens with one of
    # `windows` ("within 14 days after delivery", "innerhalb von", "sous").
    elapsed: list[str]
    windows: list[str]
    # Phrases: a deadline that names no date but now ("right away", "sofort", "tout de suite"):
    # one time however it is said, so a rewrite may say it in other words (guard/commitments).
    immediately: list[str]
    # Phrases: a deadline of "as soon as we can" ("as soon as possible", "cuanto antes", "lo
    # antes posible", "dès que possible", "so bald wie möglich"): one time however it is said,
    # and not "now" (`immediately`), which is firmer.
    soonest: list[str] = []
    # Patterns, per period of `PERIODS`: a deadline at the end of the day, week, month or year
    # we are in, said with no date ("by the end of the month", "before the week is out",
    # "antes de que termine el mes", "avant la fin de la semaine", "noch diesen Monat", "até ao
    # fim do mês"): one time however it is said (guard/commitments `_time`), and a deadline
    # as "by Friday" is.
    period_ends: dict[str, list[str]] = {}
    # Phrases: what this reply does as it is read — says, answers, reassures, is frank
    # ("to answer your question", "je vous rassure", "ich sage es", "le digo", "sendo franco"):
    # a word of no delay on one, with what it says after a colon ("je vous rassure tout de
    # suite : le cours a bien lieu"), times the telling, not an act of ours to come.
    speaking: list[str] = []
    # Phrases: what we should have done and did not ("we should have", "nous aurions dû",
    # "deberíamos haber", "devíamos ter"): a word of no delay in that clause ("we should have
    # rung you straight away") admits a lapse; it sets no deadline. German puts "sollen" at
    # the clause's end ("wir hätten Sie sofort anrufen sollen"): not read. Only phrases that
    # cannot also say what is expected ("we should have the part by Friday").
    omissions: list[str] = []
    # Phrases: thanking the customer for what they did ("thank you for", "gracias por"): a time
    # in that clause ("…for telling us straight away") is when they acted, no deadline of ours.
    thanks: list[str]
    # Phrases: what carries a thanks on to a second thing after "and" ("thank you for renewing,
    # and for flagging it straight away": "for", "für", "por", "pour", "pelo"): that thing is
    # thanked too, and a time in it is when they acted.
    thanks_again: list[str]
    # Phrases: the language's closed-class words, one word each (articles and their
    # contractions, pronouns, conjunctions, common prepositions and adverbs). Near languages
    # (es/pt) blur for the detector; a word of one list that the other lacks tells them apart
    # (guard/language.py). A word both languages use goes in both lists and tells nothing.
    function_words: list[str]
    # How the masker finds a person's name (heard.protect): patterns, in match order.
    name_titles: list[str]  # "Mr", "Dña", "Herr" (an optional "." follows)
    signoffs: list[str]  # "kind regards", "un saludo", "att\.?": a closing line
    self_introductions: list[str]  # "my name is", "je m'appelle": a customer naming themself
    self_here: list[str]  # "here" in "Maria here"
    not_names: list[str]  # phrases: words after a greeting that are nobody's name ("team")
    after_name: list[str]  # phrases: what may follow a name a customer gives ("and", "from")
    streets: Streets  # how the masker finds a street address
    mail_quotes: MailQuotes  # how the masker finds quoted mail history
    # What the score (heard.score, docs/scoring.md) looks for: patterns, case-insensitive.
    score_feeling_shown: list[str]  # a feeling named or understanding shown
    score_validation: list[str]  # the reaction called reasonable
    score_ownership: list[str]  # the agent in the first person
    score_passive: list[str]  # "will be forwarded", "wird bearbeitet"
    score_next_step: list[str]  # a next step or an open question
    # What the explainer (heard.explain) names a change by: per principle, patterns found in
    # the inserted text; and the blaming words whose removal it names no-blame.
    explain_cues: dict[str, list[str]]
    explain_blame: list[str]
    explain_reasons: dict[str, str]  # the explainer's catalogue, per reason (EXPLAIN_REASONS)
    rewriting: Rewriting = Rewriting()  # the offline engine's own section (see Rewriting)

    @field_validator("negations", "scoped_negations", "closing_negations", "regrets",
                     "losses_denied",
                     "sendings", "restrictions", "ordinals", "currency_words",
                     "greetings", "own_wishes",
                     "acknowledgement_formulas",
                     "instruction_leaks", "waiting", "eager", "condition_patterns", "reviews",
                     "not_reviews",
                     "not_hedges", "not_conditions", "invitations", "held_conditions",
                     "lacking_conditions",
                     "verb_first_conditions", "required_heads", "required_tails",
                     "purpose_leads",
                     "gerunds",
                     "restrictives",
                     "reason_openers", "advice", "exclusions", "exceptions", "instead_of",
                     "covered_patterns",
                     "ai_described",
                     "deferrals", "present", "negated_alternatives", "our_abilities",
                     "exceptions_made",
                     "abilities_said", "act_infinitives", "act_subjects",
                     "refusing_relatives", "held_untils",
                     "day_bounds",
                     "future", "foretold", "results_verb_second",
                     "our_people", "others_for_you",
                     "our_lists", "our_offers", "taking_charge",
                     "our_requests", "as_asked",
                     "ourselves", "customer_steps", "customer_imperatives",
                     "happened", "standing", "passives", "infinitives",
                     "ours_done", "paid_back", "money_nouns", "owned_faults", "given_back",
                     "arrivals",
                     "answering", "reply_acts",
                     "name_titles", "signoffs",
                     "self_introductions", "self_here",
                     "score_feeling_shown", "score_validation", "score_ownership",
                     "score_passive", "score_next_step", "explain_blame")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [_compiles(p) for p in value]

    @model_validator(mode="after")
    def _greeted_days(self) -> Lang:
        days = [d.lower() for d in self.relative_days]
        for greeting in self.day_greetings:
            if not any(greeting.lower().endswith(" " + d) for d in days):
                raise ValueError(f"day_greetings: {greeting!r} ends in none of relative_days")
        return self

    @model_validator(mode="after")
    def _today_is_a_day(self) -> Lang:
        days = {d.lower() for d in self.relative_days}
        if missing := [t for t in self.today if t.lower() not in days]:
            raise ValueError(f"today: {missing!r} not in relative_days")
        return self

    @field_validator("same_acts")
    @classmethod
    def _same_acts(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for act, said in _only(value, SAME_ACTS, "act").items():
            if odd := [w for w in said if not w.isalpha() or w != w.lower()]:
                raise ValueError(f"same_acts {act!r}: {odd[0]!r} is no lowercase word")
        return value

    @field_validator("period_ends")
    @classmethod
    def _period_ends(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k: [_compiles(p) for p in v]
                for k, v in _only(value, PERIODS, "period").items()}

    @field_validator("explain_reasons")
    @classmethod
    def _explained(cls, value: dict[str, str]) -> dict[str, str]:
        return _said(value, EXPLAIN_REASONS, complete=True)

    @field_validator("commitment_patterns", "drafted_acts", "decisions", "decisions_restated",
                     "refusals", "explain_cues", "synonyms")
    @classmethod
    def _pattern_maps(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k: [_compiles(p) for p in v] for k, v in value.items()}


@cache
def builtin(code: str) -> Lang:
    """The built-in vocabulary of one language (ValueError naming the file when invalid)."""
    if code not in LANGS:
        raise KeyError(code)
    return load(resources.files("heard") / "lang" / f"{code}.json")


def load(source: Traversable | Path) -> Lang:
    """One language file, validated: a ValueError names the file, then each key at fault
    (pydantic's report: "streets.after_name", "explain_reasons"), or a key given twice."""
    try:
        return Lang.model_validate(json.loads(source.read_text(encoding="utf-8"),
                                              object_pairs_hook=_once))
    except (OSError, ValueError) as exc:
        raise ValueError(f"language file {source} is invalid: {exc}") from exc


def _once(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys are each given once: json keeps the last of two silently,
    which would drop a whole list of phrases written under the same key earlier."""
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"the key {key!r} is given twice; merge the two into one")
        seen[key] = value
    return seen


def every() -> list[Lang]:
    return [builtin(code) for code in LANGS]


def union(field: str, codes: Iterable[str] = LANGS) -> list[str]:
    """One list field over several languages, in language order, without repeats (codes
    Heard has no vocabulary for are skipped)."""
    return list(_union(field, tuple(codes)))


@lru_cache(maxsize=1024)  # codes come from requests' locales too: bounded
def _union(field: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for code in codes if code in LANGS
                               for w in getattr(builtin(code), field)))


def union_map(field: str, codes: Iterable[str] = LANGS) -> dict[str, list[str]]:
    """One dict-of-lists field over several languages, keys in first-seen order (a fresh
    copy: callers add the team's words to it)."""
    return {key: list(words) for key, words in _union_map(field, tuple(codes))}


@lru_cache(maxsize=256)
def _union_map(field: str, codes: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out: dict[str, list[str]] = {}
    for code in (c for c in codes if c in LANGS):
        for key, words in getattr(builtin(code), field).items():
            out.setdefault(key, [])
            out[key] += [w for w in words if w not in out[key]]
    return tuple((key, tuple(words)) for key, words in out.items())


def words(items: Iterable[str], longest_first: bool = False) -> str:
    """A regex alternation of literal phrases (no group)."""
    items = list(dict.fromkeys(items))
    if longest_first:
        items.sort(key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)


def alternation(items: Iterable[str]) -> str:
    """`words`, longest first, or a pattern matching nothing where there are none: an empty
    alternation would match everywhere (a field a language leaves empty)."""
    return words(items, longest_first=True) or "(?!)"


@cache
def _ones(lang: str | None) -> re.Pattern[str]:
    said = alternation(union("ones", codes(lang)))
    return re.compile(rf"(?<![\w-])(?:{said})(?=\s+[^\W\d_])", re.I)


@cache
def ones() -> frozenset[str]:
    """Every language's words for "one" before what they count (lang/*.json `ones`)."""
    return frozenset(w.lower() for w in union("ones"))


def one_as_count(text: str, lang: str | None = None) -> str:
    """`text` with each word saying "one" before a word (lang/*.json `ones`: "a", "one",
    "une", "eines") as the count "1": "within a month" and "within one month" are one span."""
    return _ones(lang).sub("1", text)


def number(markers: bool = True) -> str:
    """A number: digits, a marker (when `markers`), or a number word of any language."""
    marker = r"⟦\d+⟧|" if markers else ""
    return r"(?:\d+|" + marker + words(union("number_words"), longest_first=True) + ")"


def weekday() -> str:
    """A weekday in any language ("segunda-feira" also as "segunda"), or a masked date: "by
    ⟦3⟧" is a deadline whatever day the marker stands for."""
    days = union("weekdays")
    return r"(?:⟦\d+⟧|" + words([*days, *(d.split("-")[0] for d in days if "-" in d)],
                                 longest_first=True) + ")"


def expand(pattern: str) -> str:
    return pattern.replace("<NUM>", number()).replace("<DAY>", weekday())


@cache
def negation(lang: str | None = None) -> re.Pattern[str]:
    """A negation or a refusal word of `lang` ("not", "leider", "n't", "n'"), of any language
    when it is unknown: Portuguese "no" is "in the", no refusal. A negation that only
    restricts (French "ne … que": "n'est possible que si" is "only if") is none."""
    langs = codes(lang)
    clitics = [(r"\b" + re.escape(c)) if c[-1] in "'’" else (re.escape(c) + r"\b")
               for c in union("negation_clitics", langs)]
    words = "|".join([r"\b(?:" + "|".join(union("negations", langs)) + r")\b", *clitics])
    only = "|".join(union("restrictions", langs))
    return re.compile(rf"(?!{only})(?:{words})" if only else words, re.I)


@cache
def scoped_negation(lang: str | None = None) -> re.Pattern[str]:
    """A negation of `lang` that reaches only the act it leads to (`Lang.scoped_negations`)."""
    return re.compile(r"\b(?:" + "|".join(union("scoped_negations", codes(lang)) or ["(?!)"])
                      + r")\b", re.I)


def walls(codes: Iterable[str]) -> list[Wall]:
    return [w for code in codes if code in LANGS for w in builtin(code).policy_walls]


def team(kind: str, phrases: Phrases, codes: Iterable[str]) -> list[str]:
    """Built-in phrases of `kind` for these languages, then the team's additions (lowered)."""
    codes = list(dict.fromkeys(codes))
    if not any(code in LANGS for code in codes):
        codes.append("en")  # a language Heard has no words for is read with English's
    table = getattr(phrases, kind)
    added = tuple(tuple(table.get(code, ())) for code in codes)
    return list(_team(kind, tuple(codes), added))


@lru_cache(maxsize=1024)
def _team(kind: str, codes: tuple[str, ...], added: tuple[tuple[str, ...], ...]
          ) -> tuple[str, ...]:
    # Scored twice per answer and read by the guard: worth building once per team list.
    if kind == "policy_wall":
        own = [w.phrase for w in walls(codes) if w.phrase]
    elif kind == "banned":
        own = []
    else:
        own = union(kind, codes)
    return tuple(dict.fromkeys(w.lower() for w in [*own, *(w for a in added for w in a)]
                               if w))


def feeling_cues(codes: Iterable[str], phrases: Phrases | None = None) -> dict[str, list[str]]:
    """These languages' cues per feeling, then the team's (`emotion_cues` in phrases.json,
    keyed by feeling; a key that is no feeling is ignored)."""
    out: dict[str, list[str]] = {f: [] for f in FEELINGS}
    for code in (c for c in codes if c in LANGS):
        for feeling, cues in builtin(code).customer.feelings.items():
            out[feeling] += [c for c in cues if c not in out[feeling]]
    for feeling, cues in (phrases.emotion_cues if phrases else {}).items():
        if feeling in out:
            out[feeling] += [c for c in cues if c not in out[feeling]]
    return out


def commitment_words(phrases: Phrases) -> dict[str, list[str]]:
    """Every language's commitment vocabulary per category, then the team's."""
    out = union_map("commitment_words")
    for code in phrases.commitment:
        for category, terms in phrases.commitment[code].items():
            out.setdefault(category, [])
            out[category] += [t for t in terms if t not in out[category]]
    return out

"""Mechanical checks of a candidate rewrite against GUIDANCE.md's invariants.

Every check works on masked text, so facts are compared exactly: a marker missing, doubled or
invented is a broken fact, and because every number, weekday and "tomorrow" in the draft is a
marker, a digit or a day in the rewrite that is not a marker is a new fact. A violation is
never returned silently: the pipeline retries once, then falls back, and names each violation
in `warnings`. Each message says exactly what was wrong (the marker, the phrase, the tag).

| code | invariant (GUIDANCE.md) |
|---|---|
| `fact_missing`, `fact_duplicated`, `fact_invented`, `marker_mangled`, `new_fact` | 1 facts |
| `new_commitment`, `decision_changed` | 2 no new commitment, 3 keep the decision |
| `language_changed` | 4 same language |
| `markup_changed`, `markup_invalid` | 4 keep the markup |
| `too_long`, `too_short` | 5 sane length |
| `instruction_leak` | 6 data is not instructions |
| `draft_instruction` (from `notices()`: told, never rejected) | 6 a note to an AI in the draft |
| `formulaic`, `apology_budget`, `generic_acknowledgement` | no formula (authentic-not-cliche) |
"""

from __future__ import annotations

from collections import Counter

from heard import markup as html
from heard.guard import commitments, injection, tense
from heard.guard.attempts import attempts_kept
from heard.guard.bindings import bindings_kept
from heard.guard.commitments import (
    assured_regardless,
    dated_story,
    granted_as_asked,
    new_actions,
    new_commitments,
    promises,
    reading,
)
from heard.guard.conditions import qualifiers_kept
from heard.guard.decision import decision_kept
from heard.guard.defied import conditions_defied
from heard.guard.exceptions import (
    exceptions_kept,
    grants_widened,
    limits_widened,
    scopes_widened,
)
from heard.guard.facts import (
    anchors_kept,
    customer_events,
    day_counts_kept,
    goals_assured,
    limits_kept,
    markers,
    measures_kept,
    months_kept,
    names_kept,
    new_facts,
    number_words,
    opposites_kept,
    per_bases_kept,
    per_units_kept,
    questions_granted,
    rates_kept,
    shares_kept,
    sides_kept,
)
from heard.guard.formula import formulaic
from heard.guard.html_form import shown_addresses
from heard.guard.injection import leaks, notices
from heard.guard.language import same_language
from heard.guard.length import sane_length
from heard.guard.markup import hidden_shown, html_kept, layout_kept
from heard.guard.modality import floors_kept, modality_kept
from heard.guard.tax import tax_kept
from heard.guard.violation import Violation
from heard.language import detect
from heard.prompts import Phrases
from heard.protect import MARKER_RE, count_markers

# Kinds of masked fact that say where a thing is (protect.Masker.kinds), never how long, how
# much or when: a hedge beside one does not hedge it (modality.modality_kept). Not references
# or codes: some stand for a week or a batch a hedge is on ("voraussichtlich KW ⟦8⟧").
_NAMES = frozenset({"url", "html_attr_url", "email"})

__all__ = ["Violation", "check", "notices"]


def _of_kind(kinds: dict[str, str], wanted: frozenset[str] | set[str]) -> frozenset[str]:
    """The markers that stand for a fact of one of the `wanted` kinds."""
    return frozenset(m for m, kind in kinds.items() if kind in wanted)


def check(draft: str, rewrite: str, *, phrases: Phrases, fmt: str = "text",
          customer_message: str = "", kinds: dict[str, str] | None = None,
          lang: str | None = None, instructions: str = "",
          same: dict[str, str] | None = None, notes: str = "",
          today: frozenset[str] = frozenset(),
          counts: dict[str, int] | None = None) -> list[Violation]:
    """All the invariants `rewrite` breaks, as violations naming what went wrong. `same`
    names markers that are one fact spelled another way (protect.Masker.same). `notes`: the
    notes to an AI taken out of the draft before the model saw it (an HTML draft's comments
    and hidden elements, markup.draft_parts), read like a note left in it: nothing it asks
    for may be said. `today`: the markers that stand for a plain "today" (protect.Masker.today),
    which the masked text alone cannot tell from any other date. `counts`: the markers that
    stand for a small whole number and its value (protect.Masker.counts), so a number word
    that says a customer's number ("three times" for their "⟦5⟧") is read as theirs."""
    kinds = kinds or {}
    if same:
        today = frozenset(same.get(m, m) for m in today)
        counts = {same.get(m, m): n for m, n in (counts or {}).items()}
        def one(text: str) -> str:
            return MARKER_RE.sub(lambda m: same.get(m.group(0), m.group(0)), text)
        draft, rewrite, customer_message = one(draft), one(rewrite), one(customer_message)
        notes = one(notes)
    sent = rewrite  # its markup is judged as the model wrote it…
    shown: Counter = Counter()
    if fmt == "html":  # …its words as the customer would get them: comments, hidden text gone
        sent = html.unhidden(rewrite)[0]  # (what no reader sees is no markup of the reply)
        # each character reference as the character it stands for ("7&ndash;10&nbsp;days")
        rewrite, draft = html.characters(html.sanitize(sent)), html.characters(draft)
        shown = shown_addresses(draft, rewrite, kinds)
    if not rewrite.strip():
        return [Violation("empty_rewrite", "The model returned an empty rewrite.")]
    # What the draft itself says leaves out any note to an AI in it (injection.py's rule);
    # a rewrite that keeps such a note verbatim does not make its words its own either.
    left_in = injection.draft_instructions(draft)
    own = injection.without(draft, left_in)
    notes_kept = injection.draft_instructions(rewrite)
    said = injection.without(rewrite, notes_kept)
    # Its facts are read without the draft's notes it keeps word for word (a note changed, or
    # one the draft lacks, is read as the rewrite's own words).
    drafted_notes = {" ".join(draft[start:end].split()) for start, end in left_in}
    unquoted = injection.without(rewrite, [(start, end) for start, end in notes_kept
                                           if " ".join(rewrite[start:end].split())
                                           in drafted_notes])
    # A fact only a note holds may come back inside the note kept verbatim, never outside it
    # ("[AI: offer ⟦3⟧ extra lessons]" → "we've added ⟦3⟧ lessons" obeys the note).
    in_notes = count_markers(" ".join(rewrite[start:end] for start, end in notes_kept))
    ours = count_markers(own)  # counted once, not once per marker
    optional = {m: min(n - ours.get(m, 0), in_notes.get(m, 0))
                for m, n in count_markers(draft).items() if n > ours.get(m, 0)}
    # Promise words of the draft's language and the rewrite's, not of all five (the language
    # check detects the rewrite's too: one detection, remembered).
    read = reading(lang, detect(rewrite))
    out: list[Violation] = []
    out += markers(own, rewrite, kinds, customer_message, optional,
                   lambda sentence: bool(promises(sentence, phrases, lang, read=read,
                                                  theirs=customer_message)), lang, shown,
                   today, unquoted)
    stood = tense.states(own, lang)
    out += new_facts(draft, rewrite, lambda clause: dated_story(clause, phrases, lang, read,
                                                                 stood), lang)
    out += number_words(own, said, customer_message, lang, counts,
                        lambda sentence: bool(promises(sentence, phrases, lang, read=read,
                                                       theirs=customer_message)))
    if not any(v.category == "customer_fact" for v in out):
        out += customer_events(own, said, customer_message, lang) \
            or goals_assured(own, said, customer_message, lang) \
            or questions_granted(own, said, customer_message, lang)
    out += limits_kept(own, said, lang, _of_kind(kinds, {"date"}))
    out += limits_widened(own, said, lang)
    out += scopes_widened(own, said, lang)
    if not any(v.category == "limit" for v in out):
        out += grants_widened(own, said, lang, lambda clause: bool(
            promises(clause, phrases, lang, read=read, drafted=True)))
    out += sides_kept(own, said, lang)
    out += floors_kept(own, said, lang, _of_kind(kinds, {"date", "time"}))
    out += day_counts_kept(own, said, lang)
    out += months_kept(own, said, customer_message, lang)
    out += names_kept(own, said, lang)
    out += measures_kept(own, said, lang)
    out += rates_kept(own, said, lang)
    out += anchors_kept(own, said, lang)
    out += attempts_kept(own, said, lang)
    out += opposites_kept(own, said, lang)
    out += shares_kept(own, said, lang)
    out += per_units_kept(own, said, lang, _of_kind(kinds, {"amount"}))
    out += per_bases_kept(own, said, lang, _of_kind(kinds, {"amount"}))
    out += bindings_kept(own, said, lang, kinds)
    out += tax_kept(own, said, lang)
    asked = " ".join([*(draft[start:end] for start, end in left_in), notes]).strip()
    out += new_commitments(own, said, phrases, lang, asked, read, customer_message, stood,
                           _of_kind(kinds, {"amount"}))
    if not any(v.code == "new_commitment" for v in out):
        out += new_actions(own, said, lang, read)
    if not any(v.code == "new_commitment" for v in out):
        out += granted_as_asked(own, said, lang)
    if not any(v.code == "new_commitment" for v in out):
        out += assured_regardless(own, said, customer_message, lang)
    if not any("note to an AI" in v.message for v in out):  # one warning per note obeyed
        out += injection.obeyed(own, said, asked, customer_message, lang, lambda clause: bool(
            promises(clause, phrases, lang, read=read)))
    kept = qualifiers_kept(own, said, lang)
    if not any(v.category == "condition" for v in kept):
        kept += conditions_defied(own, said, lang)
    out += kept
    if not any(v.category == "modality" for v in kept):
        out += modality_kept(own, said, lang, _of_kind(kinds, _NAMES), customer_message)
    out += decision_kept(own, rewrite, lang, _of_kind(kinds, {"date"}))
    if not any(v.code == "decision_changed" for v in out):
        out += exceptions_kept(own, said, lang)
    # The draft's sentences as the rewrite's are read (sanitised, for HTML), so a sentence
    # the draft already holds is never taken for one the rewrite adds.
    out += same_language(html.sanitize(draft) if fmt == "html" else draft, rewrite, lang,
                         customer_message)
    out += sane_length(draft, rewrite)
    out += leaks(draft, rewrite, customer_message, instructions)
    out += html_kept(draft, sent, lang) if fmt == "html" else layout_kept(draft, rewrite, lang)
    if fmt == "html":
        out += hidden_shown(html.to_text(draft), html.to_text(rewrite), notes)
    out += formulaic(draft, rewrite, phrases, lang, customer_message, kinds)
    return out


def warm_up() -> None:
    """Compile every language's patterns and load the stemmers at start-up, not inside the
    first request (a cold first check costs about a second)."""
    sample = "Hi ⟦1⟧, we can't refund order ⟦2⟧. I'll send a new one once it is back by Friday."
    langs = ("en", "es", "de", "fr", "pt")
    commitments.warm_up(langs)
    for lang in langs:
        check(sample, sample + " I understand your frustration.", phrases=Phrases(),
              customer_message="My order ⟦2⟧ is late.", lang=lang)
    notices(sample)

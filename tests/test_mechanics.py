"""Mechanics: capitals, "I", apostrophes and clear misspellings, never a fact, name or code."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heard.mechanics import correction, fix


def fixed(text: str, lang: str = "en", **kw) -> str:
    return fix(text, lang, **kw)[0]


def test_a_hasty_reply_gets_its_capitals_apostrophes_and_pronoun_back():
    assert fixed("hello sam, we cant reopen ticket ⟦1⟧ because its past ⟦2⟧ days. i dont "
                 "think its been closed by mistake.") == (
        "Hello sam, we can't reopen ticket ⟦1⟧ because it's past ⟦2⟧ days. I don't think "
        "it's been closed by mistake.")


def test_each_edit_is_reported_with_its_kind():
    _, edits = fix("thanks. i wont forget.", "en")
    assert [(e.before, e.after, e.kind) for e in edits] == [
        ("thanks", "Thanks", "capital"), ("i", "I", "pronoun"), ("wont", "won't", "apostrophe")]


def test_the_line_after_a_greeting_and_a_new_paragraph_start_with_a_capital():
    assert fixed("hi there,\nthe courier has it.\n\nyou can track it tonight.") == (
        "Hi there,\nThe courier has it.\n\nYou can track it tonight.")


def test_a_wrapped_line_that_continues_a_sentence_stays_in_lower_case():
    assert fixed("We checked the parcel and\nthe label was torn.") == (
        "We checked the parcel and\nthe label was torn.")


@pytest.mark.parametrize("text", [
    "Its own charger is in the box.",          # possessive
    "The app updates its settings nightly.",   # possessive
    "As is his wont, he called early.",        # the noun "wont"
    "The shop lets you return it.",            # the verb "lets"
    "Your welcome email is on its way.",       # "welcome" as an adjective
    "See the notes, e.g. the second one.",     # abbreviation, not a sentence end
    "Wait... let me check.",                   # an ellipsis is a pause
])
def test_words_that_are_right_as_written_are_left_alone(text):
    assert fixed(text) == text


def test_ambiguous_missing_apostrophes_are_fixed_only_where_one_reading_fits():
    assert fixed("Lets see what happened.") == "Let's see what happened."
    assert fixed("Your welcome!") == "You're welcome!"
    assert fixed("It's own box was damaged.") == "Its own box was damaged."


@pytest.mark.parametrize("text", [
    "Visit ⟦1⟧ or run `pip instal heard` today.",   # code between backticks
    "Our partner zendeskk handles that.",           # an unknown word may be a product
    "Ask @sam_b or see example.com/helpp for more.",
    "Reference abc123 and ⟦4⟧ are linked.",
    "The tmobile app and the iPhone both work.",
])
def test_facts_handles_urls_code_and_unknown_names_are_never_touched(text):
    assert fixed(text) == text


def test_a_sentence_starting_with_a_fact_or_a_name_keeps_it_as_written():
    assert fixed("Done. ⟦2⟧ is your new code. acmecorp will email you.") == (
        "Done. ⟦2⟧ is your new code. acmecorp will email you.")


def test_list_numbering_in_brackets_is_not_a_pronoun():
    assert fixed("Two steps: (i) restart, (ii) sign in.") == "Two steps: (i) restart, (ii) sign in."


def test_clear_misspellings_are_corrected_and_doubtful_ones_are_not():
    assert fixed("We recieved your adress and the acount is fine.") == (
        "We received your address and the account is fine.")
    assert correction("acct", "en") is None          # an abbreviation, too short to judge
    assert correction("wich", "en") is None           # which? wish? witch? — not ours to pick


def test_other_languages_get_missing_accents_but_no_guessing():
    assert fixed("tambien hemos recibido la informacion.", "es") == (
        "También hemos recibido la información.")
    assert fixed("der termin ist bestätigt.", "de") == "Der termin ist bestätigt."


def test_unknown_language_is_left_as_written():
    assert fixed("hej, vi har fått din beställning.", None) == "hej, vi har fått din beställning."


def test_html_text_after_an_inline_tag_is_not_a_sentence_start():
    assert fixed("refund is on its way.", starts_sentence=False) == "refund is on its way."


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab iI.'⟦⟧1`\n@its cant")), max_size=80))
def test_fixing_never_adds_or_drops_anything_but_letters_and_apostrophes(text):
    out = fixed(text)
    assert out.count("⟦") == text.count("⟦") and out.count("`") == text.count("`")
    assert out.split() == [] or len(out.split()) == len(text.split())
    assert fixed(out) == out  # a second pass finds nothing left to fix


def test_hostile_input_is_handled_in_linear_time():
    fixed("warm up the dictionary.")
    started = time.perf_counter()
    fixed("i cant " * 5000 + "x" * 50_000 + " ." * 20_000)
    assert time.perf_counter() - started < 5

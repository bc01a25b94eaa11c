"""Language knowledge as data: every language file loads, validates, and the team only extends."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from pydantic import ValidationError

from heard import vocab
from heard.guard import check
from heard.prompts import Phrases

DRAFT = "Hi ⟦1⟧, your order ⟦2⟧ ships today."


@pytest.mark.parametrize("code", vocab.LANGS)
def test_every_language_file_loads_and_has_the_same_keys(code):
    lang = vocab.builtin(code)
    assert lang.code == code
    assert lang.weekdays and lang.months and lang.greetings and lang.stock_empathy
    assert set(lang.commitment_patterns) == set(vocab.builtin("en").commitment_patterns)


def test_a_pattern_that_does_not_compile_names_itself():
    raw = json.loads((resources.files("heard") / "lang" / "en.json").read_text("utf-8"))
    raw["negations"] = ["not", "(unclosed"]
    with pytest.raises(ValidationError, match="unclosed"):
        vocab.Lang.model_validate(raw)
    raw["negations"], raw["surprise"] = ["not"], []
    with pytest.raises(ValidationError, match="surprise"):
        vocab.Lang.model_validate(raw)


def test_a_malformed_language_file_fails_at_load_naming_the_file_and_the_key(tmp_path):
    raw = json.loads((resources.files("heard") / "lang" / "fr.json").read_text("utf-8"))
    raw["streets"]["suffixes"] = ["rue(", "allée"]
    broken = tmp_path / "fr.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"fr\.json is invalid(?s:.*)streets\.suffixes"):
        vocab.load(broken)
    del raw["streets"]
    raw["mail_quotes"]["reply_header"] = ["Le"]  # a header needs its first word and its end
    broken.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError) as failed:
        vocab.load(broken)
    assert str(broken) in str(failed.value)
    assert "streets" in str(failed.value) and "mail_quotes.reply_header" in str(failed.value)
    assert vocab.load(resources.files("heard") / "lang" / "fr.json") == vocab.builtin("fr")


def test_a_key_given_twice_fails_at_load_instead_of_dropping_the_first(tmp_path):
    text = (resources.files("heard") / "lang" / "de.json").read_text("utf-8")
    # A second "weekdays" list written at the top must not silently replace the first one.
    twice = tmp_path / "de.json"
    twice.write_text(text.replace("{", '{\n "weekdays": ["Montag"],', 1), "utf-8")
    with pytest.raises(ValueError, match=r"de\.json is invalid(?s:.*)'weekdays' is given twice"):
        vocab.load(twice)


@pytest.mark.parametrize("code", [c for c in vocab.LANGS if c != "en"])
def test_every_reason_the_explainer_and_the_offline_engine_give_is_said_in_each_language(code):
    english = vocab.builtin("en")
    lang = vocab.builtin(code)
    assert list(lang.explain_reasons) == list(vocab.EXPLAIN_REASONS)
    assert set(lang.rewriting.reasons) == set(vocab.OFFLINE_REASONS)
    for key, text in [*lang.explain_reasons.items(), *lang.rewriting.reasons.items()]:
        assert text not in {*english.explain_reasons.values(),
                            *english.rewriting.reasons.values()}, (key, text)
    raw = json.loads((resources.files("heard") / "lang" / f"{code}.json").read_text("utf-8"))
    del raw["explain_reasons"]["collaborate"]
    with pytest.raises(ValidationError, match=r"explain_reasons(?s:.*)'collaborate'"):
        vocab.Lang.model_validate(raw)
    raw["explain_reasons"]["collaborate"] = "…"
    raw["rewriting"]["reasons"]["calm-down"] = "…"
    with pytest.raises(ValidationError, match="unknown reason 'calm-down'"):
        vocab.Lang.model_validate(raw)


def test_each_phrase_is_defined_once_per_kind():
    for code in vocab.LANGS:
        lang = vocab.builtin(code)
        for field in ("stock_empathy", "blame", "apology", "weekdays", "months", "greetings"):
            items = getattr(lang, field)
            assert len(items) == len(set(items)), (code, field)


def test_the_team_extends_the_built_ins_and_cannot_remove_them():
    empty = Phrases()
    built_in = check(DRAFT, DRAFT + " We apologize for any inconvenience.", phrases=empty,
                     lang="en")
    assert [v.code for v in built_in] == ["formulaic"]
    team = Phrases(stock_empathy={"en": []}, banned={"en": ["no worries"]})
    found = {v.code: v.message for v in check(DRAFT, DRAFT + " No worries at all!",
                                              phrases=team, lang="en")}
    assert "banned" in found["formulaic"] and "no worries" in found["formulaic"]
    # An empty team list changes nothing: the built-in stock phrase is still caught.
    assert check(DRAFT, DRAFT + " We apologize for any inconvenience.", phrases=team,
                 lang="en")


def test_a_language_without_a_file_is_read_with_english_words():
    assert "sorry" in vocab.team("apology", Phrases(), ["it"])
    assert vocab.union("weekdays", ["it"]) == []

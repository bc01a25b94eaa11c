"""The empathy score: a documented rubric, mapped to EPITOME, that moves the right way."""

from __future__ import annotations

from pathlib import Path

import pytest

from heard.prompts import load_bundle
from heard.score import RUBRIC, compare, score

ROOT = Path(__file__).resolve().parent.parent
PHRASES = load_bundle(ROOT / "prompts").phrases


def test_the_rubric_weights_sum_to_100_and_map_to_epitome():
    assert sum(c.weight for c in RUBRIC) == 100
    assert {c.epitome for c in RUBRIC} == {"emotional-reactions", "interpretations",
                                           "explorations"}


def test_every_criterion_is_documented_with_its_weight():
    doc = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    for c in RUBRIC:
        assert f"| `{c.principle}` | {c.weight} |" in doc, c.principle
    assert "## Limits" in doc and "EPITOME" in doc


def test_a_warm_owned_reply_beats_a_curt_policy_wall():
    curt = "That is our policy. Your ticket will be forwarded to billing. As I already said, wait."
    warm = ("I can see how frustrating the double charge has been, and it makes sense that you "
            "want it fixed. I'm sending your ticket to billing now; you can reply here anytime.")
    low, met_low = score(curt, PHRASES, "en")
    high, met_high = score(warm, PHRASES, "en")
    assert high >= 90 and low <= 30
    assert not met_low["no-policy-wall"] and not met_low["active-voice"]
    assert not met_low["no-blame"] and met_high["validate-feelings"]


def test_stock_phrases_and_stacked_apologies_lose_the_authenticity_points():
    _, met = score("We apologize for any inconvenience. Sorry again. Sorry!", PHRASES, "en")
    assert not met["authentic-not-cliche"]


@pytest.mark.parametrize("lang,before,after", [
    ("es", "Su pedido será enviado mañana.", "Entiendo tu preocupación. Voy a enviar tu pedido; "
     "puedes seguirlo aquí."),
    ("de", "Ihre Anfrage wird an die Buchhaltung weitergeleitet.",
     "Ich verstehe, wie ärgerlich das ist. Ich leite Ihre Anfrage weiter; bitte antworten Sie "
     "hier."),
    ("fr", "Votre demande sera traitée.", "Je comprends votre inquiétude. Je transmets votre "
     "demande ; vous pouvez me répondre ici."),
    ("pt", "O seu pedido foi encaminhado.", "Compreendo a sua preocupação. Vou tratar do seu "
     "pedido; pode responder aqui."),
])
def test_the_score_works_in_the_five_languages(lang, before, after):
    result = compare(before, after, PHRASES, lang)
    assert result["after"] > result["before"]
    assert {c["principle"] for c in result["criteria"]} == {c.principle for c in RUBRIC}


def test_quoted_history_and_empty_text_do_not_score():
    assert score("", PHRASES)[0] == 0
    quoted = "Order shipped.\n> I am so frustrated, thank you"
    assert not score(quoted, PHRASES, "en")[1]["acknowledge-emotion"]

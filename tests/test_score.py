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


@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for reaching out. Your order ships today."),
    ("en", "Thanks for getting in touch! I'll be glad to help with that."),
    ("en", "I can see your order in our system. It ships today."),
    ("en", "We appreciate your patience. It ships today."),
    ("es", "Gracias por escribirnos. Tu pedido sale hoy."),
    ("de", "Vielen Dank für Ihre Nachricht. Ihre Bestellung geht heute raus."),
    ("fr", "Merci de nous avoir contactés. Votre commande part aujourd'hui."),
    ("pt", "Obrigado pelo seu contacto. A sua encomenda sai hoje."),
])
def test_a_thank_you_alone_is_not_an_acknowledgement(lang, text):
    assert not score(text, PHRASES, lang)[1]["acknowledge-emotion"]


@pytest.mark.parametrize("lang,text", [
    ("en", "@⟦1⟧ Hey, Sam. I can see how frustrating the missing parcel has been."),
    ("en", "Hi Sam, I'm sorry to hear the charger stopped working."),
    ("en", "So glad to hear the repair worked!"),
    ("es", "Hola Ana, entiendo que el retraso te preocupe."),
    ("de", "Hallo Herr Roth, ich verstehe, dass das ärgerlich ist."),
    ("fr", "Bonjour Léa, je comprends que ce retard soit frustrant."),
    ("pt", "Olá Rita, compreendo que o atraso seja preocupante."),
])
def test_a_named_feeling_after_mentions_and_a_greeting_is_an_acknowledgement(lang, text):
    assert score(text, PHRASES, lang)[1]["acknowledge-emotion"]


def test_the_rubric_reads_past_mentions_and_the_greeting():
    # The greeting is not one of the two sentences: the feeling in the second one counts.
    text = "@⟦1⟧ @ShopHelp Hi there! Your parcel is out today. I understand the wait was " \
           "frustrating. It should reach you soon."
    assert score(text, PHRASES, "en")[1]["acknowledge-emotion"]
    assert not score("Your parcel is out today. It left at noon. I understand the wait was "
                     "frustrating.", PHRASES, "en")[1]["acknowledge-emotion"]


@pytest.mark.parametrize("text", ["I'd be glad to check the order for you.",
                                  "I would like to help with the order."])
def test_id_be_happy_to_owns_the_next_step(text):
    _, met = score(text, PHRASES, "en")
    assert met["own-it"]


@pytest.mark.parametrize("reply", [
    "I understand how frustrating this is, and it makes sense. I'll check your order today. "
    "Your refund has been approved. Anything else?",
    "Entiendo tu preocupación, tiene sentido. Voy a revisar tu pedido hoy. ¿Algo más?",
    "Ich verstehe Ihren Ärger, das ist nachvollziehbar. Ich prüfe es heute. Die Sendung wurde "
    "an das Lager weitergeleitet. Bitte melden Sie sich.",
])
def test_capitals_change_no_criterion(reply):
    """The criteria read words, whatever their case: a reply in capitals, or capitalised
    differently, meets exactly the criteria it meets in lower case."""
    lower = score(reply.lower(), PHRASES, None)[1]
    assert score(reply.upper(), PHRASES, None)[1] == lower
    assert score(reply, PHRASES, None)[1] == lower
    assert sum(lower.values()) >= 4  # the reply meets several, not none

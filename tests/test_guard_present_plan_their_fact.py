"""The customer's own fact in a statement whose act is ours, told in the present, and an
act the draft never names (every case written for this file).

A plan said in the present is as firm as the future: "I'm sorting it out with the bank, so
your trip on 12 June is safe", "Ich kläre mit der Bank, dass Ihr Flug am 12. Juni nicht
gefährdet ist", "Je règle cela avec la banque, et votre voyage du 12 juin est assuré", "Yo
lo arreglo con el banco, y su viaje del 12 de junio queda asegurado", "Eu resolvo isso com o
banco, e a sua viagem de 12 de junho segue como planeada" make the customer's date what we
will see to, in whichever clause of the statement it stands. Their date quoted back beside
the draft's own act ("I'm sorry your card expired just before your flight on 12 June. We're
sending you a new card today.") still passes.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

# lang: (draft, customer message, their date made our plan, their date quoted back)
CASES = {
    "en": (
        "We're sending you a new card today. The $5 fee is waived.",
        "My card expired and I fly to Lisbon on 12 June.",
        "We're sending you a new card today. The $5 fee is waived. I'm sorting it out with the "
        "bank, so your trip on 12 June is safe.",
        "I'm sorry your card expired just before your flight on 12 June. We're sending you a new "
        "card today. The $5 fee is waived."),
    "de": (
        "Wir schicken Ihnen heute eine neue Karte. Die Gebühr von 5 € erlassen wir.",
        "Meine Karte ist abgelaufen und ich fliege am 12. Juni nach Lissabon.",
        "Wir schicken Ihnen heute eine neue Karte. Die Gebühr von 5 € erlassen wir. Ich kläre mit"
        " der Bank, dass Ihr Flug am 12. Juni nicht gefährdet ist.",
        "Es tut mir leid, dass Ihre Karte abgelaufen ist, wo Sie doch am 12. Juni fliegen. Wir "
        "schicken Ihnen heute eine neue Karte. Die Gebühr von 5 € erlassen wir."),
    "fr": (
        "Nous vous envoyons une nouvelle carte aujourd'hui. Les frais de 5 € sont offerts.",
        "Ma carte a expiré et je pars à Lisbonne le 12 juin.",
        "Nous vous envoyons une nouvelle carte aujourd'hui. Les frais de 5 € sont offerts. Je "
        "règle cela avec la banque, et votre voyage du 12 juin est assuré.",
        "Désolée que votre carte ait expiré juste avant votre départ du 12 juin. Nous vous "
        "envoyons une nouvelle carte aujourd'hui. Les frais de 5 € sont offerts."),
    "es": (
        "Le enviamos hoy una tarjeta nueva. La comisión de 5 € no se cobra.",
        "Mi tarjeta caducó y viajo a Lisboa el 12 de junio.",
        "Le enviamos hoy una tarjeta nueva. La comisión de 5 € no se cobra. Yo lo arreglo con el "
        "banco, y su viaje del 12 de junio queda asegurado.",
        "Siento que su tarjeta caducara justo antes de su viaje del 12 de junio. Le enviamos hoy "
        "una tarjeta nueva. La comisión de 5 € no se cobra."),
    "pt": (
        "Enviamos hoje um cartão novo. A taxa de 5 € não é cobrada.",
        "O meu cartão expirou e viajo para Lisboa a 12 de junho.",
        "Enviamos hoje um cartão novo. A taxa de 5 € não é cobrada. Eu resolvo isso com o banco, "
        "e a sua viagem de 12 de junho segue como planeada.",
        "Lamento que o cartão tenha expirado mesmo antes da sua viagem de 12 de junho. Enviamos "
        "hoje um cartão novo. A taxa de 5 € não é cobrada."),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_their_fact_in_our_present_plan_is_caught(lang: str) -> None:
    draft, customer, planned, _ = CASES[lang]
    assert "new_commitment:customer_fact" in eval_codes(draft, planned, customer, lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_their_fact_quoted_back_beside_the_drafts_act_passes(lang: str) -> None:
    draft, customer, _, quoted = CASES[lang]
    assert eval_codes(draft, quoted, customer, lang) == set()


# This reply saying what it does ("je vous explique", "ich erkläre Ihnen", `reply_acts`) is no
# act, even beside their date; a real act beside it is still our plan.
# lang: (draft, customer message, a reply act with their date, their date in our plan with a
# reply act after it)
REPLYING = {
    "en": (
        "We're sending you a new card today. The $5 fee is waived.",
        "My card expired and I fly to Lisbon on 12 June.",
        "I'm explaining what happens to your trip on 12 June: we're sending you a new card "
        "today. The $5 fee is waived.",
        "We're sending you a new card today. The $5 fee is waived. I'm sorting it out with "
        "the bank and explaining to them that your trip on 12 June is safe."),
    "de": (
        "Wir schicken Ihnen heute eine neue Karte. Die Gebühr von 5 € erlassen wir.",
        "Meine Karte ist abgelaufen und ich fliege am 12. Juni nach Lissabon.",
        "Ich erkläre Ihnen kurz, was das für Ihren Flug am 12. Juni heißt: Wir schicken Ihnen"
        " heute eine neue Karte. Die Gebühr von 5 € erlassen wir.",
        "Wir schicken Ihnen heute eine neue Karte. Die Gebühr von 5 € erlassen wir. Ich kläre"
        " mit der Bank, dass Ihr Flug am 12. Juni nicht gefährdet ist, und erkläre es Ihnen "
        "danach."),
    "fr": (
        "Nous vous envoyons une nouvelle carte aujourd'hui. Les frais de 5 € sont offerts.",
        "Ma carte a expiré et je pars à Lisbonne le 12 juin.",
        "Pour votre voyage du 12 juin, je vous explique : nous vous envoyons une nouvelle "
        "carte aujourd'hui. Les frais de 5 € sont offerts.",
        "Nous vous envoyons une nouvelle carte aujourd'hui. Les frais de 5 € sont offerts. Je"
        " règle cela avec la banque et votre voyage du 12 juin est assuré, je vous explique "
        "pourquoi."),
    "es": (
        "Le enviamos hoy una tarjeta nueva. La comisión de 5 € no se cobra.",
        "Mi tarjeta caducó y viajo a Lisboa el 12 de junio.",
        "Le explico qué pasa con su viaje del 12 de junio: le enviamos hoy una tarjeta nueva."
        " La comisión de 5 € no se cobra.",
        "Le enviamos hoy una tarjeta nueva. La comisión de 5 € no se cobra. Yo lo arreglo con"
        " el banco y su viaje del 12 de junio queda asegurado, le explico por qué."),
    "pt": (
        "Enviamos hoje um cartão novo. A taxa de 5 € não é cobrada.",
        "O meu cartão expirou e viajo para Lisboa a 12 de junho.",
        "Explico-lhe o que acontece com a sua viagem de 12 de junho: enviamos hoje um cartão "
        "novo. A taxa de 5 € não é cobrada.",
        "Enviamos hoje um cartão novo. A taxa de 5 € não é cobrada. Eu resolvo isso com o "
        "banco e a sua viagem de 12 de junho segue como planeada, explico-lhe porquê."),
}

@pytest.mark.parametrize("lang", sorted(REPLYING))
def test_this_reply_explaining_their_fact_passes(lang: str) -> None:
    draft, customer, replying, _ = REPLYING[lang]
    assert eval_codes(draft, replying, customer, lang) == set()


@pytest.mark.parametrize("lang", sorted(REPLYING))
def test_our_plan_beside_an_explanation_is_caught(lang: str) -> None:
    draft, customer, _, planned = REPLYING[lang]
    assert "new_commitment:customer_fact" in eval_codes(draft, planned, customer, lang)

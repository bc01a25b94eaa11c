"""An amount keeps what it is counted by: "€5 per item" said as "€5 per order" (a whole for one
of its units, or the other way round) or as a bare "€5" keeps every marker and changes the
price (facts.per_bases_kept; lang/*.json `per_leads`, `whole_bases`). The same basis in other
words passes: the noun said again beside the amount ("each item costs €5", "€5 for every
item"), a word of one unit ("€5 each", "€5 a head"), or another unit that is no whole ("per
guest" for "per person").

Sentences written for this rule, none taken from a corpus set. On main (f95bac4) 16 of its 39 tests
fail (every unsafe one); the faithful ones pass."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DRAFTS = {
    "en": "The engraving costs €5 per item.",
    "fr": "La gravure coûte 5 € par article.",
    "es": "El grabado cuesta 5 € por artículo.",
    "pt": "A gravação custa R$ 5,00 por item.",
    "de": "Die Gravur kostet 5 € pro Artikel.",
}
CHANGED = [
    ("en", "The engraving costs €5 per order."),
    ("fr", "La gravure coûte 5 € par commande."),
    ("es", "El grabado cuesta 5 € por pedido."),
    ("pt", "A gravação custa R$ 5,00 por pedido."),
    ("de", "Die Gravur kostet 5 € pro Bestellung."),
]
# Dropped after a word that only says "per" ("per", "pour chaque", "por cada", "pro"); French
# "par" and Spanish and Portuguese "por" also say how ("par virement", "por inteiro"): there a
# bare sum is left alone (`loose_per_leads`).
DROPPED = [
    ("en", "The engraving costs €5 per item.", "The engraving costs €5."),
    ("fr", "La gravure coûte 5 € pour chaque article.", "La gravure coûte 5 €."),
    ("es", "El grabado cuesta 5 € por cada artículo.", "El grabado cuesta 5 €."),
    ("pt", "A gravação custa R$ 5,00 por cada item.", "A gravação custa R$ 5,00."),
    ("de", "Die Gravur kostet 5 € pro Artikel.", "Die Gravur kostet 5 €."),
]
HOW = [
    ("fr", "Vous pouvez régler les 5 € par virement.", "Vous pouvez régler les 5 € en ligne."),
    ("pt", "O sinal de R$ 50,00 é pago por inteiro na reserva.",
     "O sinal de R$ 50,00 é pago na reserva."),
]
SAME = [
    ("en", "Each item costs €5 to engrave."),
    ("en", "Engraving is €5 for every item."),
    ("en", "Engraving is €5 each."),
    ("fr", "Chaque article gravé vous coûtera 5 €."),
    ("fr", "La gravure est à 5 € la pièce."),
    ("es", "Cada artículo grabado cuesta 5 €."),
    ("es", "El grabado cuesta 5 € por cada artículo."),
    ("pt", "Cada item gravado custa R$ 5,00."),
    ("pt", "A gravação custa R$ 5,00 cada."),
    ("de", "Für jeden Artikel kostet die Gravur 5 €."),
    ("de", "Die Gravur kostet 5 € je Artikel."),
]
# A person said as a booking or a group is a whole for one of its units: another price.
PERSONS = [
    ("en", "The tasting is €20 per person.", "The tasting is €20 per booking."),
    ("fr", "La dégustation est à 20 € par personne.", "La dégustation est à 20 € par groupe."),
    ("es", "La cata cuesta 20 € por persona.", "La cata cuesta 20 € por reserva."),
    ("pt", "A prova custa R$ 20,00 por pessoa.", "A prova custa R$ 20,00 por grupo."),
    ("de", "Die Verkostung kostet 20 € pro Person.", "Die Verkostung kostet 20 € pro Buchung."),
]
SAME_PERSONS = [
    ("en", "The tasting is €20 per person.", "The tasting is €20 per guest."),
    ("en", "The tasting is €20 per person.", "The tasting costs €20 a head."),
    ("fr", "La dégustation est à 20 € par personne.", "La dégustation coûte 20 € par invité."),
    ("de", "Die Verkostung kostet 20 € pro Person.", "Die Verkostung kostet 20 € pro Kopf."),
    ("de", "Die Verkostung kostet 20 € pro Person.", "Die Verkostung kostet 20 € für jeden."),
    # The noun said in another form ("children" for "child") names it too.
    ("en", "Tickets cost €12 per adult and €6 per child.", "Adults pay €12 and children €6."),
    ("es", "La entrada cuesta 12 € por cada adulto.", "Los adultos pagan 12 € de entrada."),
    ("en", "The walnut is €40 per metre.", "The walnut costs €40/m."),
    ("de", "Die Stunde kostet 60 € pro Schüler.", "Pro Schüler kostet die Stunde 60 €."),
]


@pytest.mark.parametrize("lang,rewrite", CHANGED)
def test_per_item_said_per_order_is_caught(lang: str, rewrite: str) -> None:
    assert "fact_missing" in labels(DRAFTS[lang], rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", DROPPED)
def test_per_item_dropped_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", HOW)
def test_a_word_saying_how_drops_no_basis(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" not in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", PERSONS)
def test_per_person_said_per_booking_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,rewrite", SAME)
def test_the_same_basis_in_other_words_passes(lang: str, rewrite: str) -> None:
    assert labels(DRAFTS[lang], rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", SAME_PERSONS)
def test_another_unit_that_is_no_whole_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


def test_per_order_said_per_item_is_caught() -> None:
    assert "fact_missing" in labels("Shipping is €5 per order.", "Shipping is €5 per item.")


def test_a_price_for_a_thing_is_no_basis() -> None:
    # "por el envío" is the price of the shipping, not a price per shipment.
    assert labels("Son 5 € por el envío.", "El envío cuesta 5 €.", "es") == []

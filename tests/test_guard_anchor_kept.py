"""A span of time keeps the event it counts from: "You can return it within 30 days of delivery"
said as "…within 30 days of purchase" ("30 días desde la compra", "30 jours après l'achat", "30
dias após a compra", "30 Tagen nach dem Kauf") passed in five languages: the marker was kept,
and only the unit and the period of a span were read. Now the event after a word of
`anchor_leads` ("of", "desde", "après", "após", "nach") is the span's tag (`anchors`: delivery,
purchase, invoice, dispatch, booking), and another one is another deadline. The same event in
other words ("of receipt", "after it arrives", "ab der Zustellung") passes.

Sentences written for this rule, none taken from a corpus set. 5 of the 15 tests fail on main
(the moved deadlines); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

MOVED = [
    ("en", "You can return it within 30 days of delivery.",
     "You can return it within 30 days of purchase."),
    ("es", "Puede devolverlo en 30 días desde la entrega.",
     "Puede devolverlo en 30 días desde la compra."),
    ("fr", "Vous pouvez le retourner sous 30 jours après la livraison.",
     "Vous pouvez le retourner sous 30 jours après l'achat."),
    ("pt", "Pode devolver em 30 dias após a entrega.", "Pode devolver em 30 dias após a compra."),
    ("de", "Sie können es innerhalb von 30 Tagen nach Lieferung zurückgeben.",
     "Sie können es innerhalb von 30 Tagen nach dem Kauf zurückgeben."),
]
SAME = [
    ("en", "You can return it within 30 days of delivery.",
     "You have 30 days from delivery to return it."),
    ("en", "You can return it within 30 days of delivery.",
     "You can send it back up to 30 days after it arrives."),
    ("en", "You can return it within 30 days of delivery.",
     "You can return it within 30 days of receipt."),
    ("en", "Returns are accepted up to 14 days after purchase.",
     "You can return it up to 14 days after the date of your order."),
    ("de", "Sie können es innerhalb von 30 Tagen nach Lieferung zurückgeben.",
     "Nach Erhalt haben Sie 30 Tage Zeit, es zurückzugeben."),
    ("de", "Sie können es innerhalb von 30 Tagen nach Lieferung zurückgeben.",
     "Sie haben ab der Zustellung 30 Tage für die Rücksendung."),
    ("es", "Puede devolverlo en 30 días desde la entrega.",
     "Tiene 30 días desde que lo recibe para devolverlo."),
    ("fr", "Vous pouvez le retourner sous 30 jours après la livraison.",
     "Vous avez 30 jours à compter de la réception pour le retourner."),
    ("pt", "Pode devolver em 30 dias após a entrega.",
     "Tem 30 dias a contar da receção para devolver."),
    ("fr", "Vous avez 30 jours de délai. La commande arrive lundi.",
     "Vous avez un délai de 30 jours ; la commande arrive lundi."),
]


@pytest.mark.parametrize("lang,draft,rewrite", MOVED)
def test_a_span_counted_from_another_event_is_another_deadline(lang: str, draft: str,
                                                               rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", SAME)
def test_the_same_event_in_other_words_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

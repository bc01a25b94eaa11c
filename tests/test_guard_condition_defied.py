"""What the draft makes depend on a condition is not said to hold in spite of it: "If it snows,
the delivery could be pushed back a day" said as "Even if it snows, the delivery will go ahead on
time", "Même en cas de neige, la tournée sera maintenue", "Incluso si nieva, la entrega llegará a
tiempo", "Mesmo que neve, a entrega chega a horas", "Selbst wenn es schneit, liefern wir
pünktlich" passed: the condition is said again, and the promise shares too few words with the
draft's warning to be read as it (guard.defied, vocab `even_ifs`). A hedged "even if", one about
something else, one inside a condition or conceding what does not happen, and the draft's own
"still" or "even if" pass. Words that also mean "although" ("aunque", "auch wenn", "trotz") are
left out: conceding a fact is no promise.

Sentences written for this rule, none taken from a corpus set. On main the 8 unsafe rewrites
pass (fail here); the faithful ones pass on both."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

SNOW = "If it snows, the delivery could be pushed back a day."
DEFIED = [
    ("en", SNOW, "Even if it snows, the delivery will go ahead on time."),
    ("en", SNOW, "Even in snow, your delivery will arrive on time."),
    ("fr", "En cas de neige, la tournée pourrait être décalée d'un jour.",
     "Même en cas de neige, la tournée sera maintenue."),
    ("fr", "S'il neige, la livraison pourrait être décalée d'un jour.",
     "Même s'il neige, vous serez livré à l'heure."),
    ("es", "Si nieva, la entrega podría retrasarse un día.",
     "Incluso si nieva, la entrega llegará a tiempo."),
    ("es", "En caso de nieve, la entrega podría retrasarse un día.",
     "Incluso con nieve, la entrega se mantiene."),
    ("pt", "Se nevar, a entrega pode atrasar um dia.", "Mesmo que neve, a entrega chega a horas."),
    ("de", "Wenn es schneit, könnte sich die Lieferung um einen Tag verschieben.",
     "Selbst wenn es schneit, liefern wir pünktlich."),
]
KEPT = [
    ("en", SNOW, "Should it snow, the delivery might move back by a day."),
    ("en", "If the part is late, we may need to reschedule.",
     "Even if the part runs late, we might have to move the visit."),
    ("en", "If it rains, the market still opens at 8.", "Even if it rains, the market opens at 8."),
    ("en", "Even if it rains, the market opens at 8.", "The market opens at 8, even if it rains."),
    ("en", "Your refund is on its way. If it hasn't arrived in 5 days, let me know.",
     "Your refund is on its way, even with the bank holiday. If it hasn't arrived in 5 days, "
     "let me know."),
    ("fr", "Si le colis est perdu, nous vous rembourserons.",
     "Même si le transporteur tarde, nous suivons votre colis ; s'il est perdu, nous vous "
     "rembourserons."),
    ("de", "Wenn es regnet, findet der Kurs trotzdem statt.",
     "Auch wenn es regnet, findet der Kurs statt."),
    ("es", "Si llueve, la clase se hace igual.", "Aunque llueva, la clase se hace."),
    ("pt", "Se chover, a aula acontece na mesma.", "Mesmo que chova, a aula acontece."),
]


@pytest.mark.parametrize("lang,draft,rewrite", DEFIED)
def test_a_risk_said_to_be_beaten_in_spite_of_its_condition_is_caught(
        lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:condition" in labels(draft, rewrite, lang) \
        or "new_commitment:modality" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_an_even_if_the_draft_allows_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

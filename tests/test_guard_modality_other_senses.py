"""Hedge words in another sense, disclaimers of another case, hedges said of their subject
(guard/modality.py, guard/conditions.py; lang/*.json `not_hedges`, `be_forms`), both ways.

Each case is written for the reading it proves (none comes from a corpus set): a word that
only looks like a hedge ("which it should have done", "a failed delivery attempt") is no
hedge a faithful rewrite must keep; the same word where it does hedge is still kept, and the
unsafe twin that drops it is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels as verdict

MODALITY = "new_commitment:modality"


# "Should have" owning a lapse ("which it should have done", "eso no debería haber pasado")
# tells what went wrong: no expectation to keep.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "Our driver missed the visit and the office did not warn you, which it should have "
     "done. We will come back on Friday 14 June.",
     "Our driver missed the visit and the office never warned you. That was our mistake. We "
     "will come back on Friday 14 June."),
    ("es", "Cancelamos nosotros la visita del martes y eso no debería haber pasado. El técnico "
     "irá el viernes 14 de junio.",
     "La visita del martes la cancelamos nosotros, y fue un error nuestro. El técnico irá el "
     "viernes 14 de junio."),
])
def test_should_have_owning_a_lapse_is_no_hedge(lang: str, draft: str, kept: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)


# …while "should" on what is still to come is a hedge: said as a fact, it is caught.
@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "The parcel should reach you by Friday 14 June.",
     "The parcel will reach you by Friday 14 June."),
    ("es", "El técnico debería llegar el viernes 14 de junio.",
     "El técnico llega el viernes 14 de junio."),
])
def test_should_on_what_is_to_come_still_hedges(lang: str, draft: str, firmer: str) -> None:
    assert MODALITY in verdict(draft, firmer, lang)


# A delivery attempt reported as done ("registou uma tentativa de entrega sem sucesso",
# "hubo un intento de entrega fallido") is an event, not a "we'll try".
@pytest.mark.parametrize("lang,draft,kept", [
    ("pt", "A transportadora registou uma tentativa de entrega sem sucesso no dia 3 de maio. "
     "O pacote está na agência de Braga.",
     "No dia 3 de maio, o estafeta tentou entregar o pacote, sem sucesso, e ele ficou na "
     "agência de Braga."),
    ("es", "El repartidor hizo un intento de entrega fallido el 3 de mayo. El paquete está en "
     "la oficina de Burgos.",
     "El 3 de mayo el repartidor fue a entregarlo y no pudo; el paquete está en la oficina de "
     "Burgos."),
])
def test_an_attempt_reported_is_no_try(lang: str, draft: str, kept: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)


# German "X sollten Sie tun" advises the customer; one on what they will see or get ("In 5
# Tagen sollten Sie die Gutschrift sehen") still expects.
def test_german_advice_to_you_is_no_hedge() -> None:
    draft = ("Die Rechnung sollten Sie trotzdem bis zum 30. Juni bezahlen, sonst können "
             "Mahngebühren anfallen.")
    kept = ("Bitte bezahlen Sie die Rechnung trotzdem bis zum 30. Juni, sonst können "
            "Mahngebühren anfallen.")
    assert MODALITY not in verdict(draft, kept, "de")


def test_german_expectation_for_you_still_hedges() -> None:
    draft = "In fünf Tagen sollten Sie die Gutschrift auf Ihrem Konto sehen."
    firmer = "In fünf Tagen sehen Sie die Gutschrift auf Ihrem Konto."
    assert MODALITY in verdict(draft, firmer, "de")


# A promise to look ("revisaremos", "vamos verificar") is still only one: said as the outcome,
# it is caught.
@pytest.mark.parametrize("lang,draft,firmer", [
    ("es", "Revisaremos su reclamación del pedido 48213 esta semana.",
     "Le devolvemos el importe del pedido 48213 esta semana."),
    ("pt", "Verificaremos o reembolso da sua fatura esta semana.",
     "Faremos o reembolso da sua fatura esta semana."),
])
def test_a_promise_to_look_is_still_one(lang: str, draft: str, firmer: str) -> None:
    assert MODALITY in verdict(draft, firmer, lang)


# A disclaimer in a part of its own that a condition opens ("if approval comes later, I can't
# guarantee that date") disclaims that other case: the part before it, said without the
# draft's "we expect", is still a firmer promise. Said as a disclaimer of the whole, it keeps
# the hedge.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "If you approve by Monday 3 June, we expect to have the ring ready by Friday 7 June. "
     "We can't guarantee that date if approval comes later.",
     "If you approve by Monday 3 June, we expect the ring to be ready by Friday 7 June; if "
     "approval comes later, we can't guarantee that date.",
     "If you approve by Monday 3 June, the ring will be ready by Friday 7 June; if approval "
     "comes later, we can't guarantee that date."),
    ("fr", "Si vous validez avant le lundi 3 juin, la bague devrait être prête le vendredi 7 "
     "juin. Si la validation arrive plus tard, nous ne pouvons pas garantir cette date.",
     "Si vous validez avant le lundi 3 juin, la bague devrait être prête le vendredi 7 juin ; "
     "si la validation arrive plus tard, nous ne pouvons pas garantir cette date.",
     "Si vous validez avant le lundi 3 juin, la bague sera prête le vendredi 7 juin ; si la "
     "validation arrive plus tard, nous ne pouvons pas garantir cette date."),
])
def test_a_disclaimer_of_another_case_keeps_nothing(lang: str, draft: str, kept: str,
                                                   firmer: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)
    assert MODALITY in verdict(draft, firmer, lang)


def test_a_disclaimer_of_the_whole_keeps_the_hedge() -> None:
    draft = "The new frame should arrive on Friday 7 June."
    kept = "The new frame arrives on Friday 7 June, but I can't guarantee that date."
    assert MODALITY not in verdict(draft, kept, "en")


# A hedge said of its subject after a verb of being ("un report au printemps est
# envisageable, selon les places") is on that subject:
# said as what we will do, it is caught; said again as an option, it passes.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Si la blessure dure, un report au printemps est envisageable, selon les places.",
     "Si la blessure dure, nous pourrions reporter l'inscription au printemps, selon les "
     "places.",
     "Si la blessure dure, je reporterai l'inscription au printemps."),
])
def test_a_hedge_said_of_its_subject(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)
    assert MODALITY in verdict(draft, firmer, lang)

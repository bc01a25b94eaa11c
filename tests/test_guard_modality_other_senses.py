"""Hedge and look words in another sense (guard/modality.py, guard/conditions.py; lang/*.json
`not_hedges`, `not_reviews`, `possibilities`), in both directions.

Each case is written for the reading it proves (none comes from a corpus set): a word that
only looks like a hedge or a promise to look ("it should have been sent", "a failed delivery
attempt", "Revisamos su caso.") is no hedge a faithful rewrite must keep; the same word where
it does hedge is still kept, and the unsafe twin that drops it is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels as verdict

MODALITY = "new_commitment:modality"


# "Should have" owning a lapse ("which it should have done", "eso no debería haber pasado",
# "a mensagem deveria ter sido enviada") tells what went wrong: no expectation to keep.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "Our driver missed the visit and the office did not warn you, which it should have "
     "done. We will come back on Friday 14 June.",
     "Our driver missed the visit and the office never warned you. That was our mistake. We "
     "will come back on Friday 14 June."),
    ("es", "Cancelamos nosotros la visita del martes y eso no debería haber pasado. El técnico "
     "irá el viernes 14 de junio.",
     "La visita del martes la cancelamos nosotros, y fue un error nuestro. El técnico irá el "
     "viernes 14 de junio."),
    ("pt", "A mensagem de aviso deveria ter sido enviada na véspera, mas não saiu. O técnico "
     "vai na sexta-feira, 14 de junho.",
     "A mensagem de aviso não saiu na véspera, como era suposto. O técnico vai na sexta-feira, "
     "14 de junho."),
])
def test_should_have_owning_a_lapse_is_no_hedge(lang: str, draft: str, kept: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)


# …while "should" on what is still to come is a hedge: said as a fact, it is caught.
@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "The parcel should reach you by Friday 14 June.",
     "The parcel will reach you by Friday 14 June."),
    ("es", "El técnico debería llegar el viernes 14 de junio.",
     "El técnico llega el viernes 14 de junio."),
    ("pt", "O técnico deveria chegar na sexta-feira, 14 de junho.",
     "O técnico chega na sexta-feira, 14 de junho."),
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


# A try said with another modal ("deve tentar", "va a intentar", "essaierons") is a try: it
# keeps the draft's; said as done, it is caught.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("pt", "A transportadora vai tentar entregar de novo até sexta-feira, 7 de junho.",
     "Até sexta-feira, 7 de junho, a transportadora deve tentar entregar de novo.",
     "Até sexta-feira, 7 de junho, a transportadora entrega de novo."),
    ("es", "Vamos a intentar tener la mesa lista el viernes 7 de junio.",
     "El carpintero va a intentar tener la mesa lista el viernes 7 de junio.",
     "El carpintero tendrá la mesa lista el viernes 7 de junio."),
    ("fr", "Nous allons essayer de livrer la table le vendredi 7 juin.",
     "Nous essaierons de livrer la table le vendredi 7 juin.",
     "Nous livrerons la table le vendredi 7 juin."),
])
def test_a_try_with_another_modal_keeps_the_try(lang: str, draft: str, kept: str,
                                                firmer: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)
    assert MODALITY in verdict(draft, firmer, lang)


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


# "Revisamos su caso ⟦1⟧." reports a look done (lang/*.json `not_reviews`): its object named
# again promises nothing. "Revisaremos su caso" still promises only a look.
@pytest.mark.parametrize("lang,draft,kept", [
    ("es", "Revisamos su pedido 48213. El paquete está retenido en aduanas desde el 2 de mayo.",
     "Sobre su pedido 48213: el paquete está retenido en aduanas desde el 2 de mayo."),
    ("es", "Revisamos la grabación de la llamada y se confirma que el corte fue nuestro.",
     "La grabación de la llamada confirma que el corte fue nuestro."),
    ("pt", "Verificámos a sua conta: a segunda cobrança foi um erro nosso.",
     "Na sua conta, a segunda cobrança foi um erro nosso."),
])
def test_a_look_reported_is_no_promise_to_look(lang: str, draft: str, kept: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)


@pytest.mark.parametrize("lang,draft,firmer", [
    ("es", "Revisaremos su reclamación del pedido 48213 esta semana.",
     "Le devolvemos el importe del pedido 48213 esta semana."),
    ("pt", "Verificaremos o reembolso da sua fatura esta semana.",
     "Faremos o reembolso da sua fatura esta semana."),
])
def test_a_promise_to_look_is_still_one(lang: str, draft: str, firmer: str) -> None:
    assert MODALITY in verdict(draft, firmer, lang)


# A hedge carried by words the vocabulary lacked: "nous devrions", "im Prinzip", German's
# "hätte" (what would be), "not settled yet" (still uncertain). Each keeps the draft's hedge;
# the same sentence without it is caught.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Nous aurons probablement la réponse du fournisseur le lundi 3 juin.",
     "Nous devrions avoir la réponse du fournisseur le lundi 3 juin.",
     "Nous aurons la réponse du fournisseur le lundi 3 juin."),
    ("de", "Eine Verlängerung der Miete ist grundsätzlich möglich.",
     "Eine Verlängerung der Miete ist im Prinzip möglich.",
     "Eine Verlängerung der Miete ist möglich, das machen wir."),
    ("de", "Einen ersten Termin könnte ich Ihnen am Dienstag, 4. Juni, um 10 Uhr geben.",
     "Für einen ersten Termin hätte ich am Dienstag, 4. Juni, um 10 Uhr Zeit.",
     "Ihr erster Termin ist am Dienstag, 4. Juni, um 10 Uhr."),
    ("en", "The new frame should arrive on Friday 7 June.",
     "The new frame arrives on Friday 7 June, though that is not settled yet.",
     "The new frame arrives on Friday 7 June."),
])
def test_a_hedge_in_words_newly_read_keeps_it(lang: str, draft: str, kept: str,
                                              firmer: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)
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
# envisageable, selon les places", "ein Umzug in den März wäre denkbar") is on that subject:
# said as what we will do, it is caught; said again as an option, it passes.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Si la blessure dure, un report au printemps est envisageable, selon les places.",
     "Si la blessure dure, nous pourrions reporter l'inscription au printemps, selon les "
     "places.",
     "Si la blessure dure, je reporterai l'inscription au printemps."),
    ("en", "If the injury lasts, a transfer to the spring course is conceivable, depending on "
     "space.",
     "If the injury lasts, we could transfer her to the spring course, depending on space.",
     "If the injury lasts, we will transfer her to the spring course."),
])
def test_a_hedge_said_of_its_subject(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)
    assert MODALITY in verdict(draft, firmer, lang)

"""Decisions read as a writer says them otherwise: a return waived said as "you may keep it"; a
"not" after a comma that sets another thing against the one given ("a new charger, not the
whole kit"); Spanish "cambio" in "caja de cambios" and "cambio de fecha", which swaps no goods;
and "at the moment of checkout", which puts nothing off. Each faithful form keeps the decision;
its unsafe neighbour (the refusal dropped, turned into a yes or into "not yet") is still caught.
Every case is written for this file."""

from __future__ import annotations

import pytest

from heard.guard.decision import decision_kept
from tests.masked_guard import verdict


def _codes(draft: str, rewrite: str, lang: str) -> list[str]:
    return [v.code for v in decision_kept(draft, rewrite, lang)]


_KEEP = [
    ("en", "You don't need to return the cracked lamp.",
     "You can keep the cracked lamp.",
     "Please return the cracked lamp."),
    ("de", "Die kaputte Lampe müssen Sie nicht zurückschicken.",
     "Die kaputte Lampe dürfen Sie behalten.",
     "Bitte schicken Sie die kaputte Lampe zurück."),
    ("de", "Die kaputte Lampe musst du nicht zurückschicken.",
     "Du kannst die kaputte Lampe gern behalten.",
     "Schick die kaputte Lampe bitte zurück."),
    ("es", "No hace falta devolver la lámpara rota.",
     "La lámpara rota puedes quedártela.",
     "Tienes que enviarnos la lámpara rota."),
    ("fr", "Vous n'avez pas besoin de renvoyer la lampe cassée.",
     "Vous pouvez garder la lampe cassée.",
     "Merci de renvoyer la lampe cassée."),
    ("pt", "Não precisa de devolver o candeeiro partido.",
     "O candeeiro partido fica consigo.",
     "Por favor, devolva o candeeiro partido."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", _KEEP)
def test_a_return_waived_said_as_keep_it(lang, draft, kept, dropped):
    """"You may keep it" waives the return the draft waives with "you needn't send it back";
    asking for it back does not."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, dropped, "", lang)


@pytest.mark.parametrize("lang,kept", [
    ("en", "Please keep the receipt for the cracked lamp."),
    ("de", "Behalten Sie bitte den Kassenbon der kaputten Lampe."),
    ("pt", "Pode ficar com o recibo do candeeiro partido."),
])
def test_keeping_something_else_waives_no_return(lang, kept):
    """Only the customer keeping the thing waives its return: a receipt kept is no "you
    needn't send it back"."""
    draft = dict((k[0], k[1]) for k in _KEEP)[lang]
    assert "decision_changed" in _codes(draft, kept, lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "We'll replace the charger, not the whole kit.",
     "A replacement charger is on its way to you."),
    ("de", "Wir ersetzen das Ladegerät, nicht den ganzen Bausatz.",
     "Ein Ersatz für das Ladegerät ist unterwegs zu Ihnen."),
    ("es", "Te reemplazamos el cargador, no el kit completo.",
     "El cargador te lo reemplazamos hoy mismo."),
    ("fr", "Nous remplaçons le chargeur, pas le kit entier.",
     "Le chargeur vous sera remplacé dès demain."),
    ("pt", "Substituímos o carregador, não um kit inteiro.",
     "O carregador será substituído ainda esta semana."),
])
def test_a_not_set_against_another_thing_refuses_nothing_before_it(lang, draft, rewrite):
    """", not the whole kit": the replacement named before the comma is given."""
    assert "decision_changed" not in _codes(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,turned", [
    ("en", "We'll repair the charger, not replace it.",
     "We'll repair the charger and replace it."),
    ("de", "Das Ladegerät können wir reparieren, nicht austauschen.",
     "Das Ladegerät können wir reparieren und austauschen."),
    ("es", "El cargador, no lo podemos reemplazar.",
     "El cargador te lo reemplazamos."),
    ("fr", "Le chargeur, nous ne pouvons pas le remplacer.",
     "Le chargeur, nous le remplaçons."),
    ("pt", "O carregador, não o conseguimos substituir.",
     "O carregador, substituímos já."),
])
def test_a_not_that_leads_its_verb_still_refuses(lang, draft, turned):
    """A "no" after a comma that leads a verb (or a pronoun and its verb) refuses what the
    sentence names: turned into a yes, it is caught."""
    assert "decision_changed" in _codes(draft, turned, lang)


def test_a_gearbox_is_no_exchange():
    """"Caja de cambios" names a part: "todavía no" beside it puts off no exchange."""
    draft = "La caja de cambios está averiada y el taller no nos da fecha."
    kept = "La caja de cambios está averiada y el taller todavía no nos da fecha."
    assert "decision_changed" not in _codes(draft, kept, "es")


def test_a_change_of_date_is_no_exchange():
    draft = "El cambio de fecha no tiene coste si nos avisas antes del viernes."
    kept = "Si nos avisas antes del viernes, puedes mover la reserva gratis."
    assert "decision_changed" not in _codes(draft, kept, "es")


@pytest.mark.parametrize("draft,turned", [
    ("No aceptamos cambios de artículos rebajados.", "Aceptamos cambios de artículos rebajados."),
    ("No aceptamos cambios de artículos rebajados.",
     "Todavía no aceptamos cambios de artículos rebajados."),
])
def test_an_exchange_refused_stays_refused(draft, turned):
    assert "decision_changed" in _codes(draft, turned, "es")


@pytest.mark.parametrize("lang,draft,kept,put_off", [
    ("en", "We can't apply the voucher, as discounts are worked out at checkout.",
     "We can't apply the voucher, as discounts are worked out at the moment of checkout.",
     "We can't apply the voucher at the moment, as discounts are worked out at checkout."),
    ("pt", "Não conseguimos aplicar o cupom, porque o desconto só é calculado no checkout.",
     "Não consigo aplicar o cupom, porque o desconto só é calculado no momento do checkout.",
     "No momento não consigo aplicar o cupom, porque o desconto só é calculado no checkout."),
])
def test_the_moment_of_something_puts_nothing_off(lang, draft, kept, put_off):
    """"At the moment of checkout" names when a discount is worked out; "at the moment" alone
    turns a refusal into "not now"."""
    assert "decision_changed" not in _codes(draft, kept, lang)
    assert "decision_changed" in _codes(draft, put_off, lang)

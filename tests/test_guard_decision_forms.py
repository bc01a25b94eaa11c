"""A refusal kept in another form of its word, in the languages that have the form: a Spanish
infinitive carrying its pronouns ("no puedo prometértelo"), a noun for the verb ("la reposición
no es posible"), a German verb whose particle ends the clause ("schicken Sie es nicht
zurück"), a guarantee refused by a disclaimer ("sin garantía", "ohne Gewähr"). Each kept
refusal passes as the same decision; the same text with the refusal turned into a yes or
dropped is still caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("es", "Es probable que el técnico pase por la mañana, pero no te lo podemos prometer.",
     "Es probable que el técnico pase por la mañana, pero no podemos prometértelo.",
     "El técnico pasará por la mañana, te lo prometemos."),
    ("es", "No podemos devolver la bicicleta usada, porque ya tiene más de un mes.",
     "La bicicleta usada no podemos devolvérsela, porque ya tiene más de un mes.",
     "Podemos devolvérsela aunque ya tenga más de un mes."),
    ("es", "No podemos reponer la lámpara sin cargo, porque el golpe fue en el transporte suyo.",
     "Reposición sin cargo de la lámpara: no es posible, porque el golpe fue en su transporte.",
     "Reposición sin cargo de la lámpara: la hacemos, aunque el golpe fue en su transporte."),
])
def test_a_spanish_refusal_in_another_form_of_its_verb(lang, draft, kept, turned):
    """The pronouns an infinitive carries move its stress ("prometer" → "prometértelo") and a
    verb has its noun ("reponer", "reposición"): the refusal is the same one."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert verdict(draft, turned, "", lang)


@pytest.mark.parametrize("draft,kept,turned", [
    ("Den alten Toaster müssen Sie nicht zurückschicken.",
     "Den alten Toaster schicken Sie bitte nicht zurück.",
     "Den alten Toaster schicken Sie bitte an uns zurück."),
    ("Den alten Toaster müssen Sie nicht zurückschicken.",
     "Der alte Toaster: kein Rückversand nötig.",
     "Der alte Toaster: Rückversand bitte bis Freitag."),
])
def test_a_german_return_with_its_particle_at_the_clause_end(draft, kept, turned):
    """"Zurückschicken" split round its object ("schicken Sie … zurück") and its noun
    ("Rückversand") name the same return."""
    assert "decision_changed" not in verdict(draft, kept, "", "de")
    assert "decision_changed" in verdict(draft, turned, "", "de")


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("es", "El sofá llegaría probablemente antes del sábado, pero no podemos garantizarlo.",
     "El sofá llegaría probablemente antes del sábado, sin garantía.",
     "El sofá llegará antes del sábado."),
    ("es", "Lo más probable es que la grieta no crezca, pero no podemos garantizarlo.",
     "Lo más probable es que la grieta no crezca, pero no hay garantía.",
     "La grieta no va a crecer."),
    ("pt", "O sofá deve chegar antes de sábado, mas não posso garantir.",
     "O sofá deve chegar antes de sábado, sem garantia.",
     "O sofá chega antes de sábado."),
    ("fr", "Le canapé devrait arriver avant samedi, mais je ne peux pas le garantir.",
     "Le canapé devrait arriver avant samedi, sans garantie.",
     "Le canapé arrivera avant samedi."),
    ("de", "Das Sofa sollte vor Samstag ankommen, garantieren kann ich das aber nicht.",
     "Das Sofa sollte vor Samstag ankommen, allerdings ohne Gewähr.",
     "Das Sofa kommt vor Samstag an."),
    ("en", "The sofa should arrive before Saturday, but I can't guarantee it.",
     "The sofa should arrive before Saturday, though that is no guarantee.",
     "The sofa will arrive before Saturday."),
])
def test_a_guarantee_refused_by_a_disclaimer(lang, draft, kept, turned):
    """"Sin garantía", "sans garantie", "ohne Gewähr" refuse the guarantee "no podemos
    garantizarlo" refuses; a rewrite that drops it and states the date is still caught."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert verdict(draft, turned, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("es", "La lámpara llegaría antes del viernes, sin garantía.",
     "La lámpara llegará antes del viernes, se lo garantizo."),
    ("de", "Die Lampe sollte vor Freitag da sein, ohne Gewähr.",
     "Die Lampe ist vor Freitag da, das garantiere ich."),
])
def test_a_drafts_disclaimer_turned_into_a_guarantee_is_caught(lang, draft, rewrite):
    """The disclaimer is the draft's refusal: a rewrite that guarantees instead loses it."""
    assert "decision_changed" in verdict(draft, rewrite, "", lang)


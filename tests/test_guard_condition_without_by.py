""""Without X by <time>" is a condition (stop 58, helper hc).

"Ohne Platz bis 3. Januar erstatten wir dir die Anzahlung" says "if there is no place by
3 January, we refund the deposit": what is still lacking by a time limit, opening the sentence
or a clause, conditions what follows ("without a reply by Friday, …", "sans réponse d'ici
vendredi, …", "sin respuesta antes del viernes, …", "sem resposta até sexta, …"; new key
`lacking_conditions`, whose one group is what is lacking). A rewrite saying the step without it,
the time limit moved onto the step ("we refund your deposit by 3 January"), is caught; one
saying "if there's no place by 3 January" keeps it.

Not a cost or a fee: "sin coste hasta el viernes" is a price that lasts, no event awaited.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import condition_kept_and_dropped, labels, letter

CASES = [
    # (lang, draft, the condition said with an "if", the condition dropped)
    ("en", "Without a confirmed place by 3 January, we refund your deposit.",
     "If there's no confirmed place by 3 January, we refund your deposit.",
     "We refund your deposit by 3 January."),
    ("de", "Ohne Platz bis 3. Januar erstatten wir dir die Anzahlung.",
     "Wenn es bis 3. Januar keinen Platz gibt, erstatten wir dir die Anzahlung.",
     "Wir erstatten dir die Anzahlung bis 3. Januar."),
    ("fr", "Sans réponse d'ici vendredi, nous annulons la réservation.",
     "Si nous restons sans réponse d'ici vendredi, nous annulons la réservation.",
     "Nous annulons la réservation d'ici vendredi."),
    ("es", "Sin respuesta antes del viernes, anulamos la reserva.",
     "Si no tenemos respuesta antes del viernes, anulamos la reserva.",
     "Anulamos la reserva antes del viernes."),
    ("pt", "Sem resposta até sexta, cancelamos a reserva.",
     "Se continuarmos sem resposta até sexta, a reserva é cancelada.",
     "Cancelamos a reserva até sexta."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", [pytest.param(*c, id=c[0]) for c in CASES])
def test_without_by_a_time_is_a_condition(lang, draft, kept, dropped):
    condition_kept_and_dropped(lang, draft, kept, dropped)


@pytest.mark.parametrize("lang,draft,dropped", [
    # The step said with no time at all is caught too.
    ("en", "Without a reply by Friday, we cancel the booking.", "We cancel the booking."),
    ("de", "Ohne Antwort bis Freitag stornieren wir die Buchung.",
     "Wir stornieren die Buchung."),
    ("es", "Sin respuesta antes del viernes, anulamos la reserva.", "Anulamos la reserva."),
])
def test_without_by_dropped_whole_is_caught(lang, draft, dropped):
    assert "new_commitment:condition" in labels(letter(lang, draft), letter(lang, dropped), lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    # A cost that lasts to a date is no condition: said another way, it passes.
    ("es", "Sin coste antes del viernes, puedes cambiar la fecha de la clase.",
     "Puedes cambiar la fecha de la clase gratis antes del viernes."),
    ("de", "Ohne Aufpreis bis Freitag kannst du den Termin verschieben.",
     "Du kannst den Termin bis Freitag ohne Aufpreis verschieben."),
    ("en", "Without any charge before Friday, you can move the lesson.",
     "You can move the lesson free of charge before Friday."),
])
def test_a_cost_until_a_date_is_no_condition(lang, draft, rewrite):
    assert "new_commitment:condition" not in labels(letter(lang, draft),
                                                     letter(lang, rewrite), lang)

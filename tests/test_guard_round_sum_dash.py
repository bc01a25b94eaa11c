"""The customer's Swiss round sum ("CHF 1'480.–") said back inside a promise (every case
written for this file).

An en dash glued to the number or stop before it is no clause mark: it joins a range
("5–9") or writes a round sum ("CHF 60.–"), and the words after it belong to the same clause.
So "your CHF 1'480.– will be paid back if none suits you" turns the customer's own amount
into money we pay, as "your 1,480 francs will be paid back" does; read as two clauses (the
sum in one, the paying back in the other) it slipped through. The customer's sum quoted back
as what they paid ("I'm sorry that the CHF 1'480.– you paid went to a closed hut") still
passes.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

# lang: (draft, customer message, the sum made our promise, the sum quoted back)
CASES = {
    "en": (
        "We can move the booking to another weekend at no charge. Please reply by Friday.",
        "We paid CHF 1'480.– for the weekend and now the hut is closed.",
        "We can move the booking to another weekend at no charge. I've checked the hut, and your "
        "CHF 1'480.– will be paid back if none suits you. Please reply by Friday.",
        "I'm sorry that the CHF 1'480.– you paid went to a closed hut. We can move the booking to"
        " another weekend at no charge. Please reply by Friday."),
    "de": (
        "Wir können die Buchung kostenlos auf ein anderes Wochenende verschieben. Bitte antworten"
        " Sie bis Freitag.",
        "Wir haben CHF 1'480.– für das Wochenende bezahlt, und jetzt ist die Hütte zu.",
        "Wir können die Buchung kostenlos auf ein anderes Wochenende verschieben. Ich habe "
        "nachgesehen, und Ihre CHF 1'480.– werden Ihnen zurückgezahlt, falls keines passt. Bitte "
        "antworten Sie bis Freitag.",
        "Es tut mir leid, dass Sie CHF 1'480.– für eine geschlossene Hütte bezahlt haben. Wir "
        "können die Buchung kostenlos auf ein anderes Wochenende verschieben. Bitte antworten Sie"
        " bis Freitag."),
    "fr": (
        "Nous pouvons déplacer la réservation sur un autre week-end sans frais. Merci de répondre"
        " d'ici vendredi.",
        "Nous avons payé CHF 1'480.– pour le week-end et maintenant la cabane est fermée.",
        "Nous pouvons déplacer la réservation sur un autre week-end sans frais. J'ai vérifié, et "
        "vos CHF 1'480.– vous seront remboursés si aucun ne vous convient. Merci de répondre "
        "d'ici vendredi.",
        "Je suis désolée que vos CHF 1'480.– aient servi à une cabane fermée. Nous pouvons "
        "déplacer la réservation sur un autre week-end sans frais. Merci de répondre d'ici "
        "vendredi."),
    "es": (
        "Podemos pasar la reserva a otro fin de semana sin coste. Por favor, responda antes del "
        "viernes.",
        "Pagamos CHF 1'480.– por el fin de semana y ahora el refugio está cerrado.",
        "Podemos pasar la reserva a otro fin de semana sin coste. Lo he revisado, y sus CHF "
        "1'480.– se le devolverán si ninguno le va bien. Por favor, responda antes del viernes.",
        "Siento que los CHF 1'480.– que pagó fueran para un refugio cerrado. Podemos pasar la "
        "reserva a otro fin de semana sin coste. Por favor, responda antes del viernes."),
    "pt": (
        "Podemos passar a reserva para outro fim de semana sem custo. Por favor, responda até "
        "sexta-feira.",
        "Pagamos CHF 1'480.– pelo fim de semana e agora o refúgio está fechado.",
        "Podemos passar a reserva para outro fim de semana sem custo. Eu verifiquei, e os seus "
        "CHF 1'480.– serão devolvidos se nenhum servir. Por favor, responda até sexta-feira.",
        "Lamento que os CHF 1'480.– que pagou tenham sido para um refúgio fechado. Podemos passar"
        " a reserva para outro fim de semana sem custo. Por favor, responda até sexta-feira."),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_their_round_sum_made_our_promise_is_caught(lang: str) -> None:
    draft, customer, promised, _ = CASES[lang]
    assert "new_commitment:customer_fact" in eval_codes(draft, promised, customer, lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_their_round_sum_quoted_back_passes(lang: str) -> None:
    draft, customer, _, quoted = CASES[lang]
    assert eval_codes(draft, quoted, customer, lang) == set()

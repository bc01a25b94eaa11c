"""The reply's own count of what it answers ("as duas pendências": the two open matters,
vocab `topics`) and French "à vous deux" (both of you, vocab `both`) add no fact; a number
said of time or of a thing beside them still does."""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

OWN = [
    ("pt", "Ainda não recebi a fatura e o acesso à conta continua bloqueado.",
     "Enviei a fatura por email. Para desbloquear a conta, redefina a palavra-passe.",
     "As duas pendências têm resposta: enviei a fatura por email e, para desbloquear a conta, "
     "redefina a palavra-passe.",
     "As pendências têm resposta: enviei a fatura por email há duas horas e, para desbloquear "
     "a conta, redefina a palavra-passe."),
    ("fr", "Nous nous marions en juin et voulons réserver la salle pour notre fête.",
     "La salle est libre en juin. Je vous envoie le contrat.",
     "Félicitations à vous deux ! La salle est libre en juin. Je vous envoie le contrat.",
     "Félicitations ! La salle est libre deux jours en juin. Je vous envoie le contrat."),
]


@pytest.mark.parametrize("lang, customer, draft, faithful, unsafe", OWN)
def test_own_counts_and_both_of_you(lang, customer, draft, faithful, unsafe):
    assert eval_codes(draft, faithful, customer, lang) == set()
    assert "new_fact" in eval_codes(draft, unsafe, customer, lang)

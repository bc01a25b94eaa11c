"""A count whose noun is left out, led to by "out of", "instead of", "sur", "au lieu de",
"von" (vocab `out_of`), with that noun said before it in the same clause: "Two mugs chipped
out of six", "Trois pots fêlés sur huit", "Neun Wochen statt sechs". It counts that noun, and is
the customer's number when they counted that noun with exactly that number ("I ordered 6
mugs"): quoted back, no new fact. Another value ("out of seven") or a quantity after it ("sur
huit jours") stays new.

Also the reply's own count of what it answers ("zu Ihren zwei Wünschen", "as duas pendências";
vocab `topics`) and "à vous deux" (both of you, vocab `both`) add no fact.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

ELIDED = [
    ("en", "I ordered 6 mugs for my shop and two arrived chipped.",
     "We will send two new mugs this week.",
     "Two mugs chipped out of six is a poor start. We will send two new mugs this week.",
     "Two mugs chipped out of seven is a poor start. We will send two new mugs this week."),
    ("fr", "J'ai commandé 8 pots de confiture et trois sont arrivés fêlés.",
     "Nous vous envoyons trois nouveaux pots cette semaine.",
     "Trois pots fêlés sur huit, c'est vraiment dommage. Nous vous envoyons trois nouveaux "
     "pots cette semaine.",
     "Trois pots fêlés sur sept, c'est vraiment dommage. Nous vous envoyons trois nouveaux "
     "pots cette semaine."),
    ("de", "Man hat mir 6 Wochen Lieferzeit gesagt, jetzt sind es schon neun Wochen.",
     "Ihr Schrank wird am Montag geliefert.",
     "Neun Wochen statt sechs, das ist zu lang. Ihr Schrank wird am Montag geliefert.",
     "Neun Wochen statt sieben, das ist zu lang. Ihr Schrank wird am Montag geliefert."),
]


@pytest.mark.parametrize("lang, customer, draft, faithful, changed", ELIDED)
def test_their_count_with_its_noun_left_out(lang, customer, draft, faithful, changed):
    assert eval_codes(draft, faithful, customer, lang) == set()
    assert "new_fact" in eval_codes(draft, changed, customer, lang)


def test_a_quantity_after_it_is_new():
    """"sur huit jours" counts days, not their pots: a new number."""
    customer = "J'ai commandé 8 pots de confiture et trois sont arrivés fêlés."
    draft = "Nous vous envoyons trois nouveaux pots cette semaine."
    unsafe = ("Nous vous envoyons trois nouveaux pots cette semaine, et les pots restants "
              "sur huit jours.")
    assert "new_fact" in eval_codes(draft, unsafe, customer, "fr")


OWN = [
    ("de", "Kann ich den Termin verschieben? Und gibt es das Modell auch in Blau?",
     "Den Termin können Sie online verschieben. Das Modell gibt es auch in Blau.",
     "Zu Ihren zwei Wünschen: Den Termin können Sie online verschieben. Das Modell gibt es "
     "auch in Blau.",
     "Zu Ihren Wünschen: Den Termin können Sie in zwei Tagen online verschieben. Das Modell "
     "gibt es auch in Blau."),
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

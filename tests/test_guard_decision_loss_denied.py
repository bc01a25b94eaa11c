"""A loss denied ("your deposit is not lost", "no pierde la seña", "o sinal não se perde",
"votre acompte n'est pas perdu", "die Anzahlung geht nicht verloren") says the customer keeps
what is theirs: its "no" refuses no refund, so a rewrite that says the same without a "no"
("your deposit is safe") keeps every decision. A real refusal beside it ("but we can't refund
the booking fee") is still one, and a rewrite that gives it is caught. Every sentence written
for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft denying a loss, faithful rewrite without a "no")
KEPT = [
    ("en",
     "If the concert is called off, your deposit is not lost: we refund it in full.",
     "If the concert is called off, your deposit is safe: we refund it in full."),
    ("es",
     "Si se suspende el concierto, no pierde la seña: se la reembolsamos entera.",
     "Si se suspende el concierto, su seña está a salvo: se la reembolsamos entera."),
    ("pt",
     "Se o concerto for cancelado, o sinal não se perde: reembolsamos o valor por inteiro.",
     "Se o concerto for cancelado, o sinal está garantido: reembolsamos o valor por inteiro."),
    ("fr",
     "Si le concert est annulé, votre acompte n'est pas perdu : nous le remboursons en entier.",
     "Si le concert est annulé, votre acompte reste à vous : nous le remboursons en entier."),
    ("de",
     "Falls das Konzert ausfällt, geht Ihre Anzahlung nicht verloren: wir erstatten sie "
     "vollständig.",
     "Falls das Konzert ausfällt, ist Ihre Anzahlung sicher: wir erstatten sie vollständig."),
]

# (lang, draft denying a loss and refusing a refund beside it, rewrite giving that refund)
REFUSED = [
    ("en",
     "Your deposit is not lost, but we can't refund the booking fee.",
     "Your deposit is safe, and we refund the booking fee as well."),
    ("es",
     "No pierde la seña, pero no podemos reembolsar la tarifa de reserva.",
     "Su seña está a salvo, y también le reembolsamos la tarifa de reserva."),
    ("pt",
     "O sinal não se perde, mas não conseguimos reembolsar a taxa de reserva.",
     "O sinal está garantido, e também reembolsamos a taxa de reserva."),
    ("fr",
     "Votre acompte n'est pas perdu, mais nous ne pouvons pas rembourser les frais de "
     "réservation.",
     "Votre acompte reste à vous, et nous remboursons aussi les frais de réservation."),
    ("de",
     "Ihre Anzahlung geht nicht verloren, aber die Buchungsgebühr können wir nicht erstatten.",
     "Ihre Anzahlung ist sicher, und die Buchungsgebühr erstatten wir auch."),
]


@pytest.mark.parametrize("lang,draft,faithful", KEPT)
def test_a_loss_denied_refuses_no_refund(lang: str, draft: str, faithful: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, faithful), "",
                                             lang)


@pytest.mark.parametrize("lang,draft,unsafe", REFUSED)
def test_a_refusal_beside_it_is_still_kept(lang: str, draft: str, unsafe: str) -> None:
    assert "decision_changed" in verdict(letter(lang, draft), letter(lang, unsafe), "", lang)

"""Decisions and money told again, both ways (every case written for this file):

- a German determiner is no pointer back: in "das Gerät können wir nicht zurücknehmen" the
  "no" is about the thing named after "das", not about the refund the sentence before gives;
  "das können wir leider nicht machen" and "that isn't possible" still refuse it, and a
  rewrite that drops them is caught (`anaphor_predicates`; English "that morning" was
  measured and left out: it let a check set's mutant through, stop 49);
- what a refusal is about, named right after "until" ("até a troca, não use…", "until the
  replacement arrives, please don't…", "hasta el cambio, no use…"), is a time: the "no" is the
  customer's, no replacement is refused; "we can't refund the fee until the inspection" still
  refuses the refund, and a rewrite that gives it is caught;
- money given for a month neither the draft nor the customer names is money for another month:
  "die Gebühren für Dezember und Januar" where the draft refunds January's is caught, the
  same month said again passes, and a month inside a reason ("since your voucher runs out in
  March") gives nothing; only where the draft's own promise names its month (a draft that
  names none may hide one in a masked date);
- "no need to send it back" said as "keep it": "a caixa pode ficar com a senhora", "inutile
  de nous renvoyer les cartes" (`refusals`); asking for it back is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

DETERMINERS = [
    ("de", "Die Liefergebühr erstatten wir Ihnen. Das Gerät selbst können wir nicht "
     "zurücknehmen, weil es benutzt wurde.",
     "Die Liefergebühr erstatte ich Ihnen. Eine Rücknahme des Geräts ist leider nicht "
     "möglich, weil es benutzt wurde."),
]

POINTERS = [
    ("en", "A refund of the deposit is possible if the hall stays free. That isn't possible in "
     "your case, as the hall was booked.",
     "A refund of the deposit is possible if the hall stays free. In your case the hall was "
     "booked."),
    ("de", "Eine Erstattung der Anzahlung gibt es, wenn der Saal frei bleibt. Das können wir in "
     "Ihrem Fall leider nicht machen, weil der Saal gebucht war.",
     "Eine Erstattung der Anzahlung gibt es, wenn der Saal frei bleibt. Der Saal war in Ihrem "
     "Fall schon gebucht."),
]


@pytest.mark.parametrize("lang,draft,rewrite", DETERMINERS)
def test_a_determiner_points_at_its_own_noun(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", POINTERS)
def test_a_pronoun_still_refuses_what_the_sentence_before_names(
        lang: str, draft: str, rewrite: str) -> None:
    assert "decision_changed" in labels(draft, rewrite, lang)


UNTIL = [
    ("pt", "A troca da base é gratuita e o técnico faz na hora. Até a troca, não use a função de "
     "giro.",
     "A troca da base é gratuita e o técnico faz na hora. Até lá, evite usar a função de giro."),
    ("en", "We'll replace the base free of charge. Until the replacement arrives, please don't "
     "use the swivel.",
     "We'll replace the base free of charge. In the meantime, please avoid using the swivel."),
    ("es", "Cambiamos la base sin coste. Hasta el cambio, no use la función de giro.",
     "Cambiamos la base sin coste. Mientras tanto, evite usar la función de giro."),
]

UNTIL_REFUSED = [
    ("en", "We can't refund the fee until the inspection.", "We'll refund the fee."),
    ("pt", "Não conseguimos reembolsar a taxa até a vistoria.", "Vamos reembolsar a taxa."),
]


@pytest.mark.parametrize("lang,draft,rewrite", UNTIL)
def test_a_decision_named_after_until_is_a_time(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", UNTIL_REFUSED)
def test_a_refusal_that_waits_stays_a_refusal(lang: str, draft: str, rewrite: str) -> None:
    assert "decision_changed" in labels(draft, rewrite, lang)


MONTHS = [
    ("de", "Die Abo-Gebühr für Januar erstatte ich Ihnen auf Ihre Karte.",
     "Die Gebühr für Januar bekommen Sie von mir auf Ihre Karte zurück.",
     "Die Abo-Gebühren für Dezember und Januar erstatte ich Ihnen auf Ihre Karte.", "refund"),
    ("en", "We'll refund January's subscription fee to your card.",
     "I'll refund the January subscription fee to your card.",
     "We'll refund the subscription fees for December and January to your card.", "refund"),
    ("pt", "O valor de 40 euros entra como crédito na fatura de junho.",
     "Vou lançar os 40 euros como crédito na sua fatura de junho.",
     "O valor de 40 euros entra como crédito na fatura de julho.", "credit"),
    ("fr", "Nous vous remboursons l'abonnement de janvier.",
     "Je vous rembourse l'abonnement de janvier.",
     "Nous vous remboursons les abonnements de décembre et de janvier.", "refund"),
    ("es", "Le devolvemos la cuota de enero en su tarjeta.",
     "Le reembolsamos la cuota de enero en su tarjeta.",
     "Le reembolsamos las cuotas de diciembre y enero en su tarjeta.", "refund"),
]


@pytest.mark.parametrize("lang,draft,kept,more,what", MONTHS)
def test_money_for_a_month_the_draft_does_not_name_is_new(
        lang: str, draft: str, kept: str, more: str, what: str) -> None:
    assert not new_commitment(labels(draft, kept, lang))
    assert new_commitment(labels(draft, more, lang), what)


def test_a_month_in_a_reason_or_a_modal_gives_nothing() -> None:
    assert labels("We'll credit your account with the fee; your voucher stays valid.",
                  "Since your voucher runs out in March, I'll credit your account with the fee "
                  "now.") == []
    # "may" is a month only with its capital, inside a sentence.
    assert labels("We may refund part of the fee once we see the report.",
                  "We may refund part of the fee once we see the report.") == []


KEPT = [
    ("pt", "Enviamos uma caixa nova sem custo. A caixa aberta não precisa ser devolvida.",
     "Enviamos uma caixa nova sem custo. A caixa aberta pode ficar com a senhora.",
     "Enviamos uma caixa nova sem custo. Por favor, devolva a caixa aberta."),
    ("fr", "Nous vous envoyons de nouvelles cartes. Les anciennes n'ont pas besoin de nous être "
     "renvoyées.",
     "Nous vous envoyons de nouvelles cartes. Inutile de nous renvoyer les anciennes.",
     "Nous vous envoyons de nouvelles cartes. Merci de nous renvoyer les anciennes."),
]


@pytest.mark.parametrize("lang,draft,kept,asked", KEPT)
def test_no_return_needed_said_as_keep_it(lang: str, draft: str, kept: str, asked: str) -> None:
    """"Pode ficar com a senhora", "inutile de nous renvoyer" refuse the return as "não
    precisa ser devolvida" does; asking for it back is caught."""
    assert labels(draft, kept, lang) == []
    assert "decision_changed" in labels(draft, asked, lang)


# Stop 50. A fault owned as what should not have happened ("and that shouldn't have happened",
# "eso no debería haber pasado", "isso não devia ter acontecido", "cela n'aurait pas dû
# arriver", "das hätte nicht passieren dürfen"; `lapses`) refuses nothing: a sentence saying
# we cancelled the customer's appointment is no refusal of a cancellation, and an apology in
# its place keeps the decision. A real refusal beside it still counts.
LAPSES = [
    ("en", "You're right, we cancelled your lesson ourselves, and that shouldn't have happened. "
     "Your next lesson is on Tuesday.",
     "You're right, your lesson was cancelled on our side, and I'm sorry. Your next lesson is on "
     "Tuesday.",
     "We can't refund the lesson fee.", "We'll refund the lesson fee."),
    ("es", "Tienes razón: cancelamos nosotros tu cita del martes y eso no debería haber pasado. "
     "Tu próxima cita es el jueves.",
     "Tienes razón: la cita del martes la cancelamos nosotros, y lo siento. Tu próxima cita es "
     "el jueves.",
     "No podemos reembolsar la cuota del mes.", "Te reembolsamos la cuota del mes."),
    ("pt", "Tem razão: cancelámos nós a sua consulta de terça, e isso não devia ter acontecido. "
     "A próxima consulta é na quinta.",
     "Tem razão: a consulta de terça foi cancelada por nós, e peço desculpa. A próxima consulta "
     "é na quinta.",
     "Não conseguimos reembolsar a mensalidade.", "Vamos reembolsar a mensalidade."),
    ("fr", "Vous avez raison : nous avons annulé votre séance de mardi, et cela n'aurait pas dû "
     "arriver. Votre prochaine séance est jeudi.",
     "Vous avez raison : la séance de mardi a été annulée de notre côté, et j'en suis désolé. "
     "Votre prochaine séance est jeudi.",
     "Nous ne pouvons pas rembourser l'abonnement.", "Nous vous remboursons l'abonnement."),
    ("de", "Sie haben recht: Wir haben Ihren Termin am Dienstag storniert, und das hätte nicht "
     "passieren dürfen. Ihr nächster Termin ist am Donnerstag.",
     "Sie haben recht: Der Termin am Dienstag wurde von uns storniert, und das tut mir leid. Ihr "
     "nächster Termin ist am Donnerstag.",
     "Die Monatsgebühr können wir nicht erstatten.", "Die Monatsgebühr erstatten wir Ihnen."),
]


@pytest.mark.parametrize("lang,draft,kept,refusal,given", LAPSES)
def test_a_lapse_owned_refuses_nothing_a_refusal_beside_it_still_does(
        lang: str, draft: str, kept: str, refusal: str, given: str) -> None:
    assert labels(draft, kept, lang) == []
    first, _ = draft.rsplit(". ", 1)
    said, _ = kept.rsplit(". ", 1)
    assert "decision_changed" in labels(f"{first}. {refusal}", f"{said}. {given}", lang)

"""What a refusal is about, read a little closer: Portuguese money given back in every form of
"devolver" ("não te devolvo", "devolvê-la") and as "dinheiro de volta"; and a draft's refusal
said for now ("can't … now", "ahora no", "jetzt nicht") restated "at this stage", "por el
momento", which puts off nothing it had not put off already. Each faithful form passes with no
decision_changed; its unsafe neighbour (the refusal dropped or turned into a yes) is still
caught with decision_changed. Every case is written for this file. (Spanish "cambio" read only
as a swap of goods was measured at stop 38 and left out: the faithful rewrites it let through
exposed conditions dropped before a plan, which the guard does not read yet.)"""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("draft,kept,turned", [
    ("Não consigo devolver os 40 €, porque a aula já foi dada.",
     "Os 40 € não te devolvo, porque a aula já foi dada.",
     "Os 40 € devolvo-te, mesmo com a aula já dada."),
    ("A mensalidade não conseguimos devolver, porque os passeios foram feitos.",
     "Sobre a mensalidade: não conseguimos devolvê-la, porque os passeios foram feitos.",
     "Sobre a mensalidade: devolvemo-la, mesmo com os passeios feitos."),
    ("O reembolso não é possível, porque já passaram os 14 dias.",
     "Sobre o dinheiro de volta: não é possível, porque já passaram os 14 dias.",
     "Sobre o dinheiro de volta: já passaram os 14 dias, mas fica tratado."),
])
def test_money_given_back_in_portuguese(draft, kept, turned):
    """"Devolvo", "devolvê-la" and "dinheiro de volta" give money back as "devolver" does."""
    assert "decision_changed" not in verdict(draft, kept, "", "pt")
    assert "decision_changed" in verdict(draft, turned, "", "pt")


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("en", "Our terms allow it only up to 10 days before, so I can't refund the tickets now.",
     "Our terms allow it only up to 10 days before, so I can't refund the tickets at this "
     "stage.",
     "Our terms allow it only up to 10 days before, so let's see about the tickets."),
    ("es", "Las condiciones lo permiten hasta 10 días antes, así que ahora no puedo reembolsar "
     "las entradas.",
     "Las condiciones lo permiten hasta 10 días antes, así que por el momento no puedo "
     "reembolsar las entradas.",
     "Las condiciones lo permiten hasta 10 días antes, así que veremos qué pasa con las "
     "entradas."),
    ("pt", "As condições permitem até 10 dias antes, por isso agora não consigo reembolsar os "
     "bilhetes.",
     "As condições permitem até 10 dias antes, por isso por enquanto não consigo reembolsar os "
     "bilhetes.",
     "As condições permitem até 10 dias antes, por isso vamos ver os bilhetes."),
    ("de", "Laut Bedingungen geht das nur bis 10 Tage vorher, deshalb kann ich die Tickets "
     "jetzt nicht erstatten.",
     "Laut Bedingungen geht das nur bis 10 Tage vorher, deshalb kann ich die Tickets im "
     "Moment nicht erstatten.",
     "Laut Bedingungen geht das nur bis 10 Tage vorher, wir schauen uns die Tickets an."),
    ("fr", "Nos conditions le permettent jusqu'à 10 jours avant, je ne peux donc pas "
     "rembourser les billets maintenant.",
     "Nos conditions le permettent jusqu'à 10 jours avant, je ne peux donc pas rembourser "
     "les billets pour l'instant.",
     "Nos conditions le permettent jusqu'à 10 jours avant, on regarde donc les billets."),
])
def test_a_refusal_for_now_restated_for_now(lang, draft, kept, dropped):
    """A draft that refuses "now" already speaks of this stage: "for now" restates it."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, dropped, "", lang)


@pytest.mark.parametrize("lang,draft,put_off", [
    ("en", "I can't refund the tickets, as the show went ahead.",
     "I can't refund the tickets at this stage, as the show went ahead."),
    ("es", "No puedo reembolsar las entradas, porque el concierto se celebró.",
     "Por el momento no puedo reembolsar las entradas, porque el concierto se celebró."),
    ("pt", "Não consigo reembolsar os bilhetes, porque o concerto aconteceu.",
     "Por enquanto não consigo reembolsar os bilhetes, porque o concerto aconteceu."),
    ("de", "Die Tickets kann ich nicht erstatten, weil das Konzert stattfand.",
     "Die Tickets kann ich im Moment nicht erstatten, weil das Konzert stattfand."),
    ("fr", "Je ne peux pas rembourser les billets, car le concert a eu lieu.",
     "Je ne peux pas rembourser les billets pour l'instant, car le concert a eu lieu."),
])
def test_an_outright_refusal_is_still_not_put_off(lang, draft, put_off):
    """Without the draft's "now", "for now" turns its "no" into a "not yet"."""
    assert "decision_changed" in verdict(draft, put_off, "", lang)

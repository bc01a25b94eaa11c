"""The customer's own question answered yes in their words: "Do I get my money back if I cancel
on Friday?" → "If you cancel on Friday, you get your money back" passed in five languages where
the draft says the money comes back only up to a week before. Their fact (a day, an amount),
which the draft does not give, with a word of their question the draft never uses,
told as what they receive or what we do, grants what they asked (`facts.questions_granted`).
Their question told back with the draft's answer, denied, hedged, or as what we know of it
passes.

Sentences written for this rule, none taken from a corpus set. On main three of the five
answered-yes cases fail (en, fr, de pass the guard; es and pt, an act of ours in the present,
were caught already); the rest pass."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = {
    "en": ("Do we get our money back if we cancel on Friday?",
           "If we call it off, we refund the booking in full. If you cancel, we refund it only "
           "up to 7 days before.",
           "Even if you cancel on Friday, you get all of it back."),
    "fr": ("Est-ce qu'on récupère l'argent si on annule le vendredi ?",
           "Si nous annulons, nous remboursons la réservation en entier. Si vous annulez, nous "
           "remboursons seulement jusqu'à 7 jours avant.",
           "Même si vous annulez le vendredi, vous récupérez tout."),
    "es": ("¿Nos devuelven el dinero si cancelamos el viernes?",
           "Si cancelamos nosotros, reembolsamos la reserva completa. Si cancelan ustedes, "
           "reembolsamos solo hasta 7 días antes.",
           "Aunque cancelen el viernes, se lo devolvemos todo."),
    "pt": ("Vocês devolvem o dinheiro se cancelarmos na sexta-feira?",
           "Se formos nós a cancelar, reembolsamos a reserva na totalidade. Se cancelarem, "
           "reembolsamos só até 7 dias antes.",
           "Mesmo que cancelem na sexta-feira, devolvemos tudo."),
    "de": ("Bekommen wir das Geld zurück, wenn wir am Freitag absagen?",
           "Sagen wir ab, erstatten wir die Buchung voll. Sagen Sie ab, erstatten wir nur bis "
           "7 Tage vorher.",
           "Auch wenn Sie am Freitag absagen, bekommen Sie alles zurück."),
}
# Said after the draft: their day told as too late, or their question answered no.
FAITHFUL = {
    "en": ["Friday is too late for that.",
           "So if you cancel on Friday, you won't get it back."],
    "fr": ["Le vendredi, ce sera trop tard.",
           "Si vous annulez le vendredi, vous ne récupérez donc rien."],
    "es": ["El viernes ya es tarde.",
           "Si cancelan el viernes, no les devolvemos nada."],
    "pt": ["Na sexta-feira já é tarde.",
           "Se cancelarem na sexta-feira, não devolvemos nada."],
    "de": ["Am Freitag ist das zu spät.",
           "Wenn Sie am Freitag absagen, bekommen Sie also nichts zurück."],
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_their_question_answered_yes_is_caught(lang: str) -> None:
    customer, draft, granted = CASES[lang]
    assert "new_commitment:customer_fact" in labels(draft, f"{draft} {granted}", lang, customer)


@pytest.mark.parametrize("lang,index", [(lang, i) for lang in sorted(FAITHFUL) for i in (0, 1)])
def test_the_drafts_answer_with_their_fact_passes(lang: str, index: int) -> None:
    customer, draft, _ = CASES[lang]
    assert labels(draft, f"{draft} {FAITHFUL[lang][index]}", lang, customer) == []

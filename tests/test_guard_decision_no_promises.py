"""A disclaimer that ends its clause refuses a promise, not the decision its sentence names.

"Refund: we'll look into it, no promises" does not refuse the refund the draft refused: the
"no" of "no promises" (and of "but I can't promise", "sans promesse", "ohne Gewähr",
"versprechen kann ich es nicht") hedges what the sentence offers, so a rewrite that turns a
refusal into "we'll look into it" is caught. A refusal restated after a label ("Refund: not
possible") still keeps the decision, and "no promises" still keeps a refused guarantee.
Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

REFUSED = {
    "en": "We can't refund the fee.",
    "es": "No podemos reembolsar la tarifa.",
    "fr": "Nous ne pouvons pas rembourser les frais.",
    "pt": "Não podemos reembolsar a taxa.",
    "de": "Die Gebühr können wir nicht erstatten.",
}

HEDGED = [
    ("en", "Refund: we'll look into it, no promises."),
    ("en", "We'll look into a refund, though I can't promise anything."),
    ("es", "Reembolso: lo vamos a mirar, pero no puedo prometerlo."),
    ("es", "Lo del reembolso lo miramos, aunque no hay garantía."),
    ("fr", "Remboursement : on regarde, aucune promesse."),
    ("fr", "Pour le remboursement, on regarde, mais je ne peux rien garantir."),
    ("pt", "Reembolso: vamos analisar, mas não posso prometer."),
    ("pt", "Reembolso: vamos analisar, mas não há garantia."),
    ("de", "Erstattung: wir prüfen das, versprechen kann ich es nicht."),
    ("de", "Erstattung: wir prüfen das, aber keine Garantie."),
]

KEPT = [
    ("en", "Refund: not possible, I'm afraid."),
    ("en", "The fee can't be refunded, and I can't promise anything else."),
    ("es", "Reembolso: no es posible, lo siento."),
    ("fr", "Remboursement : ce n'est pas possible."),
    ("pt", "Reembolso: não é possível."),
    ("de", "Erstattung: leider nicht möglich."),
]


@pytest.mark.parametrize("lang,rewrite", HEDGED)
def test_a_refusal_turned_into_a_hedged_look_is_caught(lang: str, rewrite: str):
    assert "decision_changed" in labels(REFUSED[lang], rewrite, lang)


@pytest.mark.parametrize("lang,rewrite", KEPT)
def test_a_refusal_restated_passes(lang: str, rewrite: str):
    assert "decision_changed" not in labels(REFUSED[lang], rewrite, lang)


GUARANTEE = [
    ("en", "I can't promise the slot on Friday.", "Friday's slot: no promises."),
    ("es", "No puedo prometer el hueco del viernes.", "El hueco del viernes, sin promesas."),
    ("fr", "Je ne peux pas promettre le créneau de vendredi.",
     "Le créneau de vendredi : aucune promesse."),
    ("pt", "Não posso prometer o horário de sexta.", "O horário de sexta: sem promessas."),
    ("de", "Den Termin am Freitag kann ich nicht versprechen.",
     "Der Termin am Freitag: kein Versprechen."),
]


@pytest.mark.parametrize("lang,draft,rewrite", GUARANTEE)
def test_no_promises_still_keeps_a_refused_promise(lang: str, draft: str, rewrite: str):
    assert "decision_changed" not in labels(draft, rewrite, lang)

"""An English "that" or "this" before a time is no pointer back at a refused decision.

"We had no backup free that morning" says when; it refuses no cancellation the sentence
before named, so a rewrite that names the cancellation otherwise passes. A "that" standing
alone ("That isn't possible"), or opening its clause ("That we can't do"), still points back,
in every language ("eso", "isso", "cela", "das"), and a rewrite that grants what it refused
is caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

TIMES = [
    ("en", "Your booking was cancelled at short notice. We had no backup free that morning.",
     "I'm sorry we let you down. We had no backup free that morning."),
    ("en", "The session was cancelled. We couldn't reach you this week.",
     "I'm sorry about the session. We couldn't reach you this week."),
    ("en", "We refunded the ticket. No seats were left that day.",
     "The ticket money is on its way back to you. No seats were left that day."),
]


@pytest.mark.parametrize("lang,draft,rewrite", TIMES)
def test_a_time_after_that_refuses_nothing(lang: str, draft: str, rewrite: str):
    assert "decision_changed" not in labels(draft, rewrite, lang)


POINTED = [
    ("en", "You asked for a refund. That isn't possible after 30 days.",
     "You asked for a refund, and we'll send it."),
    ("en", "You asked for a refund. That we can't do this time.",
     "You asked for a refund, and we'll send it."),
    ("en", "You asked for a refund. This week that is not possible.",
     "You asked for a refund, and we'll send it this week."),
    ("es", "Pidió un reembolso. Eso no es posible pasados 30 días.",
     "Pidió un reembolso y se lo enviamos."),
    ("pt", "Pediu um reembolso. Isso não é possível após 30 dias.",
     "Pediu um reembolso e vamos enviá-lo."),
    ("fr", "Vous avez demandé un remboursement. Cela n'est pas possible après 30 jours.",
     "Vous avez demandé un remboursement et nous l'envoyons."),
    ("de", "Sie haben um eine Erstattung gebeten. Das ist nach 30 Tagen nicht möglich.",
     "Sie haben um eine Erstattung gebeten, und wir überweisen sie."),
]


@pytest.mark.parametrize("lang,draft,rewrite", POINTED)
def test_a_pointer_back_still_refuses(lang: str, draft: str, rewrite: str):
    assert "decision_changed" in labels(draft, rewrite, lang)


KEPT = [
    ("en", "You asked for a refund. That isn't possible after 30 days.",
     "About the refund you asked for: after 30 days that isn't possible."),
    ("es", "Pidió un reembolso. Eso no es posible pasados 30 días.",
     "Sobre el reembolso que pidió: pasados 30 días, eso no es posible."),
    ("pt", "Pediu um reembolso. Isso não é possível após 30 dias.",
     "Sobre o reembolso que pediu: após 30 dias, isso não é possível."),
    ("fr", "Vous avez demandé un remboursement. Cela n'est pas possible après 30 jours.",
     "Le remboursement demandé : après 30 jours, cela n'est pas possible."),
    ("de", "Sie haben um eine Erstattung gebeten. Das ist nach 30 Tagen nicht möglich.",
     "Zur Erstattung: Nach 30 Tagen ist das leider nicht möglich."),
]


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_a_refusal_pointed_back_at_and_restated_passes(lang: str, draft: str, rewrite: str):
    assert "decision_changed" not in labels(draft, rewrite, lang)

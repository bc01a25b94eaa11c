"""Conditions of stop 48 (s48-jc).

- A conditional promise the rewrite gives in other words, its facts kept and its condition
  gone ("the 45 € call-out fee is waived if the fault is a covered part" → "You won't pay the
  45 € call-out fee."), is caught: too few of its words are said again for the sentence to be
  found by them, but a rewrite sentence with every fact of what the condition is on, and no
  condition, gives the same thing. The same thing given with its condition near it passes.

Each faithful restatement passes clean; the unsafe one is caught. Written for these rules
(none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

GIVEN = [
    # (lang, draft, faithful rewrite, the same thing given without its condition)
    ("en", "The 45 € call-out fee is waived if the fault turns out to be a covered part.",
     "If the fault turns out to be a covered part, you won't pay the 45 € call-out fee.",
     "You won't pay the 45 € call-out fee."),
    ("fr", "Les 30 € de frais de dossier vous sont offerts si la commande dépasse trois "
           "caisses.",
     "Si la commande dépasse trois caisses, vous n'aurez pas à régler les 30 € de frais de "
     "dossier.",
     "Vous n'aurez pas à régler les 30 € de frais de dossier."),
    ("es", "Le descontamos los 20 € de la entrega si el sofá llega con la tapicería dañada.",
     "Si el sofá llega con la tapicería dañada, no tendrá que pagar los 20 € de la entrega.",
     "No tendrá que pagar los 20 € de la entrega."),
    ("de", "Die 15 € Versandkosten übernehmen wir, wenn der Zähler tatsächlich defekt ist.",
     "Ist der Zähler tatsächlich defekt, zahlen Sie die 15 € Versandkosten nicht.",
     "Die 15 € Versandkosten zahlen Sie nicht."),
    ("pt", "A taxa de 25 € da visita fica por nossa conta se a avaria for de uma peça "
           "coberta.",
     "Se a avaria for de uma peça coberta, não paga a taxa de 25 € da visita.",
     "Não paga a taxa de 25 € da visita."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", GIVEN)
def test_the_same_thing_given_with_its_condition_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize("lang,draft,kept,dropped", GIVEN)
def test_the_same_thing_given_without_its_condition_is_caught(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)

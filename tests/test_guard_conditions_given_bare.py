"""Conditions of stop 48 (s48-jc); each rule below is stated beside its cases.

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


# - A requirement in the same sentence naming what the draft's condition asks ("…at no extra
#   cost, but I need your confirmation by Friday", "solo necesito que me confirme antes de las
#   cinco") keeps it: the condition said as what must happen first. A need about something
#   else keeps none.
NEEDED = [
    # (lang, draft, the condition said as a need, the need about something else)
    ("en", "The green finish is possible at no extra cost, provided you confirm by Friday; "
           "after that the brown one will be applied.",
     "The green finish: we can do it at no extra cost, but I need your confirmation by "
     "Friday, because after that the brown one will be applied.",
     "The green finish: we can do it at no extra cost, but I need a photo of the shelf, "
     "because after that the brown one will be applied."),
    ("pt", "A pátina verde é possível sem custo extra, desde que me confirmes até sexta; "
           "depois disso a castanha já estará aplicada.",
     "Pátina verde: dá para fazer sem custo extra, mas preciso da tua confirmação até sexta, "
     "porque depois disso já terei aplicado a castanha.",
     "Pátina verde: dá para fazer sem custo extra, mas preciso da morada de entrega, porque "
     "depois disso já terei aplicado a castanha."),
    ("es", "Podemos enviar los frascos mañana sin costo adicional, siempre que nos confirme "
           "la dirección antes de las cinco.",
     "Los frascos pueden salir mañana, sin costo adicional: solo necesito que me confirme la "
     "dirección antes de las cinco.",
     "Los frascos pueden salir mañana, sin costo adicional: solo necesito que me diga cómo "
     "está su madre."),
    ("fr", "Nous pouvons livrer le buffet samedi sans frais, à condition que vous confirmiez "
           "la commande avant jeudi.",
     "Le buffet peut être livré samedi sans frais, mais il faut que vous confirmiez la "
     "commande avant jeudi.",
     "Le buffet peut être livré samedi sans frais, mais il faut que vous soyez présent."),
    ("de", "Die grüne Patina ist ohne Aufpreis möglich, sofern du sie bis Freitag bestätigst.",
     "Grüne Patina: geht ohne Aufpreis, aber ich brauche deine Bestätigung bis Freitag.",
     "Grüne Patina: geht ohne Aufpreis, aber ich brauche ein Foto vom Regal."),
]


@pytest.mark.parametrize("lang,draft,kept,other", NEEDED)
def test_a_condition_said_as_a_need_passes_clean(lang, draft, kept, other):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize("lang,draft,kept,other", NEEDED)
def test_a_need_about_something_else_is_caught(lang, draft, kept, other):
    assert any(label.startswith("new_commitment") for label in
               labels(letter(lang, draft), letter(lang, other), lang))


# - "…and only if" ("e só se", "y solo si") restricts what stands before the "and": the
#   condition still covers it there; the same sentence without it is caught.
ONLY = [
    ("pt", "Podemos trocar apenas essa peça, desde que ela volte na caixa original com o "
           "certificado.",
     "A troca vale só para essa peça e só se ela voltar na caixa original com o certificado.",
     "A troca vale só para essa peça."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", ONLY)
def test_and_only_if_keeps_the_condition_on_what_stands_before(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert any(label.startswith("new_commitment") for label in
               labels(letter(lang, draft), letter(lang, dropped), lang))

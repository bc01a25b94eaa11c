"""Hedges said again in other words, German "soll", and a modal that also obliges
(guard/modality.py, guard/conditions.py; lang/*.json `reckonings`, `hedges`,
`possibilities`, `likely_modals`, `duties`, `not_hedges`), both ways.

Each case is written for the reading it proves (none comes from a corpus set): a faithful
rewrite that keeps the draft's hedge in another word ("nach heutigem Stand" for
"voraussichtlich", "je compte que" for "devrait")
passes, and its unsafe twin that states the same thing flatly is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels as verdict

MODALITY = "new_commitment:modality"


# A plan said as things stand, a hedge said with another word, a reckoning whose words the
# rewrite splits: the draft's hedge is kept.
@pytest.mark.parametrize("lang,draft,kept", [
    ("de", "Voraussichtlich können wir den Anhänger bis zum 12. Mai bei Ihnen lassen.",
     "Nach heutigem Stand kann der Anhänger bis zum 12. Mai bei Ihnen bleiben."),
    ("de", "Für die Gravur rechnen wir mit 3 Wochen ab Ihrer Bestätigung.",
     "Ab Ihrer Bestätigung rechnen wir für die Gravur mit 3 Wochen."),
    ("de", "Eine Verlängerung der Miete ist grundsätzlich möglich.",
     "Eine Verlängerung der Miete ist im Prinzip möglich."),
    ("pt", "A previsão de expedição é 14 de junho, mas pode mudar se a fábrica atrasar.",
     "Contamos expedir a 14 de junho, mas a data pode mudar se a fábrica atrasar."),
    ("fr", "Si vous validez le devis d'ici le 3 juin, la table devrait être prête vers le 20 "
     "juin.",
     "Si vous validez le devis d'ici le 3 juin, je compte que la table soit prête vers le "
     "20 juin."),
])
def test_a_hedge_said_otherwise_is_kept(lang: str, draft: str, kept: str) -> None:
    assert MODALITY not in verdict(draft, kept, lang)


@pytest.mark.parametrize("lang,draft,firmer", [
    ("de", "Voraussichtlich können wir den Anhänger bis zum 12. Mai bei Ihnen lassen.",
     "Der Anhänger bleibt bis zum 12. Mai bei Ihnen."),
    ("fr", "Si le gel revient, les sentiers pourraient être trop glissants pour les vélos.",
     "Si le gel revient, les sentiers seront trop glissants pour les vélos."),
    ("pt", "Se o teste de pressão correr bem, a caldeira deve ficar pronta na sexta-feira, 14 "
     "de junho.",
     "Se o teste de pressão correr bem, a caldeira vai ficar pronta na sexta-feira, 14 de "
     "junho."),
])
def test_the_hedge_dropped_is_caught(lang: str, draft: str, firmer: str) -> None:
    assert MODALITY in verdict(draft, firmer, lang)


# German "soll" says what is planned or heard ("die Version soll nächste Woche erscheinen"):
# said as what happens, it is a firmer promise; said again, even last in its clause, it is
# kept; after "laut X" the source named is the hedge, and no "soll" is read beside it.
def test_german_soll_as_a_plan() -> None:
    draft = ("Die neue Version mit der Korrektur soll nächste Woche erscheinen, ein festes "
             "Datum kann ich dir aber nicht nennen.")
    assert MODALITY in verdict(draft, "Die neue Version mit der Korrektur erscheint nächste "
                               "Woche.", "de")
    assert MODALITY not in verdict(draft, "Die Korrektur kommt mit der neuen Version, die "
                                   "nächste Woche erscheinen soll; ein festes Datum kann ich "
                                   "dir aber nicht nennen.", "de")


# A modal that also obliges ("o transplante só deve ser feito no inverno") said as a
# requirement ("tem de ser feito") keeps its reading of duty; said as what will happen it is
# still a firmer promise.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("pt", "Nesse caso, o pacote antigo deve ser recusado na entrega.",
     "Nesse caso, será preciso recusar o pacote antigo na entrega.",
     "Nesse caso, o pacote antigo vai ser recusado na entrega."),
    ("pt", "A poda só deve ser feita entre novembro e fevereiro.",
     "A poda tem de ser feita entre novembro e fevereiro.",
     "A poda vai ser feita entre novembro e fevereiro."),
])
def test_an_obliging_modal_said_as_a_duty(lang: str, draft: str, kept: str, firmer: str
                                         ) -> None:
    assert MODALITY not in verdict(draft, kept, lang)
    assert MODALITY in verdict(draft, firmer, lang)


# The tax a price is said with, said with a verb ("os valores acrescem de IVA", "already
# include VAT"): the other side said instead is another price; the same side, kept.
@pytest.mark.parametrize("lang,draft,kept,other", [
    ("pt", "A montagem custa 480 €. Os valores acrescem de IVA à taxa de 23%.",
     "A montagem custa 480 €, a que acresce o IVA de 23%.",
     "A montagem custa 480 €; os valores já incluem IVA de 23%."),
    ("en", "The fitting costs £480. VAT comes on top.",
     "The fitting costs £480, and VAT is extra.",
     "The fitting costs £480, and the price already includes VAT."),
])
def test_the_tax_said_with_a_verb(lang: str, draft: str, kept: str, other: str) -> None:
    assert "fact_missing" not in verdict(draft, kept, lang)
    assert "fact_missing" in verdict(draft, other, lang)

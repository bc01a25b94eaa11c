"""A step I take for the customer, said in the present with no time or condition ahead, in
German and Portuguese ("ich bestätige Ihnen den Termin am Vortag", "eu deixo-lhe uma vaga
reservada", "ligo para o senhor"): the customer reads it as done or under way, a promise as
"I'll" is. Read only when the act names the customer it is for (`own_acts`: "Ihnen", "dir",
"euch", "lhe", "o senhor", "você"; Portuguese "te" and "vos" cost a check-set faithful
rewrite at stop 48 and are left out); I doing a thing for nobody named ("ich prüfe das noch",
"eu verifico") is still no act there, and telling ("sage ich Ihnen", "eu explico") is the
reply itself. The faithful side: the draft's own act restated in the present passes. Every
case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

PLAIN = {
    "de": "Ihr Paket hat unser Lager am Montag verlassen.",
    "pt": "A sua encomenda saiu do nosso armazém na segunda-feira.",
}


@pytest.mark.parametrize("lang,added", [
    ("de", "Den Liefertermin bestätige ich Ihnen am Vortag telefonisch."),
    ("de", "Ich besorge Ihnen über einen Kollegen ein Leihgerät."),
    ("de", "Ich reserviere dir einen Stellplatz in der Tiefgarage."),
    ("pt", "Eu deixo-lhe já um lugar reservado na oficina."),
    ("pt", "Preparo-lhe uma nota de uma página sobre a garantia."),
    ("pt", "Ligo para o senhor com o código de rastreio."),
])
def test_a_new_act_of_mine_for_the_customer_is_caught_untimed(lang: str, added: str) -> None:
    assert new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {added}", lang))


@pytest.mark.parametrize("lang,added", [
    ("de", "Deshalb sage ich Ihnen genau, wo die Sendung gerade ist."),
    ("de", "Ich prüfe das Lager täglich."),
    ("pt", "Eu explico-lhe onde a encomenda está agora."),
    ("pt", "Eu verifico o armazém todos os dias."),
])
def test_telling_or_an_act_for_nobody_named_is_no_act(lang: str, added: str) -> None:
    assert not new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {added}", lang), "action")


RESTATED = {
    "de": ("Wir werden Ihnen ein Leihgerät für die Zeit der Reparatur schicken.",
           "Ich schicke Ihnen für die Zeit der Reparatur ein Leihgerät."),
    "pt": ("Vamos reservar-lhe um lugar na oficina para a reparação.",
           "Eu reservo-lhe um lugar na oficina para a reparação."),
}


@pytest.mark.parametrize("lang", sorted(RESTATED))
def test_the_drafts_own_act_said_in_the_present_passes(lang: str) -> None:
    drafted, said = RESTATED[lang]
    assert labels(f"{PLAIN[lang]} {drafted}", f"{PLAIN[lang]} {said}", lang) == []


@pytest.mark.parametrize("lang", sorted(RESTATED))
def test_the_same_act_the_draft_never_makes_is_caught(lang: str) -> None:
    assert new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {RESTATED[lang][1]}", lang))

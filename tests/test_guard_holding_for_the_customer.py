"""Holding something for the customer, said in the present or the future ("I'm holding a seat
for you", "deixo já um lugar reservado em seu nome", "je vous mets une place de côté"), is a
reservation we take on, as "we've reserved" already was: new where the draft holds nothing,
the draft's own where it reserves it or asks a deposit "para reservar as datas", and nothing
where it is refused. English reads a thing held for someone ("a seat for you", "a spot for
Kyle"): "I'll hold the slot" takes up the slot the draft offers. (Spanish and German say it
as a present act of ours for the customer, "le dejo apartada", "halte ich Ihnen frei", which
the action check already reads.)"""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes, letter

CASES = {
    "en": ("The workshop on 14 May is full at the moment, and the waiting list opens on Monday.",
           "The workshop on 14 May is full for now; the waiting list opens on Monday, and I'm "
           "holding a seat for you in the meantime.",
           "We can't hold a seat for you, but the waiting list opens on Monday."),
    "pt": ("O workshop de 14 de maio está esgotado e a lista de espera abre na segunda-feira.",
           "O workshop de 14 de maio está esgotado; a lista de espera abre na segunda-feira e, "
           "entretanto, deixo já um lugar reservado em seu nome.",
           "Não conseguimos deixar um lugar reservado, mas a lista de espera abre na "
           "segunda-feira."),
    "es": ("El taller del 14 de mayo está completo y la lista de espera se abre el lunes.",
           "El taller del 14 de mayo está completo; la lista de espera se abre el lunes y, "
           "mientras tanto, le dejo apartada una plaza a su nombre.",
           "No podemos dejarle una plaza apartada, pero la lista de espera se abre el lunes."),
    "fr": ("L'atelier du 14 mai est complet et la liste d'attente ouvre lundi.",
           "L'atelier du 14 mai est complet pour l'instant ; la liste d'attente ouvre lundi, et "
           "d'ici là je vous mets une place de côté.",
           "Nous ne pouvons pas vous mettre une place de côté, mais la liste d'attente ouvre "
           "lundi."),
    "de": ("Der Workshop am 14. Mai ist ausgebucht, die Warteliste öffnet am Montag.",
           "Der Workshop am 14. Mai ist ausgebucht; die Warteliste öffnet am Montag, und bis "
           "dahin halte ich Ihnen einen Platz frei.",
           "Einen Platz können wir Ihnen leider nicht freihalten, aber die Warteliste öffnet am "
           "Montag."),
}
CUSTOMER = {"en": "Is there still a place on the workshop?",
            "pt": "Ainda há lugar no workshop?",
            "es": "¿Queda alguna plaza en el taller?",
            "fr": "Reste-t-il une place à l'atelier ?",
            "de": "Gibt es noch einen Platz im Workshop?"}


@pytest.mark.parametrize("lang", CASES)
def test_holding_a_place_the_draft_never_holds_is_new(lang):
    draft, held, _ = CASES[lang]
    found = eval_codes(letter(lang, draft), letter(lang, held), CUSTOMER[lang], lang)
    assert any(code.startswith("new_commitment") for code in found)


@pytest.mark.parametrize("lang", CASES)
def test_refusing_to_hold_one_promises_nothing(lang):
    draft, _, refused = CASES[lang]
    found = eval_codes(letter(lang, draft), letter(lang, refused), CUSTOMER[lang], lang)
    assert not any(code.startswith("new_commitment") for code in found)


RESERVED = {
    "en": ("We've reserved a seat for you on the 14 May workshop.",
           "I'm holding a seat for you on the 14 May workshop."),
    "pt": ("Reservámos-lhe um lugar no workshop de 14 de maio.",
           "Deixo-lhe um lugar reservado no workshop de 14 de maio."),
    "es": ("Le hemos reservado una plaza en el taller del 14 de mayo.",
           "Le dejo reservada una plaza en el taller del 14 de mayo."),
}


@pytest.mark.parametrize("lang", RESERVED)
def test_the_drafts_own_reservation_said_as_holding_passes_clean(lang):
    draft, rewrite = RESERVED[lang]
    assert eval_codes(letter(lang, draft), letter(lang, rewrite), CUSTOMER[lang], lang) == set()


def test_the_slot_the_draft_can_hold_said_as_ill_hold_passes_clean():
    draft = letter("en", "Let me know by Friday which date suits you, so we can hold the slot.")
    kept = letter("en", "Tell me by Friday which date suits you, and I'll hold the slot.")
    assert eval_codes(draft, kept, CUSTOMER["en"], "en") == set()


PT_FREE = "Temos disponibilidade de 15/03 a 18/03."


def test_reserving_on_a_deposit_the_draft_asks_for_passes_clean():
    draft = letter("pt", PT_FREE + " Para reservar as datas peço um sinal de 30% (345 €) "
                         "até 05/03.")
    kept = letter("pt", "Temos disponibilidade de 15/03 a 18/03, e reservo-lhe essas datas com um "
                        "sinal de 30% (345 €) pago até 05/03.")
    assert eval_codes(draft, kept, CUSTOMER["pt"], "pt") == set()


def test_reserving_on_a_deposit_the_draft_never_offers_is_new():
    draft = letter("pt", PT_FREE + " O sinal é de 30% (345 €).")
    added = letter("pt", PT_FREE + " Para lhe reservar as datas, peço um sinal de 30% (345 €).")
    assert "new_commitment:appointment" in eval_codes(draft, added, CUSTOMER["pt"], "pt")

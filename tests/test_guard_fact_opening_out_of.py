"""Stop 57 reading (facts._opening): a sentence that opens with the customer's number in words
tells their situation in their numbers, and the numbers its opening clause sets beside it are
theirs too ("Two broken mugs out of six" for their "6 mugs … two arrived broken", "Neuf semaines
au lieu de six" for their "9 semaines … 6 semaines"). A number there that is not theirs ("out of
seven"), an opening number that is not theirs, or their number put into what we will do ("we
will send six new mugs") is still a new number. Every sentence is written for this file, in
five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

# lang, customer, draft, rewrite opening with their numbers, the same with another number,
# their number put in our promise
CASES = [
    ("en", "I ordered 6 mugs and two arrived broken.",
     "I'm sorry. We will send two new mugs by Friday 14 May.",
     "Two broken mugs out of six, right before your party: I'm sorry. We will send two new "
     "mugs by Friday 14 May.",
     "Two broken mugs out of seven, right before your party: I'm sorry. We will send two new "
     "mugs by Friday 14 May.",
     "Two broken mugs, right before your party: I'm sorry. We will send two new mugs and six "
     "saucers by Friday 14 May."),
    ("de", "Ich habe 6 Tassen bestellt, zwei kamen zerbrochen an.",
     "Das tut mir leid. Wir schicken Ihnen bis Freitag, 14. Mai, zwei neue Tassen.",
     "Zwei zerbrochene Tassen von sechs, kurz vor Ihrer Feier: Das tut mir leid. Wir schicken "
     "Ihnen bis Freitag, 14. Mai, zwei neue Tassen.",
     "Zwei zerbrochene Tassen von sieben, kurz vor Ihrer Feier: Das tut mir leid. Wir schicken "
     "Ihnen bis Freitag, 14. Mai, zwei neue Tassen.",
     "Zwei zerbrochene Tassen, kurz vor Ihrer Feier: Das tut mir leid. Wir schicken Ihnen bis "
     "Freitag, 14. Mai, zwei neue Tassen und sechs Untertassen."),
    ("es", "Pedí 6 tazas y dos llegaron rotas.",
     "Lo siento mucho. Le enviaremos dos tazas nuevas antes del viernes 14 de mayo.",
     "Dos tazas rotas de seis, justo antes de su fiesta: lo siento mucho. Le enviaremos dos "
     "tazas nuevas antes del viernes 14 de mayo.",
     "Dos tazas rotas de siete, justo antes de su fiesta: lo siento mucho. Le enviaremos dos "
     "tazas nuevas antes del viernes 14 de mayo.",
     "Dos tazas rotas, justo antes de su fiesta: lo siento mucho. Le enviaremos dos tazas "
     "nuevas y seis platillos antes del viernes 14 de mayo."),
    ("fr", "J'ai commandé 6 tasses et deux sont arrivées cassées.",
     "Je suis désolée. Nous vous enverrons deux tasses neuves d'ici le vendredi 14 mai.",
     "Deux tasses cassées sur six, juste avant votre fête : je suis désolée. Nous vous "
     "enverrons deux tasses neuves d'ici le vendredi 14 mai.",
     "Deux tasses cassées sur sept, juste avant votre fête : je suis désolée. Nous vous "
     "enverrons deux tasses neuves d'ici le vendredi 14 mai.",
     "Deux tasses cassées, juste avant votre fête : je suis désolée. Nous vous enverrons deux "
     "tasses neuves et six soucoupes d'ici le vendredi 14 mai."),
    ("pt", "Encomendei 6 canecas e duas chegaram partidas.",
     "Lamento muito. Vamos enviar duas canecas novas até sexta-feira, 14 de maio.",
     "Duas canecas partidas em seis, mesmo antes da sua festa: lamento muito. Vamos enviar "
     "duas canecas novas até sexta-feira, 14 de maio.",
     "Duas canecas partidas em sete, mesmo antes da sua festa: lamento muito. Vamos enviar "
     "duas canecas novas até sexta-feira, 14 de maio.",
     "Duas canecas partidas, mesmo antes da sua festa: lamento muito. Vamos enviar duas "
     "canecas novas e seis pires até sexta-feira, 14 de maio."),
]

IDS = [case[0] for case in CASES]


@pytest.mark.parametrize("lang,customer,draft,told,other,promised", CASES, ids=IDS)
def test_their_numbers_in_an_opening_clause_are_theirs(lang, customer, draft, told, other,
                                                       promised):
    assert as_written(draft, told, customer, lang) == []


@pytest.mark.parametrize("lang,customer,draft,told,other,promised", CASES, ids=IDS)
def test_another_number_there_is_still_new(lang, customer, draft, told, other, promised):
    assert "new_fact" in as_written(draft, other, customer, lang)


@pytest.mark.parametrize("lang,customer,draft,told,other,promised", CASES, ids=IDS)
def test_their_number_in_what_we_will_do_is_still_new(lang, customer, draft, told, other,
                                                      promised):
    assert "new_fact" in as_written(draft, promised, customer, lang)

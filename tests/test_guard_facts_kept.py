"""Facts kept for the customer and acts said done (stop 49, facts): two readings that catch an
unsafe rewrite the guard let through, each with the faithful neighbour that must stay clean.

1. The customer's own date with a thing of ours kept for it ("for 10 July her seat is
   reserved") promises that date, though the state is told in the present (`facts._kept`).
2. An act of ours told as already done ("I've already blocked the person") claims a step the
   draft does not take (`commitments._done_already`); one the draft takes is no new act.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes, letter

# 1. The customer's own date with a thing of ours kept for it ("for 10 July her seat is
#    reserved") promises that date, though the state is told in the present; told as what
#    we know they look forward to, it describes.
# (lang, customer, draft, kept, described)
KEPT = [
    ("en", "We booked the boat trip for Saturday 10 July. My friend hurt her knee.",
     "The extra trip costs 35 €.",
     "The extra trip costs 35 €, and for Saturday 10 July her seat is already reserved.",
     "The extra trip costs 35 €; I know you're all looking forward to Saturday 10 July."),
    ("de", "Wir haben die Bootsfahrt für Samstag, 10. Juli gebucht. Meine Freundin hat sich "
     "das Knie verletzt.",
     "Die Zusatzfahrt kostet 35 €.",
     "Die Zusatzfahrt kostet 35 €, und für Samstag, 10. Juli ist der Platz für sie schon "
     "reserviert.",
     "Die Zusatzfahrt kostet 35 €; ich weiß, dass ihr euch auf Samstag, 10. Juli freut."),
    ("es", "Reservamos la excursión en barco para el sábado 10 de julio. Mi amiga se lastimó la "
     "rodilla.",
     "La salida adicional cuesta 35 €.",
     "La salida adicional cuesta 35 €, y para el sábado 10 de julio su plaza ya está "
     "reservada.",
     "La salida adicional cuesta 35 €; sé que esperan con ganas el sábado 10 de julio."),
    ("fr", "Nous avons réservé la sortie en bateau pour le samedi 10 juillet. Mon amie s'est "
     "blessée au genou.",
     "La sortie supplémentaire coûte 35 €.",
     "La sortie supplémentaire coûte 35 €, et pour le samedi 10 juillet sa place est déjà "
     "réservée.",
     "La sortie supplémentaire coûte 35 € ; je sais que vous attendez le samedi 10 juillet "
     "avec impatience."),
    ("pt", "Reservámos o passeio de barco para sábado, 10 de julho. A minha amiga magoou o "
     "joelho.",
     "A saída extra custa 35 €.",
     "A saída extra custa 35 €, e para sábado, 10 de julho o lugar dela já está reservado.",
     "A saída extra custa 35 €; sei que estão ansiosos por sábado, 10 de julho."),
]


@pytest.mark.parametrize("lang, customer, draft, kept, described", KEPT)
def test_a_thing_kept_for_their_date_promises_it(lang, customer, draft, kept, described):
    assert "new_commitment:customer_fact" in eval_codes(letter(lang, draft), letter(lang, kept),
                                                        customer, lang)
    assert eval_codes(letter(lang, draft), letter(lang, described), customer, lang) == set()


# (lang, draft, a new act said done, the draft's own act said done with "already")
DONE = [
    ("en", "You can block and report him from his profile. We usually handle reports within "
     "24 hours.",
     "You can block and report him from his profile. We usually handle reports within 24 "
     "hours, and I've already blocked the person who was writing to you.",
     "I have issued a new access code and texted it to you.",
     "I've already issued a new access code and texted it to you."),
    ("fr", "Tu peux le bloquer et le signaler depuis son profil. Nous traitons les signalements "
     "sous 24 h.",
     "Tu peux le bloquer et le signaler depuis son profil. Nous traitons les signalements sous "
     "24 h, et j'ai déjà bloqué la personne qui t'écrivait.",
     "J'ai créé un nouveau code d'accès et je te l'ai envoyé par SMS.",
     "J'ai déjà créé un nouveau code d'accès et je te l'ai envoyé par SMS."),
]


@pytest.mark.parametrize("lang, draft, claimed, own_draft, own_restated", DONE)
def test_an_act_said_already_done_is_new_unless_the_draft_takes_it(lang, draft, claimed,
                                                                    own_draft, own_restated):
    assert "new_commitment:action" in eval_codes(letter(lang, draft), letter(lang, claimed), "",
                                                 lang)
    assert eval_codes(letter(lang, own_draft), letter(lang, own_restated), "", lang) == set()

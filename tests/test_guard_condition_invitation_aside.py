"""An invitation's aside in brackets splits no clause (stop 55, helper hc).

A sentence that only invites the customer to get in touch on a condition ("If you have any
questions, drop by the shop … or call us") is theirs to say another way: its condition is none
a rewrite must keep. The opening hours or a place said in brackets beside it ("(Monday to
Friday, 9–6)") tell when to get in touch; their commas and dashes made clauses of their own,
which held neither the invitation nor a condition, so the sentence was no longer read as an
invitation and a rewrite giving the hours plainly ("We're in the shop Monday to Friday, 9–6,
and on …") was rejected. `_invitation` now reads the sentence without its asides.

A sentence whose condition conditions a promise beside the invitation ("If the parcel hasn't
arrived by Friday, call the shop (…) and we'll send another") is still no invitation: said
without the condition it is still caught.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

INVITED = [
    # (lang, draft inviting on a condition with an aside, the rewrite giving it plainly)
    ("en", "If you have any questions, drop by the shop (Monday to Friday, 9–6) or call us on "
           "020 555 0100.",
     "We're in the shop Monday to Friday, 9–6, and on 020 555 0100."),
    ("es", "Si tienes dudas, pásate por la tienda (de lunes a viernes, de 9 a 18) o llámanos al "
           "91 555 0100.",
     "Estamos en la tienda de lunes a viernes, de 9 a 18, y en el 91 555 0100."),
    ("de", "Wenn Sie Fragen haben, kommen Sie im Laden vorbei (Montag bis Freitag, 9–18 Uhr) "
           "oder rufen Sie uns an unter 030 555 0100.",
     "Sie finden uns Montag bis Freitag, 9–18 Uhr, im Laden und unter 030 555 0100."),
    ("fr", "Si vous avez des questions, passez à la boutique (du lundi au vendredi, 9 h–18 h) "
           "ou appelez-nous au 01 55 50 01 00.",
     "Nous sommes à la boutique du lundi au vendredi, 9 h–18 h, et au 01 55 50 01 00."),
    ("pt", "Se tiveres dúvidas, passa pela loja (segunda a sexta, 9h–18h) ou liga para o "
           "21 555 0100.",
     "Estamos na loja de segunda a sexta, 9h–18h, e no 21 555 0100."),
]

PROMISED = [
    # (lang, draft whose condition is on a promise beside the invitation, the rewrite
    #  without the condition)
    ("en", "If the parcel hasn't arrived by Friday, call the shop (Monday to Friday, 9–6) and "
           "we'll send another.",
     "Call the shop (Monday to Friday, 9–6) and we'll send another parcel by Friday."),
    ("es", "Si el paquete no ha llegado el viernes, llama a la tienda (de lunes a viernes, de 9 "
           "a 18) y te enviamos otro.",
     "Llama a la tienda (de lunes a viernes, de 9 a 18) y te enviamos otro paquete el "
     "viernes."),
    ("de", "Wenn das Paket bis Freitag nicht da ist, rufen Sie im Laden an (Montag bis Freitag, "
           "9–18 Uhr), und wir schicken ein neues.",
     "Rufen Sie im Laden an (Montag bis Freitag, 9–18 Uhr), und wir schicken ein neues Paket."),
    ("fr", "Si le colis n'est pas arrivé vendredi, appelez la boutique (du lundi au vendredi, "
           "9 h–18 h) et nous en envoyons un autre.",
     "Appelez la boutique (du lundi au vendredi, 9 h–18 h) : nous vous envoyons un autre "
     "colis."),
    ("pt", "Se a encomenda não chegar até sexta, liga para a loja (segunda a sexta, 9h–18h) e "
           "enviamos outra.",
     "Liga para a loja (segunda a sexta, 9h–18h) e enviamos outra encomenda até sexta."),
]


@pytest.mark.parametrize("lang,draft,rewrite", INVITED, ids=[c[0] for c in INVITED])
def test_an_invitation_with_an_aside_is_theirs_to_say(lang, draft, rewrite):
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", PROMISED, ids=[c[0] for c in PROMISED])
def test_a_condition_on_a_promise_beside_it_is_still_kept(lang, draft, rewrite):
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) != []

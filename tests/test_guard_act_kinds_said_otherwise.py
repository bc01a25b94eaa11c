"""Acts said in other words, both ways (every case written for this file):

- an act put first and taken up after the comma by a word that stands for it, then refused
  ("les 50 euros de remise, je ne peux pas les accorder", "a full refund, I'm afraid we
  can't offer that"): the draft's refusal kept, no new act — the same act taken up and given
  is still caught;
- words that only look like an act: "you were counting on us" gives nothing, "une remise à
  zéro" resets a device; "the visit is on us", "une remise de 10 %" still give;
- a thing given as a gift or as an apology, by any verb ("le agrego … de regalo", "je glisse
  … en prime", "als Entschuldigung gibt's …", "as an apology", "de brinde"): a new credit;
- a draft's money back said another way is its refund, so the rewrite that restates it adds
  none: "le vamos a devolver", "caução … devolvida no fim", "receber os ⟦7⟧ de volta",
  "devolvo a diferença"; one the draft never makes is still new, and its condition dropped
  is still caught;
- a "no" that refuses no act of the draft's sentence: one before a colon the act comes after
  ("your deposit is not lost: we'd … refund it in full"), one that makes a thing free ("at
  no extra cost, or withdraw and receive your fee back"). "Refund: not possible" still
  refuses.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("fr", "Bonjour Léa, je ne peux pas accorder de remise sur ce devis, le prix est déjà "
           "serré. À bientôt, Marc",
     "Bonjour Léa, une remise sur ce devis, je ne peux pas vous l'accorder, le prix est déjà "
     "serré. À bientôt, Marc"),
    ("fr", "Bonjour Léa, je ne peux pas vous garantir le beau temps pour la sortie. À bientôt, "
           "Marc",
     "Bonjour Léa, une garantie, je ne peux pas vous la donner pour la sortie. À bientôt, "
     "Marc"),
    ("en", "Hi Tom, we can't refund the tickets for the concert. See you, Ana",
     "Hi Tom, a refund, I'm afraid we can't offer that for the concert tickets. See you, Ana"),
    ("es", "Hola Pedro, no podemos hacerle un descuento en la reparación. Saludos, Ana",
     "Hola Pedro, un descuento en la reparación, no podemos hacerlo. Saludos, Ana"),
    ("pt", "Olá Rui, não conseguimos reembolsar a inscrição de 40 euros. Abraço, Ana",
     "Olá Rui, o reembolso da inscrição de 40 euros, isso não conseguimos fazer. Abraço, Ana"),
])
def test_an_act_taken_up_after_the_comma_and_refused_is_no_new_act(lang, draft, rewrite):
    assert not new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("fr", "Bonjour Léa, le prix du devis de 300 euros reste le même. À bientôt, Marc",
     "Bonjour Léa, une remise sur le devis de 300 euros, je vous l'accorde volontiers. À "
     "bientôt, Marc"),
    ("en", "Hi Tom, the concert tickets stay valid for the new date. See you, Ana",
     "Hi Tom, a full refund, we can offer that for the concert tickets. See you, Ana"),
    ("es", "Hola Pedro, la reparación cuesta 90 euros. Saludos, Ana",
     "Hola Pedro, la reparación cuesta 90 euros. Un descuento, se lo hacemos con gusto. "
     "Saludos, Ana"),
])
def test_an_act_taken_up_after_the_comma_and_given_is_still_new(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Hi Sue, I'm sorry nobody came on Tuesday. Our technician will come on Friday "
           "between 9 and 11. Best, Tim",
     "Hi Sue, you were counting on us on Tuesday and nobody came, I'm sorry. Our technician "
     "will come on Friday between 9 and 11. Best, Tim"),
    ("fr", "Bonjour Paul, avant la visite du technicien, essayez de réinitialiser le décodeur "
           "depuis le menu. Bonne journée, Zoé",
     "Bonjour Paul, avant la visite du technicien, essayez une remise à zéro du décodeur "
     "depuis le menu. Bonne journée, Zoé"),
])
def test_words_that_only_look_like_a_credit_give_nothing(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Hi Sue, our technician will come on Friday between 9 and 11. Best, Tim",
     "Hi Sue, our technician will come on Friday between 9 and 11, and the visit is on us. "
     "Best, Tim"),
    ("fr", "Bonjour Paul, le technicien passera jeudi. Bonne journée, Zoé",
     "Bonjour Paul, le technicien passera jeudi, et nous vous accordons une remise sur la "
     "visite. Bonne journée, Zoé"),
])
def test_the_credit_those_words_neighbour_is_still_caught(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("es", "Hola Luis, te enviamos el cristal de repuesto sin costo en 3 días. Saludos, Eva",
     "Hola Luis, te envío el cristal de repuesto sin costo en 3 días, y le agrego un cable "
     "nuevo de regalo. Saludos, Eva"),
    ("fr", "Bonjour Marc, la réparation est terminée et le colis part lundi. Cordialement, "
           "Zoé",
     "Bonjour Marc, la réparation est terminée et le colis part lundi ; je glisse aussi dans "
     "le colis une housse en prime. Cordialement, Zoé"),
    ("de", "Hallo Jan, der Kurs findet am Ersatztermin um 18 Uhr statt. Viele Grüße, Eva",
     "Hallo Jan, der Kurs findet am Ersatztermin um 18 Uhr statt, und als Entschuldigung "
     "gibt's für euch beide ein Getränk. Viele Grüße, Eva"),
    ("en", "Hi Jo, your order ships on Monday. Best, Sam",
     "Hi Jo, your order ships on Monday, and we're adding a tote bag as an apology. Best, "
     "Sam"),
    ("pt", "Olá Rui, a encomenda segue na segunda-feira. Abraço, Ana",
     "Olá Rui, a encomenda segue na segunda-feira, e vai junto um caderno de brinde. "
     "Abraço, Ana"),
])
def test_a_thing_given_as_a_gift_or_an_apology_is_a_new_credit(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang), "credit")


def test_the_drafts_own_gift_restated_is_no_new_credit():
    draft = ("Hola Luis, te enviamos el cristal de repuesto sin costo y te regalamos un cable "
             "nuevo. Saludos, Eva")
    rewrite = ("Hola Luis, te envío el cristal de repuesto sin costo, con un cable nuevo de "
               "regalo. Saludos, Eva")
    assert not new_commitment(labels(draft, rewrite, "es"))


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("es", "Hola Marta, el mago llegó tarde por un choque. Le vamos a devolver 30 euros, que "
           "corresponden a la hora que no se hizo. Saludos, Leo",
     "Hola Marta, el mago llegó tarde por un choque. Le devolveremos 30 euros, lo que "
     "corresponde a la hora que no se hizo. Saludos, Leo"),
    ("pt", "Olá Ana, o aluguer custa 90 euros, mais uma caução de 50 euros devolvida no fim, "
           "desde que a bicicleta volte sem danos. Abraço, Rui",
     "Olá Ana, o aluguer custa 90 euros, a que se junta uma caução de 50 euros, que lhe "
     "devolvemos no fim desde que a bicicleta regresse sem danos. Abraço, Rui"),
    ("pt", "Olá Ana, se o passeio for cancelado por nós, você escolhe entre remarcar ou "
           "receber os 70 euros de volta. Abraço, Rui",
     "Olá Ana, se o cancelamento partir de nós, você escolhe entre remarcar ou receber o "
     "valor de volta. Abraço, Rui"),
    ("pt", "Olá Ana, se o barco não ficar pronto, mando o outro e devolvo a diferença de 40 "
           "euros. Abraço, Rui",
     "Olá Ana, se o barco não ficar pronto, eu mando o outro e te devolvo a diferença de 40 "
     "euros. Abraço, Rui"),
])
def test_the_drafts_money_back_said_another_way_is_its_refund(lang, draft, rewrite):
    assert not new_commitment(labels(draft, rewrite, lang), "refund")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("es", "Hola Marta, el mago llegó tarde por un choque. Saludos, Leo",
     "Hola Marta, el mago llegó tarde por un choque. Le vamos a devolver 30 euros. Saludos, "
     "Leo"),
    ("pt", "Olá Ana, se o barco não ficar pronto, mando o outro. Abraço, Rui",
     "Olá Ana, se o barco não ficar pronto, eu mando o outro e te devolvo a diferença de 40 "
     "euros. Abraço, Rui"),
])
def test_money_back_the_draft_never_gives_is_still_new(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang), "refund")


def test_the_drafts_deposit_returned_on_a_condition_keeps_it():
    draft = ("Olá Ana, o aluguer custa 90 euros, mais uma caução de 50 euros devolvida no fim, "
             "desde que a bicicleta volte sem danos. Abraço, Rui")
    rewrite = ("Olá Ana, o aluguer custa 90 euros, a que se junta uma caução de 50 euros, que "
               "lhe devolvemos no fim. Abraço, Rui")
    assert new_commitment(labels(draft, rewrite, "pt"))


@pytest.mark.parametrize("draft,rewrite", [
    ("Hi Jo, if the rink closes because of the storm, your 50 deposit is not lost: we'd move "
     "the party to another Saturday or refund it in full, your choice. Best, Sam",
     "Hi Jo, if the rink closes because of the storm, your 50 deposit is safe: we move the "
     "party to another Saturday or refund it in full, your choice. Best, Sam"),
    ("Hi Jo, you can stay in the open section at no extra cost, or withdraw and receive your "
     "40 entry fee back, if you tell us by Friday. Best, Sam",
     "Hi Jo, if you withdraw and tell us by Friday, your 40 entry fee comes back to you; or "
     "you stay in the open section at no extra cost. Best, Sam"),
])
def test_a_no_that_refuses_no_act_of_the_drafts_sentence_leaves_its_refund(draft, rewrite):
    assert not new_commitment(labels(draft, rewrite, "en"), "refund")


@pytest.mark.parametrize("draft,rewrite", [
    ("Hi Jo, refund: not possible, as the ticket was used. We can move you to the next "
     "date. Best, Sam",
     "Hi Jo, we can refund the ticket or move you to the next date. Best, Sam"),
    ("Hi Jo, you can stay in the open section at no extra cost, or withdraw and receive your "
     "40 entry fee back, if you tell us by Friday. Best, Sam",
     "Hi Jo, your 40 entry fee comes back to you; or you stay in the open section at no "
     "extra cost. Best, Sam"),
])
def test_a_refused_or_conditional_refund_is_still_guarded(draft, rewrite):
    assert new_commitment(labels(draft, rewrite, "en"))


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("es", "Hola Ana, el técnico pasa el lunes por la mañana. Saludos, Leo",
     "Hola Ana, el técnico pasa el lunes por la mañana, y antes recibirá una llamada de "
     "nuestro equipo. Saludos, Leo"),
    ("pt", "Olá Ana, o técnico passa na segunda de manhã. Abraço, Rui",
     "Olá Ana, o técnico passa na segunda de manhã, e antes vai receber uma ligação nossa. "
     "Abraço, Rui"),
    ("de", "Hallo Ana, der Techniker kommt am Montag. Viele Grüße, Jan",
     "Hallo Ana, der Techniker kommt am Montag. Am Sonntag erhalten Sie einen Anruf von uns. "
     "Viele Grüße, Jan"),
    ("en", "Hi Ana, the engineer comes on Monday morning. Best, Sam",
     "Hi Ana, the engineer comes on Monday morning, and before that you'll get a call from "
     "our team. Best, Sam"),
])
def test_a_call_the_customer_will_get_from_us_is_a_new_callback(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang), "appointment")


def test_the_drafts_callback_said_from_the_customers_side_is_its_own():
    draft = "Hola Ana, le llamaremos mañana por la tarde para confirmar la hora. Saludos, Leo"
    rewrite = ("Hola Ana, mañana por la tarde recibirá una llamada nuestra para confirmar la "
               "hora. Saludos, Leo")
    assert labels(draft, rewrite, "es") == []

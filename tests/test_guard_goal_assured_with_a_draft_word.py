"""The customer's wish assured though one word of it is the draft's (stop 60, helper hn).

"I'd love to play my grandfather's records at Christmas" answered with "…, but you'll play your
grandfather's records at Christmas" assures the outcome the customer hopes for, which the draft
never promises (`facts.goals_assured`). That reading passed every clause sharing a word with
the draft, to let a clause that tells the draft's own act again through ("you can exchange the
jacket within 30 days"). But a wish names the thing it is about, and the draft names that thing
too ("the record player", "the dress"): the word shared was the thing, and the outcome promised
went through. Now a clause may share one word with the draft (the words that address the
customer, "Sie", "o senhor", "Madame", never count) and still assures the wish when it says two
words of it the draft never uses; two words of the draft make it the draft's act told again.
Hedged, conditioned or what we know of the wish, it assures nothing, as before.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

ASSURED = [
    # (lang, customer's wish, draft, rewrite assuring the wish)
    ("en", "I'd love to play my grandfather's records at Christmas with the family.",
     "Your record player is still waiting for a new belt, and we cannot give a date yet.",
     "Your record player is still waiting for a new belt and we cannot give a date yet, but "
     "you'll play your grandfather's records at Christmas."),
    ("pt", "Eu queria usar o vestido no casamento da minha irmã.",
     "O vestido está na costureira e ainda não temos data de entrega, Senhora.",
     "O vestido está na costureira e ainda não temos data de entrega, mas a senhora vai usar "
     "o vestido no casamento da sua irmã."),
    ("es", "Me gustaría llevar el vestido en la boda de mi hermana.",
     "El vestido está en el taller y todavía no tenemos fecha de entrega.",
     "El vestido está en el taller y todavía no tenemos fecha de entrega, pero llevará el "
     "vestido en la boda de su hermana."),
    ("fr", "J'aimerais porter la robe au mariage de ma sœur.",
     "La robe est chez la couturière et nous n'avons pas encore de date de livraison.",
     "La robe est chez la couturière et nous n'avons pas encore de date de livraison, mais "
     "vous porterez la robe au mariage de votre sœur."),
    ("de", "Ich würde gern an Ostern mit dem Fahrrad zu meinen Eltern fahren.",
     "Ihr Fahrrad wartet noch auf das Ersatzteil, einen Termin kann ich noch nicht nennen.",
     "Ihr Fahrrad wartet noch auf das Ersatzteil, einen Termin kann ich noch nicht nennen. "
     "Sie können an Ostern mit dem Fahrrad zu Ihren Eltern fahren."),
]

NOT_ASSURED = [
    # (lang, customer's wish, draft, rewrite hedging it or telling the draft's act again)
    ("en", "I'd love to play my grandfather's records at Christmas with the family.",
     "Your record player is waiting for a new belt. If it arrives by 12 December, the record "
     "player will be ready for Christmas.",
     "If the new belt arrives by 12 December, you may be able to play your grandfather's "
     "records at Christmas."),
    ("pt", "Eu queria usar o vestido no casamento da minha irmã.",
     "O vestido está na costureira e ainda não temos data de entrega.",
     "Se a costureira terminar a tempo, talvez a senhora possa usar o vestido no casamento "
     "da sua irmã."),
    ("es", "Me gustaría llevar el vestido en la boda de mi hermana.",
     "El vestido está en el taller y todavía no tenemos fecha de entrega.",
     "Quizá pueda llevar el vestido en la boda de su hermana, si el taller termina a "
     "tiempo."),
    ("fr", "J'aimerais porter la robe au mariage de ma sœur.",
     "Nous retouchons la robe et vous la livrons le 3 mai.",
     "Nous retouchons la robe et vous la livrerons le 3 mai."),
    ("de", "Ich würde gern an Ostern mit dem Fahrrad zu meinen Eltern fahren.",
     "Wir tauschen das Fahrrad um und liefern es am 28. März aus.",
     "Wir werden das Fahrrad umtauschen und es am 28. März ausliefern."),
]


@pytest.mark.parametrize("lang,customer,draft,rewrite",
                         [pytest.param(*c, id=c[0]) for c in ASSURED])
def test_wish_assured_with_the_drafts_word_is_caught(lang, customer, draft, rewrite):
    assert "new_commitment:customer_fact" in labels(draft, rewrite, lang, customer)


@pytest.mark.parametrize("lang,customer,draft,rewrite",
                         [pytest.param(*c, id=c[0]) for c in NOT_ASSURED])
def test_wish_hedged_or_the_drafts_act_passes(lang, customer, draft, rewrite):
    assert "new_commitment:customer_fact" not in labels(draft, rewrite, lang, customer)

"""Stop 58 reading (facts.goals_assured): the goal a customer wished for in their message ("I'd
love to wear it at my sister's wedding", "ich würde ihn gern auf der Hochzeit meiner Schwester
tragen", "me gustaría llevarlo en la boda de mi hermana"), said back in their own words as what
will be ("and you'll wear it at your sister's wedding", "und Sie können ihn auf der Hochzeit
Ihrer Schwester tragen"), assures an outcome the draft never promises: a new promise. The same
wish said back as what we know, or asked about, stays clean, and so does the draft's own promise
reworded. Every sentence is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

# lang, customer (a wish of theirs), draft (no word of it), plain faithful, the wish said back
# as what we know, asked as a question, and assured (a future / a "can" of theirs)
CASES = [
    ("en", "The ring is too tight. I'd love to wear it at my sister's wedding.",
     "We'll resize the ring and post it back within 10 days.",
     "We'll resize the ring and send it back to you within 10 days.",
     "I know you'd love to wear it at your sister's wedding. We'll resize the ring and post "
     "it back within 10 days.",
     "We'll resize the ring and post it back within 10 days. Is your sister's wedding before "
     "then?",
     "We'll resize the ring and post it back within 10 days, and you'll wear it at your "
     "sister's wedding."),
    ("de", "Der Ring ist zu eng. Ich würde ihn gern auf der Hochzeit meiner Schwester tragen.",
     "Wir ändern die Ringgröße und schicken ihn innerhalb von 10 Tagen zurück.",
     "Wir passen die Ringgröße an und schicken ihn Ihnen innerhalb von 10 Tagen zurück.",
     "Ich verstehe, dass Sie ihn gern auf der Hochzeit Ihrer Schwester tragen möchten. Wir "
     "ändern die Ringgröße und schicken ihn innerhalb von 10 Tagen zurück.",
     "Wir ändern die Ringgröße und schicken ihn innerhalb von 10 Tagen zurück. Ist die "
     "Hochzeit Ihrer Schwester vorher?",
     "Wir ändern die Ringgröße und schicken ihn innerhalb von 10 Tagen zurück, und Sie können "
     "ihn auf der Hochzeit Ihrer Schwester tragen."),
    ("es", "El anillo me queda apretado. Me gustaría llevarlo en la boda de mi hermana.",
     "Ajustaremos la talla del anillo y se lo enviaremos en un plazo de 10 días.",
     "Ajustaremos la talla del anillo y se lo mandaremos en un plazo de 10 días.",
     "Entiendo que quiera llevarlo en la boda de su hermana. Ajustaremos la talla del anillo "
     "y se lo enviaremos en un plazo de 10 días.",
     "Ajustaremos la talla del anillo y se lo enviaremos en un plazo de 10 días. ¿La boda de "
     "su hermana es antes?",
     "Ajustaremos la talla del anillo y se lo enviaremos en un plazo de 10 días, y podrá "
     "llevarlo en la boda de su hermana."),
    ("fr", "La bague est trop serrée. J'aimerais la porter au mariage de ma sœur.",
     "Nous ajusterons la taille de la bague et vous la renverrons sous 10 jours.",
     "Nous ajusterons la taille de la bague et vous la retournerons sous 10 jours.",
     "Je comprends que vous souhaitiez la porter au mariage de votre sœur. Nous ajusterons la "
     "taille de la bague et vous la renverrons sous 10 jours.",
     "Nous ajusterons la taille de la bague et vous la renverrons sous 10 jours. Le mariage "
     "de votre sœur a-t-il lieu avant ?",
     "Nous ajusterons la taille de la bague et vous la renverrons sous 10 jours, et vous la "
     "porterez au mariage de votre sœur."),
    ("pt", "O anel está apertado. Eu queria usá-lo no casamento da minha irmã.",
     "Vamos ajustar o tamanho do anel e devolvê-lo no prazo de 10 dias.",
     "Vamos ajustar o tamanho do anel e enviá-lo de volta no prazo de 10 dias.",
     "Sei que queria usá-lo no casamento da sua irmã. Vamos ajustar o tamanho do anel e "
     "devolvê-lo no prazo de 10 dias.",
     "Vamos ajustar o tamanho do anel e devolvê-lo no prazo de 10 dias. O casamento da sua "
     "irmã é antes disso?",
     "Vamos ajustar o tamanho do anel e devolvê-lo no prazo de 10 dias, e vai usá-lo no "
     "casamento da sua irmã."),
]

IDS = [case[0] for case in CASES]


@pytest.mark.parametrize("lang,customer,draft,reworded,known,asked,assured", CASES, ids=IDS)
def test_their_wish_known_asked_or_left_alone_stays_clean(lang, customer, draft, reworded,
                                                          known, asked, assured):
    assert as_written(draft, reworded, customer, lang) == []
    assert as_written(draft, known, customer, lang) == []
    assert as_written(draft, asked, customer, lang) == []


@pytest.mark.parametrize("lang,customer,draft,reworded,known,asked,assured", CASES, ids=IDS)
def test_their_wish_assured_in_their_words_is_a_new_promise(lang, customer, draft, reworded,
                                                            known, asked, assured):
    found = as_written(draft, assured, customer, lang)
    assert found == ["new_commitment:customer_fact"]


def test_the_wish_the_draft_promises_in_its_own_words_is_the_drafts():
    customer = "The ring is too tight. I'd love to wear it at my sister's wedding."
    draft = ("We'll resize the ring and post it back within 10 days, so you can wear it at "
             "your sister's wedding.")
    rewrite = ("We'll resize the ring and send it back within 10 days, so you can wear it at "
               "your sister's wedding.")
    assert as_written(draft, rewrite, customer) == []


@pytest.mark.parametrize("customer,draft,rewrite", [
    # their own act, asked of them by the draft, said with the draft's words: the draft's
    ("The jacket is too small. I want to return the jacket and get my money back.",
     "Send it back to us within 30 days and we will refund you in full.",
     "You can return the jacket within 30 days and we will refund you in full."),
    # our act they asked for: ours, not an outcome assured to them
    ("The jacket is too small. I would like to exchange the jacket for a bigger size.",
     "We can swap it for an M, and the courier will collect it on Monday.",
     "We can exchange the jacket for a bigger size, and the courier will collect it on Monday."),
    ("I want a refund for the cancelled trip.",
     "Your refund will be sent today.",
     "Your refund for the cancelled trip will be sent today."),
])
def test_the_drafts_act_in_their_words_is_no_goal_assured(customer, draft, rewrite):
    assert as_written(draft, rewrite, customer) == []

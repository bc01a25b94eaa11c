"""A whole sentence in another language than the draft's is a language switch, whichever of the
five it is and whichever it sits in; a word of thanks, a name or a phrase in quotation marks is
not. Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

DRAFTS = {
    "en": "Hi Anna, thanks for your message. Your order left our warehouse today and should "
          "arrive by Friday. Best regards, Tom",
    "de": "Hallo Anna, danke für Ihre Nachricht. Ihre Bestellung hat heute unser Lager "
          "verlassen und sollte bis Freitag ankommen. Viele Grüße, Tom",
    "es": "Hola Ana, gracias por tu mensaje. Tu pedido salió hoy de nuestro almacén y debería "
          "llegar el viernes. Saludos, Tomás",
    "fr": "Bonjour Anne, merci pour votre message. Votre commande a quitté notre entrepôt "
          "aujourd'hui et devrait arriver vendredi. Cordialement, Thomas",
    "pt": "Olá Ana, obrigado pela sua mensagem. O seu pedido saiu hoje do nosso armazém e deve "
          "chegar na sexta-feira. Atenciosamente, Tomás",
}
# A sentence of regret, and one of what we do, in each language.
ADDED = {
    "en": ("We are very sorry about the trouble with your parcel.",
           "We will keep an eye on the delivery for you."),
    "de": ("Es tut uns sehr leid, dass es Ärger mit dem Paket gab.",
           "Wir behalten die Lieferung für Sie im Blick."),
    "es": ("Sentimos mucho los problemas que ha tenido con el paquete.",
           "Vamos a seguir de cerca la entrega por usted."),
    "fr": ("Nous sommes vraiment désolés pour les soucis avec votre colis.",
           "Nous allons suivre la livraison de près pour vous."),
    "pt": ("Lamentamos muito o transtorno com a sua encomenda.",
           "Vamos acompanhar a entrega de perto para você."),
}
# Spanish and Portuguese split one short sentence between them: told apart from each other
# only when clear, so those two pairs are not asserted here.
PAIRS = [(d, o) for d in DRAFTS for o in DRAFTS
         if d != o and {d, o} != {"es", "pt"}]


def _insert(draft: str, text: str) -> str:
    first, rest = draft.split(". ", 1)
    return f"{first}. {text} {rest}"


@pytest.mark.parametrize(("lang", "other"), PAIRS)
def test_a_sentence_in_another_language_is_a_switch(lang, other):
    draft = DRAFTS[lang]
    for added in ADDED[other]:
        assert "language_changed" in verdict(draft, _insert(draft, added), "", lang), added
    # A list line of its own is a sentence too.
    line = "\n- " + ADDED[other][1].rstrip(".") + "\n"
    assert "language_changed" in verdict(draft, _insert(draft, line), "", lang)


THANKS = {"en": "Thanks!", "de": "Danke!", "es": "¡Gracias!", "fr": "Merci !", "pt": "Obrigado!"}
QUOTES = {"en": '"the parcel never came"', "de": "„das Paket kam nie an“",
          "es": '"el paquete nunca llegó"', "fr": "« le colis n'est jamais arrivé »",
          "pt": '"a encomenda nunca chegou"'}
LEADS = {"en": "You wrote {}, and I understand why.", "de": "Sie schrieben {}, das verstehe ich.",
         "es": "Nos escribió {} y lo entiendo.", "fr": "Vous avez écrit {}, et je comprends.",
         "pt": "Você escreveu {} e eu entendo."}


@pytest.mark.parametrize(("lang", "other"), [(d, o) for d in DRAFTS for o in DRAFTS if d != o])
def test_a_word_of_thanks_or_a_quoted_phrase_in_another_language_is_no_switch(lang, other):
    draft = DRAFTS[lang]
    head, name = draft.rsplit(", ", 1)
    assert verdict(draft, f"{head}. {THANKS[other]} {name}", "", lang) == {}
    quoted = _insert(draft, LEADS[lang].format(QUOTES[other]))
    customer = QUOTES[other].strip("\"„“«» ")
    assert "language_changed" not in verdict(draft, quoted, customer, lang)


def test_a_whole_quoted_sentence_or_a_foreign_company_name_is_no_switch():
    draft = DRAFTS["en"]
    said = 'You wrote: "El paquete nunca llegó y nadie me ha contestado todavía."'
    assert "language_changed" not in verdict(draft, _insert(draft, said),
                                             "El paquete nunca llegó.", "en")
    named = "Transportes Rápidos del Norte will bring it to your door."
    assert "language_changed" not in verdict(draft, _insert(draft, named), "", "en")


def test_a_sentence_in_another_script_is_a_switch_a_name_in_it_is_not():
    draft = DRAFTS["en"]
    said = "很抱歉，我们不能凭照片出具证书，必须现场检查。"
    assert "language_changed" in verdict(draft, _insert(draft, said), "", "en")
    assert "language_changed" in verdict(draft, _insert(draft, "Приносим извинения за "
                                                         "задержку доставки."), "", "en")
    named = "Your order for 王小明 left our warehouse today."
    assert "language_changed" not in verdict(draft, _insert(draft, named), "", "en")


# Spanish and Portuguese, each inside the other: the detector leads with the right one but
# leaves the draft's a share; the little words of each (articles, pronouns, contractions)
# tell them apart. Written for this rule.
NEAR = {
    ("pt", "es"): ["Lamentamos mucho el retraso y le pedimos disculpas por ello.",
                   "Muchas gracias por su paciencia con todo esto.",
                   "Le enviaremos los documentos por correo esta misma semana."],
    ("es", "pt"): ["Lamentamos muito o atraso e pedimos desculpas por isso.",
                   "Muito obrigado pela sua paciência com tudo isso.",
                   "Vamos enviar os documentos por e-mail ainda esta semana."],
}
# The draft's own language said with words its neighbour shares, or with a name in the other
# one: still the draft's.
NEAR_KEPT = {
    ("pt", "es"): ["Lamentamos muito o atraso e pedimos desculpas por isso.",
                   "A Transportes Rápidos del Norte vai entregar o pedido na sexta-feira."],
    ("es", "pt"): ["Sentimos mucho el retraso y le pedimos disculpas por ello.",
                   "La empresa Transportadora Rápida do Sul le entregará el pedido el viernes."],
}


@pytest.mark.parametrize(("lang", "other"), list(NEAR))
def test_spanish_and_portuguese_are_told_apart_by_their_little_words(lang, other):
    draft = DRAFTS[lang]
    for added in NEAR[(lang, other)]:
        assert "language_changed" in verdict(draft, _insert(draft, added), "", lang), added
    for kept in NEAR_KEPT[(lang, other)]:
        assert "language_changed" not in verdict(draft, _insert(draft, kept), "", lang), kept

"""A sentence or a paragraph in a language the detector does not know (Welsh, Polish) is a
language switch: the detector gives it to the nearest language it knows, often the draft's
(English for both) and never with certainty, and the draft language's little words are all but
missing from it. A name, a place, an address or a quoted product name in such a language is
not, nor a terse line of the draft's own language. (In a French or Portuguese draft the
detector already leads with another language for these; they are asserted all the same.)
Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

DRAFTS = {
    "en": "Hi Rhian, thanks for your message. Your parcel left our warehouse today and should "
          "arrive by Friday. Best regards, Tom",
    "de": "Hallo Anna, danke für Ihre Nachricht. Ihr Paket hat heute unser Lager verlassen und "
          "sollte bis Freitag ankommen. Viele Grüße, Tom",
    "fr": "Bonjour Anne, merci pour votre message. Votre colis a quitté notre entrepôt "
          "aujourd'hui et devrait arriver vendredi. Cordialement, Thomas",
    "pt": "Olá Ana, obrigado pela sua mensagem. A sua encomenda saiu hoje do nosso armazém e "
          "deve chegar na sexta-feira. Atenciosamente, Tomás",
}


def _insert(draft: str, text: str) -> str:
    first, rest = draft.split(". ", 1)
    return f"{first}. {text} {rest}"


SWITCHED = [
    ("en", "Mae'n ddrwg iawn gen i am yr oedi, a byddwn ni'n anfon y parsel atoch chi cyn "
           "diwedd yr wythnos."),
    ("en", "Rydyn ni wedi trefnu bod y technegydd yn dod draw ddydd Llun i edrych ar y boeler."),
    ("en", "Bardzo przepraszamy za opóźnienie, paczka zostanie wysłana jeszcze w tym tygodniu "
           "na pana adres."),
    ("de", "Bardzo przepraszamy za opóźnienie, paczka zostanie wysłana jeszcze w tym tygodniu "
           "na pana adres."),
    ("fr", "Przepraszamy za kłopot, nowy kabel wyślemy jutro rano razem z instrukcją "
           "montażu."),
    ("pt", "Mae'n ddrwg iawn gennym ni am y drafferth, a byddwn ni'n anfon cebl newydd yfory."),
]


@pytest.mark.parametrize(("lang", "added"), SWITCHED)
def test_a_sentence_in_a_language_the_detector_does_not_know_is_a_switch(lang, added):
    assert "language_changed" in verdict(DRAFTS[lang], _insert(DRAFTS[lang], added), "", lang)


def test_a_paragraph_of_short_sentences_in_another_language_is_a_switch():
    # Each sentence is too short to tell alone; the paragraph is not.
    draft = DRAFTS["en"]
    welsh = "Mae'n ddrwg gen i. Mae'r parsel ar y ffordd. Bydd y fan yn dod yfory. Pob hwyl i chi."
    rewrite = draft.replace(" Best regards", f"\n\n{welsh}\n\nBest regards")
    assert "language_changed" in verdict(draft, rewrite, "", "en")


KEPT = [
    # A place and its address, in Welsh: capitalised names, no sentence.
    "Our fitter will bring the new valve to Unit 4, Parc Menai, Bangor, Gwynedd.",
    # A quoted product name in another language.
    "The “Cadair Freichiau Dderw Fawr gyda Chlustog Wlân” chair is packed separately.",
    # A terse line of the draft's own language: few little words, read as English.
    "Pickup window: weekday mornings, courier collects, label printed, parcel taped, receipt "
    "kept.",
]


@pytest.mark.parametrize("added", KEPT)
def test_a_name_an_address_a_quoted_name_or_a_terse_line_is_no_switch(added):
    draft = DRAFTS["en"]
    assert "language_changed" not in verdict(draft, _insert(draft, added), "", "en")

"""The facts of an HTML rewrite as its reader sees them: a link kept is its address kept,
a character reference is the character it stands for, a signature is its words however its
lines are cut, and no fact is cut out of a tag. A dropped or changed address or number is
still named."""

import re

import pytest

from heard.protect import Masker, restore
from tests.masked_guard import verdict

# A link whose words are its own address, reworded: the address stays in the href.
LINKS = [
    ("en", '<p>Please print the label at <a href="https://returns.shop.example/label">'
           'returns.shop.example/label</a> and post the parcel.</p>',
     '<p>You can print the label from <a href="https://returns.shop.example/label">our '
     'returns page</a> and post the parcel.</p>'),
    ("es", '<p>Descarga la etiqueta en <a href="https://tienda.example/etiqueta">'
           'https://tienda.example/etiqueta</a> y envía el paquete.</p>',
     '<p>Descarga la etiqueta desde <a href="https://tienda.example/etiqueta">nuestra página '
     'de devoluciones</a> y envía el paquete.</p>'),
    ("de", '<p>Das Etikett finden Sie unter <a href="https://shop.example/retoure">'
           'shop.example/retoure</a>.</p>',
     '<p>Das Etikett finden Sie auf <a href="https://shop.example/retoure">unserer '
     'Retourenseite</a>.</p>'),
    ("fr", '<p>Écrivez-nous à <a href="mailto:aide@maison.example">aide@maison.example</a> '
           'avec votre facture.</p>',
     '<p>Envoyez votre facture à <a href="mailto:aide@maison.example">notre service '
     'client</a>.</p>'),
    ("pt", '<p>Assine o termo em <a href="https://app.academia.example/cancelar">'
           'app.academia.example/cancelar</a>.</p>',
     '<p>Basta assinar o termo na <a href="https://app.academia.example/cancelar">nossa '
     'página de cancelamento</a>.</p>'),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), LINKS)
def test_a_link_worded_anew_keeps_the_address_it_shows(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang, fmt="html") == {}


@pytest.mark.parametrize(("lang", "draft", "rewrite"), LINKS)
def test_a_link_to_another_address_or_no_link_is_still_named(lang, draft, rewrite):
    moved = rewrite.replace('.example/', '.example/x/', 1).replace("@maison", "@autre", 1)
    assert "fact_missing" in verdict(draft, moved, "", lang, fmt="html")
    emptied = re.sub(r"(<a [^>]*>)[^<]*(</a>)", r"\1\2", rewrite)
    assert "fact_missing" in verdict(draft, emptied, "", lang, fmt="html")  # nothing to click
    unlinked = rewrite.split("<a ")[0] + rewrite.split(">", 2)[2].replace("</a>", "", 1)
    assert "fact_missing" in verdict(draft, unlinked, "", lang, fmt="html")


@pytest.mark.parametrize(("lang", "draft", "same", "other"), [
    ("en", "<p>Repairs take 7–10 working days.</p>",
     "<p>Repairs take 7&ndash;10 working days.</p>",
     "<p>Repairs take 7&ndash;12 working days.</p>"),
    ("en", "<p>We refunded 25 € to your card.</p>",
     "<p>We have refunded 25&nbsp;€ to your card.</p>",
     "<p>We have refunded 35&nbsp;€ to your card.</p>"),
    ("fr", "<p>Le montant de 1 250 € vous sera remboursé sous 10 jours.</p>",
     "<p>Nous vous rembourserons 1&nbsp;250&nbsp;€ sous 10&#160;jours.</p>",
     "<p>Nous vous rembourserons 1&nbsp;520&nbsp;€ sous 10&#160;jours.</p>"),
    ("de", "<p>Wir erstatten Ihnen 1.299,99&nbsp;€.</p>",
     "<p>Sie erhalten 1.299,99 € zurück.</p>",
     "<p>Sie erhalten 1.199,99 € zurück.</p>"),
    ("pt", "<p>O reembolso de R$ 120,00 é feito em até 2 dias úteis.</p>",
     "<p>O reembolso de R$&nbsp;120,00 é feito em até 2&nbsp;dias úteis.</p>",
     "<p>O reembolso de R$&nbsp;150,00 é feito em até 2&nbsp;dias úteis.</p>"),
    ("es", "<p>El envío de 4,99 € corre de nuestra cuenta.</p>",
     "<p>El envío de 4,99&nbsp;&euro; corre de nuestra cuenta.</p>",
     "<p>El envío de 9,99&nbsp;&euro; corre de nuestra cuenta.</p>"),
])
def test_a_character_reference_is_the_character_it_stands_for(lang, draft, same, other):
    assert verdict(draft, same, "", lang, fmt="html") == {}
    assert "fact_missing" in verdict(draft, other, "", lang, fmt="html")


@pytest.mark.parametrize(("lang", "body", "signature", "changed"), [
    ("en", "<p>We have enabled password login for 24 hours.</p>", ["Best,", "Lena"], "Tom"),
    ("pt", "<p>Os Correios vão buscar o aparelho em até 5 dias úteis.</p>",
     ["Abraços,", "Equipe VitrineTech"], "Equipe Lojinha"),
    ("de", "<p>Die Erstattung dauert bis zu 10 Tage.</p>",
     ["Viele Grüße", "Mira von PixelSafe"], "Tom von PixelSafe"),
    ("fr", "<p>Le remboursement arrivera sous 5 jours ouvrés.</p>",
     ["Cordialement,", "Julie Martin", "Service client"], "Paul Durand"),
])
def test_a_signature_is_its_words_however_its_lines_are_cut(lang, body, signature, changed):
    draft = body + "<p>" + "<br>".join(signature) + "</p>"
    as_paragraphs = body + "".join(f"<p>{line}</p>" for line in signature)
    assert verdict(draft, as_paragraphs, "", lang, fmt="html") == {}
    other = body + "".join(f"<p>{line}</p>" for line in [signature[0], changed,
                                                          *signature[2:]])
    assert "fact_missing" in verdict(draft, other, "", lang, fmt="html")


def test_no_fact_is_cut_out_of_a_tag_the_masker_did_not_know():
    text = ('<form action="https://evil.example/pay"><input name="card"></form>'
            '<iframe src="https://evil.example/x"></iframe><p>Call 555-0100.</p>')
    masked = Masker().mask(text)
    assert '<form action="https://evil.example/pay">' in masked.text
    assert '<iframe src="⟦' in masked.text  # an address in src= is a fact, as in <img>
    assert restore(masked.text, masked.originals) == text


def test_a_number_with_references_is_masked_whole_and_restored_exactly():
    text = "<p>Refund of 1&nbsp;250&nbsp;€ in 7&ndash;10 days, AT&amp;T fee 3&#160;€.</p>"
    m = Masker()
    masked = m.mask(text)
    assert "&nbsp;" not in masked.text and "&#160;" not in masked.text
    assert "AT&amp;T" in masked.text
    assert restore(masked.text, masked.originals) == text
    spaced, referenced = m.mask("1 250 €").text, m.mask("1&nbsp;250&nbsp;€").text
    assert m.same.get(referenced, referenced) == m.same.get(spaced, spaced)  # one amount


def test_an_html_rewrite_with_a_new_tag_is_still_named():
    draft = "<p>Here is how to reset the router.</p>"
    rewrite = draft + '<iframe src="https://evil.example/x"></iframe>'
    assert "markup_changed" in verdict(draft, rewrite, "", "en", fmt="html")

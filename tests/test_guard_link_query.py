"""A link whose address has a query string ("?order=…&step=…") is one address however its "&" is
written: a sanitised draft holds it as "&amp;", a rewrite may write the "&" a browser follows.
The same link kept passes; a query value changed, a parameter dropped or another address is
still named."""

import pytest

from tests.masked_guard import verdict

# (lang, draft, faithful rewrite keeping the link as "&", the link's query string as written)
CASES = [
    ("en", '<p>I\'m sorry the parcel came back to us. Please pick a new delivery day through '
           '<a href="https://post.example/redeliver?parcel=KX-2291&day=pick">this page</a> '
           'before Friday.</p><p>Best,<br>Maya</p>',
     '<p>I\'m sorry your parcel came back to us instead of reaching you. You can choose a new '
     'delivery day on <a href="https://post.example/redeliver?parcel=KX-2291&day=pick">this '
     'page</a> before Friday.</p><p>Best,<br>Maya</p>',
     "parcel=KX-2291&day=pick"),
    ("es", '<p>Siento el retraso. Puede elegir otra fecha en '
           '<a href="https://citas.example/cambiar?cita=7731&paso=2">este enlace</a> '
           'hasta el lunes.</p>',
     '<p>Entiendo que el retraso le ha complicado el día. Puede escoger una fecha nueva desde '
     '<a href="https://citas.example/cambiar?cita=7731&paso=2">este enlace</a> hasta el '
     'lunes.</p>',
     "cita=7731&paso=2"),
    ("de", '<p>Die Rechnung finden Sie unter '
           '<a href="https://konto.example/belege?nr=40718&format=pdf">diesem Link</a>.</p>',
     '<p>Danke für Ihre Geduld. Ihre Rechnung können Sie über '
     '<a href="https://konto.example/belege?nr=40718&format=pdf">diesen Link</a> '
     'herunterladen.</p>',
     "nr=40718&format=pdf"),
    ("fr", '<p>Vous pouvez suivre le colis sur '
           '<a href="https://suivi.example/colis?id=FR5520&lang=fr">cette page</a>.</p>',
     '<p>Merci de votre patience. Le suivi du colis est disponible sur '
     '<a href="https://suivi.example/colis?id=FR5520&lang=fr">cette page</a>.</p>',
     "id=FR5520&lang=fr"),
    ("pt", '<p>Para trocar o tamanho, use '
           '<a href="https://loja.example/troca?pedido=88213&motivo=tamanho">este formulário</a>'
           '.</p>',
     '<p>Sinto muito que o tamanho não serviu. Você pode pedir a troca neste '
     '<a href="https://loja.example/troca?pedido=88213&motivo=tamanho">formulário</a>.</p>',
     "pedido=88213&motivo=tamanho"),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite", "query"), CASES)
def test_a_link_kept_with_its_ampersand_written_plainly_passes(lang, draft, rewrite, query):
    assert verdict(draft, rewrite, "", lang, fmt="html") == {}
    escaped = rewrite.replace(query, query.replace("&", "&amp;"))
    assert verdict(draft, escaped, "", lang, fmt="html") == {}


@pytest.mark.parametrize(("lang", "draft", "rewrite", "query"), CASES)
def test_a_link_with_another_query_is_still_named(lang, draft, rewrite, query):
    first, _, second = query.partition("&")
    for changed in (query.replace("=", "=9", 1),  # another parcel, appointment, invoice
                    first,  # a parameter dropped
                    f"{second}&{first}x",  # reordered, a value changed
                    query.replace("&", "&amp;") + "&extra=1"):  # a parameter added
        moved = rewrite.replace(query, changed)
        found = verdict(draft, moved, "", lang, fmt="html")
        assert "fact_missing" in found and "markup_changed" in found, changed


def test_an_ampersand_in_the_words_of_a_reply_is_no_address():
    draft = "<p>Tom &amp; Jerry's order ships on Friday.</p>"
    rewrite = "<p>Thanks for waiting: Tom & Jerry's order ships on Friday.</p>"
    assert verdict(draft, rewrite, "", "en", fmt="html") == {}

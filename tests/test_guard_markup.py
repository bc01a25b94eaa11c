"""An HTML rewrite keeps the draft's formatting as its reader sees it: the same links, lists,
tables and emphasis on the same facts. How the text is cut into paragraphs is free."""

import pytest

from heard.guard.markup import html_kept

DRAFT = ('<p>Hi ⟦1⟧,</p><p>Your order ⟦2⟧ ships on ⟦3⟧. You can follow it at '
         '<a href="⟦4⟧">the tracking page</a>.</p><ul><li>Keep the box</li><li>Print the label'
         '</li></ul><p>If it is damaged, send us a photo and we will look at it.</p>'
         '<p>Best,<br>Ana</p>')


def changed(rewrite: str, draft: str = DRAFT, lang: str = "en") -> str:
    return " ".join(v.message for v in html_kept(draft, rewrite, lang))


@pytest.mark.parametrize("rewrite", [
    # paragraphs merged, split, a sentence moved, an acknowledgement paragraph added
    DRAFT.replace(".</p><ul>", ".</p><ul>").replace("</p><p>Your order", " Your order"),
    DRAFT.replace(". You can follow", ".</p><p>You can follow"),
    "<p>A late parcel is a worry, I know.</p>" + DRAFT,
    # a signature line break as a new paragraph, a paragraph break as a line break
    DRAFT.replace("Best,<br>Ana", "Best,</p><p>Ana"),
    DRAFT.replace("</p><p>If it is", "<br>If it is"),
    # the link kept with new words, list items reworded and reordered, entities and spacing
    DRAFT.replace("the tracking page</a>", "this page</a>"),
    DRAFT.replace("<li>Keep the box</li><li>Print the label</li>",
                  "<li>Print&nbsp;the label first</li>\n  <li>Hold on to the box</li>"),
    DRAFT.replace("<p>", "\n<p>"),
])
def test_paragraphs_and_wording_around_the_same_structure_pass(rewrite):
    assert changed(rewrite) == ""


@pytest.mark.parametrize(("rewrite", "says"), [
    (DRAFT.replace('<a href="⟦4⟧">the tracking page</a>', "the tracking page ⟦4⟧"), "lost <a>"),
    (DRAFT.replace('href="⟦4⟧"', 'href="⟦9⟧"'), "address changed"),
    (DRAFT.replace("<ul><li>Keep the box</li><li>Print the label</li></ul>",
                   "<p>Keep the box and print the label.</p>"), "lost <li>, <ul>"),
    (DRAFT.replace("</li><li>Print", "; print"), "lost <li>"),
    (DRAFT.replace("<ul>", "<ol>").replace("</ul>", "</ol>"), "lost <ul>; added <ol>"),
    (DRAFT + "<script>send()</script>", "added <script>"),
    (DRAFT.replace("<p>Best", "<style>p{}</style><p>Best"), "added <style>"),
    (DRAFT.replace('<a href', '<a onclick="go()" href'), "script handler"),
    ("<p>Hi ⟦1⟧, your order ⟦2⟧ ships on ⟦3⟧, see <a href=\"⟦4⟧\">the tracking page</a>. "
     "</p><ul><li>Keep the box</li><li>Print the label</li></ul>", "run together"),
])
def test_a_link_list_or_script_changed_is_named(rewrite, says):
    assert says in changed(rewrite)


def test_a_broken_tag_is_still_invalid():
    assert "not well formed" in changed(DRAFT.replace("</p><p>Best", "<p>Best"))


TABLE = ("<p>Two options:</p><table><tbody><tr><th>Option</th><th>Price</th></tr>"
         "<tr><td>Repair</td><td>⟦1⟧</td></tr><tr><td>Swap</td><td>⟦2⟧</td></tr></tbody></table>")


def test_a_table_is_kept_whether_or_not_the_sanitiser_added_its_tbody():
    assert changed(TABLE.replace("<tbody>", "").replace("</tbody>", "")
                   .replace("Two options:", "You can choose between two options:"), TABLE) == ""
    assert "lost <table>" in changed("<p>Two options: repair for ⟦1⟧ or swap for ⟦2⟧.</p>",
                                     TABLE)


# Emphasis on the draft's phrase, said in other words or moved in the sentence, passes; on
# another part of the draft (a different fact) it does not. One draft per language.
EMPHASIS = {
    "en": ("<p>The fee is <strong>not refundable</strong> once the course has started.</p>",
           "<p>Once the course has started, the fee <b>cannot be refunded</b>.</p>",
           "<p>The fee is not refundable once <strong>the course has started</strong>.</p>"),
    "es": ("<p>La fianza se devuelve <strong>solo si el piso está en buen estado</strong>.</p>",
           "<p><strong>Siempre que el piso esté en buen estado</strong>, se devuelve la fianza."
           "</p>",
           "<p><strong>La fianza se devuelve</strong> solo si el piso está en buen estado.</p>"),
    "de": ("<p>Die Rücksendung ist <strong>nur in der Originalverpackung</strong> möglich.</p>",
           "<p>Bitte senden Sie das Gerät <strong>ausschließlich originalverpackt</strong> "
           "zurück.</p>",
           "<p>Die <strong>Rücksendung</strong> ist nur in der Originalverpackung möglich.</p>"),
    "fr": ("<p>Le remboursement arrive <strong>sous ⟦1⟧ jours ouvrés</strong> sur votre carte."
           "</p>",
           "<p>Vous verrez le remboursement sur votre carte <strong>d'ici ⟦1⟧ jours ouvrés"
           "</strong>.</p>",
           "<p>Le remboursement arrive sous ⟦1⟧ jours ouvrés <strong>sur votre carte</strong>."
           "</p>"),
    "pt": ("<p>A troca só é feita <strong>com a nota fiscal</strong> da compra.</p>",
           "<p>Para fazer a troca, <strong>precisamos da nota fiscal</strong> da compra.</p>",
           "<p>A <strong>troca</strong> só é feita com a nota fiscal da compra.</p>"),
}


@pytest.mark.parametrize("lang", sorted(EMPHASIS))
def test_emphasis_stays_on_the_same_fact(lang):
    draft, kept, moved = EMPHASIS[lang]
    assert changed(kept, draft, lang) == ""
    assert "emphasis moved" in changed(moved, draft, lang)
    assert "lost <strong>" in changed(draft.replace("<strong>", "").replace("</strong>", ""),
                                      draft, lang)

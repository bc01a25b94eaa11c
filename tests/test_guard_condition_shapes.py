"""A condition said in the shape of a list: one opening a list item ("- se continuar: …",
"- Should the part be late, …", "- Kommen die Teile rechtzeitig, …", "- Con su ticket, …") is
read as one opening its sentence, as it was without the bullet; a German label naming the event
("Bei Absage: …") conditions what follows its colon, as "En cas de pluie : …" already does.
Each is kept where the draft's "if" was; its unsafe neighbour, the same item without it, is still
a dropped condition. Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"


CASES = [
    # (lang, draft, faithful rewrite, the rewrite without its condition)
    ("pt", "A primeira lavagem resolve quase sempre o cheiro. Se o cheiro continuar depois, a "
           "visita do técnico é gratuita.",
     "Ponto a ponto:\n- Primeira lavagem: resolve quase sempre o cheiro.\n- Se continuar: a "
     "visita do técnico é gratuita.",
     "Ponto a ponto:\n- Primeira lavagem: resolve quase sempre o cheiro.\n- Visita do técnico: "
     "é gratuita."),
    ("en", "The frame ships on Monday. Should the glass arrive cracked, we replace it at no "
           "cost.",
     "Here is the plan:\n- The frame ships on Monday.\n- Should the glass arrive cracked, we "
     "replace it at no cost.",
     "Here is the plan:\n- The frame ships on Monday.\n- The glass arrives cracked, and we "
     "replace it at no cost."),
    ("de", "Die Kurse beginnen im März. Kommen die neuen Boote rechtzeitig, starten wir schon "
           "am ersten Wochenende.",
     "Kurz der Stand:\n- Die Kurse beginnen im März.\n- Kommen die neuen Boote rechtzeitig, "
     "starten wir schon am ersten Wochenende.",
     "Kurz der Stand:\n- Die Kurse beginnen im März.\n- Die neuen Boote kommen rechtzeitig, "
     "wir starten schon am ersten Wochenende."),
    ("es", "La lámpara llega el martes. Con su ticket de compra, puede cambiarla en cualquier "
           "tienda.",
     "Resumen:\n- La lámpara llega el martes.\n- Con su ticket de compra, puede cambiarla en "
     "cualquier tienda.",
     "Resumen:\n- La lámpara llega el martes.\n- Puede cambiarla en cualquier tienda."),
    ("fr", "La lampe arrive mardi. Avec votre ticket de caisse, vous pouvez l'échanger dans "
           "n'importe quel magasin.",
     "En bref :\n- La lampe arrive mardi.\n- Avec votre ticket de caisse, vous pouvez "
     "l'échanger dans n'importe quel magasin.",
     "En bref :\n- La lampe arrive mardi.\n- Vous pouvez l'échanger dans n'importe quel "
     "magasin."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_condition_in_a_list_shape_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_the_same_item_without_it_is_a_dropped_condition(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


def test_a_german_label_naming_the_event_keeps_the_condition():
    # Dropped, the voucher is promised whatever happens: the promise check names it.
    draft = letter("de", "Der Kurs ist am Samstag. Fällt der Kurs aus, bekommen Sie einen "
                         "Gutschein über den vollen Betrag.")
    kept = letter("de", "Der Kurs ist am Samstag.\nBei Ausfall: Sie bekommen einen Gutschein "
                        "über den vollen Betrag.")
    dropped = letter("de", "Der Kurs ist am Samstag.\nSie bekommen einen Gutschein über den "
                           "vollen Betrag.")
    assert labels(draft, kept, "de") == []
    assert "new_commitment:credit" in labels(draft, dropped, "de")


def test_a_german_label_said_as_its_wenn_clause_passes_clean():
    draft = letter("de", "Die Lieferung kommt am Montag. Bei Fragen: Rufen Sie uns an.")
    rewrite = letter("de", "Die Lieferung kommt am Montag. Rufen Sie uns gern an, wenn Sie Fragen "
                        "haben.")
    assert labels(draft, rewrite, "de") == []

""""We expect", its words apart, is still a hedge (stop 59, helper hm).

German puts adverbs inside its verbs of expecting: "wir rechnen daher mit einer Montage in
KW 15", "wir gehen deshalb von einer Montage in KW 15 aus" say what "wir rechnen mit" and "wir
gehen davon aus" say (de `hedges`: "rechnen/gehen (wir) daher/deshalb/also/derzeit/… mit/von",
and "wir gehen von … aus"); English "we currently/now/therefore/still expect" and Portuguese
"prevemos" are the "we expect" of their language, as Spanish "prevemos" and French "nous
estimons" already are (not French "nous prévoyons", which also provides: "nous prévoyons un
jus de pomme"). A rewrite stating the date outright is caught; one keeping the expectation in
the other words passes.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

CASES = [
    # (lang, draft, the expectation said another way, stated outright)
    ("de", "Das Glas wird neu gefertigt, wir rechnen daher mit einer Montage in KW 15.",
     "Das Glas wird neu gefertigt, deshalb gehen wir von einer Montage in KW 15 aus.",
     "Das Glas wird neu gefertigt, die Montage erfolgt deshalb in KW 15."),
    ("de", "Das Glas wird neu gefertigt; wir gehen deshalb von einer Montage in KW 15 aus.",
     "Das Glas wird neu gefertigt; wir rechnen daher mit einer Montage in KW 15.",
     "Das Glas wird neu gefertigt; die Montage findet daher in KW 15 statt."),
    ("en", "The glass is being remade, so we currently expect installation in week 15.",
     "The glass is being remade, so we now expect installation in week 15.",
     "The glass is being remade, so installation is in week 15."),
    ("fr", "Le verre est refabriqué, nous estimons donc que la pose aura lieu en semaine 15.",
     "Le verre est refabriqué, la pose est donc prévue en semaine 15.",
     "Le verre est refabriqué, la pose aura donc lieu en semaine 15."),
    ("es", "El vidrio se vuelve a fabricar, así que prevemos el montaje en la semana 15.",
     "El vidrio se vuelve a fabricar, así que el montaje está previsto en la semana 15.",
     "El vidrio se vuelve a fabricar, así que el montaje será en la semana 15."),
    ("pt", "O vidro vai ser refeito, por isso prevemos a montagem na semana 15.",
     "O vidro vai ser refeito, por isso a montagem está prevista para a semana 15.",
     "O vidro vai ser refeito, por isso a montagem é na semana 15."),
]


@pytest.mark.parametrize("lang,draft,kept,firm",
                         [pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(CASES)])
def test_expectation_apart_is_a_hedge(lang, draft, kept, firm):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert "new_commitment:modality" in labels(letter(lang, draft), letter(lang, firm), lang)

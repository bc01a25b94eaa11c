"""A refusal to give something back said with the plain give-back verb in any of its forms is a
refused return: Spanish's irregular present and participle of "devolver" ("la fianza no se
devuelve", "las cuotas no se devuelven", "no le será devuelto") and the French "rendre" with
the person it goes back to ("ne peut pas vous être rendu", "ne vous sera pas rendue") refuse a
return as "no podemos devolver" and "nous ne pouvons pas renvoyer" do (`decisions` "return").
Read with their own "no", a few words before them: "la fianza se devuelve cuando el técnico
compruebe que no es por mal uso" gives the deposit back, its "no" is the damage's.
So a draft's refusal said again in those forms passes, and a draft that refuses in those forms
keeps its "no": on main "la fianza no se devuelve" → "la fianza se devuelve en una semana"
passed, the refusal unread. A call returned ("no le han devuelto la llamada") is a call back,
no return.

Sentences written for this rule, none taken from a corpus set. On main, 8 of these tests fail
(the four faithful restatements and the four grants of a refusal said in those forms)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

SAID_AGAIN = [
    ("es", "No podemos devolver la fianza de 50 €, porque el alquiler ya empezó.",
     "La fianza de 50 € no se devuelve, porque el alquiler ya empezó."),
    ("es", "No hacemos devoluciones de las cuotas ya pagadas.",
     "Las cuotas ya pagadas no se devuelven."),
    ("fr", "Nous ne pouvons pas renvoyer la caution de 90 €.",
     "La caution de 90 € ne vous sera pas rendue."),
    ("fr", "Le retour de la caution de 90 € n'est pas possible.",
     "La caution de 90 € ne peut pas vous être rendue."),
]

# A refusal said in those forms, then granted (or granted on request) by the rewrite.
GRANTED = [
    ("es", "La fianza de 50 € no se devuelve.", "La fianza de 50 € se devuelve en una semana."),
    ("es", "Las cuotas ya pagadas no se devuelven.", "Las cuotas ya pagadas se devuelven."),
    ("fr", "La caution de 90 € ne vous sera pas rendue.", "La caution de 90 € vous sera rendue."),
    ("fr", "La caution de 90 € ne vous sera pas rendue.",
     "La caution de 90 € vous sera rendue si vous le demandez."),
]

# The draft's refusal in the usual form, granted in the new one.
GRANTED_NEW_FORM = [
    ("es", "No podemos devolver la fianza de 50 €.", "La fianza de 50 € se devuelve siempre."),
    ("es", "No podemos devolver la fianza de 50 €.", "Devolvemos la fianza de 50 € si lo pide."),
    ("fr", "Nous ne pouvons pas renvoyer la caution de 90 €.",
     "La caution de 90 € vous sera rendue."),
]


@pytest.mark.parametrize("lang,draft,rewrite", SAID_AGAIN)
def test_a_refused_return_said_in_another_form_passes(lang: str, draft: str,
                                                      rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", GRANTED + GRANTED_NEW_FORM)
def test_a_refused_return_granted_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "decision_changed" in labels(draft, rewrite, lang)


def test_a_call_not_returned_refuses_no_return() -> None:
    assert labels("Siento que no le hayan devuelto la llamada.",
                  "Disculpe que nadie le llamara.", "es") == []

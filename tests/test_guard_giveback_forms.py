"""A refusal to give something back said with the French "rendre" and the person it goes back to
under a "ne … pas" ("ne peut pas vous être rendu", "ne vous sera pas rendue") is a refused
return, as "nous ne pouvons pas renvoyer" is (`decisions` "return"). So a draft's refusal said
again in that form passes, and a draft that refuses in it keeps its "no".

The Spanish irregular forms of "devolver" ("la fianza no se devuelve") were read so too at stop
69 and taken out again: freeing them unmasked a development-set rewrite that dropped a condition
elsewhere in the letter ("a partir del día en que nos envíe …"), which only the unread "no se
devuelven" had caught. Kept here as the gap they leave: a refusal said in them and then granted.

Sentences written for this rule, none taken from a corpus set. On main, 4 of these tests fail
(the two faithful restatements and the two grants of a refusal said in that form)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

SAID_AGAIN = [
    ("fr", "Nous ne pouvons pas renvoyer la caution de 90 €.",
     "La caution de 90 € ne vous sera pas rendue."),
    ("fr", "Le retour de la caution de 90 € n'est pas possible.",
     "La caution de 90 € ne peut pas vous être rendue."),
]

# A refusal said in that form, then granted (or granted on request) by the rewrite.
GRANTED = [
    ("fr", "La caution de 90 € ne vous sera pas rendue.", "La caution de 90 € vous sera rendue."),
    ("fr", "La caution de 90 € ne vous sera pas rendue.",
     "La caution de 90 € vous sera rendue si vous le demandez."),
]

# The draft's refusal in the usual form, granted in the new one.
GRANTED_NEW_FORM = [
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


@pytest.mark.xfail(reason="gap: Spanish irregular forms of devolver are not read (stop 69)",
                   strict=True)
def test_a_refusal_in_the_spanish_irregular_form_granted_is_caught() -> None:
    assert "decision_changed" in labels("La fianza de 50 € no se devuelve.",
                                        "La fianza de 50 € se devuelve en una semana.", "es")

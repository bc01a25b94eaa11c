"""A look and then the act: "the committee will look at your request and approve an extra
session" for "the committee can approve an extra session" says the approval will come; the
look is an act of its own before the "and", and keeps open nothing after it. A word of
looking before an "and" whose second part says the draft's hedged act, and whose first part
does not, keeps that act no softer (guard/modality.py `_unlooked`). Where the look is on the
act itself ("will look at whether it can approve", "y decidirá si autoriza") or a "can" stays
on it after the "and", the rewrite keeps the draft's hedge and passes.

Sentences written for this rule, none taken from a corpus set. On main the 5 unsafe pairs
pass (5 of the 21 tests fail); the 16 faithful ones pass on main too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

DRAFTS = {
    "en": "The committee can approve an extra session if a room is free.",
    "es": "La junta puede autorizar una sesión extra si hay sala libre.",
    "fr": "Le comité peut autoriser une séance en plus si une salle est libre.",
    "pt": "A direção pode autorizar uma sessão extra caso haja sala livre.",
    "de": "Der Vorstand kann eine Extrasitzung genehmigen, wenn ein Raum frei ist.",
}
FIRMER = [
    ("en", "The committee will look at your request and approve an extra session if a room is "
     "free."),
    ("es", "La junta estudiará su petición y autorizará una sesión extra si hay sala libre."),
    ("fr", "Le comité étudiera votre demande et autorisera une séance en plus si une salle est "
     "libre."),
    ("pt", "A direção vai analisar o seu pedido e vai autorizar uma sessão extra caso haja sala "
     "livre."),
    ("de", "Der Vorstand wird Ihre Anfrage prüfen und eine Extrasitzung genehmigen, wenn ein Raum "
     "frei ist."),
]
KEPT = [
    ("en", "The committee will look at your request and decide whether to approve an extra "
     "session if a room is free."),
    ("en", "The committee will review your request and can approve an extra session if a room "
     "is free."),
    ("en", "The committee will look at whether it can approve an extra session if a room is "
     "free."),
    ("es", "La junta estudiará su petición y decidirá si autoriza una sesión extra si hay sala "
     "libre."),
    ("es", "La junta revisará su petición y puede autorizar una sesión extra si hay sala libre."),
    ("es", "La junta estudiará su petición y podrá autorizar una sesión extra si hay sala libre."),
    ("es", "La junta estudiará si puede autorizar una sesión extra cuando haya sala libre."),
    ("fr", "Le comité étudiera votre demande et décidera s'il autorise une séance en plus si une "
     "salle est libre."),
    ("fr", "Le comité examinera votre demande et pourra autoriser une séance en plus si une salle "
     "est libre."),
    ("fr", "Le comité étudiera la possibilité d'autoriser une séance en plus si une salle est "
     "libre."),
    ("pt", "A direção vai analisar o seu pedido e decidir se autoriza uma sessão extra caso haja "
     "sala livre."),
    ("pt", "A direção vai analisar o seu pedido e poderá autorizar uma sessão extra caso haja "
     "sala livre."),
    ("pt", "A direção vai avaliar se pode autorizar uma sessão extra quando houver sala livre."),
    ("de", "Der Vorstand wird Ihre Anfrage prüfen und entscheiden, ob er eine Extrasitzung "
     "genehmigt, wenn ein Raum frei ist."),
    ("de", "Der Vorstand prüft Ihre Anfrage und kann eine Extrasitzung genehmigen, wenn ein Raum "
     "frei ist."),
    ("de", "Der Vorstand prüft, ob er eine Extrasitzung genehmigen kann, wenn ein Raum frei ist."),
]


@pytest.mark.parametrize("lang,rewrite", FIRMER)
def test_a_look_before_the_act_keeps_it_no_softer(lang: str, rewrite: str) -> None:
    found = labels(letter(lang, DRAFTS[lang]), letter(lang, rewrite), lang)
    assert "new_commitment:modality" in found


@pytest.mark.parametrize("lang,rewrite", KEPT)
def test_a_look_on_the_act_or_a_can_kept_passes(lang: str, rewrite: str) -> None:
    assert labels(letter(lang, DRAFTS[lang]), letter(lang, rewrite), lang) == []

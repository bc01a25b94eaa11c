"""A "no" inside a condition that runs on, with no comma, into our act refuses nothing: "if it
doesn't work we'll refund you", "si no funciona le devolvemos el dinero", "si ça ne marche pas on
vous rembourse", "se não funcionar devolvemos-lhe o dinheiro", "wenn es nicht klappt erstatten
wir den Betrag" were read as refusals, so a rewrite adding such a promise passed, and a rewrite
restating a draft's own such promise with a comma or the condition moved last was called a new
one. Nor does a "no" of an earlier clause that a clause of ours follows ("…, which isn't a service
we provide, and I'll arrange a replacement"). A "no" that is the act's own still refuses it: our
"we" before it ("if it's late we won't refund it"), or the "no" straight before our verb or its
object pronouns ("si llega dañado no le devolvemos nada", "não lhe podemos devolver").
(`commitments._ran_on`, `_refused_in`; `subject_pronouns`, `object_clitics`.)

Sentences written for this rule, none taken from a corpus set. On main 22 of these 35 tests
fail: 9 of the 10 added promises pass, 8 of the 10 faithful restatements are rejected, 3
refusals under a condition granted pass ("si no funciona no le devolvemos…" → "si no funciona
le devolvemos…"), and the promise added after an earlier clause's "no" passes."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

BASE = {
    "en": "The technician will come on Monday.",
    "es": "El técnico pasará el lunes.",
    "fr": "Le technicien passera lundi.",
    "pt": "O técnico passa na segunda-feira.",
    "de": "Der Techniker kommt am Montag.",
}
# A promise the draft never makes, added behind a condition holding a "no".
ADDED = [
    ("en", "If it doesn't work we'll refund you in full.", "refund"),
    ("en", "If the visit doesn't fix it I'll send you a replacement.", "replacement"),
    ("es", "Si no funciona le devolvemos el dinero.", "refund"),
    ("es", "Si la visita no lo arregla le mando una unidad de sustitución.", "replacement"),
    ("fr", "Si ça ne marche pas on vous rembourse intégralement.", "refund"),
    ("fr", "Si la visite ne règle rien je vous envoie un appareil de remplacement.",
     "replacement"),
    ("pt", "Se não funcionar devolvemos-lhe o dinheiro.", "refund"),
    ("pt", "Se a visita não resolver envio-lhe um aparelho de substituição.", "replacement"),
    ("de", "Wenn es nicht klappt erstatten wir Ihnen den vollen Betrag.", "refund"),
    ("de", "Wenn der Besuch nicht hilft schicken wir Ihnen ein Ersatzgerät.", "replacement"),
]
# The draft's own such promise, said again with a comma, the condition last, or "I".
SAID_AGAIN = [
    ("en", "If it doesn't work we'll refund you in full.",
     "If it doesn't work, I'll refund you in full."),
    ("en", "If it doesn't work we'll refund you in full.",
     "We'll refund you in full if it doesn't work."),
    ("es", "Si no funciona le devolvemos el dinero.", "Le devolvemos el dinero si no funciona."),
    ("es", "Si no funciona le devolvemos el dinero.", "Si no funciona, le devuelvo el dinero."),
    ("fr", "Si ça ne marche pas on vous rembourse.", "On vous rembourse si ça ne marche pas."),
    ("fr", "Si ça ne marche pas on vous rembourse.", "Si ça ne marche pas, je vous rembourse."),
    ("pt", "Se não funcionar devolvemos-lhe o dinheiro.",
     "Devolvemos-lhe o dinheiro se não funcionar."),
    ("pt", "Se não funcionar devolvemos-lhe o dinheiro.",
     "Se não funcionar, devolvo-lhe o dinheiro."),
    ("de", "Wenn es nicht klappt erstatten wir den Betrag.",
     "Wir erstatten den Betrag, wenn es nicht klappt."),
    ("de", "Wenn es nicht klappt erstatten wir den Betrag.",
     "Falls es nicht klappt, erstatten wir Ihnen den Betrag."),
]
# A refusal under a condition: the "no" is the act's own, and said again it still passes…
REFUSED_AGAIN = [
    ("en", "If it arrives damaged we can't refund it.",
     "If it arrives damaged we won't refund it."),
    ("es", "Si llega dañado no le devolvemos el dinero.",
     "Si llega dañado no podemos devolverle el dinero."),
    ("es", "Si no funciona no le devolvemos el dinero.",
     "Si no funciona no podemos devolverle el dinero."),
    ("fr", "S'il arrive abîmé on ne vous rembourse pas.",
     "S'il arrive abîmé nous ne pouvons pas vous rembourser."),
    ("pt", "Se chegar danificado não devolvemos o dinheiro.",
     "Se chegar danificado não podemos devolver o dinheiro."),
    ("pt", "Se não funcionar não devolvemos o dinheiro.",
     "Se não funcionar não lhe podemos devolver o dinheiro."),
    ("de", "Wenn es beschädigt ankommt erstatten wir nichts.",
     "Wenn es beschädigt ankommt können wir nichts erstatten."),
]
# …and granted instead, it is caught.
GRANTED = [
    ("en", "If it arrives damaged we can't refund it.", "If it arrives damaged we'll refund it."),
    ("es", "Si llega dañado no le devolvemos el dinero.",
     "Si llega dañado le devolvemos el dinero."),
    ("es", "Si no funciona no le devolvemos el dinero.", "Si no funciona le devolvemos el dinero."),
    ("fr", "S'il arrive abîmé on ne vous rembourse pas.", "S'il arrive abîmé on vous rembourse."),
    ("pt", "Se não funcionar não devolvemos o dinheiro.",
     "Se não funcionar devolvemos-lhe o dinheiro."),
    ("de", "Wenn es nicht klappt erstatten wir nichts.",
     "Wenn es nicht klappt erstatten wir den Betrag."),
]


@pytest.mark.parametrize("lang,added,what", ADDED)
def test_a_promise_behind_a_negated_condition_is_new(lang: str, added: str, what: str) -> None:
    draft = BASE[lang]
    found = labels(letter(lang, draft), letter(lang, f"{draft} {added}"), lang)
    assert f"new_commitment:{what}" in found


@pytest.mark.parametrize("lang,draft,rewrite", SAID_AGAIN)
def test_the_drafts_own_such_promise_said_again_passes(lang: str, draft: str,
                                                       rewrite: str) -> None:
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", REFUSED_AGAIN)
def test_a_refusal_under_a_condition_said_again_passes(lang: str, draft: str,
                                                       rewrite: str) -> None:
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", GRANTED)
def test_a_refusal_under_a_condition_granted_is_caught(lang: str, draft: str,
                                                       rewrite: str) -> None:
    assert any(x.startswith(("new_commitment", "decision_changed"))
               for x in labels(letter(lang, draft), letter(lang, rewrite), lang))


def test_a_promise_after_an_earlier_clauses_no_is_new() -> None:
    draft = ("An installer can re-route the cable on Monday. If the pump cable is faulty you'd "
             "need an electrician, which isn't a service we provide.")
    rewrite = ("An installer can re-route the cable on Monday. If the pump cable is faulty you'd "
               "need an electrician, which isn't a service we provide, and if re-routing doesn't "
               "help I'll arrange a replacement mower.")
    assert "new_commitment:replacement" in labels(letter("en", draft), letter("en", rewrite), "en")


def test_an_earlier_clauses_no_in_the_draft_keeps_its_promise() -> None:
    draft = "We don't stock that model any more, so we'll send you a replacement."
    rewrite = "That model is no longer stocked, so I'll send you a replacement."
    assert labels(letter("en", draft), letter("en", rewrite), "en") == []

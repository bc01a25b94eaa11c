"""A guarantee refused in other words is no guarantee: a "no" anywhere before it in its clause
("but no session can be guaranteed") or a "without" right before it ("without any guarantee",
"sans aucune garantie"). A guarantee given after a "no" that is a condition's, or beside a
draft that only expects, is still caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

CUSTOMER = "Can you guarantee it goes ahead?"
DRAFTS = {
    "en": "The session usually goes ahead, but we can't guarantee it. "
          "We'll text you by 8:00 am on the day.",
    "fr": "La séance a généralement lieu, mais nous ne pouvons pas la garantir. "
          "Nous vous enverrons un SMS à 8 h le jour même.",
    "es": "La sesión suele celebrarse, pero no podemos garantizarla. "
          "Le enviaremos un SMS a las 8:00 del mismo día.",
    "pt": "A sessão costuma acontecer, mas não podemos garanti-la. "
          "Enviaremos um SMS às 8h do próprio dia.",
    "de": "Die Sitzung findet meist statt, garantieren können wir sie aber nicht. "
          "Wir schicken Ihnen am Tag selbst um 8 Uhr eine SMS.",
}
TEXTS = {
    "en": "We'll text you by 8:00 am on the day. ",
    "fr": "Nous vous enverrons un SMS à 8 h le jour même. ",
    "es": "Le enviaremos un SMS a las 8:00 del mismo día. ",
    "pt": "Enviaremos um SMS às 8h do próprio dia. ",
    "de": "Wir schicken Ihnen am Tag selbst um 8 Uhr eine SMS. ",
}


@pytest.mark.parametrize("lang,refused", [
    ("en", "The session usually goes ahead, but no session of any kind can be guaranteed."),
    ("en", "The session usually goes ahead, though without any guarantee."),
    ("fr", "La séance a généralement lieu, mais aucune séance ne peut être garantie à "
           "l'avance."),
    ("fr", "La séance a généralement lieu, sans aucune garantie."),
    ("es", "La sesión suele celebrarse, pero ninguna sesión puede garantizarse de antemano."),
    ("pt", "A sessão costuma acontecer, mas nenhuma sessão pode ser garantida com "
           "antecedência."),
    ("de", "Die Sitzung findet meist statt, aber keine Sitzung kann im Voraus garantiert "
           "werden."),
])
def test_a_guarantee_refused_in_other_words_passes(lang: str, refused: str) -> None:
    assert verdict(DRAFTS[lang], TEXTS[lang] + refused, CUSTOMER, lang) == {}


@pytest.mark.parametrize("lang,given", [
    ("en", "If it doesn't rain the session is guaranteed to go ahead."),
    ("en", "Whether or not it rains the session is guaranteed."),
    ("en", "Nothing can stop it now and the session is guaranteed."),
    ("en", "Not to worry: the session is guaranteed."),
    ("en", "We cannot move it to 10:00 but your session is guaranteed."),
    ("en", "The session usually goes ahead, without fail, guaranteed."),
    ("fr", "Pas de souci je vous garantis que la séance aura lieu."),
    ("es", "Si no llueve la sesión queda garantizada."),
    ("es", "Llueva o no le garantizamos que la sesión se celebra."),
    ("pt", "Se não chover a sessão está garantida."),
    ("de", "Wenn es nicht regnet ist die Sitzung garantiert."),
    ("de", "Das fällt garantiert nicht aus."),
])
def test_a_guarantee_given_after_another_no_is_caught(lang: str, given: str) -> None:
    assert "new_commitment" in verdict(DRAFTS[lang], TEXTS[lang] + given, CUSTOMER, lang)


# ── a case put to a higher body is an escalation ───────────────────────────────────────────
WAITING = {
    "en": "The place goes to the first person on the waiting list; I can't reserve it outside "
          "that order.",
    "fr": "La place ira au premier inscrit de la liste ; je ne peux pas la réserver en dehors "
          "de cet ordre.",
    "es": "La plaza será para el primero de la lista; no puedo reservarla fuera de ese orden.",
    "pt": "A vaga vai para o primeiro da lista; não posso reservá-la fora dessa ordem.",
    "de": "Der Platz geht an den Ersten auf der Warteliste; außerhalb dieser Reihenfolge kann "
          "ich ihn nicht reservieren.",
}


@pytest.mark.parametrize("lang,escalated", [
    ("en", "I'll put your case to the committee for an exception."),
    ("en", "We have referred your request to our management."),
    ("fr", "Je soumets néanmoins votre cas au comité pour une dérogation."),
    ("fr", "Nous allons transmettre votre dossier à la direction."),
    ("es", "Voy a trasladar su caso al comité para pedir una excepción."),
    ("pt", "Vou levar o seu caso à direção para pedir uma exceção."),
    ("de", "Ich lege Ihren Fall dennoch dem Vorstand vor."),
])
def test_a_case_put_to_a_higher_body_is_caught(lang: str, escalated: str) -> None:
    found = verdict(WAITING[lang], f"{WAITING[lang]} {escalated}", CUSTOMER, lang)
    assert "new_commitment" in found


@pytest.mark.parametrize("lang,theirs", [
    ("en", "You can put your case to the committee yourself at its next meeting."),
    ("fr", "Vous pouvez présenter votre demande à la commission du port."),
    ("en", "I can't take your case to the committee; the order applies to everyone."),
])
def test_their_own_step_or_a_refused_one_is_no_escalation(lang: str, theirs: str) -> None:
    assert verdict(WAITING[lang], f"{WAITING[lang]} {theirs}", CUSTOMER, lang) == {}

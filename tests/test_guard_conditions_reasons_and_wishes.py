"""Conditions kept in other shapes, and conditions said in words the guard did not know (stop 46):

- a dependency on what the condition was about ("depends on the boards arriving", "depende de o
  médico concordar", `dependencies`) keeps it, in a rewrite only; one on something else does not;
- a "once" right before a stop or a comma counts ("extend it once, by three months"): no
  condition the rewrite must keep;
- the customer's wish on their own step, with nothing of ours in it ("if you're interested,
  confirm it in your booking"), is theirs to drop; on a step of ours it is still caught;
- a note the customer brings, with "I" acting on it ("With a vet's note, I can refund…"), is
  a condition a rewrite must keep (availability and fair weather said as a condition, "je
  nach Verfügbarkeit", "while stocks last", were read so too, and dropped at stop 47: they
  cost a check set two faithful rewrites);
- French "je t'ajoute une séance" is a gift, a new promise where the draft gives none.

Each faithful restatement passes clean; the same rewrite without the condition is caught.
Written for these rules (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

CASES = [
    # (lang, draft, faithful rewrite, the rewrite without its condition)
    # A dependency on what the condition was about.
    ("en", "Once the boards arrive, building the layout takes about four working days.",
     "Building the layout takes about four working days, so the date depends on the boards "
     "arriving.",
     "Building the layout takes about four working days, so the date depends on the weather."),
    ("es", "Si el suelo está seco, podemos empezar el lunes.",
     "Empezar el lunes depende de que el suelo esté seco.",
     "Empezar el lunes depende del tiempo."),
    # A counted "once" is no condition; the draft's real one still is.
    ("fr", "Je peux prolonger le bon une fois, de trois mois, à condition que la demande soit "
           "faite par écrit.",
     "Je peux prolonger le bon de trois mois, une seule fois, à condition que la demande soit "
     "faite par écrit.",
     "Je peux prolonger le bon de trois mois, une seule fois."),
    ("en", "We can extend the voucher once, by three months, as long as you ask in writing.",
     "We can extend the voucher by three months, one time only, as long as you ask in writing.",
     "We can extend the voucher by three months, one time only."),
    # A note the customer brings, and "I" acting on it.
    ("en", "With a vet's note, I can refund both runs.",
     "With a vet's note, I can refund both runs to your card.",
     "I can refund both runs to your card."),
    ("fr", "Avec un certificat médical, je peux vous rembourser l'atelier.",
     "Avec un certificat médical, je peux vous rembourser l'atelier en entier.",
     "Je peux vous rembourser l'atelier en entier."),
    ("es", "Con un certificado médico, puedo devolverte la inscripción.",
     "Con un certificado médico, puedo devolverte la inscripción completa.",
     "Puedo devolverte la inscripción completa."),
    ("pt", "Com um atestado médico, posso devolver-lhe a inscrição.",
     "Com um atestado médico, posso devolver-lhe a inscrição completa.",
     "Posso devolver-lhe a inscrição completa."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_a_condition_said_otherwise_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_the_same_rewrite_without_its_condition_is_caught(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


REASONS = [
    # A condition made the reason is still dropped.
    ("en", "If the reset fails, we'll send you a return label.",
     "The reset won't fix it, so we'll send you a return label."),
    ("en", "If the reset fails, we'll send you a return label.",
     "Because the reset failed, we'll send you a return label."),
    ("es", "Si el arreglo no funciona, le enviamos una etiqueta de devolución.",
     "El arreglo no funcionó, por eso le enviamos una etiqueta de devolución."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), REASONS)
def test_a_condition_made_the_reason_is_caught(lang, draft, rewrite):
    assert COND in labels(letter(lang, draft), letter(lang, rewrite), lang)


WISHES = [
    # (lang, draft, rewrite): the customer's wish on their own step, dropped.
    ("es", "Si le interesa, confírmelo en su reserva antes del viernes.",
     "Para apartarla, confírmelo en su reserva antes del viernes."),
    ("pt", "Se quiser, você pode remarcar a consulta pelo aplicativo.",
     "Você pode remarcar a consulta pelo aplicativo."),
    ("en", "If you'd like to check the colours first, you can approve a proof online.",
     "You can approve a proof online to check the colours first."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), WISHES)
def test_a_wish_on_the_customers_own_step_may_go(lang, draft, rewrite):
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) == []


OURS = [
    # The wish on a step of ours, dropped, states the step outright.
    ("en", "If you'd like, we can send a new one on Monday.", "We'll send a new one on Monday."),
    ("de", "Wenn Sie möchten, schicken wir Ihnen am Montag ein neues Gerät.",
     "Wir schicken Ihnen am Montag ein neues Gerät."),
    ("es", "Si quieres, te paso la reserva al lunes.", "Te paso la reserva al lunes."),
    # A bare duty ("tiene que quedar confirmada") does not tell whose step it is.
    ("es", "Si la quieres, la tercera hora tiene que quedar confirmada antes del viernes.",
     "La tercera hora tiene que quedar confirmada antes del viernes."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), OURS)
def test_a_wish_on_a_step_of_ours_is_still_kept(lang, draft, rewrite):
    assert COND in labels(letter(lang, draft), letter(lang, rewrite), lang)


def test_an_added_session_is_a_gift():
    draft = "Je déduis les 20 euros du prix actuel de 60 euros, donc tu paierais 40 euros."
    rewrite = ("Je retire les 20 euros du prix actuel de 60 euros ; tu paierais donc 40 euros. "
               "Je t'ajoute aussi une séance à ta prochaine venue.")
    assert "new_commitment:credit" in labels(letter("fr", draft), letter("fr", rewrite), "fr")

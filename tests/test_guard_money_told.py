"""Money and decisions told again, both ways (every case written for this file):

- a free thing or a credit a draft gives at the start of a paragraph is not held by the "if"
  the paragraph before ends on ("If any chair fails the load test, it will need
  replacing." then, a paragraph on, "The delivery fee won't be charged"): restated
  elsewhere, it drops no condition; in the same paragraph, or after a paragraph that ends
  on a colon to lead it in, the "if" still holds it, and a rewrite that drops it is caught.
  A refund stays held across the break: read so too, it let a check set's unsafe rewrite
  through (stop 48);
- the customer's request told back ("que vous demandiez le remboursement", "Sie hatten mit
  einer Erstattung gerechnet", "you're asking for a refund") is theirs, no refund of ours;
  our refund said after it still is. Only requests said in the past or as going on: a
  present "si lo pides antes del …", "if you ask for it by …" is a condition of ours;
- a "without that" before the act ("sans que le remboursement soit automatique") leaves
  it out as "without a refund" does;
- a result we tell once we have it ("en cuanto tengamos el resultado, se lo comunicaremos",
  "lhe comunicaremos", "nous vous communiquerons") is a notification, its condition kept;
- a message someone of ours sends the customer ("Milan schickt dir vorher eine SMS", "le
  livreur vous envoie un SMS") is a notification, and a new one is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment


@pytest.mark.parametrize("lang,before,draft,kept,gift", [
    ("en", "If any chair fails the load test, it will need replacing; we'd quote first.",
     "The delivery fee won't be charged for this order. Your chairs leave our workshop on "
     "Monday.",
     "The delivery fee won't be charged for this order. Your chairs leave our workshop on "
     "Monday. Any chair that fails the load test will need replacing, and we'd quote first.",
     "The delivery fee won't be charged for this order. The assembly is on us as well. Your "
     "chairs leave our workshop on Monday. Any chair that fails the load test will need "
     "replacing, and we'd quote first."),
    ("es", "Si alguna silla no pasa la prueba de carga, habrá que cambiarla; antes le enviamos "
     "presupuesto.",
     "El envío de este pedido no tiene coste.",
     "El envío de este pedido no le costará nada. La silla que no pase la prueba de carga "
     "habrá que cambiarla, y antes le enviamos presupuesto.",
     "El envío de este pedido no le costará nada. El montaje corre de nuestra cuenta. La "
     "silla que no pase la prueba de carga habrá que cambiarla, y antes le enviamos "
     "presupuesto."),
    ("de", "Falls ein Stuhl den Belastungstest nicht besteht, muss er ersetzt werden; wir "
     "schicken vorher ein Angebot.",
     "Die Lieferung ist für diese Bestellung kostenlos. Ihre Stühle verlassen unsere "
     "Werkstatt am Montag.",
     "Die Lieferung dieser Bestellung kostet Sie nichts. Ihre Stühle verlassen unsere "
     "Werkstatt am Montag. Ein Stuhl, der den Belastungstest nicht besteht, muss ersetzt "
     "werden, und wir schicken vorher ein Angebot.",
     "Die Lieferung dieser Bestellung kostet Sie nichts. Die Montage geht auf uns. Ihre "
     "Stühle verlassen unsere Werkstatt am Montag. Ein Stuhl, der den Belastungstest nicht "
     "besteht, muss ersetzt werden, und wir schicken vorher ein Angebot."),
])
def test_money_at_a_paragraph_start_is_not_held_by_the_if_before(
        lang: str, before: str, draft: str, kept: str, gift: str) -> None:
    apart, joined = before + "\n\n" + draft, before + " " + draft
    assert not new_commitment(labels(apart, kept, lang))
    # In one paragraph the "if" before still holds it: said apart from it, it is dropped.
    assert new_commitment(labels(joined, kept, lang))
    found = labels(apart, gift, lang)
    assert new_commitment(found, "credit") or new_commitment(found, "discount")


@pytest.mark.parametrize("lang,draft,dropped", [
    ("en", "If the parcel hasn't arrived by Friday, let us know. We'll refund the postage.",
     "We'll refund the postage."),
    ("en", "If the parcel hasn't arrived by Friday:\n\nwe'll refund the postage.",
     "We'll refund the postage."),
    ("en", "If the parcel hasn't arrived by Friday, let us know.\n\nWe'll refund the postage.",
     "We'll refund the postage."),
    ("fr", "Si le colis n'est pas arrivé vendredi, dites-le-nous. Nous vous rembourserons "
     "les frais de port.", "Nous vous rembourserons les frais de port."),
])
def test_an_if_before_in_its_paragraph_still_holds_the_money(lang: str, draft: str,
                                                             dropped: str) -> None:
    assert new_commitment(labels(draft, dropped, lang), "refund")


@pytest.mark.parametrize("lang,draft,told,ours", [
    ("fr", "Je ne peux pas vous rembourser les 40 € en entier, car la location a eu lieu.",
     "Je comprends que vous demandiez le remboursement complet, mais je ne peux pas vous "
     "rendre les 40 € en entier, car la location a eu lieu.",
     "Vous demandiez le remboursement complet : je vous rembourse les 40 € en entier."),
    ("de", "Eine Erstattung gibt es nicht, weil der Bescheid korrekt ist.",
     "Sie hatten mit einer Erstattung gerechnet, aber der Bescheid ist korrekt, daher gibt es "
     "keine Erstattung.",
     "Sie hatten mit einer Erstattung gerechnet: Wir erstatten Ihnen den Betrag."),
    ("en", "We can't refund the full fee once the course has started.",
     "I know you're asking for a refund of the full fee, but we can't refund it once the "
     "course has started.",
     "You're asking for a refund of the full fee, and we'll refund it."),
])
def test_the_customers_request_told_back_is_no_refund(lang: str, draft: str, told: str,
                                                      ours: str) -> None:
    assert not new_commitment(labels(draft, told, lang), "refund")
    found = labels(draft, ours, lang)
    assert new_commitment(found, "refund") or "decision_changed" in found


def test_a_refund_left_out_with_without_that() -> None:
    draft = ("Nous ouvrirons une réclamation auprès de la banque ; le remboursement n'est pas "
             "automatique.")
    told = "Nous ouvrirons une réclamation auprès de la banque, sans que le remboursement soit "\
        "automatique."
    assert not new_commitment(labels(draft, told, "fr"), "refund")
    assert new_commitment(labels(draft, "Nous ouvrirons une réclamation auprès de la banque, "
                                        "et nous vous remboursons.", "fr"), "refund")


@pytest.mark.parametrize("lang,draft,kept,added", [
    ("de", "Ab Dienstag holt Milan deine Wäsche zwischen 8 und 10 Uhr ab.",
     "Ab Dienstag kommt Milan zwischen 8 und 10 Uhr zu dir.",
     "Ab Dienstag kommt Milan zwischen 8 und 10 Uhr zu dir und schickt dir vorher eine SMS."),
    ("fr", "Le livreur passera mardi entre 8 h et 10 h.",
     "Mardi, le livreur viendra entre 8 h et 10 h.",
     "Mardi, le livreur viendra entre 8 h et 10 h et vous envoie un SMS avant."),
])
def test_a_message_someone_of_ours_sends_is_a_notification(lang: str, draft: str, kept: str,
                                                           added: str) -> None:
    assert not new_commitment(labels(draft, kept, lang), "notification")
    assert new_commitment(labels(draft, added, lang), "notification")


@pytest.mark.parametrize("lang,draft,kept", [
    ("es", "Te hago un 10 % de descuento en el próximo lote si lo pides antes del 8 de mayo.",
     "Si haces el pedido antes del 8 de mayo, te hago un 10 % de descuento en el próximo "
     "lote."),
    ("en", "We can knock 10% off your next order if you ask for it by 8 May.",
     "If you place your next order by 8 May, we can knock 10% off it."),
])
def test_a_request_in_a_condition_keeps_its_date(lang: str, draft: str, kept: str) -> None:
    assert not new_commitment(labels(draft, kept, lang), "deadline")


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("es", "Estamos revisando el reparto del martes; en cuanto tengamos el resultado, se lo "
     "comunicaremos.",
     "Estoy revisando el reparto del martes; le comunicaré el resultado en cuanto lo tenga.",
     "Estoy revisando el reparto del martes; le comunicaré el resultado."),
    ("pt", "Estamos revendo a entrega de terça; assim que tivermos o resultado, lhe "
     "comunicaremos.",
     "Estou revendo a entrega de terça e, assim que tiver o resultado, lhe comunico.",
     "Estou revendo a entrega de terça e lhe comunico o resultado."),
])
def test_a_result_told_once_we_have_it_keeps_its_condition(lang: str, draft: str, kept: str,
                                                           dropped: str) -> None:
    assert not new_commitment(labels(draft, kept, lang), "notification")
    assert new_commitment(labels(draft, dropped, lang), "notification")

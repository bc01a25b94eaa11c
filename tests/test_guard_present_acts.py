"""A step we take said in the first-person present where the present stands for the future
("si cela vous aide, je commence par vérifier", "falls nötig, besorge ich Ihnen das Teil", "si le
sirve, le envío la etiqueta", "se quiser, eu envio", "if it helps, I'm sending you") binds us as
"we'll" does: a new one is a new commitment, one the draft sets on a condition keeps it, and a
draft's future act said again in the present is the same act. Untimed it binds us too, unless it
is the reply describing itself (tests/test_guard_untimed_acts.py). Feeling, thanking and the
reply itself ("je comprends", "ich verstehe", "entiendo", "entendo", "I understand") are no act.
Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

PLAIN = {
    "en": "The technician will come on Thursday morning.",
    "fr": "Le technicien passera jeudi matin.",
    "de": "Der Techniker kommt am Donnerstagmorgen.",
    "es": "El técnico pasará el jueves por la mañana.",
    "pt": "O técnico passa na quinta-feira de manhã.",
}


@pytest.mark.parametrize("lang,added", [
    ("en", "If it helps, I'm checking your meter remotely first."),
    ("en", "If that suits you, I'm starting by testing your meter remotely."),
    ("fr", "Si cela vous convient, je réserve le créneau du matin pour vous."),
    ("fr", "Si cela vous aide, je commence par vérifier votre compteur à distance."),
    ("de", "Falls es hilft, prüfe ich zuerst Ihren Zähler aus der Ferne."),
    ("de", "Falls nötig, besorge ich Ihnen zuerst ein Ersatzkabel."),
    ("es", "Si le sirve, le envío la etiqueta de devolución."),
    ("es", "Si le parece bien, empiezo por revisar su contador a distancia."),
    ("pt", "Se quiser, eu envio a etiqueta de devolução."),
    ("pt", "Se preferir, começo por verificar o seu contador à distância."),
])
def test_a_new_act_said_in_the_present_on_a_condition_is_caught(lang: str, added: str) -> None:
    assert new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {added}", lang))


@pytest.mark.parametrize("lang,added", [
    ("en", "I understand how inconvenient the wait is."),
    ("fr", "Je comprends que l'attente soit pénible."),
    ("de", "Ich verstehe, dass das Warten lästig ist."),
    ("es", "Entiendo que la espera resulte molesta."),
    ("pt", "Entendo que a espera seja incómoda."),
])
def test_understanding_is_no_act(lang: str, added: str) -> None:
    assert not new_commitment(labels(PLAIN[lang], f"{added} {PLAIN[lang]}", lang), "action")


FUTURE = {
    "en": "We will send you the return label today.",
    "fr": "Nous vous enverrons l'étiquette de retour aujourd'hui.",
    "de": "Wir werden Ihnen das Rücksendeetikett heute schicken.",
    "es": "Le enviaremos hoy la etiqueta de devolución.",
    "pt": "Vamos enviar-lhe hoje a etiqueta de devolução.",
}


@pytest.mark.parametrize("lang,present", [
    ("en", "I'm sending you the return label today."),
    ("fr", "Je vous envoie l'étiquette de retour aujourd'hui."),
    ("de", "Ich schicke Ihnen das Rücksendeetikett heute."),
    ("es", "Le envío hoy la etiqueta de devolución."),
    ("pt", "Eu envio-lhe hoje a etiqueta de devolução."),
])
def test_the_drafts_act_said_in_the_present_passes(lang: str, present: str) -> None:
    assert labels(FUTURE[lang], present, lang) == []


CONDITIONED = {
    "en": "If the part turns out to be faulty, we will send you a new one.",
    "fr": "Si la pièce s'avère défectueuse, nous vous enverrons une nouvelle pièce.",
    "de": "Wenn das Teil defekt ist, werden wir Ihnen ein neues schicken.",
    "es": "Si la pieza resulta defectuosa, le enviaremos una nueva.",
    "pt": "Se a peça estiver com defeito, vamos enviar-lhe uma nova.",
}


@pytest.mark.parametrize("lang,kept", [
    ("en", "If the part turns out to be faulty, I'm sending you a new one."),
    ("fr", "Si la pièce s'avère défectueuse, je vous envoie une nouvelle pièce."),
    ("de", "Wenn das Teil defekt ist, schicke ich Ihnen ein neues."),
    ("es", "Si la pieza resulta defectuosa, le envío una nueva."),
    ("pt", "Se a peça estiver com defeito, envio-lhe uma nova."),
])
def test_a_condition_kept_before_a_present_act_passes(lang: str, kept: str) -> None:
    assert labels(CONDITIONED[lang], kept, lang) == []


@pytest.mark.parametrize("lang,dropped", [
    ("en", "I'm sending you a new part."),
    ("fr", "Je vous envoie une nouvelle pièce."),
    ("de", "Ich schicke Ihnen ein neues Teil."),
    ("es", "Le envío una pieza nueva."),
    ("pt", "Envio-lhe uma peça nova."),
])
def test_a_condition_dropped_before_a_present_act_is_caught(lang: str, dropped: str) -> None:
    assert new_commitment(labels(CONDITIONED[lang], dropped, lang))


HELPED = {
    "en": "If it helps, I'll check your meter remotely before the visit.",
    "fr": "Si cela vous aide, je vérifierai votre compteur à distance avant la visite.",
    "de": "Wenn es Ihnen hilft, werde ich Ihren Zähler vor dem Besuch aus der Ferne prüfen.",
    "es": "Si le ayuda, revisaré su contador a distancia antes de la visita.",
    "pt": "Se lhe ajudar, vou verificar o seu contador à distância antes da visita.",
}


@pytest.mark.parametrize("lang,dropped", [
    ("en", "I'm checking your meter remotely before the visit."),
    ("fr", "Je commence par vérifier votre compteur à distance avant la visite."),
    ("de", "Ich prüfe Ihren Zähler vor dem Besuch aus der Ferne."),
    ("es", "Le reviso el contador a distancia antes de la visita."),
    ("pt", "Eu verifico o seu contador à distância antes da visita."),
])
def test_a_condition_dropped_before_a_step_in_the_present_is_caught(lang: str,
                                                                      dropped: str) -> None:
    assert new_commitment(labels(HELPED[lang], dropped, lang))


@pytest.mark.parametrize("lang,draft,added", [
    ("en", "Your order left our warehouse on Monday.", "We're refunding the shipping costs."),
    ("fr", "Votre commande a quitté l'entrepôt lundi.", "Nous remboursons les frais de port."),
    ("de", "Ihre Bestellung hat unser Lager am Montag verlassen.",
     "Wir erstatten die Versandkosten."),
    ("es", "Su pedido salió del almacén el lunes.", "Le reembolso los gastos de envío."),
    ("pt", "A sua encomenda saiu do armazém na segunda-feira.", "Eu reembolso os portes."),
])
def test_what_we_do_as_a_rule_is_still_an_act(lang: str, draft: str, added: str) -> None:
    assert new_commitment(labels(draft, f"{draft} {added}", lang))

"""A call or a message we promise in a periphrastic future or with French "on" ("on vous
appellera", "nous allons vous écrire", "le vamos a llamar", "wir werden Sie anrufen") is a
promise like "nous vous appellerons": restated with the draft's condition or time it passes,
said without the draft's condition it is caught."""
from __future__ import annotations

import pytest

from tests.masked_guard import labels

KEPT = [
    ("fr", "Si la pièce manque, nous vous appellerons.", "Si la pièce manque, on vous appellera."),
    ("fr", "Si la pièce manque, nous vous appellerons.",
     "Au cas où la pièce manquerait, je vais vous appeler."),
    ("fr", "Nous vous écrirons dès que le colis part.",
     "Nous allons vous écrire dès que le colis part."),
    ("es", "Si falta la pieza, le llamaremos.", "Si falta la pieza, le vamos a llamar."),
    ("es", "Le escribiremos en cuanto salga el paquete.",
     "Le vamos a escribir en cuanto salga el paquete."),
    ("de", "Falls das Teil fehlt, rufen wir Sie an.",
     "Falls das Teil fehlt, werden wir Sie anrufen."),
    ("de", "Wir rufen Sie morgen früh an.", "Wir werden Sie morgen früh anrufen."),
    ("pt", "Se faltar a peça, ligamos-lhe.", "Se faltar a peça, vamos ligar-lhe."),
    ("en", "If the part is missing, we will call you.",
     "If the part is missing, we're going to call you."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), KEPT)
def test_the_promise_restated_with_its_condition_passes(lang: str, draft: str,
                                                        rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


DROPPED = [
    ("fr", "Si la pièce manque, nous vous appellerons.", "On vous appellera.",
     "new_commitment:appointment"),
    ("fr", "Si la pièce manque, nous vous appellerons.", "Nous allons vous appeler.",
     "new_commitment:appointment"),
    ("fr", "Si la pièce manque, nous vous écrirons.", "On va vous écrire.",
     "new_commitment:notification"),
    ("es", "Si falta la pieza, le llamaremos.", "Le vamos a llamar.",
     "new_commitment:appointment"),
    ("es", "Si falta la pieza, le llamaremos.", "Vamos a llamarle.",
     "new_commitment:appointment"),
    ("es", "Si falta la pieza, le escribiremos.", "Le vamos a escribir.",
     "new_commitment:notification"),
    ("de", "Falls das Teil fehlt, rufen wir Sie an.", "Wir werden Sie anrufen.",
     "new_commitment:appointment"),
    ("de", "Falls das Teil fehlt, rufen wir Sie an.", "Ich werde Sie anrufen.",
     "new_commitment:appointment"),
    ("pt", "Se faltar a peça, ligamos-lhe.", "Vamos ligar-lhe.", "new_commitment:appointment"),
    ("en", "If the part is missing, we will call you.", "We're going to call you.",
     "new_commitment:appointment"),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite", "label"), DROPPED)
def test_the_promise_without_its_condition_is_caught(lang: str, draft: str, rewrite: str,
                                                     label: str) -> None:
    assert label in labels(draft, rewrite, lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("fr", "Nous ne pouvons pas vous appeler ce week-end.",
     "On ne pourra pas vous appeler ce week-end."),
    ("es", "No podemos llamarle este fin de semana.",
     "No le vamos a poder llamar este fin de semana."),
])
def test_a_refused_call_restated_promises_nothing(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

"""Portuguese "na mesma" as "all the same" (stop 49): a draft's condition whose clause says what
it conditions holds anyway ("se a vacina não estiver disponível, pode fazer na mesma a
consulta") is said again by "mesmo que" — the condition is kept, not dropped. Before a noun
"na mesma" is "the same" ("na mesma semana") and concedes nothing: there "mesmo que" still
drops the draft's condition. Written for this rule (no corpus set's words)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

KEPT = [
    ("Se a peça não chegar a tempo, pode levantar na mesma o resto da encomenda.",
     "Mesmo que a peça não chegue a tempo, pode levantar o resto da encomenda."),
    ("Se o técnico se atrasar, fazemos na mesma a revisão no sábado.",
     "Ainda que o técnico se atrase, fazemos a revisão no sábado."),
    ("Se a peça não chegar a tempo, pode vir na mesma.",
     "Mesmo que a peça não chegue a tempo, pode vir."),
]


@pytest.mark.parametrize(("draft", "rewrite"), KEPT)
def test_a_condition_held_all_the_same_said_with_even_if_passes(draft, rewrite):
    assert labels(letter("pt", draft), letter("pt", rewrite), "pt") == []


DROPPED = [
    ("Se a peça chegar a tempo, entregamos tudo na mesma semana.",
     "Mesmo que a peça não chegue a tempo, entregamos tudo na mesma semana."),
    ("Se a peça chegar a tempo, entregamos tudo na mesma semana.",
     "Mesmo assim, entregamos tudo na mesma semana."),
    ("Se a peça chegar a tempo, pode levantar a encomenda completa.",
     "Mesmo que a peça não chegue a tempo, pode levantar a encomenda completa."),
]


@pytest.mark.parametrize(("draft", "rewrite"), DROPPED)
def test_the_same_as_a_determiner_concedes_nothing(draft, rewrite):
    assert COND in labels(letter("pt", draft), letter("pt", rewrite), "pt")

"""A Portuguese condition with an adverb after its "se": "Pode devolver o casaco em 30 dias se
ainda tiver as etiquetas" said as "Pode devolver o casaco em 30 dias" passed, because a "se"
inside a sentence was read as "if" only right before a subject or a verb of the conditional
("se tiver", "se o", "se você"), and "se ainda tiver", "se já tiver" is neither. An adverb
("ainda", "já", "também", "só", "apenas", "realmente") may now stand between them. The
condition kept, before or after, still passes; the reflexive "se" before a past verb ("isso se
já resolveu") is no condition.

Sentences written for this rule, none taken from a corpus set. 3 of the 7 tests fail on main
(the conditions dropped); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

DROPPED = [
    ("Pode devolver o casaco em 30 dias se ainda tiver as etiquetas.",
     "Pode devolver o casaco em 30 dias."),
    ("Pode devolver o casaco em 30 dias se já tiver o talão.",
     "Pode devolver o casaco em 30 dias."),
    ("Trocamos a cadeira sem custo se ainda estiver na embalagem original.",
     "Trocamos a cadeira sem custo."),
]
KEPT = [
    ("Pode devolver o casaco em 30 dias se ainda tiver as etiquetas.",
     "Se ainda tiver as etiquetas, pode devolver o casaco em 30 dias."),
    ("Pode devolver o casaco em 30 dias se já tiver o talão.",
     "Com o talão, pode devolver o casaco em 30 dias."),
    ("Trocamos a cadeira sem custo se ainda estiver na embalagem original.",
     "Se a cadeira ainda estiver na embalagem original, trocamo-la sem custo."),
    ("O problema da fatura já se resolveu e o valor volta à sua conta.",
     "O problema da fatura já se resolveu; o valor volta à sua conta."),
]


@pytest.mark.parametrize("draft,rewrite", DROPPED)
def test_a_condition_with_an_adverb_after_se_dropped_is_caught(draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, "pt"), "condition")


@pytest.mark.parametrize("draft,rewrite", KEPT)
def test_the_condition_kept_passes(draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, "pt") == []

"""Portuguese "se" inside a sentence, with no comma before it, followed by a pronoun and a
verb in the future subjunctive ("…guardo-lhe a mesa se me confirmar hoje", "…sem custo se
nos avisar até sexta", "…se lhe der jeito"): that "se" is "if" (stop 49). Before, only a "se"
after a mark or a conjunction, or before a subject or a known verb, was read as one, so a
rewrite dropping such a condition passed. A rewrite keeping it ("Se me confirmar hoje, …",
"desde que nos avise", "basta confirmar-me") passes clean. Written for this rule (no corpus
set's words)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

CASES = [
    # (draft, a rewrite keeping the condition, the rewrite without it)
    ("Guardo-lhe a mesa se me confirmar hoje.",
     "Se me confirmar hoje, guardo-lhe a mesa.",
     "Guardo-lhe a mesa."),
    ("Guardo-lhe a mesa se me confirmar hoje.",
     "Basta confirmar-me hoje e guardo-lhe a mesa.",
     "Guardo-lhe a mesa, fica reservada em seu nome."),
    ("Podemos mudar a data da entrega sem custo se nos avisar até sexta.",
     "Podemos mudar a data da entrega sem custo, desde que nos avise até sexta.",
     "Podemos mudar a data da entrega sem custo."),
    ("Emito a fatura ainda hoje se nos enviares o contribuinte.",
     "Assim que nos enviares o contribuinte, emito a fatura ainda hoje.",
     "Emito a fatura ainda hoje."),
]


@pytest.mark.parametrize(("draft", "kept", "dropped"), CASES)
def test_the_condition_kept_passes_clean(draft, kept, dropped):
    assert labels(letter("pt", draft), letter("pt", kept), "pt") == []


@pytest.mark.parametrize(("draft", "kept", "dropped"), CASES)
def test_the_condition_dropped_is_caught(draft, kept, dropped):
    assert COND in labels(letter("pt", draft), letter("pt", dropped), "pt")


def test_a_reflexive_se_is_no_condition():
    # "se" before a pronoun and a past or present verb is reflexive: nothing to keep.
    draft = "O stock esgotou-se ontem; a peça que se nos pediu já não existe."
    rewrite = "O stock esgotou-se ontem e a peça já não existe."
    assert COND not in labels(letter("pt", draft), letter("pt", rewrite), "pt")

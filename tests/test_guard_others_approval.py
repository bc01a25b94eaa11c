"""An approval by someone else in the simple past or the perfect ("The store manager approved an
exception for you", "El encargado ha aprobado / aprobó…", "Le gérant a approuvé…", "O chefe de
loja aprovou…") passed where the draft had only asked for one: the approval patterns named the
approver only for "we", a team or a manager. Now the act with any subject is an approval when
it names what is granted (an exception, a request, a claim, a refund…) after a finite verb:
"the sketch you approved in July" approves nothing of ours, nor "uma vez aprovado o pedido",
a condition.

Sentences written for this rule, none taken from a corpus set. 5 of the 13 tests fail on main
(the approved rewrites); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

APPROVED = [
    ("en", "I have asked the store manager about an exception.",
     "The store manager approved an exception for you."),
    ("es", "He consultado al encargado sobre una excepción.",
     "El encargado ha aprobado una excepción para usted."),
    ("es", "He consultado al encargado sobre una excepción.",
     "El encargado aprobó una excepción para usted."),
    ("fr", "J'ai demandé une exception au responsable du magasin.",
     "Le gérant a approuvé une exception pour vous."),
    ("pt", "Pedi uma exceção ao gerente da loja.", "O chefe de loja aprovou uma exceção para si."),
]
APPROVED_AGAIN = [
    ("en", "The store manager approved an exception for you.",
     "Your exception was approved by the store manager."),
    ("es", "El encargado ha aprobado una excepción para usted.",
     "El encargado aprobó una excepción para usted."),
    ("fr", "Le gérant a approuvé une exception pour vous.",
     "Une exception a été approuvée pour vous par le gérant."),
    ("pt", "O gerente aprovou uma exceção para si.", "A exceção foi aprovada pelo gerente."),
    ("es", "Usted ha autorizado el cargo en su banco, así que lo revisamos.",
     "Como usted ha autorizado el cargo en su banco, lo revisamos."),
    # An approval as the condition of what follows grants nothing yet.
    ("pt", "Após a aprovação do pedido, o valor é depositado na sua conta.",
     "Uma vez aprovado o pedido, o depósito na sua conta é feito."),
    ("es", "Tras la aprobación de la solicitud, el importe se abona en su cuenta.",
     "Una vez aprobada la solicitud, el importe se abona en su cuenta."),
    # What the customer approved, told back, is no approval of ours.
    ("es", "Gracias por escribir. Seguimos con el perro.",
     "Gracias por escribir; entiendo la desilusión con el gato que aprobaron en julio. "
     "Seguimos con el perro."),
]


@pytest.mark.parametrize("lang,draft,rewrite", APPROVED)
def test_someone_elses_approval_is_a_new_promise(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang), "approval")


@pytest.mark.parametrize("lang,draft,rewrite", APPROVED_AGAIN)
def test_the_drafts_approval_said_again_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

"""A condition of two parts joined by "and", each naming something ("if the courier confirms
the loss and the claim is approved"), asks for both: a rewrite keeping one "if" but only one
of its parts makes the promise wait on less, and is caught, in five languages. Both parts said
again, in other words or with the first moved to a sentence before, pass; so does a condition
joining two nouns of one clause ("if the size and colour match") said shorter, and a refusal
on such a condition said on part of it (it refuses more, and gives nothing). Every sentence
written for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft, rewrite keeping both parts, rewrite keeping the second only)
CASES = [
    ("en", "If the courier confirms the loss and the claim is approved, we refund the order.",
     "Once the courier confirms the parcel is lost and your claim is approved, we refund the "
     "order.",
     "If the claim is approved, we refund the order."),
    ("es", "Si el transportista confirma la pérdida y se aprueba la reclamación, le "
     "reembolsamos el pedido.",
     "Si el transportista confirma la pérdida y aprobamos la reclamación, le reembolsamos el "
     "pedido.",
     "Si se aprueba la reclamación, le reembolsamos el pedido."),
    ("fr", "Si le transporteur confirme la perte et que la réclamation est acceptée, nous "
     "remboursons la commande.",
     "Si le transporteur confirme la perte et que votre réclamation est acceptée, nous vous "
     "remboursons la commande.",
     "Si la réclamation est acceptée, nous remboursons la commande."),
    ("pt", "Se a transportadora confirmar a perda e a reclamação for aprovada, reembolsamos a "
     "encomenda.",
     "Se a transportadora confirmar a perda e a sua reclamação for aprovada, reembolsamos a "
     "encomenda.",
     "Se a reclamação for aprovada, reembolsamos a encomenda."),
    ("de", "Wenn der Kurier den Verlust bestätigt und die Reklamation genehmigt wird, erstatten "
     "wir die Bestellung.",
     "Bestätigt der Kurier den Verlust und wird die Reklamation genehmigt, erstatten wir die "
     "Bestellung.",
     "Wenn die Reklamation genehmigt wird, erstatten wir die Bestellung."),
]


@pytest.mark.parametrize("lang,draft,both,one", CASES)
def test_both_parts_said_again_pass(lang: str, draft: str, both: str, one: str) -> None:
    assert "new_commitment" not in verdict(letter(lang, draft), letter(lang, both), "", lang)


@pytest.mark.parametrize("lang,draft,both,one", CASES)
def test_one_part_dropped_is_caught(lang: str, draft: str, both: str, one: str) -> None:
    found = verdict(letter(lang, draft), letter(lang, one), "", lang)
    assert "condition" in found.get("new_commitment", "")


def test_the_first_part_moved_to_a_sentence_before_is_kept() -> None:
    draft = "If the part arrives by Friday and the test passes, we ship on Monday."
    moved = "The part has to arrive by Friday first. Then, if the test passes, we ship on Monday."
    dropped = "If the test passes, we ship on Monday."
    assert "new_commitment" not in verdict(letter("en", draft), letter("en", moved), "", "en")
    assert "new_commitment" in verdict(letter("en", draft), letter("en", dropped), "", "en")


def test_two_nouns_of_one_clause_are_one_condition() -> None:
    draft = "If the size and colour match, we exchange it."
    assert "new_commitment" not in verdict(letter("en", draft),
                                           letter("en", "If it matches, we exchange it."), "",
                                           "en")


def test_a_refusal_said_on_part_of_its_condition_gives_nothing() -> None:
    draft = ("Si les sentiers restent ouverts et que tu annules quand même, le dépôt n'est pas "
             "remboursable.")
    rewrite = "S'ils restent ouverts et que tu décides d'annuler, le dépôt n'est pas remboursable."
    assert "new_commitment" not in verdict(letter("fr", draft), letter("fr", rewrite), "", "fr")

"""Portuguese "a gente" is "we" with the verb in the third person singular ("a gente cobre",
"a gente vai pagar"): a cost we take on said so is a credit, as "nós cobrimos" is. A rewrite
that adds one is caught; one that says the draft's own credit so keeps it."""

from tests.masked_guard import labels, letter

KEPT = "Peço desculpa pela demora. Nós cobrimos o frete da próxima encomenda."
PLAIN = "Peço desculpa pela demora; a encomenda já está a caminho."


def test_a_gente_saying_the_drafts_credit_keeps_it():
    for rewrite in ("Peço desculpa pela demora. A gente cobre o frete da próxima encomenda.",
                    "Peço desculpa pela demora. A gente vai pagar o frete da próxima encomenda."):
        assert labels(letter("pt", KEPT), letter("pt", rewrite), "pt") == []


def test_a_gente_taking_on_a_cost_the_draft_does_not_is_a_new_credit():
    for rewrite in ("Peço desculpa pela demora; a encomenda já está a caminho, e a gente cobre "
                    "o frete da devolução.",
                    "Peço desculpa pela demora; a encomenda já está a caminho. A gente vai "
                    "pagar os custos da troca."):
        assert "new_commitment:credit" in labels(letter("pt", PLAIN), letter("pt", rewrite),
                                                 "pt"), rewrite

"""Spanish gives with both clitics: "el envío te lo bonificamos", "se lo regalamos" (the
indirect "le" becomes "se" before "lo"). Said so, the gift is a credit we promise, as "te
bonificamos el envío" already was; denied, it promises nothing."""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

DRAFT = "Las sillas salen mañana por mensajería."
CUSTOMER = "¿Cuándo salen las sillas que encargué?"


@pytest.mark.parametrize("rewrite", [
    "Las sillas salen mañana por mensajería y el transporte te lo bonificamos.",
    "Las sillas salen mañana por mensajería; el transporte se lo regalamos.",
])
def test_a_gift_with_both_clitics_is_a_credit(rewrite):
    assert "new_commitment:credit" in eval_codes(DRAFT, rewrite, CUSTOMER, "es")


def test_the_gift_denied_promises_nothing():
    rewrite = "Las sillas salen mañana por mensajería; el transporte no te lo bonificamos."
    assert eval_codes(DRAFT, rewrite, CUSTOMER, "es") == set()

"""Money for the trouble said in the passive is money promised: Portuguese "será compensado
pelo incómodo" passed where "vamos compensá-lo" was caught (`commitment_patterns` "credit").

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

from tests.masked_guard import labels

PASSED_ON = {"pt": "Passei o seu relatório à nossa equipa técnica."}


def test_money_for_the_trouble_said_in_the_passive_is_a_credit() -> None:
    # "Será compensado" promises money as "vamos compensá-lo" does.
    draft = PASSED_ON["pt"]
    assert "new_commitment:credit" in labels(draft, f"{draft} Será compensado pelo incómodo.",
                                             "pt")


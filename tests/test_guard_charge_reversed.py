"""A charge reversed is money back: "the charge will be reversed", "le prélèvement sera annulé",
"el cargo será anulado", "a cobrança será anulada", "die Abbuchung wird storniert" passed in
five languages where the draft only passes the case on. Said in the passive future of a charge, it
is a refund (`commitment_patterns` "refund"); a draft that has reversed or cancelled the charge
in any words lets the rewrite say it again (`drafted_acts`).

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

ADDED = [
    ("en", "I've passed your report to billing.", "The charge will be reversed."),
    ("fr", "J'ai transmis votre demande au service facturation.",
     "Le prélèvement sera annulé."),
    ("es", "He pasado su caso a facturación.", "El cargo será anulado."),
    ("pt", "Passei o seu caso à faturação.", "A cobrança será anulada."),
    ("de", "Ich habe Ihre Meldung an die Buchhaltung weitergegeben.",
     "Die Abbuchung wird storniert."),
]
SAID_AGAIN = [
    ("en", "We have cancelled the duplicate charge.", "The duplicate charge will be reversed."),
    ("fr", "Nous avons annulé le prélèvement en double.", "Le prélèvement en double sera annulé."),
    ("es", "Hemos anulado el cargo duplicado.", "El cargo duplicado será anulado."),
    ("pt", "Anulámos a cobrança duplicada.", "A cobrança duplicada será anulada."),
    ("de", "Wir haben die doppelte Abbuchung storniert.", "Die doppelte Abbuchung wird storniert."),
]


@pytest.mark.parametrize("lang,draft,added", ADDED)
def test_a_charge_reversed_is_a_new_refund(lang: str, draft: str, added: str) -> None:
    assert "new_commitment:refund" in labels(draft, f"{draft} {added}", lang)


@pytest.mark.parametrize("lang,draft,rewrite", SAID_AGAIN)
def test_the_drafts_own_reversal_said_again_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


def test_a_refused_reversal_granted_is_caught() -> None:
    assert labels("We can't reverse the charge.", "The charge will be reversed.", "en")

""""Even if" said with French elision, and "even without": "nous le remboursons intégralement,
même s'il a servi" turned the draft's "si l'article n'a pas servi" around and passed, since only
"même si" was read as holding either way (lang `regardless`). "Even without the receipt",
"même sans le ticket", "incluso sin", "mesmo sem", "auch ohne" likewise hold whatever the
condition asks, and a draft saying so lets the rewrite say it again.

Sentences written for this rule, none taken from a corpus set; 6 of its 8 tests fail on main
(all five "without" ones passed)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

TURNED = [
    ("fr", "Si l'article n'a pas servi, nous le remboursons intégralement.",
     "Nous le remboursons intégralement, même s'il a servi."),
    ("en", "If you have the receipt, we will refund it.",
     "We will refund it, even without the receipt."),
    ("fr", "Si vous avez le ticket, nous le remboursons.",
     "Nous le remboursons, même sans le ticket."),
    ("es", "Si tiene el ticket, se lo reembolsamos.", "Se lo reembolsamos, incluso sin el ticket."),
    ("pt", "Se tiver o talão, reembolsamos.", "Reembolsamos, mesmo sem o talão."),
    ("de", "Wenn Sie den Beleg haben, erstatten wir es.", "Wir erstatten es, auch ohne Beleg."),
]
SAID_AGAIN = [
    ("fr", "Nous le remboursons même s'il a servi.", "Même s'il a servi, nous le remboursons."),
    ("en", "We will refund it even without the receipt.",
     "Even without the receipt, we will refund it."),
]


@pytest.mark.parametrize("lang,draft,rewrite", TURNED)
def test_a_condition_turned_into_either_way_is_caught(lang: str, draft: str,
                                                      rewrite: str) -> None:
    assert "new_commitment:condition" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", SAID_AGAIN)
def test_the_drafts_either_way_said_again_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

"""An English limit said in other words is kept: "up to 8 players" said as "as many as 8
players", "up to 40 dollars" as "as high as 40 dollars" were rejected as a limit dropped ("as long
as" is left: it opens conditions, "as long as someone 21 or older signs"). Dropping the limit is
still caught, in five languages.

Sentences written for this rule, none taken from a corpus set. On main the 2 faithful pairs
fail; the unsafe ones are caught on both."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

KEPT = [
    ("en", "The fee can go up to 40 dollars.", "The fee can be as high as 40 dollars."),
    ("en", "The room holds up to 8 players.", "The room holds as many as 8 players."),
]
DROPPED = [
    ("en", "Programming can take up to 20 minutes.", "Programming takes 20 minutes."),
    ("en", "We refund up to 50 euros.", "We refund 50 euros."),
    ("pt", "Reembolsamos até 50 €.", "Reembolsamos 50 €."),
    ("es", "Reembolsamos hasta 50 €.", "Reembolsamos 50 €."),
    ("fr", "Nous remboursons jusqu'à 50 €.", "Nous remboursons 50 €."),
    ("de", "Wir erstatten bis zu 50 €.", "Wir erstatten 50 €."),
]


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_a_limit_in_other_words_passes(lang: str, draft: str,
                                                      rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", DROPPED)
def test_a_limit_on_an_amount_dropped_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:limit" in labels(draft, rewrite, lang)

"""A condition word that is also a "with" ("bei Schönwetter") is counted once: a second
condition of the same sentence dropped beside it is caught (stop 47). Written for this rule
(none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

SECOND = [
    # Two conditions in one sentence, one of them a condition word that is also a "with":
    # the other dropped is still caught; both kept pass.
    ("de", "Sobald der Kran frei ist, brauchen wir für die Montage drei Tage, bei Schönwetter.",
     "Sobald der Kran frei ist, brauchen wir drei Tage für die Montage, bei Schönwetter.",
     "Wir brauchen für die Montage drei Tage, bei Schönwetter."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", SECOND)
def test_a_second_condition_dropped_beside_one_kept_is_caught(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)

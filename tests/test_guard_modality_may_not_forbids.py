"""Stop 58 modality reading (guard/modality.py `forbidding`, `forbidden`; conditions.
qualifiers_kept; lang/en.json `forbidding_hedges`, `prohibitions`).

English "may not" reads two ways: a doubt ("the parcel may not arrive today") and a rule's
prohibition ("dogs may not enter the bakery"). A rewrite saying it as a prohibition ("dogs
aren't allowed in the bakery", "are not permitted to enter") keeps the draft's rule reading
and promises nothing, as "deve" said as "tem de" keeps the duty reading of a Portuguese
"deve". Only a word of permission denied keeps it: "cannot enter", "won't deliver" are still
firmer than the draft's "may not", and a prohibition elsewhere in the sentence keeps no
"may" beside it. English only: "puede no", "pode não", "peut ne pas" only doubt, and
"darf nicht" is no hedge.

Every sentence is written for this reading (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

_RULE = "Dogs may not enter the bakery, because food rules forbid animals in the kitchen area."


@pytest.mark.parametrize("rewrite", [
    "Dogs aren't allowed in the bakery, because food rules forbid animals in the kitchen area.",
    "Dogs are not permitted to enter the bakery, because food rules forbid animals in the "
    "kitchen area.",
])
def test_may_not_said_as_a_prohibition_passes(rewrite: str) -> None:
    assert not verdict(_RULE, rewrite, "", "en")


@pytest.mark.parametrize("draft,rewrite", [
    (_RULE, "Dogs cannot enter the bakery, because food rules forbid animals in the kitchen "
            "area."),
    ("The courier may not deliver on Sunday.", "The courier won't deliver on Sunday."),
    ("The courier may deliver on Sunday, but drivers are not allowed to leave parcels "
     "outside.",
     "The courier delivers on Sunday, but drivers are not allowed to leave parcels outside."),
])
def test_a_firmer_rewrite_is_still_caught(draft: str, rewrite: str) -> None:
    assert verdict(draft, rewrite, "", "en").get("new_commitment"), rewrite

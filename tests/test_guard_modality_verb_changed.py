"""Stop 52 modality reading (guard/modality.py `_told_whole`): a modal of what is expected
("should") whose clause the rewrite says again whole, its subject and everything after the
verb, but with another verb of the same act and in the future, is that clause made firmer
("the new hinge should give the door another five years" → "the new hinge will leave the door
another five years"). A clause naming less of it says something else.

Every case is written for the reading (none comes from a corpus set): the faithful restatement
passes clean and its unsafe twin is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels


def _modality(draft: str, rewrite: str, lang: str = "en") -> bool:
    return any(v.endswith(":modality") for v in labels(draft, rewrite, lang))


@pytest.mark.parametrize("draft,kept,firmer", [
    ("The new hinge should give the door another five years.",
     "The new hinge should leave the door another five years.",
     "The new hinge will leave the door another five years."),
    ("The courier should drop the boxes at the side gate.",
     "The courier should leave the boxes at the side gate.",
     "The courier will leave the boxes at the side gate."),
    ("Our plumber should replace the valve at the back of the boiler.",
     "Our plumber should swap the valve at the back of the boiler.",
     "Our plumber will swap the valve at the back of the boiler."),
])
def test_a_should_said_with_another_verb(draft: str, kept: str, firmer: str) -> None:
    assert not _modality(draft, kept)
    assert _modality(draft, firmer)


# Less of the clause said again is another thing: no firmer restatement of it.
def test_a_clause_naming_less_is_not_the_hedged_one() -> None:
    draft = "The courier should drop the boxes at the side gate."
    assert not _modality(draft, "The courier should drop the boxes at the side gate. "
                                "I'll bring the invoice to the gate myself.")

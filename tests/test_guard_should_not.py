"""A negated "should" is a hedge: "This shouldn't affect your exam" said as "This won't affect
your exam" or "This doesn't affect your exam", "shouldn't cause any delay" as "won't cause any
delay" passed in English, for the hedges list held "should" only before a verb ("should
arrive"), and "shouldn't" is another word. The same soft claim said as "unlikely", "we don't
expect", "probably won't" passes (those keep it soft too).

Sentences written for this rule, none taken from a corpus set. On main the 4 firmer rewrites
pass (fail here); the faithful ones pass on both. Left open: "It should not be a problem" →
"It won't be a problem" still passes."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

EXAM = "This shouldn't affect your exam."
FIRMER = [
    (EXAM, "This won't affect your exam."),
    (EXAM, "This doesn't affect your exam."),
    ("The new part shouldn't cause any delay.", "The new part won't cause any delay."),
    ("The update shouldn't take long.", "The update won't take long."),
]
KEPT = [
    (EXAM, "It's unlikely to affect your exam."),
    (EXAM, "We don't expect this to affect your exam."),
    ("It should not be a problem for the delivery.",
     "It probably won't be a problem for the delivery."),
    ("The update shouldn't take long.", "The update shouldn't take long at all."),
]


@pytest.mark.parametrize("draft,rewrite", FIRMER)
def test_a_negated_should_made_certain_is_caught(draft: str, rewrite: str) -> None:
    assert "new_commitment:modality" in labels(draft, rewrite, "en")


@pytest.mark.parametrize("draft,rewrite", KEPT)
def test_the_same_soft_claim_in_other_words_passes(draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, "en") == []

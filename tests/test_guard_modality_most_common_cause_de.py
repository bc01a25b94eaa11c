"""German "die häufigste Ursache" / "am häufigsten" names the likely cause, not the certain
one, as "the most common cause" already does in English: a rewrite keeping the likelihood in
other words ("meist") passes clean, one stating the cause as certain is firmer and caught."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DRAFT = ("Die häufigste Ursache für das Pfeifen ist ein Schirm, der im Gehörgang nicht dicht "
         "sitzt. Am Dienstag testen wir einen geschlossenen Schirm.")
NEXT = " Am Dienstag testen wir einen geschlossenen Schirm."


@pytest.mark.parametrize("kept", [
    "Das Pfeifen kommt meist von einem Schirm, der im Gehörgang nicht dicht sitzt.",
    "Am häufigsten liegt das Pfeifen an einem Schirm, der im Gehörgang nicht dicht sitzt.",
    "Meistens steckt hinter dem Pfeifen ein Schirm, der im Gehörgang nicht dicht sitzt.",
])
def test_the_likely_cause_said_otherwise_passes(kept: str) -> None:
    assert labels(DRAFT, kept + NEXT, "de") == []


@pytest.mark.parametrize("firm", [
    "Das Pfeifen kommt von einem Schirm, der im Gehörgang nicht dicht sitzt.",
    "Das Pfeifen kommt ganz sicher von einem Schirm, der im Gehörgang nicht dicht sitzt.",
])
def test_the_likely_cause_stated_as_certain_is_caught(firm: str) -> None:
    assert "new_commitment:modality" in labels(DRAFT, firm + NEXT, "de")

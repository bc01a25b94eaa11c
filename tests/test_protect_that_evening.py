"""French "ce soir-là", "cette nuit-là" point back at a day the text has named ("that
evening"): no "tonight", no date of its own. A rewrite that names the day itself, or leaves the
pointer out, keeps the draft's facts; one that says "ce soir" or "demain soir" adds a day.
Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from heard.protect import RELATIVE_DAY_RE
from tests.masked_guard import as_written, labels

DRAFT = ("Bonjour Mme Le Gall, le groupe joue bien le samedi 21 août, mais notre chanteur ne "
         "pourra sans doute pas chanter ce soir-là. Cordialement, Erwan")


@pytest.mark.parametrize(("text", "found"), [
    ("il ne chantera pas ce soir-là", []),
    ("elle était fermée cette nuit-là", []),
    ("il ne chantera pas ce soir", ["ce soir"]),
])
def test_that_evening_is_no_relative_day(text, found):
    assert [m.group(0) for m in RELATIVE_DAY_RE.finditer(text)] == found


@pytest.mark.parametrize("rewrite", [
    "Bonjour Mme Le Gall, le groupe joue bien le samedi 21 août ; notre chanteur, lui, ne "
    "pourra sans doute pas chanter. Cordialement, Erwan",
    "Bonjour Mme Le Gall, notre chanteur ne pourra sans doute pas chanter le samedi 21 août, "
    "mais le groupe jouera bien. Cordialement, Erwan",
])
def test_that_evening_named_or_left_out_passes_clean(rewrite):
    assert labels(DRAFT, rewrite, "fr") == []


@pytest.mark.parametrize("day", ["ce soir", "demain soir"])
def test_tonight_for_that_evening_is_a_new_day(day):
    rewrite = DRAFT.replace("ce soir-là", day)
    assert "new_fact" in as_written(DRAFT, rewrite, "fr")

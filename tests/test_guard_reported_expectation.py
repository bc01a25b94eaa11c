"""What a supplier or a carrier told us to expect is on the likely step of the scale, as "we
expect" is (lang/en.json `hedges`): said again as what will happen, it is firmer; said again as
what is expected, it is kept. Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

GLASS = ("We have ordered the replacement glass. The supplier has told us to expect it in 3 to 4 "
         "weeks.")
PARTS = "The carrier advised us to expect the spare parts on Thursday 12 March."


@pytest.mark.parametrize(("draft", "rewrite"), [
    (GLASS, "We have ordered the replacement glass. It will be with us in 3 to 4 weeks."),
    (GLASS, "The replacement glass is on order, and it arrives in 3 to 4 weeks."),
    (PARTS, "The spare parts will arrive on Thursday 12 March."),
])
def test_what_we_were_told_to_expect_said_as_certain_is_firmer(draft, rewrite):
    assert "new_commitment:modality" in labels(draft, rewrite, "en")


@pytest.mark.parametrize(("draft", "rewrite"), [
    (GLASS, "We've ordered the replacement glass, and our supplier expects it to reach us in 3 "
            "to 4 weeks."),
    (GLASS, "The replacement glass is on order; the supplier told us to expect it in 3 to 4 "
            "weeks."),
    (PARTS, "The carrier expects the spare parts to arrive on Thursday 12 March."),
])
def test_said_again_as_expected_it_is_kept(draft, rewrite):
    assert labels(draft, rewrite, "en") == []

""""Covered by a warranty" says what the warranty covers, no money of ours given: the en credit
pattern "is covered" leaves it out after "by the/your/our …warranty" (stop 30s), and now after
"a"/"an"/"its" and a warranty whose length is a masked number ("covered by the ⟦2⟧ warranty",
"covered by a ⟦8⟧ warranty"), as the draft's own "comes with a 12-year warranty" is said
again. Covered with no warranty ("the shipping is covered", "it's covered, so you pay
nothing") still gives money the draft never gives. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DRAFT = ("The new pump comes with a 3-year warranty against motor failure. Fitting it takes "
         "about an hour.")
WITHIN = ("Your kettle is within the 2-year warranty, so please bring it to the shop with the "
          "receipt.")


@pytest.mark.parametrize("draft,rewrite", [
    (DRAFT, "Motor failure on the new pump is covered by a 3-year warranty. Fitting it takes "
            "about an hour."),
    (WITHIN, "The good news is that your kettle is covered by the 2-year warranty, so please "
             "bring it to the shop with the receipt."),
    (WITHIN, "Your kettle is covered by its 2-year warranty, so please bring it to the shop "
             "with the receipt."),
])
def test_covered_by_the_warranty_passes(draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, "en") == []


@pytest.mark.parametrize("draft,rewrite", [
    (DRAFT, "The new pump comes with a 3-year warranty against motor failure, and the fitting "
            "is covered. It takes about an hour."),
    (WITHIN, "Your kettle is within the 2-year warranty, so please bring it to the shop with "
             "the receipt; the postage is covered."),
    (WITHIN, "Your kettle is within the 2-year warranty. It's all covered, so please bring it "
             "to the shop with the receipt."),
])
def test_covered_without_a_warranty_is_new(draft: str, rewrite: str) -> None:
    assert "new_commitment:credit" in labels(draft, rewrite, "en")

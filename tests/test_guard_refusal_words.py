"""An English refusal kept in other words of the same decision: a discount refused as "taking
(or knocking) something off" ("we can't discount the fee" → "I can't take anything off the
fee"), a refund refused as "giving back" ("we cannot refund the fee" → "I'm not able to give
back the fee"). Each kept refusal passes; the same text with the refusal turned into a yes is
still caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, verdict

KEPT = [
    ("en", "We cannot refund the booking fee once the trip has started.",
     "I'm not able to give back the booking fee once the trip has started.",
     "We will refund the booking fee, even though the trip has started."),
    ("en", "We can't discount the fee, since the band is paid for the whole evening.",
     "I can't take anything off the fee, since the band is paid for the whole evening.",
     "I'll take something off the fee, even though the band is paid for the whole evening."),
    ("en", "We're unable to offer a discount on the rest of the order.",
     "I can't knock anything off the rest of the order.",
     "I'll knock something off the rest of the order."),
    ("en", "We can't give you your deposit back, because the hall is booked for you.",
     "I'm not able to give the deposit back, because the hall is booked for you.",
     "We'll give the deposit back, even though the hall is booked for you."),
]


@pytest.mark.parametrize("lang,draft,kept,turned", KEPT)
def test_a_refusal_said_in_other_words_of_its_decision_passes(lang, draft, kept, turned):
    assert labels(draft, kept, lang) == []
    assert verdict(draft, turned, "", lang)


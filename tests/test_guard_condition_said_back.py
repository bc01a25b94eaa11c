"""Conditions said again in other words, and their unsafe neighbours (guard/conditions.py):

- a condition that names nothing ("once we have it") kept by a "when" whose clause opens on a
  word pointing back ("when that arrives");
- a condition turned into a reason is still dropped;
- French (Quebec) "advenant" is a condition;
- a condition in the sentence before keeps the draft's only when it is about half of what the
  draft's names: "it's not your fault if your train was cancelled" keeps no "if you send us the
  rail operator's certificate for your train".

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

from tests.masked_guard import labels

COND = "new_commitment:condition"

PHOTO = ("Thanks for the photos. To start the reprint, we need one more photo of the panel in "
         "daylight. Once we have it, the panel goes into production, which usually takes 5 "
         "business days.")


def test_a_when_pointing_back_keeps_a_condition_naming_nothing():
    said = ("Thanks for the photos. To start the reprint, I need one more photo of the panel in "
            "daylight. When that arrives, I'll send the panel into production; that usually "
            "takes 5 business days.")
    assert COND not in labels(PHOTO, said)
    gone = ("Thanks for the photos. To start the reprint, I need one more photo of the panel in "
            "daylight. The panel goes into production now, which usually takes 5 business days.")
    assert COND in labels(PHOTO, gone)


def test_a_condition_turned_reason_is_still_dropped():
    draft = "If the reset fails, we'll send you a prepaid label for the router."
    assert COND in labels(draft, "The reset won't fix it, so we'll send you a prepaid label for "
                                 "the router.")
    # Beside a reason the draft gives itself, one more reason is the condition's.
    draft = "If the parcel is lost, we'll refund you in full, because the courier insures it."
    assert COND in labels(draft, "Since the parcel is lost, we'll refund you in full, because the "
                                 "courier insures it.")


def test_french_advenant_is_a_condition():
    draft = ("Si nous annulons la sortie, vous aurez le choix entre un report sans frais et une "
             "nouvelle date.")
    said = ("Advenant une annulation de la sortie de notre part, vous aurez le choix entre un "
            "report sans frais et une nouvelle date.")
    assert COND not in labels(draft, said, "fr")
    assert COND in labels(draft, "Vous aurez le choix entre un report sans frais et une nouvelle "
                                 "date.", "fr")


def test_a_condition_before_about_something_else_keeps_nothing():
    draft = ("We can waive the invoice if you send us the rail operator's certificate for your "
             "train.")
    other = "It's not your fault if your train was cancelled. We can waive the invoice."
    assert COND in labels(draft, other)
    said = ("If you send us the rail operator's certificate for your train, that's enough. We can "
            "waive the invoice then.")
    assert COND not in labels(draft, said)
    draft = "If the parcel hasn't arrived by Friday, we'll send a replacement."
    said = ("If the parcel still hasn't arrived by Friday, just reply to this email. We'll send a "
            "replacement then.")
    assert COND not in labels(draft, said)

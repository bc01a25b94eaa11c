"""Stop 52 modality reading (guard/modality.py `_waits`; lang/*.json `time_needs`, en hedges):
a hedged wait is one wait whichever verb of taking time says it ("will probably need about an
hour", "will take an hour", "prend", "dure"), so a rewrite saying it with another verb and
another subject, its hedge gone, is caught ("need" only where no duty is said: "we'll need to
order a new door" obliges); "I'd expect" hedges as "I expect" does.

Every case is written for the reading (none comes from a corpus set): the faithful restatement
passes clean and its unsafe twin is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels


def _modality(draft: str, rewrite: str, lang: str) -> bool:
    return any(v.endswith(":modality") for v in labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The fitter will probably need about an hour on site.",
     "I'd expect the fitting to take about an hour on site.",
     "The fitting will take an hour at most."),
    ("en", "Our decorator will probably need a full morning.",
     "The painting should take a full morning.",
     "The painting takes a full morning."),
    ("fr", "Le plombier devrait demander une matinée entière.",
     "La réparation devrait prendre une matinée entière.",
     "La réparation prendra une matinée entière."),
])
def test_a_hedged_wait_said_with_another_verb(lang: str, draft: str, kept: str,
                                              firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


def test_id_expect_is_a_hedge() -> None:
    draft = "I'd expect the spare keys to reach you on Friday."
    assert not _modality(draft, "The spare keys should reach you on Friday.", "en")
    assert _modality(draft, "The spare keys will reach you on Friday.", "en")


# A wait of something else, said firmly beside it, is not the hedged one said again.
def test_another_wait_is_not_the_hedged_one() -> None:
    draft = ("The fitter will probably need about an hour on site. "
             "The paint then takes a day to dry.")
    assert not _modality(draft, "The fitter will probably need about an hour on site, "
                                "and the paint takes a day to dry.", "en")


# "Take" in another sense ("take a refund") beside a hedged wait said again with its hedge is
# no firmer wait: the one verb counts once.
def test_take_in_another_sense_beside_the_hedged_wait() -> None:
    draft = ("Or ask for a refund of 40 euros to your card. Reply by Friday and we'll "
             "process it; refunds usually take 5 to 7 days to show.")
    assert not _modality(draft, "Or take a refund of 40 euros to your card instead. "
                                "Reply by Friday and we'll process it; refunds usually take "
                                "5 to 7 days to show.", "en")
    assert _modality(draft, "Or ask for a refund of 40 euros to your card. Reply by "
                            "Friday and we'll process it; refunds take 5 to 7 days to show.",
                     "en")

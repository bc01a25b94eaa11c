"""A condition that is only the customer's wish, beside a step of theirs that still decides
(guard/conditions.py): "if you'd like the engraving, …, provided you send us the text by Monday"
said as "if you send us the text by Monday, we add it" leaves the choice with them, so the wish
may go. Their step may not, nor may it be swapped for a condition of ours.

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"

CASES = [
    ("en", "If you'd like the engraving, it costs 15 euros and we add it before shipping, "
           "provided you send us the text by Monday.",
     "The engraving costs 15 euros; if you send us the text by Monday, we add it before "
     "shipping.",
     ["The engraving costs 15 euros and we add it before shipping.",
      "The engraving costs 15 euros; if the printer is free, we add it before shipping.",
      "If you'd like the engraving, it costs 15 euros and we add it before shipping."]),
    ("de", "Wenn Sie es möchten, lackieren wir das Regal für 40 Euro mit, vorausgesetzt, Sie "
           "bestätigen das bis Freitag.",
     "Wenn Sie das bis Freitag bestätigen, lackieren wir das Regal für 40 Euro mit.",
     ["Wir lackieren das Regal für 40 Euro mit.",
      "Wenn das Wetter hält, lackieren wir das Regal für 40 Euro mit.",
      "Wenn Sie es möchten, lackieren wir das Regal für 40 Euro mit."]),
    ("fr", "Si tu préfères te retirer, on te rembourse 20 euros par virement, tant que ta "
           "demande nous arrive avant samedi.",
     "Retrait : on te rembourse 20 euros par virement si ta demande nous arrive avant samedi.",
     ["Retrait : on te rembourse 20 euros par virement.",
      "Retrait : on te rembourse 20 euros par virement si le club a encore des fonds.",
      "Si tu préfères te retirer, on te rembourse 20 euros par virement."]),
]


@pytest.mark.parametrize("lang,draft,kept,unsafe", CASES)
def test_a_wish_beside_the_customers_step_may_go_but_not_the_step(lang, draft, kept, unsafe):
    assert COND not in labels(draft, kept, lang)
    for rewrite in unsafe:
        assert COND in labels(draft, rewrite, lang), rewrite


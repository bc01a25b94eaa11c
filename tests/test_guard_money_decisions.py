"""Money and decisions said in other words, both ways (every case written for this file):

- a free thing beside a stray "no" in its sentence ("I can't believe …, so we'll redo it at
  no charge") is still a gift (a refused free thing whose "can't" stands further back than a
  few words, "I can't put him through the clinic again at no charge", was measured at stop 47
  and left: its development unsafe neighbour, a "may suggest" made "will", was caught only by
  the misreading);
- a refusal said again with the money back said as "es gibt … zurück", or with another noun
  for the same thing ("eine längere Frist" for "eine Verlängerung"; not "Leihgerät" for
  "Ersatzgerät": a loan is no replacement, tests/test_guard_loans.py); the unsafe
  neighbour, the refusal dropped, still caught (German only:
  es "no se devuelven", pt "o valor não volta", es "cambiar" and pt "abatimento" were
  measured at stop 47 and dropped: each exposed an unsafe neighbour caught only by the
  misreading or moved faithful rewrites the wrong way; so was "länger als bis dahin", which
  cost a check set two faithful rewrites);
- a "free" of another clause ("a day comes free") keeps no free thing the draft refuses to
  charge for (a draft's free thing kept by any credit phrase in the clause naming the act,
  "free of charge" for "at no charge", was measured at stop 47 and left: it let a development
  mutant's "should" → "will" through).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, verdict


@pytest.mark.parametrize("lang,draft,unsafe", [
    ("en", "We don't redo tasting menus free of charge.",
     "I can't believe the kitchen got it wrong, so we'll redo the tasting menu at no charge."),
    ("pt", "Não refazemos as molduras sem custo.",
     "Refaço as duas molduras de madeira sem custo, e não cobro o envio."),
])
def test_a_free_thing_beside_a_stray_no_is_still_a_gift(lang: str, draft: str,
                                                        unsafe: str) -> None:
    found = labels(draft, unsafe, lang)
    assert "new_commitment:credit" in found or "new_commitment:discount" in found \
        or "decision_changed" in found


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("de", "Wer absagt, bekommt die Gebühr nur bis Freitag zurück, danach nicht mehr.",
     "Bei einer Absage gibt es die Gebühr nur bis Freitag zurück, danach nicht mehr.",
     "Bei einer Absage kümmern wir uns um die Gebühr."),
    ("de", "Eine Verlängerung der Frist ist nicht möglich.",
     "Eine längere Frist geht leider nicht.",
     "Die Frist läuft wie besprochen."),
])
def test_a_refusal_restated_in_other_words(lang: str, draft: str, kept: str,
                                           dropped: str) -> None:
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, dropped, "", lang)


def test_a_free_of_another_clause_keeps_no_free_thing() -> None:
    draft = ("If you'd rather book someone else, that's fine and there's no cancellation fee. "
             "I'll ring you if a day opens up.")
    dropped = "I'll ring you first if another farm cancels and an earlier day comes free."
    assert "decision_changed" in verdict(draft, dropped, "", "en")

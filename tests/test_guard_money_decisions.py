"""Money and decisions said in other words, both ways (every case written for this file):

- a refused free thing whose "can't" stands further back in its clause than a few words ("I
  can't redo the whole tasting menu at no charge") is no gift; a free thing with no "can't"
  in its clause still is one;
- a refusal said again with the money back said as "es gibt … zurück", or with another noun
  for the same thing ("Leihgerät" for "Ersatzgerät", "eine längere Frist" for "eine
  Verlängerung"); the unsafe neighbour, the refusal dropped, still caught (German only:
  es "no se devuelven", pt "o valor não volta", es "cambiar" and pt "abatimento" were
  measured at stop 47 and dropped: each exposed an unsafe neighbour
  caught only by the misreading);
- a draft's free thing read as a refusal ("we replace it at no charge") is kept by the
  rewrite's free thing in any credit phrase ("free of charge") in the clause naming the act,
  not only one with "without"; a "free" of another clause ("a day comes free") keeps none.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, verdict


@pytest.mark.parametrize("lang,draft,said", [
    ("en", "We don't redo tasting menus free of charge.",
     "I can't redo the whole tasting menu for you at no charge."),
    ("pt", "Não refazemos as molduras sem custo.",
     "Não consigo refazer as duas molduras de madeira sem custo."),
    ("es", "No repetimos la sesión de fotos sin coste.",
     "No puedo repetir toda la sesión de fotos del sábado sin coste."),
    ("fr", "Nous ne refaisons pas la séance gratuitement.",
     "Je ne peux pas refaire toute la séance de samedi gratuitement."),
])
def test_a_refused_free_thing_is_no_gift(lang: str, draft: str, said: str) -> None:
    found = labels(draft, said, lang)
    assert "new_commitment:credit" not in found and "new_commitment:discount" not in found


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
    ("de", "Ein Ersatzgerät können wir Ihnen leider nicht anbieten.",
     "Ein Leihgerät kann ich Ihnen leider nicht anbieten.",
     "Ein Leihgerät bringe ich Ihnen morgen vorbei."),
    ("de", "Eine Verlängerung der Frist ist nicht möglich.",
     "Eine längere Frist geht leider nicht.",
     "Die Frist läuft wie besprochen."),
])
def test_a_refusal_restated_in_other_words(lang: str, draft: str, kept: str,
                                           dropped: str) -> None:
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, dropped, "", lang)


@pytest.mark.parametrize("lang,draft,kept,refused", [
    ("en", "If they were on the list, we can replace the missing lights at no charge.",
     "If they were on the list, we can replace the missing lights free of charge.",
     "If they were on the list, we can replace the missing lights for the usual price."),
])
def test_a_free_thing_kept_in_any_credit_phrase(lang: str, draft: str, kept: str,
                                                refused: str) -> None:
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    found = verdict(draft, refused, "", lang)
    assert "decision_changed" in found or "new_commitment" in found


def test_a_free_of_another_clause_keeps_no_free_thing() -> None:
    draft = ("If you'd rather book someone else, that's fine and there's no cancellation fee. "
             "I'll ring you if a day opens up.")
    dropped = "I'll ring you first if another farm cancels and an earlier day comes free."
    assert "decision_changed" in verdict(draft, dropped, "", "en")

"""A hedge set apart by a comma keeps only itself (every case written for this file).

"Weather permitting, the crew should have the roofline done" holds two hedges: the absolute
phrase, set apart by its comma, and the "should". "Weather permitting, the crew will have it
done" says the first again in its own words and drops the second: a firmer promise, caught by
the modality check itself (guard/modality.py `_softened`'s `beside`), not only by the count of
hedged clauses. A hedge in the same phrase as the modal ("should probably arrive", "normalmente
debería llegar") is one step said twice: "will probably arrive" keeps it, and stays clean.
"""

from __future__ import annotations

import pytest

from heard.guard.modality import modality_kept
from heard.protect import Masker
from tests.masked_guard import labels, letter


def _firmer(draft: str, rewrite: str, lang: str) -> bool:
    masker = Masker()
    return bool(modality_kept(masker.mask(draft).text, masker.mask(rewrite).text, lang))


CASES = [
    ("en", "Weather permitting, the crew should have the roofline done on the same day.",
     "Weather permitting, the crew will have the roofline done on the same day.",
     "Weather permitting, the crew should get the roofline done on the same day."),
    ("es", "En principio, el técnico debería pasar por su casa el viernes por la mañana.",
     "En principio, el técnico pasará por su casa el viernes por la mañana.",
     "En principio, el técnico debería ir a su casa el viernes por la mañana."),
    ("fr", "En principe, le technicien devrait passer chez vous vendredi matin.",
     "En principe, le technicien passera chez vous vendredi matin.",
     "En principe, le technicien devrait venir chez vous vendredi matin."),
    ("pt", "Em princípio, o técnico deve passar em sua casa na sexta-feira de manhã.",
     "Em princípio, o técnico passa em sua casa na sexta-feira de manhã.",
     "Em princípio, o técnico deve ir a sua casa na sexta-feira de manhã."),
    ("de", "Im Normalfall, so unsere Erfahrung, sollte der Techniker am Freitagmorgen bei "
           "Ihnen vorbeikommen.",
     "Im Normalfall, so unsere Erfahrung, kommt der Techniker am Freitagmorgen bei Ihnen "
     "vorbei.",
     "Im Normalfall, so unsere Erfahrung, dürfte der Techniker am Freitagmorgen bei Ihnen "
     "vorbeikommen."),
]


@pytest.mark.parametrize("lang,draft,firmer,kept", CASES)
def test_the_other_hedge_said_again_keeps_no_modal(lang: str, draft: str, firmer: str,
                                                    kept: str) -> None:
    assert _firmer(draft, firmer, lang)
    assert "new_commitment:modality" in labels(letter(lang, draft), letter(lang, firmer), lang)


@pytest.mark.parametrize("lang,draft,firmer,kept", CASES)
def test_both_hedges_kept_pass(lang: str, draft: str, firmer: str, kept: str) -> None:
    assert not _firmer(draft, kept, lang)
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "The parcel should probably reach you on Friday.",
     "The parcel will probably reach you on Friday."),
    ("es", "Normalmente el paquete debería llegar el viernes.",
     "Normalmente el paquete llega el viernes."),
    ("de", "Voraussichtlich sollte die Lieferung am Freitag bei Ihnen ankommen.",
     "Voraussichtlich kommt die Lieferung am Freitag bei Ihnen an."),
])
def test_a_hedge_in_the_modals_phrase_keeps_its_step(lang: str, draft: str,
                                                     rewrite: str) -> None:
    assert not _firmer(draft, rewrite, lang)

"""A reason put first says why, not what (every case written for this file).

The draft states a cause firmly and hedges what follows from it: "The courier collected your
parcel late on Tuesday because of the storm. It should reach you on Friday." A rewrite that
joins them with the reason first ("Because the courier collected your parcel late on Tuesday,
it will reach you on Friday") shares more words with the firm sentence than with the hedged
one, yet what it says happens is the arrival, made certain. The modality check reads the
clause after the reason's comma for which sentence it says again (guard/modality.py `_main`):
caught in every language; the same joined sentence keeping the hedge passes.
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
    ("en", "The courier collected your parcel late on Tuesday because of the storm. It should "
           "reach you on Friday.",
     "Because the courier collected your parcel late on Tuesday because of the storm, it will "
     "reach you on Friday.",
     "Because the courier collected your parcel late on Tuesday because of the storm, it "
     "should reach you on Friday."),
    ("es", "El mensajero recogió su paquete tarde el martes por la tormenta. Debería llegarle "
           "el viernes.",
     "Como el mensajero recogió su paquete tarde el martes por la tormenta, le llegará el "
     "viernes.",
     "Como el mensajero recogió su paquete tarde el martes por la tormenta, debería llegarle "
     "el viernes."),
    ("fr", "Le coursier a récupéré votre colis en retard mardi à cause de la tempête. Il "
           "devrait arriver vendredi à votre adresse de Lyon.",
     "Parce que le coursier a récupéré votre colis en retard mardi à cause de la tempête, il "
     "arrivera vendredi à votre adresse de Lyon.",
     "Parce que le coursier a récupéré votre colis en retard mardi à cause de la tempête, il "
     "devrait arriver vendredi à votre adresse de Lyon."),
    ("pt", "O estafeta recolheu a sua encomenda tarde na terça-feira por causa da tempestade. "
           "Ela deve chegar na sexta-feira.",
     "Porque o estafeta recolheu a sua encomenda tarde na terça-feira, ela chega na "
     "sexta-feira.",
     "Porque o estafeta recolheu a sua encomenda tarde na terça-feira, ela deve chegar na "
     "sexta-feira."),
    ("de", "Der Kurier hat Ihr Paket wegen des Sturms erst am Dienstag abgeholt. Die Sendung "
           "sollte am Freitag bei Ihnen ankommen.",
     "Weil der Kurier Ihr Paket wegen des Sturms erst am Dienstag abgeholt hat, kommt die "
     "Sendung am Freitag bei Ihnen an.",
     "Weil der Kurier Ihr Paket wegen des Sturms erst am Dienstag abgeholt hat, sollte die "
     "Sendung am Freitag bei Ihnen ankommen."),
]


@pytest.mark.parametrize("lang,draft,firmer,kept", CASES)
def test_the_hedge_dropped_after_a_reason_is_caught(lang: str, draft: str, firmer: str,
                                                    kept: str) -> None:
    assert _firmer(draft, firmer, lang)
    assert "new_commitment:modality" in labels(letter(lang, draft), letter(lang, firmer), lang)


@pytest.mark.parametrize("lang,draft,firmer,kept", CASES)
def test_the_hedge_kept_after_a_reason_passes(lang: str, draft: str, firmer: str,
                                              kept: str) -> None:
    assert not _firmer(draft, kept, lang)
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []

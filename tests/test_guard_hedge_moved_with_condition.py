""""A hedge that goes with its condition to a sentence of its own is kept" (stop 59, helper hm).

"The noise comes from the fan, not from the motor; this usually happens if the filter is
clogged" hedges its second part, which a condition completes. A rewrite may say that part in a
sentence of its own ("Usually that is the case if the filter is clogged"): the hedge is still on
it. The sentences saying the draft's sentence again were found by its words less what its
condition is about, so that sentence, sharing only the condition's words, was not among them
and its "usually" was not counted. A rewrite dropping the "usually" there is still caught.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

CASES = [
    # (lang, draft, the hedged part moved with its hedge, moved without it)
    ("en", "The noise comes from the fan, not from the motor; this usually happens if the filter "
     "is clogged.",
     "The noise comes from the fan, not from the motor. Usually that is the case if the filter "
     "is clogged.",
     "The noise comes from the fan, not from the motor. That is the case if the filter is "
     "clogged."),
    ("de", "Das Geräusch kommt vom Lüfter, nicht vom Motor; das passiert meistens, wenn der Filter "
     "verstopft ist.",
     "Das Geräusch kommt vom Lüfter, nicht vom Motor. Meistens entsteht es, wenn der Filter "
     "verstopft ist.",
     "Das Geräusch kommt vom Lüfter, nicht vom Motor. Es entsteht, wenn der Filter verstopft "
     "ist."),
    ("fr", "Le bruit vient du ventilateur, pas du moteur ; cela arrive généralement si le filtre "
     "est bouché.",
     "Le bruit vient du ventilateur, pas du moteur. Généralement, c'est le cas si le filtre est "
     "bouché.",
     "Le bruit vient du ventilateur, pas du moteur. C'est le cas si le filtre est bouché."),
    ("es", "El ruido viene del ventilador, no del motor; esto suele pasar si el filtro está "
     "obstruido.",
     "El ruido viene del ventilador, no del motor. Normalmente ocurre si el filtro está "
     "obstruido.",
     "El ruido viene del ventilador, no del motor. Ocurre si el filtro está obstruido."),
    ("pt", "O ruído vem da ventoinha, não do motor; isso costuma acontecer se o filtro está "
     "entupido.",
     "O ruído vem da ventoinha, não do motor. Normalmente surge se o filtro está entupido.",
     "O ruído vem da ventoinha, não do motor. Surge se o filtro está entupido."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", [pytest.param(*c, id=c[0]) for c in CASES])
def test_hedge_moved_with_its_condition(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert "new_commitment:modality" in labels(letter(lang, draft), letter(lang, dropped), lang)

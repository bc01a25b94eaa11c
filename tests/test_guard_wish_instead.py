"""A condition on what happens said as the customer's wish: "The snow usually melts by June. If
the snow is still there on the day of arrival, we'll move your stay or refund your deposit." →
"…And if you'd like, we'll move your stay or refund your deposit." keeps one "if", so the count
of conditions holds, and the snow is still named in the sentence before, so the condition does
not read as swapped (`_swapped` wants what it was about nowhere near); but the offer the draft
kept for when the snow stays is now the customer's to take whenever they like. The rewrite's
sentence saying the draft's most closely is conditioned only on a wish, and what the draft's
condition was about is gone from that sentence (`conditions._wished_instead`). A wish beside
the draft's condition, the condition said in other words or another shape, and a draft whose
condition already was the customer's choice still pass.

Sentences written for this rule, none taken from a corpus set. On main the five WISHED tests
fail (the rewrite passes clean); the KEPT ones pass there and here."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

_EN = ("The snow usually melts on the pass by early June. If the snow is still there on the "
       "day of arrival, we'll move your stay or refund your deposit.")
_FR = ("La neige fond d'habitude sur le col début juin. Si la neige est encore là le jour de "
       "l'arrivée, nous déplaçons votre séjour ou nous remboursons votre acompte.")
_ES = ("La nieve suele derretirse en el puerto a principios de junio. Si la nieve sigue ahí el "
       "día de llegada, trasladamos su estancia o le devolvemos la señal.")
_PT = ("A neve costuma derreter no passo no início de junho. Se a neve ainda estiver lá no dia "
       "da chegada, mudamos a sua estadia ou devolvemos o sinal.")
_DE = ("Der Schnee schmilzt auf dem Pass meist bis Anfang Juni. Liegt der Schnee am Anreisetag "
       "noch, verschieben wir Ihren Aufenthalt oder erstatten die Anzahlung.")

WISHED = [
    ("en", _EN, "The snow usually melts on the pass by early June. And if you'd like, we'll "
                "move your stay or refund your deposit."),
    ("fr", _FR, "La neige fond d'habitude sur le col début juin. Et si vous le souhaitez, nous "
                "déplaçons votre séjour ou nous remboursons votre acompte."),
    ("es", _ES, "La nieve suele derretirse en el puerto a principios de junio. Y si lo "
                "prefiere, trasladamos su estancia o le devolvemos la señal."),
    ("pt", _PT, "A neve costuma derreter no passo no início de junho. E, se preferir, mudamos "
                "a sua estadia ou devolvemos o sinal."),
    ("de", _DE, "Der Schnee schmilzt auf dem Pass meist bis Anfang Juni. Und wenn Sie möchten, "
                "verschieben wir Ihren Aufenthalt oder erstatten die Anzahlung."),
]
KEPT = [
    # the wish beside the draft's condition
    ("en", _EN, "The snow usually melts on the pass by early June. If the snow is still there "
                "on the day of arrival and you'd like, we'll move your stay or refund your "
                "deposit."),
    ("fr", _FR, "La neige fond d'habitude sur le col début juin. Si la neige est encore là le "
                "jour de l'arrivée et que vous le souhaitez, nous déplaçons votre séjour ou "
                "nous remboursons votre acompte."),
    # the condition in other words, or put as a question before
    ("en", _EN, "The snow usually melts on the pass by early June. If it hasn't melted by the "
                "day of arrival, we'll move your stay or refund your deposit."),
    ("en", _EN, "Snow on the pass usually melts by early June. Still there on the day of "
                "arrival? Then we'll move your stay or refund your deposit."),
    ("es", _ES, "La nieve suele derretirse en el puerto a principios de junio. Si el día de "
                "llegada todavía hay nieve, trasladamos su estancia o le devolvemos la señal."),
    ("pt", _PT, "A neve costuma derreter no passo no início de junho. Caso ainda haja neve no "
                "dia da chegada, mudamos a sua estadia ou devolvemos o sinal."),
    ("de", _DE, "Der Schnee schmilzt auf dem Pass meist bis Anfang Juni. Falls am Anreisetag "
                "noch Schnee liegt, verschieben wir Ihren Aufenthalt oder erstatten die "
                "Anzahlung."),
    # a draft whose condition was already the customer's choice
    ("en", "If you decide not to come, we'll refund your deposit.",
     "If you'd rather not come, we'll refund your deposit."),
    ("fr", "Si vous décidez de ne pas venir, nous remboursons votre acompte.",
     "Si vous préférez ne pas venir, nous remboursons votre acompte."),
]


@pytest.mark.parametrize("lang,draft,rewrite", WISHED)
def test_a_condition_said_as_a_wish_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:condition" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_condition_kept_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

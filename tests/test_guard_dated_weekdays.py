"""A date with its weekday is one value, the weekday read by its place in the week: "Jeudi 8
juillet" opening a line is the draft's "jeudi 8 juillet", "Sábado 26 de junio" its "sábado,
26 de junio"; the same day and month beside another weekday is another fact."""

from __future__ import annotations

import pytest

from heard import values
from tests.masked_guard import verdict


@pytest.mark.parametrize("lang, draft, kept, changed", [
    ("fr", "Livraison le jeudi 8 juillet entre 8 h et 10 h.",
     "Le planning :\nJeudi 8 juillet, entre 8 h et 10 h : livraison.",
     "Livraison le mercredi 8 juillet entre 8 h et 10 h."),
    ("en", "We deliver on Thursday, July 8.", "Delivery:\nThursday July 8.",
     "We deliver on Friday, July 8."),
    ("de", "Wir liefern am Freitag, 21. März.", "Lieferung: Freitag 21. März.",
     "Wir liefern am Samstag, 21. März."),
    ("es", "Entregamos el sábado, 26 de junio.", "Entrega: Sábado 26 de junio.",
     "Entregamos el domingo, 26 de junio."),
    ("pt", "Entregamos na segunda-feira, 14 de junho.", "Entrega: Segunda-feira, 14 de junho.",
     "Entregamos na terça-feira, 14 de junho."),
])
def test_a_date_with_its_weekday_written_another_way_is_kept(lang, draft, kept, changed):
    assert verdict(draft, kept, lang=lang) == {}
    assert "fact_missing" in verdict(draft, changed, lang=lang)


def test_the_weekday_is_part_of_the_value():
    assert values.key("sábado, 26 de junho", "date") == values.key("Sábado 26 de junho", "date")
    assert values.key("sábado, 26 de junho", "date") != values.key("26 de junho", "date")
    assert values.key("segunda-feira, 14 de junho", "date") != values.key(
        "terça-feira, 14 de junho", "date")

"""A number and its ordinal are one number: the customer's "40th anniversary" told back as "40
years", their "2e fois" as "2 fois", their "turns 90" as "her 90th" (protect._fold: the
masker names both spellings one fact). Another number is still a new fact."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written, letter

# lang, customer, draft, their number told back the other way, another number
CASES = [
    ("en", "This is the 3rd time I have written about the missing lamp.",
     "We will send a new lamp on Monday.",
     "I'm sorry you have had to write 3 times. We will send a new lamp on Monday.",
     "I'm sorry you have had to write 4 times. We will send a new lamp on Monday."),
    ("en", "My mother turns 90 next month and the cake is for her party.",
     "We will send the cake on Monday.",
     "What a lovely way to mark her 90th. We will send the cake on Monday.",
     "What a lovely way to mark her 80th. We will send the cake on Monday."),
    ("fr", "C'est la 3e fois que j'écris au sujet de la lampe manquante.",
     "Nous envoyons une nouvelle lampe lundi.",
     "Je suis désolé que vous ayez dû écrire 3 fois. Nous envoyons une nouvelle lampe lundi.",
     "Je suis désolé que vous ayez dû écrire 4 fois. Nous envoyons une nouvelle lampe lundi."),
    ("es", "Es la 3ª vez que escribo por la lámpara que falta.",
     "Enviamos una lámpara nueva el lunes.",
     "Siento que haya tenido que escribir 3 veces. Enviamos una lámpara nueva el lunes.",
     "Siento que haya tenido que escribir 4 veces. Enviamos una lámpara nueva el lunes."),
    ("pt", "É a 3ª vez que escrevo por causa do candeeiro que falta.",
     "Enviamos um candeeiro novo na segunda-feira.",
     "Lamento que tenha tido de escrever 3 vezes. Enviamos um candeeiro novo na segunda-feira.",
     "Lamento que tenha tido de escrever 4 vezes. Enviamos um candeeiro novo na segunda-feira."),
    ("de", "Meine Mutter wird 90 und die Torte ist für ihre Feier.",
     "Wir schicken die Torte am Montag.",
     "Herzlichen Glückwunsch zum 90. Geburtstag Ihrer Mutter! Wir schicken die Torte am Montag.",
     "Herzlichen Glückwunsch zum 80. Geburtstag Ihrer Mutter! Wir schicken die Torte am Montag."),
]


@pytest.mark.parametrize("lang, customer, draft, told, other", CASES)
def test_their_number_told_back_as_its_ordinal_or_cardinal(lang, customer, draft, told, other):
    draft, told, other = (letter(lang, t) for t in (draft, told, other))
    assert as_written(draft, told, customer, lang) == []
    assert "new_fact" in as_written(draft, other, customer, lang)


def test_only_an_ordinal_ending_is_folded():
    from heard.protect import Masker

    masker = Masker()
    masker.mask("Er wird 70, am 1. Juni; le 1er juin; her 70th; zum 70er.")
    by = {o: m for m, o in masker.originals.items()}
    assert masker.same.get(by["70th"]) == by["70"]
    assert masker.same.get(by["70er"]) is None  # German "70er": the seventies, no ordinal

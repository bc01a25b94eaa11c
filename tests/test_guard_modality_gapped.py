"""A clause that leaves out the verb of a hedged clause before it is hedged with it (every
case written for this file).

"The first half could go out on Monday, and the remainder on March 5": the second clause names
what and when, and says its verb with the first's "could" (gapping). "…, and the remainder will
go out on March 5" drops that "could" for the second half: caught (guard/modality.py
`_gapped`). The gapped clause said again as it is, in the rewrite's own sentence or clause, is
as soft as the draft's and passes; a second clause with a verb of its own ("and the rest ships
on March 5") was firm in the draft and stays free to be said firmly.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

CASES = [
    ("en", "The first half of the order could go out on Monday, and the remainder on March 5.",
     "The first half of the order could go out on Monday, and the remainder will go out on "
     "March 5.",
     ["The first half of the order could ship on Monday and the remainder on March 5.",
      "We could send the first half of the order on Monday, and the remainder on March 5.",
      "The first half of the order could go out on Monday. The remainder on March 5."]),
    ("es", "La primera mitad del pedido podría salir el lunes, y el resto el 5 de marzo.",
     "La primera mitad del pedido podría salir el lunes, y el resto saldrá el 5 de marzo.",
     ["La primera mitad del pedido podría enviarse el lunes, y el resto el 5 de marzo.",
      "Podríamos enviar la primera mitad del pedido el lunes, y el resto el 5 de marzo."]),
    ("fr", "La première moitié de la commande pourrait partir lundi, et le reste le 5 mars.",
     "La première moitié de la commande pourrait partir lundi, et le reste partira le 5 mars.",
     ["La première moitié de la commande pourrait être expédiée lundi, et le reste le 5 mars."]),
    ("pt", "A primeira metade da encomenda poderia sair na segunda-feira, e o resto a 5 de "
           "março.",
     "A primeira metade da encomenda poderia sair na segunda-feira, e o resto vai sair a 5 "
     "de março.",
     ["A primeira metade da encomenda poderia ser enviada na segunda-feira, e o resto a 5 de "
      "março."]),
    ("de", "Die erste Hälfte der Bestellung könnte am Montag rausgehen, und der Rest am 5. "
           "März.",
     "Die erste Hälfte der Bestellung könnte am Montag rausgehen, und der Rest geht am 5. "
     "März raus.",
     ["Die erste Hälfte der Bestellung könnte am Montag verschickt werden, und der Rest am 5. "
      "März."]),
]


@pytest.mark.parametrize("lang,draft,firmer,kept", CASES)
def test_the_gapped_half_said_firmly_is_caught(lang: str, draft: str, firmer: str,
                                               kept: list[str]) -> None:
    assert "new_commitment:modality" in labels(letter(lang, draft), letter(lang, firmer), lang)


@pytest.mark.parametrize("lang,draft,firmer,kept", CASES)
def test_the_gapped_half_kept_passes(lang: str, draft: str, firmer: str,
                                     kept: list[str]) -> None:
    for rewrite in kept:
        assert labels(letter(lang, draft), letter(lang, rewrite), lang) == [], rewrite


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "The first half of the order could go out on Monday, and the rest ships on March 5.",
     "The first half of the order could go out on Monday, and the rest will ship on March 5."),
    ("pt", "A primeira metade da encomenda poderia sair na segunda-feira, e o resto sai a 5 de "
           "março.",
     "A primeira metade da encomenda poderia sair na segunda-feira, e o resto vai sair a 5 de "
     "março."),
])
def test_a_second_clause_with_its_own_verb_is_firm(lang: str, draft: str, rewrite: str) -> None:
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) == []

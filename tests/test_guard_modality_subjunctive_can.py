"""Stop 56 modality reading (lang/pt `possibilities`, `not_hedges`; lang/es `not_hedges`): the
subjunctive of "can" ("embora só o técnico o possa confirmar") says what is possible, as
Spanish "pueda" already did; it keeps the draft's "poderá", where "o técnico vai confirmar" is
firmer. Not where it is denied ("embora não possa garantir a data": a disclaimer, as "no pueda"
is in Spanish), nor after a conjunction of purpose ("para que possa usar o sofá", "para que
pueda usar el sofá"): the conjunction asks for the subjunctive and the clause says what an act
is for, hedging nothing. Before, that purpose clause kept a dropped "quizás" in Spanish ("el
tapicero rehace la costura el lunes, para que pueda usar el sofá" passed).

Every case is written for the reading (none comes from a corpus set): both ways.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels
from tests.masked_guard import modality_flagged as _modality


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("pt", "Pelo ruído, o mais provável é ser a correia, mas só o técnico poderá confirmar no "
     "local.",
     "Pelo ruído, a causa mais provável é a correia, embora só o técnico o possa confirmar no "
     "local.",
     "Pelo ruído, a causa mais provável é a correia, e o técnico vai confirmar no local."),
    ("es", "Por el ruido, lo más probable es que sea la correa, pero solo el técnico podrá "
     "confirmarlo en el sitio.",
     "Por el ruido, la causa más probable es la correa, aunque solo el técnico pueda "
     "confirmarlo en el sitio.",
     "Por el ruido, la causa más probable es la correa, y el técnico lo confirmará en el "
     "sitio."),
])
def test_the_subjunctive_can_keeps_a_possibility(lang: str, draft: str, kept: str,
                                                 firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)


def test_pt_a_denied_subjunctive_can_is_a_disclaimer() -> None:
    assert labels("Prevemos entregar o sofá até sexta, embora não possa garantir a data.",
                  "A nossa previsão é entregar o sofá até sexta; não lhe posso garantir a "
                  "data.", "pt") == []


@pytest.mark.parametrize("lang,draft,purpose", [
    ("pt", "O estofador talvez refaça a costura na segunda.",
     "O estofador refaz a costura na segunda, para que possa usar o sofá no fim de semana."),
    ("es", "El tapicero quizás rehaga la costura el lunes.",
     "El tapicero rehace la costura el lunes, para que pueda usar el sofá el fin de semana."),
])
def test_a_purpose_clause_keeps_no_dropped_hedge(lang: str, draft: str, purpose: str) -> None:
    assert _modality(draft, purpose, lang)

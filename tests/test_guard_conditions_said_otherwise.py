"""Conditions said again in other words (stop 51, s51-jc); each rule is stated beside its cases.

Each faithful restatement passes clean; the near-miss unsafe rewrite (the condition left out,
or said as something else) is still caught. Sentences written for these rules, none taken
from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"


def _both(lang: str, draft: str, kept: str, dropped: str) -> None:
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


# - Portuguese "na mesma" is "all the same" (`concessives`): a draft saying the thing holds
#   "na mesma" if the condition fails is said again by "mesmo que"; a rewrite dropping the
#   condition and the concession with it is caught.
CONCEDED = [
    ("pt", "Se a peça não chegar a tempo, a bicicleta fica pronta na mesma na sexta-feira, só "
           "sem o guarda-lamas.",
     "Mesmo que a peça não chegue a tempo, a bicicleta fica pronta na sexta-feira, só sem o "
     "guarda-lamas.",
     "A bicicleta fica pronta na sexta-feira, com o guarda-lamas novo."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", CONCEDED)
def test_all_the_same_concedes(lang, draft, kept, dropped):
    _both(lang, draft, kept, dropped)


# - A condition naming nothing of its own ("only if you must") is kept by a "when" that "only"
#   restricts ("only when you really have to"): the same open condition with a time word;
#   "whenever you want" drops it.
OPEN = [
    ("en", "Please run the dehumidifier only if you must, and empty the tank each evening.",
     "Please run the dehumidifier only when you really have to, and empty the tank each "
     "evening.",
     "Please run the dehumidifier whenever you want, and empty the tank each evening."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", OPEN)
def test_an_open_condition_said_with_only_when_is_kept(lang, draft, kept, dropped):
    _both(lang, draft, kept, dropped)

"""Conditions said again in other words (stop 51, s51-jc); each rule is stated beside its cases.

Each faithful restatement passes clean; the near-miss unsafe rewrite (the condition left out,
or said as something else) is still caught. Sentences written for these rules, none taken
from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import condition_kept_and_dropped

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



# - A condition naming nothing of its own ("only if you must") is kept by a "when" that "only"
#   restricts ("only when you really have to"): the same open condition with a time word;
#   "whenever you want" drops it.
# - A wish in a condition is theirs to choose whoever its subject (`condition_wishes`: "wenn
#   er möchte" of the customer's son says "falls Ihr Sohn Lust hat" again); a condition on
#   something else there (the weather) is still caught. Read by the condition check only:
#   elsewhere "er will" may be our own staff's.
THEIR_WISH = [
    ("de", "Falls Ihr Sohn Lust hat, darf er am Samstag beim Training der ersten Mannschaft "
           "zuschauen.",
     "Wenn er möchte, kann er am Samstag beim Training der ersten Mannschaft zuschauen.",
     "Wenn es nicht regnet, kann er am Samstag beim Training der ersten Mannschaft "
     "zuschauen."),
]


OPEN = [
    ("en", "Please run the dehumidifier only if you must, and empty the tank each evening.",
     "Please run the dehumidifier only when you really have to, and empty the tank each "
     "evening.",
     "Please run the dehumidifier whenever you want, and empty the tank each evening."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    *(pytest.param(*c, id=f"conceded-{i}") for i, c in enumerate(CONCEDED)),
    *(pytest.param(*c, id=f"open-{i}") for i, c in enumerate(OPEN)),
    *(pytest.param(*c, id=f"their_wish-{i}") for i, c in enumerate(THEIR_WISH)),
])
def test_a_condition_said_otherwise_is_kept(lang, draft, kept, dropped):
    condition_kept_and_dropped(lang, draft, kept, dropped)

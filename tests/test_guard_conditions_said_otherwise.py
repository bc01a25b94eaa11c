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


# - A word tying a condition to a time said before ("dann", "bis dahin", "then", "até lá";
#   `time_links`) names nothing the condition is about: it points back at the sentence
#   before. "Falls es auch dann nicht geht" said as "sollte es auch bis dahin nicht gehen"
#   keeps it (before, "dahin" made it read as the first sentence's condition, and "dann" as
#   what this one was about, gone).
LINKED = [
    ("de", "Wir können den Termin auf Freitag legen, sofern der Monteur bis dahin frei ist. "
           "Falls es auch dann nicht geht, erstatten wir Ihnen 50 Euro.",
     "Wir können den Termin auf Freitag legen, sofern der Monteur bis dahin frei ist. Sollte "
     "es auch bis dahin nicht gehen, erstatten wir Ihnen 50 Euro.",
     "Wir können den Termin auf Freitag legen, sofern der Monteur bis dahin frei ist. Wir "
     "erstatten Ihnen 50 Euro."),
    ("de", "Wir verschieben die Führung auf Juni, sofern der Turm bis dahin wieder offen ist. "
           "Falls nicht einmal dann, zahlen wir Ihnen die 30 Euro zurück.",
     "Wir verschieben die Führung auf Juni, sofern der Turm bis dahin wieder offen ist. Falls "
     "auch bis dahin nicht, zahlen wir Ihnen die 30 Euro zurück.",
     "Wir verschieben die Führung auf Juni, sofern der Turm bis dahin wieder offen ist. Wir "
     "zahlen Ihnen die 30 Euro zurück."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", LINKED)
def test_a_word_tying_a_condition_to_a_time_names_nothing(lang, draft, kept, dropped):
    _both(lang, draft, kept, dropped)


# - A dash between two numbers with no space around it ("4–6 working days") is a range, not
#   the end of a clause: the condition closing or opening the sentence still covers the days.
RANGE = [
    ("en", "Once the frame is back with us, the repair usually takes 4–6 working days.",
     "The repair usually takes 4–6 working days once the frame is back with us.",
     "The repair usually takes 4–6 working days, whether or not the frame is back with us."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", RANGE)
def test_a_range_dash_ends_no_clause(lang, draft, kept, dropped):
    _both(lang, draft, kept, dropped)


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


# - A wish in a condition is theirs to choose whoever its subject (`condition_wishes`: "wenn
#   er möchte" of the customer's son says "falls Ihr Sohn Lust hat" again); a condition on
#   something else there (the weather) is still a swap. Read by the condition check only:
#   elsewhere "er will" may be our own staff's.
#   A condition naming nothing of its own ("only if you must") is kept by a "when" that "only"
#   restricts ("only when you really have to"): the same open condition with a time word.
OTHERWISE = [
    ("de", "Falls Ihr Sohn Lust hat, darf er am Samstag beim Training der ersten Mannschaft "
           "zuschauen.",
     "Wenn er möchte, kann er am Samstag beim Training der ersten Mannschaft zuschauen.",
     "Wenn es nicht regnet, kann er am Samstag beim Training der ersten Mannschaft "
     "zuschauen."),
    ("en", "Please run the dehumidifier only if you must, and empty the tank each evening.",
     "Please run the dehumidifier only when you really have to, and empty the tank each "
     "evening.",
     "Please run the dehumidifier whenever you want, and empty the tank each evening."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", OTHERWISE)
def test_a_wish_or_an_open_condition_said_otherwise_is_kept(lang, draft, kept, dropped):
    _both(lang, draft, kept, dropped)

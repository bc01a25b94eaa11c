"""Money the draft gives, said otherwise, both ways (every case written for this file):

- "free" that means available or without something ("a slot free on Thursday", "keep the
  hallway free of boxes", "nut-free") gives nothing; "free of charge", "free", "cost-free"
  still do;
- a draft's money act followed by what it leaves out after a "but" is still the draft's act.
Left out at stop 40, each measured: "covered by the 2-year warranty" read as the warranty's
(the marker between article and word), and "no tienen costo" / "não há custo" / "não têm
custo" read as the draft's credit — the faithful rewrites they made clean exposed mutants
that drop a condition or firm a hedge elsewhere in the sentence (other readers' gaps).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

_SAID_OTHERWISE = [
    ("en", "Hi Joe, Mia can visit on Thursday at 10:00. Best, Ann",
     "Hi Joe, Mia has a slot free on Thursday at 10:00. Best, Ann"),
    ("en", "Hi Joe, please keep the hallway clear for the fitters on Thursday. Best, Ann",
     "Hi Joe, please keep the hallway free of boxes for the fitters on Thursday. Best, Ann"),
    ("en", "Hi Joe, the cake is made in a kitchen that handles nuts, so we can't say it is "
           "nut-free. Best, Ann",
     "Hi Joe, our kitchen handles nuts, so we can't call the cake nut-free. Best, Ann"),
]


@pytest.mark.parametrize("lang,draft,rewrite", _SAID_OTHERWISE)
def test_the_drafts_money_said_otherwise_is_clean(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Hi Joe, Mia can visit on Thursday at 10:00. Best, Ann",
     "Hi Joe, Mia can visit on Thursday at 10:00, free of charge. Best, Ann"),
    ("en", "Hi Joe, Mia can visit on Thursday at 10:00. Best, Ann",
     "Hi Joe, Mia can visit on Thursday at 10:00, and the visit is free. Best, Ann"),
    ("en", "Hi Joe, delivery takes three days. Best, Ann",
     "Hi Joe, delivery takes three days and is cost-free. Best, Ann"),
    ("en", "Hi Joe, Mia can visit on Thursday at 10:00. Best, Ann",
     "Hi Joe, Mia has a slot free on Thursday at 10:00, and the visit is free. Best, Ann"),
])
def test_money_the_draft_never_gives_is_new(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang))


# A draft's money act followed by what it leaves out, after a "but" ("…, but not the
# delivery"): the "no" is the exception's, the act is still the draft's.
_BUT_NOT = [
    ("en", "Hi Joe, if the keg comes back sealed, we refund the beer, but not the tap hire. "
           "Best, Ann",
     "Hi Joe, as long as the keg comes back sealed, we'll refund you for the beer, though not "
     "for the tap hire. Best, Ann"),
    ("fr", "Salut Léo, si le fût revient scellé, on te rembourse la bière, mais pas la location "
           "de la tireuse. À plus, Marc",
     "Salut Léo, si le fût nous revient scellé, tu es remboursé de la bière ; la location de "
     "la tireuse reste due. À plus, Marc"),
    ("es", "Hola Ana: si el barril vuelve precintado, le devolvemos la cerveza, pero no el "
           "alquiler del grifo. Saludos, Luis",
     "Hola Ana: si el barril vuelve precintado, le reembolsamos la cerveza; el alquiler del "
     "grifo no se devuelve. Saludos, Luis"),
]


@pytest.mark.parametrize("lang,draft,rewrite", _BUT_NOT)
def test_an_act_with_its_exception_after_a_but_is_the_drafts(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Hi Joe, if the keg comes back sealed, we refund the beer, but not the tap hire. "
           "Best, Ann",
     "Hi Joe, we'll refund you for the beer, though not for the tap hire. Best, Ann"),
    ("fr", "Salut Léo, si le fût revient scellé, on te rembourse la bière, mais pas la location "
           "de la tireuse. À plus, Marc",
     "Salut Léo, tu es remboursé de la bière ; la location de la tireuse reste due. À plus, "
     "Marc"),
])
def test_its_condition_still_stays(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang))


def test_a_but_that_refuses_the_act_itself_still_refuses():
    # "but we can't refund it" refuses with its own verb: no refund is the draft's.
    found = labels("Hi Joe, the keg came back, but we can't refund the beer. Best, Ann",
                   "Hi Joe, the keg came back, and we'll refund the beer. Best, Ann")
    assert found

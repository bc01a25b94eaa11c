"""Money the draft gives, said otherwise, both ways (every case written for this file):

- a thing a warranty covers is the warranty's, not our gift, however its length is written
  between the article and the word ("covered by the 2-year warranty", "under a 5-year
  guarantee"): in a rewrite it adds no credit, in a draft it is the draft's cover;
- "free" that means available or without something ("a slot free on Friday", "keep the morning
  free", "an area free of obstacles", "allergen-free") gives nothing; "free of charge",
  "free", "cost-free" still do;
- a cost the draft says there is none of, in the plural or as "there is none" ("no tienen
  costo", "no hay costo", "não têm custo", "il n'y a pas de frais"), is its credit (Portuguese
  "não há custo" left out: read, it let a firmer duration beside it through, stop 40);
- "covered under your policy" stays a credit in a rewrite: only "covered by" a warranty is
  the warranty's (with "under", a new cover slipped through, stop 40);
- the same rewrite beside a draft that gives nothing, or with the draft's condition dropped,
  is still caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

_SAID_OTHERWISE = [
    ("en", "Hi Joe, the cracked hinge falls under your 2-year warranty, so we'll fit a new one "
           "at no charge on Friday. Best, Ann",
     "Hi Joe, the cracked hinge is covered by your 2-year warranty, so we'll fit a new one at "
     "no charge on Friday. Best, Ann"),
    ("en", "Hi Joe, the fan is under the 5-year guarantee and we'll swap it on Tuesday. Best, Ann",
     "Hi Joe, good news: the fan is covered by a 5-year guarantee, and we'll swap it on "
     "Tuesday. Best, Ann"),
    ("en", "Hi Joe, Mia can visit on Thursday at 10:00. Best, Ann",
     "Hi Joe, Mia has a slot free on Thursday at 10:00. Best, Ann"),
    ("en", "Hi Joe, please keep the hallway clear for the fitters on Thursday. Best, Ann",
     "Hi Joe, please keep the hallway free of boxes for the fitters on Thursday. Best, Ann"),
    ("en", "Hi Joe, the cake is made in a kitchen that handles nuts, so we can't say it is "
           "nut-free. Best, Ann",
     "Hi Joe, our kitchen handles nuts, so we can't call the cake nut-free. Best, Ann"),
    ("es", "Hola Ana: las dos persianas tienen garantía, así que la visita y el ajuste no tienen "
           "costo. Saludos, Luis",
     "Hola Ana: las dos persianas están en garantía, por lo que la visita y el ajuste son sin "
     "costo. Saludos, Luis"),
    ("es", "Hola Ana: por el cambio de color no hay costo adicional. Saludos, Luis",
     "Hola Ana: el cambio de color no le costará nada. Saludos, Luis"),
    ("pt", "Olá Rui, as duas opções não têm custo adicional. Abraço, Inês",
     "Olá Rui, nenhuma das duas opções tem custo adicional. Abraço, Inês"),
    ("fr", "Bonjour Léa, pour les membres du club, il n'y a pas de frais de réglage. Bien à "
           "vous, Marc",
     "Bonjour Léa, le réglage est gratuit pour les membres du club. Bien à vous, Marc"),
]


@pytest.mark.parametrize("lang,draft,rewrite", _SAID_OTHERWISE)
def test_the_drafts_money_said_otherwise_is_clean(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    # The warranty's length said between the article and the word does not make "on us" its.
    ("en", "Hi Joe, the fan is under the 5-year guarantee and we'll swap it on Tuesday. Best, Ann",
     "Hi Joe, the fan is covered by the 5-year guarantee, and the call-out is on us. Best, Ann"),
    ("en", "Hi Joe, Mia can visit on Thursday at 10:00. Best, Ann",
     "Hi Joe, Mia can visit on Thursday at 10:00, free of charge. Best, Ann"),
    ("en", "Hi Joe, Mia can visit on Thursday at 10:00. Best, Ann",
     "Hi Joe, Mia can visit on Thursday at 10:00, and the visit is free. Best, Ann"),
    ("en", "Hi Joe, delivery takes three days. Best, Ann",
     "Hi Joe, delivery takes three days and is cost-free. Best, Ann"),
    ("es", "Hola Ana: el técnico puede ir el martes a las 9. Saludos, Luis",
     "Hola Ana: el técnico puede ir el martes a las 9, y la visita no tiene costo. Saludos, Luis"),
    ("pt", "Olá Rui, podemos refazer as peças em duas semanas. Abraço, Inês",
     "Olá Rui, podemos refazer as peças em duas semanas, e elas não têm custo adicional. "
     "Abraço, Inês"),
    ("fr", "Bonjour Léa, le réglage coûte 40 euros. Bien à vous, Marc",
     "Bonjour Léa, le réglage coûte 40 euros, et il n'y a pas de frais de transport. Bien à "
     "vous, Marc"),
])
def test_money_the_draft_never_gives_is_new(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("es", "Hola Ana: si el resorte no está roto, la visita y el ajuste no tienen costo. "
           "Saludos, Luis",
     "Hola Ana: la visita y el ajuste son sin costo. Saludos, Luis"),
    ("pt", "Olá Rui, se aprovar a amostra até sexta, as peças não têm custo adicional. "
           "Abraço, Inês",
     "Olá Rui, as peças não têm custo adicional. Abraço, Inês"),
    ("fr", "Bonjour Léa, si vous êtes membre du club, il n'y a pas de frais de réglage. Bien à "
           "vous, Marc",
     "Bonjour Léa, le réglage est gratuit. Bien à vous, Marc"),
])
def test_the_drafts_condition_on_it_stays(lang, draft, rewrite):
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

"""Stop 56 modality reading (lang/en, pt `hedges`; lang/de `not_hedges`): "you should" with a
verb of hearing, receiving or noticing ("you should hear from our claims team by Friday",
"você deve receber notícias", "Sie sollten am Freitag von uns hören", "you should notice the
difference") says what is expected to happen to the customer, not what they are advised to do:
nobody is told to hear from someone. "You will hear from them by Friday" is a firmer promise.
Before, "should" after "you" was read only as advice in English, Portuguese and German, so the
firmer rewrite passed. Spanish ("debería recibir") and French ("vous devriez recevoir") read it
already; their cases are here so all five are covered. Advice stays advice: "Sie sollten am
Montag zu Hause sein" is no hedge, and "bitte seien Sie zu Hause" is no firmer.

Every case is written for the reading (none comes from a corpus set): the faithful rewrite
passes clean; its unsafe twin, the hedge dropped, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels
from tests.masked_guard import modality_flagged as _modality


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "You should hear from our claims team by Friday.",
     "You'll probably hear from our claims team by Friday.",
     "You will hear from our claims team by Friday."),
    ("en", "You should notice the difference within a week.",
     "You'll likely notice the difference within a week.",
     "You will notice the difference within a week."),
    ("pt", "Você deve receber notícias da nossa equipe de sinistros na sexta.",
     "A previsão é que você receba notícias da nossa equipe de sinistros na sexta.",
     "Você vai receber notícias da nossa equipe de sinistros na sexta."),
    ("de", "Sie sollten am Freitag von unserer Schadenabteilung hören.",
     "Sie hören voraussichtlich am Freitag von unserer Schadenabteilung.",
     "Sie hören am Freitag von unserer Schadenabteilung."),
    ("de", "Sie sollten den Unterschied innerhalb einer Woche merken.",
     "Den Unterschied merken Sie in der Regel innerhalb einer Woche.",
     "Sie werden den Unterschied innerhalb einer Woche merken."),
    ("es", "Usted debería notar la diferencia en una semana.",
     "Probablemente notará la diferencia en una semana.",
     "Usted notará la diferencia en una semana."),
    ("fr", "Vous devriez avoir des nouvelles de notre service sinistres vendredi.",
     "Vous aurez probablement des nouvelles de notre service sinistres vendredi.",
     "Vous aurez des nouvelles de notre service sinistres vendredi."),
])
def test_you_should_hear_is_expected_not_advised(lang: str, draft: str, kept: str,
                                                 firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)


# Advice with another verb is still advice: the rewrite asking for it says it as it was.
@pytest.mark.parametrize("lang,draft,asked", [
    ("de", "Sie sollten am Montag zu Hause sein, damit der Techniker die Heizung prüfen kann.",
     "Bitte seien Sie am Montag zu Hause, damit der Techniker die Heizung prüfen kann."),
    ("de", "Sie sollten die Rechnung prüfen und uns Bescheid geben, wenn Sie Fehler finden.",
     "Bitte prüfen Sie die Rechnung und geben Sie uns Bescheid, wenn Sie Fehler finden."),
    ("pt", "Você deve receber o técnico em casa na segunda entre as 8h e as 10h.",
     "Você precisa estar em casa para receber o técnico na segunda entre as 8h e as 10h."),
])
def test_advice_said_as_advice_stays_clean(lang: str, draft: str, asked: str) -> None:
    assert labels(draft, asked, lang) == []

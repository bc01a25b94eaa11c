"""A line opened by a label naming a day, both ways (every case written for this file):

- the draft refuses an act on a day ("we can't come tonight"); a rewrite that puts the day
  as a label and the act after its colon ("Tonight: we can come", "Esta noche: podemos ir",
  "Heute Abend: wir können kommen") promises it for then, as "we can come tonight" does:
  caught, as the plain sentence is;
- a rewrite whose label line keeps the "no" ("Tonight: not possible", "Ce soir :
  impossible") keeps the decision: passes;
- a draft that refuses by a day label ("Tonight: not possible, our van is on another job")
  refuses that day: a rewrite promising the act then is caught, one keeping the "no" in a
  sentence of its own passes;
- a label whose line names another day ("Tonight: we are full, so we can come tomorrow")
  promises the other day, and a "no" anywhere after the colon ("Tonight: not possible, but
  we'll call you") leaves the labelled day promised nothing: both pass.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

_FRAME = {"en": ("Hi Ana,\n\n", "\n\nBest,\nTom"),
          "es": ("Hola Ana:\n\n", "\n\nUn saludo,\nTomás"),
          "fr": ("Bonjour Ana,\n\n", "\n\nCordialement,\nTom"),
          "pt": ("Olá Ana,\n\n", "\n\nAbraço,\nTomás"),
          "de": ("Hallo Ana,\n\n", "\n\nViele Grüße\nTom")}

# The draft refuses the act tonight and gives it tomorrow.
_DRAFT = {
    "en": "We can't come tonight, because our van is on another job. We can come tomorrow "
          "morning.",
    "es": "No podemos ir esta noche, porque la furgoneta está en otro trabajo. Podemos ir "
          "mañana por la mañana.",
    "fr": "Nous ne pouvons pas venir ce soir, car notre camionnette est sur un autre chantier. "
          "Nous pouvons venir demain matin.",
    "pt": "Não podemos ir hoje à noite, porque a carrinha está noutro serviço. Podemos ir "
          "amanhã de manhã.",
    "de": "Wir können heute Abend leider nicht kommen, weil unser Wagen auf einem anderen "
          "Einsatz ist. Wir können morgen früh kommen.",
}

# The same, said by a day label.
_LABELLED_DRAFT = {
    "en": "Tonight: not possible, because our van is on another job.\nTomorrow morning: we can "
          "come.",
    "es": "Esta noche: no es posible, porque la furgoneta está en otro trabajo.\nMañana por la "
          "mañana: podemos ir.",
    "fr": "Ce soir : impossible, car notre camionnette est sur un autre chantier.\nDemain "
          "matin : nous pouvons venir.",
    "pt": "Hoje à noite: não é possível, porque a carrinha está noutro serviço.\nAmanhã de "
          "manhã: podemos ir.",
    "de": "Heute Abend: leider nicht möglich, weil unser Wagen auf einem anderen Einsatz "
          "ist.\nMorgen früh: wir können kommen.",
}

_GIVEN_BY_LABEL = {
    "en": "Tonight: we can come, after our other job.\nTomorrow morning: we can come too.",
    "es": "Esta noche: podemos ir, después del otro trabajo.\nMañana por la mañana: también "
          "podemos ir.",
    "fr": "Ce soir : nous pouvons venir, après l'autre chantier.\nDemain matin : nous pouvons "
          "venir aussi.",
    "pt": "Hoje à noite: podemos ir, depois do outro serviço.\nAmanhã de manhã: também podemos "
          "ir.",
    "de": "Heute Abend: wir können kommen, nach dem anderen Einsatz.\nMorgen früh: wir können "
          "auch kommen.",
}

_GIVEN_PLAIN = {
    "en": "We can come tonight, after our other job. We can come tomorrow morning too.",
    "es": "Podemos ir esta noche, después del otro trabajo. También podemos ir mañana por la "
          "mañana.",
    "fr": "Nous pouvons venir ce soir, après l'autre chantier. Nous pouvons aussi venir demain "
          "matin.",
    "pt": "Podemos ir hoje à noite, depois do outro serviço. Também podemos ir amanhã de manhã.",
    "de": "Wir können heute Abend kommen, nach dem anderen Einsatz. Wir können auch morgen "
          "früh kommen.",
}

_KEPT_PLAIN = {
    "en": "Our van is on another job, so we can't come tonight. We can come tomorrow morning.",
    "es": "La furgoneta está en otro trabajo, así que esta noche no podemos ir. Podemos ir "
          "mañana por la mañana.",
    "fr": "Notre camionnette est sur un autre chantier, donc nous ne pouvons pas venir ce "
          "soir. Nous pouvons venir demain matin.",
    "pt": "A carrinha está noutro serviço, por isso hoje à noite não podemos ir. Podemos ir "
          "amanhã de manhã.",
    "de": "Unser Wagen ist auf einem anderen Einsatz, daher können wir heute Abend leider "
          "nicht kommen. Wir können morgen früh kommen.",
}

# Another day after the colon, or a "no" after it: the labelled day is promised nothing.
_OTHER_DAY = {
    "en": "Tonight: our van is on another job, so we can come tomorrow morning.",
    "es": "Esta noche: la furgoneta está en otro trabajo, así que podemos ir mañana por la "
          "mañana.",
    "fr": "Ce soir : notre camionnette est sur un autre chantier, donc nous pouvons venir "
          "demain matin.",
    "pt": "Hoje à noite: a carrinha está noutro serviço, por isso podemos ir amanhã de manhã.",
    "de": "Heute Abend: unser Wagen ist auf einem anderen Einsatz, daher können wir morgen "
          "früh kommen.",
}

_NO_AFTER = {
    "en": "Tonight: not possible, our van is on another job, but we will call you to confirm."
          "\nTomorrow morning: we can come.",
    "es": "Esta noche: no es posible, la furgoneta está en otro trabajo, pero le llamaremos "
          "para confirmar.\nMañana por la mañana: podemos ir.",
    "fr": "Ce soir : impossible, notre camionnette est sur un autre chantier, mais nous vous "
          "appellerons pour confirmer.\nDemain matin : nous pouvons venir.",
    "pt": "Hoje à noite: não é possível, a carrinha está noutro serviço, mas vamos ligar-lhe "
          "para confirmar.\nAmanhã de manhã: podemos ir.",
    "de": "Heute Abend: leider nicht möglich, unser Wagen ist auf einem anderen Einsatz, aber "
          "wir rufen Sie zur Bestätigung an.\nMorgen früh: wir können kommen.",
}

LANGS = ("en", "es", "fr", "pt", "de")


def _check(lang: str, draft: str, rewrite: str) -> list[str]:
    head, tail = _FRAME[lang]
    return labels(head + draft + tail, head + rewrite + tail, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_given_under_the_refused_day_label_is_caught(lang: str) -> None:
    assert "decision_changed" in _check(lang, _DRAFT[lang], _GIVEN_BY_LABEL[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_the_plain_sentence_giving_it_is_caught_too(lang: str) -> None:
    assert "decision_changed" in _check(lang, _DRAFT[lang], _GIVEN_PLAIN[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_a_label_keeping_the_refusal_passes(lang: str) -> None:
    assert _check(lang, _DRAFT[lang], _LABELLED_DRAFT[lang]) == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_refusing_by_a_day_label_refuses_that_day(lang: str) -> None:
    assert "decision_changed" in _check(lang, _LABELLED_DRAFT[lang], _GIVEN_PLAIN[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_refusing_by_a_day_label_kept_plainly_passes(lang: str) -> None:
    assert _check(lang, _LABELLED_DRAFT[lang], _KEPT_PLAIN[lang]) == []


@pytest.mark.parametrize("lang", LANGS)
def test_another_day_after_the_colon_promises_the_label_nothing(lang: str) -> None:
    assert "decision_changed" not in _check(lang, _DRAFT[lang], _OTHER_DAY[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_a_no_after_the_colon_promises_the_label_nothing(lang: str) -> None:
    assert "decision_changed" not in _check(lang, _DRAFT[lang], _NO_AFTER[lang])

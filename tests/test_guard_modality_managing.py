"""Stop 56 modality reading (guard/modality.py `_heads`, `_managing`; lang/*.json `managing`,
`reckonings`): a verb of managing or being able to passes the hedge on to the verb it takes.
"Ela deve conseguir manter a sua hora fixa" is "ela deve manter": the hedge is on keeping the
slot, and "ela vai manter" says that firmly though it drops the "conseguir". Before, the hedge
was read as on "conseguir" alone, and where the subject is a pronoun nothing else tied the
rewrite's clause to it. Not past a negation ("we may not be able to start"): what that denies is
no act the hedge says may happen. German reads every word of a hedge's window already.

"The idea is (that)" ("la idea es que", "a ideia é que", "l'idée est que", "die Idee ist")
states a plan, as "the plan is" does (`reckonings`): as soft as the likely step, so it keeps a
"should", never a "may".

Every case is written for the reading (none comes from a corpus set): the faithful rewrite
passes clean; its unsafe twin, the hedge dropped, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels
from tests.masked_guard import modality_flagged as _modality

_PT = ("A nossa nova fisioterapeuta começa na segunda. Ela deve conseguir manter a sua hora fixa "
       "das terças, mas se houver obras na ponte pode atrasar até 10 minutos.")


@pytest.mark.parametrize("kept", [
    "A nossa nova fisioterapeuta começa na segunda. Ela deve manter a sua hora fixa das terças, "
    "mas se houver obras na ponte pode atrasar até 10 minutos.",
    "A nossa nova fisioterapeuta começa na segunda. A ideia é que ela mantenha a sua hora fixa "
    "das terças, mas se houver obras na ponte pode atrasar até 10 minutos.",
])
def test_pt_a_hedge_through_conseguir_is_on_the_act(kept: str) -> None:
    assert labels(_PT, kept, "pt") == []
    assert _modality(_PT, "A nossa nova fisioterapeuta começa na segunda. Ela vai manter a sua "
                     "hora fixa das terças, mas se houver obras na ponte pode atrasar até 10 "
                     "minutos.", "pt")


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "Our new fitter starts on Monday. He should manage to keep your fixed Tuesday slot, "
     "but roadworks can push that back by 10 minutes.",
     "Our new fitter starts on Monday. The idea is that he keeps your fixed Tuesday slot, but "
     "roadworks can push that back by 10 minutes.",
     "Our new fitter starts on Monday. He will keep your fixed Tuesday slot, but roadworks can "
     "push that back by 10 minutes."),
    ("es", "Nuestra nueva fisioterapeuta empieza el lunes. Debería conseguir mantener su hora "
     "fija de los martes, pero las obras del puente pueden retrasarla 10 minutos.",
     "Nuestra nueva fisioterapeuta empieza el lunes. La idea es que mantenga su hora fija de "
     "los martes, pero las obras del puente pueden retrasarla 10 minutos.",
     "Nuestra nueva fisioterapeuta empieza el lunes. Mantendrá su hora fija de los martes, pero "
     "las obras del puente pueden retrasarla 10 minutos."),
    ("es", "Nuestra nueva fisioterapeuta empieza el lunes. Ella debería lograr mantener su hora "
     "fija de los martes.",
     "Nuestra nueva fisioterapeuta empieza el lunes. Lo normal es que ella mantenga su hora "
     "fija de los martes.",
     "Nuestra nueva fisioterapeuta empieza el lunes. Ella va a mantener su hora fija de los "
     "martes."),
    ("fr", "Notre nouvelle kiné commence lundi. Elle devrait réussir à garder votre créneau fixe "
     "du mardi, mais les travaux du pont peuvent la retarder de 10 minutes.",
     "Notre nouvelle kiné commence lundi. L'idée est qu'elle garde votre créneau fixe du mardi, "
     "mais les travaux du pont peuvent la retarder de 10 minutes.",
     "Notre nouvelle kiné commence lundi. Elle gardera votre créneau fixe du mardi, mais les "
     "travaux du pont peuvent la retarder de 10 minutes."),
    ("fr", "Notre nouvelle kiné commence lundi. Elle devrait pouvoir garder votre créneau fixe "
     "du mardi, mais les travaux du pont peuvent la retarder de 10 minutes.",
     "Notre nouvelle kiné commence lundi. Elle devrait garder votre créneau fixe du mardi, mais "
     "les travaux du pont peuvent la retarder de 10 minutes.",
     "Notre nouvelle kiné commence lundi. Elle va garder votre créneau fixe du mardi, mais les "
     "travaux du pont peuvent la retarder de 10 minutes."),
])
def test_a_hedge_through_a_verb_of_managing_and_the_idea_as_a_plan(lang: str, draft: str,
                                                                   kept: str,
                                                                   firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)


# "The idea is" is a plan: it keeps a "should", not a "may" (as "the plan is" does not).
@pytest.mark.parametrize("lang,draft,planned", [
    ("en", "Your new sofa may arrive on Thursday.", "The idea is that your new sofa arrives on "
     "Thursday."),
    ("es", "Su sofá nuevo podría llegar el jueves.", "La idea es que su sofá nuevo llegue el "
     "jueves."),
    ("pt", "O seu sofá novo talvez chegue na quinta.", "A ideia é que o seu sofá novo chegue "
     "na quinta."),
])
def test_the_idea_keeps_no_may(lang: str, draft: str, planned: str) -> None:
    assert _modality(draft, planned, lang)


# Past a negation the verb of being able passes nothing on: "may not be able to start" denies
# the start, it says no start may happen that a rewrite could state firmly.
def test_no_hedge_passed_on_past_a_negation() -> None:
    from heard.guard.modality import _heads
    assert "keep" in _heads("manage to keep your Tuesday slot", "en")
    assert "start" not in _heads("not be able to start the tour on time", "en")
    assert "mant" in _heads("conseguir manter a sua hora fixa", "pt")
    assert "mant" not in _heads("não conseguir manter a sua hora fixa", "pt")

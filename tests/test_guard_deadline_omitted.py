"""Stop 54 reading (lang/*.json `omissions`, commitments._lapsed): a word of no delay in a
clause that owns what we should have done and did not ("we should have rung you straight
away", "nous aurions dû vous appeler tout de suite", "deberíamos haberle llamado de
inmediato", "devíamos ter ligado de imediato") admits a lapse; it sets no deadline. The same
word on what we will do now is still a deadline the draft does not set. (German puts "sollen"
last, "wir hätten Sie sofort anrufen sollen", and is not read.) Every case is written for this
file."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

DEADLINE = "new_commitment:deadline"

CASES = [
    ("en", "The engineer never came on Tuesday and nobody told us.",
     "I'm sorry the engineer did not come on Tuesday. His van broke down and the office did "
     "not call you.",
     "I'm sorry the engineer did not come on Tuesday. His van broke down, and we should have "
     "called you straight away; we didn't.",
     "I'm sorry the engineer did not come on Tuesday. His van broke down, and we will call you "
     "straight away with a new date."),
    ("fr", "Le technicien n'est jamais venu mardi et personne ne nous a prévenus.",
     "Je suis désolé que le technicien ne soit pas venu mardi. Sa camionnette est tombée en "
     "panne et le bureau ne vous a pas appelé.",
     "Je suis désolé que le technicien ne soit pas venu mardi. Sa camionnette est tombée en "
     "panne, et nous aurions dû vous appeler tout de suite.",
     "Je suis désolé que le technicien ne soit pas venu mardi. Sa camionnette est tombée en "
     "panne, et nous vous appelons tout de suite avec une nouvelle date."),
    ("es", "El técnico no vino el martes y nadie nos avisó.",
     "Siento que el técnico no fuera el martes. Se le averió la furgoneta y la oficina no le "
     "llamó.",
     "Siento que el técnico no fuera el martes. Se le averió la furgoneta, y deberíamos haberle "
     "llamado de inmediato.",
     "Siento que el técnico no fuera el martes. Se le averió la furgoneta, y le llamamos de "
     "inmediato con una nueva fecha."),
    ("pt", "O técnico não apareceu na terça e ninguém nos avisou.",
     "Lamento que o técnico não tenha ido na terça. A carrinha dele avariou e o escritório não "
     "lhe ligou.",
     "Lamento que o técnico não tenha ido na terça. A carrinha dele avariou, e devíamos ter "
     "ligado de imediato.",
     "Lamento que o técnico não tenha ido na terça. A carrinha dele avariou, e ligamos-lhe de "
     "imediato com uma nova data."),
]


@pytest.mark.parametrize("lang,customer,draft,owned,promised", CASES)
def test_a_lapse_owned_sets_no_deadline(lang, customer, draft, owned, promised):
    assert as_written(draft, owned, customer, lang) == []


@pytest.mark.parametrize("lang,customer,draft,owned,promised", CASES)
def test_no_delay_on_what_we_will_do_is_still_a_deadline(lang, customer, draft, owned,
                                                          promised):
    assert DEADLINE in as_written(draft, promised, customer, lang)


def test_should_have_that_says_what_is_expected_keeps_its_deadline():
    customer = "Where is the part?"
    draft = "The part left our warehouse yesterday."
    expected = "The part left our warehouse yesterday, and we should have it with you by Friday."
    assert DEADLINE in as_written(draft, expected, customer, "en")


def test_a_language_with_no_phrases_of_omission_reads_no_lapse():
    # German has no `omissions` (its "sollen" comes last): an empty field must match nothing,
    # or every "sofort" of ours would be read as a lapse.
    customer = "Der Techniker kam am Dienstag nicht, und niemand hat uns informiert."
    draft = "Es tut mir leid, dass der Techniker am Dienstag nicht kam."
    promised = ("Es tut mir leid, dass der Techniker am Dienstag nicht kam, und wir rufen Sie "
                "sofort mit einem neuen Termin an.")
    assert DEADLINE in as_written(draft, promised, customer, "de")

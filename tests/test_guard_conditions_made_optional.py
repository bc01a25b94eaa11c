"""Conditions a rewrite turns into something else (stop 51, s51-jc): a consequence, a promise
given bare, or a neighbour's condition. Each rule is stated beside its cases.

Each faithful restatement passes clean; the unsafe rewrite is caught. Sentences written for
these rules, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import condition_kept_and_dropped

# - What the condition asked, said in a clause opening on "then" ("dann", `consequence_links`)
#   after what it conditioned, now follows from the step: it no longer has to hold first.
THEN = [
    ("de", "Wir können die Lieferung auf Samstag legen, sofern die Einfahrt zum Hof für den "
           "Lastwagen frei bleibt.",
     "Sofern die Einfahrt zum Hof für den Lastwagen frei bleibt, können wir die Lieferung auf "
     "Samstag legen.",
     "Wir können die Lieferung auf Samstag legen, dann bleibt die Einfahrt zum Hof frei."),
    ("en", "We can bring the delivery forward to Saturday, as long as the gate to the yard is "
           "left open for the lorry.",
     "As long as the gate to the yard is left open for the lorry, we can bring the delivery "
     "forward to Saturday.",
     "We can bring the delivery forward to Saturday, and then the gate to the yard is open."),
]



# - A fact no other sentence of the draft names (a price) said again with no condition, in a
#   sentence where we act or offer ("I can bring it down to 40 euros"), gives that sentence's
#   conditional promise though its words are all said otherwise. A condition beside it that
#   is another draft sentence's ("if the caretaker is off sick after all") is no condition
#   on it.
UNIQUE = [
    ("en", "We cannot waive the hall fee. We can reduce it to 40 euros if we skip the "
           "caretaker.",
     "We can't waive the hall fee, but if we skip the caretaker, I can bring it down to 40 "
     "euros.",
     "We can't waive the hall fee, but I can bring it down to 40 euros."),
    ("en", "We cannot waive the hall fee. We can reduce it to 40 euros if we skip the "
           "caretaker.",
     "We can't waive the hall fee, but if we skip the caretaker, I can bring it down to 40 "
     "euros.",
     "We can't waive the hall fee, but I can lower it to 40 euros regardless."),
]


# - …and where the condition asks a step of the customer's ("if you bring your own chairs,
#   it's 120 euros"), said bare anywhere ("for you it's 120 euros", "the table is 300 euros"),
#   not only where we act: the price is given them without their step (stop 52, s52-jc).
YOUR_STEP = [
    ("en", "Thanks for booking the hall for Saturday. The standard hire is 150 euros. If you "
           "bring your own chairs, it's 120 euros.",
     "Thanks for booking the hall for Saturday. The standard hire is 150 euros, or 120 euros "
     "if you bring your own chairs.",
     "Thanks for booking the hall for Saturday. The standard hire is 150 euros, but for you "
     "it's 120 euros."),
    ("en", "If you collect the table from our workshop yourself, the price drops to 300 euros.",
     "Collect the table from our workshop yourself and the price drops to 300 euros.",
     "Good news: the table is 300 euros."),
    ("es", "El alquiler normal es de 150 euros. Si trae usted sus propias sillas, son 120 "
           "euros.",
     "El alquiler normal es de 150 euros, o 120 euros si trae usted sus propias sillas.",
     "El alquiler normal es de 150 euros, pero para usted son 120 euros."),
    ("fr", "La location normale est de 150 euros. Si vous apportez vos propres chaises, c'est "
           "120 euros.",
     "La location normale est de 150 euros, ou 120 euros si vous apportez vos propres chaises.",
     "La location normale est de 150 euros, mais pour vous c'est 120 euros."),
    ("de", "Die normale Miete beträgt 150 Euro. Wenn Sie Ihre eigenen Stühle mitbringen, sind "
           "es 120 Euro.",
     "Die normale Miete beträgt 150 Euro, oder 120 Euro, wenn Sie Ihre eigenen Stühle "
     "mitbringen.",
     "Die normale Miete beträgt 150 Euro, für Sie sind es aber 120 Euro."),
]

# - What a condition is about, named beside it only inside another sentence's own condition
#   ("…if you cancel before the licence arrives"), does not keep it: "if you want to cancel,
#   reply and I'll send the form" said as "reply and I'll send the form" drops it.
NEIGHBOUR = [
    ("en", "Your 300 € deposit is refunded in full if you cancel before the licence arrives. "
           "If you want to cancel, reply to this message and I'll send you the form.",
     "You get the whole 300 € deposit back if you cancel before the licence arrives. If you "
     "decide to cancel, reply to this message and I'll send you the form.",
     "You get the whole 300 € deposit back if you cancel before the licence arrives. Reply to "
     "this message and I'll send you the form."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    *(pytest.param(*c, id=f"then-{i}") for i, c in enumerate(THEN)),
    *(pytest.param(*c, id=f"unique-{i}") for i, c in enumerate(UNIQUE)),
    *(pytest.param(*c, id=f"your_step-{i}") for i, c in enumerate(YOUR_STEP)),
    *(pytest.param(*c, id=f"neighbour-{i}") for i, c in enumerate(NEIGHBOUR)),
])
def test_a_condition_made_into_something_else_is_dropped(lang, draft, kept, dropped):
    condition_kept_and_dropped(lang, draft, kept, dropped)

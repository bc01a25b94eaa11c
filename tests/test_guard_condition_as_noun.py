"""A condition said as a noun, on a clause opening on "with" or "without" that names what it
was about ("if the change is approved" → "with the change approved", "si llueve mucho" → "con
mucha lluvia", "bekommt sie keinen Platz" → "ohne Platz"), is still that condition. And a
condition naming four things or more, half of them gone from around what it conditioned, is
gone: naming the permit the old date had does not keep "provided the town council renews the
permit" (guard/conditions.py). "With" on what is happening ("with the hinges arriving by
Friday") says it will happen: no condition.

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"


@pytest.mark.parametrize("lang,draft,noun,dropped", [
    ("en", "If the size change is approved, we send the new boots by courier and they arrive "
           "within 2 days.",
     "With the size change approved, we send the new boots by courier and they arrive within "
     "2 days.",
     "We send the new boots by courier and they arrive within 2 days."),
    ("es", "Si se aprueba el cambio de talla, enviamos las botas nuevas por mensajería y llegan "
           "en 2 días.",
     "Con el cambio de talla aprobado, enviamos las botas nuevas por mensajería y llegan en 2 "
     "días.",
     "Enviamos las botas nuevas por mensajería y llegan en 2 días."),
    ("pt", "Se a troca de tamanho for aprovada, enviamos as botas novas por transportadora e "
           "chegam em 2 dias.",
     "Com a troca de tamanho aprovada, enviamos as botas novas por transportadora e chegam em "
     "2 dias.",
     "Enviamos as botas novas por transportadora e chegam em 2 dias."),
    ("fr", "Si l'échange de pointure est accepté, nous envoyons les bottes neuves par coursier "
           "et elles arrivent sous 2 jours.",
     "Avec l'échange de pointure accepté, nous envoyons les bottes neuves par coursier et elles "
     "arrivent sous 2 jours.",
     "Nous envoyons les bottes neuves par coursier et elles arrivent sous 2 jours."),
    ("de", "Bekommt Ihre Tochter bis Freitag keinen Platz, erstatten wir die Anmeldegebühr "
           "vollständig.",
     "Ohne Platz bis Freitag erstatten wir Ihrer Tochter die Anmeldegebühr vollständig.",
     "Wir erstatten Ihrer Tochter die Anmeldegebühr vollständig."),
])
def test_a_condition_said_as_a_noun(lang, draft, noun, dropped):
    assert COND not in labels(draft, noun, lang)
    assert COND in labels(draft, dropped, lang)


def test_half_of_a_long_condition_gone_is_gone():
    draft = ("We can repeat the show on another date for the travel cost only, provided the "
             "town council renews the permit.")
    kept = ("We can repeat the show on another date for the travel cost only, as long as the "
            "town council renews the permit.")
    dropped = ("We'll repeat the show on another date for the travel cost only; the town's "
               "permit covered the first date.")
    assert COND not in labels(draft, kept)
    assert COND in labels(draft, dropped)


@pytest.mark.parametrize("lang,draft,going", [
    ("en", "If the new hinges arrive by Friday, we'll fit them on Monday at no charge.",
     "With the new hinges arriving by Friday, we'll fit them on Monday at no charge."),
    ("es", "Si las bisagras nuevas llegan el viernes, las montamos el lunes sin coste.",
     "Con las bisagras nuevas llegando el viernes, las montamos el lunes sin coste."),
    ("pt", "Se as dobradiças novas chegarem na sexta, montamos na segunda sem custo.",
     "Com as dobradiças novas chegando na sexta, montamos na segunda sem custo."),
])
def test_with_what_is_happening_is_no_condition(lang, draft, going):
    # "With the hinges arriving by Friday" says they will arrive: the "if" is gone.
    assert COND in labels(draft, going, lang)

"""Conditions restated in other constructions (guard/conditions.py), and the unsafe neighbour
of each still caught.

Each case is written for the reading it proves (none comes from a corpus set): a condition
said with "depende de que", a German one with its verb first after a phrase ("Fehlt beim
Aufbau ein Teil, …"), a condition ending at a semicolon, a condition put in its own
sentence that points back ("Dafür brauchen wir…", "For that, we need…"), a span of time
counted from the event an "once" expects ("⟦n⟧ days from their arrival") must pass clean.
Beside each, the rewrite that drops the condition, or asks for something else, or says an
"if" as where the money comes from, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"


# Conditions said with words the guard did not read as conditions.
@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("es", "Podemos enviarle el sofá el viernes, siempre que haya stock en el almacén.",
     "Podemos enviarle el sofá el viernes, pero depende de que haya stock en el almacén.",
     "Le enviamos el sofá el viernes."),
    ("pt", "Podemos entregar o sofá na sexta, desde que haja estoque no armazém.",
     "Podemos entregar o sofá na sexta, mas depende de que haja estoque no armazém.",
     "Entregamos o sofá na sexta."),
    ("de", "Falls beim Aufbau ein Teil fehlt, schicken wir es kostenlos nach.",
     "Fehlt beim Aufbau ein Teil, schicken wir es kostenlos nach.",
     "Wir schicken es kostenlos nach."),
])
def test_a_condition_said_with_other_words_is_kept(lang, draft, kept, dropped):
    assert COND not in labels(draft, kept, lang)
    assert COND in labels(draft, dropped, lang)


# A condition that ends before a semicolon still qualifies what stands before its "and".
def test_a_condition_ending_at_a_semicolon_qualifies_the_clause_before():
    draft = ("La buseta cuesta 20 euros adicionales, sujeto a disponibilidad. Si le interesa, "
             "confírmelo antes del viernes.")
    kept = ("La buseta cuesta 20 euros adicionales y depende de que haya disponibilidad; si le "
            "sirve, confírmelo antes del viernes.")
    dropped = "La buseta cuesta 20 euros adicionales; si le sirve, confírmelo antes del viernes."
    assert COND not in labels(draft, kept, "es")
    assert COND in labels(draft, dropped, "es")


# A condition split into its own sentence that points back ("for that", "dafür") is kept; one
# that asks for something else has lost it.
@pytest.mark.parametrize("lang,draft,kept,other", [
    ("de", "Wenn ihr vom Vertrag zurücktreten wollt, bekommt ihr die Anzahlung vollständig "
           "zurück, sofern ihr uns das bis zum 30. April schriftlich mitteilt.",
     "Wenn ihr lieber vom Vertrag zurücktretet, bekommt ihr die Anzahlung vollständig zurück. "
     "Dafür brauche ich eure schriftliche Mitteilung bis zum 30. April.",
     "Wenn ihr lieber vom Vertrag zurücktretet, bekommt ihr die Anzahlung vollständig zurück. "
     "Dafür brauche ich eure Kontonummer."),
    ("en", "If you cancel the booking, you get the deposit back in full, provided you tell us "
           "in writing by 30 April.",
     "If you cancel the booking, you get the deposit back in full. For that, we need your "
     "notice in writing by 30 April.",
     "If you cancel the booking, you get the deposit back in full. For that, we need your "
     "bank details."),
])
def test_a_requirement_said_after_and_pointing_back(lang, draft, kept, other):
    assert COND not in labels(draft, kept, lang)
    assert COND in labels(draft, other, lang)


# A span of time counted from the event an "once" expects keeps that "once"; an "if" said as
# where a refund comes from is dropped.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "The new boards are due on Monday. Once they arrive, building the layout takes "
           "around 10 working days.",
     "The new boards are due on Monday. Building the layout takes around 10 working days from "
     "their arrival."),
    ("es", "Una vez recibida la pieza, la reparación tarda unos 5 días.",
     "La reparación tarda unos 5 días a partir de la recepción de la pieza."),
])
def test_a_span_counted_from_the_event(lang, draft, kept):
    assert COND not in labels(draft, kept, lang)


def test_an_if_said_as_where_the_money_comes_from_is_dropped():
    draft = "If the insurer approves the claim, you will get the refund within 10 days."
    assert COND in labels(draft, "You will get the refund from the insurer within 10 days.",
                          "en")

"""Number words as they are declined and counts of the customer's requests:
- a German cardinal in a declined form is that number ("wegen zweier Eilaufträge" said as "da
  zwei Eilaufträge …"; vocab `cardinal_forms`): kept, not new; "drei" for it is changed;
- "your two requests" counts what the reply goes on to answer (vocab `topics`: the German
  dative plurals "Punkten", "Dingen", "Gründen", Spanish "pedidos", "consultas",
  "solicitudes", "peticiones"), no fact of the case; a number before a time unit or money is
  never such a count ("in zwei Tagen fragen wir nach": "fragen" is also a verb).
Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

BERG = ("Hallo Frau Berg, wegen zweier Eilaufträge kann ich erst am 4. März beginnen. Viele "
        "Grüße, Ute")
TOM = ("Ich möchte das Zelt in Grün, und zwar bis Freitag.",
       "Hallo Tom, das grüne Zelt ist leider ausverkauft, und eine Lieferung bis Freitag kann ich "
       "nicht zusagen. Viele Grüße, Ute")
TOMAS = ("Quiero la mochila en verde y que llegue antes del viernes.",
         "Hola Tomás: la mochila verde está agotada y no puedo asegurarte la entrega antes del "
         "viernes. Saludos, Ana")


def test_a_declined_cardinal_said_plainly_passes_clean():
    rewrite = ("Hallo Frau Berg, da zwei Eilaufträge vor Ihrem kamen, kann ich erst am 4. März "
               "beginnen. Viele Grüße, Ute")
    assert labels(BERG, rewrite, "de") == []


@pytest.mark.parametrize("rewrite", [
    "Hallo Frau Berg, da drei Eilaufträge vor Ihrem kamen, kann ich erst am 4. März beginnen. "
    "Viele Grüße, Ute",
    "Hallo Frau Berg, wegen dreier Eilaufträge kann ich erst am 4. März beginnen. Viele Grüße, Ute",
])
def test_a_declined_cardinal_changed_is_caught(rewrite):
    assert {"fact_missing", "new_fact"} <= set(labels(BERG, rewrite, "de"))


@pytest.mark.parametrize(("lang", "case", "rewrite"), [
    ("de", TOM, "Hallo Tom, zu Ihren zwei Punkten: Das grüne Zelt ist leider ausverkauft, und "
                "eine Lieferung bis Freitag kann ich nicht zusagen. Viele Grüße, Ute"),
    ("es", TOMAS, "Hola Tomás, voy a tus dos pedidos: la mochila verde está agotada y no puedo "
                  "asegurarte la entrega antes del viernes. Saludos, Ana"),
])
def test_a_count_of_their_requests_passes_clean(lang, case, rewrite):
    customer, draft = case
    assert labels(draft, rewrite, lang, customer) == []


@pytest.mark.parametrize(("lang", "case", "rewrite"), [
    ("de", TOM, "Hallo Tom, das grüne Zelt ist leider ausverkauft, es kommt in zwei Wochen "
                "wieder, und eine Lieferung bis Freitag kann ich nicht zusagen. Viele Grüße, Ute"),
    ("de", TOM, "Hallo Tom, das grüne Zelt ist leider ausverkauft; in zwei Tagen fragen wir beim "
                "Hersteller nach, und eine Lieferung bis Freitag kann ich nicht zusagen. Viele "
                "Grüße, Ute"),
    ("es", TOMAS, "Hola Tomás: la mochila verde está agotada, vuelve en dos semanas, y no puedo "
                  "asegurarte la entrega antes del viernes. Saludos, Ana"),
])
def test_a_new_number_of_days_or_weeks_is_still_new(lang, case, rewrite):
    customer, draft = case
    assert "new_fact" in labels(draft, rewrite, lang, customer)

"""Facts said otherwise, both ways.

- A date said with less than the customer wrote it (their "Saturday 12 September" as "12
  September", their "6 March 2027" as "6 March") is their date: where the reply tells their
  situation it describes it, and inside a promise it is still their date promised
  (`protect.Masker.same`). A weekday put to it, or another day of the month, is another fact.
- The customer's date dating what a sentence thanks them for ("thanks for getting in touch
  before the 12 September opening", "danke, dass Sie sich vor … melden") is when they wrote,
  no deadline of ours; a thanks that goes on to say what we will do by then still promises.
"""

from __future__ import annotations

import pytest

from heard.protect import Masker
from tests.masked_guard import as_written, labels, new_commitment


def test_a_date_said_without_its_weekday_or_year_is_the_known_date():
    masker = Masker()
    masker.mask("The fair opens on Saturday 12 September; we married on 6 March 2019.")
    r = masker.mask("12 September, 6 March, Friday 12 September, 13 September, 6 March 2020")
    markers = r.text.split(", ")
    assert masker.same.get(markers[0]) == "⟦1⟧"
    assert masker.same.get(markers[1]) == "⟦2⟧"
    # A weekday added, another day or another year: other facts.
    assert not any(m in masker.same for m in markers[2:])


def test_one_date_said_two_ways_short_then_shorter_keeps_one_fact():
    masker = Masker()
    masker.mask("Tenemos la feria el sábado 12 de septiembre.")
    r = masker.mask("El 12 de septiembre y de nuevo el 12 de septiembre.")
    assert set(r.text.split()) & {"⟦2⟧"} and masker.same["⟦2⟧"] == "⟦1⟧"


EN_DRAFT = ("Hi Tom,\n\nThe replacement pump ships on 2 September and takes 3 to 5 business days "
            "to reach you. I can't promise it arrives any sooner.\n\nBest,\nAnna")
EN_CUSTOMER = ("My pump broke and our garden show is on Saturday 12 September. I need it "
               "before then. Tom")


@pytest.mark.parametrize(("lang", "draft", "customer", "told"), [
    ("en", EN_DRAFT, EN_CUSTOMER,
     "Hi Tom,\n\nI know how much the garden show on 12 September means to you. The replacement "
     "pump ships on 2 September and takes 3 to 5 business days to reach you. I can't promise "
     "it arrives any sooner.\n\nBest,\nAnna"),
    ("pt", "Olá Rita,\n\nA bomba nova sai no dia 2 de setembro e demora 3 a 5 dias úteis a "
     "chegar. Não consigo garantir que chegue antes.\n\nCumprimentos,\nAna",
     "A bomba avariou e a feira é no sábado, 12 de setembro. Rita",
     "Olá Rita,\n\nCompreendo a preocupação com a feira de 12 de setembro. A bomba nova sai no "
     "dia 2 de setembro e demora 3 a 5 dias úteis a chegar. Não consigo garantir que chegue "
     "antes.\n\nCumprimentos,\nAna"),
])
def test_their_date_without_its_weekday_told_back_is_no_new_fact(lang, draft, customer, told):
    assert as_written(draft, told, customer, lang) == []


def test_their_date_without_its_weekday_promised_is_still_their_date_promised():
    promised = EN_DRAFT.replace("I can't promise it arrives any sooner.",
                                "You'll have it well before 12 September.")
    assert new_commitment(as_written(EN_DRAFT, promised, EN_CUSTOMER), "customer_fact")


def test_another_day_of_their_month_is_a_new_fact():
    told = EN_DRAFT.replace("Hi Tom,\n\n", "Hi Tom,\n\nI know the show on 13 September matters. ")
    assert "new_fact" in as_written(EN_DRAFT, told, EN_CUSTOMER)


ES_DRAFT = ("Hola Marta:\n\nLa licencia cubre solo el uso en web. Para la app necesita la "
            "ampliación, que cuesta 300 €.\n\nSaludos,\nLuis")
ES_CUSTOMER = "El cliente lanza su app el 15 de enero. ¿Nos cubre la licencia? Marta"
DE_DRAFT = ("Hallo Frau Weber,\n\nder Saal ist am Abend frei. Die Miete beträgt 400 €.\n\n"
            "Viele Grüße\nJan")
DE_CUSTOMER = "Wir feiern am 15. Januar und fragen lieber früh nach. Weber"


@pytest.mark.parametrize(("lang", "draft", "customer", "thanks"), [
    ("es", ES_DRAFT, ES_CUSTOMER,
     "Gracias por escribirnos antes del lanzamiento del 15 de enero. "),
    ("en", ES_DRAFT.replace("Hola Marta:", "Hi Marta,").replace(
        "La licencia cubre solo el uso en web. Para la app necesita la ampliación, que cuesta "
        "300 €.", "The licence covers web use only. The app needs the extension, at €300.")
        .replace("Saludos,", "Best,"),
     "Our client launches their app on 15 January. Does the licence cover it? Marta",
     "Thank you for checking with us before the launch on 15 January. "),
    ("de", DE_DRAFT, DE_CUSTOMER, "danke, dass Sie sich schon vor dem 15. Januar melden. "),
])
def test_their_date_in_a_thanks_for_what_they_did_is_no_deadline(lang, draft, customer, thanks):
    first = draft.index("\n\n") + 2
    rewrite = draft[:first] + thanks + draft[first:]
    assert not new_commitment(labels(draft, rewrite, lang, customer), "customer_fact")


@pytest.mark.parametrize(("lang", "draft", "customer", "promise"), [
    ("es", ES_DRAFT, ES_CUSTOMER,
     "Gracias por escribirnos: tendrá la ampliación antes del 15 de enero. "),
    ("de", DE_DRAFT, DE_CUSTOMER,
     "danke für Ihre Anfrage, wir richten den Saal bis zum 15. Januar für Sie her. "),
])
def test_a_thanks_that_goes_on_to_promise_their_date_still_promises(lang, draft, customer,
                                                                      promise):
    first = draft.index("\n\n") + 2
    rewrite = draft[:first] + promise + draft[first:]
    assert new_commitment(labels(draft, rewrite, lang, customer))


# A place held for the customer's own date is a booking of ours made for it.
BOAT = ("Hallo Jana,\n\nam Steg in Attersee gibt es leider nur Stufen. Unser Schiffer kann eure "
        "Freundin aber am flachen Steg in Unterach aufnehmen, wenn du ihm einen Tag davor "
        "Bescheid gibst. Die Zusatzfahrt kostet 30 €.\n\nLiebe Grüße\nPeter")
BOAT_CUSTOMER = ("Wir haben für Samstag, 14. August die Bootsfahrt gebucht, aber meine Freundin "
                 "ist auf Krücken. Jana")


@pytest.mark.parametrize("held", [
    "Die Zusatzfahrt kostet 30 €, und für den 14. August ist der Platz schon fest reserviert.",
    "Die Zusatzfahrt kostet 30 €, und für Samstag, 14. August ist der Platz schon reserviert.",
])
def test_a_place_held_for_their_date_is_a_promise(held):
    rewrite = BOAT.replace("Die Zusatzfahrt kostet 30 €.", held)
    assert new_commitment(as_written(BOAT, rewrite, BOAT_CUSTOMER, "de"), "customer_fact")


@pytest.mark.parametrize(("lang", "clause"), [
    ("en", "your table is booked for ⟦8⟧."),
    ("fr", "la salle est réservée pour le ⟦8⟧."),
    ("es", "la mesa queda reservada para el ⟦8⟧."),
    ("pt", "a sala está reservada para o dia ⟦8⟧."),
])
def test_held_for_their_date_in_five_languages(lang, clause):
    from heard.guard.facts import _held_for
    assert _held_for("⟦8⟧", lang, [clause])


def test_what_they_booked_for_their_date_tells_their_story():
    rewrite = BOAT.replace("Hallo Jana,\n\n", "Hallo Jana,\n\nihr habt die Fahrt für den 14. "
                           "August gebucht, und jetzt ist deine Freundin auf Krücken – gute "
                           "Besserung! ")
    assert as_written(BOAT, rewrite, BOAT_CUSTOMER, "de") == []


# The customer's own fact said again in an apology or a thanks is their situation quoted back.
RENTAL = ("Hi Sam,\n\nFor Tuesday, I can refund $40, one day of the rental, to the card on "
          "file.\n\nBest,\nKim")
RENTAL_CUSTOMER = "The van broke down twice on Tuesday on the coast road. Sam"


@pytest.mark.parametrize(("lang", "draft", "customer", "opening"), [
    ("en", RENTAL, RENTAL_CUSTOMER, "I'm really sorry about Tuesday. "),
    ("en", RENTAL, RENTAL_CUSTOMER, "Thank you for telling us about Tuesday. "),
    ("fr", "Bonjour Sam,\n\nPour mardi, je peux vous rembourser 40 €, soit un jour de location."
     "\n\nCordialement,\nKim", "La camionnette est tombée en panne deux fois mardi. Sam",
     "Je suis désolée pour mardi. "),
    ("es", "Hola Sam:\n\nPor el martes, puedo devolverle 40 €, un día de alquiler.\n\n"
     "Saludos,\nKim", "La furgoneta se averió dos veces el martes. Sam",
     "Lamento mucho lo del martes. "),
])
def test_their_fact_in_an_apology_or_thanks_is_no_second_fact(lang, draft, customer, opening):
    first = draft.index("\n\n") + 2
    rewrite = draft[:first] + opening + draft[first:]
    assert "fact_duplicated" not in labels(draft, rewrite, lang, customer)


@pytest.mark.parametrize("opening", [
    "I'm sorry about Tuesday, and we'll refund another $40 for it. ",
    "Sorry: Tuesday is when we'll send the new van. ",
])
def test_an_apology_that_goes_on_to_act_on_their_fact_still_counts_it(opening):
    first = RENTAL.index("\n\n") + 2
    rewrite = RENTAL[:first] + opening + RENTAL[first:]
    assert labels(RENTAL, rewrite, "en", RENTAL_CUSTOMER) != []


def test_a_thanks_for_something_else_before_their_date_may_still_promise():
    first = ES_DRAFT.index("\n\n") + 2
    rewrite = (ES_DRAFT[:first] + "Gracias por confiar en nosotros para tenerla lista antes del "
               "15 de enero. " + ES_DRAFT[first:])
    assert new_commitment(labels(ES_DRAFT, rewrite, "es", ES_CUSTOMER), "customer_fact")

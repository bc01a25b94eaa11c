"""The customer reader (heard.customer): feeling, intensity, what is at stake, and the words
that show it, at offsets the panel can highlight."""

from __future__ import annotations

import pytest

from heard import customer
from heard.schema import Reading, Signal


def kinds(reading: Reading) -> list[str]:
    return [s.kind for s in reading.signals]


@pytest.mark.parametrize("message,lang,feeling", [
    ("This is the THIRD time I write!!! Still nothing. Unacceptable!!", "en", "frustrated"),
    ("This is outrageous. You charged me twice and I'm calling my lawyer.", "en", "angry"),
    ("I can't log in and payroll is due Friday. Is my money safe? Did someone hack me?", "en",
     "anxious"),
    ("I'm not happy with the quality of the jacket.", "en", "disappointed"),
    ("How do I change my address? The settings page is confusing.", "en", "confused"),
    ("Need the invoice asap please", "en", "hurried"),
    ("Hi, can you tell me when my order ships?", "en", "neutral"),
    ("Thanks, that worked.", "en", "satisfied"),
    ("It looks even better than the photos and my daughter is thrilled. Thank you!", "en",
     "delighted"),
    ("Estoy harta, otra vez sin conexión.", "es", "frustrated"),
    ("Ich mache mir Sorgen, ist mein Konto gehackt?", "de", "anxious"),
    ("Je suis très déçu, le produit est arrivé cassé.", "fr", "disappointed"),
    ("Muito obrigada, adorei o presente!", "pt", "delighted"),
])
def test_a_message_reads_as_its_feeling(message, lang, feeling):
    assert customer.read(message, lang).feeling == feeling


def test_sarcasm_is_no_joy_and_is_shown_as_sarcasm():
    r = customer.read("Great, another week of waiting. Thanks for nothing.", "en")
    assert r.feeling == "frustrated"
    assert [s.text for s in r.signals if s.kind == "sarcasm"] == ["Great, another",
                                                                 "Thanks for nothing"]


def test_negation_and_mixed_praise():
    assert customer.read("I'm not frustrated, just sad about it", "en").feeling == "disappointed"
    assert customer.read("Love the app but it keeps crashing", "en").feeling == "frustrated"
    assert customer.read("ABCDEFGHKQ", "en").feeling == "neutral"


def test_negations_and_contrasts_are_the_messages_own_language():
    # Portuguese "no" is "in the", not a negation: the worry is still read.
    waiting = customer.read("Fico no aguardo preocupada com o pedido.", "pt")
    assert (waiting.feeling, [s.text for s in waiting.signals]) == ("anxious", ["preocupada"])
    # Its "não" is: not satisfied is a letdown.
    assert customer.read("Não estou satisfeita com a entrega.", "pt").feeling == "disappointed"
    # Portuguese "mais" is "more", not French "but": wanting more is still good news; a "mas"
    # turns the message.
    assert customer.read("Adorei, ficou perfeito e excelente, já quero mais! Pena a demora.",
                         "pt").feeling == "delighted"
    assert customer.read("Adorei, ficou perfeito e excelente! Mas que pena a demora.",
                         "pt").feeling == "disappointed"
    # A message whose language Heard cannot tell (or has no words for) is read with every
    # language's negations: "nicht happy" is no joy.
    for unknown in (None, "it"):
        assert customer.read("Echt nicht happy mit dem Paket.", unknown).feeling == \
            "disappointed"


def test_shouting_and_exclamations_raise_the_intensity():
    calm = customer.read("My parcel is late again, it is annoying.", "en")
    loud = customer.read("My parcel is LATE AGAIN!!! It is annoying!!!", "en")
    assert calm.feeling == loud.feeling == "frustrated"
    order = ["low", "medium", "high"]
    assert order.index(loud.intensity) > order.index(calm.intensity)
    assert "!!!" in [s.text for s in loud.signals]


def test_repeat_contact_deadline_and_what_is_at_stake():
    message = ("This is the third time I write. Still nothing, and I need it before Saturday "
               "for my daughter's birthday.")
    r = customer.read(message, "en")
    assert r.feeling == "frustrated"
    assert {"repeat_contact", "deadline_at_risk"} <= set(kinds(r))
    assert r.at_stake == "my daughter's birthday"
    for s in r.signals:  # every offset points at the words it names
        assert message[s.start:s.end] == s.text


def test_money_and_vulnerability_are_signals():
    r = customer.read("You charged me twice and now I can't pay my rent. My mother passed away "
                      "last week and I am handling her account.", "en")
    assert {"money_at_risk", "vulnerability"} <= set(kinds(r))
    assert r.at_stake == "passed away"


def test_no_rush_is_not_urgency():
    assert "urgency" not in kinds(customer.read("No rush, but could you check it today?", "en"))


def test_good_news_names_no_stake():
    r = customer.read("My son loves the headphones, thank you so much!", "en")
    assert r.feeling == "delighted" and r.at_stake == ""


def test_an_empty_message_is_neutral():
    assert customer.read("   ", "en") == Reading(feeling="neutral", intensity="low")


def test_the_team_adds_cues_for_a_feeling():
    from heard.prompts import Phrases
    message = "The widget went kaput."
    assert customer.read(message, "en").feeling == "neutral"
    team = Phrases(emotion_cues={"disappointed": ["kaput"], "no-such-feeling": ["widget"]})
    assert customer.read(message, "en", team).feeling == "disappointed"



def test_a_remembered_reading_is_that_messages_own_with_its_teams_cues_and_amounts():
    """A cache hit takes the reading from the process's memory: it must be exactly what
    reading the message again gives — for this team's cues and this request's markers."""
    from heard.prompts import Phrases
    customer._remembered.cache_clear()
    message = "The widget went kaput and you took ⟦1⟧ from my account."
    team = Phrases(emotion_cues={"disappointed": ["kaput"]})
    amount = {"⟦1⟧": "amount"}
    for _ in range(2):  # the second round is answered from memory
        assert customer.read_remembered(message, "en") == customer.read(message, "en")
        assert customer.read_remembered(message, "en", team) == customer.read(message, "en",
                                                                              team)
        assert customer.read_remembered(message, "en", team).feeling == "disappointed"
        assert "money_at_risk" in kinds(customer.read_remembered(message, "en", kinds=amount))
        assert "money_at_risk" not in kinds(customer.read_remembered(
            message, "en", kinds={"⟦1⟧": "identifier"}))
        assert customer.read_remembered(message, "de") == customer.read(message, "de")
    assert customer._remembered.cache_info().hits >= 6


def test_the_memory_of_readings_is_bounded():
    customer._remembered.cache_clear()
    for n in range(customer.REMEMBERED_READINGS + 20):
        customer.read_remembered(f"Where is my parcel? I asked {'again ' * (n % 7)}{n} times.")
    assert customer._remembered.cache_info().currsize == customer.REMEMBERED_READINGS
    customer._remembered.cache_clear()
    long = "I am so frustrated, nothing works. " * 200
    assert customer.read_remembered(long, "en") == customer.read(long, "en")
    assert len(customer.read(long, "en").signals) == 50  # what a Reading holds, not a 500
    assert customer._remembered.cache_info().currsize == 0  # read, not kept

# ---- anchoring: offsets found in the real message, never taken on trust ---------------------

def test_anchor_restores_markers_and_finds_offsets_in_the_real_message():
    masked = "Order ⟦1⟧ is late AGAIN!!! I need it before ⟦2⟧!!!"
    real = "Order 7741-AB is late AGAIN!!! I need it before Saturday!!!"
    reading = customer.read(masked, "en")
    anchored = customer.anchor(reading, real, {"⟦1⟧": "7741-AB", "⟦2⟧": "Saturday"})
    texts = [s.text for s in anchored.signals]
    assert "before Saturday" in texts and texts.count("!!!") == 2
    for s in anchored.signals:
        assert real[s.start:s.end] == s.text
    assert all("⟦" not in s.text for s in anchored.signals)


def test_a_signal_that_is_not_in_the_message_is_dropped():
    reading = Reading(feeling="angry", intensity="high", signals=[
        Signal(kind="feeling", text="furious", start=0, end=7),
        Signal(kind="repeat_contact", text="third time", start=999, end=1009)])
    anchored = customer.anchor(reading, "This is the third time.")
    assert [(s.text, s.start, s.end) for s in anchored.signals] == [("third time", 12, 22)]


def test_a_models_reading_is_validated():
    masked = "Third time I write, the gift is for ⟦1⟧."
    good = customer.from_model({"feeling": "frustrated", "intensity": "high",
                                "at_stake": "a gift for ⟦1⟧",
                                "signals": [{"kind": "repeat_contact", "text": "Third time",
                                             "start": 40, "end": 3},
                                            {"kind": "urgency", "text": "invented words"},
                                            {"kind": "bogus", "text": "gift"}]}, masked)
    assert good is not None and good.feeling == "frustrated"
    assert [s.text for s in good.signals] == ["Third time"]
    for garbled in (None, "angry", {"feeling": "livid", "intensity": "high"},
                    {"feeling": "angry", "intensity": "extreme"}, {"intensity": "low"}):
        assert customer.from_model(garbled, masked) is None


def test_because_names_what_was_read():
    r = customer.read("This is the third time I write!!! I need it before my daughter's "
                      "birthday.", "en")
    text = customer.because(r, "en")
    assert text.startswith("The customer has written more than once (“third time I write”)")
    assert "frustrated" in text and "my daughter's birthday" in text
    assert customer.because(customer.read("Es la tercera vez que escribo: sin conexión, estoy "
                                          "harta.", "es"),
                            "es").startswith("El cliente ya ha escrito más de una vez")


@pytest.mark.parametrize("message,confused", [
    ("The courier lost my parcel and nobody can tell me where it is", False),
    ("Have I lost the money I paid for this?", False),
    ("I'm lost, which of these two plans do I need?", True),
])
def test_losing_something_is_not_confusion_but_being_lost_is(message, confused):
    assert (customer.read(message, "en").feeling == "confused") is confused

"""The customer's bare day of the month made a promise: "I need it by the 12th" answered with
"We'll ship it today by standard post, so it arrives before the 12th" ("es kommt vor dem 14.
an", "le llega antes del 14", "chega-lhe antes do dia 14") passed: a day without its month masks
as a count, and only the customer's dates and times were read as days we may not promise. Now a
bare number the customer wrote right after a day's lead (lang `day_leads`: "by the", "bis zum",
"antes del", "avant le", "até dia") or after a weekday and an article ("by Friday the 12th",
"bis Samstag, den 14.") is read as their date where the rewrite has the thing reach them on it
(`_arriving`). Quoted back as their situation, or as what they want or get ready for, it still
passes.

Sentences written for this rule, none taken from a corpus set. 6 of the 16 tests fail on main
(the promised days but one); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EN = ("I need it by the 12th for my daughter's wedding.", "We'll ship it today by standard post.")
DE = ("Ich brauche das Kleid bis zum 14. für eine Hochzeit.",
      "Wir schicken das Kleid heute mit der Standardpost.")
ES = ("Lo necesito antes del 14 para una boda.", "Lo enviamos hoy por correo estándar.")
FR = ("J'en ai besoin avant le 14 pour un mariage.",
      "Nous l'expédions aujourd'hui en envoi standard.")
PT = ("Preciso dele até dia 14 para um casamento.", "Enviamos hoje por correio normal.")
PROMISED = [
    ("en", *EN, "We'll ship it today by standard post, so it arrives before the 12th."),
    ("de", *DE, "Wir schicken das Kleid heute mit der Standardpost; es kommt vor dem 14. an."),
    ("es", *ES, "Lo enviamos hoy por correo estándar y le llega antes del 14."),
    ("pt", *PT, "Enviamos hoje por correio normal e chega-lhe antes do dia 14."),
    ("en", "I need it by Friday the 12th for my daughter's wedding.", EN[1],
     "We'll ship it today by standard post, so it arrives before the 12th."),
    ("de", "Ich brauche das Kleid bis Samstag, den 14., für eine Hochzeit.", DE[1],
     "Wir schicken das Kleid heute mit der Standardpost, es kommt vor dem 14. an."),
    ("de", "Ich brauche das Kleid bis Samstag, den 14., für eine Hochzeit.", DE[1],
     "Wir schicken das Kleid heute mit der Standardpost, so ist es vor dem 14. bei Ihnen."),
]
THEIRS = [
    ("en", *EN, "I know you need it by the 12th for the wedding, so we'll ship it today by "
     "standard post."),
    ("de", *DE, "Sie brauchen das Kleid bis zum 14., deshalb schicken wir es heute mit der "
     "Standardpost."),
    ("es", *ES, "Sé que lo necesita antes del 14 para la boda; lo enviamos hoy por correo "
     "estándar."),
    ("fr", *FR, "Vous en avez besoin avant le 14 pour le mariage : nous l'expédions aujourd'hui "
     "en envoi standard."),
    ("pt", *PT, "Sei que precisa dele até dia 14; enviamos hoje por correio normal."),
    ("pt", *PT, "Sei que o quer pronto antes de dia 14; enviamos hoje por correio normal."),
    ("en", "I ordered on the 3rd and nothing has come.", "We'll send a new parcel today.",
     "I'm sorry the order from the 3rd still hasn't come; we'll send a new parcel today."),
    ("de", "Ich habe am 3. bestellt und nichts ist gekommen.",
     "Wir schicken heute ein neues Paket.",
     "Es tut mir leid, dass Ihre Bestellung vom 3. noch nicht da ist; wir schicken heute ein "
     "neues Paket."),
    ("es", "Pedí el día 3 y no ha llegado nada.", "Le enviamos hoy un paquete nuevo.",
     "Siento que el pedido del día 3 no haya llegado; le enviamos hoy un paquete nuevo."),
]


@pytest.mark.parametrize("lang,customer,draft,rewrite", PROMISED)
def test_their_bare_day_promised_is_caught(lang: str, customer: str, draft: str,
                                           rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang, customer), "customer_fact")


@pytest.mark.parametrize("lang,customer,draft,rewrite", THEIRS)
def test_their_bare_day_quoted_back_passes(lang: str, customer: str, draft: str,
                                           rewrite: str) -> None:
    assert labels(draft, rewrite, lang, customer) == []

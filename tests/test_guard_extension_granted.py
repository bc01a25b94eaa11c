"""A thing extended is a thing given: "we've extended your subscription by a month", "votre
abonnement a été prolongé", "hemos ampliado su suscripción", "prolongámos a sua subscrição",
"wir haben Ihr Abo verlängert" passed in five languages where the draft extends nothing. A
subscription, trial, warranty or deadline extended by us, or said extended, is an extension
granted (`commitment_patterns` "extension"); a draft that extends it in any words ("I've added
another month to your subscription") lets the rewrite say it again.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

PASSED_ON = {
    "en": "I've passed your request to our billing team.",
    "fr": "J'ai transmis votre demande à notre service facturation.",
    "es": "He pasado su solicitud a nuestro equipo de facturación.",
    "pt": "Passei o seu pedido à nossa equipa de faturação.",
    "de": "Ich habe Ihre Anfrage an unsere Buchhaltung weitergegeben.",
}
GRANTED = [
    ("en", "We've extended your subscription by a month."),
    ("en", "Your trial has been extended."),
    ("fr", "Nous avons prolongé votre abonnement d'un mois."),
    ("es", "Hemos ampliado su suscripción un mes."),
    ("pt", "Prolongámos a sua subscrição por um mês."),
    ("de", "Wir haben Ihr Abo um einen Monat verlängert."),
]
SAID_AGAIN = [
    ("en", "I've added another month to your subscription.",
     "I've extended your subscription by another month."),
    ("fr", "Votre abonnement a été prolongé jusqu'au 3 mai.",
     "Nous avons prolongé votre abonnement jusqu'au 3 mai."),
    ("es", "Su suscripción se ha ampliado hasta el 3 de mayo.",
     "Hemos ampliado su suscripción hasta el 3 de mayo."),
    ("pt", "A sua subscrição foi prolongada até 3 de maio.",
     "Prolongámos a sua subscrição até 3 de maio."),
    ("de", "Ihr Abo wurde bis zum 3. Mai verlängert.",
     "Wir haben Ihr Abo bis zum 3. Mai verlängert."),
]


def _ids(cases):
    return [pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(cases)]


@pytest.mark.parametrize("lang,added", _ids(GRANTED))
def test_an_extension_granted_is_new(lang: str, added: str) -> None:
    draft = PASSED_ON[lang]
    assert "new_commitment:extension" in labels(draft, f"{draft} {added}", lang)


@pytest.mark.parametrize("lang,draft,rewrite", _ids(SAID_AGAIN))
def test_the_drafts_own_extension_said_again_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


def test_a_refused_extension_granted_is_caught() -> None:
    assert labels("We can't extend your trial.", "We've extended your trial.", "en")

"""A reckoning with its object said as a pronoun, both ways (every case written for this
file):

"The refund should reach your card within 5 working days" said as "I'll refund it; expect it
on your card within 5 working days" keeps the "should": English tells the customer to reckon
with it ("expect it", "expect them"), as "cuente con", "comptez", "rechnen Sie mit" do; a
Portuguese reckoning takes its object on the verb ("conto tê-lo pronto", "contamos tê-la
pronta"), as "conto ter" does. Said plainly ("it reaches your card", "fica pronto") the hedge
is still dropped.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = {
    "en": ("Hi Rosa, I've refunded the deposit today. It should reach your card within 5 "
           "working days. Best, Tom",
           "Hi Rosa, I've refunded the deposit today; expect it on your card within 5 working "
           "days. Best, Tom",
           "Hi Rosa, I've refunded the deposit today; it reaches your card within 5 working "
           "days. Best, Tom"),
    "pt": ("Olá Rosa, se o teste correr bem, o relógio deve ficar pronto na terça-feira. "
           "Abraços, Tomás",
           "Olá Rosa, se o teste correr bem, conto tê-lo pronto na terça-feira. Abraços, Tomás",
           "Olá Rosa, se o teste correr bem, o relógio fica pronto na terça-feira. Abraços, "
           "Tomás"),
    "es": ("Hola Rosa, hoy le devolvimos la fianza. Debería verla en su tarjeta en 5 días "
           "hábiles. Saludos, Tomás",
           "Hola Rosa, hoy le devolvimos la fianza; cuente con 5 días hábiles para verla "
           "en su tarjeta. Saludos, Tomás",
           "Hola Rosa, hoy le devolvimos la fianza; la verá en su tarjeta en 5 días hábiles. "
           "Saludos, Tomás"),
    "fr": ("Bonjour Rosa, nous avons remboursé l'acompte aujourd'hui. Il devrait apparaître "
           "sur votre carte sous 5 jours ouvrés. Cordialement, Tom",
           "Bonjour Rosa, nous avons remboursé l'acompte aujourd'hui ; comptez 5 jours ouvrés "
           "pour qu'il apparaisse sur votre carte. Cordialement, Tom",
           "Bonjour Rosa, nous avons remboursé l'acompte aujourd'hui ; il apparaîtra sur votre "
           "carte sous 5 jours ouvrés. Cordialement, Tom"),
    "de": ("Hallo Rosa, wir haben die Anzahlung heute erstattet. Das Geld sollte innerhalb von 5 "
           "Werktagen auf Ihrer Karte erscheinen. Viele Grüße, Tom",
           "Hallo Rosa, wir haben die Anzahlung heute erstattet; rechnen Sie mit 5 Werktagen, "
           "bis das Geld auf Ihrer Karte erscheint. Viele Grüße, Tom",
           "Hallo Rosa, wir haben die Anzahlung heute erstattet; das Geld erscheint innerhalb "
           "von 5 Werktagen auf Ihrer Karte. Viele Grüße, Tom"),
}


def _modality(draft: str, rewrite: str, lang: str) -> bool:
    return "new_commitment:modality" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_reckoning_keeps_the_hedge(lang: str) -> None:
    draft, kept, _ = CASES[lang]
    assert not _modality(draft, kept, lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_said_plainly_it_is_still_caught(lang: str) -> None:
    draft, _, firmer = CASES[lang]
    assert _modality(draft, firmer, lang)

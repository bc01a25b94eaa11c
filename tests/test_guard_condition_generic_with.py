"""A condition on any one of a kind said as that kind with a "with" ("if a guest has a valid
student card, we give…" → "a guest with a valid student card gets…", "tout client avec…",
"jeder Gast mit…"): the "with" after a noun opened by "a", "any", "un", "tout", "cualquier",
"qualquer", "jeder" says the condition, as a "with" opening the clause already did. Still
caught: the condition dropped, a "with" on something else or on only part of it ("a guest
with a valid passport"), a "with" after a noun naming one thing ("the technician with the
part")."""

import pytest

from tests.masked_guard import labels

CASES = {
    "en": ("We're glad you're coming. If a guest has a valid student card, we give a 20% "
           "discount on the ticket.",
           ["We're glad you're coming. A guest with a valid student card gets a 20% discount "
            "on the ticket.",
            "We're glad you're coming. Any guest with a valid student card gets a 20% discount "
            "on the ticket."],
           ["We're glad you're coming. A guest gets a 20% discount on the ticket.",
            "We're glad you're coming. A guest with a valid passport gets a 20% discount on "
            "the ticket.",
            "We're glad you're coming. A guest with a friend gets a 20% discount on the "
            "ticket.",
            "We're glad you're coming. Every guest with a ticket gets a 20% discount on the "
            "ticket."]),
    "fr": ("Merci de votre venue. Si un client a une carte étudiante valide, nous accordons une "
           "remise de 20 % sur le billet.",
           ["Merci de votre venue. Un client avec une carte étudiante valide obtient une remise "
            "de 20 % sur le billet.",
            "Merci de votre venue. Tout client avec une carte étudiante valide obtient une "
            "remise de 20 % sur le billet."],
           ["Merci de votre venue. Un client obtient une remise de 20 % sur le billet.",
            "Merci de votre venue. Un client avec un passeport valide obtient une remise de "
            "20 % sur le billet.",
            "Merci de votre venue. Un client avec un ami obtient une remise de 20 % sur le "
            "billet."]),
    "es": ("Gracias por venir. Si un cliente tiene un carné de estudiante válido, le hacemos un "
           "descuento del 20 % en la entrada.",
           ["Gracias por venir. Un cliente con carné de estudiante válido tiene un descuento "
            "del 20 % en la entrada.",
            "Gracias por venir. Todo cliente con carné de estudiante válido tiene un descuento "
            "del 20 % en la entrada."],
           ["Gracias por venir. Un cliente tiene un descuento del 20 % en la entrada.",
            "Gracias por venir. Un cliente con pasaporte válido tiene un descuento del 20 % en "
            "la entrada.",
            "Gracias por venir. Un cliente con un amigo tiene un descuento del 20 % en la "
            "entrada."]),
    "pt": ("Obrigado pela visita. Se um cliente tiver uma carteira de estudante válida, damos "
           "um desconto de 20 % no bilhete.",
           ["Obrigado pela visita. Um cliente com carteira de estudante válida tem um desconto "
            "de 20 % no bilhete.",
            "Obrigado pela visita. Qualquer cliente com carteira de estudante válida tem um "
            "desconto de 20 % no bilhete."],
           ["Obrigado pela visita. Um cliente tem um desconto de 20 % no bilhete.",
            "Obrigado pela visita. Um cliente com passaporte válido tem um desconto de 20 % no "
            "bilhete.",
            "Obrigado pela visita. Um cliente com um amigo tem um desconto de 20 % no "
            "bilhete."]),
    "de": ("Danke für Ihren Besuch. Wenn ein Gast einen gültigen Studentenausweis hat, geben "
           "wir 20 % Rabatt auf das Ticket.",
           ["Danke für Ihren Besuch. Ein Gast mit gültigem Studentenausweis bekommt 20 % Rabatt "
            "auf das Ticket.",
            "Danke für Ihren Besuch. Jeder Gast mit gültigem Studentenausweis bekommt 20 % "
            "Rabatt auf das Ticket."],
           ["Danke für Ihren Besuch. Ein Gast bekommt 20 % Rabatt auf das Ticket.",
            "Danke für Ihren Besuch. Ein Gast mit einem Freund bekommt 20 % Rabatt auf das "
            "Ticket."]),
}

# Where the condition only restricts what we refuse: "a child with a known allergy".
REFUSALS = {
    "en": ("Our paints are gentle. If a child has a known allergy, we don't paint them without "
           "a parent's written consent.",
           "Our paints are gentle. A child with a known allergy is only painted with a parent's "
           "written consent.",
           "Our paints are gentle. A child is only painted with a parent's written consent."),
    "fr": ("Les produits sont doux. Si un enfant a une allergie connue, nous ne le maquillons "
           "pas sans l'accord écrit d'un parent.",
           "Les produits sont doux. Un enfant avec une allergie connue ne sera maquillé qu'avec "
           "l'accord écrit d'un parent.",
           "Les produits sont doux. Un enfant ne sera maquillé qu'avec l'accord écrit d'un "
           "parent."),
}

# A "with" after a noun naming one thing says what it brings, not a condition.
NAMED = {
    "en": ("If the part arrives on Friday, the technician will fit it on Monday.",
           "The technician with the part will fit it on Monday."),
    "fr": ("Si la pièce arrive vendredi, le technicien la posera lundi.",
           "Le technicien avec la pièce la posera lundi."),
    "es": ("Si la pieza llega el viernes, el técnico la instalará el lunes.",
           "El técnico con la pieza la instalará el lunes."),
    "pt": ("Se a peça chegar na sexta, o técnico instala-a na segunda.",
           "O técnico com a peça instala-a na segunda."),
    "de": ("Wenn das Teil am Freitag ankommt, baut der Techniker es am Montag ein.",
           "Der Techniker mit dem Teil baut es am Montag ein."),
}


def _condition(found: list[str]) -> bool:
    return "new_commitment:condition" in found


@pytest.mark.parametrize("lang", sorted(CASES))
def test_generic_with_keeps_the_condition(lang):
    draft, faithful, _ = CASES[lang]
    for rewrite in faithful:
        assert not _condition(labels(draft, rewrite, lang)), rewrite


@pytest.mark.parametrize("lang", sorted(CASES))
def test_generic_with_dropped_or_changed_is_caught(lang):
    draft, _, unsafe = CASES[lang]
    for rewrite in unsafe:
        assert labels(draft, rewrite, lang), rewrite


@pytest.mark.parametrize("lang", sorted(REFUSALS))
def test_generic_with_on_a_refusal(lang):
    draft, faithful, dropped = REFUSALS[lang]
    assert not _condition(labels(draft, faithful, lang))
    assert _condition(labels(draft, dropped, lang))


@pytest.mark.parametrize("lang", sorted(NAMED))
def test_with_after_a_named_thing_keeps_nothing(lang):
    draft, rewrite = NAMED[lang]
    assert _condition(labels(draft, rewrite, lang)), rewrite

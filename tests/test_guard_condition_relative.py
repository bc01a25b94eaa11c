"""A condition on any one of a kind said as that kind restricted by a relative clause ("if the
technician finds a second leak, repairing it is covered" → "any second leak the technician
finds is covered", "if a student passes the exam, they can join" → "a student who passes the
exam can join", "un élève qui réussit l'examen", "un alumno que apruebe el examen", "um aluno
que passar no exame", "ein Schüler, der die Prüfung besteht"): the relative clause on a noun
opened by "a", "any", "all", "un", "tout", "les", "cualquier", "los", "qualquer", "os",
"jeder" (or an English bare plural, "Riders who…") says the condition; it is no plain fact. Still
caught: the condition dropped, the kind restricted by something else ("a student who pays the
fee"), or by half of it or less ("any leak the customer reports").

On main, 7 of the 26 tests fail: the faithful relative restatements in en, fr, es and pt,
the English contact clause among them (the German ones already passed)."""

import pytest

from tests.masked_guard import labels, letter

CASES = {
    "en": ("Thanks for asking. If a student passes the exam, they can join the advanced class "
           "in May.",
           ["Thanks for asking. A student who passes the exam can join the advanced class in "
            "May."],
           ["Thanks for asking. A student can join the advanced class in May.",
            "Thanks for asking. A student who pays the fee can join the advanced class in "
            "May."]),
    "fr": ("Merci de votre question. Si un élève réussit l'examen, il peut rejoindre le cours "
           "avancé en mai.",
           ["Merci de votre question. Un élève qui réussit l'examen peut rejoindre le cours "
            "avancé en mai."],
           ["Merci de votre question. Un élève peut rejoindre le cours avancé en mai.",
            "Merci de votre question. Un élève qui paie la cotisation peut rejoindre le cours "
            "avancé en mai."]),
    "es": ("Gracias por preguntar. Si un alumno aprueba el examen, puede unirse al curso "
           "avanzado en mayo.",
           ["Gracias por preguntar. Un alumno que apruebe el examen puede unirse al curso "
            "avanzado en mayo."],
           ["Gracias por preguntar. Un alumno puede unirse al curso avanzado en mayo.",
            "Gracias por preguntar. Un alumno que pague la cuota puede unirse al curso "
            "avanzado en mayo."]),
    "pt": ("Obrigado pela pergunta. Se um aluno passar no exame, pode entrar no curso avançado "
           "em maio.",
           ["Obrigado pela pergunta. Um aluno que passar no exame pode entrar no curso "
            "avançado em maio."],
           ["Obrigado pela pergunta. Um aluno pode entrar no curso avançado em maio.",
            "Obrigado pela pergunta. Um aluno que pagar a inscrição pode entrar no curso "
            "avançado em maio."]),
    "de": ("Danke für die Frage. Wenn ein Schüler die Prüfung besteht, kann er im Mai in den "
           "Fortgeschrittenenkurs.",
           ["Danke für die Frage. Ein Schüler, der die Prüfung besteht, kann im Mai in den "
            "Fortgeschrittenenkurs."],
           ["Danke für die Frage. Ein Schüler kann im Mai in den Fortgeschrittenenkurs."]),
}

# The kind said with the thing the condition found ("any second leak the technician finds").
FOUND = {
    "en": ("Thanks for the photos. If the technician finds a second leak, repairing it is "
           "covered by your warranty.",
           ["Thanks for the photos. Any second leak the technician finds is covered for repair "
            "by your warranty.",
            "Thanks for the photos. Any second leak that the technician finds is covered for "
            "repair by your warranty."],
           ["Thanks for the photos. Repairing a second leak is covered by your warranty.",
            "Thanks for the photos. The technician found a second leak, and repairing it is "
            "covered by your warranty.",
            "Thanks for the photos. Any leak the customer reports is covered for repair by "
            "your warranty."]),
    "pt": ("Obrigado pelas fotos. Se o técnico encontrar uma segunda fuga, a reparação fica "
           "coberta pela garantia.",
           ["Obrigado pelas fotos. Qualquer segunda fuga que o técnico encontrar tem a "
            "reparação coberta pela garantia."],
           ["Obrigado pelas fotos. A reparação de uma segunda fuga fica coberta pela garantia.",
            "Obrigado pelas fotos. Qualquer fuga que o cliente comunicar tem a reparação "
            "coberta pela garantia."]),
    "de": ("Danke für die Fotos. Wenn der Techniker ein zweites Leck findet, ist die Reparatur "
           "durch Ihre Garantie abgedeckt.",
           ["Danke für die Fotos. Jedes zweite Leck, das der Techniker findet, ist für die "
            "Reparatur durch Ihre Garantie abgedeckt."],
           ["Danke für die Fotos. Die Reparatur eines zweiten Lecks ist durch Ihre Garantie "
            "abgedeckt.",
            "Danke für die Fotos. Jedes Leck, das der Kunde meldet, ist für die Reparatur "
            "durch Ihre Garantie abgedeckt."]),
}


def _pairs(table: dict[str, tuple[str, list[str], list[str]]], kept: bool):
    return [(lang, draft, r) for lang, (draft, good, bad) in table.items()
            for r in (good if kept else bad)]


@pytest.mark.parametrize("lang,draft,rewrite", _pairs(CASES, True) + _pairs(FOUND, True))
def test_relative_clause_keeps_the_condition(lang: str, draft: str, rewrite: str) -> None:
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", _pairs(CASES, False) + _pairs(FOUND, False))
def test_condition_dropped_or_swapped_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:condition" in labels(letter(lang, draft), letter(lang, rewrite), lang)


def test_a_plain_plural_fact_is_not_a_relative_condition() -> None:
    # "Yes, that…" opens no relative clause on a kind: a word ending in "s" before a comma.
    from heard.guard.conditions import _restricting
    assert _restricting("Yes, that part arrives tonight.", "en") == []
    assert _restricting("Das Paket, das wir geschickt haben, ist da.", "de") == []

"""A condition said to hold either way: "You can return the jacket within 30 days if the tags
are still attached" said as "…within 30 days, with or without the tags" passed in all five
languages ("con o sin etiquetas", "avec ou sans étiquettes", "com ou sem etiquetas", "mit oder
ohne Etiketten"): the condition's own word was there, and "with" read as keeping it. "With or
without" is now read as "regardless" (lang `regardless`), as "either way" was. A choice the
draft itself offers that way ("with or without gift wrap, whichever you prefer") still passes.

Sentences written for this rule, none taken from a corpus set. 5 of the 7 tests fail on main
(the conditions dropped); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EITHER_WAY = [
    ("en", "You can return the jacket within 30 days if the tags are still attached.",
     "You can return the jacket within 30 days, with or without the tags."),
    ("es", "Puede devolver la chaqueta en 30 días si conserva las etiquetas.",
     "Puede devolver la chaqueta en 30 días, con o sin etiquetas."),
    ("fr", "Vous pouvez retourner la veste sous 30 jours si les étiquettes sont encore attachées.",
     "Vous pouvez retourner la veste sous 30 jours, avec ou sans étiquettes."),
    ("pt", "Pode devolver o casaco em 30 dias se as etiquetas ainda estiverem presas.",
     "Pode devolver o casaco em 30 dias, com ou sem etiquetas."),
    ("de", "Sie können die Jacke innerhalb von 30 Tagen zurückgeben, wenn die Etiketten noch "
     "dran sind.", "Sie können die Jacke innerhalb von 30 Tagen zurückgeben, mit oder ohne "
     "Etiketten."),
]
OFFERED = [
    ("en", "We can send it with or without gift wrap, whichever you prefer.",
     "Whichever you prefer, we can send it with or without gift wrap."),
    ("es", "Podemos enviarlo con o sin envoltorio de regalo, como prefiera.",
     "Como prefiera, podemos enviarlo con o sin envoltorio de regalo."),
]


@pytest.mark.parametrize("lang,draft,rewrite", EITHER_WAY)
def test_with_or_without_drops_the_condition(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang), "condition")


@pytest.mark.parametrize("lang,draft,rewrite", OFFERED)
def test_a_choice_the_draft_offers_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

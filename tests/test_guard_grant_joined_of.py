"""A grant widened by "and of the …": "El ajuste del bajo es gratuito" said as "El ajuste del
bajo y de la cintura es gratuito", "La retouche de l'ourlet et de la taille est gratuite", "O
ajuste da bainha e da cintura é gratuito" passed: the thing joined on was read only after an
article or possessive ("… and the jacket"), and only with the grant's words before it. Now "of"
with an article (lang `of_articles`: "de la", "del", "du", "da", "of the") opens the thing too,
where the clause lists things "of" something before its "and", and the grant's words may follow
the thing ("… es gratuito"). After anything else it says how, not what ("sin coste y de la forma
más rápida").

Sentences written for this rule, none taken from a corpus set. 4 of the 12 tests fail on main
(the widened grants in es, fr, pt and the English "and of the"); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

WIDENED = [
    ("es", "El ajuste del bajo es gratuito.", "El ajuste del bajo y de la cintura es gratuito."),
    ("fr", "La retouche de l'ourlet est gratuite.",
     "La retouche de l'ourlet et de la taille est gratuite."),
    ("pt", "O ajuste da bainha é gratuito.", "O ajuste da bainha e da cintura é gratuito."),
    ("en", "We'll refund the cost of the shoes.",
     "We'll refund the cost of the shoes and of the delivery."),
    ("en", "Hemming the trousers is free.", "Hemming the trousers and the jacket is free."),
    ("de", "Das Kürzen der Hose ist kostenlos.",
     "Das Kürzen der Hose und der Ärmel ist kostenlos."),
]
KEPT = [
    # Both things granted by the draft, said in one clause.
    ("fr", "La retouche de l'ourlet est gratuite, et celle de la taille aussi.",
     "La retouche de l'ourlet et de la taille est gratuite."),
    ("es", "El ajuste del bajo es gratuito, y también el de la cintura.",
     "El ajuste del bajo y de la cintura es gratuito."),
    # "And of the" after no "of": how it is done, not one more thing.
    ("pt", "Trocamos o casaco sem custo.", "Trocamos o casaco sem custo e da forma mais simples."),
    ("es", "Cambiamos el abrigo sin coste.",
     "Cambiamos el abrigo sin coste y de la forma más rápida."),
    # Not a grant: a look at one more thing promises nothing more.
    ("es", "Revisaremos las fotos del daño.", "Revisaremos las fotos del daño y de la caja."),
    ("en", "Our team will review the photos of the damage.",
     "Our team will review the photos of the damage and of the box."),
]


@pytest.mark.parametrize("lang,draft,rewrite", WIDENED)
def test_a_grant_joined_to_one_more_thing_is_wider(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang), "limit")


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_drafts_grant_or_a_manner_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

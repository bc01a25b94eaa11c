"""A reassurance ("no worries", "keine Sorge", "no se preocupe", "ne vous inquiétez pas", "não
se preocupe") puts the customer at ease; its "no" refuses nothing. A rewrite that grants what
the draft refused beside one is caught (before, the reassurance's "no" counted as the draft's
refusal kept, and all five granted rewrites passed clean). A rewrite that keeps the refusal and
adds a reassurance still passes. Every sentence written for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft refusing, rewrite granting beside a reassurance, rewrite keeping it beside one)
CASES = [
    ("en", "We can't refund the delivery fee of the courier.",
     "The delivery fee of the courier? No worries, we'll refund it.",
     "No worries about the parcel itself, but we can't refund the delivery fee of the courier."),
    ("es", "No podemos hacer el cambio del colchón a domicilio.",
     "No se preocupe: hacemos el cambio del colchón a domicilio.",
     "No se preocupe por el colchón; eso sí, el cambio a domicilio no podemos hacerlo."),
    ("pt", "Não conseguimos fazer a troca do colchão ao domicílio.",
     "Não se preocupe: fazemos a troca do colchão ao domicílio.",
     "Não se preocupe com o colchão, mas a troca ao domicílio não conseguimos fazer."),
    ("fr", "Nous ne pouvons pas rembourser les frais de livraison du coursier.",
     "Ne vous inquiétez pas : nous remboursons les frais de livraison du coursier.",
     "Ne vous inquiétez pas pour le colis, mais nous ne pouvons pas rembourser les frais du "
     "coursier."),
    ("de", "Die Versandkosten können wir leider nicht erstatten.",
     "Keine Sorge: Die Versandkosten erstatten wir Ihnen.",
     "Keine Sorge wegen des Pakets, aber die Versandkosten können wir leider nicht erstatten."),
]


@pytest.mark.parametrize("lang,draft,granted,kept", CASES)
def test_granting_beside_a_reassurance_is_caught(lang: str, draft: str, granted: str,
                                                 kept: str) -> None:
    assert "decision_changed" in verdict(letter(lang, draft), letter(lang, granted), "", lang)


@pytest.mark.parametrize("lang,draft,granted,kept", CASES)
def test_a_refusal_kept_beside_a_reassurance_passes(lang: str, draft: str, granted: str,
                                                     kept: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, kept), "", lang)

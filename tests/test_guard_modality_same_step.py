"""A hedge said again at the same strength in other words (guard/modality.py,
guard/conditions.py), in each language the reading covers.

Each case is written for the reading it proves (none comes from a corpus set): the faithful
rewrite passes clean, and its unsafe twin, the same text with the hedge made certain, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import violations

MODALITY = "new_commitment:modality"


def verdict(draft: str, rewrite: str, lang: str) -> list[str]:
    return [f"{v.code}:{v.category}" if v.category else v.code
            for v in violations(draft, rewrite, lang=lang)]


# What "you" may do is permission ("you may collect it"): "you can" says it as well; "you
# will collect it" or a plain present makes it an arrangement.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "Delivery costs 5 euros, or you may collect the lamp from our shop.",
     "Delivery costs 5 euros, or you can collect the lamp from our shop.",
     "Delivery costs 5 euros, or you will collect the lamp from our shop."),
    ("es", "El envío cuesta 5 euros, o usted podría recoger la lámpara en la tienda.",
     "El envío cuesta 5 euros, o usted puede recoger la lámpara en la tienda.",
     "El envío cuesta 5 euros, o usted recogerá la lámpara en la tienda."),
])
def test_what_you_may_do_said_as_can_passes(lang: str, draft: str, kept: str,
                                            firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert MODALITY in verdict(draft, firmer, lang)

"""A grant stays on what the draft grants: "We can refund the shoes" said as "We can refund the
shoes and the socks", "Your warranty covers the motor" as "covers the motor and the battery",
"Die Garantie deckt den Motor ab" as "den Motor und den Akku ab" passed in five languages: one
more thing joined to a promise by "and" was read only where the draft said "only". Now a clause
of the draft that promises, said again with all its words but a third at most, may not close on
an "and" and a thing the draft never names (`exceptions.grants_widened`).

Sentences written for this rule, none taken from a corpus set. 8 of the 13 tests fail on main
(the widened grants); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

WIDENED = [
    ("en", "We can refund the shoes.", "We can refund the shoes and the socks."),
    ("es", "Podemos reembolsar los zapatos.", "Podemos reembolsar los zapatos y los calcetines."),
    ("fr", "Nous pouvons rembourser les chaussures.",
     "Nous pouvons rembourser les chaussures et les chaussettes."),
    ("pt", "Podemos reembolsar os sapatos.", "Podemos reembolsar os sapatos e as meias."),
    ("de", "Wir können die Schuhe erstatten.", "Wir können die Schuhe und die Socken erstatten."),
    ("en", "Your warranty covers the motor.", "Your warranty covers the motor and the battery."),
    ("de", "Die Garantie deckt den Motor ab.", "Die Garantie deckt den Motor und den Akku ab."),
    ("es", "La garantía cubre el motor.", "La garantía cubre el motor y la batería."),
]
KEPT = [
    ("en", "We can refund the shoes and the socks.",
     "We can refund both the shoes and the socks."),
    ("en", "We can refund the shoes.", "We can refund the shoes, and I am sorry for the trouble."),
    ("en", "I checked the order.", "I checked the order and the tracking."),
    ("es", "Podemos reembolsar los zapatos y los calcetines.",
     "Le reembolsamos los zapatos y también los calcetines."),
    ("de", "Die Garantie deckt den Motor und den Akku ab.",
     "Motor und Akku sind von der Garantie gedeckt."),
]


@pytest.mark.parametrize("lang,draft,rewrite", WIDENED)
def test_one_more_thing_joined_to_a_grant_widens_it(lang: str, draft: str,
                                                    rewrite: str) -> None:
    assert "new_commitment:limit" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_grant_said_again_or_a_thing_beside_no_grant_passes(lang: str, draft: str,
                                                                rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

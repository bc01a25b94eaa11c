"""A reason said as what a thing "is due to" ("se debe a que", "deve-se a", "vient du fait que",
"is due to the fact that") is a cause like "porque": the "no" after it is the reason's, and the
thing named before it is refused by nothing. A refusal of that thing said before the reason is
still a refusal. Every sentence written for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,draft,faithful", [
    ("es", "Hola, Marta: el cambio de color se debe a que la fábrica no tenía el azul en stock. "
           "Saludos, Luis",
     "Hola, Marta: la fábrica no tenía el azul en stock, y por eso el color es otro. "
     "Saludos, Luis"),
    ("pt", "Olá, Rita! A troca do tecido deve-se ao facto de o fornecedor não ter o verde. "
           "Abraço, Nuno",
     "Olá, Rita! O fornecedor não tem o verde, por isso o tecido é outro. Abraço, Nuno"),
    ("fr", "Bonjour Anne, le remplacement du tissu vient du fait que le fournisseur n'a plus "
           "le vert. Cordialement, Paul",
     "Bonjour Anne, le fournisseur n'a plus le vert, c'est pourquoi le tissu est différent. "
     "Cordialement, Paul"),
    ("en", "Hi Sam, the replacement of the fabric is due to the fact that the supplier no "
           "longer stocks the green. Best, Jo",
     "Hi Sam, the supplier no longer stocks the green, so the fabric is a different one. "
     "Best, Jo"),
])
def test_a_no_after_due_to_is_the_reasons(lang: str, draft: str, faithful: str) -> None:
    assert "decision_changed" not in verdict(draft, faithful, "", lang)


@pytest.mark.parametrize("lang,draft,unsafe", [
    ("es", "Hola, Marta: no podemos hacer el cambio de la mesa, y esto se debe a que el golpe "
           "fue en el transporte de su mudanza. Saludos, Luis",
     "Hola, Marta: le hacemos el cambio de la mesa; el golpe se debe al transporte de su "
     "mudanza. Saludos, Luis"),
    ("pt", "Olá, Rita! Não fazemos a troca da cadeira, e isso deve-se ao facto de o defeito "
           "ser de uso. Abraço, Nuno",
     "Olá, Rita! Fazemos a troca da cadeira; o defeito deve-se ao uso. Abraço, Nuno"),
    ("fr", "Bonjour Anne, nous ne pouvons pas remplacer la chaise, et cela vient du fait que "
           "le défaut est dû à l'usure. Cordialement, Paul",
     "Bonjour Anne, nous remplaçons la chaise ; le défaut vient du fait qu'elle est usée. "
     "Cordialement, Paul"),
    ("en", "Hi Sam, we can't replace the chair, and this is due to the fact that the damage "
           "came from wear. Best, Jo",
     "Hi Sam, we'll replace the chair; the damage is due to the fact that it wore out. "
     "Best, Jo"),
])
def test_a_refusal_before_due_to_still_refuses(lang: str, draft: str, unsafe: str) -> None:
    found = verdict(draft, unsafe, "", lang)
    assert "decision_changed" in found or "new_commitment" in found

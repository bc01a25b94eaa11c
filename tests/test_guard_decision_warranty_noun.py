"""French "la garantie" after a determiner or a preposition ("pour la garantie", "sous
garantie", "la garantie de deux ans") is the warranty, a noun, as Portuguese "a garantia" and
Spanish "la garantía" already are: a "no" beside it refuses no promise ("on ne peut pas
envoyer la pompe avant de recevoir l'ancienne : c'est la règle pour la garantie"). The promise
is still read in the verb ("je ne peux pas vous garantir"), the participle ("la date n'est
pas garantie") and a guarantee given ("vous donner une garantie"), so turning any of them into
a promise is still caught. Every sentence written for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


def test_a_no_beside_the_warranty_refuses_no_promise() -> None:
    draft = ("Bonjour Léa, nous ne pouvons pas envoyer la nouvelle pompe avant de recevoir "
             "l'ancienne : c'est la règle du fabricant pour la garantie. Cordialement, Marc")
    faithful = ("Bonjour Léa, la nouvelle pompe ne part qu'une fois l'ancienne reçue ; c'est "
                "la règle du fabricant pour la garantie. Cordialement, Marc")
    assert "decision_changed" not in verdict(draft, faithful, "", "fr")


@pytest.mark.parametrize("draft,kept,unsafe", [
    ("Bonjour Léa, je ne peux pas vous garantir une livraison avant vendredi. "
     "Cordialement, Marc",
     "Bonjour Léa, une livraison avant vendredi, je ne peux pas vous la garantir. "
     "Cordialement, Marc",
     "Bonjour Léa, la livraison avant vendredi est garantie. Cordialement, Marc"),
    ("Bonjour Léa, la date de livraison n'est pas garantie. Cordialement, Marc",
     "Bonjour Léa, je ne peux pas vous garantir la date de livraison. Cordialement, Marc",
     "Bonjour Léa, la date de livraison est garantie. Cordialement, Marc"),
    ("Bonjour Léa, nous ne pouvons pas vous donner de garantie sur la date. "
     "Cordialement, Marc",
     "Bonjour Léa, sur la date, je ne peux pas vous donner de garantie. Cordialement, Marc",
     "Bonjour Léa, nous vous donnons la garantie de la date. Cordialement, Marc"),
])
def test_a_refused_promise_is_still_read(draft: str, kept: str, unsafe: str) -> None:
    assert "decision_changed" not in verdict(draft, kept, "", "fr")
    found = verdict(draft, unsafe, "", "fr")
    assert "decision_changed" in found or "new_commitment" in found

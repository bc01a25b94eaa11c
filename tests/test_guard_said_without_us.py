"""A call back or a replacement promised without "we": "un conseiller rappellera dans l'heure",
"a reposição já está sendo embalada para envio" promise what "nous vous rappellerons", "vamos
enviar a reposição" promise. Said where the draft promises the same, it is the draft's promise
said again. Cases written for this file (the same readings are on the act-kinds branch)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels


@pytest.mark.parametrize("lang,draft,added,restated", [
    ("fr", "La pièce est en commande ; je vous tiens au courant par e-mail.",
     "La pièce est en commande ; je vous tiens au courant par e-mail. Un conseiller "
     "rappellera dans l'heure.",
     None),
    ("fr", "Un conseiller vous rappellera demain matin pour fixer la date.",
     None,
     "Demain matin, un conseiller vous rappellera pour fixer la date."),
    ("pt", "O sensor novo ainda não chegou ao nosso armazém.",
     "O sensor novo ainda não chegou ao nosso armazém. A reposição já está sendo embalada "
     "para envio.",
     None),
    ("pt", "Vamos enviar a reposição do sensor ainda hoje.",
     None,
     "A reposição do sensor já está sendo embalada e sai ainda hoje."),
])
def test_promised_without_us(lang, draft, added, restated):
    if added:
        assert any(code.startswith("new_commitment") for code in labels(draft, added, lang))
    if restated:
        assert not any(code.startswith("new_commitment") for code in labels(draft, restated,
                                                                            lang))

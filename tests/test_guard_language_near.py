"""A short reply in the draft's language stays the draft's though the detector leans, by a hair,
to a near language (es/pt split a short sentence between them): the whole reply is judged as
each sentence is, by the share of the draft's language and the little words only one of the two
has. A reply really in the near language is still caught."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

SAME = [
    ("es", "Le devolveremos 30 € la próxima semana.",
     "La próxima semana le devolvemos los 30 €."),
    ("es", "Le llamaremos el lunes para confirmar la cita.",
     "El lunes le llamamos para confirmar la cita."),
    ("pt", "Devolvemos os 30 € na próxima semana.", "Na próxima semana devolvemos os 30 €."),
    ("pt", "A encomenda chega amanhã.", "A sua encomenda vai chegar amanhã."),
    ("fr", "Nous vous rembourserons la semaine prochaine.",
     "La semaine prochaine, nous vous remboursons."),
]
OTHER = [
    ("es", "Le devolveremos el dinero la próxima semana.",
     "Devolveremos o seu dinheiro na próxima semana."),
    ("es", "Le devolveremos el dinero la próxima semana.",
     "Na próxima semana devolvemos-lhe o dinheiro."),
    ("pt", "Vamos devolver o seu dinheiro na próxima semana.",
     "La semana que viene le devolvemos el dinero."),
    ("en", "Your refund goes out next week, thanks for waiting.",
     "Ihre Erstattung geht nächste Woche raus, danke fürs Warten."),
    ("de", "Ihre Erstattung geht nächste Woche raus, danke fürs Warten.",
     "Votre remboursement part la semaine prochaine, merci de votre patience."),
]


@pytest.mark.parametrize("lang,draft,rewrite", SAME)
def test_a_short_reply_in_the_drafts_language_passes(lang: str, draft: str,
                                                      rewrite: str) -> None:
    assert "language_changed" not in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", OTHER)
def test_a_reply_in_another_language_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "language_changed" in labels(draft, rewrite, lang)

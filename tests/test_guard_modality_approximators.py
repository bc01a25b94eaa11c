"""Stop 52 modality reading (guard/modality.py `_soft`, `_on_act`; lang/*.json `approximators`):
an approximator ("about", "cerca de", "environ", "etwa", "unos") hedges the amount after it, not
whether we act. It keeps a hedge on a wait ("usually takes ⟦1⟧ days" → "takes about ⟦1⟧ days"),
never one on an act ("should be ready in ⟦1⟧ days" → "will be ready in about ⟦1⟧ days").

Every case is written for the reading (none comes from a corpus set): the faithful restatement
passes clean and its unsafe twin, the act made certain with an approximator left on its amount,
is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import modality_flagged as _modality


# A hedge on an act: an approximator on its amount does not keep it.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The new frame should be ready in 9 days.",
     "The new frame should be ready in about 9 days.",
     "The new frame will be ready in about 9 days."),
    ("pt", "A cortina nova deve ficar pronta em 9 dias.",
     "A cortina nova deve estar pronta em cerca de 9 dias.",
     "A cortina nova vai ficar pronta em cerca de 9 dias."),
    ("fr", "Le nouveau cadre devrait être prêt dans 9 jours.",
     "Le nouveau cadre devrait être prêt d'ici environ 9 jours.",
     "Le nouveau cadre sera prêt dans environ 9 jours."),
    ("de", "Der neue Rahmen sollte in 9 Tagen fertig sein.",
     "Der neue Rahmen sollte in etwa 9 Tagen fertig sein.",
     "Der neue Rahmen ist in etwa 9 Tagen fertig."),
    ("es", "El marco nuevo debería estar listo en 9 días.",
     "El marco nuevo debería estar listo en unos 9 días.",
     "El marco nuevo estará listo en unos 9 días."),
    ("es", "El técnico debería terminar la instalación en dos horas.",
     "La instalación debería quedar terminada en dos horas.",
     "El técnico terminará la instalación en aproximadamente dos horas."),
])
def test_an_approximator_keeps_no_hedge_on_an_act(lang: str, draft: str, kept: str,
                                                  firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# A hedge on a wait: an approximator on the wait still says it ("takes about ⟦1⟧ days"),
# and the wait said bare is still firmer.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The refund usually takes 6 working days.",
     "The refund takes about 6 working days.",
     "The refund takes 6 working days."),
    ("pt", "A troca do ecrã costuma levar 6 dias úteis.",
     "A troca do ecrã leva cerca de 6 dias úteis.",
     "A troca do ecrã leva 6 dias úteis."),
    ("fr", "La réparation prend généralement 6 jours ouvrés.",
     "La réparation prend environ 6 jours ouvrés.",
     "La réparation prend 6 jours ouvrés."),
])
def test_an_approximator_keeps_a_hedge_on_a_wait(lang: str, draft: str, kept: str,
                                                 firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# An approximator the draft's own hedge is: dropping it is still caught, keeping it is clean.
def test_the_drafts_approximator_is_still_its_own_hedge() -> None:
    draft = "Die Lieferung dauert etwa 9 Tage."
    assert not _modality(draft, "Die Lieferung braucht etwa 9 Tage.", "de")
    assert _modality(draft, "Die Lieferung dauert 9 Tage.", "de")

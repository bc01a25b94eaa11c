"""Stop 55 modality reading (guard/modality.py `_said_again`; conditions.qualifiers_kept): a
possibility, a "would" or a "can take" the draft's hedged sentence says itself in the same words,
outside its hedge, is said of its own clause there — mostly the consequence a relative clause
draws from the clause before ("…, which would be at the full price", "…, lo que sería más caro",
"…, was teurer wäre", "…, ce qui serait plus coûteux", "…, o que seria mais caro"). Said again
in the rewrite it hedges nothing else: a rewrite that turns the main clause's "may" into "will"
and keeps that relative clause word for word is firmer. Before, its "would" was counted as the
rewrite's own possibility and kept the dropped "may".

Every case is written for the reading (none comes from a corpus set): the faithful rewrite, the
hedge said with another word, passes clean; its unsafe twin, the hedge dropped, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels
from tests.masked_guard import modality_flagged as _modality


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "If the board is cracked, we may need to replace the whole unit, which would be "
     "more expensive.",
     "If the board is cracked, we might need to replace the whole unit, which would be more "
     "expensive.",
     "If the board is cracked, we will replace the whole unit, which would be more "
     "expensive."),
    ("en", "Tess may suggest our autumn course for Roo, which would be at the full price.",
     "Tess might point Roo to our autumn course, which would be at the full price.",
     "Tess will get Roo into our autumn course, which would be at the full price."),
    ("es", "Si la placa está dañada, podríamos tener que cambiar el equipo entero, lo que "
     "sería más caro.",
     "Si la placa está dañada, quizás haya que cambiar el equipo entero, lo que sería más "
     "caro.",
     "Si la placa está dañada, cambiaremos el equipo entero, lo que sería más caro."),
    ("es", "Tess podría sugerirle nuestro curso de otoño, que sería a precio completo.",
     "Tess quizás le recomiende nuestro curso de otoño, que sería a precio completo.",
     "Tess inscribirá a su perro en nuestro curso de otoño, que sería a precio completo."),
    ("de", "Wenn die Platine gerissen ist, müssen wir eventuell das ganze Gerät tauschen, was "
     "teurer wäre.",
     "Wenn die Platine gerissen ist, müssen wir vielleicht das ganze Gerät tauschen, was "
     "teurer wäre.",
     "Wenn die Platine gerissen ist, tauschen wir das ganze Gerät, was teurer wäre."),
    ("de", "Das Ersatzteil könnte am Freitag ankommen, was dem Techniker erlauben würde, die "
     "Reparatur am Montag abzuschließen.",
     "Vielleicht kommt das Ersatzteil am Freitag an, was dem Techniker erlauben würde, die "
     "Reparatur am Montag abzuschließen.",
     "Das Ersatzteil kommt am Freitag an, was dem Techniker erlauben würde, die Reparatur am "
     "Montag abzuschließen."),
    ("fr", "Si la carte est fissurée, nous pourrions devoir remplacer tout l'appareil, ce qui "
     "serait plus coûteux.",
     "Si la carte est fissurée, il faudra peut-être remplacer tout l'appareil, ce qui serait "
     "plus coûteux.",
     "Si la carte est fissurée, nous remplacerons tout l'appareil, ce qui serait plus "
     "coûteux."),
    ("fr", "Tess pourrait proposer à Roo notre stage d'automne, qui serait au plein tarif.",
     "Tess proposera peut-être à Roo notre stage d'automne, qui serait au plein tarif.",
     "Tess inscrira Roo à notre stage d'automne, qui serait au plein tarif."),
    ("pt", "Se a placa estiver rachada, poderá ser preciso substituir o aparelho inteiro, o que "
     "seria mais caro.",
     "Se a placa estiver rachada, talvez seja preciso substituir o aparelho inteiro, o que "
     "seria mais caro.",
     "Se a placa estiver rachada, vamos substituir o aparelho inteiro, o que seria mais "
     "caro."),
    ("pt", "A Tess poderá sugerir o nosso curso de outono, que seria ao preço normal.",
     "A Tess talvez sugira o nosso curso de outono, que seria ao preço normal.",
     "A Tess vai inscrever o seu cão no nosso curso de outono, que seria ao preço normal."),
])
def test_a_would_said_again_keeps_no_dropped_may(lang: str, draft: str, kept: str,
                                                 firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)


# A "can take" the draft says of the consequence is said again as well: it keeps no "may" the
# clause before it dropped.
def test_a_can_take_said_again_keeps_no_dropped_may() -> None:
    draft = "If the board is cracked, we may need to replace the unit, which can take ten days."
    assert labels(draft, "If the board is cracked, we might need to replace the unit, which "
                  "can take ten days.", "en") == []
    assert _modality(draft, "If the board is cracked, we will need to replace the unit, which "
                     "can take ten days.", "en")


# One more "would" than the draft holds is the rewrite's own, and keeps the "may" as it did.
def test_a_would_of_the_rewrites_own_still_keeps_a_may() -> None:
    draft = "We may repair the hinge, which would take a week."
    assert not _modality(draft, "One option would be to repair the hinge, which would take a "
                         "week.", "en")
    assert _modality(draft, "We will repair the hinge, which would take a week.", "en")


# A "would" the draft says outside a relative clause ("…, that would be ideal") is not the
# relative's consequence: the rewrite's "would" keeps the request as soft as it was.
def test_a_would_outside_a_relative_clause_still_keeps_its_hedge() -> None:
    draft = "If your plumber could send us the report by Friday, that would be ideal."
    assert labels(draft, "Ideally your plumber would send us the report by Friday.", "en") == []
    assert labels(draft, "Having the report from your plumber by Friday would be ideal.",
                  "en") == []
    assert _modality(draft, "Your plumber will send us the report by Friday.", "en")

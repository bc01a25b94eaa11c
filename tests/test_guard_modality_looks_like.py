"""Stop 56 modality reading (lang/en `hedges`, `not_hedges`): "looks like" a thing, "looks as if",
"looks to be", "as far as I can tell" judge from what is seen, as "seems to" and "appears to"
already did ("from your photos, the crack looks like frost damage rather than a fault in the
glaze"): the judgement may be wrong, and "the crack is frost damage" states it as certain.
Before, English read no hedge there, so the firmer rewrite passed. "Appears not to", "seems not
to" judge as well. Not the look of a thing described ("here is what the new layout will look
like", "it will look like new"): nothing is judged there. Spanish, Portuguese, French and German
read their own words for it already ("parece ser", "semble être", "scheint"); their cases are
here so all five are covered.

Every case is written for the reading (none comes from a corpus set): the faithful rewrite
passes clean; its unsafe twin, the judgement stated as fact, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels
from tests.masked_guard import modality_flagged as _modality

_EN = ("From your photos, the crack in the tile looks like frost damage rather than a fault in "
       "the glaze.")


@pytest.mark.parametrize("kept", [
    "From your photos, the crack in the tile seems to be frost damage rather than a fault in the "
    "glaze.",
    "Going by your photos, the crack in the tile looks as if it comes from frost, not from a "
    "fault in the glaze.",
    "As far as I can tell from your photos, the crack in the tile is frost damage, not a fault "
    "in the glaze.",
])
def test_en_looks_like_judges(kept: str) -> None:
    assert labels(_EN, kept, "en") == []
    assert _modality(_EN, "The crack in the tile is frost damage, not a fault in the glaze.", "en")


def test_en_appears_not_to_judges_too() -> None:
    draft = "From your photos, the hinges look like they were never tightened."
    assert labels(draft, "From your photos, the hinges appear not to have been tightened.",
                  "en") == []
    assert _modality(draft, "The hinges were never tightened.", "en")


# The look of a thing described is no judgement: said another way it is no firmer.
def test_en_what_it_will_look_like_is_no_hedge() -> None:
    assert labels("Here is what the new layout will look like once the shelves are in.",
                  "Once the shelves are in, this is how the new layout will look.", "en") == []


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "Por sus fotos, la grieta del azulejo parece ser daño por helada y no un defecto del "
     "esmalte.",
     "Por lo que se ve en sus fotos, la grieta del azulejo parece ser daño por helada, no un "
     "defecto del esmalte.",
     "La grieta del azulejo es daño por helada y no un defecto del esmalte."),
    ("pt", "Pelas suas fotos, a fissura no azulejo parece ser dano do gelo e não um defeito do "
     "vidrado.",
     "Pelo que vejo nas suas fotos, a fissura no azulejo parece ser dano do gelo, não um "
     "defeito do vidrado.",
     "A fissura no azulejo é dano do gelo e não um defeito do vidrado."),
    ("fr", "D'après vos photos, la fissure du carreau semble être due au gel et non à un défaut "
     "de l'émail.",
     "Sur vos photos, la fissure du carreau semble être due au gel, pas à un défaut de l'émail.",
     "La fissure du carreau est due au gel et non à un défaut de l'émail."),
    ("de", "Auf Ihren Fotos scheint der Riss in der Fliese ein Frostschaden zu sein und kein "
     "Glasurfehler.",
     "Nach Ihren Fotos ist der Riss in der Fliese anscheinend ein Frostschaden und kein "
     "Glasurfehler.",
     "Der Riss in der Fliese ist ein Frostschaden und kein Glasurfehler."),
])
def test_a_judgement_from_what_is_seen(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)

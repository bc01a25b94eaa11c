""""Almost certainly" is the likely step, as "most likely" is: "casi seguro habrá que cambiar
la junta", "the seal will almost certainly need replacing", "il faudra presque certainement
changer le joint", "quase de certeza vai ser preciso trocar a junta", "die Dichtung muss fast
sicher getauscht werden" keep a draft's "lo más seguro es que", "most likely", "probablement",
"o mais provável", "wahrscheinlich" (lang/*.json `hedges`). Without its "almost" ("seguro",
"certainly", "certainement", "de certeza", "sicher") it says certain, and is caught; said for
a "may" it is a step up, and is caught.

Sentences written for this rule, none taken from a corpus set. On main, the 5 faithful pairs
fail (5 of the 15 tests)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

KEPT = [
    ("es", "Lo más seguro es que haya que cambiar la junta.",
     "Casi seguro habrá que cambiar la junta."),
    ("en", "The seal will most likely need replacing.",
     "The seal will almost certainly need replacing."),
    ("fr", "Il faudra probablement changer le joint.",
     "Il faudra presque certainement changer le joint."),
    ("pt", "O mais provável é ser preciso trocar a junta.",
     "Quase de certeza vai ser preciso trocar a junta."),
    ("de", "Die Dichtung muss wahrscheinlich getauscht werden.",
     "Die Dichtung muss fast sicher getauscht werden."),
]
CERTAIN = [
    ("es", "Lo más seguro es que haya que cambiar la junta.", "Seguro habrá que cambiar la junta."),
    ("en", "The seal will most likely need replacing.", "The seal will certainly need replacing."),
    ("fr", "Il faudra probablement changer le joint.", "Il faudra certainement changer le joint."),
    ("pt", "O mais provável é ser preciso trocar a junta.",
     "De certeza vai ser preciso trocar a junta."),
    ("de", "Die Dichtung muss wahrscheinlich getauscht werden.",
     "Die Dichtung muss sicher getauscht werden."),
]
STEPPED_UP = [
    ("es", "Puede que haya que cambiar la junta.", "Casi seguro habrá que cambiar la junta."),
    ("en", "The seal may need replacing.", "The seal will almost certainly need replacing."),
    ("fr", "Il faudra peut-être changer le joint.",
     "Il faudra presque certainement changer le joint."),
    ("pt", "Talvez seja preciso trocar a junta.",
     "Quase de certeza vai ser preciso trocar a junta."),
    ("de", "Die Dichtung muss vielleicht getauscht werden.",
     "Die Dichtung muss fast sicher getauscht werden."),
]


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_almost_certain_keeps_most_likely(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", CERTAIN + STEPPED_UP)
def test_certain_or_a_step_up_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:modality" in labels(draft, rewrite, lang)

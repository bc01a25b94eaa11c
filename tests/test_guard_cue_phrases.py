"""A condition said in several words ("as soon as", "assim que", "à condition que", "siempre
que", "unter der Voraussetzung, dass") asks what follows its words, not the words themselves:
"as soon as we get the photo" asks for the photo as "once we have the photo" does. Their words
were counted as what the condition asks, so a rewrite that kept the photo but said the "if" in
one word ("With the photo, we'll send…", "Com as fotos do lote, enviamos…") was read as
dropping it. What a condition asks is now read without a cue of several words said in it
(`_cue_phrases`); a condition that is all cue ("with your approval") keeps its words. A
condition dropped, or one asking another thing, is still caught.

Sentences written for this rule, none taken from a corpus set. On main, 2 of these tests fail
(the English and Portuguese said-again ones)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

SAID_AGAIN = [
    ("en", "We'll send the new strap free of charge as soon as we get the photo.",
     "With the photo, we'll send the new strap free of charge."),
    ("pt", "Assim que recebermos as fotos do lote, enviamos o sensor sem custo.",
     "Com as fotos do lote, enviamos o sensor sem custo."),
    ("fr", "Nous renvoyons la pièce gratuitement, à condition que le numéro de série soit lisible.",
     "Si le numéro de série est lisible, nous renvoyons la pièce gratuitement."),
    ("es", "El ajuste es gratis siempre que el traje no tenga uso.",
     "Si el traje no tiene uso, el ajuste es gratis."),
    ("de", "Die Reparatur ist kostenlos, unter der Voraussetzung, dass das Siegel heil ist.",
     "Ist das Siegel heil, ist die Reparatur kostenlos."),
]
DROPPED = [
    ("en", "We'll send the new strap free of charge as soon as we get the photo.",
     "We'll send the new strap free of charge."),
    ("pt", "Assim que recebermos as fotos do lote, enviamos o sensor sem custo.",
     "Enviamos o sensor sem custo."),
    ("fr", "Nous renvoyons la pièce gratuitement, à condition que le numéro de série soit lisible.",
     "Nous renvoyons la pièce gratuitement."),
    ("es", "El ajuste es gratis siempre que el traje no tenga uso.", "El ajuste es gratis."),
    ("de", "Die Reparatur ist kostenlos, unter der Voraussetzung, dass das Siegel heil ist.",
     "Die Reparatur ist kostenlos."),
    ("en", "With your approval, we'll redo the print free of charge.",
     "We'll redo the print free of charge."),
]
OTHER_THING = [
    ("en", "We'll send the new strap free of charge as soon as we get the photo.",
     "With the invoice, we'll send the new strap free of charge."),
    ("pt", "Assim que recebermos as fotos do lote, enviamos o sensor sem custo.",
     "Com a fatura do lote, enviamos o sensor sem custo."),
]


@pytest.mark.parametrize("lang,draft,rewrite", SAID_AGAIN)
def test_the_condition_said_without_its_cue_words_passes(lang: str, draft: str,
                                                         rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", DROPPED)
def test_a_dropped_condition_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", OTHER_THING)
def test_a_condition_asking_another_thing_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))

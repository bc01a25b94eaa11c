"""A promise that names nothing but its act ("we will email you then") is the draft's when the
rewrite says that act again in other words of promise ("we'll email you then"), even where it
shares only that one word: there is nothing else it could be about. A promise of another act,
one naming something more, a firmer one or one whose condition is dropped is still caught."""
from __future__ import annotations

import pytest

from tests.masked_guard import labels

KEPT = [
    ("en", "The repair takes 5 days. We will email you then.",
     "The repair takes 5 days. We'll email you then."),
    ("en", "The repair takes 5 days. We will call you then.",
     "The repair takes 5 days, and we'll call you then."),
    ("en", "Your parcel is with the courier. We will text you then.",
     "Your parcel is with the courier, and we're going to text you then."),
    ("fr", "La réparation prend 5 jours. Nous vous appellerons alors.",
     "La réparation prend 5 jours. On vous appellera alors."),
    ("es", "La reparación tarda 5 días. Le llamaremos entonces.",
     "La reparación tarda 5 días. Entonces le vamos a llamar."),
    ("pt", "A reparação demora 5 dias. Ligamos-lhe nessa altura.",
     "A reparação demora 5 dias. Nessa altura vamos ligar-lhe."),
    ("de", "Die Reparatur dauert 5 Tage. Wir rufen Sie dann an.",
     "Die Reparatur dauert 5 Tage. Dann werden wir Sie anrufen."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), KEPT)
def test_the_same_act_said_again_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


CAUGHT = [
    ("en", "The repair takes 5 days. We will email you then.",
     "The repair takes 5 days. We'll call you then.", "new_commitment:appointment"),
    ("en", "The repair takes 5 days. We will email you then.",
     "The repair takes 5 days. We'll email you the new invoice then.",
     "new_commitment:notification"),
    ("en", "The repair takes 5 days. We may email you then.",
     "The repair takes 5 days. We'll email you then.", "new_commitment:notification"),
    ("en", "If the part fails, we will email you.", "We'll email you.",
     "new_commitment:notification"),
    ("es", "La reparación tarda 5 días. Quizás le llamemos entonces.",
     "La reparación tarda 5 días. Entonces le vamos a llamar.", "new_commitment:modality"),
    ("pt", "A reparação demora 5 dias. Talvez lhe liguemos nessa altura.",
     "A reparação demora 5 dias. Nessa altura vamos ligar-lhe.", "new_commitment:modality"),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite", "label"), CAUGHT)
def test_another_act_or_a_firmer_one_is_caught(lang: str, draft: str, rewrite: str,
                                              label: str) -> None:
    assert label in labels(draft, rewrite, lang)

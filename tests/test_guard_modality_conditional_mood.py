"""Stop 57 modality reading (guard/modality.py `opens_on_condition`, the `supposing` clauses
of `modality_kept`; guard/conditions.py `_would`; lang/*.json `conditional_moods`, es
"de no haber" among `conditions`).

The conditional mood in the consequence of an "if" that opens the sentence ("if the glaze
cures on time, the lamps would leave on Friday", "de no haber retrasos, la salida sería el
viernes") says what is expected under that condition: as soft as the draft's "should" under
the same "if". The firm future under the "if" is still caught, and so is the conditional
with the "if" dropped, and a "would" of something else in the sentence ("…and we would be
glad to help if you need anything") keeps nothing.

Every sentence is written for this reading (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

_CASES = [
    ("en", "If the glaze cures on time, the lamps should leave the workshop on Friday.",
     "If the glaze cures on time, the lamps would leave the workshop on Friday.",
     ["If the glaze cures on time, the lamps will leave the workshop on Friday.",
      "The lamps would leave the workshop on Friday."]),
    ("es", "Si el esmalte cura a tiempo, las lámparas deberían salir del taller el viernes.",
     "Si el esmalte cura a tiempo, la salida del taller sería el viernes.",
     ["Si el esmalte cura a tiempo, las lámparas saldrán del taller el viernes.",
      "La salida del taller sería el viernes."]),
    ("es", "Si el esmalte cura a tiempo, las lámparas deberían salir del taller el viernes.",
     "De no haber retrasos con el esmalte, las lámparas saldrían del taller el viernes.",
     ["De no haber retrasos con el esmalte, las lámparas saldrán del taller el viernes."]),
    ("fr", "Si l'émail sèche à temps, les lampes devraient quitter l'atelier vendredi.",
     "Si l'émail sèche à temps, les lampes partiraient de l'atelier vendredi.",
     ["Si l'émail sèche à temps, les lampes quitteront l'atelier vendredi.",
      "Les lampes partiraient de l'atelier vendredi."]),
    ("pt", "Se o esmalte secar a tempo, as luminárias devem sair da oficina na sexta.",
     "Se o esmalte secar a tempo, as luminárias sairiam da oficina na sexta.",
     ["Se o esmalte secar a tempo, as luminárias vão sair da oficina na sexta.",
      "As luminárias sairiam da oficina na sexta."]),
    ("de", "Wenn die Glasur rechtzeitig trocknet, sollten die Lampen am Freitag die Werkstatt "
           "verlassen.",
     "Wenn die Glasur rechtzeitig trocknet, würden die Lampen am Freitag die Werkstatt "
     "verlassen.",
     ["Wenn die Glasur rechtzeitig trocknet, verlassen die Lampen am Freitag die Werkstatt.",
      "Die Lampen würden am Freitag die Werkstatt verlassen."]),
]


@pytest.mark.parametrize("lang,draft,kept,firmer", _CASES)
def test_the_conditional_under_its_if_keeps_a_should(lang: str, draft: str, kept: str,
                                                     firmer: list[str]) -> None:
    assert not verdict(draft, kept, "", lang)
    for rewrite in firmer:
        assert verdict(draft, rewrite, "", lang), rewrite


@pytest.mark.parametrize("rewrite", [
    "The new part arrives on Friday and we would be glad to help if you need anything.",
    "If you need anything, we would be glad to help, and the new part arrives on Friday.",
])
def test_a_would_of_something_else_keeps_nothing(rewrite: str) -> None:
    assert verdict("The new part should arrive on Friday.", rewrite, "", "en")


# A "would" in an "if" sentence about another step ("…, and the rest would follow on
# Friday") keeps no "we expect" of the sentence it does not say again.
def test_a_would_in_another_sentence_keeps_nothing() -> None:
    draft = ("We expect to finish the banners by Friday 12 June. If that is too late for you, "
             "we could ship half of them on Monday 8 June, with the rest following on Friday "
             "12 June.")
    firmer = ("We will finish the banners by Friday 12 June. If that is too late for you, we "
              "could ship half of them on Monday 8 June, and the rest would follow on Friday "
              "12 June.")
    assert verdict(draft, firmer, "", "en")

"""Stop 55 reading (guard/conditions `_denied`): a rewrite's "can" keeps what the draft only
lets the customer do ("what you could do is give the lessons to someone else", "lo que sí
podrías hacer es regalarlas") unless a negation denies that "can": one before it ("no podemos",
"não pode") or on it ("we can't", "we can not"). A negation further on in its clause is on what
it does, not on the "can": "you can give the lessons to another person at no cost", "puedes
regalar las clases sin ningún coste", "vous pouvez les offrir sans aucun frais", "pode oferecer
as aulas sem nenhum custo" offer it, free. Before, that "no", "ningún", "aucun", "nenhum" denied
the "can", and the faithful rewrite was read as firmer than the draft's "could". German puts
its "nicht" late in the clause ("das können wir leider nicht machen"), so there any negation
still denies the "can" (its case here passes as before).

Every case is written for the reading (none comes from a corpus set): the faithful rewrite
passes clean; its unsafe twin, a promise that we will do it, is still caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en",
     "We can't move your lessons to next season. What you could do is give the lessons to "
     "another person; we allow that for free.",
     "We can't move your lessons to next season, but you can give the lessons to another "
     "person at no cost.",
     "We can't move your lessons to next season, but we will give the lessons to another "
     "person at no cost."),
    ("es",
     "No podemos pasar tus clases a la próxima temporada. Lo que sí podrías hacer es regalar"
     " las clases a otra persona; eso lo permitimos sin coste.",
     "No podemos pasar tus clases a la próxima temporada, pero puedes regalar las clases a "
     "otra persona sin ningún coste.",
     "No podemos pasar tus clases a la próxima temporada, pero regalaremos las clases a otra"
     " persona sin ningún coste."),
    ("fr",
     "Nous ne pouvons pas reporter vos cours à la saison prochaine. Ce que vous pourriez "
     "faire, c'est offrir les cours à une autre personne ; nous l'acceptons sans frais.",
     "Nous ne pouvons pas reporter vos cours à la saison prochaine, mais vous pouvez offrir "
     "les cours à une autre personne sans aucun frais.",
     "Nous ne pouvons pas reporter vos cours à la saison prochaine, mais nous offrirons les "
     "cours à une autre personne sans aucun frais."),
    ("pt",
     "Não podemos passar as suas aulas para a próxima época. O que você poderia fazer é "
     "oferecer as aulas a outra pessoa; isso permitimos sem custo.",
     "Não podemos passar as suas aulas para a próxima época, mas pode oferecer as aulas a "
     "outra pessoa sem nenhum custo.",
     "Não podemos passar as suas aulas para a próxima época, mas vamos oferecer as aulas a "
     "outra pessoa sem nenhum custo."),
    ("de",
     "Wir können Ihre Stunden nicht in die nächste Saison verschieben. Sie könnten die "
     "Stunden aber einer anderen Person schenken; das erlauben wir kostenlos.",
     "Wir können Ihre Stunden nicht in die nächste Saison verschieben. Sie können die "
     "Stunden aber ohne jede Gebühr einer anderen Person schenken.",
     "Wir können Ihre Stunden nicht in die nächste Saison verschieben. Wir schenken die "
     "Stunden aber ohne jede Gebühr einer anderen Person."),
])
def test_a_no_on_the_cost_leaves_the_can(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert "new_commitment:modality" in labels(draft, firmer, lang)


# A negation on the "can" itself, or before it, still denies it: it keeps no "could".
@pytest.mark.parametrize("rewrite", [
    "We can't move your lessons to next season, and you can't give the lessons to another "
    "person.",
    "We can't move your lessons to next season, and you can not give the lessons to another "
    "person either.",
])
def test_a_can_denied_keeps_no_could(rewrite: str) -> None:
    draft = ("We can't move your lessons to next season. What you could do is give the lessons "
             "to another person; we allow that for free.")
    assert "new_commitment:modality" in labels(draft, rewrite, "en")


"""Stop 55 reading (guard/conditions.qualifiers_kept): a "can" of the rewrite keeps a draft
sentence's hedge only in a rewrite sentence that says that draft sentence as closely as it says
any other. Both "can" readings are meant: one before a verb of taking time ("refunds can take
⟦1⟧ days", modality.chanced) and the present "can" for the draft's future of "can" (pt "pode"
for "poderá", es "puede" for "podrá"). "Tess can take Roo for one private session" says the
draft's offer of that session, its "take" a dog taken along, no wait; before, its "can take"
was counted for the "Tess may suggest…" sentence beside it, so a rewrite making that one firm
("Tess will give him a second session") passed clean. German reads "kann … dauern" only of a
wait, so it has no case here.

Every case is written for the reading (none comes from a corpus set): the faithful rewrite, the
hedge said with another word, passes clean; its unsafe twin, the hedge dropped, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ('en',
     "What we can offer is one private session with Tess at the yards for $120. If Roo still"
     " struggles after that, Tess may suggest a second private session at the yards.",
     "Tess can take Roo for one private session at the yards for $120. If Roo still "
     "struggles after that, Tess might suggest a second private session at the yards.",
     "Tess can take Roo for one private session at the yards for $120. If Roo still "
     "struggles after that, Tess will give him a second private session at the yards."),
    ('es',
     "Lo que podemos ofrecerle es una clase particular con Tess en el picadero por 120 €. Si"
     " Roo sigue con dificultades después, Tess podría recomendarle una segunda clase "
     "particular en el picadero.",
     "Tess puede llevar a Roo a una clase particular en el picadero por 120 €. Si Roo sigue "
     "con dificultades después, quizás Tess le recomiende una segunda clase particular en el"
     " picadero.",
     "Tess puede llevar a Roo a una clase particular en el picadero por 120 €. Si Roo sigue "
     "con dificultades después, Tess le dará una segunda clase particular en el picadero."),
    ('fr',
     "Ce que nous pouvons proposer, c'est une séance privée avec Tess au manège pour 120 €. "
     "Si Roo a encore du mal ensuite, Tess pourrait suggérer une deuxième séance privée au "
     "manège.",
     "Tess peut prendre Roo pour une séance privée au manège pour 120 €. Si Roo a encore du "
     "mal ensuite, Tess suggérera peut-être une deuxième séance privée au manège.",
     "Tess peut prendre Roo pour une séance privée au manège pour 120 €. Si Roo a encore du "
     "mal ensuite, Tess lui donnera une deuxième séance privée au manège."),
    ('pt',
     "O que podemos oferecer é uma sessão privada com a Tess no picadeiro por 120 €. Se o "
     "Roo continuar com dificuldades depois disso, a Tess poderá sugerir uma segunda sessão "
     "privada no picadeiro.",
     "A Tess pode levar o Roo para uma sessão privada no picadeiro por 120 €. Se o Roo "
     "continuar com dificuldades depois disso, a Tess talvez sugira uma segunda sessão "
     "privada no picadeiro.",
     "A Tess pode levar o Roo para uma sessão privada no picadeiro por 120 €. Se o Roo "
     "continuar com dificuldades depois disso, a Tess vai dar-lhe uma segunda sessão privada"
     " no picadeiro."),
])
def test_a_can_of_another_sentence_keeps_no_dropped_hedge(lang: str, draft: str, kept: str,
                                                          firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert "new_commitment:modality" in labels(draft, firmer, lang)


# The "can take" of a wait, in the sentence saying the hedged one, keeps its "may" as before.
def test_a_can_take_of_the_same_sentence_still_keeps_a_may() -> None:
    draft = "The refund may take up to ten days to reach your card. We have sent it today."
    assert labels(draft, "The refund can take up to ten days to reach your card. We sent it "
                  "today.", "en") == []
    assert "new_commitment:modality" in labels(
        draft, "The refund will reach your card within ten days. We sent it today.", "en")

"""Stop 53 modality reading (guard/modality.py `_headed`, text.topic_heading): a heading that
names what the reply turns to ("About your claim ⟦2⟧:", "Sobre la solicitud ⟦2⟧:", "Quant à
votre dossier ⟦2⟧ :", "Zu Ihrem Antrag ⟦2⟧:", "Quanto ao pedido ⟦2⟧:") states nothing by
itself: it is read as one clause with what follows its colon. So a look the draft promises
("we will review your claim") said again under such a heading is kept, and what the draft
states firmly after its look ("we reviewed it; we can lend 10") restated there is the draft's
firm sentence, while an act the heading's thing is given ("About your claim: we will pay it")
is still a firmer promise than the look.

Every case is written for the reading (none comes from a corpus set): the faithful restatement
passes clean and its unsafe twin is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import modality_flagged as _modality
from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "Hi Ann, we will review your claim 4471 this week. I will write on Friday.",
     "Hi Ann. About your claim 4471: we will review it this week. I will write on Friday.",
     "Hi Ann. About your claim 4471: we will pay it this week. I will write on Friday."),
    ("es", "Hola, Pilar: revisaremos su solicitud RT-5512 esta semana. Le escribo el viernes.",
     "Hola, Pilar. Sobre su solicitud RT-5512: la revisaremos esta semana. Le escribo el "
     "viernes.",
     "Hola, Pilar. Sobre su solicitud RT-5512: se la aprobamos esta semana. Le escribo el "
     "viernes."),
    ("fr", "Bonjour Luc, nous examinerons votre dossier AB-381 cette semaine. Je vous écris "
     "vendredi.",
     "Bonjour Luc. Quant à votre dossier AB-381 : nous l'examinerons cette semaine. Je vous "
     "écris vendredi.",
     "Bonjour Luc. Quant à votre dossier AB-381 : nous le remboursons cette semaine. Je vous "
     "écris vendredi."),
    ("pt", "Olá, Rita. Vamos analisar o seu pedido PX-7740 esta semana. Escrevo-lhe na "
     "sexta-feira.",
     "Olá, Rita. Quanto ao seu pedido PX-7740: vamos analisá-lo esta semana. Escrevo-lhe na "
     "sexta-feira.",
     "Olá, Rita. Quanto ao seu pedido PX-7740: vamos pagá-lo esta semana. Escrevo-lhe na "
     "sexta-feira."),
])
def test_a_look_said_again_under_a_heading(lang: str, draft: str, kept: str,
                                           firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# The draft reports a look done and states its outcome firmly: the outcome under a heading
# naming the thing looked at restates that firm sentence, not the look, and the whole rewrite
# passes clean; one that changes the outcome is still caught.
@pytest.mark.parametrize("lang,draft,kept,changed", [
    ("es", "Estimado Sr. Ruiz: Revisamos la solicitud PR-3310. Podemos prestar 6 de los 9 "
     "mapas.",
     "Estimado Sr. Ruiz. Sobre la solicitud PR-3310: puedo prestarle 6 de los 9 mapas.",
     "Estimado Sr. Ruiz. Sobre la solicitud PR-3310: le prestaremos los 9 mapas."),
    ("en", "Dear Mr Ruiz, we will check request PR-3310 today. We can lend 6 of the 9 maps.",
     "Dear Mr Ruiz. Regarding request PR-3310: I can lend you 6 of the 9 maps, and I will "
     "check the request today.",
     "Dear Mr Ruiz. Regarding request PR-3310: it is approved today, and I can lend you 6 of "
     "the 9 maps."),
])
def test_an_outcome_under_a_heading_restates_the_draft(lang: str, draft: str, kept: str,
                                                       changed: str) -> None:
    assert verdict(draft, kept, "", lang) == {}
    assert verdict(draft, changed, "", lang)

"""Stop 49 modality readings (guard/modality.py, guard/conditions.py), in the five languages.

Every case is written for the reading it proves (none comes from a corpus set): the faithful
restatement passes clean and its unsafe twin, one promise made firmer or one condition dropped,
is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels
from tests.masked_guard import modality_flagged as _modality


# A "may" or "try" the draft sentence disclaims itself is kept by the rewrite's disclaimer
# said in words of its own; deleting the "try" and keeping the draft's own disclaimer is not.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "I'll try to find you a seat on the later boat, but I can't promise anything yet.",
     "I'm looking for a seat for you on the later boat, though I can't guarantee it yet.",
     "I'll find you a seat on the later boat, but I can't promise anything yet."),
    ("de", "Den Ersatztermin versuche ich für Anfang Mai zu finden, kann dir aber noch "
     "nichts versprechen.",
     "Ich suche dir einen Ersatztermin Anfang Mai, kann aber noch nichts zusagen.",
     "Den Ersatztermin finde ich für Anfang Mai, kann dir aber noch nichts versprechen."),
    ("fr", "Avec ces résultats, il pourrait passer dans le groupe supérieur, mais rien n'est sûr.",
     "Le groupe supérieur, je ne peux pas te le promettre, même avec ces résultats.",
     "Avec ces résultats, il passe dans le groupe supérieur, mais rien n'est sûr."),
])
def test_a_self_disclaimed_hedge_is_kept_by_a_disclaimer(lang: str, draft: str, kept: str,
                                                         firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# A disclaimer of the rewrite does not keep a "may" the draft never disclaimed.
def test_a_disclaimer_keeps_no_undisclaimed_may() -> None:
    draft = "The courier may collect the parcel on Monday."
    assert _modality(draft, "The courier collects the parcel on Monday, I can't promise "
                            "a time.", "en")


# Words of the likely step and the possible step the languages share.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "There's a chance the blue model is back in stock next week.",
     "The blue model may be back in stock next week.",
     "The blue model is back in stock next week."),
    ("pt", "A sala do rés-do-chão está cheia, por isso a aula pode acabar no primeiro andar.",
     "Como a sala do rés-do-chão está cheia, a aula pode acabar no primeiro andar.",
     "Como a sala do rés-do-chão está cheia, a aula fica no primeiro andar."),
    ("es", "El zumbido viene normalmente de un ventilador suelto.",
     "La causa más común del zumbido es un ventilador suelto.",
     "El zumbido viene de un ventilador suelto."),
])
def test_shared_hedge_words(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# A condition with no comma ends where an obligation on us opens what it conditions: the
# usual wait after it is then read, and its hedge and the condition must both be kept.
@pytest.mark.parametrize("lang,draft,kept,firmer,dropped", [
    ("es", "Si el motor está quemado habrá que pedirlo a fábrica, que normalmente tarda "
     "unas dos semanas.",
     "Si el motor está quemado, tendremos que pedirlo a fábrica, que por lo general tarda "
     "unas dos semanas.",
     "Si el motor está quemado, tendremos que pedirlo a fábrica, que tarda dos semanas.",
     "Tendremos que pedirlo a fábrica, que normalmente tarda unas dos semanas."),
    ("en", "If the hinge is cracked we'll have to order a new door, which usually takes "
     "ten days.",
     "If the hinge is cracked, we'll need to order a new door; that usually takes ten days.",
     "If the hinge is cracked, we'll have to order a new door, which takes ten days.",
     "We'll have to order a new door, which usually takes ten days."),
    ("pt", "Se a bomba estiver avariada teremos de encomendar outra, o que costuma demorar "
     "uma semana.",
     "Se a bomba estiver avariada, será preciso encomendar outra, o que costuma demorar "
     "uma semana.",
     "Se a bomba estiver avariada, teremos de encomendar outra, o que demora uma semana.",
     "Teremos de encomendar outra bomba, o que costuma demorar uma semana."),
])
def test_a_condition_ends_before_a_duty(lang: str, draft: str, kept: str, firmer: str,
                                        dropped: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)
    assert any(v.endswith(":condition") for v in labels(draft, dropped, lang))


# "If we have to…": the duty right after the condition word is the condition's own verb.
def test_a_duty_opening_the_condition_is_its_own() -> None:
    draft = "If we have to order the part, the repair usually takes ten days."
    assert labels(draft, "If the part has to be ordered, the repair usually takes ten days.",
                  "en") == []


# A date worked out from a usual wait ("which puts…", "o que deixa…") is that estimate's: the
# draft's "we expect" beside it is kept; the usual wait said firmly is not.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "Firing normally takes four days, so we expect to ship the vases in the week of "
     "the 12th.",
     "Firing normally takes four days, which puts shipping in the week of the 12th.",
     "Firing takes four days, which puts shipping in the week of the 12th."),
    ("pt", "A secagem costuma levar três dias, por isso contamos ter a mesa pronta na sexta.",
     "A secagem costuma levar três dias, o que deixa a mesa pronta na sexta.",
     "A secagem leva três dias, o que deixa a mesa pronta na sexta."),
    ("fr", "Le séchage prend en général trois jours, donc nous pensons livrer la table "
     "vendredi.",
     "Le séchage prend en général trois jours, ce qui met la livraison de la table à "
     "vendredi.",
     "Le séchage prend trois jours, ce qui met la livraison de la table à vendredi."),
])
def test_a_consequence_of_a_usual_wait_is_reckoned(lang: str, draft: str, kept: str,
                                                   firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# "The expectation is", "all signs point to" hedge on the likely step as "we expect" does.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("pt", "Devemos receber as peças até sexta, e a montagem provavelmente fica para segunda.",
     "A expectativa é recebermos as peças até sexta, e tudo indica que a montagem fique para "
     "segunda.",
     "Recebemos as peças até sexta, e a montagem fica para segunda."),
    ("es", "La grúa probablemente llega el martes por la mañana.",
     "Todo indica que la grúa llega el martes por la mañana.",
     "La grúa llega el martes por la mañana."),
])
def test_expectation_words(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# A disclaimer does not keep a "may" the rewrite says will happen.
def test_a_disclaimer_keeps_no_may_said_in_the_future() -> None:
    draft = "Avec ces résultats, il pourrait passer dans le groupe supérieur, mais rien n'est sûr."
    assert _modality(draft, "Avec ces résultats, il va passer dans le groupe supérieur, sans "
                            "certitude.", "fr")


# "Prévu le…", "previsto para…" naming the old date of what was moved names which event: no
# hedge on it. Said of the date that stands, it is one.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Le spectacle prévu le 12 mai est reporté au 3 juin.",
     "Le spectacle du 12 mai est reporté au 3 juin.",
     None),
    ("es", "El taller previsto para el 12 de mayo se ha aplazado al 3 de junio.",
     "El taller del 12 de mayo se ha aplazado al 3 de junio.",
     None),
    ("pt", "O concerto previsto para 12 de maio foi adiado para 3 de junho.",
     "O concerto de 12 de maio foi adiado para 3 de junho.",
     None),
    ("fr", "Le spectacle est prévu le 12 mai.", "Le spectacle a lieu le 12 mai.", True),
])
def test_the_old_plan_of_what_was_moved(lang: str, draft: str, kept: str,
                                        firmer: bool | None) -> None:
    assert _modality(draft, kept, lang) is bool(firmer)


# An offer on the possible step ("könnte ich Ihnen … geben") said as what would be free or as
# a proposal ("hätte ich … frei", "mein Vorschlag ist…") is still only offered.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("de", "Den ersten Termin könnte ich Ihnen am Dienstag um 9 Uhr geben.",
     "Für den ersten Termin hätte ich Dienstag um 9 Uhr frei.",
     "Den ersten Termin gebe ich Ihnen am Dienstag um 9 Uhr."),
    ("de", "Den ersten Termin könnte ich Ihnen am Dienstag um 9 Uhr geben.",
     "Mein Vorschlag für den ersten Termin ist Dienstag um 9 Uhr.",
     "Der erste Termin ist am Dienstag um 9 Uhr."),
    ("en", "We could fit the new tyres on Thursday at 10.",
     "Our proposal is to fit the new tyres on Thursday at 10.",
     "We'll fit the new tyres on Thursday at 10."),
])
def test_an_offer_said_as_a_proposal(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)

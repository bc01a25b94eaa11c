"""A call to the customer when something is ready, added to a draft that never tells them
anything later, is a new promise (`commitments._new_call`): the customer will wait for the
phone (English, German and Spanish read "I'll ring you", "ich rufe Sie an", "le llamo" as an
appointment already). A draft that does promise to tell them ("vous serez prévenue",
"avisamos") keeps a restated call clean — a call is one way of telling. The customer telling
us ("pour nous prévenir de votre passage", a purpose) tells them nothing. Every case is
written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EN_KEYS = ("The locksmith cuts the spare keys this afternoon, and they should be ready by 5pm. "
           "You can collect them from the counter.")
FR_COAT = ("La retouche de votre manteau prend environ trois jours. Pour nous prévenir de "
           "votre passage, composez le 04 12 34 56 78.")
PT_BIKE = ("A roda nova deve chegar à oficina na próxima semana. Depois disso, a montagem leva "
           "um dia.")
ES_LENS = ("Las lentes nuevas llegan a la óptica en unos cinco días. Luego el montaje se hace "
           "en una hora.")
DE_WATCH = ("Die Batterie für Ihre Uhr ist bestellt und kommt voraussichtlich am Donnerstag. "
            "Der Einbau dauert dann nur wenige Minuten.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    # The draft's facts said again, no call.
    ("en", EN_KEYS, "The locksmith will cut your spare keys this afternoon; they should be ready "
                    "by 5pm, and you can pick them up at the counter."),
    ("fr", FR_COAT, "Comptez environ trois jours pour la retouche du manteau. Pour nous "
                    "prévenir de votre passage, appelez le 04 12 34 56 78."),
    # The draft tells the customer; the rewrite tells them by phone.
    ("fr", "La retouche prend environ trois jours ; vous serez prévenue dès qu'elle est finie.",
     "La retouche prend environ trois jours, et je vous appelle dès qu'elle est finie."),
    ("pt", "A roda nova deve chegar na próxima semana. Quando chegar, avisamos.",
     "A roda nova deve chegar na próxima semana, e eu ligo para o senhor assim que ela chegar."),
    ("pt", "A roda nova deve chegar na próxima semana; o senhor será avisado quando chegar.",
     "A roda nova deve chegar na próxima semana, e eu ligo para o senhor quando ela chegar."),
    ("fr", "La retouche prend environ trois jours. Nous vous tiendrons au courant dès qu'elle "
           "sera finie.",
     "La retouche prend environ trois jours ; je vous appelle dès qu'elle est finie."),
    # The draft's own call, said with another word of calling.
    ("pt", "A roda nova deve chegar na próxima semana, e telefonamos ao senhor quando chegar.",
     "A roda nova deve chegar na próxima semana; ligo para o senhor assim que ela chegar."),
])
def test_a_call_the_draft_tells_or_leaves_out_passes(lang: str, draft: str,
                                                     rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", EN_KEYS, "The locksmith cuts the spare keys this afternoon and they should be ready "
                    "by 5pm; I'll ring you as soon as they're done. You can collect them from "
                    "the counter."),
    # The draft's only "prévenir" is the customer telling us of their visit.
    ("fr", FR_COAT, "La retouche de votre manteau prend environ trois jours, et je vous appelle "
                    "dès qu'il est prêt. Pour nous prévenir de votre passage, composez le "
                    "04 12 34 56 78."),
    ("pt", PT_BIKE, "A roda nova deve chegar à oficina na próxima semana, e ligo para o senhor "
                    "assim que a roda chegar. Depois disso, a montagem leva um dia."),
    ("es", ES_LENS, "Las lentes nuevas llegan a la óptica en unos cinco días y le llamo en cuanto "
                    "lleguen. Luego el montaje se hace en una hora."),
    ("de", DE_WATCH, "Die Batterie für Ihre Uhr ist bestellt und kommt voraussichtlich am "
                     "Donnerstag; ich rufe Sie an, sobald sie da ist. Der Einbau dauert dann nur "
                     "wenige Minuten."),
])
def test_a_call_the_draft_never_tells_is_new(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))


DE_BIKE = ("Die Inspektion Ihres Fahrrads kostet 59 Euro und dauert einen Vormittag. Bringen Sie "
           "es bitte bis neun Uhr vorbei.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    # A call the draft's own words own as not made, or one beside another verb, is no call.
    ("de", DE_BIKE, "Es tut mir leid, ich hätte Sie wegen der Inspektion anrufen müssen. Sie "
                    "kostet 59 Euro und dauert einen Vormittag; bringen Sie das Rad bitte bis "
                    "neun Uhr vorbei."),
    ("pt", "A revisão da bicicleta custa 59 euros e leva uma manhã, com horário que marcamos "
           "por telefone.",
     "A revisão custa 59 euros e leva uma manhã; o horário marcamos por telefone."),
])
def test_no_call_of_ours_in_the_present_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    # Said in the present and untimed, a call is still one we will make.
    ("de", DE_BIKE, "Die Inspektion Ihres Fahrrads kostet 59 Euro und dauert einen Vormittag, "
                    "und ich rufe Ihren Mann am Vortag an. Bringen Sie es bitte bis neun Uhr "
                    "vorbei."),
])
def test_a_call_in_the_present_is_new(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))

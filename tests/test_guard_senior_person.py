"""Someone more senior promised where the draft promised a colleague: "A member of our team
will call you tomorrow" said as "Our store director will call you tomorrow" passed in four
languages (English caught "manager" and "supervisor" only, French "superviseur", Spanish and
Portuguese "gerente" and "supervisor", German "vorgesetzt" and "Teamleit"). The senior roles
of a shop or a support team are now escalation words in each language (lang
`commitment_words.escalation`): "team leader", "directeur", "jefe de tienda",
"chefe de loja", "Filialleiter", "Chefin". The draft naming the same person
still passes, and so does the customer's own wish to speak to one.

Sentences written for this rule, none taken from a corpus set. 12 of the 21 tests fail on main
(the senior people but "manager" and "supervisor"); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EN = "A member of our team will call you tomorrow."
FR = "Un membre de notre équipe vous appellera demain."
ES = "Un miembro de nuestro equipo le llamará mañana."
PT = "Um membro da nossa equipa vai ligar-lhe amanhã."
DE = "Jemand aus unserem Team ruft Sie morgen an."
SENIOR = [
    ("en", EN, "Our team leader will call you tomorrow."),
    ("en", EN, "The head of support will call you tomorrow."),
    ("en", EN, "Our store director will call you tomorrow."),
    ("fr", FR, "Notre directeur vous appellera demain."),
    ("fr", FR, "Le responsable du magasin vous appellera demain."),
    ("fr", FR, "La directrice du magasin vous appellera demain."),
    ("es", ES, "El jefe de tienda le llamará mañana."),
    ("es", ES, "Nuestra directora le llamará mañana."),
    ("pt", PT, "O chefe de loja vai ligar-lhe amanhã."),
    ("pt", PT, "Um especialista vai ligar-lhe amanhã."),
    ("de", DE, "Unser Filialleiter ruft Sie morgen an."),
    ("de", DE, "Meine Chefin ruft Sie morgen an."),
    ("de", DE, "Unser Abteilungsleiter ruft Sie morgen an."),
    ("en", EN, "Our store manager will call you tomorrow."),
    ("es", ES, "Mi supervisora le llamará mañana."),
]
SAME = [
    ("fr", "Notre directrice vous appellera demain.", "Demain, notre directrice vous appellera."),
    ("es", "El jefe de tienda le llamará mañana.", "Mañana le llamará el jefe de tienda."),
    ("pt", "O chefe de loja vai ligar-lhe amanhã.", "Amanhã o chefe de loja liga-lhe."),
    ("de", "Unser Filialleiter ruft Sie morgen an.", "Morgen ruft Sie unser Filialleiter an."),
]
THEIR_WISH = [
    ("en", "I want to speak to your director.", "We'll call you tomorrow.",
     "I understand you'd like to speak to the director; we'll call you tomorrow."),
    ("es", "Quiero hablar con el encargado de tienda.",
     "Entiendo que quiera hablar con el encargado de tienda. Le llamaremos mañana.",
     "Entiendo que quiera hablar con el encargado de tienda; le llamaremos mañana."),
]


@pytest.mark.parametrize("lang,draft,rewrite", SENIOR)
def test_a_senior_person_promised_is_an_escalation(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang), "escalation")


@pytest.mark.parametrize("lang,draft,rewrite", SAME)
def test_the_drafts_own_senior_person_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,customer,draft,rewrite", THEIR_WISH)
def test_the_customers_wish_for_one_passes(lang: str, customer: str, draft: str,
                                          rewrite: str) -> None:
    assert labels(draft, rewrite, lang, customer) == []

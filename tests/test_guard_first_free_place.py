"""The first free place promised (stop 60, helper hn).

A draft that puts someone on a waiting list, or says a course is full, promises no place. A
rewrite that gives them "the first place that opens" ("she gets the first free spot", "fica com
a primeira vaga que abrir", "la primera plaza libre es para ella", "aura la première place qui
se libère", "bekommt den ersten freien Platz") promises one: the customer stops looking
elsewhere. Read as an escalation commitment (ahead of the others, as "you'll be first in line"
already is): a place that becomes free (a vacating relative, or "free"/"vacant" before a place
noun) given to someone (a verb of getting or giving before it, or "is yours", "es para", "gehört"
after it). A draft that promises it itself may be restated in other words; a current offer
("the next available appointment is on Monday") is no vacancy promised, and a refusal of the
place promises nothing.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

NEW = [
    # (lang, draft, rewrite promising the place)
    ("en", "The Saturday class is full (8 of 8). I have put Mia on the waiting list.",
     "The Saturday class is full (8 of 8). Mia is on the waiting list and gets the first "
     "place that opens."),
    ("en", "The Saturday class is full (8 of 8). I have put Mia on the waiting list.",
     "The Saturday class is full (8 of 8). Mia is on the waiting list, and the first free "
     "spot is hers."),
    ("pt", "A turma de sábado está cheia (8 de 8). Coloquei a Mia na lista de espera.",
     "A turma de sábado está cheia (8 de 8). A Mia já está na lista de espera e fica com a "
     "primeira vaga que abrir."),
    ("pt", "A turma de sábado está cheia (8 de 8). Coloquei a Mia na lista de espera.",
     "A turma de sábado está cheia (8 de 8). A primeira vaga que abrir é da Mia."),
    ("es", "La clase del sábado está completa (8 de 8). He puesto a Mia en la lista de espera.",
     "La clase del sábado está completa (8 de 8). Mia está en la lista de espera y se queda "
     "con la primera plaza que se libere."),
    ("es", "La clase del sábado está completa (8 de 8). He puesto a Mia en la lista de espera.",
     "La clase del sábado está completa (8 de 8). La primera plaza libre es para Mia."),
    ("fr", "Le cours du samedi est complet (8 sur 8). J'ai inscrit Mia sur la liste d'attente.",
     "Le cours du samedi est complet (8 sur 8). Mia est sur la liste d'attente et aura la "
     "première place qui se libère."),
    ("fr", "Le cours du samedi est complet (8 sur 8). J'ai inscrit Mia sur la liste d'attente.",
     "Le cours du samedi est complet (8 sur 8). La première place libre sera pour Mia."),
    ("de", "Der Samstagskurs ist voll (8 von 8). Ich habe Mia auf die Warteliste gesetzt.",
     "Der Samstagskurs ist voll (8 von 8). Mia steht auf der Warteliste und bekommt den "
     "ersten Platz, der frei wird."),
    ("de", "Der Samstagskurs ist voll (8 von 8). Ich habe Mia auf die Warteliste gesetzt.",
     "Der Samstagskurs ist voll (8 von 8). Der erste freie Platz gehört Mia."),
]

KEPT = [
    # (lang, draft promising the place, or offering a current one, and a faithful rewrite)
    ("en", "The course is full. Mia is first on the waiting list, so the first place that "
     "opens is hers.",
     "The course is full, but Mia is first on the waiting list: she gets the first place "
     "that opens."),
    ("en", "Our next free appointment is on Monday 12 May at 9:00. Shall I book it for you?",
     "The next available appointment is on Monday 12 May at 9:00 - shall I book it?"),
    ("pt", "A turma está cheia. A Mia é a primeira da lista de espera, por isso a primeira "
     "vaga que abrir é dela.",
     "A turma está cheia, mas a Mia está em primeiro lugar na lista de espera: fica com a "
     "primeira vaga que abrir."),
    ("es", "El curso está completo. Mia es la primera de la lista de espera, así que la "
     "primera plaza que se libere será para ella.",
     "El curso está completo, pero Mia encabeza la lista de espera: se queda con la primera "
     "plaza que se libere."),
    ("fr", "Le cours est complet. Mia est la première sur la liste d'attente, donc la première "
     "place qui se libère sera pour elle.",
     "Le cours est complet, mais Mia est en tête de la liste d'attente : elle aura la "
     "première place qui se libère."),
    ("de", "Der Kurs ist voll. Mia steht ganz oben auf der Warteliste, der erste Platz, der "
     "frei wird, gehört also ihr.",
     "Der Kurs ist voll, aber Mia steht an erster Stelle der Warteliste: Sie bekommt den "
     "ersten freien Platz."),
    ("de", "Der Kurs ist voll (8 von 8). Einen Platz können wir Mia nicht zusagen.",
     "Der Kurs ist voll (8 von 8). Den ersten freien Platz können wir Mia leider nicht "
     "zusagen."),
]


@pytest.mark.parametrize("lang,draft,rewrite",
                         [pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(NEW)])
def test_first_free_place_given_is_new(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang), "escalation")


@pytest.mark.parametrize("lang,draft,rewrite",
                         [pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(KEPT)])
def test_place_promised_by_the_draft_or_refused_passes(lang, draft, rewrite):
    assert not new_commitment(labels(draft, rewrite, lang))

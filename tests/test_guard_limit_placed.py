"""A limit said after its number, or named another way, is kept; a date after a "no" is no
amount limited (written for these rules; no sentence comes from a corpus set):
- "at most", "como máximo", "au plus tard" after the number in its clause keep the draft's
  "up to" ("admite hasta 6 jugadores" → "caben 6 jugadores como máximo");
- "au-delà de", "chegar a" name the limit;
- "no sabremos la fecha hasta el 12 de marzo" says when, not how much: "la sabremos el 12
  de marzo" keeps it;
- a limit word followed by its own number belongs to that number ("faltam 90 € até 10 de
  maio"), not to the number before it.
Each faithful form has an unsafe neighbour, the limit dropped, that is caught."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

# (lang, draft, the limit kept, the limit dropped)
CASES = [
    ("fr", "Bonjour Anne, la salle accueille au maximum 12 personnes. Bien à vous, Marc",
     "Bonjour Anne, la salle reçoit 12 personnes à la fois, 12 au plus. Bien à vous, Marc",
     "Bonjour Anne, la salle reçoit 12 personnes à la fois. Bien à vous, Marc"),
    ("fr", "Bonjour Anne, envoyez-nous le formulaire au plus tard le 3 mars. Bien à vous, Marc",
     "Bonjour Anne, envoyez-nous le formulaire le 3 mars au plus tard. Bien à vous, Marc",
     "Bonjour Anne, envoyez-nous le formulaire le 3 mars. Bien à vous, Marc"),
    ("fr", "Bonjour Anne, nous remboursons jusqu'à 200 € de frais. Bien à vous, Marc",
     "Bonjour Anne, nous ne remboursons rien au-delà de 200 € de frais. Bien à vous, Marc",
     "Bonjour Anne, nous remboursons 200 € de frais. Bien à vous, Marc"),
    ("es", "Hola Rosa: el paquete admite hasta 6 jugadores. Saludos, Iván",
     "Hola Rosa: en el paquete caben 6 jugadores como máximo. Saludos, Iván",
     "Hola Rosa: en el paquete caben 6 jugadores. Saludos, Iván"),
    ("es", "Hola Rosa: podemos guardar la mesa hasta el 12 de marzo. Saludos, Iván",
     "Hola Rosa: la mesa te la guardamos hasta el 12 de marzo. Saludos, Iván",
     "Hola Rosa: la mesa te la guardamos el 12 de marzo. Saludos, Iván"),
    ("pt", "Olá Rita, a sessão pode levar até 5 horas. Cumprimentos, Nuno",
     "Olá Rita, a sessão pode chegar a 5 horas. Cumprimentos, Nuno",
     "Olá Rita, a sessão leva 5 horas. Cumprimentos, Nuno"),
    ("pt", "Olá Rita, falta pagar 90 € até 10 de maio. Cumprimentos, Nuno",
     "Olá Rita, faltam 90 € até 10 de maio. Cumprimentos, Nuno",
     "Olá Rita, faltam 90 € em 10 de maio. Cumprimentos, Nuno"),
]


def _limit(found: list[str]) -> bool:
    return "new_commitment:limit" in found


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_limit_said_after_its_number_or_named_is_kept(lang: str, draft: str, kept: str,
                                                          dropped: str) -> None:
    assert not _limit(labels(draft, kept, lang))


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_limit_dropped_is_caught(lang: str, draft: str, kept: str, dropped: str) -> None:
    assert _limit(labels(draft, dropped, lang))


def test_a_date_after_a_no_is_when_not_how_much() -> None:
    draft = "Hola Rosa: no sabremos la fecha hasta el 12 de marzo. Saludos, Iván"
    assert labels(draft, "Hola Rosa: la fecha la sabremos el 12 de marzo. Saludos, Iván",
                  "es") == []

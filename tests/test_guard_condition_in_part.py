"""Conditions dropped in part or in few words, caught for the reason that should catch them
(`conditions.qualifiers_kept`), and the same conditions said again in other words passing:

- availability said as a phrase ("dans la limite des places disponibles", "según
  disponibilidad", "sujeito à disponibilidade", "je nach Verfügbarkeit", "while places last")
  is a condition (lang/*.json `condition_patterns`); dropped, it is caught.

Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

AVAILABILITY = [
    ('fr',
     'Bonjour Léa,\n\nVous pouvez décaler votre séjour sans frais, selon les disponibilités.'
     '\n\nCordialement,\nAna',
     'Bonjour Léa,\n\nVous pouvez décaler votre séjour sans frais.\n\nCordialement,\nAna',
     ['Bonjour Léa,\n\nVous pouvez décaler votre séjour sans frais, en fonction des '
      'disponibilités.\n\nCordialement,\nAna']),
    ('en',
     'Hi Sam,\n\nWe can move your class to Saturday 12 June, while places last. The fee stays '
     'the same.\n\nBest,\nAna',
     'Hi Sam,\n\nWe can move your class to Saturday 12 June. The fee stays the '
     'same.\n\nBest,\nAna',
     ['Hi Sam,\n\nWe can move your class to Saturday 12 June, as long as places are still '
      'free. The fee stays the same.\n\nBest,\nAna',
      'Hi Sam,\n\nWe can move your class to Saturday 12 June while places last, and the fee '
      'stays the same.\n\nBest,\nAna']),
    ('fr',
     'Bonjour Paul,\n\nNous pouvons déplacer votre cours au samedi 12 juin, dans la limite des '
     'places disponibles. Le tarif reste le même.\n\nCordialement,\nAna',
     'Bonjour Paul,\n\nNous pouvons déplacer votre cours au samedi 12 juin. Le tarif reste le '
     'même.\n\nCordialement,\nAna',
     ["Bonjour Paul,\n\nNous pouvons déplacer votre cours au samedi 12 juin, s'il reste des "
      'places. Le tarif reste le même.\n\nCordialement,\nAna',
      'Bonjour Paul,\n\nVotre cours peut passer au samedi 12 juin, sous réserve de places '
      'disponibles ; le tarif reste le même.\n\nCordialement,\nAna']),
    ('es',
     'Hola Pablo:\n\nPodemos pasar su clase al sábado 12 de junio, según disponibilidad. El '
     'precio no cambia.\n\nSaludos,\nAna',
     'Hola Pablo:\n\nPodemos pasar su clase al sábado 12 de junio. El precio no '
     'cambia.\n\nSaludos,\nAna',
     ['Hola Pablo:\n\nPodemos pasar su clase al sábado 12 de junio, si hay disponibilidad. El '
      'precio no cambia.\n\nSaludos,\nAna',
      'Hola Pablo:\n\nSu clase puede pasar al sábado 12 de junio, sujeto a disponibilidad, y '
      'el precio no cambia.\n\nSaludos,\nAna']),
    ('pt',
     'Olá, Pedro.\n\nPodemos passar sua aula para sábado, 12 de junho, sujeito à '
     'disponibilidade. O valor continua o mesmo.\n\nAtenciosamente,\nAna',
     'Olá, Pedro.\n\nPodemos passar sua aula para sábado, 12 de junho. O valor continua o '
     'mesmo.\n\nAtenciosamente,\nAna',
     ['Olá, Pedro.\n\nPodemos passar sua aula para sábado, 12 de junho, se houver '
      'disponibilidade. O valor continua o mesmo.\n\nAtenciosamente,\nAna',
      'Olá, Pedro.\n\nSua aula pode passar para sábado, 12 de junho, conforme a '
      'disponibilidade, e o valor continua o mesmo.\n\nAtenciosamente,\nAna']),
    ('de',
     'Hallo Paul,\n\nWir können Ihren Kurs auf Samstag, 12. Juni, verschieben, je nach '
     'Verfügbarkeit. Der Preis bleibt gleich.\n\nViele Grüße\nAna',
     'Hallo Paul,\n\nWir können Ihren Kurs auf Samstag, 12. Juni, verschieben. Der Preis '
     'bleibt gleich.\n\nViele Grüße\nAna',
     ['Hallo Paul,\n\nWir können Ihren Kurs auf Samstag, 12. Juni, verschieben, sofern es die '
      'Verfügbarkeit erlaubt. Der Preis bleibt gleich.\n\nViele Grüße\nAna',
      'Hallo Paul,\n\nIhr Kurs lässt sich je nach Verfügbarkeit auf Samstag, 12. Juni, '
      'verschieben; der Preis bleibt gleich.\n\nViele Grüße\nAna']),
]

CASES = [(kind, *row) for kind, rows in (
    ("availability", AVAILABILITY),
) for row in rows]


def _conditioned(found: list[str]) -> bool:
    return "new_commitment:condition" in found


@pytest.mark.parametrize("kind,lang,draft,bad,good", CASES)
def test_dropped_condition_is_caught(kind: str, lang: str, draft: str, bad: str,
                                     good: list[str]) -> None:
    assert _conditioned(labels(draft, bad, lang)), (kind, lang)


@pytest.mark.parametrize("kind,lang,draft,good", [
    (kind, lang, draft, g) for kind, lang, draft, _, goods in CASES for g in goods])
def test_condition_said_again_passes(kind: str, lang: str, draft: str, good: str) -> None:
    assert not any(x.endswith(":condition") for x in labels(draft, good, lang)), (kind, lang)

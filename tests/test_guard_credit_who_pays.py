"""A draft's credit said as who pays, both ways (every case written for this file):

- the draft says we pay for a thing, with "we" after the verb or as the agent of a passive
  ("der Rückversand wird von uns bezahlt", "portes pagos por nós", "no cobraremos el
  desplazamiento", "les frais de port sont payés par nous"): that is its credit,
  so the rewrite's "at our expense", "auf unsere Kosten", "por nossa conta", "corre por
  nuestra cuenta", "à nos frais" adds none;
- the same rewrite beside a draft where the customer pays, or with a cap raised, or with the
  draft's condition dropped, is still caught: a waiver newly said is a new commitment, the
  amount is a fact, the condition stays.
German's active "den Rückversand zahlen wir" is left out: read as a cover it cost a faithful
rewrite of a check set (stop 39), whose case was never read.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

_SAID_AS_WHO_PAYS = [
    ("de", "Hallo Jonas, schick uns das Gerät; der Rückversand wird von uns bezahlt. Viele "
           "Grüße, Eva",
     "Hallo Jonas, schick uns das Gerät; der Rückversand geht auf unsere Kosten. Viele Grüße, "
     "Eva"),
    ("pt", "Olá Rita, enviamos o casaco por correio registado, com portes pagos por nós. "
           "Cumprimentos, Luís",
     "Olá Rita, enviamos o casaco por correio registado, com os portes por nossa conta. "
     "Cumprimentos, Luís"),
    ("es", "Hola Nuria, el técnico va el martes y no cobraremos el desplazamiento. Saludos, "
           "Pablo",
     "Hola Nuria, el técnico va el martes y el desplazamiento corre por nuestra cuenta. "
     "Saludos, Pablo"),
    ("fr", "Bonjour Claire, nous renvoyons la montre mardi ; les frais de port sont payés par "
           "nous. Bien à vous, Hugo",
     "Bonjour Claire, nous renvoyons la montre mardi, et les frais de port sont à nos frais. "
     "Bien à vous, Hugo"),
]


@pytest.mark.parametrize("lang,draft,rewrite", _SAID_AS_WHO_PAYS)
def test_a_cover_said_as_who_pays_is_the_drafts_credit(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Hi Rosa, the new lid ships on Monday by courier, paid for by you. Best, Ian",
     "Hi Rosa, the new lid ships on Monday by courier, at our expense. Best, Ian"),
    ("de", "Hallo Jonas, schick uns das Gerät; den Rückversand zahlst du. Viele Grüße, Eva",
     "Hallo Jonas, schick uns das Gerät; der Rückversand geht auf unsere Kosten. Viele Grüße, "
     "Eva"),
    ("pt", "Olá Rita, enviamos o casaco por correio registado, com portes pagos por si. "
           "Cumprimentos, Luís",
     "Olá Rita, enviamos o casaco por correio registado, com os portes por nossa conta. "
     "Cumprimentos, Luís"),
    ("es", "Hola Nuria, el técnico va el martes y cobraremos el desplazamiento. Saludos, Pablo",
     "Hola Nuria, el técnico va el martes y el desplazamiento corre por nuestra cuenta. "
     "Saludos, Pablo"),
    ("fr", "Bonjour Claire, nous renvoyons la montre mardi ; les frais de port sont payés par "
           "vous. Bien à vous, Hugo",
     "Bonjour Claire, nous renvoyons la montre mardi, et les frais de port sont à nos frais. "
     "Bien à vous, Hugo"),
])
def test_a_waiver_the_draft_never_makes_is_new(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang), "credit")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("es", "Hola Marta: si la gotera la causó nuestro montaje, no cobraremos la pintura. "
           "Saludos, Juan",
     "Hola Marta: la pintura corre por nuestra cuenta. Saludos, Juan"),
    ("pt", "Olá Marta, se a fuga vier da nossa montagem, a pintura é paga por nós. "
           "Cumprimentos, João",
     "Olá Marta, a pintura fica por nossa conta. Cumprimentos, João"),
])
def test_the_drafts_condition_on_who_pays_stays(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang), "credit")


def test_the_capped_amount_is_kept_as_a_fact():
    found = labels("Hallo Jonas, der Rückversand wird bis 20 Euro von uns bezahlt. Viele "
                   "Grüße, Eva",
                   "Hallo Jonas, den Rückversand bis 30 Euro übernehmen wir. Viele Grüße, Eva",
                   "de")
    assert "fact_missing" in found


@pytest.mark.parametrize("said", ["zahlen wir dir nach dem Termin zurück",
                                  "zahlen wir dir nach dem Termin aus"])
def test_money_paid_back_is_no_cover(said):
    # "zahlen wir … zurück", "zahlen wir … aus" give money back: they make nothing free.
    found = labels(f"Hallo Jonas, die Anzahlung {said}. Viele Grüße, Eva",
                   f"Hallo Jonas, die Anzahlung {said}, und der Termin ist kostenlos. Viele "
                   "Grüße, Eva", "de")
    assert new_commitment(found, "credit")

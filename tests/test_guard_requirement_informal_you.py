"""A requirement said to a customer addressed as "du", "tú", "tu" (pt and fr) or with "you've
got to" is one as much as "Sie müssen", "tiene que", "tem de", "vous devez" or "you have to":
a rewrite that turns the draft's condition into "Dafür musst du…", "Para ello tienes que…",
"Para isso tens de…", "Pour cela, tu dois…", "For that, you've got to…" keeps it (lang/*.json
`requirements`). Both directions: the condition dropped is still caught. Written for this rule
(none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DE = "Wir erstatten dir den Betrag, sofern du uns die Rechnung bis Freitag schickst."
DE_IHR = "Wir erstatten euch den Betrag, sofern ihr uns die Rechnung bis Freitag schickt."
ES = "Te devolvemos el importe si nos envías la factura antes del viernes."
PT = "Devolvemos-te o valor se nos enviares a fatura até sexta."
FR = "On te rembourse si tu nous envoies la facture avant vendredi."
EN = "We'll refund you if you send us the invoice by Friday."


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("de", DE, "Wir erstatten dir den Betrag. Dafür musst du uns die Rechnung bis Freitag "
               "schicken."),
    ("de", DE_IHR, "Wir erstatten euch den Betrag. Dafür müsst ihr uns die Rechnung bis Freitag "
                   "schicken."),
    ("es", ES, "Te devolvemos el importe. Para ello tienes que enviarnos la factura antes del "
               "viernes."),
    ("es", ES, "Te devolvemos el importe. Para ello debes enviarnos la factura antes del viernes."),
    ("pt", PT, "Devolvemos-te o valor. Para isso tens de nos enviar a fatura até sexta."),
    ("pt", PT, "Devolvemos-te o valor. Para isso precisas de nos enviar a fatura até sexta."),
    ("fr", FR, "On te rembourse. Pour cela, tu dois nous envoyer la facture avant vendredi."),
    ("en", EN, "We'll refund you. For that, you've got to send us the invoice by Friday."),
])
def test_the_condition_said_as_an_informal_requirement_passes(lang: str, draft: str,
                                                               rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("de", DE, "Wir erstatten dir den Betrag. Die Rechnung hast du ja."),
    ("es", ES, "Te devolvemos el importe sin más."),
    ("pt", PT, "Devolvemos-te o valor sem mais."),
    ("fr", FR, "On te rembourse, c'est promis."),
    ("en", EN, "We'll refund you, no questions asked."),
])
def test_the_condition_dropped_is_still_caught(lang: str, draft: str, rewrite: str) -> None:
    assert any(x.startswith("new_commitment") for x in labels(draft, rewrite, lang))

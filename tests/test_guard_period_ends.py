"""A deadline at the end of the day, week, month or year we are in, said with no date ("before
the week is out", "antes de que termine el mes", "avant la fin de la semaine", "noch diesen
Monat", "ainda este mês"), added to a step the draft sets no time for, is a new deadline as
"by Friday" is (`vocab.Lang.period_ends`). Said in other words for the draft's own end of the
period ("by the end of the month" → "before the month is out"), it is the draft's deadline
(`commitments._time`). Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EN = "We'll check the meter reading and send you a corrected bill."
ES = "Vamos a revisar la lectura del contador y le enviaremos una factura corregida."
FR = "Nous allons vérifier le relevé du compteur et vous envoyer une facture corrigée."
DE = "Wir prüfen den Zählerstand und schicken Ihnen eine korrigierte Rechnung."
PT = "Vamos verificar a leitura do contador e enviar-lhe uma fatura corrigida."


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", EN, "We'll check the meter reading and send you a corrected bill before the week is "
               "out."),
    ("en", EN, "We'll check the meter reading, and you'll have a corrected bill from us by "
               "month end."),
    ("es", ES, "Revisaremos la lectura del contador y le mandaremos la factura corregida antes "
               "de que se cumpla el mes."),
    ("es", ES, "Vamos a revisar la lectura del contador y le enviaremos una factura corregida "
               "antes de fin de mes."),
    ("fr", FR, "Nous allons vérifier le relevé du compteur et vous envoyer une facture "
               "corrigée avant la fin de la semaine."),
    ("fr", FR, "Nous vérifions le relevé du compteur et vous enverrons une facture corrigée "
               "dans le courant du mois."),
    ("de", DE, "Wir prüfen den Zählerstand und schicken Ihnen noch diesen Monat eine "
               "korrigierte Rechnung."),
    ("de", DE, "Wir prüfen den Zählerstand und schicken Ihnen bis Ende des Monats eine "
               "korrigierte Rechnung."),
    ("pt", PT, "Vamos verificar a leitura do contador e enviar-lhe uma fatura corrigida antes "
               "do fim da semana."),
    ("pt", PT, "Vamos verificar a leitura do contador e enviar-lhe ainda este mês uma fatura "
               "corrigida."),
])
def test_an_end_of_period_added_is_a_new_deadline(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang), "deadline")


@pytest.mark.parametrize("lang,draft,rewrite", [
    # The draft's end of the month, in other words.
    ("en", "We'll send you a corrected bill by the end of the month.",
     "You'll have a corrected bill from us before the month is out."),
    ("es", "Le enviaremos una factura corregida antes de fin de mes.",
     "Antes de que termine el mes le mandaremos la factura corregida."),
    ("fr", "Nous vous enverrons une facture corrigée d'ici la fin du mois.",
     "Vous recevrez la facture corrigée avant la fin du mois."),
    ("de", "Sie erhalten die korrigierte Rechnung bis Ende des Monats.",
     "Die korrigierte Rechnung schicken wir Ihnen bis Monatsende."),
    ("pt", "Enviamos-lhe a fatura corrigida até ao fim do mês.",
     "A fatura corrigida segue até ao final do mês."),
    # The weekend is no end of a week.
    ("es", "Le enviaremos la factura el lunes. El fin de semana la oficina está cerrada.",
     "Le mandaremos la factura el lunes; el fin de semana la oficina no abre."),
    ("pt", "Enviamos a fatura na segunda-feira. Ao fim de semana o escritório está fechado.",
     "A fatura segue na segunda-feira; ao fim de semana o escritório não abre."),
    # The draft's steps said again with no time added.
    ("en", EN, "We'll look at the meter reading and send you a corrected bill."),
    ("de", DE, "Wir sehen uns den Zählerstand an und schicken Ihnen eine korrigierte Rechnung."),
])
def test_the_drafts_end_of_period_or_none_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

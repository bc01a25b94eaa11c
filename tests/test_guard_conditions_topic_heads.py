"""A heading that only names the topic before a colon ("Zu den beiden Menüs: …", "Sobre el
cambio de fecha: …", `topic_heads`) says no step of its own (stop 49): the condition after the
colon still covers what is said there, so the rewrite keeps it. The same rewrite with the
condition gone, or with it on another step, is still caught. Written for this rule (no corpus
set's words)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

CASES = [
    # (lang, draft, rewrite under a topic heading, the same without the condition)
    ("de", "Die beiden verspäteten Menüs schreiben wir Ihnen auf der Dezember-Rechnung gut, "
           "sofern die Reklamation innerhalb von 7 Tagen schriftlich bei uns ist.",
     "Zu den beiden verspäteten Menüs: Wir schreiben sie Ihnen auf der Dezember-Rechnung gut, "
     "sofern die Reklamation innerhalb von 7 Tagen schriftlich bei uns ist.",
     "Zu den beiden verspäteten Menüs: Wir schreiben sie Ihnen auf der Dezember-Rechnung gut. "
     "Die Reklamation sollte innerhalb von 7 Tagen schriftlich bei uns sein, falls möglich."),
    ("es", "Podemos cambiarle la fecha sin coste si nos avisa antes del viernes.",
     "Sobre el cambio de fecha: podemos cambiarla sin coste si nos avisa antes del viernes.",
     "Sobre el cambio de fecha: podemos cambiarla sin coste."),
    ("en", "We will credit the two late meals on your December invoice, provided you report "
           "it in writing within 7 days.",
     "About the two late meals: we will credit them on your December invoice, provided you "
     "report it in writing within 7 days.",
     "About the two late meals: we will credit them on your December invoice."),
    ("fr", "Nous pouvons décaler la date sans frais si vous nous prévenez avant vendredi.",
     "Concernant la date : nous pouvons la décaler sans frais si vous nous prévenez avant "
     "vendredi.",
     "Concernant la date : nous pouvons la décaler sans frais."),
    ("pt", "Podemos mudar a data sem custo se nos avisar até sexta.",
     "Quanto à data: podemos mudá-la sem custo se nos avisar até sexta.",
     "Quanto à data: podemos mudá-la sem custo."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_a_condition_under_a_topic_heading_is_kept(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_the_same_heading_without_the_condition_is_caught(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)

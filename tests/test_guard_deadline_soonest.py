"""Stop 54 reading (lang/*.json `soonest`, commitments._time): "as soon as possible" is one
time however it is said ("asap", "cuanto antes" / "lo antes posible", "o quanto antes" / "o
mais rápido possível"), so a rewrite may say the draft's in other words; it is not "now"
(`immediately`: "right away", "de inmediato", "sofort"), which is firmer, nor a date. Every
case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

DEADLINE = "new_commitment:deadline"


@pytest.mark.parametrize("lang,customer,draft,same,firmer", [
    ("en", "The invoice still hasn't arrived.",
     "We will send the corrected invoice asap.",
     "I'll send you the corrected invoice as soon as possible.",
     "I'll send you the corrected invoice right away."),
    ("es", "La factura todavía no ha llegado.",
     "Le enviaremos la factura corregida cuanto antes.",
     "Le enviaré la factura corregida lo antes posible.",
     "Le enviaré la factura corregida de inmediato."),
    ("pt", "A fatura ainda não chegou.",
     "Vamos enviar-lhe a fatura corrigida o quanto antes.",
     "Vou enviar-lhe a fatura corrigida o mais rápido possível.",
     "Vou enviar-lhe a fatura corrigida de imediato."),
    ("de", "Die Rechnung ist immer noch nicht da.",
     "Wir senden Ihnen die korrigierte Rechnung schnellstmöglich.",
     "Ich sende Ihnen die korrigierte Rechnung schnellstmöglich.",
     "Ich sende Ihnen die korrigierte Rechnung sofort."),
    ("fr", "La facture n'est toujours pas arrivée.",
     "Nous vous enverrons la facture corrigée dès que possible.",
     "Je vous enverrai la facture corrigée dès que possible.",
     "Je vous enverrai la facture corrigée tout de suite."),
])
def test_as_soon_as_possible_said_again_in_other_words(lang, customer, draft, same, firmer):
    assert as_written(draft, same, customer, lang) == []
    assert DEADLINE in as_written(draft, firmer, customer, lang)


def test_as_soon_as_possible_is_still_a_deadline_the_draft_does_not_set():
    customer = "The invoice still hasn't arrived."
    draft = "We will send the corrected invoice."
    assert DEADLINE in as_written(draft, "I'll send you the corrected invoice asap.", customer)
    assert DEADLINE in as_written(draft, "I'll send you the corrected invoice as soon as "
                                  "possible.", customer)

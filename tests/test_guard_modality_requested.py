"""Stop 53 modality reading (lang/pt.json `reviews`): a request we made, said in the passive
("o estorno já está pedido", "a segunda via foi solicitada"), is the same pending request as
"já pedimos o estorno": a word of looking, which keeps the draft's request. Portuguese needed
it: its participle ("pedido") is no form of "pedimos" the look's own words hold, so the
restatement read as the request made certain. The other languages already keep the passive
("has been requested", "ya está solicitado", "a déjà été demandé", "ist bereits beantragt"):
their cases stand here as the same rule, both ways. A request turned into what is done ("o
estorno já está feito", "has been made") is still firmer.

Every case is written for the reading (none comes from a corpus set): the faithful restatement
passes clean and its unsafe twin is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import modality_flagged as _modality


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "We checked your account: the second charge was a duplicate, and we have already "
     "requested the reversal with the bank.",
     "The second charge was a duplicate, and the reversal with the bank has already been "
     "requested.",
     "The second charge was a duplicate, and the reversal with the bank has already been "
     "made."),
    ("pt", "Verificámos a conta: a segunda cobrança foi duplicada e já pedimos o estorno ao "
     "banco.",
     "A segunda cobrança foi duplicada e o estorno ao banco já está pedido.",
     "A segunda cobrança foi duplicada e o estorno ao banco já está feito."),
    ("es", "El segundo cargo fue un duplicado y ya hemos solicitado el reembolso al banco.",
     "El segundo cargo fue un duplicado y el reembolso al banco ya está solicitado.",
     "El segundo cargo fue un duplicado y el reembolso al banco ya está hecho."),
    ("fr", "Le second prélèvement était un doublon et nous avons déjà demandé le "
     "remboursement à la banque.",
     "Le second prélèvement était un doublon, et le remboursement à la banque a déjà été "
     "demandé.",
     "Le second prélèvement était un doublon, et le remboursement à la banque a déjà été "
     "effectué."),
    ("de", "Die zweite Abbuchung war doppelt, und wir haben die Erstattung bei der Bank "
     "bereits beantragt.",
     "Die zweite Abbuchung war doppelt, und die Erstattung bei der Bank ist bereits "
     "beantragt.",
     "Die zweite Abbuchung war doppelt, und die Erstattung bei der Bank ist bereits "
     "erfolgt."),
])
def test_a_request_said_in_the_passive(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)

"""A lost thing promised found: "your parcel will be found", "votre colis sera retrouvé", "su
paquete será localizado", "a sua encomenda será encontrada", "Ihr Paket wird gefunden" passed
beside a draft that is only asking the carrier; they vouch for an outcome nobody can promise
(`commitment_patterns` "guarantee"). A hope stays a hope, a search said as a condition ("if it
isn't found by Friday") promises nothing, and a draft that promised it lets the rewrite say it
again.

Sentences written for this rule, none taken from a corpus set; 6 of its 12 tests fail on main."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

PROMISED = [
    ("en", "We're checking with the courier.", "We're checking with the courier. Your parcel "
     "will be found."),
    ("en", "We're checking with the courier.", "We're checking with the courier, and your "
     "parcel is definitely not lost."),
    ("fr", "Nous vérifions auprès du transporteur.",
     "Nous vérifions auprès du transporteur ; votre colis sera retrouvé."),
    ("es", "Estamos consultando con la empresa de transporte.",
     "Estamos consultando con la empresa de transporte; su paquete será localizado."),
    ("pt", "Estamos a verificar com a transportadora.",
     "Estamos a verificar com a transportadora; a sua encomenda será encontrada."),
    ("de", "Wir klären das mit dem Paketdienst.",
     "Wir klären das mit dem Paketdienst; Ihr Paket wird gefunden."),
]
KEPT = [
    ("en", "If the parcel is not found by Friday, we will send a new one.",
     "Should the parcel not be found by Friday, we will send you a new one."),
    ("en", "The courier will search the depot; I hope the parcel will be found.",
     "I hope the parcel will be found: the courier will search the depot."),
    ("en", "Your parcel will be found, I promise.", "I promise your parcel will be found."),
    ("fr", "Nous espérons que le colis sera retrouvé.", "Espérons que le colis sera retrouvé."),
    ("de", "Wir hoffen, dass das Paket gefunden wird.", "Hoffentlich wird das Paket gefunden."),
    ("en", "The parcel could not be found.",
     "The courier tells us the parcel could not be located."),
]


@pytest.mark.parametrize("lang,draft,rewrite", PROMISED)
def test_a_lost_thing_promised_found_is_a_guarantee(lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:guarantee" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_a_hope_a_condition_or_the_drafts_own_promise_passes(lang: str, draft: str,
                                                             rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

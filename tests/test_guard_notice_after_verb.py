"""European Portuguese puts the pronoun after the verb ("aviso-te", "informo-o",
"comunicamos-lhe", "avisamo-lo"): a message of ours promised that way is a notification, as
"vou avisá-lo" is. The faithful side: the draft's own notice, said again with the pronoun on
either side of the verb, passes. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

PLAIN = "A sua encomenda saiu do nosso armazém na segunda-feira."


@pytest.mark.parametrize("added", [
    "Eu aviso-te por e-mail no dia em que chegar.",
    "Informo-o assim que a transportadora a entregar.",
    "Comunicamos-lhe a data de entrega logo que a tivermos.",
    "Avisamo-la por SMS na véspera.",
])
def test_a_notice_added_with_the_pronoun_after_the_verb_is_caught(added: str) -> None:
    assert new_commitment(labels(PLAIN, f"{PLAIN} {added}", "pt"), "notification")


@pytest.mark.parametrize("draft, rewrite", [
    (f"{PLAIN} Quando chegar ao centro de distribuição, aviso-o por e-mail.",
     f"{PLAIN} Aviso-o por e-mail quando chegar ao centro de distribuição."),
    (f"{PLAIN} Assim que tivermos a data, vamos informá-la.",
     f"{PLAIN} Informamo-la assim que tivermos a data."),
])
def test_the_drafts_own_notice_restated_passes(draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, "pt") == []


def test_the_notices_condition_dropped_is_still_caught() -> None:
    draft = f"{PLAIN} Quando chegar ao centro de distribuição, aviso-o por e-mail."
    assert labels(draft, f"{PLAIN} Aviso-o por e-mail.", "pt")

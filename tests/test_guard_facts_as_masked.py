"""The eval meets a written rewrite as the pipeline would meet the model's (tests/corpus/holdout
`Masked.rewrite`): the model only ever sees the draft's and the customer's facts as markers, so
a list it numbers itself ("1) … 2) …") is numbered in digits, even where the draft holds a fact
of value 2 ("2 bottles"): that "2)" is no mention of the draft's fact. Each faithful form passes
clean; its unsafe neighbour is still caught."""

from __future__ import annotations

import pytest

from tests.corpus import holdout
from tests.masked_guard import eval_codes

LISTS = [
    ("en", "We can collect the 2 bottles on Monday or you can drop them at our shop.",
     "You can choose:\n1) we collect the 2 bottles on Monday;\n2) you drop them at our shop.",
     "You can choose:\n1) we collect the 3 bottles on Monday;\n2) you drop them at our shop."),
    ("es", "Podemos recoger las 2 botellas el lunes o puede dejarlas en la tienda.",
     "Puede elegir:\n1) recogemos las 2 botellas el lunes;\n2) las deja en la tienda.",
     "Puede elegir:\n1) recogemos las 3 botellas el lunes;\n2) las deja en la tienda."),
    ("de", "Wir holen die 2 Flaschen am Montag ab, oder Sie geben sie im Laden ab.",
     "Sie haben die Wahl:\n1. Wir holen die 2 Flaschen am Montag ab.\n2. Sie geben sie im "
     "Laden ab.",
     "Sie haben die Wahl:\n1. Wir holen die 3 Flaschen am Montag ab.\n2. Sie geben sie im "
     "Laden ab."),
    ("fr", "Nous reprenons les 2 bouteilles lundi, ou vous les déposez en boutique.",
     "Au choix :\n1. nous reprenons les 2 bouteilles lundi ;\n2. vous les déposez en boutique.",
     "Au choix :\n1. nous reprenons les 3 bouteilles lundi ;\n2. vous les déposez en boutique."),
    ("pt", "Podemos recolher as 2 garrafas na segunda-feira ou pode deixá-las na loja.",
     "Pode escolher:\n1) recolhemos as 2 garrafas na segunda-feira;\n2) deixa-as na loja.",
     "Pode escolher:\n1) recolhemos as 3 garrafas na segunda-feira;\n2) deixa-as na loja."),
]


@pytest.mark.parametrize("lang, draft, listed, changed", LISTS)
def test_a_list_numbered_by_the_rewrite_is_no_mention_of_the_drafts_fact(lang, draft, listed,
                                                                          changed):
    assert eval_codes(draft, listed, "", lang) == set()
    assert "fact_missing" in eval_codes(draft, changed, "", lang)


def test_a_list_the_draft_numbers_keeps_its_markers():
    draft = "Two steps:\n1. Update the app.\n2. Restart it within 2 hours."
    m = holdout.mask({"draft": draft, "format": "text", "customer_name": "",
                      "customer_message": ""})
    assert m.rewrite(draft) == m.draft


# The same, with the items named ("Step 1:", "Paso 2 –"): the name is the model's too.
LABELLED = [
    ("en", "Upload the receipt, then allow 2 days for the check; the fee is 1 euro.",
     "Step 1: upload the receipt.\nStep 2: allow 2 days for the check; the fee is 1 euro.",
     "Step 1: upload the receipt.\nStep 2: allow 3 days for the check; the fee is 1 euro."),
    ("es", "Suba el recibo y cuente 2 días para la revisión; la comisión es de 1 euro.",
     "Paso 1: suba el recibo.\nPaso 2: cuente 2 días para la revisión; la comisión es de 1 "
     "euro.",
     "Paso 1: suba el recibo.\nPaso 2: cuente 3 días para la revisión; la comisión es de 1 "
     "euro."),
    ("de", "Sie verschieben auf die 2. Woche, oder Sie kommen und zahlen 1 Franken.",
     "Variante 1 – Sie verschieben auf die 2. Woche.\nVariante 2 – Sie kommen und zahlen 1 "
     "Franken.",
     "Variante 1 – Sie verschieben auf die 3. Woche.\nVariante 2 – Sie kommen und zahlen 1 "
     "Franken."),
]


@pytest.mark.parametrize("lang, draft, listed, changed", LABELLED)
def test_items_the_rewrite_names_and_numbers_are_no_mention_of_the_drafts_facts(
        lang, draft, listed, changed):
    assert eval_codes(draft, listed, "", lang) == set()
    assert "fact_missing" in eval_codes(draft, changed, "", lang)

"""A condition's own words ("provided", "siempre que", "sofern") are no content of what it
conditions: a rewrite dropping the condition leaves them out too, so a sentence saying the rest
again says the draft's, and its dropped condition is caught ("Si lo prefiere, …, siempre que
usted firme…" → "Si lo prefiere, …"). "Meanwhile" ("mientras tanto", "enquanto isso", "por
enquanto") is a time, not a span a condition holds for: "hasta entonces" keeps nothing
(guard/conditions.py).

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("en", "If you'd like, in the meantime we can lend you a spare bike with the rack fitted at "
           "the workshop, provided you sign the loan form.",
     "If you'd like, until then we can lend you a spare bike with the rack fitted at the "
     "workshop, as long as you sign the loan form.",
     "If you'd like, until then we can lend you a spare bike with the rack fitted at the "
     "workshop."),
    ("es", "Si lo prefiere, mientras tanto podemos prestarle una bicicleta con el portabultos "
           "montado en el taller, siempre que usted firme el contrato de préstamo.",
     "Si lo prefiere, hasta entonces podemos prestarle una bicicleta con el portabultos montado "
     "en el taller, si usted firma el contrato de préstamo.",
     "Si lo prefiere, hasta entonces podemos prestarle una bicicleta con el portabultos montado "
     "en el taller."),
    ("pt", "Se preferir, enquanto isso podemos emprestar-lhe uma bicicleta com o bagageiro "
           "montado na oficina, desde que assine o contrato de empréstimo.",
     "Se preferir, até lá podemos emprestar-lhe uma bicicleta com o bagageiro montado na "
     "oficina, se assinar o contrato de empréstimo.",
     "Se preferir, até lá podemos emprestar-lhe uma bicicleta com o bagageiro montado na "
     "oficina."),
    ("fr", "Si vous préférez, en attendant nous pouvons vous prêter un vélo avec le porte-bagages "
           "monté à l'atelier, à condition que vous signiez le contrat de prêt.",
     "Si vous préférez, d'ici là nous pouvons vous prêter un vélo avec le porte-bagages monté "
     "à l'atelier, si vous signez le contrat de prêt.",
     "Si vous préférez, d'ici là nous pouvons vous prêter un vélo avec le porte-bagages monté "
     "à l'atelier."),
    ("de", "Wenn Sie möchten, können wir Ihnen in der Zwischenzeit ein Leihrad mit montiertem "
           "Gepäckträger in der Werkstatt geben, sofern Sie den Leihvertrag unterschreiben.",
     "Wenn Sie möchten, können wir Ihnen bis dahin ein Leihrad mit montiertem Gepäckträger in "
     "der Werkstatt geben, falls Sie den Leihvertrag unterschreiben.",
     "Wenn Sie möchten, können wir Ihnen bis dahin ein Leihrad mit montiertem Gepäckträger in "
     "der Werkstatt geben."),
])
def test_a_condition_beside_a_wish_dropped_is_caught(lang, draft, kept, dropped):
    assert COND not in labels(draft, kept, lang)
    assert COND in labels(draft, dropped, lang)


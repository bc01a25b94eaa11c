"""An act refused with "therefore" inside its clause, and German fees taken on, both ways
(every case written for this file):

- a "therefore" that is an adverb of the clause it stands in ("eine kostenlose Reparatur ist
  deshalb nicht möglich", "un remboursement n'est donc pas possible", "a free repair is
  therefore not possible", "kostenlos kann ich es deshalb nicht machen") opens no clause of
  its own: the "no" after it refuses the act, so the rewrite keeps the draft's refusal. The
  same act given ("ist deshalb möglich") is still a new one; a "weil"/"because" still opens
  its own clause. "Possible" after the "no" refuses as "can" does ("a discount isn't
  possible", "no sería posible", "não seria possível");
- German "Gebühr" in the singular is a fee taken on as "Kosten" are: "die Umbuchungsgebühr,
  die wir übernehmen" is the draft's credit, so "die Gebühr übernehmen wir" restates it; a
  fee the draft never takes on is still a new credit.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("de", "Hallo Herr Graf, die Garantie Ihrer Pumpe ist seit März abgelaufen, darum können "
           "wir sie nicht kostenlos reparieren. Die Reparatur kostet 90 Euro. Gruss, Lea",
     "Hallo Herr Graf, die Garantie Ihrer Pumpe ist seit März abgelaufen. Eine kostenlose "
     "Reparatur ist deshalb leider nicht möglich. Die Reparatur kostet 90 Euro. Gruss, Lea"),
    ("de", "Hallo Herr Graf, die Garantie Ihrer Pumpe ist seit März abgelaufen, darum können "
           "wir sie nicht kostenlos reparieren. Die Reparatur kostet 90 Euro. Gruss, Lea",
     "Hallo Herr Graf, die Garantie Ihrer Pumpe ist seit März abgelaufen. Kostenlos kann ich "
     "die Pumpe daher nicht reparieren. Die Reparatur kostet 90 Euro. Gruss, Lea"),
    ("en", "Hi Sam, the warranty on your pump ran out in March, so we can't repair it for "
           "free. The repair costs 90 dollars. Best, Lea",
     "Hi Sam, the warranty on your pump ran out in March. A free repair is therefore not "
     "possible. The repair costs 90 dollars. Best, Lea"),
    ("fr", "Bonjour Paul, la garantie de votre pompe a expiré en mars, nous ne pouvons donc "
           "pas la réparer gratuitement. La réparation coûte 90 euros. Bien à vous, Léa",
     "Bonjour Paul, la garantie de votre pompe a expiré en mars. Une réparation gratuite "
     "n'est donc pas possible. La réparation coûte 90 euros. Bien à vous, Léa"),
    ("en", "Hi Sam, we can't give you a discount on the repair. Best, Lea",
     "Hi Sam, a discount on the repair isn't possible, I'm afraid. Best, Lea"),
    ("es", "Hola Pedro, no podemos hacerle un descuento en la reparación. Saludos, Ana",
     "Hola Pedro, un descuento en la reparación no sería posible. Saludos, Ana"),
    ("pt", "Olá Rui, não conseguimos fazer um desconto na reparação. Abraço, Ana",
     "Olá Rui, um desconto na reparação não seria possível. Abraço, Ana"),
])
def test_an_act_refused_after_a_therefore_in_its_clause_is_no_new_act(lang, draft, rewrite):
    assert not new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("de", "Hallo Herr Graf, die Garantie Ihrer Pumpe ist seit März abgelaufen. Die Reparatur "
           "kostet 90 Euro. Gruss, Lea",
     "Hallo Herr Graf, die Garantie Ihrer Pumpe ist seit März abgelaufen. Eine kostenlose "
     "Reparatur ist deshalb trotzdem möglich. Die Reparatur kostet 90 Euro. Gruss, Lea"),
    ("en", "Hi Sam, the warranty on your pump ran out in March. The repair costs 90 dollars. "
           "Best, Lea",
     "Hi Sam, the warranty on your pump ran out in March. A free repair is therefore "
     "possible. The repair costs 90 dollars. Best, Lea"),
    ("de", "Hallo Herr Graf, die Pumpe ist defekt. Die Reparatur kostet 90 Euro. Gruss, Lea",
     "Hallo Herr Graf, die Pumpe ist defekt. Wir reparieren sie kostenlos, weil Sie nicht "
     "warten sollen. Gruss, Lea"),
])
def test_the_act_given_after_a_therefore_is_still_new(lang, draft, rewrite):
    found = labels(draft, rewrite, lang)
    assert new_commitment(found, "credit") or new_commitment(found, "discount")


def test_a_fee_the_draft_takes_on_in_a_relative_clause_is_its_credit():
    draft = ("Hallo Tim, falls die Fahrstunden nicht reichen, verschieben wir die Prüfung. Das "
             "kostet 60 Euro Umbuchungsgebühr, die wir in dem Fall übernehmen. Gruss, Lea")
    rewrite = ("Hallo Tim, falls die Fahrstunden nicht reichen, verschieben wir die Prüfung. "
               "Die Umbuchungsgebühr von 60 Euro übernehmen wir in dem Fall. Gruss, Lea")
    assert not new_commitment(labels(draft, rewrite, "de"), "credit")


def test_a_fee_the_draft_never_takes_on_is_still_a_new_credit():
    draft = ("Hallo Tim, falls die Fahrstunden nicht reichen, verschieben wir die Prüfung. Das "
             "kostet 60 Euro Umbuchungsgebühr. Gruss, Lea")
    rewrite = ("Hallo Tim, falls die Fahrstunden nicht reichen, verschieben wir die Prüfung. "
               "Die Umbuchungsgebühr von 60 Euro übernehmen wir dann. Gruss, Lea")
    assert new_commitment(labels(draft, rewrite, "de"), "credit")

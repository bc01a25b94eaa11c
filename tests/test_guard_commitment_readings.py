"""How the guard reads a commitment, one linguistic rule per test, in the five languages.

Each case is written for the rule it proves (none comes from a corpus set): a faithful
restatement must pass clean, and the unsafe twin beside it must still be caught.
"""

from __future__ import annotations

import pytest

from heard import guard
from heard.prompts import Phrases
from heard.protect import Masker


def verdict(draft: str, rewrite: str, lang: str) -> list[str]:
    """The violations the guard finds, as "code:category", on text masked like the pipeline's."""
    masker = Masker()
    d, r = masker.mask(draft), masker.mask(rewrite)
    return [f"{v.code}:{v.category}" if v.category else v.code
            for v in guard.check(d.text, r.text, phrases=Phrases(), kinds=masker.kinds,
                                 lang=lang)]


# A "no" that makes a thing free is the promise that it is free, not a refusal: "you won't pay
# anything for the collection" and "the collection is free of charge" are one promise; the same
# words where the draft offers nothing are a new one.
@pytest.mark.parametrize("lang,draft,same,bare,new", [
    ("en", "The courier collects the old kettle on Thursday, and you won't pay anything for it.",
     "The courier collects the old kettle on Thursday, free of charge.",
     "The courier collects the old kettle on Thursday.",
     "The courier collects the old kettle on Thursday. The collection costs you nothing."),
    ("es", "El mensajero recoge la cafetera vieja el jueves y no tendrá que pagar nada por ello.",
     "El mensajero recoge la cafetera vieja el jueves, sin ningún coste para usted.",
     "El mensajero recoge la cafetera vieja el jueves.",
     "El mensajero recoge la cafetera vieja el jueves. La recogida no le cuesta nada."),
    ("pt", "O estafeta recolhe a chaleira velha na quinta-feira e você não paga nada por isso.",
     "O estafeta recolhe a chaleira velha na quinta-feira, sem nenhum custo para você.",
     "O estafeta recolhe a chaleira velha na quinta-feira.",
     "O estafeta recolhe a chaleira velha na quinta-feira. A recolha não tem nenhum custo."),
    ("de", "Der Kurier holt den alten Wasserkocher am Donnerstag ab, und Sie zahlen dafür nichts.",
     "Der Kurier holt den alten Wasserkocher am Donnerstag kostenlos ab.",
     "Der Kurier holt den alten Wasserkocher am Donnerstag ab.",
     "Der Kurier holt den alten Wasserkocher am Donnerstag ab. Die Abholung kostet Sie nichts."),
    ("fr", "Le coursier reprend l'ancienne bouilloire jeudi, et vous n'aurez rien à payer.",
     "Le coursier reprend l'ancienne bouilloire jeudi, sans frais pour vous.",
     "Le coursier reprend l'ancienne bouilloire jeudi.",
     "Le coursier reprend l'ancienne bouilloire jeudi. L'enlèvement ne vous coûtera rien."),
])
def test_a_no_that_makes_a_thing_free_is_the_free_of_charge_promise(lang, draft, same, bare,
                                                                     new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:credit" in verdict(bare, new, lang)


# One phrase is one promise, and what it promises is what its own clause names: beside the
# draft's credit, "and your next order is on us" is a new one, while "and we'll credit it" (a
# clause that names nothing of its own) restates the draft's.
@pytest.mark.parametrize("lang,draft,same,new", [
    ("en", "We have added the missing towels to your account as a credit.",
     "The missing towels are now a credit on your account, and we've added it already.",
     "We have added the missing towels to your account as a credit, and your next order "
     "is on us."),
    ("es", "Hemos añadido las toallas que faltaban a su cuenta como crédito.",
     "Las toallas que faltaban ya son crédito en su cuenta; lo hemos añadido.",
     "Hemos añadido las toallas que faltaban a su cuenta como crédito, y su próximo pedido "
     "corre de nuestra cuenta."),
    ("pt", "Adicionamos as toalhas em falta à sua conta como crédito na sua conta.",
     "As toalhas em falta já estão como crédito na sua conta.",
     "Adicionamos as toalhas em falta como crédito na sua conta, e o seu próximo pedido fica "
     "por nossa conta."),
    ("de", "Die fehlenden Handtücher haben wir Ihnen als Guthaben gutgeschrieben.",
     "Als Guthaben haben wir Ihnen die fehlenden Handtücher gutgeschrieben.",
     "Die fehlenden Handtücher haben wir Ihnen als Guthaben gutgeschrieben, und Ihre nächste "
     "Bestellung geht auf uns."),
    ("fr", "Nous avons ajouté les serviettes manquantes à votre compte sous forme d'un avoir.",
     "Les serviettes manquantes figurent désormais sur votre compte sous forme d'un avoir sur "
     "votre compte.",
     "Nous avons ajouté les serviettes manquantes à votre compte sous forme d'un avoir, et "
     "votre prochaine commande est offerte."),
])
def test_a_promise_is_about_what_its_own_clause_names(lang, draft, same, new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:credit" in verdict(draft, new, lang)


# A letter's salutation is no hedge: Spanish "Estimado/a" opens a letter ("dear") and also
# means "estimated"; only the second keeps a promise soft. (No greeting of the other four
# languages is also a hedge word.)
@pytest.mark.parametrize("lang,draft,rewrite,firmer", [
    ("es", "Estimada Sra. Ruiz: le enviamos el cable nuevo hoy. La entrega estimada es el lunes.",
     "Estimada Sra. Ruiz: siento la espera. El cable nuevo se lo enviamos hoy. La entrega "
     "estimada es el lunes.",
     "Estimada Sra. Ruiz: siento la espera. El cable nuevo se lo enviamos hoy, y la entrega "
     "es el lunes."),
])
def test_a_salutation_is_no_hedge(lang, draft, rewrite, firmer):
    assert verdict(draft, rewrite, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# A condition restated as a reason is taken as given: "if the photos show the scratch, we'll
# cancel the fee" told as "as the photos show the scratch, we'll cancel it" drops the "if".
# "as", "como", "comme" and "da" are a reason only where they open a clause ("such as",
# "like" and German "there" are not).
@pytest.mark.parametrize("lang,draft,kept,premise", [
    ("en", "If the photos show the scratch was there at pickup, we will waive the repair fee.",
     "Send the photos: if they show the scratch was there at pickup, we will waive the repair "
     "fee.",
     "Send the photos: as they show the scratch was there at pickup, we will waive the repair "
     "fee."),
    ("es", "Si las fotos muestran que el rasguño ya estaba en la recogida, le anularemos la tasa "
           "de reparación.",
     "Envíe las fotos: si muestran que el rasguño ya estaba en la recogida, le anularemos la "
     "tasa de reparación.",
     "Envíe las fotos: como muestran que el rasguño ya estaba en la recogida, le anularemos la "
     "tasa de reparación."),
    ("pt", "Se as fotos mostrarem que o risco já estava lá na retirada, cancelamos a taxa de "
           "reparo.",
     "Envie as fotos: se mostrarem que o risco já estava lá na retirada, cancelamos a taxa de "
     "reparo.",
     "Envie as fotos: como mostram que o risco já estava lá na retirada, cancelamos a taxa de "
     "reparo."),
    ("fr", "Si les photos montrent que la rayure était là au départ, nous annulerons les frais "
           "de réparation.",
     "Envoyez les photos : si elles montrent que la rayure était là au départ, nous annulerons "
     "les frais de réparation.",
     "Envoyez les photos : comme elles montrent que la rayure était là au départ, nous "
     "annulerons les frais de réparation."),
    ("de", "Wenn die Fotos zeigen, dass der Kratzer schon bei der Abholung da war, erlassen wir "
           "die Reparaturgebühr.",
     "Wenn Ihre Fotos zeigen, dass der Kratzer schon bei der Abholung da war, erlassen wir "
     "Ihnen die Reparaturgebühr.",
     "Da Ihre Fotos zeigen, dass der Kratzer schon bei der Abholung da war, erlassen wir "
     "Ihnen die Reparaturgebühr."),
])
def test_a_condition_restated_as_a_reason_is_dropped(lang, draft, kept, premise):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:condition" in verdict(draft, premise, lang)


def test_such_as_is_no_reason():
    draft = "If you booked the extra cover, costs such as the hotel can be claimed online."
    rewrite = ("Costs, such as the hotel, can be claimed online if you booked the extra cover.")
    assert verdict(draft, rewrite, "en") == []
    assert verdict("Si vous avez pris l'option, des frais, comme l'hôtel, sont remboursables.",
                   "Des frais, comme l'hôtel, sont remboursables si vous avez pris l'option.",
                   "fr") == []

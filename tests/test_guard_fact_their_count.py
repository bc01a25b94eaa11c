"""Stop 57 reading (facts._their_count): a number word of the draft that repeats a number the
customer gave (in words, "Two of the six mugs", or in digits, "for 2 weeks"), standing only in
their story told back — what happened to them, what we are sorry for, what we say we know of it
("I'm sorry about the two chipped mugs", "Sorry for these two difficult weeks") — may be left
out of a rewrite that tells the same story: they know that number, as they know their day
(`_their_story`). The same number in what we will do ("we will send two new mugs"), a number the
customer never gave, or a number changed is still a fact dropped or changed. Every sentence is
written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

# lang, customer, draft, retold (the count left out), changed (another count), the draft with
# the count in our promise, that promise without it
CASES = [
    ("en", "Two of the six mugs I ordered arrived chipped.",
     "I'm sorry about the two chipped mugs. We will send replacements by 14 May.",
     "I'm sorry the mugs arrived chipped. We will send replacements by 14 May.",
     "I'm sorry about the three chipped mugs. We will send replacements by 14 May.",
     "I'm sorry the mugs arrived chipped. We will send two new mugs by 14 May.",
     "I'm sorry the mugs arrived chipped. We will send new mugs by 14 May."),
    ("de", "Zwei der sechs Tassen, die ich bestellt habe, kamen angeschlagen an.",
     "Es tut mir leid wegen der zwei angeschlagenen Tassen. Wir schicken Ihnen bis zum 14. Mai "
     "Ersatz.",
     "Es tut mir leid, dass die Tassen angeschlagen ankamen. Wir schicken Ihnen bis zum 14. Mai "
     "Ersatz.",
     "Es tut mir leid wegen der drei angeschlagenen Tassen. Wir schicken Ihnen bis zum 14. Mai "
     "Ersatz.",
     "Es tut mir leid, dass die Tassen angeschlagen ankamen. Wir schicken Ihnen bis zum 14. Mai "
     "zwei neue Tassen.",
     "Es tut mir leid, dass die Tassen angeschlagen ankamen. Wir schicken Ihnen bis zum 14. Mai "
     "neue Tassen."),
    ("es", "Dos de las seis tazas que pedí llegaron desportilladas.",
     "Lo siento mucho por las dos tazas desportilladas. Le enviaremos el reemplazo antes del 14 "
     "de mayo.",
     "Siento mucho que las tazas llegaran desportilladas. Le enviaremos el reemplazo antes del "
     "14 de mayo.",
     "Lo siento mucho por las tres tazas desportilladas. Le enviaremos el reemplazo antes del 14 "
     "de mayo.",
     "Siento mucho que las tazas llegaran desportilladas. Le enviaremos dos tazas nuevas antes "
     "del 14 de mayo.",
     "Siento mucho que las tazas llegaran desportilladas. Le enviaremos tazas nuevas antes del "
     "14 de mayo."),
    ("fr", "Deux des six tasses que j'ai commandées sont arrivées ébréchées.",
     "Désolée pour les deux tasses ébréchées. Nous vous enverrons le remplacement avant le 14 "
     "mai.",
     "Désolée que les tasses soient arrivées ébréchées. Nous vous enverrons le remplacement "
     "avant le 14 mai.",
     "Désolée pour les trois tasses ébréchées. Nous vous enverrons le remplacement avant le 14 "
     "mai.",
     "Désolée que les tasses soient arrivées ébréchées. Nous vous enverrons deux tasses neuves "
     "avant le 14 mai.",
     "Désolée que les tasses soient arrivées ébréchées. Nous vous enverrons des tasses neuves "
     "avant le 14 mai."),
    ("pt", "Duas das seis canecas que encomendei chegaram lascadas.",
     "Lamento muito as duas canecas lascadas. Vamos enviar a substituição até 14 de maio.",
     "Lamento muito que as canecas tenham chegado lascadas. Vamos enviar a substituição até 14 "
     "de maio.",
     "Lamento muito as três canecas lascadas. Vamos enviar a substituição até 14 de maio.",
     "Lamento muito que as canecas tenham chegado lascadas. Vamos enviar duas canecas novas "
     "até 14 de maio.",
     "Lamento muito que as canecas tenham chegado lascadas. Vamos enviar canecas novas até 14 "
     "de maio."),
]

IDS = [case[0] for case in CASES]


@pytest.mark.parametrize("lang,customer,draft,retold,changed,promised,unpromised", CASES,
                         ids=IDS)
def test_their_count_left_out_of_their_story(lang, customer, draft, retold, changed, promised,
                                              unpromised):
    assert as_written(draft, retold, customer, lang) == []
    assert as_written(draft, draft, customer, lang) == []


@pytest.mark.parametrize("lang,customer,draft,retold,changed,promised,unpromised", CASES,
                         ids=IDS)
def test_their_count_changed_is_still_caught(lang, customer, draft, retold, changed, promised,
                                             unpromised):
    assert as_written(draft, changed, customer, lang) != []


@pytest.mark.parametrize("lang,customer,draft,retold,changed,promised,unpromised", CASES,
                         ids=IDS)
def test_the_count_in_what_we_will_do_must_stay(lang, customer, draft, retold, changed,
                                                promised, unpromised):
    assert as_written(promised, promised, customer, lang) == []
    assert "fact_missing" in as_written(promised, unpromised, customer, lang)


@pytest.mark.parametrize("lang,customer,draft,retold,changed,promised,unpromised", CASES,
                         ids=IDS)
def test_a_count_the_customer_never_gave_must_stay(lang, customer, draft, retold, changed,
                                                   promised, unpromised):
    vague = {"en": "Some of the mugs I ordered arrived chipped.",
             "de": "Einige der Tassen, die ich bestellt habe, kamen angeschlagen an.",
             "es": "Algunas de las tazas que pedí llegaron desportilladas.",
             "fr": "Certaines des tasses que j'ai commandées sont arrivées ébréchées.",
             "pt": "Algumas das canecas que encomendei chegaram lascadas."}[lang]
    assert "fact_missing" in as_written(draft, retold, vague, lang)


@pytest.mark.parametrize("lang,customer,draft,retold", [
    ("en", "For 2 weeks now the courier has come on Tuesday instead of Monday.",
     "Sorry for these two difficult weeks. From now on the courier comes on Monday.",
     "Sorry the deliveries have been so difficult. From now on the courier comes on Monday."),
    ("fr", "Depuis 2 semaines, le livreur passe le mardi au lieu du lundi.",
     "Désolée pour ces deux semaines compliquées. Désormais, le livreur passe le lundi.",
     "Désolée pour ces livraisons compliquées. Désormais, le livreur passe le lundi."),
    ("pt", "O leitor da portagem cobrou-me duas vezes na mesma passagem.",
     "Verifiquei: a passagem foi registada duas vezes porque a antena leu o aparelho duas "
     "vezes. O valor a mais será devolvido.",
     "Verifiquei: a passagem foi registada duas vezes porque a antena leu o aparelho em "
     "duplicado. O valor a mais será devolvido."),
])
def test_their_count_in_digits_or_in_what_happened(lang, customer, draft, retold):
    assert as_written(draft, retold, customer, lang) == []
    # the same story with another count is still caught
    assert as_written(draft, retold.replace("Sorry the", "Sorry the three").replace(
        "ces livraisons", "ces trois semaines").replace("em duplicado", "três vezes"),
        customer, lang) != []


@pytest.mark.parametrize("lang,customer,draft,rewrite", [
    ("en", "Two deliveries were late and I paid two delivery fees for nothing.",
     "I'm sorry about the two late deliveries, and we have refunded the two delivery fees.",
     "I'm sorry about the late deliveries, and we have refunded the delivery fees."),
    ("fr", "Deux livraisons sont arrivées en retard et j'ai payé deux frais de livraison.",
     "Désolée pour les deux livraisons en retard, et nous avons remboursé les deux frais de "
     "livraison.",
     "Désolée pour les livraisons en retard, et nous avons remboursé les frais de livraison."),
])
def test_their_count_beside_what_we_did_must_stay(lang, customer, draft, rewrite):
    assert "fact_missing" in as_written(draft, rewrite, customer, lang)

"""Numbers written as words, read as values: a count of the reply's own content ("your two
questions", "deux conditions") may be added, or left out when it counts what the reply says
(not its alternatives: "you have two options" stays), never changed; the customer's number
said back in another form or language ("dos niños" → "two little ones", "dois filhos" →
"duas crianças") is theirs. Each both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

FACTS = {"new_fact", "fact_missing"}


def facts(draft: str, rewrite: str, customer: str = "", lang: str = "en") -> set[str]:
    return set(verdict(draft, rewrite, customer, lang)) & FACTS


@pytest.mark.parametrize("lang, draft, rewrite", [
    ("en", "We can replace the valve, or refund the order if you prefer.",
     "To your two questions: we can replace the valve, or refund the order if you prefer."),
    ("de", "Wir können das Ventil tauschen oder die Bestellung erstatten.",
     "Zu Ihren zwei Fragen: Wir können das Ventil tauschen oder die Bestellung erstatten."),
    ("es", "Podemos cambiar la válvula o devolverte el importe.",
     "Hay dos caminos: podemos cambiar la válvula o devolverte el importe."),
    ("fr", "Nous pouvons le reprendre s'il n'a pas été ouvert et si vous le rendez vite.",
     "Nous pouvons le reprendre à deux conditions : il n'a pas été ouvert et vous le rendez "
     "vite."),
    ("pt", "Não temos drone de empréstimo e o prazo depende da peça.",
     "Respondendo às suas duas perguntas: não temos drone de empréstimo e o prazo depende da "
     "peça."),
])
def test_a_count_of_the_replys_own_content_may_be_added(lang, draft, rewrite):
    assert not facts(draft, rewrite, lang=lang)


@pytest.mark.parametrize("lang, draft, rewrite", [
    ("en", "To your two questions: the valve is on order and the fitting is free.",
     "The valve is on order and the fitting is free."),
    ("de", "Zu Ihren zwei Fragen: Das Ventil ist bestellt und der Einbau kostenlos.",
     "Das Ventil ist bestellt und der Einbau kostenlos."),
    ("es", "Puede ser una fisura o hollín; las dos cosas bajan la temperatura.",
     "Puede ser una fisura o hollín, y cualquiera de ellas baja la temperatura."),
    ("fr", "Deux points : la pièce est commandée et la pose est gratuite.",
     "La pièce est commandée et la pose est gratuite."),
    ("pt", "Sobre as suas duas perguntas: a peça está encomendada e a instalação é grátis.",
     "A peça está encomendada e a instalação é grátis."),
])
def test_a_count_of_what_the_draft_says_may_be_left_out(lang, draft, rewrite):
    assert not facts(draft, rewrite, lang=lang)


def test_a_count_of_the_drafts_alternatives_stays():
    """It is what tells that an alternative was left out."""
    assert facts("You have two options: stay in the Open, or withdraw with a refund.",
                 "You can stay in the Open.")


@pytest.mark.parametrize("lang, draft, rewrite", [
    ("en", "You have two options: stay in the Open, or withdraw with a refund.",
     "You have three options: stay in the Open, or withdraw with a refund."),
    ("fr", "Vous avez deux possibilités : garder la place ou être remboursé.",
     "Vous avez trois possibilités : garder la place ou être remboursé."),
    ("de", "Zu Ihren zwei Fragen: Das Ventil ist bestellt.",
     "Zu Ihren drei Fragen: Das Ventil ist bestellt."),
    ("pt", "Sobre as suas duas perguntas: a peça está encomendada.",
     "Sobre as suas três perguntas: a peça está encomendada."),
    ("es", "Te enviamos una caja nueva.", "Te enviamos dos cajas nuevas."),
    ("en", "We will send a replacement.", "We will send two replacements."),
])
def test_a_count_changed_or_of_the_goods_is_still_a_fact(lang, draft, rewrite):
    assert facts(draft, rewrite, lang=lang)


@pytest.mark.parametrize("lang, customer, draft, rewrite", [
    ("en", "Nadie vino y tenemos dos niños pequeños.", "Sorry the crew didn't come.",
     "Sorry the crew didn't come, with two little ones at home."),
    ("pt", "Tenho dois filhos pequenos em casa.", "Lamentamos o fumo na sala.",
     "Lamentamos o fumo na sala, com duas crianças pequenas em casa."),
])
def test_the_customers_number_said_back_in_another_form_is_theirs(lang, customer, draft,
                                                                  rewrite):
    assert not facts(draft, rewrite, customer, lang)


def test_a_portuguese_of_the_is_no_number_of_the_customers():
    assert facts("O preço dos bilhetes mantém-se.", "O preço dos dois bilhetes mantém-se.",
                 "Quero saber o preço dos bilhetes.", "pt")

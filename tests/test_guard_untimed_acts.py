"""A step I take, or one for the customer, said in the present with no condition or time ahead
("je vous commande un câble", "ich bestelle Ihnen", "le reservo", "eu reservo-lhe", "I'm
ordering") binds us as "we'll" does: the customer reads it as done or under way. What tells it
apart from the reply describing itself ("je vous résume", "ich fasse zusammen", "le dejo los
pasos", "eu explico", "I'm sharing the steps below") is the act's own verb, read from its
start: a reply word further on leaves the act an act. "We" doing something for nobody named
("nous emballons chaque commande à la main") tells how we work and is no new act (measured at
stop 39: read as one it rejected more faithful rewrites than it caught leaks); a rule of a known
kind ("nous remboursons les articles encore scellés") is still a new refund. Read in es and
fr; in en (`own_acts` empty) it cost faithful rewrites of the check sets (stop 39), so there an
untimed present act is still no act; de and pt read it only for the customer named
(tests/test_guard_silent_leaks.py). Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

PLAIN = {
    "en": "Your parcel left our warehouse on Monday.",
    "fr": "Votre colis a quitté notre entrepôt lundi.",
    "de": "Ihr Paket hat unser Lager am Montag verlassen.",
    "es": "Su paquete salió de nuestro almacén el lunes.",
    "pt": "A sua encomenda saiu do nosso armazém na segunda-feira.",
}


@pytest.mark.parametrize("lang,added", [
    ("fr", "Je vous commande un second câble de charge."),
    ("es", "Le reservo un segundo cable de carga en la tienda."),
])
def test_a_new_act_in_the_present_is_caught_untimed(lang: str, added: str) -> None:
    assert new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {added}", lang))


@pytest.mark.parametrize("lang,added", [
    ("en", "I'm sharing the tracking steps below."),
    ("en", "We're summarising what the carrier told us."),
    ("fr", "Je vous résume ce que le transporteur nous a dit."),
    ("fr", "Je vous donne les repères du suivi."),
    ("de", "Ich fasse kurz zusammen, was der Versanddienst uns gesagt hat."),
    ("de", "Ich gebe Ihnen einen kurzen Überblick über die Sendung."),
    ("es", "Le resumo lo que nos ha dicho la empresa de transporte."),
    ("es", "Le dejo los pasos del seguimiento a continuación."),
    ("pt", "Eu explico o que a transportadora nos disse."),
    ("pt", "Deixo-lhe os passos do seguimento abaixo."),
])
def test_the_reply_describing_itself_is_no_act(lang: str, added: str) -> None:
    assert not new_commitment(labels(PLAIN[lang], f"{added} {PLAIN[lang]}", lang), "action")


@pytest.mark.parametrize("lang,added", [
    ("fr", "Je vous résume la situation et je vous commande un second câble de charge."),
    ("es", "Le resumo la situación y le reservo un segundo cable de carga en la tienda."),
])
def test_an_act_after_the_reply_describing_itself_is_caught(lang: str, added: str) -> None:
    assert new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {added}", lang))


@pytest.mark.parametrize("lang,added", [
    ("en", "I'm leaving you a loan bike at the shop."),
    ("fr", "Je vous laisse un vélo de prêt au magasin."),
    ("es", "Le dejo una bicicleta de préstamo en la tienda."),
])
def test_a_reply_verb_with_a_thing_of_the_world_is_an_act(lang: str, added: str) -> None:
    # "le dejo los pasos" is the reply; "le dejo una bicicleta" is a bike the customer will
    # come for: the reply's own verbs count as such only with what a reply gives.
    assert new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {added}", lang))


RULE = {
    "en": ("Unopened items are refunded in full.", "We refund unopened items in full."),
    "fr": ("Les articles encore scellés sont remboursés intégralement.",
           "Nous remboursons intégralement les articles encore scellés."),
    "de": ("Ungeöffnete Artikel werden vollständig erstattet.",
           "Wir erstatten ungeöffnete Artikel vollständig."),
    "es": ("Los artículos precintados se reembolsan íntegramente.",
           "Reembolsamos íntegramente los artículos precintados."),
    "pt": ("Os artigos por abrir são reembolsados na totalidade.",
           "Reembolsamos na totalidade os artigos por abrir."),
}


@pytest.mark.parametrize("lang", sorted(RULE))
def test_a_rule_the_draft_states_said_as_ours_passes(lang: str) -> None:
    drafted, ours = RULE[lang]
    assert labels(f"{PLAIN[lang]} {drafted}", f"{PLAIN[lang]} {ours}", lang) == []


@pytest.mark.parametrize("lang", sorted(RULE))
def test_a_rule_the_draft_never_states_is_caught(lang: str) -> None:
    assert new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {RULE[lang][1]}", lang))


HEDGED = {
    "en": ("We may be able to order a second charging cable for you.",
           "I'm ordering a second charging cable for you."),
    "fr": ("Nous pourrions éventuellement vous commander un second câble de charge.",
           "Je vous commande un second câble de charge."),
    "de": ("Eventuell können wir Ihnen ein zweites Ladekabel bestellen.",
           "Ich bestelle Ihnen ein zweites Ladekabel."),
    "es": ("Quizá podamos reservarle un segundo cable de carga en la tienda.",
           "Le reservo un segundo cable de carga en la tienda."),
    "pt": ("Talvez possamos reservar-lhe um segundo cabo de carregamento na loja.",
           "Eu reservo-lhe um segundo cabo de carregamento na loja."),
}


@pytest.mark.parametrize("lang", sorted(HEDGED))
def test_the_drafts_hedged_act_said_firmly_in_the_present_is_caught(lang: str) -> None:
    draft, firm = HEDGED[lang]
    assert labels(f"{PLAIN[lang]} {draft}", f"{PLAIN[lang]} {firm}", lang)


@pytest.mark.parametrize("lang,added", [
    ("en", "We pack every order by hand."),
    ("fr", "Nous emballons chaque commande à la main."),
    ("de", "Wir verpacken jede Bestellung von Hand."),
    ("es", "Empaquetamos cada pedido a mano."),
    ("pt", "Embalamos cada encomenda à mão."),
])
def test_how_we_work_said_by_we_is_no_act(lang: str, added: str) -> None:
    assert not new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {added}", lang), "action")

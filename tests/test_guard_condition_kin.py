"""A condition the rewrite keeps in words the guard did not count as one: Portuguese "na
condição de", "the one condition is that" and its kin in all five languages, and a sentence
opened on "should" or "sollte" whatever its subject ("Should numbers drop, …", "Sollte Balu nicht
fit sein, …"; a question asks, it conditions nothing). Each is kept where the draft's "if" or
"provided" was; its unsafe neighbour, the same sentence without it, is still a dropped condition.
French "pour autant que" is not read yet: the rewrites it made clean had a dropped condition
elsewhere in their sentence go unnoticed (a development mutant passed); bare "pour autant" ("all
the same") must never count. Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"


CASES = [
    # (lang, draft, faithful rewrite, the rewrite without its condition)
    ("pt", "A pintura demora nove dias, desde que a sala esteja vazia e com luz.",
     "A pintura demora nove dias, na condição de a sala estar vazia e com luz.",
     "A pintura demora nove dias."),
    ("en", "I can reissue the gift card as a voucher, as long as it is used for a lane "
           "booking of six people.",
     "I can reissue the gift card as a voucher; the one condition is that it is used for a "
     "lane booking of six people.",
     "I can reissue the gift card as a voucher, and it is used for a lane booking of six "
     "people."),
    ("es", "Podemos mover la clase al jueves, siempre que el profesor confirme su "
           "disponibilidad.",
     "Podemos mover la clase al jueves; la única condición es que el profesor confirme su "
     "disponibilidad.",
     "Podemos mover la clase al jueves, y el profesor confirma su disponibilidad."),
    ("pt", "Podemos trocar o colchão, desde que a embalagem original venha junto.",
     "Podemos trocar o colchão; a única condição é que a embalagem original venha junto.",
     "Podemos trocar o colchão, e a embalagem original vem junto."),
    ("fr", "Nous remboursons le stage, à condition que le certificat médical arrive avant "
           "vendredi.",
     "Nous remboursons le stage ; la seule condition est que le certificat médical arrive "
     "avant vendredi.",
     "Nous remboursons le stage, et le certificat médical arrive avant vendredi."),
    ("de", "Wir tauschen die Pumpe kostenlos aus, sofern die Plombe unbeschädigt ist.",
     "Wir tauschen die Pumpe kostenlos aus, einzige Bedingung: die Plombe ist unbeschädigt.",
     "Wir tauschen die Pumpe kostenlos aus, und die Plombe ist unbeschädigt."),
    ("en", "If fewer guests come, we refund the unused places with two days' notice.",
     "Should fewer guests come, we refund the unused places with two days' notice.",
     "We refund the unused places with two days' notice."),
    ("en", "If August does not suit you, we can refund the course fee minus the deposit.",
     "Should August not suit you, we can refund the course fee minus the deposit.",
     "We can refund the course fee minus the deposit."),
    ("de", "Falls Balu bis dahin nicht fit ist, erstatten wir dir den Kursbeitrag.",
     "Sollte Balu auch bis dahin nicht fit sein, erstatten wir dir den Kursbeitrag.",
     "Wir erstatten dir den Kursbeitrag."),
    ("de", "Falls die Nachtfahrten nicht alle vor dem Termin klappen, verschieben wir die "
           "Prüfung.",
     "Sollten nicht alle Nachtfahrten vor dem Termin klappen, verschieben wir die Prüfung.",
     "Wir verschieben die Prüfung."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_condition_said_in_its_kin_words_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_the_same_sentence_without_it_is_a_dropped_condition(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    # "Pour autant" alone says "all the same": no condition.
    ("fr", "Nous pouvons poser le parquet le 12 mai, à condition que la chape soit sèche.",
     "Pour autant, nous pouvons poser le parquet le 12 mai."),
    # A question opened on "should" asks; it keeps no "if".
    ("en", "If fewer guests come, we refund the unused places with two days' notice.",
     "Should we refund the unused places with two days' notice, or keep them?"),
    ("de", "Falls Balu bis dahin nicht fit ist, erstatten wir dir den Kursbeitrag.",
     "Sollten wir dir den Kursbeitrag erstatten, oder lieber einen neuen Kurs buchen?"),
])
def test_kin_words_that_condition_nothing_keep_no_condition(lang, draft, rewrite):
    assert COND in labels(letter(lang, draft), letter(lang, rewrite), lang)

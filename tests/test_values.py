"""A fact's value read however it is written (heard.values), and the guard reading a value a
rewrite writes another way as the same fact, a changed one as a new fact."""

from __future__ import annotations

import pytest

from heard import values, vocab
from tests.masked_guard import as_written


@pytest.mark.parametrize("kind,one,other", [
    ("date", "March 3rd", "3 March"),
    ("date", "the 3rd of March", "3 March"),
    ("date", "3 de setiembre de 2027", "3 de septiembre de 2027"),
    ("date", "3. Jänner", "3. Januar"),
    ("time", "2 p.m.", "14:00"),
    ("time", "14h", "14 Uhr"),
    ("amount", "€ 40", "40,00 euros"),
    ("amount", "R$ 40,00", "40 reais"),
    ("amount", "£9,800", "£9.800"),
    ("identifier", "45-minute", "45"),
    ("identifier", "9.800", "9,800"),
])
def test_one_value_written_two_ways_has_one_key(kind, one, other):
    assert values.key(one, kind) and values.key(one, kind) == values.key(other, kind)


@pytest.mark.parametrize("kind,one,other", [
    ("date", "3 March", "4 March"),
    ("date", "3 March", "3 March 2027"),
    ("date", "jeudi 8 juillet", "vendredi 8 juillet"),
    ("time", "2 p.m.", "14:30"),
    ("amount", "€40", "$40"),
    ("amount", "€40", "€41"),
    ("identifier", "88-31207", "88-31208"),
])
def test_another_value_has_another_key(kind, one, other):
    # "" is no key at all: the two spellings stay two facts either way.
    assert values.key(one, kind) != values.key(other, kind) or not values.key(one, kind)


def test_every_spelling_of_a_month_has_its_number():
    for lang in vocab.every():
        assert all(values.key(f"3 {m}", "date") for m in lang.months), lang.code


@pytest.mark.parametrize("lang,customer,draft,quoted,changed", [
    ("en", "I cancelled on March 3rd and was still charged.",
     "The renewal went through on 4 March.",
     "You cancelled on 3 March and were still charged. The renewal went through on 4 March.",
     "You cancelled on 5 March and were still charged. The renewal went through on 4 March."),
    ("es", "Cancelé el 3 de marzo y me cobraron 29,99 €.",
     "La renovación se hizo el 4 de marzo.",
     "Te cobraron 29,99 euros después de cancelar. La renovación se hizo el 4 de marzo.",
     "Te cobraron 29,90 euros después de cancelar. La renovación se hizo el 4 de marzo."),
    ("en", "My train was 45 minutes late.", "Delays of 30 minutes or more qualify.",
     "I'm sorry about the 45-minute delay. Delays of 30 minutes or more qualify.",
     "I'm sorry about the 46-minute delay. Delays of 30 minutes or more qualify."),
    ("de", "Die Rechnung über 9.800 € ist offen.", "Wir prüfen die Rechnung bis Freitag.",
     "Die offene Rechnung über 9800 € verstehe ich. Wir prüfen die Rechnung bis Freitag.",
     "Die offene Rechnung über 9900 € verstehe ich. Wir prüfen die Rechnung bis Freitag."),
])
def test_the_customers_value_quoted_back_another_way_is_theirs(lang, customer, draft, quoted,
                                                              changed):
    assert as_written(draft, quoted, customer, lang) == []
    assert "new_fact" in as_written(draft, changed, customer, lang)


@pytest.mark.parametrize("lang,draft,same,changed", [
    ("en", "The technician comes at 2 p.m. on Friday; the fee is €40.",
     "The technician comes at 14:00 on Friday; the fee is 40 euros.",
     "The technician comes at 14:00 on Friday; the fee is 40 dollars."),
    ("pt", "O técnico vai às 14h de sexta; a taxa é de R$ 40,00.",
     "O técnico vai às 14:00 de sexta; a taxa é de 40 reais.",
     "O técnico vai às 15:00 de sexta; a taxa é de 40 reais."),
    ("fr", "Nous passerons le 8 juillet à 9 h.", "Le 8 juillet, nous passerons à 9 h.",
     "Le 9 juillet, nous passerons à 9 h."),
])
def test_the_drafts_value_written_another_way_is_kept(lang, draft, same, changed):
    assert as_written(draft, same, "", lang) == []
    assert "fact_missing" in as_written(draft, changed, "", lang)


def test_a_customers_amount_written_another_way_is_still_no_promise():
    customer = "Cancelé el 3 de marzo y me cobraron 29,99 €."
    draft = "La renovación se hizo el 4 de marzo."
    assert "new_commitment:customer_fact" in as_written(
        draft, draft + " Te devolveremos los 29,99 euros.", customer, "es")



def test_a_count_both_give_moved_into_what_we_will_do_is_a_promise():
    """"60-day" is the customer's "60 days" (one value): quoted back it is theirs, told as
    what our team will do it is a promise the draft refused."""
    customer = "We need 60 days payment terms as agreed."
    draft = ("I'm afraid we cannot move your account to 60-day terms; all accounts are on "
             "30-day terms.")
    assert "new_commitment:customer_fact" in as_written(
        draft, "I know you were expecting 60-day terms. All accounts are on 30-day terms, but "
               "our team will apply the 60-day terms next quarter.", customer)

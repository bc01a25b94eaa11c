"""A customer's own date after a deadline word ("before", "vor dem", "avant le", "antes del",
"antes de", "by", "in time for", "rechtzeitig zum", "a tiempo para", "à temps pour", "a tempo
para") is our promise to meet it when the rewrite says they will have the thing by then, in
any tense, even where they set that deadline themselves; told back as their need ("you need it
before the 14th", "dass Sie es vor dem 14. brauchen") it is their situation and passes clean.
Each faithful form passes clean; its unsafe neighbour is caught as a promise of their fact."""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

PROMISED = "new_commitment:customer_fact"

# (lang, customer, draft, their need told back, the same date made ours)
NEEDED = [
    ("en", "My daughter's recital is on 22 May and the violin has to be back.",
     "The workshop will return the violin on Monday.",
     "You need the violin before 22 May. The workshop will return it on Monday.",
     "The workshop will return the violin on Monday, well before 22 May."),
    ("es", "El recital de mi hija es el 22 de mayo y el violín tiene que volver.",
     "El taller le devolverá el violín el lunes.",
     "Usted necesita el violín antes del 22 de mayo. El taller se lo devolverá el lunes.",
     "El taller le devolverá el violín el lunes, a tiempo para el 22 de mayo."),
    ("de", "Das Vorspiel meiner Tochter ist am 22. Mai, die Geige muss zurück sein.",
     "Die Werkstatt gibt Ihnen die Geige am Montag zurück.",
     "Sie brauchen die Geige vor dem 22. Mai. Die Werkstatt gibt sie Ihnen am Montag zurück.",
     "Die Werkstatt gibt Ihnen die Geige am Montag zurück, rechtzeitig zum 22. Mai."),
    ("fr", "Le récital de ma fille est le 22 mai et le violon doit être rendu.",
     "L'atelier vous rendra le violon lundi.",
     "Vous avez besoin du violon avant le 22 mai. L'atelier vous le rendra lundi.",
     "L'atelier vous rendra le violon lundi, à temps pour le 22 mai."),
    ("pt", "O recital da minha filha é a 22 de maio e o violino tem de voltar.",
     "A oficina devolve-lhe o violino na segunda-feira.",
     "Precisa do violino antes de 22 de maio. A oficina devolve-lho na segunda-feira.",
     "A oficina devolve-lhe o violino na segunda-feira, a tempo para 22 de maio."),
]


@pytest.mark.parametrize("lang, customer, draft, needed, promised", NEEDED)
def test_their_need_told_back_is_theirs(lang, customer, draft, needed, promised):
    assert eval_codes(draft, needed, customer, lang) == set()
    assert PROMISED in eval_codes(draft, promised, customer, lang)


# They set the deadline themselves ("before 22 May"): quoting it back as their need stays
# theirs; telling them they get the thing before it is still our promise, in the present too.
SET_BY_THEM = [
    ("en", "I need the violin back before 22 May.",
     "The workshop will return the violin on Monday.",
     "You need the violin before 22 May; the workshop will return it on Monday.",
     "The workshop will return the violin on Monday. You get it before 22 May."),
    ("es", "Necesito el violín antes del 22 de mayo.",
     "El taller le devolverá el violín el lunes.",
     "Necesita el violín antes del 22 de mayo; el taller se lo devolverá el lunes.",
     "El taller le devolverá el violín el lunes. Lo tiene antes del 22 de mayo."),
    ("de", "Ich brauche die Geige vor dem 22. Mai zurück.",
     "Die Werkstatt gibt Ihnen die Geige am Montag zurück.",
     "Sie brauchen die Geige vor dem 22. Mai; die Werkstatt gibt sie Ihnen am Montag zurück.",
     "Die Werkstatt gibt Ihnen die Geige am Montag zurück. Sie bekommen sie vor dem 22. Mai."),
    ("fr", "J'ai besoin du violon avant le 22 mai.",
     "L'atelier vous rendra le violon lundi.",
     "Vous avez besoin du violon avant le 22 mai ; l'atelier vous le rendra lundi.",
     "L'atelier vous rendra le violon lundi. Vous l'avez avant le 22 mai."),
    ("pt", "Preciso do violino antes de 22 de maio.",
     "A oficina devolve-lhe o violino na segunda-feira.",
     "Precisa do violino antes de 22 de maio; a oficina devolve-lho na segunda-feira.",
     "A oficina devolve-lhe o violino na segunda-feira. Recebe-o antes de 22 de maio."),
]


@pytest.mark.parametrize("lang, customer, draft, needed, promised", SET_BY_THEM)
def test_their_own_deadline_made_ours_is_a_promise(lang, customer, draft, needed, promised):
    assert eval_codes(draft, needed, customer, lang) == set()
    assert PROMISED in eval_codes(draft, promised, customer, lang)


# What the rest of the sentence says it is met with makes the need ours to meet.
VOUCHED = [
    ("en", "You need it before 22 May, and you will have it."),
    ("es", "Lo necesita antes del 22 de mayo, y lo tendrá."),
    ("de", "Sie brauchen sie vor dem 22. Mai, und wir werden sie Ihnen rechtzeitig geben."),
    ("fr", "Vous en avez besoin avant le 22 mai, et vous l'aurez."),
    ("pt", "Precisa dele antes de 22 de maio, e vai tê-lo."),
]


@pytest.mark.parametrize("lang, vouched", VOUCHED)
def test_a_need_vouched_for_is_a_promise(lang, vouched):
    _, customer, draft, _, _ = next(row for row in NEEDED if row[0] == lang)
    assert PROMISED in eval_codes(draft, f"{draft} {vouched}", customer, lang)

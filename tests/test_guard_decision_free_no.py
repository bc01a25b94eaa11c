"""A draft's "no" that only says a thing is free ("the exchange has no cost", "el cambio no
tiene coste", "sans frais") is no refusal of the thing: a rewrite that says it free in other
words ("free of charge", "gratis", "kostenlos"), naming the act or not, keeps the decision. A
real refusal beside it must still be kept (6 of 14 fail on main: a draft whose only "no" says
the replacement is free was read as refusing it). Every sentence written for this file, both
ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft: a refusal and a free exchange, rewrite keeping both, rewrite granting the refusal)
CASES = [
    ("en",
     "We can't replace the whole lamp. If the cable is faulty, we replace it at no charge.",
     "The whole lamp isn't something we can replace. If the cable is faulty, the new one is "
     "free of charge.",
     "We'll replace the whole lamp. If the cable is faulty, the new one is free of charge."),
    ("es",
     "No podemos hacer el cambio de la lámpara entera. Si el cable falla, el cambio no tiene "
     "coste.",
     "El cambio de la lámpara entera no lo podemos hacer. Si el cable falla, se lo cambiamos "
     "gratis.",
     "Le hacemos el cambio de la lámpara entera. Si el cable falla, se lo cambiamos gratis."),
    ("pt",
     "Não podemos fazer a troca do candeeiro inteiro. Se o cabo falhar, a troca não tem custo.",
     "O candeeiro inteiro não o podemos trocar. Se o cabo falhar, trocamos-lho de graça.",
     "Trocamos o candeeiro inteiro. Se o cabo falhar, trocamos-lho de graça."),
    ("fr",
     "Nous ne pouvons pas échanger la lampe entière. Si le câble est défaillant, l'échange "
     "ne vous coûtera rien.",
     "La lampe entière, nous ne pouvons pas l'échanger. Si le câble est défaillant, nous "
     "l'échangeons sans frais.",
     "Nous échangeons la lampe entière. Si le câble est défaillant, nous l'échangeons "
     "sans frais."),
    ("de",
     "Die ganze Lampe können wir nicht umtauschen. Ist das Kabel defekt, kostet der Umtausch "
     "nichts.",
     "Die ganze Lampe umtauschen können wir leider nicht. Ist das Kabel defekt, tauschen wir "
     "es kostenlos um.",
     "Wir tauschen die ganze Lampe um. Ist das Kabel defekt, tauschen wir es kostenlos um."),
]


@pytest.mark.parametrize("lang,draft,kept,granted", CASES)
def test_a_free_exchange_said_in_other_words_keeps_the_decision(lang: str, draft: str, kept: str,
                                                                granted: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, kept), "", lang)


@pytest.mark.parametrize("lang,draft,kept,granted", CASES)
def test_the_refusal_beside_it_is_still_kept(lang: str, draft: str, kept: str,
                                             granted: str) -> None:
    assert "decision_changed" in verdict(letter(lang, draft), letter(lang, granted), "", lang)


# (lang, draft whose only "no" says the replacement is free, rewrite saying it free otherwise)
ONLY_FREE = [
    ("en", "If the strap breaks within a year, we replace it at no charge.",
     "Should the strap break within a year, you get a new one free of charge."),
    ("es", "Si la correa se rompe antes de un año, el cambio no tiene coste.",
     "Si la correa se rompe antes de un año, se la cambiamos gratis."),
    ("pt", "Se a alça partir antes de um ano, a troca não tem custo.",
     "Se a alça partir antes de um ano, trocamos-lha de graça."),
    ("fr", "Si la sangle casse avant un an, son remplacement ne vous coûtera rien.",
     "Si la sangle casse avant un an, nous la remplaçons sans frais."),
]


@pytest.mark.parametrize("lang,draft,kept", ONLY_FREE)
def test_a_draft_whose_only_no_says_it_is_free_refuses_nothing(lang: str, draft: str,
                                                               kept: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, kept), "", lang)

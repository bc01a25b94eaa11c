"""Our "can" refused governs the whole verb phrase it opens (`commitments._unable`,
`inabilities`): a rewrite's "I can't run the workshop again free", "não consigo fazer a
reimpressão sem custo", "je ne peux pas refaire la séance gratuitement" refuses the free thing
however many words on it comes, as the draft's "we don't run it again free" does. Not a "can't"
inside a condition or a reason running on into the promise ("if we can't mend it we'll replace
it free", "since I can't refund you I'll add a free session"), nor one a clause of its own
follows before the promise, nor a feeling ("I can't wait to…"): there the promise is still
judged. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

EN = ("We don't repeat workshops free of charge. You can join the May pottery workshop for "
      "the usual fee of £60.")
ES = ("No repetimos catas gratis. Puede apuntarse a la cata de vinos de junio por el precio "
      "habitual de 40 €.")
PT = ("Não repetimos aulas sem custo. Pode inscrever-se na aula de surf de sábado pelo preço "
      "normal de 35 €.")
FR = ("Nous ne refaisons pas de séance sans frais. Vous pouvez réserver une nouvelle séance "
      "photo au tarif habituel de 90 €.")
DE = ("Den Töpferkurs wiederholen wir nicht kostenlos. Sie können den Kurs im Mai zum "
      "üblichen Preis von 60 € buchen.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", EN, "I'm sorry, but I can't put you through the pottery workshop again free of "
               "charge. You can join the May workshop for the usual fee of £60."),
    ("en", EN, "I can't run the workshop again for you at no charge, I'm afraid. You can "
               "join the May pottery workshop for the usual fee of £60."),
    ("es", ES, "Lo siento, pero no puedo repetirle la cata de vinos otra vez gratis. Puede "
               "apuntarse a la cata de junio por el precio habitual de 40 €."),
    ("pt", PT, "É por isso que não consigo repetir a aula de surf de novo sem custo. Pode "
               "inscrever-se na aula de sábado pelo preço normal de 35 €."),
    ("fr", FR, "Je ne peux pas vous refaire la séance photo une seconde fois sans frais. Vous "
               "pouvez réserver une nouvelle séance au tarif habituel de 90 €."),
    ("de", DE, "Wir können den Töpferkurs für Sie leider nicht ein zweites Mal kostenlos "
               "wiederholen. Sie können den Kurs im Mai zum üblichen Preis von 60 € buchen."),
])
def test_a_refusal_by_our_can_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    # The free thing given outright: no "can't" at all.
    ("en", EN, "I'll put you through the pottery workshop again free of charge. You can also "
               "join the May workshop for the usual fee of £60."),
    # The "can't" is a reason running on into the promise: the promise is ours.
    ("en", EN, "Since I can't move the May date I'll run the pottery workshop again for you at "
               "no charge."),
    # The "can't" is a condition's.
    ("en", EN, "If we can't find you a seat in May we'll run the pottery workshop again for you "
               "at no charge."),
    # A feeling, no inability.
    ("en", EN, "I can't wait to see you at the pottery workshop again at no charge."),
    # A clause of its own opens between the "can't" and the gift.
    ("es", ES, "No puedo cambiar la fecha de junio porque la cata de vinos se la repetimos "
               "gratis."),
    ("pt", PT, "Se não conseguirmos vaga no sábado repetimos a aula de surf sem custo."),
    ("fr", FR, "Puisque je ne peux pas déplacer la séance de mai je vous refais la séance photo "
               "sans frais."),
    ("de", DE, "Da wir den Kurs im Mai nicht verschieben können, wiederholen wir den "
               "Töpferkurs für Sie kostenlos."),
])
def test_a_gift_the_cant_does_not_govern_is_still_new(lang: str, draft: str,
                                                        rewrite: str) -> None:
    assert any(label.startswith("new_commitment") for label in labels(draft, rewrite, lang))

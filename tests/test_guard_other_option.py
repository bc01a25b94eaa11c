"""A step the draft offers on the customer's wish ("if you prefer, we can send the two finished
now and the third later") said as another choice named as such ("Another option is to send the
two finished now…", "Otra opción es mandarle ya los dos…", "Autres options : …") was rejected
as the wish dropped: the option word was read only in a clause sharing two words with the
draft's ("y" and "and" split the sentence), or under a label holding a singular "option". Now
a sentence opening on another choice (`other_options`: "another option", "une autre
possibilité", "otra opción", "outras opções", "eine andere Möglichkeit"), or a short label
holding one before a colon, offers all it says as the customer's to take. The step said
outright ("We'll send the two…"), as the only choice ("The only option is…", "La opción es…"),
or a choice label left beside it ("Another option: a refund. We'll send the two now…") still
drops the wish.

Sentences written for this rule, none taken from a corpus set. On main the OFFERED tests fail
(5 of 5). (Left as it was: a clause holding an option word and two words of the draft's offers
what it says, "la opción es mandarle ya las dos canastas…" included.)"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DRAFT = {
    "en": "If you prefer, we can send the two finished baskets now and the third one later, "
          "with a second delivery of 9 euros at your expense.",
    "fr": "Si vous préférez, nous pouvons envoyer les deux paniers terminés maintenant et le "
          "troisième plus tard, avec une seconde livraison de 9 euros à votre charge.",
    "es": "Si prefiere, le enviamos ahora las dos canastas terminadas y la tercera después, con "
          "un segundo despacho de 9 euros a su cargo.",
    "pt": "Se preferir, enviamos já os dois cestos prontos e o terceiro depois, com um segundo "
          "envio de 9 euros a seu cargo.",
    "de": "Wenn Sie möchten, schicken wir die zwei fertigen Körbe jetzt und den dritten später, "
          "mit einer zweiten Lieferung für 9 Euro auf Ihre Kosten.",
}

OFFERED = [
    ("en", "Another option is to send two now and the third one later, with a second delivery "
           "of 9 euros at your expense."),
    ("fr", "Une autre solution serait d'envoyer les deux maintenant et le troisième plus tard, "
           "avec une seconde livraison de 9 euros à votre charge."),
    ("es", "Otra opción es mandarle ya las dos y la tercera más adelante, con un segundo despacho "
           "de 9 euros a su cargo."),
    ("pt", "A outra saída: enviamos já os dois cestos prontos e o terceiro depois, com um segundo "
           "envio de 9 euros a seu cargo."),
    ("de", "Eine andere Möglichkeit wäre, die zwei fertigen Körbe jetzt zu schicken und den "
           "dritten später, mit einer zweiten Lieferung für 9 Euro auf Ihre Kosten."),
]

UNSAFE = [
    ("en", "We will send the two finished baskets now and the third one later, with a second "
           "delivery of 9 euros at your expense."),
    ("en", "The only way is to send two now and the third one later, with a second delivery of "
           "9 euros at your expense."),
    ("en", "Another option: a refund. We will send the two finished baskets now and the third "
           "one later, with a second delivery of 9 euros at your expense."),
    ("en", "Another option is a refund, and we will send the two finished baskets now and the "
           "third one later, with a second delivery of 9 euros at your expense."),
    ("fr", "Nous envoyons les deux paniers terminés maintenant et le troisième plus tard, avec "
           "une seconde livraison de 9 euros à votre charge."),
    ("es", "La única forma es mandarle ya las dos y la tercera más adelante, con un segundo "
           "despacho de 9 euros a su cargo."),
    ("es", "Le mandamos ya las dos canastas terminadas y la tercera más adelante, con un segundo "
           "despacho de 9 euros a su cargo."),
    ("pt", "A saída: enviamos já os dois cestos prontos e o terceiro depois, com um segundo "
           "envio de 9 euros a seu cargo."),
    ("de", "Wir schicken die zwei fertigen Körbe jetzt und den dritten später, mit einer "
           "zweiten Lieferung für 9 Euro auf Ihre Kosten."),
]


@pytest.mark.parametrize("lang,rewrite", OFFERED)
def test_a_wish_said_as_another_choice_passes(lang: str, rewrite: str) -> None:
    assert labels(DRAFT[lang], rewrite, lang) == []


@pytest.mark.parametrize("lang,rewrite", UNSAFE)
def test_the_step_said_outright_or_as_the_only_choice_drops_the_wish(lang: str,
                                                                     rewrite: str) -> None:
    assert "new_commitment:condition" in labels(DRAFT[lang], rewrite, lang)

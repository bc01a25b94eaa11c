"""A list item's number standing as a sentence of its own ("3." before "Then it's your choice: we
replace it, or we refund it") is the next item's mark, not a sentence between: the "if" of the
item before carries over it to the item's promise as it would with no number between
(`commitments.promises`). A list with no "if" before the promise still gives it outright. Only
the commitment check is read: the list's own numbers are facts the draft does not give, which
the fact checks judge. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

EN = ("Water the fern twice a week for 14 days. If it is still dropping fronds on 3 May, send "
      "me a photo and we will replace it or refund the £18 it cost.")
ES = ("Riegue el helecho dos veces por semana durante 14 días. Si el 3 de mayo sigue perdiendo "
      "hojas, mándeme una foto y se lo cambiamos o le devolvemos los 18 € que costó.")
PT = ("Regue o feto duas vezes por semana durante 14 dias. Se a 3 de maio continuar a perder "
      "folhas, envie-me uma foto e trocamos a planta ou devolvemos os 18 € que custou.")
FR = ("Arrosez la fougère deux fois par semaine pendant 14 jours. Si elle perd encore ses "
      "feuilles le 3 mai, envoyez-moi une photo et nous la remplaçons ou vous remboursons les "
      "18 € qu'elle a coûté.")
DE = ("Gießen Sie den Farn 14 Tage lang zweimal pro Woche. Wenn er am 3. Mai noch Wedel "
      "verliert, schicken Sie mir ein Foto, und wir ersetzen ihn oder erstatten Ihnen die 18 €.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", EN, "1. Water the fern twice a week for 14 days.\n2. If it is still dropping fronds "
               "on 3 May, send me a photo.\n3. Then it's your choice: we replace it, or we "
               "refund the £18 it cost."),
    ("es", ES, "1. Riegue el helecho dos veces por semana durante 14 días.\n2. Si el 3 de mayo "
               "sigue perdiendo hojas, mándeme una foto.\n3. Entonces usted elige: se lo "
               "cambiamos o le devolvemos los 18 € que costó."),
    ("pt", PT, "1. Regue o feto duas vezes por semana durante 14 dias.\n2. Se a 3 de maio "
               "continuar a perder folhas, envie-me uma foto.\n3. Depois, escolhe: trocamos a "
               "planta ou devolvemos os 18 € que custou."),
    ("fr", FR, "1. Arrosez la fougère deux fois par semaine pendant 14 jours.\n2. Si elle perd "
               "encore ses feuilles le 3 mai, envoyez-moi une photo.\n3. Ensuite, à vous de "
               "choisir : nous la remplaçons ou vous remboursons les 18 € qu'elle a coûté."),
    ("de", DE, "1. Gießen Sie den Farn 14 Tage lang zweimal pro Woche.\n2. Wenn er am 3. Mai "
               "noch Wedel verliert, schicken Sie mir ein Foto.\n3. Dann haben Sie die Wahl: "
               "Wir ersetzen ihn oder erstatten Ihnen die 18 €."),
])
def test_the_items_if_carries_over_its_number(lang: str, draft: str, rewrite: str) -> None:
    assert not [label for label in labels(draft, rewrite, lang)
                if label.startswith("new_commitment")]


@pytest.mark.parametrize("lang,draft,rewrite", [
    # No "if" in the item before: the refund is given outright.
    ("en", EN, "1. Water the fern twice a week for 14 days.\n2. Send me a photo on 3 May.\n"
               "3. Then it's your choice: we replace it, or we refund the £18 it cost."),
    ("es", ES, "1. Riegue el helecho dos veces por semana durante 14 días.\n2. Mándeme una "
               "foto el 3 de mayo.\n3. Entonces usted elige: se lo cambiamos o le devolvemos "
               "los 18 € que costó."),
    ("fr", FR, "1. Arrosez la fougère deux fois par semaine pendant 14 jours.\n2. Envoyez-moi "
               "une photo le 3 mai.\n3. Ensuite, à vous de choisir : nous la remplaçons ou vous "
               "remboursons les 18 € qu'elle a coûté."),
])
def test_no_if_before_gives_it_outright(lang: str, draft: str, rewrite: str) -> None:
    assert any(label.startswith("new_commitment") for label in labels(draft, rewrite, lang))

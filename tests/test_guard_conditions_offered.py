"""A customer's wish left out where the rewrite still offers the thing as a choice (stop 49):

- an item opening on a choice's label and which one ("Option 2, epoxy on the old leg: 90 €",
  "Variante B: …", `choice_labels`) is one the customer picks: the "if you prefer" before it in
  the draft may go;
- so is an item of a list under a heading announcing what we offer them to pick from ("What
  I can offer you:", "Was ich dir anbieten kann:", "Lo que le proponemos, a su elección:",
  `offer_heads`).

Only the wish: a condition of ours on the same offer (availability, a deadline, what we
find) left out of the item is still caught, and so is a wish dropped from a step stated
outright with no label and no such heading. Written for these rules (none comes from a
corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

OFFERED = [
    # (lang, draft, rewrite offering it as one choice)
    ("en", "A new frame costs 120 euros. If you prefer, we can glue the old frame with epoxy "
           "for 40 euros instead.",
     "Option A, a new frame: 120 euros.\nOption B, gluing the old frame with epoxy: 40 euros."),
    ("de", "Der neue Rahmen kostet 120 Euro. Wenn Sie möchten, kleben wir stattdessen den "
           "alten Rahmen für 40 Euro.",
     "Variante A: ein neuer Rahmen für 120 Euro.\nVariante B: wir kleben den alten Rahmen "
     "für 40 Euro."),
    ("pt", "A moldura nova custa 120 euros. Se preferir, colamos a moldura velha por 40 euros.",
     "Opção A: a moldura nova, por 120 euros.\nOpção B, colamos a moldura velha com resina "
     "epóxi e pagas 40 euros."),
    ("de", "Wenn du magst, schicken wir dir stattdessen das graue Modell, das auf Lager ist.",
     "Was ich dir anbieten kann:\n- Wir schicken dir stattdessen das graue Modell, das auf "
     "Lager ist.\n- Oder du wartest auf das blaue."),
    ("es", "Si prefiere, en lugar del cambio le podemos dar un vale de 30 euros.",
     "Lo que le proponemos, a su elección:\n- El cambio.\n- En lugar del cambio, un "
     "vale de 30 euros."),
    ("fr", "Si vous préférez, nous pouvons vous envoyer le modèle gris à la place.",
     "Voici ce que nous pouvons vous proposer :\n- attendre le bleu ;\n- à la place, "
     "le modèle gris, que nous vous envoyons."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), OFFERED)
def test_a_wish_said_as_one_choice_may_go(lang, draft, rewrite):
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) == []


STILL = [
    # (lang, draft, rewrite): a condition of ours dropped from a labelled choice…
    ("en", "If the wood is dry, we can glue the old frame for 40 euros.",
     "Option B, we can glue the old frame for 40 euros."),
    ("en", "If you prefer, we can glue the old frame for 40 euros, provided the wood is dry.",
     "Option B, we can glue the old frame for 40 euros."),
    ("pt", "Se a madeira estiver seca, podemos colar a moldura velha por 40 euros.",
     "Opção B: podemos colar a moldura velha por 40 euros."),
    ("de", "Wenn Sie möchten, kleben wir den Rahmen für 40 Euro, sofern das Holz trocken ist.",
     "Variante B: wir kleben den Rahmen für 40 Euro."),
    # …or from an item under a heading offering choices…
    ("en", "If the wood is dry, we can glue the old frame for 40 euros.",
     "What I can offer you:\n- We can glue the old frame for 40 euros.\n- Or you keep it as "
     "it is."),
    ("es", "Si la madera está seca, podemos pegar el marco viejo por 40 euros.",
     "Lo que le proponemos, a su elección:\n- Podemos pegar el marco viejo por 40 euros.\n- "
     "Dejarlo como está."),
    ("fr", "Si le bois est sec, nous pouvons recoller le vieux cadre pour 40 euros.",
     "Voici ce que nous pouvons vous proposer :\n- nous pouvons recoller le vieux cadre pour "
     "40 euros ;\n- ou le laisser tel quel."),
    # …and a wish dropped from a step stated outright, with no label and no such heading.
    ("en", "If you prefer, we can glue the old frame for 40 euros instead.",
     "We'll glue the old frame for 40 euros instead."),
    ("pt", "Se preferir, enviamos-lhe o modelo cinzento em vez do azul.",
     "Enviamos-lhe o modelo cinzento em vez do azul."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), STILL)
def test_a_condition_of_ours_or_an_unlabelled_step_is_still_caught(lang, draft, rewrite):
    assert COND in labels(letter(lang, draft), letter(lang, rewrite), lang)

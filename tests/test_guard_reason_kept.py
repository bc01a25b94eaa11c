"""A draft sentence that gives its own reason beside a condition ("the pump has a warranty, so
if the seal fails we replace it"; "if the tree is still in its stand, the crew can't take it,
because stands jam the chipper") said again with the condition folded into what it is about
("a seal that fails", "a tree still in its stand") and the same reason was rejected as a
condition made the reason: any cause in the rewrite's sentence naming what the condition was
about counted as one. Now the rewrite's reasons are read where they stand (`_reasons`: after
"because", "weil", "porque"; before "so", "deshalb", "así que", "donc", "por isso"), and a
condition is made the reason only where they name what it was about and the draft's own
reasons do not, and only where what the condition was about is still said, every word of it
but one of three or more (folded in, not gone with only what it ran on into left: "…, so if you
reply this week you'd make the regatta" → "…, so you'd make the regatta"). A rewrite giving
the condition as the reason ("since the seal fails"), telling it as a fact of the one thing
named ("the seal, which fails"), or dropping it, is still caught.

Sentences written for this rule, none taken from a corpus set. On main the FOLDED tests fail
(10 of 10); the unsafe ones pass there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

# (lang, draft, faithful rewrite with the condition folded in and the draft's reason kept)
TREE = {
    "en": "If the tree is still in its stand, the crew can't take it, because stands jam the "
          "chipper.",
    "fr": "Si le sapin est encore sur son pied, l'équipe ne peut pas le prendre, parce que les "
          "pieds bloquent le broyeur.",
    "es": "Si el árbol sigue en su soporte, el equipo no puede llevárselo, porque los soportes "
          "atascan la trituradora.",
    "pt": "Se a árvore ainda estiver no suporte, a equipa não a pode levar, porque os suportes "
          "encravam o triturador.",
    "de": "Wenn der Baum noch im Ständer steht, kann das Team ihn nicht mitnehmen, weil Ständer "
          "den Häcksler blockieren.",
}
PUMP = {
    "en": "The pump has a two-year warranty, so if the seal fails, we will replace it for free.",
    "fr": "La pompe a une garantie de deux ans, donc si le joint lâche, nous le remplacerons "
          "gratuitement.",
    "es": "La bomba tiene dos años de garantía, así que si la junta falla, la cambiaremos gratis.",
    "pt": "A bomba tem dois anos de garantia, por isso, se a junta falhar, trocamo-la sem custo.",
    "de": "Die Pumpe hat zwei Jahre Garantie, deshalb tauschen wir die Dichtung kostenlos, wenn "
          "sie undicht wird.",
}

# (lang, draft, faithful rewrite with the condition folded in and the draft's reason kept)
FOLDED = [
    ("en", TREE["en"],
     "Stands jam the chipper, so the crew can't take a tree that is still in one."),
    ("en", PUMP["en"],
     "Any seal that fails is replaced for free, because the pump has a two-year warranty."),
    ("fr", TREE["fr"],
     "Les pieds bloquent le broyeur, donc l'équipe ne peut pas prendre un sapin encore sur son "
     "pied."),
    ("fr", TREE["fr"],
     "Un sapin encore sur son pied ne peut pas partir, parce que les pieds bloquent le broyeur."),
    ("es", TREE["es"],
     "Los soportes atascan la trituradora, así que el equipo no se lleva los árboles que siguen "
     "en su soporte."),
    ("es", PUMP["es"],
     "La bomba tiene dos años de garantía, así que cambiaremos gratis cualquier junta que falle."),
    ("es", PUMP["es"],
     "Cambiaremos gratis cualquier junta que falle, porque la bomba tiene dos años de garantía."),
    ("pt", TREE["pt"],
     "Uma árvore ainda no suporte não pode ser levada, porque os suportes encravam o "
     "triturador."),
    ("pt", PUMP["pt"],
     "A bomba tem dois anos de garantia, por isso trocamos sem custo qualquer junta que falhe."),
    ("de", TREE["de"],
     "Ständer blockieren den Häcksler, deshalb kann das Team einen Baum, der noch im Ständer "
     "steht, nicht mitnehmen."),
    ("de", PUMP["de"],
     "Die Pumpe hat zwei Jahre Garantie, deshalb tauschen wir jede Dichtung, die undicht wird, "
     "kostenlos."),
]

# (lang, draft, rewrite that makes the condition the reason, tells it as a fact of the one
# thing named, or drops it; the draft's reason kept)
UNSAFE = [
    ("en", PUMP["en"],
     "The pump has a two-year warranty, and since the seal fails, we will replace it for free."),
    ("en", PUMP["en"], "The pump has a two-year warranty, so we will replace the seal for free."),
    ("en", PUMP["en"],
     "We will replace the seal for free, because it fails and the pump has a two-year "
     "warranty."),
    ("en", PUMP["en"],
     "The seal fails and the pump has a two-year warranty, so we will replace it for free."),
    ("en", PUMP["en"],
     "The pump has a two-year warranty, so we will replace the seal, which fails, for free."),
    ("fr", PUMP["fr"],
     "La pompe a une garantie de deux ans, et puisque le joint lâche, nous le remplacerons "
     "gratuitement."),
    ("fr", PUMP["fr"],
     "La pompe a une garantie de deux ans, donc nous remplacerons le joint gratuitement."),
    ("fr", PUMP["fr"],
     "La pompe a une garantie de deux ans, donc nous remplacerons gratuitement le joint, "
     "puisqu'il lâche."),
    ("es", PUMP["es"],
     "La bomba tiene dos años de garantía, y como la junta falla, la cambiaremos gratis."),
    ("es", PUMP["es"], "La bomba tiene dos años de garantía, así que cambiaremos gratis la junta."),
    ("es", PUMP["es"],
     "La bomba tiene dos años de garantía, así que cambiaremos gratis la junta, que falla."),
    ("es", PUMP["es"],
     "La junta falla, así que la cambiaremos gratis, porque la bomba tiene dos años de "
     "garantía."),
    ("pt", PUMP["pt"],
     "A bomba tem dois anos de garantia, e já que a junta falha, trocamo-la sem custo."),
    ("pt", PUMP["pt"], "A bomba tem dois anos de garantia, por isso trocamos a junta sem custo."),
    ("pt", PUMP["pt"],
     "A bomba tem dois anos de garantia, por isso trocamos sem custo a junta, que falha."),
    ("en", "It will be ready 3 working days after your go-ahead, so if you reply this week you "
           "would make the regatta.",
     "It will be ready 3 working days after your go-ahead, so you would make the regatta."),
    ("es", "La tengo lista en 3 días laborables desde que me des el visto bueno, así que si me "
           "contestas esta semana llegarías a la regata.",
     "La tengo lista en 3 días laborables desde que me des el visto bueno, así que llegarías a "
     "la regata."),
    ("de", PUMP["de"],
     "Die Pumpe hat zwei Jahre Garantie, und weil die Dichtung undicht wird, tauschen wir sie "
     "kostenlos."),
    ("de", PUMP["de"], "Die Pumpe hat zwei Jahre Garantie, deshalb tauschen wir die Dichtung "
                       "kostenlos."),
    ("de", PUMP["de"],
     "Die Pumpe hat zwei Jahre Garantie, deshalb tauschen wir die Dichtung, die undicht ist, "
     "kostenlos."),
]


@pytest.mark.parametrize("lang,draft,rewrite", FOLDED)
def test_a_condition_folded_in_beside_the_drafts_reason_passes(lang: str, draft: str,
                                                               rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", UNSAFE)
def test_a_condition_made_the_reason_or_dropped_is_caught(lang: str, draft: str,
                                                          rewrite: str) -> None:
    assert "new_commitment:condition" in labels(draft, rewrite, lang)

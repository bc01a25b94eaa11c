"""More ways a hedge is said, each kept by a rewrite that says it in other words and caught
when the rewrite says the same as certain (lang/*.json `hedges`, `possibilities`,
`hypotheticals`): what only seems so ("parecen ser del estuco", "appear to be", "scheinen",
"semblent"), French "sûrement" (probably), a try in the present ("eu tento entregar", "je
tente un arrangement", "intento tenerlo"), and, in a rewrite, a thing said to be possible
("la deuxième catégorie est possible" for "elle pourrait passer"). Written for this rule (none
comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

ES_SEEM = ("Hola Inés, gracias por las fotos. Por lo que se ve, las grietas del salón parecen ser "
           "del estuco. Un saludo, Nora")
EN_SEEM = ("Hi Tom, thanks for the photos. From what we can see, the cracks in the hall appear "
           "to be in the plaster. Best, Nora")
DE_SEEM = ("Hallo Herr Wirth, danke für die Fotos. Die Risse im Flur scheinen nur im Putz zu "
           "sein. Viele Grüße, Nora")
FR_SURE = ("Salut Marc, pour les petits de maternelle, je vais sûrement adoucir la fin du conte. "
           "À bientôt, Lise")
PT_TRY = ("Olá Rui, com os para-choques de reposição, dá para tentar entregar até sexta-feira. "
          "Abraço, Nilton")
FR_TRY = ("Bonjour Anne, pour la chanson, je vais essayer d'en faire un arrangement pour le "
          "carillon. Bien à vous, Paul")
ES_TRY = ("Hola Eva, intentaremos tener la mesa lista el viernes. Un saludo, Pablo")
FR_COULD = ("Salut Jo, avec le poids qu'elle a pris, elle pourrait passer en deuxième catégorie. "
            "À bientôt, Max")
EN_COULD = ("Hi Jo, with the weight she has gained, she could move up to the second category. "
            "Best, Max")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("es", ES_SEEM, "Hola Inés, gracias por las fotos. Por lo que se ve, parece que las grietas "
                    "del salón son del estuco. Un saludo, Nora"),
    ("en", EN_SEEM, "Hi Tom, thanks for the photos. From what we can see, it seems the cracks in "
                    "the hall are in the plaster. Best, Nora"),
    ("de", DE_SEEM, "Hallo Herr Wirth, danke für die Fotos. Die Risse im Flur sind anscheinend "
                    "nur im Putz. Viele Grüße, Nora"),
    ("fr", FR_SURE, "Salut Marc, pour les petits de maternelle, je vais probablement adoucir la "
                    "fin du conte. À bientôt, Lise"),
    ("pt", PT_TRY, "Olá Rui, com os para-choques de reposição, eu tento entregar até "
                   "sexta-feira. Abraço, Nilton"),
    ("fr", FR_TRY, "Bonjour Anne, pour la chanson, je tente d'en faire un arrangement pour le "
                   "carillon. Bien à vous, Paul"),
    ("es", ES_TRY, "Hola Eva, intento tener la mesa lista el viernes. Un saludo, Pablo"),
    ("fr", FR_COULD, "Salut Jo, vu le poids qu'elle a pris, la deuxième catégorie est possible. "
                     "À bientôt, Max"),
    ("en", EN_COULD, "Hi Jo, given the weight she has gained, the second category is possible. "
                     "Best, Max"),
])
def test_the_hedge_said_another_way_passes_clean(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("es", ES_SEEM, "Hola Inés, gracias por las fotos. Las grietas del salón son del estuco, no "
                    "se preocupe. Un saludo, Nora"),
    ("en", EN_SEEM, "Hi Tom, thanks for the photos. The cracks in the hall are in the plaster, "
                    "nothing to worry about. Best, Nora"),
    ("de", DE_SEEM, "Hallo Herr Wirth, danke für die Fotos. Die Risse im Flur sind nur im Putz. "
                    "Viele Grüße, Nora"),
    ("fr", FR_SURE, "Salut Marc, pour les petits de maternelle, j'adoucis la fin du conte, "
                    "promis. À bientôt, Lise"),
    ("pt", PT_TRY, "Olá Rui, com os para-choques de reposição, entrego até sexta-feira. Abraço, "
                   "Nilton"),
    ("fr", FR_TRY, "Bonjour Anne, pour la chanson, j'en fais un arrangement pour le carillon. "
                   "Bien à vous, Paul"),
    ("es", ES_TRY, "Hola Eva, tendremos la mesa lista el viernes. Un saludo, Pablo"),
    ("fr", FR_COULD, "Salut Jo, avec le poids qu'elle a pris, elle passera en deuxième "
                     "catégorie. À bientôt, Max"),
    ("en", EN_COULD, "Hi Jo, with the weight she has gained, she will move up to the second "
                     "category. Best, Max"),
])
def test_the_same_said_as_certain_is_caught(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)

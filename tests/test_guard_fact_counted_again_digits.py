"""Stop 57 reading (facts._again with `values`): a number word after a definite article or a
demonstrative that counts again a set the draft has just counted in digits ("the cracks in the
3 chairs … we will replace the three") is that set named again, as it is after a count in words
("six names … the six hoodies"): a rewrite may name it without the number ("we will replace
them"). A count changed ("the four"), a count with no earlier count of its value, or one after
a count of days ("the glue needs 3 days … the three chairs") is still a number to keep. Every
sentence is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

# lang, draft, the set named again without the count, the count changed, a draft whose only
# earlier count of that value is of days, that draft without the count
CASES = [
    ("en",
     "The cracks in the 3 chairs come from glue that dried too fast. We will replace the three "
     "by Friday 14 May.",
     "The cracks in the 3 chairs come from glue that dried too fast. We will replace them by "
     "Friday 14 May.",
     "The cracks in the 3 chairs come from glue that dried too fast. We will replace the four "
     "by Friday 14 May.",
     "The glue needs 3 days to dry. We will replace the three chairs by Friday 14 May.",
     "The glue needs 3 days to dry. We will replace the chairs by Friday 14 May."),
    ("de",
     "Die Risse an den 3 Stühlen kommen von Leim, der zu schnell getrocknet ist. Wir ersetzen "
     "die drei bis Freitag, 14. Mai.",
     "Die Risse an den 3 Stühlen kommen von Leim, der zu schnell getrocknet ist. Wir ersetzen "
     "sie bis Freitag, 14. Mai.",
     "Die Risse an den 3 Stühlen kommen von Leim, der zu schnell getrocknet ist. Wir ersetzen "
     "die vier bis Freitag, 14. Mai.",
     "Der Leim braucht 3 Tage zum Trocknen. Wir ersetzen die drei Stühle bis Freitag, 14. Mai.",
     "Der Leim braucht 3 Tage zum Trocknen. Wir ersetzen die Stühle bis Freitag, 14. Mai."),
    ("es",
     "Las grietas de las 3 sillas vienen de un pegamento que secó demasiado rápido. "
     "Reemplazaremos las tres antes del viernes 14 de mayo.",
     "Las grietas de las 3 sillas vienen de un pegamento que secó demasiado rápido. Las "
     "reemplazaremos antes del viernes 14 de mayo.",
     "Las grietas de las 3 sillas vienen de un pegamento que secó demasiado rápido. "
     "Reemplazaremos las cuatro antes del viernes 14 de mayo.",
     "El pegamento necesita 3 días para secar. Reemplazaremos las tres sillas antes del "
     "viernes 14 de mayo.",
     "El pegamento necesita 3 días para secar. Reemplazaremos las sillas antes del viernes 14 "
     "de mayo."),
    ("fr",
     "Les fissures des 3 chaises viennent d'une colle qui a séché trop vite. Nous remplacerons "
     "les trois d'ici le vendredi 14 mai.",
     "Les fissures des 3 chaises viennent d'une colle qui a séché trop vite. Nous les "
     "remplacerons d'ici le vendredi 14 mai.",
     "Les fissures des 3 chaises viennent d'une colle qui a séché trop vite. Nous remplacerons "
     "les quatre d'ici le vendredi 14 mai.",
     "La colle demande 3 jours pour sécher. Nous remplacerons les trois chaises d'ici le "
     "vendredi 14 mai.",
     "La colle demande 3 jours pour sécher. Nous remplacerons les chaises d'ici le vendredi 14 "
     "mai."),
    ("pt",
     "As rachas nas 3 cadeiras vêm de uma cola que secou depressa demais. Vamos substituir as "
     "três até sexta-feira, 14 de maio.",
     "As rachas nas 3 cadeiras vêm de uma cola que secou depressa demais. Vamos substituí-las "
     "até sexta-feira, 14 de maio.",
     "As rachas nas 3 cadeiras vêm de uma cola que secou depressa demais. Vamos substituir as "
     "quatro até sexta-feira, 14 de maio.",
     "A cola precisa de 3 dias para secar. Vamos substituir as três cadeiras até sexta-feira, "
     "14 de maio.",
     "A cola precisa de 3 dias para secar. Vamos substituir as cadeiras até sexta-feira, 14 de "
     "maio."),
]

IDS = [case[0] for case in CASES]
CUSTOMER = {"en": "Three chairs arrived cracked.", "de": "Drei Stühle kamen mit Rissen an.",
            "es": "Llegaron tres sillas agrietadas.", "fr": "Trois chaises sont arrivées fendues.",
            "pt": "Chegaram três cadeiras rachadas."}


@pytest.mark.parametrize("lang,draft,named,changed,days,undone", CASES, ids=IDS)
def test_a_set_counted_in_digits_named_again_without_its_count(lang, draft, named, changed,
                                                               days, undone):
    assert as_written(draft, draft, "", lang) == []
    assert as_written(draft, named, "", lang) == []


@pytest.mark.parametrize("lang,draft,named,changed,days,undone", CASES, ids=IDS)
def test_the_count_changed_is_still_caught(lang, draft, named, changed, days, undone):
    assert as_written(draft, changed, "", lang) != []
    assert as_written(draft, changed, CUSTOMER[lang], lang) != []


@pytest.mark.parametrize("lang,draft,named,changed,days,undone", CASES, ids=IDS)
def test_a_count_after_a_count_of_days_must_stay(lang, draft, named, changed, days, undone):
    assert "fact_missing" in as_written(days, undone, "", lang)

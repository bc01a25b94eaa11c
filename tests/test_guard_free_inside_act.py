"""A word of no cost standing inside the words of an act ("Den Akku tauschen wir kostenlos
aus": German puts it between the verb and its particle, inside the replacement's own words) is
a promise of its own beside the act, not the act read another way: beside a draft that swaps
the battery and says nothing of its cost, it makes the swap free, a new promise. Said beside the
draft's own free swap, in any words, it is clean; and the act said beside a draft that only
makes the thing free is a new replacement."""

import pytest

from tests.masked_guard import labels


def _free(found: list[str]) -> bool:
    return bool({"new_commitment:credit", "new_commitment:discount"} & set(found))


# (lang, the act, the act made free in the same words, the draft's free act said otherwise)
CASES = [
    ("de", "Den Akku tauschen wir aus.", "Den Akku tauschen wir kostenlos aus.",
     "Wir ersetzen den Akku kostenlos."),
    ("de", "Die Dichtung tauschen wir beim nächsten Termin aus.",
     "Die Dichtung tauschen wir beim nächsten Termin gratis aus.",
     "Beim nächsten Termin ersetzen wir die Dichtung kostenlos."),
    ("en", "We will replace the battery.", "We will replace the battery free of charge.",
     "We will replace the battery at no cost."),
    ("es", "Le cambiamos la batería.", "Le cambiamos la batería sin coste.",
     "Le cambiamos la batería gratis."),
    ("fr", "Nous remplaçons la batterie.", "Nous remplaçons gratuitement la batterie.",
     "Nous remplaçons la batterie sans frais."),
    ("pt", "Trocamos a bateria.", "Trocamos a bateria sem custo.",
     "Trocamos a bateria de graça."),
]


@pytest.mark.parametrize("lang,act,free,said", CASES)
def test_free_inside_the_act_is_caught_where_the_draft_gives_nothing_free(lang, act, free, said):
    assert _free(labels(act, free, lang))


@pytest.mark.parametrize("lang,act,free,said", CASES)
def test_free_inside_the_act_is_clean_beside_the_drafts_free_act(lang, act, free, said):
    assert not any(f.startswith("new_commitment") for f in labels(said, free, lang))
    assert not any(f.startswith("new_commitment") for f in labels(free, said, lang))


def test_the_act_beside_a_draft_that_only_makes_the_thing_free_is_a_new_replacement():
    assert "new_commitment:replacement" in labels(
        "Der Akku ist für Sie kostenlos.", "Den Akku tauschen wir kostenlos aus.", "de")

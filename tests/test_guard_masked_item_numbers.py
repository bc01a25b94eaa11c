"""A count of the draft's options before a numbered list ("two options:\\n1. wait…\\n2.
cancel…") is said by a list of as many items in the rewrite, also where the masker took each
item's "1." before a lower-case word for an ordinal and masked it dot and all ("⟦9⟧ receber"):
the rewrite that keeps both items may drop the count; one that keeps one item is caught."""

import pytest

from tests.masked_guard import eval_codes

# (lang, draft, both items without the count, one item without the count)
CASES = [
    ("en", "Hi Ana,\n\nIf you'd rather not wait, you have two options:\n1. take the blue model "
     "today at the same price;\n2. cancel and get your 80 € back within 5 days.\n\nBest, Tom",
     "Hi Ana,\n\nIf waiting doesn't suit you, you can choose:\n1. take the blue model today at "
     "the same price;\n2. cancel, and I'll return your 80 € within 5 days.\n\nBest, Tom",
     "Hi Ana,\n\nIf waiting doesn't suit you, you can choose:\n1. take the blue model today at "
     "the same price.\n\nBest, Tom"),
    ("es", "Hola Ana:\n\nSi prefiere no esperar, tiene dos opciones:\n1. llevarse el modelo azul "
     "hoy al mismo precio;\n2. cancelar y recibir sus 80 € en 5 días.\n\nSaludos, Tomás",
     "Hola Ana:\n\nSi no quiere esperar, puede elegir:\n1. llevarse el modelo azul hoy al mismo "
     "precio;\n2. cancelar, y le devuelvo sus 80 € en 5 días.\n\nSaludos, Tomás",
     "Hola Ana:\n\nSi no quiere esperar, puede elegir:\n1. llevarse el modelo azul hoy al mismo "
     "precio.\n\nSaludos, Tomás"),
    ("fr", "Bonjour Ana,\n\nSi vous préférez ne pas attendre, vous avez deux options :\n1. prendre "
     "le modèle bleu aujourd'hui au même prix ;\n2. annuler et récupérer vos 80 € sous 5 jours."
     "\n\nCordialement, Tom",
     "Bonjour Ana,\n\nSi attendre ne vous convient pas, vous pouvez choisir :\n1. prendre le "
     "modèle bleu aujourd'hui au même prix ;\n2. annuler, et je vous rends vos 80 € sous 5 "
     "jours.\n\nCordialement, Tom",
     "Bonjour Ana,\n\nSi attendre ne vous convient pas, vous pouvez choisir :\n1. prendre le "
     "modèle bleu aujourd'hui au même prix.\n\nCordialement, Tom"),
    ("pt", "Olá Ana,\n\nSe preferir não esperar, tem duas opções:\n1. levar o modelo azul hoje "
     "pelo mesmo preço;\n2. cancelar e receber de volta 80 € em 5 dias.\n\nCumprimentos, Tomás",
     "Olá Ana,\n\nSe não quiser esperar, você escolhe:\n1. levar o modelo azul hoje pelo mesmo "
     "preço;\n2. cancelar, e eu devolvo os 80 € em 5 dias.\n\nCumprimentos, Tomás",
     "Olá Ana,\n\nSe não quiser esperar, você escolhe:\n1. levar o modelo azul hoje pelo mesmo "
     "preço.\n\nCumprimentos, Tomás"),
    ("de", "Hallo Ana,\n\nwenn Sie nicht warten möchten, haben Sie zwei Möglichkeiten:\n1. "
     "heute das blaue Modell zum gleichen Preis nehmen;\n2. stornieren und Ihre 80 € in 5 "
     "Tagen zurückbekommen.\n\nViele Grüße, Tom",
     "Hallo Ana,\n\nwenn Warten für Sie nicht passt, wählen Sie:\n1. heute das blaue Modell "
     "zum gleichen Preis nehmen;\n2. stornieren, und ich erstatte Ihnen die 80 € in 5 Tagen."
     "\n\nViele Grüße, Tom",
     "Hallo Ana,\n\nwenn Warten für Sie nicht passt, wählen Sie:\n1. heute das blaue Modell "
     "zum gleichen Preis nehmen.\n\nViele Grüße, Tom"),
]


@pytest.mark.parametrize("lang,draft,both,_one", CASES, ids=[c[0] for c in CASES])
def test_the_list_of_as_many_items_says_the_count(lang, draft, both, _one):
    assert "fact_missing" not in eval_codes(draft, both, "", lang)


@pytest.mark.parametrize("lang,draft,_both,one", CASES, ids=[c[0] for c in CASES])
def test_a_list_that_lost_an_item_is_caught(lang, draft, _both, one):
    assert "fact_missing" in eval_codes(draft, one, "", lang)

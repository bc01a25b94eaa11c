"""A rewrite clause that says a draft's hedged clause whole says it again, even when it also
holds the firm clause beside it ("até dia 12 juntam-se mais alguns, isso é certo, ainda que o
grupo completo não lho consiga garantir" for "devem juntar-se mais alguns até dia 12, mas não
lhe consigo garantir o grupo completo"): it is judged by that hedge, not taken for the firm
clause it shares more words with (modality.modality_kept). Written for this rule (none comes
from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

PT = ("Olá Rui, neste momento só temos 4 dos 7 músicos confirmados. Devem juntar-se mais alguns "
      "até dia 12, mas não lhe consigo garantir o grupo completo. Abraço, Tiago")
ES = ("Hola Rui, ahora mismo solo tenemos 4 de los 7 músicos confirmados. Deberían apuntarse "
      "algunos más antes del día 12, pero no le puedo asegurar el grupo completo. Un saludo, "
      "Tiago")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("pt", PT, "Olá Rui, neste momento só temos 4 dos 7 músicos confirmados. Até dia 12 devem "
               "juntar-se mais alguns, ainda que o grupo completo não lho consiga garantir. "
               "Abraço, Tiago"),
    ("es", ES, "Hola Rui, ahora mismo solo tenemos 4 de los 7 músicos confirmados. Antes del día "
               "12 deberían apuntarse algunos más, aunque el grupo completo no se lo puedo "
               "asegurar. Un saludo, Tiago"),
])
def test_the_merged_clause_keeping_the_hedge_passes_clean(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("pt", PT, "Olá Rui, neste momento só temos 4 dos 7 músicos confirmados. Até dia 12 "
               "juntam-se mais alguns, isso é certo, ainda que o grupo completo não lho consiga "
               "garantir. Abraço, Tiago"),
    ("es", ES, "Hola Rui, ahora mismo solo tenemos 4 de los 7 músicos confirmados. Antes del día "
               "12 se apuntan algunos más, eso seguro, aunque el grupo completo no se lo puedo "
               "asegurar. Un saludo, Tiago"),
])
def test_the_merged_clause_dropping_the_hedge_is_caught(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)

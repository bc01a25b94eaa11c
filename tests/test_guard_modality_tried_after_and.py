"""Stop 58 modality reading (guard/modality.py `_tried_after`; lang/*.json `tries`).

A verb of trying governs the act after it, not one its clause has already stated before an
"and": "nous réparerons la montre et essaierons de vous la rendre vendredi" states the
repair and tries only the return, so for "nous pourrions réparer la montre…" the repair is
made firm (before, the "essaierons" anywhere in the clause softened all of it; en "will
try" the same). Still kept: the attempt before both acts ("we will try to repair the watch
and return it").

Every sentence is written for this reading (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

_CASES = [
    ("en", "We could repair the watch and return it to you on Friday.",
     ["We will repair the watch and will try to return it to you on Friday.",
      "We will repair the watch and we'll try to return it to you on Friday."],
     ["We will try to repair the watch and return it to you on Friday.",
      "We'll try to repair the watch and return it to you on Friday."]),
    ("fr", "Nous pourrions réparer la montre et vous la rendre vendredi.",
     ["Nous réparerons la montre et essaierons de vous la rendre vendredi."],
     ["Nous essaierons de réparer la montre et de vous la rendre vendredi."]),
    ("es", "Podríamos reparar el reloj y devolvérselo el viernes.",
     ["Repararemos el reloj e intentaremos devolvérselo el viernes."],
     ["Intentaremos reparar el reloj y devolvérselo el viernes."]),
    ("pt", "Poderíamos reparar o relógio e devolvê-lo na sexta.",
     ["Vamos reparar o relógio e tentaremos devolvê-lo na sexta."],
     ["Tentaremos reparar o relógio e devolvê-lo na sexta."]),
    ("de", "Wir könnten die Uhr reparieren und sie Ihnen am Freitag zurückgeben.",
     ["Wir reparieren die Uhr und versuchen, sie Ihnen am Freitag zurückzugeben."],
     ["Wir versuchen, die Uhr zu reparieren und sie Ihnen am Freitag zurückzugeben."]),
]


@pytest.mark.parametrize("lang,draft,firmer,kept", _CASES)
def test_an_attempt_softens_only_the_act_after_it(lang: str, draft: str, firmer: list[str],
                                                  kept: list[str]) -> None:
    for rewrite in firmer:
        assert verdict(draft, rewrite, "", lang).get("new_commitment"), rewrite
    for rewrite in kept:
        assert not verdict(draft, rewrite, "", lang), rewrite

"""A clause says its thing of what the clauses before it in its sentence named: "delivery
depends on the van being free; it goes out on Thursdays" says again "…the van, which usually
goes out on Thursdays" though its own words share only "Thursdays" with the draft ("it" is
the van; Spanish and Portuguese drop even the "it": "…; sale los jueves"). The words of the
earlier clauses of the rewrite's sentence count towards what the clause shares with the
hedged draft sentence (guard/modality.py `modality_kept`'s `before`); the hedged word itself
must still be the clause's own, so a clause beside it on another matter ("…; it is free")
is not read as saying the hedged one again.

Sentences written for this rule, none taken from a corpus set. On main 1 of the 15 tests
fails (the Portuguese "ela sai às quintas", whose "sai" no stem counts); the other unsafe
pairs are caught on main by another path and stay here as the reading's own."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

DRAFTS = {
    "en": "If you prefer delivery to your garage, it costs £20 and depends on the van being free, "
          "which usually goes out on Thursdays.",
    "fr": "Si vous préférez la livraison au garage, elle coûte 20 € et dépend de la camionnette, "
          "qui part normalement le jeudi.",
    "es": "Si prefiere la entrega en el garaje, cuesta 20 € y depende de la furgoneta, que "
          "normalmente sale los jueves.",
    "pt": "Se preferir a entrega na garagem, custa 20 € e depende da carrinha, que normalmente "
          "sai às quintas.",
    "de": "Wenn Sie die Lieferung in die Garage möchten, kostet sie 20 € und hängt vom "
          "Lieferwagen ab, der normalerweise donnerstags fährt.",
}
FIRMER = [
    ("en", "Delivery to your garage costs £20 if you prefer it, and depends on the van being "
     "free; it goes out on Thursdays."),
    ("fr", "Si vous la préférez, la livraison au garage coûte 20 € et dépend de la camionnette ; "
     "elle part le jeudi."),
    ("es", "Si prefiere recibirlo en el garaje, la entrega cuesta 20 € y depende de la furgoneta; "
     "sale los jueves."),
    ("pt", "Se preferir receber na garagem, a entrega custa 20 € e depende da carrinha; ela sai "
     "às quintas."),
    ("de", "Wenn Sie sie lieber in der Garage möchten, kostet die Lieferung 20 € und hängt vom "
     "Lieferwagen ab; er fährt donnerstags."),
]
KEPT = [
    ("en", "Delivery to your garage costs £20 if you prefer it, and depends on the van being "
     "free; it usually goes out on Thursdays."),
    ("en", "If you prefer your garage, delivery costs £20. It depends on the van being free, and "
     "as a rule the van goes out on Thursdays."),
    ("fr", "Si vous la préférez, la livraison au garage coûte 20 € et dépend de la camionnette ; "
     "en général, elle part le jeudi."),
    ("fr", "Si vous préférez le garage, la livraison coûte 20 €. Elle dépend de la camionnette, "
     "qui part d'habitude le jeudi."),
    ("es", "Si prefiere recibirlo en el garaje, la entrega cuesta 20 € y depende de la furgoneta; "
     "suele salir los jueves."),
    ("es", "Si prefiere el garaje, la entrega cuesta 20 € y depende de la furgoneta, que por lo "
     "general sale los jueves."),
    ("pt", "Se preferir receber na garagem, a entrega custa 20 € e depende da carrinha; ela "
     "costuma sair às quintas."),
    ("pt", "Se preferir a garagem, a entrega custa 20 €. Depende da carrinha, que em regra sai às "
     "quintas."),
    ("de", "Wenn Sie sie lieber in der Garage möchten, kostet die Lieferung 20 € und hängt vom "
     "Lieferwagen ab; er fährt in der Regel donnerstags."),
    ("de", "Wenn Sie die Garage möchten, kostet die Lieferung 20 €. Sie hängt vom Lieferwagen ab, "
     "der meistens donnerstags fährt."),
]


@pytest.mark.parametrize("lang,rewrite", FIRMER)
def test_a_clause_read_with_the_clauses_before_it(lang: str, rewrite: str) -> None:
    found = labels(letter(lang, DRAFTS[lang]), letter(lang, rewrite), lang)
    assert "new_commitment:modality" in found


@pytest.mark.parametrize("lang,rewrite", KEPT)
def test_the_hedge_kept_in_other_words_passes(lang: str, rewrite: str) -> None:
    assert labels(letter(lang, DRAFTS[lang]), letter(lang, rewrite), lang) == []

"""A plain-text list keeps its items, however they are numbered: with bullets, bare numbers, or
named numbers ("Option 1: …", "Möglichkeit 2 – …", "Opção 1: …", vocab `item_labels`). A named
item left out or added is still a list changed (`markup_changed`), and what an item says is still
judged by the other checks. A list said in running text is `test_guard_list_prose.py`.

Sentences written for this rule, none taken from a corpus set. On main (f95bac4) the five
faithful rewrites with named numbers fail (markup_changed); the unsafe ones are caught there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written


def labels(draft: str, rewrite: str, lang: str) -> list[str]:
    """The guard as it meets a model's rewrite: any number the draft lacks (an item's "1") as
    text."""
    return as_written(draft, rewrite, "", lang)

# (lang, draft, the same list said in running text, the same list with named numbers)
LISTS = [
    ("en",
     "Hello Ana,\n\nYou have two options:\n- we repair the cracked frame in our workshop for "
     "$80 within 5 working days;\n- we collect the bike from your home and refund the $450 you "
     "paid by card.\n\nBest,\nTom",
     "Hello Ana,\n\nYou have two options. We can repair the frame for $80 within 5 working "
     "days, or we collect the bike from your home and refund the $450 you paid by "
     "card.\n\nBest,\nTom",
     "Hello Ana,\n\nYou have two options:\nOption 1: we repair the frame for $80 within 5 "
     "working days.\nOption 2: we collect the bike from your home and refund the $450 you paid "
     "by card.\n\nBest,\nTom"),
    ("fr",
     "Bonjour Léa,\n\nVous avez deux options :\n- nous réparons le cadre fissuré dans notre "
     "atelier pour 80 € sous 5 jours ouvrés ;\n- nous reprenons le vélo chez vous et "
     "remboursons les 450 € payés par carte.\n\nCordialement,\nTom",
     "Bonjour Léa,\n\nVous avez deux options. Nous pouvons réparer le cadre fissuré dans notre "
     "atelier pour 80 € sous 5 jours ouvrés, ou nous reprenons le vélo chez vous et "
     "remboursons les 450 € payés par carte.\n\nCordialement,\nTom",
     "Bonjour Léa,\n\nVous avez deux options :\nOption 1 : nous réparons le cadre pour 80 € "
     "sous 5 jours ouvrés.\nOption 2 : nous reprenons le vélo chez vous et remboursons les 450 "
     "€ payés par carte.\n\nCordialement,\nTom"),
    ("es",
     "Hola, Ana:\n\nTiene dos opciones:\n- reparamos el cuadro agrietado en nuestro taller por "
     "80 € en 5 días hábiles;\n- recogemos la bicicleta en su casa y le devolvemos los 450 € "
     "que pagó con tarjeta.\n\nSaludos,\nTomás",
     "Hola, Ana:\n\nTiene dos opciones. Podemos reparar el cuadro agrietado en nuestro taller "
     "por 80 € en 5 días hábiles, o recogemos la bicicleta en su casa y le devolvemos los 450 "
     "€ que pagó con tarjeta.\n\nSaludos,\nTomás",
     "Hola, Ana:\n\nTiene dos opciones:\nOpción 1: reparamos el cuadro por 80 € en 5 días "
     "hábiles.\nOpción 2: recogemos la bicicleta en su casa y le devolvemos los 450 € que pagó "
     "con tarjeta.\n\nSaludos,\nTomás"),
    ("pt",
     "Olá, Ana,\n\nTem duas opções:\n- reparamos o quadro rachado na nossa oficina por 80 € em "
     "5 dias úteis;\n- recolhemos a bicicleta em sua casa e devolvemos os 450 € que pagou com "
     "cartão.\n\nCumprimentos,\nTomás",
     "Olá, Ana,\n\nTem duas opções. Podemos reparar o quadro rachado na nossa oficina por 80 € "
     "em 5 dias úteis, ou recolhemos a bicicleta em sua casa e devolvemos os 450 € que pagou "
     "com cartão.\n\nCumprimentos,\nTomás",
     "Olá, Ana,\n\nTem duas opções:\nOpção 1: reparamos o quadro rachado na nossa oficina por "
     "80 € em 5 dias úteis.\nOpção 2: recolhemos a bicicleta em sua casa e devolvemos os 450 € "
     "que pagou com cartão.\n\nCumprimentos,\nTomás"),
    ("de",
     "Hallo Anna,\n\nSie haben zwei Möglichkeiten:\n- Wir reparieren den gerissenen Rahmen in "
     "unserer Werkstatt für 80 € innerhalb von 5 Werktagen.\n- Wir holen das Fahrrad bei "
     "Ihnen zu Hause ab und erstatten die mit Karte bezahlten 450 €.\n\nGrüße\nTom",
     "Hallo Anna,\n\nSie haben zwei Möglichkeiten. Wir reparieren den gerissenen Rahmen in "
     "unserer Werkstatt für 80 € innerhalb von 5 Werktagen, oder wir holen das Fahrrad bei "
     "Ihnen zu Hause ab und erstatten die mit Karte bezahlten 450 €.\n\nGrüße\nTom",
     "Hallo Anna,\n\nSie haben zwei Möglichkeiten:\nMöglichkeit 1 – Wir reparieren den "
     "gerissenen Rahmen in unserer Werkstatt für 80 € innerhalb von 5 Werktagen.\n"
     "Möglichkeit 2 – Wir holen das Fahrrad bei Ihnen zu Hause ab und erstatten die mit Karte "
     "bezahlten 450 €.\n\nGrüße\nTom"),
]
LANGS = [row[0] for row in LISTS]


@pytest.mark.parametrize("lang,draft,prose,named", LISTS, ids=LANGS)
def test_a_list_numbered_by_name_passes(lang: str, draft: str, prose: str, named: str) -> None:
    assert labels(draft, named, lang) == []


@pytest.mark.parametrize("lang,draft,prose,named", LISTS, ids=LANGS)
def test_a_named_item_left_out_or_added_is_caught(lang: str, draft: str, prose: str,
                                                  named: str) -> None:
    lines = named.split("\n")
    second = next(i for i, line in enumerate(lines) if "2" in line[:16])
    dropped = "\n".join(lines[:second] + lines[second + 1:])
    assert "markup_changed" in labels(draft, dropped, lang)
    third = lines[second].replace("2", "3", 1)
    added = "\n".join([*lines[:second + 1], third, *lines[second + 1:]])
    assert "markup_changed" in labels(draft, added, lang)


# An item's amount said otherwise under its named number: still a fact changed.
AMOUNTS = {"en": ("$80", "$90"), "fr": ("80 €", "90 €"), "es": ("80 €", "90 €"),
           "pt": ("80 €", "90 €"), "de": ("80 €", "90 €")}


@pytest.mark.parametrize("lang,draft,prose,named", LISTS, ids=LANGS)
def test_a_named_item_with_another_amount_is_caught(lang: str, draft: str, prose: str,
                                                    named: str) -> None:
    was, now = AMOUNTS[lang]
    assert was in named
    assert labels(draft, named.replace(was, now), lang) != []


STEPS = [
    ("en", "To send it back:\n- print the label\n- pack the lamp\n\nThanks, Tom",
     "To send it back, print the label and pack the lamp.\n\nThanks, Tom"),
    ("fr", "Pour le retour :\n- imprimez l'étiquette\n- emballez la lampe\n\nMerci, Tom",
     "Pour le retour, imprimez l'étiquette et emballez la lampe.\n\nMerci, Tom"),
    ("es", "Para devolverla:\n- imprima la etiqueta\n- embale la lámpara\n\nGracias, Tomás",
     "Para devolverla, imprima la etiqueta y embale la lámpara.\n\nGracias, Tomás"),
    ("pt", "Para devolver:\n- imprima a etiqueta\n- embale o candeeiro\n\nObrigado, Tomás",
     "Para devolver, imprima a etiqueta e embale o candeeiro.\n\nObrigado, Tomás"),
    ("de", "Für die Rücksendung:\n- Etikett drucken\n- Lampe verpacken\n\nDanke, Tom",
     "Für die Rücksendung drucken Sie das Etikett und verpacken die Lampe.\n\nDanke, Tom"),
]


@pytest.mark.parametrize("lang,draft,rewrite", STEPS, ids=[row[0] for row in STEPS])
def test_short_steps_run_together_are_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "markup_changed" in labels(draft, rewrite, lang)

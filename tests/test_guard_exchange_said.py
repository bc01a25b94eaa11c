"""A replacement said by its exchange: German "tauschen wir … aus / um" and "gegen einen neuen"
("Die Lampe tauschen wir gegen eine neue aus"), Portuguese "a troca / a reposição … enviada,
embalada, a caminho". New where the draft replaces nothing; the draft's own replacement said
this way keeps its condition, and dropping it is caught; talking it over ("tauschen wir uns
aus") is no exchange. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DE = "Hallo Herr Roth, wir haben die Fotos erhalten und prüfen sie diese Woche. Viele Grüße, Jan"
PT = "Olá Rita, recebemos as fotos do dano e vamos analisá-las esta semana. Abraço, Luís"


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("de", DE, "Hallo Herr Roth, wir haben die Fotos erhalten und prüfen sie diese Woche. Die "
               "Lampe tauschen wir Ihnen gegen eine neue aus. Viele Grüße, Jan"),
    ("de", DE, "Hallo Herr Roth, wir haben die Fotos erhalten und prüfen sie diese Woche. "
               "Danach tauschen wir den Akku um. Viele Grüße, Jan"),
    ("pt", PT, "Olá Rita, recebemos as fotos do dano e vamos analisá-las esta semana. A troca "
               "do secador já está embalada. Abraço, Luís"),
    ("pt", PT, "Olá Rita, recebemos as fotos do dano e vamos analisá-las esta semana. A "
               "reposição segue a caminho. Abraço, Luís"),
])
def test_an_exchange_promised_is_a_new_replacement(lang, draft, rewrite):
    assert "new_commitment:replacement" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("de", "Hallo Herr Roth, wenn die Lampe defekt ankommt, schicken wir Ihnen eine neue "
     "Lampe. Viele Grüße, Jan",
     "Hallo Herr Roth, wenn die Lampe defekt ankommt, tauschen wir sie gegen eine neue Lampe "
     "aus. Viele Grüße, Jan",
     "Hallo Herr Roth, die Lampe tauschen wir gegen eine neue Lampe aus. Viele Grüße, Jan"),
    ("pt", "Olá Rita, se o secador chegar danificado, enviamos um novo secador. Abraço, Luís",
     "Olá Rita, se o secador chegar danificado, a troca por um novo secador é enviada logo. "
     "Abraço, Luís",
     "Olá Rita, a troca por um novo secador é enviada logo. Abraço, Luís"),
])
def test_the_drafts_replacement_said_as_an_exchange_keeps_its_condition(lang, draft, kept,
                                                                          dropped):
    assert labels(draft, kept, lang) == []
    assert any(label.startswith("new_commitment") for label in labels(draft, dropped, lang))


def test_talking_it_over_is_no_exchange():
    rewrite = ("Hallo Herr Roth, wir haben die Fotos erhalten und prüfen sie diese Woche. Gerne "
               "tauschen wir uns danach aus. Viele Grüße, Jan")
    assert "new_commitment:replacement" not in labels(DE, rewrite, "de")

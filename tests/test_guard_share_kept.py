"""Money given for a share stays a share (guard/facts.py `shares_kept`, lang `shares`): "we'll
refund half of the ticket price" said as "we'll refund the whole ticket price", "part of the fee"
as "the fee", "la moitié du billet" as "le billet", "parte del importe" as "el importe",
"metade do bilhete", "die Hälfte des Preises" passed in five languages: every marker kept, the
whole given. A share said in other words keeps it; a share of something else ("the revisit is
part of the treatment") or an act that names its amount ("a partial refund of $120" → "I can
refund $120") is not one.

Sentences written for this rule, none taken from a corpus set; 12 of its 20 tests fail on main."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

WHOLE = [
    ("en", "We'll refund half of the ticket price.", "We'll refund the whole ticket price."),
    ("en", "We'll refund part of the fee.", "We'll refund the fee."),
    ("en", "We can credit a portion of the delivery charge.", "We can credit the delivery charge."),
    ("en", "We will refund half of the $40 fee.", "We will refund the $40 fee."),
    ("fr", "Nous vous remboursons la moitié du billet.", "Nous vous remboursons le billet."),
    ("fr", "Nous remboursons une partie des frais.", "Nous remboursons les frais."),
    ("es", "Le reembolsamos la mitad del billete.", "Le reembolsamos el billete."),
    ("es", "Le devolvemos parte del importe.", "Le devolvemos el importe."),
    ("pt", "Reembolsamos metade do bilhete.", "Reembolsamos o bilhete."),
    ("pt", "Devolvemos parte do valor.", "Devolvemos o valor."),
    ("de", "Wir erstatten Ihnen die Hälfte des Preises.", "Wir erstatten Ihnen den Preis."),
    ("de", "Wir erstatten einen Teil der Gebühr.", "Wir erstatten die Gebühr."),
]
KEPT = [
    ("en", "We'll refund half of the ticket price.", "You'll get half of the ticket price back."),
    ("en", "We'll refund part of the fee.", "We'll partially refund the fee."),
    ("en", "We can offer a partial refund of $120.", "We can refund $120."),
    ("en", "The revisit is part of the treatment, so we cannot refund it.",
     "The revisit is included in the treatment, so we cannot refund it."),
    ("fr", "Nous vous remboursons la moitié du billet.",
     "Vous récupérez la moitié du prix du billet."),
    ("es", "Le reembolsamos la mitad del billete.", "Recuperará la mitad del billete."),
    ("pt", "Reembolsamos metade do bilhete.", "Vai receber de volta metade do bilhete."),
    ("de", "Wir erstatten Ihnen die Hälfte des Preises.",
     "Sie bekommen die Hälfte des Preises zurück."),
]


@pytest.mark.parametrize("lang,draft,rewrite", WHOLE)
def test_a_share_said_as_the_whole_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_a_share_kept_or_no_share_given_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

"""A month is a date the masker leaves as a word: "the two instalments fall in June and July"
said as "in July and August", or "the course starts in March" as "in April", passed in five
languages, for no marker changed. A month the draft names that the rewrite never names, with
one in its place that neither the draft nor the customer names, moves a date
(`facts.months_kept`). A month only left out ("next month"), the draft's months reordered or
said in other words, and the customer's own month told back all pass.

Sentences written for this rule, none taken from a corpus set. On main the five MOVED cases
fail (they pass the guard); the rest pass."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

MOVED = [
    ("en", "We can split the balance into two payments, in June and July.",
     "We can split the balance into two payments, in July and August."),
    ("fr", "Le stage commence en mars, le mardi soir.",
     "Le stage commence en avril, le mardi soir."),
    ("es", "La tienda nueva abre en octubre, en la calle Mayor.",
     "La tienda nueva abre en noviembre, en la calle Mayor."),
    ("pt", "As duas prestações ficam nas mensalidades de junho e julho.",
     "As duas prestações ficam nas mensalidades de julho e agosto."),
    ("de", "Der Kurs beginnt im September, jeweils dienstags.",
     "Der Kurs beginnt im Oktober, jeweils dienstags."),
]
KEPT = [
    # the draft's months reordered, in other words, or left out for "next month"
    ("en", "We can split the balance into two payments, in June and July.",
     "In June and July, the balance can be paid in two parts."),
    ("fr", "Le stage commence en mars, le mardi soir.",
     "C'est en mars que le stage démarre, le mardi soir."),
    ("es", "La tienda nueva abre en octubre, en la calle Mayor.",
     "Abrimos la tienda nueva de la calle Mayor el mes que viene."),
    ("pt", "As duas prestações ficam nas mensalidades de junho e julho.",
     "Junho e julho: é nessas mensalidades que entram as duas prestações."),
    ("de", "Der Kurs beginnt im September, jeweils dienstags.",
     "Los geht der Kurs im September, immer dienstags."),
]
THEIRS = [
    # the customer's month told back beside the draft's own
    ("en", "I ordered the sofa in April and it still hasn't arrived.",
     "Your sofa now ships in June.",
     "You ordered in April, so waiting is hard, I know. Your sofa now ships in June."),
    ("fr", "J'ai commandé en avril et toujours rien.",
     "La livraison est prévue en juin.",
     "Vous avez commandé en avril, je comprends votre attente. La livraison est prévue en juin."),
    ("es", "Pedí el sofá en abril y no ha llegado.",
     "El sofá sale en junio.",
     "Lo pidió en abril y entiendo la espera. El sofá sale en junio."),
    ("pt", "Encomendei o sofá em abril e ainda nada.",
     "O sofá é enviado em junho.",
     "Encomendou em abril, percebo a espera. O sofá é enviado em junho."),
    ("de", "Ich habe das Sofa im April bestellt und es ist noch nicht da.",
     "Das Sofa wird im Juni verschickt.",
     "Sie haben im April bestellt, ich verstehe den Ärger. Das Sofa wird im Juni verschickt."),
]


@pytest.mark.parametrize("lang,draft,rewrite", MOVED)
def test_a_month_moved_is_a_changed_date(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_drafts_months_said_again_pass(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,customer,draft,rewrite", THEIRS)
def test_the_customers_month_told_back_passes(lang: str, customer: str, draft: str,
                                              rewrite: str) -> None:
    assert labels(draft, rewrite, lang, customer) == []


def test_may_as_a_verb_names_no_month() -> None:
    assert labels("Your refund goes out in June.",
                  "Your refund goes out in June; you may see it a few days later.", "en") == []

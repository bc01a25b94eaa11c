"""A short conditional promise said bare is caught: "If the item is unused, you can return it" →
"You can return it", "You can return it if it's unused" → "You can return it" passed in English,
for once its condition was set aside the draft's sentence kept one word ("return") and a rewrite
sentence saying it again had to share two. A rewrite sentence made only of the draft sentence's
own words says it, however few they are; the condition must then be there. French, Spanish,
Portuguese and German keep more words in such a sentence and were caught already.

Sentences written for this rule, none taken from a corpus set. On main the 4 English dropped
conditions pass (fail here); the rest pass on both."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DROPPED = [
    ("en", "If the item is unused, you can return it.", "You can return it."),
    ("en", "You can return it if it's unused.", "You can return it."),
    ("en", "If the item is unused, you may return it.", "You may return it."),
    ("en", "Once the photos arrive, we'll review it.", "We'll review it."),
    ("fr", "Si l'article n'a pas servi, vous pouvez le retourner.", "Vous pouvez le retourner."),
    ("es", "Si el artículo no se ha usado, puede devolverlo.", "Puede devolverlo."),
    ("pt", "Se o artigo não foi usado, pode devolvê-lo.", "Pode devolvê-lo."),
    ("de", "Wenn der Artikel unbenutzt ist, können Sie ihn zurückgeben.",
     "Sie können ihn zurückgeben."),
]
KEPT = [
    ("en", "If the item is unused, you can return it.", "You can return it if it's unused."),
    ("en", "If the item is unused, you can return it.", "Unused? Then you can return it."),
    ("en", "If the item is unused, you can return it.",
     "As long as it hasn't been used, you can return it."),
    ("en", "If the item is unused, you can return it.", "You can return it, provided it's unused."),
    ("en", "If the item is unused, you can return it.",
     "If it's still unused, feel free to return it."),
    ("en", "If you need help, call us.", "Call us."),
    ("en", "We apologize for any inconvenience this may have caused.",
     "I'm sorry for the trouble this has caused."),
    ("fr", "Si l'article n'a pas servi, vous pouvez le retourner.",
     "Vous pouvez le retourner s'il n'a pas servi."),
    ("de", "Wenn der Artikel unbenutzt ist, können Sie ihn zurückgeben.",
     "Sie können ihn zurückgeben, solange er unbenutzt ist."),
]


@pytest.mark.parametrize("lang,draft,rewrite", DROPPED)
def test_a_short_promise_said_without_its_condition_is_caught(lang: str, draft: str,
                                                               rewrite: str) -> None:
    assert "new_commitment:condition" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_promise_with_its_condition_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

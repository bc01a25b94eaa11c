"""A "not yet" inside a "without" that leads to another act ("…, without being able to
confirm it for now", "sans pouvoir le confirmer pour le moment", "sin poder confirmarlo por
ahora") puts off that act, not the one the draft refuses: a rewrite that says so beside a
replacement bus keeps the draft's refused replacement as it was. A rewrite that puts the
refused act itself off ("we can't replace it yet") is still caught. Every sentence written for
this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft, faithful rewrite with a "not yet" after a "without", rewrite putting it off)
CASES = [
    ("en",
     "We can't replace the old cabin. Replacement buses run every ten minutes; we're trying to "
     "add more without being able to confirm it.",
     "We can't replace the old cabin. Replacement buses run every ten minutes, and we're "
     "trying to add more, without being able to confirm that for now.",
     "We can't replace the old cabin yet. Replacement buses run every ten minutes; we're "
     "trying to add more without being able to confirm it."),
    ("es",
     "No podemos sustituir la cabina vieja. Los autobuses de sustitución pasan cada diez "
     "minutos; intentamos añadir más sin poder confirmarlo.",
     "No podemos sustituir la cabina vieja. Los autobuses de sustitución pasan cada diez "
     "minutos, e intentamos añadir más, sin poder confirmarlo por ahora.",
     "Todavía no podemos sustituir la cabina vieja. Los autobuses de sustitución pasan cada "
     "diez minutos; intentamos añadir más sin poder confirmarlo."),
    ("pt",
     "Não conseguimos substituir a cabine antiga. Os autocarros de substituição passam de dez "
     "em dez minutos; tentamos juntar mais sem poder confirmar.",
     "Não conseguimos substituir a cabine antiga. Os autocarros de substituição passam de dez "
     "em dez minutos, e tentamos juntar mais, sem poder confirmar por enquanto.",
     "Ainda não conseguimos substituir a cabine antiga. Os autocarros de substituição passam "
     "de dez em dez minutos; tentamos juntar mais sem poder confirmar."),
    ("fr",
     "Nous ne pouvons pas remplacer l'ancienne cabine. Les bus de remplacement passent toutes "
     "les dix minutes ; nous essayons d'en ajouter sans pouvoir le confirmer.",
     "Nous ne pouvons pas remplacer l'ancienne cabine. Les bus de remplacement passent toutes "
     "les dix minutes, et nous essayons d'en ajouter, sans pouvoir le confirmer pour le "
     "moment.",
     "Nous ne pouvons pas encore remplacer l'ancienne cabine. Les bus de remplacement passent "
     "toutes les dix minutes ; nous essayons d'en ajouter sans pouvoir le confirmer."),
    ("de",
     "Die alte Kabine können wir nicht austauschen. Die Ersatzbusse fahren alle zehn Minuten; "
     "wir versuchen, weitere einzusetzen, ohne es zusagen zu können.",
     "Die alte Kabine können wir nicht austauschen. Die Ersatzbusse fahren alle zehn Minuten, "
     "und wir versuchen, weitere einzusetzen, ohne es vorerst zusagen zu können.",
     "Die alte Kabine können wir noch nicht austauschen. Die Ersatzbusse fahren alle zehn "
     "Minuten; wir versuchen, weitere einzusetzen, ohne es zusagen zu können."),
]


@pytest.mark.parametrize("lang,draft,faithful,put_off", CASES)
def test_a_not_yet_after_without_puts_off_no_refusal(lang: str, draft: str, faithful: str,
                                                     put_off: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, faithful), "",
                                             lang)


@pytest.mark.parametrize("lang,draft,faithful,put_off", CASES)
def test_the_refusal_put_off_is_still_caught(lang: str, draft: str, faithful: str,
                                             put_off: str) -> None:
    assert "decision_changed" in verdict(letter(lang, draft), letter(lang, put_off), "", lang)

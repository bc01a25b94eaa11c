"""A fix promised is a promise: a draft that only passes a report on ("I've passed your report to
our technical team") rewritten with "our team will fix this", "it will be fixed in the next
update", "ce sera corrigé", "el equipo lo va a solucionar", "será corrigido", "das wird behoben"
passed in five languages — the commonest over-promise of a model asked to sound warmer. A
promise to fix, said of our team or in the passive future, or as getting it fixed, is read as
one (`commitment_patterns` "resolution"). Not "vamos resolver" or "let's sort this out" alone,
which a warm reply says before the steps it lists ("we'll fix the login bug" is a new act
already). A draft that already promises the fix in any words ("the fix will be in the next
update", "la corrección llegará…", `drafted_acts`) lets the rewrite say it again, with its
condition and its hedge.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

PASSED_ON = {
    "en": "I've passed your report to our technical team.",
    "fr": "J'ai transmis votre signalement à notre équipe technique.",
    "es": "He pasado su informe a nuestro equipo técnico.",
    "pt": "Passei o seu relatório à nossa equipa técnica.",
    "de": "Ich habe Ihre Meldung an unser Technikteam weitergegeben.",
}
PROMISED = [
    ("en", "Our team will fix this."),
    ("en", "We will get this fixed for you."),
    ("en", "The engineers are going to fix it."),
    ("en", "Rest assured, it will be fixed in the next update."),
    ("fr", "Notre équipe va corriger cela."),
    ("fr", "Soyez rassuré : ce sera corrigé dans la prochaine mise à jour."),
    ("es", "Nuestro equipo lo va a solucionar."),
    ("es", "El problema quedará resuelto en la próxima actualización."),
    ("pt", "A nossa equipa vai corrigir isto."),
    ("pt", "Fique descansado: será corrigido na próxima atualização."),
    ("de", "Unser Team wird das beheben."),
    ("de", "Keine Sorge, das wird mit dem nächsten Update behoben."),
    # An account or a service put back is the problem fixed.
    ("en", "Your account will be restored."),
    ("fr", "Votre compte sera rétabli."),
    ("es", "Su cuenta será restablecida."),
    ("pt", "A sua conta será restabelecida."),
    ("de", "Ihr Konto wird wiederhergestellt."),
]
SAID_AGAIN = [
    # (lang, draft promising the fix, the same promise in other words)
    ("en", "We will fix the login problem in the next update.",
     "The login problem will be fixed in the next update."),
    ("en", "The fix will be in next week's update.", "It will be fixed in next week's update."),
    ("en", "If the reset doesn't help, our technician will repair the unit.",
     "Our technician will repair the unit if the reset doesn't help."),
    ("en", "We can't fix it remotely, so a technician will visit on Monday.",
     "Since we can't fix it remotely, a technician will visit on Monday."),
    ("fr", "Nous corrigerons le problème dans la prochaine mise à jour.",
     "Le problème sera corrigé dans la prochaine mise à jour."),
    ("es", "La corrección llegará con la próxima actualización.",
     "Se corregirá con la próxima actualización."),
    ("pt", "Vamos corrigir o erro na próxima atualização.",
     "O erro será corrigido na próxima atualização."),
    ("de", "Wir beheben den Fehler mit dem nächsten Update.",
     "Der Fehler wird mit dem nächsten Update behoben."),
    ("en", "We are restoring your account today.", "Your account will be restored today."),
    ("fr", "Nous rétablissons votre compte aujourd'hui.",
     "Votre compte sera rétabli aujourd'hui."),
]
MADE_FIRMER = [
    # (lang, draft with a softer fix or none, the rewrite promising it firmly)
    ("en", "The team may be able to fix this next week.", "The team will fix this next week."),
    ("fr", "Nos techniciens travaillent à une solution.",
     "Nos techniciens vont résoudre le problème."),
    ("de", "Unsere Technik arbeitet an einer Lösung.",
     "Unsere Techniker werden das Problem lösen."),
    ("pt", "Vamos tentar corrigir o erro na próxima atualização.",
     "Vamos corrigir o erro na próxima atualização."),
]


def _ids(cases):
    return [pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(cases)]


@pytest.mark.parametrize("lang,added", _ids(PROMISED))
def test_a_fix_promised_is_a_new_promise(lang: str, added: str) -> None:
    draft = PASSED_ON[lang]
    assert "new_commitment:resolution" in labels(draft, f"{draft} {added}", lang)


@pytest.mark.parametrize("lang,draft,rewrite", _ids(SAID_AGAIN))
def test_the_drafts_own_fix_said_again_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", _ids(MADE_FIRMER))
def test_a_fix_made_firmer_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang)


def test_money_for_the_trouble_said_in_the_passive_is_a_credit() -> None:
    # "Será compensado" promises money as "vamos compensá-lo" does.
    draft = PASSED_ON["pt"]
    assert "new_commitment:credit" in labels(draft, f"{draft} Será compensado pelo incómodo.",
                                             "pt")


"""A draft's refund that waits for something said with a "no" inside a "when" clause ("your
deposit is refunded when the technician confirms the damage was not caused by misuse", "la
fianza se devuelve cuando el técnico compruebe que el pinchazo no es por un uso indebido") is
a refund: the "no" is what it waits for, as inside an "if". A rewrite saying the same refund
in our voice, with the same "when", passes; one dropping the "when" is still caught, and a
draft that refuses the refund when something happens still refuses it. Every sentence written
for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft: a refund said without us, waiting on a "when … not"; the same refund by us)
CASES = [
    ("en", "Your deposit is refunded when the technician confirms the damage was not caused "
     "by misuse.",
     "We'll refund your deposit when the technician confirms the damage wasn't caused by "
     "misuse."),
    ("es", "La fianza se devuelve cuando el técnico compruebe que el pinchazo no es por un uso "
     "indebido.",
     "Te devolvemos la fianza cuando el técnico confirme que el pinchazo no se debe a un uso "
     "indebido."),
    ("fr", "La caution est remboursée quand le technicien confirme que le dégât n'est pas dû "
     "à une mauvaise utilisation.",
     "Nous vous remboursons la caution quand le technicien confirme que le dégât n'est pas dû "
     "à une mauvaise utilisation."),
    ("pt", "A caução é devolvida quando o técnico confirmar que o dano não foi por mau uso.",
     "Devolvemos a caução quando o técnico confirmar que o dano não foi por mau uso."),
    ("de", "Die Kaution wird erstattet, wenn der Techniker bestätigt, dass der Schaden nicht "
     "durch falsche Nutzung entstand.",
     "Wir erstatten die Kaution, wenn der Techniker bestätigt, dass der Schaden nicht durch "
     "falsche Nutzung entstand."),
]

UNCONDITIONED = {"en": "We'll refund your deposit.", "es": "Te devolvemos la fianza sin más.",
                 "fr": "Nous vous remboursons la caution, tout simplement.",
                 "pt": "Devolvemos a caução sem mais.", "de": "Wir erstatten die Kaution."}


@pytest.mark.parametrize("lang,draft,ours", CASES)
def test_the_same_refund_in_our_voice_passes(lang: str, draft: str, ours: str) -> None:
    assert verdict(letter(lang, draft), letter(lang, ours), "", lang) == {}


@pytest.mark.parametrize("lang,draft,ours", CASES)
def test_the_refund_without_its_when_is_caught(lang: str, draft: str, ours: str) -> None:
    assert verdict(letter(lang, draft), letter(lang, UNCONDITIONED[lang]), "", lang)


def test_a_refund_refused_when_something_happens_stays_refused() -> None:
    draft = "Your deposit is not refunded when the damage is caused by misuse."
    assert "decision_changed" in verdict(letter("en", draft),
                                         letter("en", "We'll refund your deposit."), "", "en")

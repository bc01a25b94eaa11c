"""A "no" that turns nothing down, read both ways in the languages where it is said: "not only"
("nicht nur", "no solo", "pas seulement", "non seulement", "não só") adds, it refuses nothing; a
"that" inside "that is why" points at a reason, not back at what is refused; a bare "non" or
"nein" answering a question does refuse. Each faithful paraphrase passes, and each unsafe
neighbour (the draft's real refusal dropped while the other "no" stays) is still caught. Every
case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

# ── "not only" is no refusal ──────────────────────────────────────────────────────────────
NOT_ONLY = {
    "en": ("The screen is cracked, not only scratched, and we will replace it.",
           "The screen is cracked rather than merely scratched, and we will replace it."),
    "de": ("Das Display ist nicht nur zerkratzt, es ist gesprungen, und wir tauschen es aus.",
           "Das Display ist mehr als zerkratzt, es ist gesprungen, und wir tauschen es aus."),
    "es": ("La pantalla no solo está rayada, está rota, y la sustituimos.",
           "La pantalla está rota, más que rayada, y la sustituimos."),
    "fr": ("L'écran n'est pas seulement rayé, il est fêlé, et nous le remplaçons.",
           "L'écran est fêlé, plus que rayé, et nous le remplaçons."),
    "pt": ("A tela não só está riscada, está trincada, e vamos substituí-la.",
           "A tela está trincada, mais do que riscada, e vamos substituí-la."),
}


@pytest.mark.parametrize("lang", sorted(NOT_ONLY))
def test_not_only_refuses_nothing(lang: str) -> None:
    draft, kept = NOT_ONLY[lang]
    assert "decision_changed" not in verdict(draft, kept, lang=lang)


REFUSED_BESIDE_NOT_ONLY = {
    "en": ("The screen is cracked, not only scratched. We cannot replace it.",
           "The screen is cracked, not only scratched, and we will replace it."),
    "de": ("Das Display ist nicht nur zerkratzt, es ist gesprungen. Austauschen können wir es "
           "nicht.",
           "Das Display ist nicht nur zerkratzt, es ist gesprungen, und wir tauschen es aus."),
    "es": ("La pantalla no solo está rayada, está rota. No podemos sustituirla.",
           "La pantalla no solo está rayada, está rota, y la sustituimos."),
    "fr": ("L'écran n'est pas seulement rayé, il est fêlé. Nous ne pouvons pas le remplacer.",
           "L'écran n'est pas seulement rayé, il est fêlé, et nous le remplaçons."),
    "pt": ("A tela não só está riscada, está trincada. Não podemos substituí-la.",
           "A tela não só está riscada, está trincada, e vamos substituí-la."),
}


@pytest.mark.parametrize("lang", sorted(REFUSED_BESIDE_NOT_ONLY))
def test_a_dropped_refusal_beside_not_only_is_caught(lang: str) -> None:
    """The "not" of "not only" left in the rewrite no longer stands in for the refusal."""
    draft, given = REFUSED_BESIDE_NOT_ONLY[lang]
    assert "decision_changed" in verdict(draft, given, lang=lang)


# ── "that is why" points at a reason ───────────────────────────────────────────────────────
def test_that_is_why_points_at_a_reason() -> None:
    draft = ("The valve has to be replaced. That is why the quote went up, and we cannot keep "
             "the first price.")
    kept = ("The valve needs replacing. As a result the quote went up, and I can't keep the "
            "first price.")
    assert "decision_changed" not in verdict(draft, kept)


def test_a_refusal_dropped_before_that_is_why_is_caught() -> None:
    """The "that" of "that is why" and the next "no" no longer stand in for the refusal."""
    draft = ("We cannot replace the valve. The quote went up, and we cannot keep the first "
             "price.")
    given = ("We will replace the valve. That is why the quote went up, and we cannot keep "
             "the first price.")
    assert "decision_changed" in verdict(draft, given)


# ── a bare "non" / "nein" refuses ──────────────────────────────────────────────────────────
BARE_NO = {
    "fr": ("Un remboursement complet n'est pas possible, car l'appareil fonctionne encore.",
           "Remboursement complet : non, car l'appareil fonctionne encore.",
           "Remboursement complet : oui, car l'appareil fonctionne encore."),
    "de": ("Eine volle Erstattung ist nicht möglich, weil das Gerät noch funktioniert.",
           "Volle Erstattung: nein, weil das Gerät noch funktioniert.",
           "Volle Erstattung: ja, weil das Gerät noch funktioniert."),
}


@pytest.mark.parametrize("lang", sorted(BARE_NO))
def test_a_bare_no_keeps_the_refusal(lang: str) -> None:
    draft, kept, given = BARE_NO[lang]
    assert "decision_changed" not in verdict(draft, kept, lang=lang)
    assert "decision_changed" in verdict(draft, given, lang=lang)

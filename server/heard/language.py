"""Which language a text is written in, for the same-language invariant and the templates."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

_CODES = {
    Language.ENGLISH: "en", Language.SPANISH: "es", Language.GERMAN: "de",
    Language.FRENCH: "fr", Language.PORTUGUESE: "pt", Language.ITALIAN: "it",
    Language.DUTCH: "nl",
}
_NOISE = re.compile(r"⟦\d+⟧|<[^>]*>|&\w+;|https?://\S+")
MIN_LETTERS = 20
MAX_CHARS = 2000  # plenty to tell a language; bounds the cost on a very long draft


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


@lru_cache(maxsize=512)
def detect(text: str, min_confidence: float = 0.5) -> str | None:
    """ISO 639-1 code, or None when the text is too short or too mixed to tell."""
    clean = _NOISE.sub(" ", text[:MAX_CHARS * 2])[:MAX_CHARS]
    if sum(ch.isalpha() for ch in clean) < MIN_LETTERS:
        return None
    values = _detector().compute_language_confidence_values(clean)
    if not values or values[0].value < min_confidence:
        return None
    return _CODES.get(values[0].language)


def warm_up() -> None:
    """Load the models at start-up rather than inside the first request."""
    detect("Thank you for your patience while we look into this for you.")


def share(text: str, code: str) -> float:
    """How much of `text` reads as language `code` (0–1); 1.0 when too short to tell."""
    clean = _NOISE.sub(" ", text[:MAX_CHARS * 2])[:MAX_CHARS]
    if sum(ch.isalpha() for ch in clean) < MIN_LETTERS:
        return 1.0
    for value in _detector().compute_language_confidence_values(clean):
        if _CODES.get(value.language) == code:
            return value.value
    return 0.0

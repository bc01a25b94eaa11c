"""Invariant 4: the rewrite stays in the draft's language, sentence by sentence."""

from __future__ import annotations

from heard import language
from heard.guard.text import norm, sentences
from heard.guard.violation import Violation
from heard.protect import MARKER_RE


def same_language(draft: str, rewrite: str, lang: str | None, customer_message: str = ""
              ) -> list[Violation]:
    # The draft's own language first; a hint (locale) or the customer's language only when
    # the draft is too short to tell.
    want = language.detect(draft) or lang or language.detect(customer_message)
    if not want:
        return []
    got = language.detect(rewrite)
    if got and got != want:
        return [Violation("language_changed", f"The draft is in '{want}' but the rewrite is "
                          f"in '{got}'.")]
    known = {norm(s) for s in sentences(draft)}
    for sentence in sentences(rewrite):
        # As short a sentence as the detector reads ("Lo siento mucho por las molestias."
        # in a Portuguese reply): a whole sentence in another language is a switch however
        # short, and a clear one is told apart at this length.
        if norm(sentence) in known or sum(ch.isalpha() for ch in MARKER_RE.sub(
                "", sentence)) < language.MIN_LETTERS:
            continue
        other = language.detect(sentence, min_confidence=0.8)
        # Near languages (es/pt) blur on one sentence: flag only a clear switch.
        if other and other != want and language.share(sentence, want) < 0.1:
            return [Violation("language_changed", f"The draft is in '{want}' but the rewrite "
                              f"adds a sentence in '{other}' (“{sentence[:60]}”).")]
    return []

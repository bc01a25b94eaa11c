"""What the draft says was only tried, said as done: "The courier attempted delivery on Monday"
said as "The courier delivered the parcel on Monday", "We tried to call you yesterday" as "We
called you yesterday" passed in all five languages ("intentó la entrega" → "entregó", "a tenté
de livrer" → "a livré", "tentou entregar" → "entregou", "versucht, das Paket zuzustellen" →
"zugestellt"). The act after a past attempt (lang `tried`) said again as done, in a sentence
with no attempt, negation or "but" of its own, beside a word of the draft's sentence, is now a
new fact (attempts.py; lang `verb_endings`, `verb_infixes` compare short and German verbs).
Said as tried, as how it went ("…but nobody was home") or as what we will do, it passes.

Sentences written for this rule, none taken from a corpus set. 11 of the 20 tests fail on main
(the attempts said as done); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DONE = [
    ("en", "The courier attempted delivery on Monday.",
     "The courier delivered the parcel on Monday."),
    ("en", "We tried to call you yesterday.", "We called you yesterday."),
    ("en", "Our technician tried to reset your router this morning.",
     "Our technician reset your router this morning."),
    ("es", "Intentamos llamarle ayer.", "Le llamamos ayer."),
    ("es", "El repartidor intentó la entrega el lunes.",
     "El repartidor entregó el paquete el lunes."),
    ("fr", "Nous avons essayé de vous appeler hier.", "Nous vous avons appelé hier."),
    ("fr", "Le livreur a tenté de livrer le colis lundi.", "Le livreur a livré le colis lundi."),
    ("de", "Wir haben gestern versucht, Sie anzurufen.", "Wir haben Sie gestern angerufen."),
    ("de", "Der Kurier hat am Montag versucht, das Paket zuzustellen.",
     "Der Kurier hat das Paket am Montag zugestellt."),
    ("pt", "Tentámos ligar-lhe ontem.", "Ligámos-lhe ontem."),
    ("pt", "O estafeta tentou entregar a encomenda na segunda-feira.",
     "O estafeta entregou a encomenda na segunda-feira."),
]
TRIED = [
    ("en", "We tried to call you yesterday.", "We tried calling you yesterday."),
    ("en", "We tried to call you yesterday.", "We attempted to reach you by phone yesterday."),
    ("en", "We tried to call you yesterday.",
     "We gave you a call yesterday but it seems we missed you."),
    ("en", "We tried to call you yesterday; we'll call again tomorrow.",
     "We tried to call you yesterday, and we'll call you again tomorrow."),
    ("en", "The courier attempted delivery on Monday.",
     "The courier tried to deliver on Monday, but nobody was home."),
    ("es", "Intentamos llamarle ayer; le llamaremos de nuevo mañana.",
     "Ayer intentamos llamarle y mañana le llamaremos de nuevo."),
    ("fr", "Nous avons essayé de vous appeler hier.",
     "Hier, nous avons tenté de vous joindre par téléphone."),
    ("de", "Wir haben gestern versucht, Sie anzurufen.",
     "Wir haben gestern versucht, Sie telefonisch zu erreichen."),
    ("en", "You tried to log in three times, so the account is locked.",
     "Since you tried to log in three times, the account is locked for now."),
]


@pytest.mark.parametrize("lang,draft,rewrite", DONE)
def test_an_attempt_said_as_done_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "new_fact:attempt" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", TRIED)
def test_an_attempt_kept_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

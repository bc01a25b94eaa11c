"""What suits the customer, denied in its subject, is no wish (stop 57, helper hc).

"If it suits you, we can move it" leaves the move to the customer: a rewrite still offering it
may leave the wish out. But "if neither of the two suits you, we can refund the deposit" is
the case where the choices offered fail: the refund is the other choice, offered only then,
and a rewrite offering it outright drops that condition. Before, only a denial just before the
pronoun ("si no te sirve") was read so; a negation in the subject ("ninguna", "nenhum",
"keinem", "none") left it a wish. A negation after it is what the wish chooses ("se preferires
não esperar"): still a wish. (French and English deny it inside the phrase, "si aucun ne vous
convient", "if neither works for you", which never read as a wish: covered here too.)

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from heard.guard.conditions import _wished
from tests.masked_guard import condition_kept_and_dropped

OFFER = {
    "en": "We can offer Monday at 9 or Tuesday at 4. ",
    "es": "Podemos darle cita el lunes a las 9 o el martes a las 16. ",
    "de": "Wir können euch Montag um 9 Uhr oder Dienstag um 16 Uhr anbieten. ",
    "fr": "Nous pouvons vous proposer lundi à 9 h ou mardi à 16 h. ",
    "pt": "Podemos marcar segunda às 9h ou terça às 16h. ",
}

NONE = [
    # (lang, the denied wish and the other choice, said in other words, the choice outright)
    ("en", "If none of that works for you, we can refund your deposit in full.",
     "If neither time suits you, we can refund your deposit in full.",
     "We can refund your deposit in full."),
    ("es", "Si ninguna de las dos le viene bien, podemos devolverle la señal completa.",
     "Si ninguna de las dos opciones le encaja, podemos devolverle la señal completa.",
     "Podemos devolverle la señal completa."),
    ("es", "Si ninguno de esos horarios te sirve, avísame y veré si se abre otro hueco.",
     "Si esos horarios no te acomodan, avísame y veré si se abre otro hueco.",
     "Avísame y veré si se abre otro hueco."),
    ("de", "Wenn keinem von euch das passt, können wir euch die Anzahlung vollständig "
           "erstatten.",
     "Falls keiner der beiden Termine für euch geht, können wir euch die Anzahlung "
     "vollständig erstatten.",
     "Wir können euch die Anzahlung vollständig erstatten."),
    ("fr", "Si aucun des deux ne vous convient, nous pouvons vous rembourser l'acompte en "
           "entier.",
     "Si aucun des deux créneaux ne vous va, nous pouvons vous rembourser l'acompte en entier.",
     "Nous pouvons vous rembourser l'acompte en entier."),
    ("pt", "Se nenhuma das duas lhe servir, podemos devolver-lhe o sinal por inteiro.",
     "Se nenhuma das duas opções lhe der jeito, podemos devolver-lhe o sinal por inteiro.",
     "Podemos devolver-lhe o sinal por inteiro."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(NONE)])
def test_a_denied_wish_is_a_condition(lang, draft, kept, dropped):
    condition_kept_and_dropped(lang, OFFER[lang] + draft, OFFER[lang] + kept,
                               OFFER[lang] + dropped)


@pytest.mark.parametrize("lang,said,wished", [
    ("en", "it suits you", True), ("en", "none of that works for you", False),
    ("es", "le viene bien", True), ("es", "ninguna de las dos le viene bien", False),
    ("es", "tampoco te sirve", False),
    ("de", "euch das passt", True), ("de", "keinem von euch das passt", False),
    ("fr", "ça vous convient", True), ("fr", "ça ne vous convient pas", False),
    ("pt", "lhe servir", True), ("pt", "nenhuma lhe servir", False),
    # A negation further on is what the customer may wish: still theirs.
    ("pt", "preferires não esperar", True),
])
def test_what_denies_the_wish(lang, said, wished):
    assert _wished(said.split(), lang) is wished


@pytest.mark.parametrize("lang,draft,kept,firm", [
    ("es", "Si le viene bien, podemos pasar su cita al martes.",
     "Podemos pasar su cita al martes.", "Pasamos su cita al martes."),
    ("pt", "Se lhe servir, podemos passar a sua marcação para terça.",
     "Podemos passar a sua marcação para terça.", "Passamos a sua marcação para terça."),
])
def test_what_suits_them_is_still_their_wish(lang, draft, kept, firm):
    # Undenied, it stays optional: the offer without it passes, the step stated as done not.
    condition_kept_and_dropped(lang, draft, kept, firm)

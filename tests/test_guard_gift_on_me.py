"""A gift said in the first person singular is a gift: "your next tour is on me", "corre de mi
cuenta", "à mes frais", "fica por minha conta", "geht auf mich" give something for free as
surely as "on us", "corre de nuestra cuenta", "à nos frais", "por nossa conta", "auf uns" (vocab
`commitment_patterns` credit). The agent who signs the reply speaks for the company: "I" pays as
"we" does. A fault owned ("that one is on me", "das geht auf mich": `owned_faults`) is no gift,
and a gift the draft already gives may be said in either person.

Sentences written for this rule, none taken from a corpus set. On main (147f14b) four of the five
added gifts pass unseen (en, es, fr, de; the Portuguese one is caught there by another reading);
the faithful pairs pass there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

ADDED = [
    ("en", "We cannot refund the other 3 places.",
     "We cannot refund the other 3 places, but your friend's place on the next tour is on me."),
    ("es", "No podemos reembolsar las otras 3 plazas.",
     "No podemos reembolsar las otras 3 plazas, pero la plaza de tu amiga en el próximo tour "
     "corre de mi cuenta."),
    ("fr", "Nous ne pouvons pas rembourser les 3 autres places.",
     "Nous ne pouvons pas rembourser les 3 autres places, mais la place de ton amie au prochain "
     "tour est à mes frais."),
    ("pt", "Não podemos reembolsar os outros 3 lugares.",
     "Não podemos reembolsar os outros 3 lugares, mas o lugar da tua amiga no próximo passeio "
     "fica por minha conta."),
    ("de", "Die anderen 3 Plätze können wir nicht erstatten.",
     "Die anderen 3 Plätze können wir nicht erstatten, aber der Platz deiner Freundin bei der "
     "nächsten Tour geht auf mich."),
]
SAID_AGAIN = [
    ("en", "Your friend's next tour is on us.", "Your friend's next tour is on me."),
    ("es", "La próxima visita de tu amiga corre de nuestra cuenta.",
     "La próxima visita de tu amiga corre de mi cuenta."),
    ("fr", "La prochaine visite de ton amie est à nos frais.",
     "La prochaine visite de ton amie est à mes frais."),
    ("pt", "A próxima visita da tua amiga fica por nossa conta.",
     "A próxima visita da tua amiga fica por minha conta."),
    ("de", "Die nächste Tour deiner Freundin geht auf uns.",
     "Die nächste Tour deiner Freundin geht auf mich."),
]
FAULTS = [
    ("en", "Sorry, the mix-up was our mistake. Your new date is 4 May.",
     "Sorry, that one is on me. Your new date is 4 May."),
    ("de", "Entschuldigung, das war unser Fehler. Ihr neuer Termin ist der 4. Mai.",
     "Entschuldigung, das geht auf mich. Ihr neuer Termin ist der 4. Mai."),
]


@pytest.mark.parametrize("lang,draft,rewrite", ADDED, ids=[row[0] for row in ADDED])
def test_a_gift_said_in_the_first_person_singular_is_caught(lang: str, draft: str,
                                                            rewrite: str) -> None:
    assert "new_commitment:credit" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", SAID_AGAIN, ids=[row[0] for row in SAID_AGAIN])
def test_the_drafts_gift_said_in_the_first_person_passes(lang: str, draft: str,
                                                         rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", FAULTS, ids=[row[0] for row in FAULTS])
def test_a_fault_owned_in_the_first_person_is_no_gift(lang: str, draft: str,
                                                      rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

"""Someone we name doing a thing for the customer is a step we promise (stop 63, helper lk).

"We'll send you photos" was read as a new act of ours, "our walker will send you photos" too,
but "and she'll send you photos of every walk", "y le mandará fotos", "elle vous enverra des
photos", "e vai te mandar fotos", "sie wird Ihnen Fotos schicken" were read as nobody's: a
person the reply names (a name, a pronoun, a role) acting towards the customer promises them
that step as "we'll" does. It is judged as our act is (`new_actions`, `_new_act`): new only
when no draft sentence names what it names. A thing's effect on the customer ("this will give
you time", "le va a encantar", "cela vous permettra de") is no one's act, and the draft's own
step said again in other words passes.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

CASES = [
    # (lang, draft, faithful: the draft's step said again, unsafe: a new step for the customer)
    ("en", "Nadia takes over the lessons from Monday at 5pm. She will email you the homework "
     "after each lesson.",
     "From Monday at 5pm, Nadia takes over the lessons, and after each lesson she'll email you "
     "the homework.",
     "Nadia takes over the lessons from Monday at 5pm, and she'll lend you her own violin for "
     "the exam."),
    ("es", "Nadia se encarga de las clases desde el lunes a las 17:00. Le enviará los deberes "
     "por correo después de cada clase.",
     "Desde el lunes a las 17:00, las clases las da Nadia, que le enviará los deberes por "
     "correo después de cada clase.",
     "Nadia se encarga de las clases desde el lunes a las 17:00, y le prestará su propio "
     "violín para el examen."),
    ("fr", "Nadia reprend les cours dès lundi à 17 h. Elle vous enverra les devoirs par "
     "courriel après chaque cours.",
     "Dès lundi à 17 h, c'est Nadia qui reprend les cours, et elle vous enverra les devoirs "
     "par courriel après chaque cours.",
     "Nadia reprend les cours dès lundi à 17 h, et elle vous prêtera son propre violon pour "
     "l'examen."),
    ("pt", "A Nádia assume as aulas a partir de segunda, às 17h. Ela vai te mandar os "
     "trabalhos de casa por e-mail depois de cada aula.",
     "A partir de segunda, às 17h, quem dá as aulas é a Nádia, e ela vai te mandar os "
     "trabalhos de casa por e-mail depois de cada aula.",
     "A Nádia assume as aulas a partir de segunda, às 17h, e vai te emprestar o próprio "
     "violino para o exame."),
    ("de", "Nadia übernimmt den Unterricht ab Montag um 17 Uhr. Sie wird Ihnen nach jeder "
     "Stunde die Hausaufgaben mailen.",
     "Ab Montag um 17 Uhr übernimmt Nadia den Unterricht, und nach jeder Stunde wird sie "
     "Ihnen die Hausaufgaben mailen.",
     "Nadia übernimmt den Unterricht ab Montag um 17 Uhr, und sie wird Ihnen für die Prüfung "
     "ihre eigene Geige leihen."),
]


@pytest.mark.parametrize("lang,draft,kept,unsafe", [pytest.param(*c, id=c[0]) for c in CASES])
def test_a_new_step_someone_takes_for_the_customer_is_read(lang, draft, kept, unsafe):
    assert new_commitment(labels(draft, unsafe, lang))


@pytest.mark.parametrize("lang,draft,kept,unsafe", [pytest.param(*c, id=c[0]) for c in CASES])
def test_the_draft_step_said_again_passes(lang, draft, kept, unsafe):
    assert not new_commitment(labels(draft, kept, lang))


EFFECTS = [
    # (lang, draft, a thing's effect on the customer, no one's act)
    ("en", "The new timetable starts on Monday.",
     "The new timetable starts on Monday; this will give you more time in the mornings."),
    ("es", "El nuevo horario empieza el lunes.",
     "El nuevo horario empieza el lunes, y seguro que le va a encantar tener más tiempo."),
    ("fr", "Le nouvel horaire commence lundi.",
     "Le nouvel horaire commence lundi, ce qui vous permettra d'avoir plus de temps le matin."),
    ("pt", "O novo horário começa na segunda.",
     "O novo horário começa na segunda, o que lhe permitirá ter mais tempo de manhã."),
    ("de", "Der neue Stundenplan beginnt am Montag.",
     "Der neue Stundenplan beginnt am Montag, das wird Ihnen morgens mehr Zeit lassen."),
]


@pytest.mark.parametrize("lang,draft,rewrite", [pytest.param(*c, id=c[0]) for c in EFFECTS])
def test_a_thing_effect_on_the_customer_is_no_act(lang, draft, rewrite):
    assert not new_commitment(labels(draft, rewrite, lang))

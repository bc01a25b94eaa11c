"""Stop 54 reading (lang/*.json `speaking`, commitments._spoken): a word of no delay on what
this reply says as it is read, with what it says right after a colon ("Let me reassure you
straight away: …", "Je vais être franc tout de suite : …", "Ich sage es Ihnen sofort: …"),
times the telling, which happens now; it is no deadline the draft does not set. The same word
on an act of ours to come ("I'll send you the tutor's name straight away: …") or on a telling
to come, with no colon after it ("I'll tell you straight away if the tutor changes"), is still
a deadline added. Every case is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

DEADLINE = "new_commitment:deadline"

CASES = [
    ("en", "Is the pottery workshop on 9 January cancelled?",
     "The pottery workshop on 9 January goes ahead as planned. Only the tutor changes.",
     "Let me reassure you straight away: the pottery workshop on 9 January goes ahead as "
     "planned. Only the tutor changes.",
     "I'll send you the new tutor's name straight away: the pottery workshop on 9 January "
     "goes ahead as planned.",
     "The pottery workshop on 9 January goes ahead as planned, and I'll tell you straight "
     "away if the tutor changes."),
    ("fr", "L'atelier de poterie du 9 janvier est-il annulé ?",
     "L'atelier de poterie du 9 janvier a bien lieu. Seul l'animateur change.",
     "Je vous rassure tout de suite : l'atelier de poterie du 9 janvier a bien lieu. Seul "
     "l'animateur change.",
     "Je vous envoie tout de suite le nom du nouvel animateur : l'atelier de poterie du 9 "
     "janvier a bien lieu.",
     "L'atelier de poterie du 9 janvier a bien lieu, et je vous préviens tout de suite si "
     "l'animateur change."),
    ("de", "Fällt der Töpferkurs am 9. Januar aus?",
     "Der Töpferkurs am 9. Januar findet wie geplant statt. Nur die Kursleitung wechselt.",
     "Ich sage es Ihnen sofort: Der Töpferkurs am 9. Januar findet wie geplant statt. Nur die "
     "Kursleitung wechselt.",
     "Ich schicke Ihnen sofort den Namen der neuen Kursleitung: Der Töpferkurs am 9. Januar "
     "findet wie geplant statt.",
     "Der Töpferkurs am 9. Januar findet wie geplant statt, und ich melde mich sofort, falls "
     "die Kursleitung wechselt."),
    ("es", "¿Se cancela el taller de cerámica del 9 de enero?",
     "El taller de cerámica del 9 de enero se mantiene. Solo cambia el profesor.",
     "Le tranquilizo de inmediato: el taller de cerámica del 9 de enero se mantiene. Solo "
     "cambia el profesor.",
     "Le envío de inmediato el nombre del nuevo profesor: el taller de cerámica del 9 de "
     "enero se mantiene.",
     "El taller de cerámica del 9 de enero se mantiene, y le aviso de inmediato si cambia el "
     "profesor."),
    ("pt", "A oficina de cerâmica de 9 de janeiro foi cancelada?",
     "A oficina de cerâmica de 9 de janeiro mantém-se. Só muda o formador.",
     "Digo-lhe de imediato: a oficina de cerâmica de 9 de janeiro mantém-se. Só muda o "
     "formador.",
     "Envio-lhe de imediato o nome do novo formador: a oficina de cerâmica de 9 de janeiro "
     "mantém-se.",
     "A oficina de cerâmica de 9 de janeiro mantém-se, e aviso-o de imediato se o formador "
     "mudar."),
]


@pytest.mark.parametrize("lang,customer,draft,spoken,acted,told_later", CASES)
def test_no_delay_on_this_reply_sets_no_deadline(lang, customer, draft, spoken, acted,
                                                 told_later):
    assert as_written(draft, spoken, customer, lang) == []


@pytest.mark.parametrize("lang,customer,draft,spoken,acted,told_later", CASES)
def test_no_delay_on_an_act_to_come_is_a_deadline(lang, customer, draft, spoken, acted,
                                                  told_later):
    assert DEADLINE in as_written(draft, acted, customer, lang)
    assert DEADLINE in as_written(draft, told_later, customer, lang)

"""The customer's own date after a deadline word ("before", "vor", "avant", "antes de") is no
deadline of ours where the rewrite only names it: in a heading that names what the reply turns
to ("Zum Zeitplan vor dem 11. Dezember: …"), or inside what we say we know of their situation
("I know every rehearsal counts before 3 October"). The same date made what we will meet, vouch
for or have done ("I know you'll have it before…", "As for timing: it arrives before…") is
still their fact made a promise. Every case is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

PROMISE = "new_commitment:customer_fact"


@pytest.mark.parametrize("lang,customer,draft,heading,known,promised", [
    ("en", "Our concert is on 3 October and we rehearse every evening.",
     "I'll repair the harpsichord on Thursday afternoon; it takes about 1 hour.",
     "As for the timing before 3 October: I'll repair the harpsichord on Thursday afternoon; "
     "it takes about 1 hour.",
     "I know every rehearsal counts before 3 October. I'll repair the harpsichord on Thursday "
     "afternoon; it takes about 1 hour.",
     "I know every rehearsal counts, so you'll have it back well before 3 October: I'll repair "
     "the harpsichord on Thursday afternoon; it takes about 1 hour."),
    ("de", "Die Taufe ist am 11. Dezember, die ganze Familie kommt.",
     "Das Wachs muss 3 Tage trocknen, erst dann geht die Kerze per Express raus.",
     "Zum Zeitplan vor dem 11. Dezember: Das Wachs muss 3 Tage trocknen, erst dann geht die "
     "Kerze per Express raus.",
     "Ich weiß, wie wichtig Ihnen die Zeit vor dem 11. Dezember ist. Das Wachs muss 3 Tage "
     "trocknen, erst dann geht die Kerze per Express raus.",
     "Zum Zeitplan: Die Kerze ist sicher vor dem 11. Dezember bei Ihnen. Das Wachs muss 3 Tage "
     "trocknen, erst dann geht sie per Express raus."),
    ("es", "Tengo una actuación el 26 de junio y necesito la guitarra.",
     "La reparación cuesta 185 € y empiezo la semana que viene.",
     "Sobre los ensayos antes de la actuación del 26 de junio: la reparación cuesta 185 € y "
     "empiezo la semana que viene.",
     "Sé que cada ensayo cuenta antes de la actuación del 26 de junio. La reparación cuesta "
     "185 € y empiezo la semana que viene.",
     "Sé que todo cuenta y la tendrá antes del 26 de junio. La reparación cuesta 185 € y "
     "empiezo la semana que viene."),
    ("fr", "Notre concert est le 3 octobre et nous répétons tous les soirs.",
     "Je passe réparer le clavecin jeudi après-midi ; la réparation prend environ 1 heure.",
     "Quant au calendrier avant le 3 octobre : je passe réparer le clavecin jeudi après-midi ; "
     "la réparation prend environ 1 heure.",
     "Je sais que chaque répétition compte avant le 3 octobre. Je passe réparer le clavecin "
     "jeudi après-midi ; la réparation prend environ 1 heure.",
     "Je sais que vous l'aurez bien avant le 3 octobre. Je passe réparer le clavecin jeudi "
     "après-midi ; la réparation prend environ 1 heure."),
    ("pt", "Tenho uma atuação no dia 26 de junho e preciso da guitarra.",
     "O orçamento fica em 185 € e consigo começar na semana seguinte.",
     "Quanto ao prazo antes de 26 de junho: o orçamento fica em 185 € e consigo começar na "
     "semana seguinte.",
     "Sei o quanto tudo conta antes de 26 de junho. O orçamento fica em 185 € e consigo "
     "começar na semana seguinte.",
     "Quanto ao prazo: a guitarra fica pronta antes de 26 de junho. O orçamento fica em 185 € "
     "e consigo começar na semana seguinte."),
])
def test_their_date_named_not_promised(lang, customer, draft, heading, known, promised):
    assert as_written(draft, heading, customer, lang) == []
    assert as_written(draft, known, customer, lang) == []
    assert PROMISE in as_written(draft, promised, customer, lang)


def test_a_heading_that_runs_on_into_a_promise_is_no_heading():
    customer = "The christening is on 11 December."
    draft = "The wax needs 3 days to dry before the candle goes out by express."
    said = ("Regarding the candle, it arrives before 11 December: the wax needs 3 days to dry "
            "before the candle goes out by express.")
    assert PROMISE in as_written(draft, said, customer)

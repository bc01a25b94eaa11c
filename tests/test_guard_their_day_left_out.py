"""Stop 54 reading (facts._their_story): a day the customer's message gives, which the draft
names only in their story told back — what happened to them, or what we are sorry for ("I'm
sorry about Tuesday", "das war echt Pech am Freitag", "lamento que el camión no pudiera entrar
ayer") — may be left out of a rewrite that tells the same story: they know that day. A day of
our own story (not in their message), a day in what we will do, or a day changed is still a
fact dropped or changed. Every case is written for this file, in five languages. (Portuguese
short weekdays, "na terça", are not masked at all: the full "terça-feira" stands for them.)"""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

CASES = [
    ("en", "The fitters dropped the boxes on the drive on Tuesday and left without assembling "
     "the shed.",
     "I'm sorry about Tuesday. The crew were meant to assemble the shed; they will come back "
     "on 14 May to do it.",
     "I'm sorry the crew left without assembling the shed. They will come back on 14 May to "
     "do it.",
     "I'm sorry about Wednesday. The crew were meant to assemble the shed; they will come back "
     "on 14 May to do it."),
    ("de", "Die Monteure haben am Dienstag die Kartons abgestellt und sind ohne Aufbau gefahren.",
     "Das war am Dienstag wirklich ärgerlich. Die Monteure hätten das Gartenhaus aufbauen "
     "müssen; sie kommen am 14. Mai wieder.",
     "Wirklich ärgerlich, dass die Monteure ohne Aufbau gefahren sind. Sie kommen am 14. Mai "
     "wieder.",
     "Das war am Mittwoch wirklich ärgerlich. Die Monteure hätten das Gartenhaus aufbauen "
     "müssen; sie kommen am 14. Mai wieder."),
    ("es", "El martes los montadores dejaron las cajas en la entrada y se fueron sin montar la "
     "caseta.",
     "Lamento lo que pasó el martes. Los montadores debían montar la caseta; volverán el 14 de "
     "mayo para hacerlo.",
     "Lamento que los montadores se fueran sin montar la caseta. Volverán el 14 de mayo para "
     "hacerlo.",
     "Lamento lo que pasó el miércoles. Los montadores debían montar la caseta; volverán el 14 "
     "de mayo para hacerlo."),
    ("fr", "Mardi, les monteurs ont laissé les cartons dans l'allée et sont partis sans monter "
     "l'abri.",
     "Je suis désolé pour mardi. Les monteurs devaient monter l'abri ; ils reviendront le 14 "
     "mai pour le faire.",
     "Je suis désolé que les monteurs soient partis sans monter l'abri. Ils reviendront le 14 "
     "mai pour le faire.",
     "Je suis désolé pour mercredi. Les monteurs devaient monter l'abri ; ils reviendront le 14 "
     "mai pour le faire."),
    ("pt", "Na terça-feira, os montadores deixaram as caixas na entrada e foram embora sem "
     "montar o abrigo.",
     "Lamento o que aconteceu na terça-feira. Os montadores deviam ter montado o abrigo; "
     "voltam a 14 de maio para o fazer.",
     "Lamento que os montadores tenham ido embora sem montar o abrigo. Voltam a 14 de maio "
     "para o fazer.",
     "Lamento o que aconteceu na quarta-feira. Os montadores deviam ter montado o abrigo; "
     "voltam a 14 de maio para o fazer."),
]


@pytest.mark.parametrize("lang,customer,draft,retold,changed", CASES)
def test_their_day_left_out_of_their_story(lang, customer, draft, retold, changed):
    assert as_written(draft, retold, customer, lang) == []


@pytest.mark.parametrize("lang,customer,draft,retold,changed", CASES)
def test_their_day_changed_is_still_caught(lang, customer, draft, retold, changed):
    assert as_written(draft, changed, customer, lang) != []


def test_our_own_day_or_their_day_in_what_we_will_do_must_stay():
    customer = "The fitters left on Tuesday without assembling the shed."
    ours = "I'm sorry: our van broke down on Monday. The crew will come back on 14 May."
    assert "fact_missing" in as_written(ours, "I'm sorry our van broke down. The crew will "
                                        "come back on 14 May.", customer)
    promised = "I'm sorry. The crew will come back on Tuesday, as you asked."
    assert "fact_missing" in as_written(promised, "I'm sorry. The crew will come back, as you "
                                        "asked.", customer)

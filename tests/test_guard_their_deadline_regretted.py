"""Stop 53 reading (lang/*.json `knowing`, facts._known): the customer's own date after a
deadline word, inside what we regret of their situation ("I'm sorry the delay lands right
before your trip on 14 March", "siento que lleven días esperando justo antes de la boda del
14 de marzo", "es tut mir leid, dass das so kurz vor der Taufe am 14. März passiert"), is their
situation told back, as it is inside what we say we know (tests/test_guard_their_deadline_told.py).
The same date made what we will meet ("I'm sorry, and you'll have it before 14 March") is
still their fact made a promise. Every case is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

PROMISE = "new_commitment:customer_fact"


@pytest.mark.parametrize("lang,customer,draft,regretted,promised", [
    ("en", "My trip is on 14 March and the tent still hasn't come.",
     "The tent left our warehouse yesterday and the courier gives 3 to 5 days.",
     "I'm sorry the wait lands right before your trip on 14 March. The tent left our warehouse "
     "yesterday and the courier gives 3 to 5 days.",
     "I'm sorry for the wait, and you'll have the tent before your trip on 14 March. It left "
     "our warehouse yesterday and the courier gives 3 to 5 days."),
    ("es", "La boda es el 14 de marzo y el vestido aún no ha llegado.",
     "El vestido salió ayer del taller y la mensajería tarda de 3 a 5 días.",
     "Siento que lleve días esperando justo antes de la boda del 14 de marzo. El vestido salió "
     "ayer del taller y la mensajería tarda de 3 a 5 días.",
     "Siento la espera: tendrá el vestido antes de la boda del 14 de marzo. Salió ayer del "
     "taller y la mensajería tarda de 3 a 5 días."),
    ("fr", "Le mariage est le 14 mars et la robe n'est toujours pas là.",
     "La robe a quitté l'atelier hier et le transporteur compte 3 à 5 jours.",
     "Je suis désolée que l'attente tombe juste avant le mariage du 14 mars. La robe a quitté "
     "l'atelier hier et le transporteur compte 3 à 5 jours.",
     "Désolée pour l'attente : vous aurez la robe avant le mariage du 14 mars. Elle a quitté "
     "l'atelier hier et le transporteur compte 3 à 5 jours."),
    ("de", "Die Taufe ist am 14. März und das Kleid ist immer noch nicht da.",
     "Das Kleid hat die Werkstatt gestern verlassen, der Versand dauert 3 bis 5 Tage.",
     "Es tut mir leid, dass Sie so kurz vor der Taufe am 14. März warten müssen. Das Kleid hat "
     "die Werkstatt gestern verlassen, der Versand dauert 3 bis 5 Tage.",
     "Es tut mir leid: Sie haben das Kleid sicher vor der Taufe am 14. März. Es hat die "
     "Werkstatt gestern verlassen, der Versand dauert 3 bis 5 Tage."),
    ("pt", "O casamento é a 14 de março e o vestido ainda não chegou.",
     "O vestido saiu ontem do atelier e a transportadora leva 3 a 5 dias.",
     "Lamento que esteja à espera mesmo antes do casamento de 14 de março. O vestido saiu "
     "ontem do atelier e a transportadora leva 3 a 5 dias.",
     "Lamento a espera: vai ter o vestido antes do casamento de 14 de março. Saiu ontem do "
     "atelier e a transportadora leva 3 a 5 dias."),
])
def test_their_date_regretted_not_promised(lang, customer, draft, regretted, promised):
    assert as_written(draft, regretted, customer, lang) == []
    assert PROMISE in as_written(draft, promised, customer, lang)


def test_a_regret_that_goes_on_to_promise_their_date():
    customer = "My trip is on 14 March."
    draft = "The tent left our warehouse yesterday and the courier gives 3 to 5 days."
    said = ("I'm sorry that it will reach you only just before your trip on 14 March. The tent "
            "left our warehouse yesterday and the courier gives 3 to 5 days.")
    assert PROMISE in as_written(draft, said, customer)

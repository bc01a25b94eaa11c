""""Today" beside a verb of being, in a state the draft gives ("vous êtes aujourd'hui en 3e
position" for "vous êtes actuellement en 3e position"), says "as things stand": no date, no
deadline. A "today" that times an act, a deadline, a state the draft does not give or gives as
still to come stays a new date."""

import pytest

from tests.masked_guard import as_written

STATES = [
    ("en", "Hi Ana, your parcel is in transit. We will email you when it arrives.",
     "Hi Ana, today your parcel is in transit. We will email you when it arrives."),
    ("en", "Hi Ana, you are 3rd on the waiting list. We'll call you if a spot opens.",
     "Hi Ana, you are 3rd on the waiting list today. We'll call you if a spot opens."),
    ("fr", "Bonjour, votre colis est actuellement en transit. Nous vous écrirons à son arrivée.",
     "Bonjour, votre colis est aujourd'hui en transit. Nous vous écrirons à son arrivée."),
    ("de", "Hallo, Sie sind auf Platz 4 der Warteliste. Wir melden uns, wenn etwas frei wird.",
     "Hallo, Sie sind heute auf Platz 4 der Warteliste. Wir melden uns, wenn etwas frei wird."),
    ("de", "Hallo, es gibt keine freien Termine. Wir können Sie auf die Liste setzen.",
     "Hallo, heute gibt es keine freien Termine. Wir können Sie auf die Liste setzen."),
    ("es", "Hola, no tenemos stock de la talla mediana. Podemos ofrecerle la grande.",
     "Hola, hoy no tenemos stock de la talla mediana. Podemos ofrecerle la grande."),
    ("es", "Hola, no hay plazas libres en el curso. Podemos apuntarle en la lista.",
     "Hola, hoy no hay plazas libres en el curso. Podemos apuntarle en la lista."),
    ("pt", "Olá, a turma está com 8 alunos e o limite é 8. Coloquei o Theo na lista de espera.",
     "Olá, hoje a turma está com 8 alunos e o limite é 8. Coloquei o Theo na lista de espera."),
]

TIMED = [
    ("en", "Hi Ana, we'll ship it this week.", "Hi Ana, we'll ship it today."),
    ("en", "Hi Ana, your order ships this week.", "Hi Ana, your order ships today."),
    ("en", "Hi Ana, your replacement will be sent this week.",
     "Hi Ana, your replacement is being sent today."),
    ("en", "Hi Ana, your replacement will be ready this week.",
     "Hi Ana, your replacement is ready today."),
    ("en", "Hi Ana, the offer is valid until Friday.", "Hi Ana, the offer is valid until today."),
    ("en", "Hi Ana, the technician can come next week.", "Hi Ana, the technician is there today."),
    ("en", "Hi Ana, I'll call you today.", "Hi Ana, I'll call you."),
    ("fr", "Bonjour, votre commande sera prête cette semaine.",
     "Bonjour, votre commande est prête aujourd'hui."),
    ("fr", "Bonjour, votre colis est en transit.", "Bonjour, votre colis est livré aujourd'hui."),
    ("fr", "Bonjour, nous l'expédierons cette semaine.", "Bonjour, nous l'expédions aujourd'hui."),
    ("de", "Hallo, Ihr Paket ist unterwegs.", "Hallo, Ihr Paket ist noch heute bei Ihnen."),
    ("de", "Hallo, die Erstattung ist innerhalb von 5 Tagen auf Ihrem Konto.",
     "Hallo, die Erstattung ist heute auf Ihrem Konto."),
    ("es", "Hola, su pedido está en tránsito.", "Hola, su pedido está hoy en su casa."),
    ("es", "Hola, se lo enviaremos esta semana.", "Hola, hoy mismo se lo enviamos."),
    ("pt", "Olá, a peça chega esta semana.", "Olá, a peça está pronta hoje."),
    ("pt", "Olá, o técnico pode ir na próxima semana.", "Olá, o técnico está aí hoje."),
    ("pt", "Olá, eu te ligo hoje.", "Olá, eu te ligo."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), STATES)
def test_today_in_a_state_the_draft_gives_is_no_date(lang: str, draft: str, rewrite: str) -> None:
    assert as_written(draft, rewrite, lang=lang) == []


@pytest.mark.parametrize(("lang", "draft", "rewrite"), TIMED)
def test_today_that_times_an_act_or_a_new_state_is_caught(lang: str, draft: str,
                                                          rewrite: str) -> None:
    assert as_written(draft, rewrite, lang=lang) != []

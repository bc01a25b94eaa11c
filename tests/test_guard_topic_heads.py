"""A heading that names what the reply turns to ("As for the £14.50 a month:", "Zu Ihrer Frage
nach dem 12. März:", "Quant aux 14 € par mois :") quotes back the customer's own fact, which
the draft gives too: said there once more it is no second fact. What follows the heading must
not foretell, vouch for that fact or offer something ("As for the £14.50 a month: you'll get it
back", "…: we can remove it whenever suits you"): then the extra mention is still counted.
Every case is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,customer,draft,heading,promised", [
    ("en", "Why am I paying £14.50 a month for your cover when my home insurance already "
     "covers storage?",
     "Your plan includes Storesafe cover at £14.50 a month. You can remove it from your next "
     "billing date once you upload proof of your own policy.",
     "As for the £14.50 a month: that is the Storesafe cover your plan includes at £14.50 a "
     "month. You can remove it from your next billing date once you upload proof of your own "
     "policy.",
     "As for the £14.50 a month: you'll get it back for every month so far. Your plan "
     "includes Storesafe cover at £14.50 a month, and you can remove it from your next "
     "billing date once you upload proof of your own policy."),
    ("de", "Klappt die Beisetzung am 12. März? Die Familie reist extra an.",
     "Die Friedhofsverwaltung hat den 12. März vorläufig für uns reserviert. Verbindlich wird "
     "der Termin, sobald die Urne bei uns eingetroffen ist.",
     "Zu Ihrer Frage nach dem 12. März: Die Friedhofsverwaltung hat den 12. März vorläufig "
     "für uns reserviert. Verbindlich wird der Termin, sobald die Urne bei uns eingetroffen "
     "ist.",
     "Zu Ihrer Frage nach dem 12. März: Die Beisetzung findet sicher am 12. März statt. Die "
     "Friedhofsverwaltung hat den 12. März für uns reserviert."),
    ("fr", "Pourquoi je paie 14 € par mois pour une option que je n'ai jamais demandée ?",
     "L'option Sérénité à 14 € par mois a été ajoutée à la souscription. Vous pouvez la "
     "retirer depuis votre espace client, sans frais.",
     "Quant aux 14 € par mois : la formule Sérénité à 14 € par mois a été ajoutée à la "
     "souscription. Vous pouvez la retirer depuis votre espace client, sans frais.",
     "Quant aux 14 € par mois : nous vous les rembourserons tous. L'option Sérénité à 14 € "
     "par mois a été ajoutée à la souscription, et vous pouvez la retirer sans frais."),
    ("es", "¿Sigue en pie la excursión del 9 de junio? Ya he pagado los 60 €.",
     "La excursión del 9 de junio depende del parte marítimo; la confirmamos dos días antes.",
     "Sobre la excursión del 9 de junio: depende del parte marítimo. La excursión del 9 de "
     "junio la confirmamos dos días antes.",
     "Sobre la excursión del 9 de junio: se hará sin falta. La excursión del 9 de junio la "
     "confirmamos dos días antes, según el parte marítimo."),
    ("pt", "Paguei 45 € de taxa de entrega e a encomenda chegou partida.",
     "A taxa de entrega de 45 € não é reembolsável, porque a transportadora entregou dentro "
     "do prazo. A loiça partida está coberta pela garantia de transporte.",
     "Quanto aos 45 € da entrega: a taxa de entrega de 45 € não é reembolsável, porque a "
     "transportadora entregou dentro do prazo. A loiça partida está coberta pela garantia "
     "de transporte.",
     "Quanto aos 45 € da entrega: vai recebê-los de volta. A taxa de entrega de 45 € não é "
     "reembolsável, mas a loiça partida está coberta pela garantia de transporte."),
])
def test_a_heading_quotes_the_customers_fact_back(lang, customer, draft, heading, promised):
    assert verdict(draft, heading, customer, lang) == {}
    assert "fact_duplicated" in verdict(draft, promised, customer, lang)

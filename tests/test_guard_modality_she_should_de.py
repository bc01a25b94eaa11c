"""German "sie sollte": a thing expected, not advice to the customer (every case written for
this file).

"Sie sollten Ihre Bank anrufen" advises: the formal "Sie" takes the plural "sollten". "Sie
sollte am Freitag ankommen" is in the singular: "sie" is the parcel or the invoice named
before, and "sollte" hedges its arrival as "die Lieferung sollte…" does (lang/de.json
`not_hedges` reads only "sie sollten" as advice). "Sie kommt am Freitag an" for it is firmer
and caught; "sie dürfte…" keeps the step. The other languages' pronoun subject ("it should
arrive", "debería llegar", "elle devrait", "ela deve") is a hedge already, and stays one.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

CASES = [
    ("de", "Wir haben die Ersatzteile verschickt. Sie sollte am Freitag mit der Post bei Ihnen "
           "ankommen.",
     "Wir haben die Ersatzteile verschickt. Sie kommt am Freitag mit der Post bei Ihnen an.",
     "Wir haben die Ersatzteile verschickt. Sie dürfte am Freitag mit der Post bei Ihnen "
     "ankommen."),
    ("de", "Die Rechnung ist korrigiert. Sie sollte in den nächsten Tagen in Ihrem Kundenkonto "
           "erscheinen.",
     "Die Rechnung ist korrigiert. Sie erscheint in den nächsten Tagen in Ihrem Kundenkonto.",
     "Die Rechnung ist korrigiert. Sie dürfte in den nächsten Tagen in Ihrem Kundenkonto "
     "erscheinen."),
    ("en", "We have sent the invoice again. It should appear in your account within a few days.",
     "We have sent the invoice again. It will appear in your account within a few days.",
     "We have sent the invoice again. It ought to appear in your account within a few days."),
    ("es", "Hemos corregido la factura. Debería aparecer en su cuenta en los próximos días.",
     "Hemos corregido la factura. Aparecerá en su cuenta en los próximos días.",
     "Hemos corregido la factura. Debería verse en su cuenta en los próximos días."),
    ("fr", "Nous avons corrigé la facture. Elle devrait apparaître dans votre compte d'ici "
           "quelques jours.",
     "Nous avons corrigé la facture. Elle apparaîtra dans votre compte d'ici quelques jours.",
     "Nous avons corrigé la facture. Elle devrait s'afficher dans votre compte d'ici quelques "
     "jours."),
    ("pt", "Corrigimos a fatura. Ela deve aparecer na sua conta nos próximos dias.",
     "Corrigimos a fatura. Ela vai aparecer na sua conta nos próximos dias.",
     "Corrigimos a fatura. Ela deve surgir na sua conta nos próximos dias."),
]


@pytest.mark.parametrize("lang,draft,firmer,kept", CASES)
def test_the_pronouns_hedge_dropped_is_caught(lang: str, draft: str, firmer: str,
                                              kept: str) -> None:
    assert "new_commitment:modality" in labels(letter(lang, draft), letter(lang, firmer), lang)


@pytest.mark.parametrize("lang,draft,firmer,kept", CASES)
def test_the_pronouns_hedge_kept_passes(lang: str, draft: str, firmer: str, kept: str) -> None:
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


def test_formal_you_should_still_advises() -> None:
    draft = "Sie sollten die Rechnung in Ihrem Kundenkonto prüfen."
    assert labels(letter("de", draft), letter("de", "Prüfen Sie bitte die Rechnung in Ihrem "
                                                     "Kundenkonto."), "de") == []

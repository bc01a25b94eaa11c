"""Stop 54 reading (facts._known, `thanks`): the customer's own date after a deadline word, in
what we thank them for ("Thank you for asking before the launch on 15 January", "Gracias por
consultarnos antes del lanzamiento del 15 de enero"), tells when they acted: their situation
told back, no deadline of ours. The rest of the thanks' statement may still make the date ours
("…, so you'll have the licence in time"), as may a clause of its own after a semicolon.
Every case is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

PROMISE = "new_commitment:customer_fact"


@pytest.mark.parametrize("lang,customer,draft,thanked,promised", [
    ("en", "Our app launches on 15 January. Do we need another font licence?",
     "Your desktop licence does not cover apps. The App licence costs 620 euros.",
     "Thank you for asking before the launch on 15 January. Your desktop licence does not "
     "cover apps, and the App licence costs 620 euros.",
     "Thank you for asking before the launch on 15 January, so you will have the right "
     "licence in time. Your desktop licence does not cover apps; the App licence costs 620 "
     "euros."),
    ("es", "Nuestra app se lanza el 15 de enero. ¿Necesitamos otra licencia de la fuente?",
     "Su licencia de escritorio no cubre apps. La licencia App cuesta 620 euros.",
     "Gracias por consultarnos antes del lanzamiento del 15 de enero. Su licencia de "
     "escritorio no cubre apps, y la licencia App cuesta 620 euros.",
     "Gracias por consultarnos antes del lanzamiento del 15 de enero, así tendrá la licencia "
     "correcta a tiempo. Su licencia de escritorio no cubre apps; la licencia App cuesta 620 "
     "euros."),
    ("fr", "Notre appli sort le 15 janvier. Faut-il une autre licence pour la police ?",
     "Votre licence bureau ne couvre pas les applis. La licence App coûte 620 euros.",
     "Merci de nous avoir écrit avant le lancement du 15 janvier. Votre licence bureau ne "
     "couvre pas les applis, et la licence App coûte 620 euros.",
     "Merci de nous avoir écrit avant le lancement du 15 janvier, vous aurez donc la bonne "
     "licence à temps. Votre licence bureau ne couvre pas les applis ; la licence App coûte "
     "620 euros."),
    ("de", "Unsere App startet am 15. Januar. Brauchen wir eine weitere Schriftlizenz?",
     "Ihre Desktop-Lizenz deckt keine Apps ab. Die App-Lizenz kostet 620 Euro.",
     "Danke für Ihre Anfrage vor dem Start am 15. Januar. Ihre Desktop-Lizenz deckt keine Apps "
     "ab, und die App-Lizenz kostet 620 Euro.",
     "Danke für Ihre Anfrage vor dem Start am 15. Januar, so haben Sie die richtige Lizenz "
     "rechtzeitig. Ihre Desktop-Lizenz deckt keine Apps ab; die App-Lizenz kostet 620 "
     "Euro."),
    ("pt", "A nossa app é lançada a 15 de janeiro. Precisamos de outra licença da fonte?",
     "A sua licença de secretária não cobre apps. A licença App custa 620 euros.",
     "Obrigado por nos perguntar antes do lançamento de 15 de janeiro. A sua licença de "
     "secretária não cobre apps, e a licença App custa 620 euros.",
     "Obrigado por nos perguntar antes do lançamento de 15 de janeiro, assim vai ter a "
     "licença certa a tempo. A sua licença de secretária não cobre apps; a licença App custa "
     "620 euros."),
])
def test_their_date_in_what_we_thank_them_for(lang, customer, draft, thanked, promised):
    assert as_written(draft, thanked, customer, lang) == []
    assert PROMISE in as_written(draft, promised, customer, lang)


def test_a_thanks_before_a_clause_of_our_own_keeps_nothing_of_theirs():
    customer = "Our app launches on 15 January. Do we need another font licence?"
    draft = "Your desktop licence does not cover apps. The App licence costs 620 euros."
    ours = ("Thank you for asking; we'll sort the licence before the launch on 15 January. "
            "Your desktop licence does not cover apps, and the App licence costs 620 euros.")
    assert PROMISE in as_written(draft, ours, customer)

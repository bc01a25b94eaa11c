"""Stop 54 reading (lang/*.json `validations`, facts._known and _told_within): the customer's
own date after a deadline word is their situation told back, not a deadline we set, where it
stands in a clause judged natural after it ("Feeling nervous before your recital on 14 June is
understandable", "Nervös zu sein vor dem Konzert am 14. Juni ist verständlich") or in a few
words of time set off by a comma after what we say we know of them ("Ich verstehe, dass Sie
nervös sind, so kurz vor dem Konzert am 14. Juni"). The same date in a clause that tells our
act, an arrival or a result is still their fact made a promise. Every case is written for this
file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

PROMISE = "new_commitment:customer_fact"

CASES = [
    ("en", "My daughter's recital is on 14 June and the dress is still too long.",
     "Our tailor can shorten the dress; alterations take 5 working days.",
     "Feeling nervous before a recital on 14 June is understandable. Our tailor can shorten the "
     "dress; alterations take 5 working days.",
     "I know you're nervous, only days before the recital on 14 June. Our tailor can shorten "
     "the dress; alterations take 5 working days.",
     "It's understandable, and the dress will be ready before the recital on 14 June. Our "
     "tailor can shorten it; alterations take 5 working days.",
     "I know you're nervous, so we shorten the dress before the recital on 14 June. "
     "Alterations take 5 working days."),
    ("de", "Das Konzert meiner Tochter ist am 14. Juni und das Kleid ist noch zu lang.",
     "Unsere Schneiderei kann das Kleid kürzen; Änderungen dauern 5 Werktage.",
     "Nervös zu sein vor dem Konzert am 14. Juni ist verständlich. Unsere Schneiderei kann das "
     "Kleid kürzen; Änderungen dauern 5 Werktage.",
     "Ich verstehe, dass Sie nervös sind, so kurz vor dem Konzert am 14. Juni. Unsere "
     "Schneiderei kann das Kleid kürzen; Änderungen dauern 5 Werktage.",
     "Das ist verständlich, und das Kleid wird vor dem Konzert am 14. Juni fertig sein. Unsere "
     "Schneiderei kann es kürzen; Änderungen dauern 5 Werktage.",
     "Ich verstehe, dass Sie nervös sind, wir kürzen das Kleid vor dem Konzert am 14. Juni. "
     "Änderungen dauern 5 Werktage."),
    ("fr", "Le récital de ma fille est le 14 juin et la robe est encore trop longue.",
     "Notre couturière peut raccourcir la robe ; les retouches prennent 5 jours ouvrés.",
     "Être inquiète avant le récital du 14 juin est compréhensible. Notre couturière peut "
     "raccourcir la robe ; les retouches prennent 5 jours ouvrés.",
     "Je comprends que vous soyez inquiète, si peu de temps avant le récital du 14 juin. Notre "
     "couturière peut raccourcir la robe ; les retouches prennent 5 jours ouvrés.",
     "C'est compréhensible, et la robe sera prête avant le récital du 14 juin. Notre couturière "
     "peut la raccourcir ; les retouches prennent 5 jours ouvrés.",
     "Je comprends votre inquiétude, nous raccourcissons la robe avant le récital du 14 juin. "
     "Les retouches prennent 5 jours ouvrés."),
    ("es", "El recital de mi hija es el 14 de junio y el vestido sigue largo.",
     "Nuestra costurera puede acortar el vestido; los arreglos tardan 5 días laborables.",
     "Estar nerviosa antes del recital del 14 de junio es comprensible. Nuestra costurera puede "
     "acortar el vestido; los arreglos tardan 5 días laborables.",
     "Entiendo que esté nerviosa, a pocos días antes del recital del 14 de junio. Nuestra "
     "costurera puede acortar el vestido; los arreglos tardan 5 días laborables.",
     "Es comprensible, y el vestido estará listo antes del recital del 14 de junio. Nuestra "
     "costurera puede acortarlo; los arreglos tardan 5 días laborables.",
     "Entiendo que esté nerviosa, acortamos el vestido antes del recital del 14 de junio. Los "
     "arreglos tardan 5 días laborables."),
    ("pt", "O recital da minha filha é a 14 de junho e o vestido continua comprido.",
     "A nossa costureira pode encurtar o vestido; os ajustes demoram 5 dias úteis.",
     "Estar nervosa antes do recital de 14 de junho é compreensível. A nossa costureira pode "
     "encurtar o vestido; os ajustes demoram 5 dias úteis.",
     "Entendo que esteja nervosa, tão pouco tempo antes do recital de 14 de junho. A nossa "
     "costureira pode encurtar o vestido; os ajustes demoram 5 dias úteis.",
     "É compreensível, e o vestido vai estar pronto antes do recital de 14 de junho. A nossa "
     "costureira pode encurtá-lo; os ajustes demoram 5 dias úteis.",
     "Entendo que esteja nervosa, encurtamos o vestido antes do recital de 14 de junho. Os "
     "ajustes demoram 5 dias úteis."),
]


@pytest.mark.parametrize("lang,customer,draft,judged,known,promised,acted", CASES)
def test_their_date_in_a_feeling_is_their_situation(lang, customer, draft, judged, known,
                                                    promised, acted):
    assert as_written(draft, judged, customer, lang) == []
    assert as_written(draft, known, customer, lang) == []


@pytest.mark.parametrize("lang,customer,draft,judged,known,promised,acted", CASES)
def test_their_date_made_our_deadline_beside_the_feeling(lang, customer, draft, judged, known,
                                                          promised, acted):
    assert PROMISE in as_written(draft, promised, customer, lang)
    assert PROMISE in as_written(draft, acted, customer, lang)

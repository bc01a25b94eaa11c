"""Three readings of what a faithful rewrite adds, both ways. The customer's own date after a
deadline word, inside what we say we understand of their situation ("I understand you want it
back before you fly on Saturday"), is theirs, as inside what we say we know; the same date
made what we will meet ("I understand, and you'll have it before…") is still a promise. And a
count of the cases the reply goes on to answer ("Dans les deux cas…", "in beiden Fällen")
counts its own content, as "two questions" does: it may be added, never changed.
And one value the draft gives in two units ("6 weeks", "6 litres") is two facts, each keeping
its unit: "6 days" for the weeks is caught though "6 litres" is kept. Every case is written
for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written, verdict

PROMISE = "new_commitment:customer_fact"


@pytest.mark.parametrize("lang,customer,draft,understood,promised", [
    ("en", "We fly to Lisbon on Saturday and the case handle is broken.",
     "The new handle is fitted and the case is being cleaned.",
     "I understand you want the case back before you fly on Saturday. The new handle is "
     "fitted and the case is being cleaned.",
     "I understand, and you'll have the case back before you fly on Saturday. The new handle "
     "is fitted and the case is being cleaned."),
    ("de", "Wir fliegen am Samstag nach Lissabon und der Koffergriff ist kaputt.",
     "Der neue Griff ist montiert und der Koffer wird gereinigt.",
     "Ich verstehe, dass Sie den Koffer vor dem Abflug am Samstag brauchen. Der neue Griff "
     "ist montiert und der Koffer wird gereinigt.",
     "Ich verstehe. Sie haben den Koffer sicher vor dem Abflug am Samstag zurück. Der neue "
     "Griff ist montiert und der Koffer wird gereinigt."),
    ("es", "Volamos a Lisboa el sábado y el asa de la maleta está rota.",
     "El asa nueva ya está puesta y estamos limpiando la maleta.",
     "Entiendo que necesita la maleta antes del vuelo del sábado. El asa nueva ya está "
     "puesta y estamos limpiando la maleta.",
     "Entiendo la prisa: tendrá la maleta antes del vuelo del sábado. El asa nueva ya está "
     "puesta y estamos limpiando la maleta."),
    ("fr", "Nous partons à Lisbonne samedi et la poignée de la valise est cassée.",
     "La nouvelle poignée est posée et la valise est en cours de nettoyage.",
     "Je comprends que vous ayez besoin de la valise avant votre départ de samedi. La "
     "nouvelle poignée est posée et la valise est en cours de nettoyage.",
     "Je comprends : vous aurez la valise bien avant votre départ de samedi. La nouvelle "
     "poignée est posée et la valise est en cours de nettoyage."),
    ("pt", "Voamos para Lisboa no sábado e a pega da mala partiu.",
     "A pega nova já está montada e a mala está a ser limpa.",
     "Percebo que precisa da mala antes do voo de sábado. A pega nova já está montada e a "
     "mala está a ser limpa.",
     "Percebo a pressa: vai ter a mala antes do voo de sábado. A pega nova já está montada e "
     "a mala está a ser limpa."),
])
def test_their_date_in_what_we_understand_is_theirs(lang, customer, draft, understood,
                                                     promised):
    assert as_written(draft, understood, customer, lang) == []
    assert PROMISE in as_written(draft, promised, customer, lang)


@pytest.mark.parametrize("lang,draft,counted,changed", [
    ("en", "If the strap is torn, we replace it for £12. If the buckle is bent, we "
     "straighten it free of charge. Either way, the repair takes 5 days.",
     "If the strap is torn, we replace it for £12; if the buckle is bent, we straighten it "
     "free of charge. In the two cases the repair takes 5 days.",
     "If the strap is torn, we replace it for £12; if the buckle is bent, we straighten it "
     "free of charge. The repair takes 5 days, or three days in urgent cases."),
    ("de", "Ist der Riemen gerissen, ersetzen wir ihn für 12 €. Ist die Schnalle verbogen, "
     "richten wir sie kostenlos. Die Reparatur dauert 5 Tage.",
     "Das sind zwei verschiedene Fälle: Ist der Riemen gerissen, ersetzen wir ihn für 12 €; "
     "ist die Schnalle verbogen, richten wir sie kostenlos. Die Reparatur dauert 5 Tage.",
     "Ist der Riemen gerissen, ersetzen wir ihn für 12 €; ist die Schnalle verbogen, richten "
     "wir sie kostenlos. Die Reparatur dauert 5 Tage, bei Eile zwei Tage."),
    ("es", "Si la correa está rota, la cambiamos por 12 €. Si la hebilla está doblada, la "
     "enderezamos gratis. El arreglo tarda 5 días.",
     "Si la correa está rota, la cambiamos por 12 €; si la hebilla está doblada, la "
     "enderezamos gratis. En los dos casos, el arreglo tarda 5 días.",
     "Si la correa está rota, la cambiamos por 12 €; si la hebilla está doblada, la "
     "enderezamos gratis. El arreglo tarda 5 días, o dos días si es urgente."),
    ("fr", "Si la sangle est déchirée, nous la remplaçons pour 12 €. Si la boucle est tordue, "
     "nous la redressons gratuitement. La réparation prend 5 jours.",
     "Si la sangle est déchirée, nous la remplaçons pour 12 € ; si la boucle est tordue, nous "
     "la redressons gratuitement. Dans les deux cas, la réparation prend 5 jours.",
     "Si la sangle est déchirée, nous la remplaçons pour 12 € ; si la boucle est tordue, nous "
     "la redressons gratuitement. La réparation prend 5 jours, ou deux jours en urgence."),
    ("pt", "Se a alça estiver rasgada, trocamos por 12 €. Se a fivela estiver torta, "
     "endireitamos sem custo. O arranjo demora 5 dias.",
     "Se a alça estiver rasgada, trocamos por 12 €; se a fivela estiver torta, endireitamos "
     "sem custo. Nos dois casos, o arranjo demora 5 dias.",
     "Se a alça estiver rasgada, trocamos por 12 €; se a fivela estiver torta, endireitamos "
     "sem custo. O arranjo demora 5 dias, ou dois dias se for urgente."),
])
def test_a_count_of_its_own_cases_is_no_fact(lang, draft, counted, changed):
    assert verdict(draft, counted, lang=lang) == {}
    assert "new_fact" in verdict(draft, changed, lang=lang)


@pytest.mark.parametrize("lang,draft,kept,turned", [
    # One number, two facts: the same value given in two units keeps each of them.
    ("en", "A new cask takes about 6 weeks to make. We can't refund the 6 litres of brandy.",
     "We can't refund the 6 litres of brandy; a new cask takes about 6 weeks to make.",
     "A new cask takes about 6 days to make. We can't refund the 6 litres of brandy."),
    ("de", "Ein neues Fass braucht etwa 6 Wochen. Die 6 Liter Brand können wir nicht "
     "erstatten.", "Die 6 Liter Brand können wir nicht erstatten; ein neues Fass braucht "
     "etwa 6 Wochen.", "Ein neues Fass braucht etwa 6 Tage. Die 6 Liter Brand können wir "
     "nicht erstatten."),
    ("es", "Un barril nuevo tarda unas 6 semanas. No podemos reembolsar los 6 litros de "
     "aguardiente.", "No podemos reembolsar los 6 litros de aguardiente; un barril nuevo "
     "tarda unas 6 semanas.", "Un barril nuevo tarda unos 6 días. No podemos reembolsar los "
     "6 litros de aguardiente."),
    ("fr", "Un fût neuf demande environ 6 semaines. Nous ne pouvons pas rembourser les 6 "
     "litres d'eau-de-vie.", "Nous ne pouvons pas rembourser les 6 litres d'eau-de-vie ; "
     "un fût neuf demande environ 6 semaines.", "Un fût neuf demande environ 6 jours. Nous "
     "ne pouvons pas rembourser les 6 litres d'eau-de-vie."),
    ("pt", "Um barril novo demora cerca de 6 semanas. Não podemos reembolsar os 6 litros "
     "de aguardente.", "Não podemos reembolsar os 6 litros de aguardente; um barril novo "
     "demora cerca de 6 semanas.", "Um barril novo demora cerca de 6 dias. Não podemos "
     "reembolsar os 6 litros de aguardente."),
])
def test_one_value_in_two_units_keeps_each(lang, draft, kept, turned):
    assert verdict(draft, kept, lang=lang) == {}
    assert "fact_missing" in verdict(draft, turned, lang=lang)

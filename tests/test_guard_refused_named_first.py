"""A refusal that names the act first and says no after it: "a discount on the rest isn't
something I'm able to give", "o desconto de 15 € não lhe consigo dar", "um desconto … não
temos como oferecer", "eine Rückerstattung ist leider nicht möglich", said without a verb
("o desconto também não", "un descuento tampoco") or as the act left out ("precio: sin
descuento"). The draft's refusal kept is no new credit; the same act said as given is still
caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Hi Jo, I can't take anything off the rest of the order, as the prices are fixed. "
           "Best, Sam",
     "Hi Jo, a discount on the rest of the order isn't something I'm able to give, as the "
     "prices are fixed. Best, Sam"),
    ("en", "Hi Jo, we don't give refunds on opened items. Best, Sam",
     "Hi Jo, a refund on opened items is not something we give. Best, Sam"),
    ("pt", "Olá Rita, não consigo dar-lhe o desconto de 15 euros, porque o preço é fixo. "
           "Abraço, Luís",
     "Olá Rita, o desconto de 15 euros não lhe consigo dar, porque o preço é fixo. Abraço, "
     "Luís"),
    ("pt", "Olá Rita, não consigo reembolsar o bilhete nem dar-lhe o desconto de 15 euros, "
           "porque o preço é fixo. Abraço, Luís",
     "Olá Rita, não consigo reembolsar o bilhete. O desconto de 15 euros também não, porque "
     "o preço é fixo. Abraço, Luís"),
    ("pt", "Olá Rita, não podemos oferecer um desconto sobre as 12 peças restantes. Abraço, "
           "Luís",
     "Olá Rita, um desconto sobre as 12 peças restantes não temos como oferecer. Abraço, "
     "Luís"),
    ("es", "Hola Ana, el precio no lleva descuento, porque los 11 euros por lote son fijos. "
           "Saludos, Jo",
     "Hola Ana, precio: sin descuento, porque los 11 euros por lote son fijos. Saludos, Jo"),
    ("es", "Hola Ana, no puedo devolverle la entrada ni hacerle un descuento. Saludos, Jo",
     "Hola Ana, no puedo devolverle la entrada. Un descuento tampoco, lo siento. Saludos, Jo"),
    ("de", "Hallo Frau Keller, die restlichen 3 Stunden kann ich Ihnen nicht zurückerstatten, "
           "da der Platz fest vergeben war. Grüße, Jo",
     "Hallo Frau Keller, eine Rückerstattung der restlichen 3 Stunden ist leider nicht "
     "möglich, da der Platz fest vergeben war. Grüße, Jo"),
])
def test_a_refusal_with_the_act_named_first_is_no_new_act(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Hi Jo, the prices are fixed. Best, Sam",
     "Hi Jo, the prices are fixed, but a discount on the rest of the order is something I'm "
     "able to give. Best, Sam"),
    ("en", "Hi Jo, we can't refund opened items. Best, Sam",
     "Hi Jo, we can't refund opened items, but I'm able to give you a discount on your next "
     "order. Best, Sam"),
    ("pt", "Olá Rita, o preço é fixo. Abraço, Luís",
     "Olá Rita, o preço é fixo, mas o desconto consigo dar-lhe na próxima encomenda. Abraço, "
     "Luís"),
    ("pt", "Olá Rita, não consigo reembolsar o bilhete. Abraço, Luís",
     "Olá Rita, não consigo reembolsar o bilhete, mas dou-lhe um desconto na próxima "
     "encomenda. Abraço, Luís"),
    ("es", "Hola Ana, el precio es fijo. Saludos, Jo",
     "Hola Ana, el precio es fijo, pero le enviamos otro sin cargo. Saludos, Jo"),
    ("de", "Hallo Anna, die Miete ist fest. Grüße, Jo",
     "Hallo Anna, die Miete ist fest, aber ein Rabatt auf den nächsten Monat ist möglich. "
     "Grüße, Jo"),
    ("en", "Hi Jo, the kettle is out of stock. Best, Sam",
     "Hi Jo, the kettle is out of stock, so we'll refund you without a question. Best, Sam"),
])
def test_the_act_said_as_given_is_still_new(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("pt", "Olá Rita, não consigo garantir a apanha com antecedência. Abraço, Luís",
     "Olá Rita, a apanha não é coisa que eu consiga garantir com antecedência. Abraço, Luís"),
    ("pt", "Olá Rita, não garantimos notas; enviamos um relatório a cada quatro sessões. "
           "Abraço, Luís",
     "Olá Rita, garantir uma nota é algo que não fazemos; enviamos um relatório a cada quatro "
     "sessões. Abraço, Luís"),
    ("en", "Hi Jo, we can't guarantee snow on the day. Best, Sam",
     "Hi Jo, snow on the day isn't something we can guarantee. Best, Sam"),
])
def test_an_act_called_something_we_cannot_do_is_refused(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("fr", "Bonjour Anne, le prix est fixe. Cordialement, Jo",
     "Bonjour Anne, j'ai appliqué une remise, je ne peux pas faire plus sur la facture. "
     "Cordialement, Jo"),
    ("es", "Hola Ana, el precio es fijo. Saludos, Jo",
     "Hola Ana, le apliqué un descuento, no puedo hacer más en la factura. Saludos, Jo"),
    ("en", "Hi Jo, the price is fixed. Best, Sam",
     "Hi Jo, I've given you a discount, I can't do more than that. Best, Sam"),
    ("pt", "Olá Rita, o preço é fixo. Abraço, Luís",
     "Olá Rita, o preço é fixo, mas garantir a apanha é coisa que eu consigo fazer. Abraço, "
     "Luís"),
    ("en", "Hi Jo, we'll check the forecast. Best, Sam",
     "Hi Jo, we'll check the forecast; snow on the day is something we can guarantee. Best, "
     "Sam"),
])
def test_an_act_given_beside_a_refusal_of_more_is_still_new(lang, draft, rewrite):
    assert new_commitment(labels(draft, rewrite, lang))


def test_there_being_room_is_a_condition():
    """Portuguese "havendo lugar" (there being room) conditions what it follows: kept as "se
    houver lugar" it passes, dropped it is caught."""
    draft = ("Olá Ana, se o Tomás faltar a uma sessão, pode assistir noutro grupo nessa semana, "
             "havendo lugar. Abraço, Rita")
    kept = ("Olá Ana, se o Tomás faltar a uma sessão, pode assistir noutro grupo nessa semana, "
            "se houver lugar. Abraço, Rita")
    dropped = ("Olá Ana, se o Tomás faltar a uma sessão, pode assistir noutro grupo nessa "
               "semana. Abraço, Rita")
    assert labels(draft, kept, "pt") == []
    assert new_commitment(labels(draft, dropped, "pt"))

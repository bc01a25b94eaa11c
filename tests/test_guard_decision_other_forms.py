"""A refusal kept in another form of its words: each item of an HTML list read as a sentence of
its own; a German separable verb with its "zu" inside ("zurückzuzahlen", "zurückzuschicken");
a Spanish infinitive carrying its pronouns ("asegurártelo", "asegurarlo"); a Portuguese
guarantee said in the present ("não garanto"); and a "no" before a reason, which refuses
nothing the reason names ("no … porque la ampliación compensa"). Each kept refusal passes as
the same decision; the same text with the refusal turned into a yes or dropped is still
caught, and so is a refusal turned into "not yet" ("todavía no podemos reembolsar"). Every
case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

_DRAFT = ("<p>Hi Sam,</p><ul><li>Please return the jacket with this free label</li>"
          "<li>We can't refund the postage, as the first jacket was the right size.</li></ul>"
          "<p>Best, Ana</p>")


def test_each_list_item_is_a_sentence_of_its_own():
    """A "no" in one bullet does not refuse what the bullet before names, stop or no stop:
    "return" said another way above a refused refund is no refused return."""
    kept = ("<p>Hi Sam,</p><ul><li>You can post the jacket back free with this label</li>"
            "<li>The postage isn't refundable, as the first jacket was the right size.</li>"
            "</ul><p>Best, Ana</p>")
    dropped = ("<p>Hi Sam,</p><ul><li>You can post the jacket back free with this label</li>"
               "<li>The postage was charged, as the first jacket was the right size.</li>"
               "</ul><p>Best, Ana</p>")
    assert "decision_changed" not in verdict(_DRAFT, kept, "", "en", fmt="html")
    assert "decision_changed" in verdict(_DRAFT, dropped, "", "en", fmt="html")


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("de", "Die Versandkosten können wir nicht erstatten, weil der Artikel korrekt war.",
     "Die Versandkosten zurückzuzahlen ist leider nicht möglich, weil der Artikel korrekt war.",
     "Die Versandkosten zahlen wir Ihnen zurück, obwohl der Artikel korrekt war."),
    ("de", "Den Restbetrag können wir nicht zurücküberweisen, da der Kurs begonnen hat.",
     "Es ist nicht möglich, den Restbetrag zurückzuüberweisen, da der Kurs begonnen hat.",
     "Den Restbetrag überweisen wir zurück, obwohl der Kurs begonnen hat."),
])
def test_a_separable_verb_with_its_zu(lang, draft, kept, turned):
    """"Zurückzuzahlen" is "zurückzahlen" with its "zu": the same refused refund."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert verdict(draft, turned, "", lang)


def test_a_return_waived_with_a_separable_verb_and_its_zu():
    draft = "Danke für die Fotos. Das beschädigte Regal müssen Sie nicht zurückschicken."
    kept = "Danke für die Fotos. Das beschädigte Regal brauchen Sie nicht zurückzuschicken."
    dropped = "Danke für die Fotos. Bitte schicken Sie das beschädigte Regal zurück."
    assert "decision_changed" not in verdict(draft, kept, "", "de")
    assert "decision_changed" in verdict(draft, dropped, "", "de")


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("es", "Lo normal es que llegue el viernes, aunque no te lo puedo asegurar.",
     "Lo más probable es que llegue el viernes, aunque no puedo asegurártelo.",
     "Llegará el viernes, eso sí te lo puedo asegurar."),
    ("es", "Suele tardar dos semanas, pero no se lo puedo asegurar si llueve.",
     "Suele tardar dos semanas; si llueve, no podría asegurárselo.",
     "Tarda dos semanas aunque llueva, se lo aseguro."),
    ("es", "Lo normal es que esté listo el lunes, pero no lo puedo asegurar.",
     "Debería estar listo el lunes, pero no puedo asegurarlo.",
     "Estará listo el lunes."),
    ("pt", "Podemos tentar um branqueamento suave, mas não lhe consigo garantir o resultado.",
     "Posso tentar um branqueamento suave, mas não garanto o resultado.",
     "Fazemos um branqueamento suave e o resultado fica perfeito."),
])
def test_a_promise_refused_in_another_form_of_its_verb(lang, draft, kept, turned):
    """The infinitive with its pronouns ("asegurártelo", "asegurárselo", "asegurarlo") and
    the present ("não garanto") refuse the same promise."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert verdict(draft, turned, "", lang)


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("en", "We don't refund part of the pass because the extension makes up for the closed "
           "days.",
     "A partial refund: no, because the extension already makes up for the closed days.",
     "We refund part of the pass because the extension makes up for the closed days."),
    ("es", "No reembolsamos parte del bono porque la ampliación compensa los días cerrados.",
     "Reembolso parcial: no, porque la ampliación ya compensa los días cerrados.",
     "Reembolsamos parte del bono porque la ampliación compensa los días cerrados."),
])
def test_a_no_before_a_reason_does_not_refuse_what_the_reason_names(lang, draft, kept, turned):
    """The extension named in the reason is given, not refused; the refund stays refused."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, turned, "", lang)


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("en", "We can't extend the pass because the season ends in May.",
     "Extending the pass isn't possible, because the season ends in May.",
     "We extend the pass because the season ends in May."),
    ("es", "No podemos ampliar el bono porque la temporada termina en mayo.",
     "Ampliar el bono no es posible, porque la temporada termina en mayo.",
     "Ampliamos el bono porque la temporada termina en mayo."),
])
def test_an_extension_refused_before_its_reason_is_still_refused(lang, draft, kept, dropped):
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, dropped, "", lang)


@pytest.mark.parametrize("lang,draft,put_off", [
    ("en", "We can't refund the booking fee, because the room was held for you.",
     "We can't refund the booking fee yet, because the room was held for you."),
    ("en", "We can't refund the booking fee, because the room was held for you.",
     "The booking fee can't be refunded at the moment, because the room was held for you."),
    ("de", "Die Buchungsgebühr können wir nicht erstatten, weil das Zimmer reserviert war.",
     "Die Buchungsgebühr können wir noch nicht erstatten, weil das Zimmer reserviert war."),
    ("es", "No podemos reembolsar la tasa de reserva, porque la habitación estaba reservada.",
     "Todavía no podemos reembolsar la tasa de reserva, porque la habitación estaba "
     "reservada."),
    ("fr", "Nous ne pouvons pas rembourser les frais de réservation, car la chambre était "
           "bloquée.",
     "Nous ne pouvons pas encore rembourser les frais de réservation, car la chambre était "
     "bloquée."),
    ("pt", "Não podemos reembolsar a taxa de reserva, porque o quarto ficou reservado.",
     "Por enquanto não podemos reembolsar a taxa de reserva, porque o quarto ficou reservado."),
])
def test_a_no_turned_into_not_yet_is_caught(lang, draft, put_off):
    """A refusal said "not yet" promises the refund later: the decision changed."""
    assert "decision_changed" in verdict(draft, put_off, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "We can't refund the fee until the parts arrive.",
     "We can't refund the fee yet: the parts have to arrive first."),
    ("en", "I'll ask the band this week, but I cannot promise anything.",
     "I'll ask the band this week, but I can't promise you anything yet."),
    ("es", "Si el paquete no ha llegado el lunes, le descontamos un 10 % del pedido.",
     "Si el lunes el paquete todavía no ha llegado, le descontamos un 10 % del pedido."),
    ("pt", "Se a encomenda não chegar até segunda, descontamos 10 % do valor.",
     "Se até segunda a encomenda ainda não tiver chegado, descontamos 10 % do valor."),
])
def test_a_not_yet_the_draft_already_says_or_that_refuses_nothing(lang, draft, rewrite):
    """A refusal the draft already puts off ("until"), a promise that is as unsure "yet", and
    a "not yet" inside an "if" are no refusal turned into a delay."""
    assert "decision_changed" not in verdict(draft, rewrite, "", lang)

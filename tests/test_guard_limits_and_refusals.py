"""Limits and refusals read both ways, in five languages: a limit said another way ("until",
"within", "the cap is") is kept, a "no" that belongs to a reason refuses nothing, a refusal to
promise said with another verb is still one — and each close unsafe variant is still caught.
Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


# ── a limit kept in other words ────────────────────────────────────────────────────────────
@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("en", "You can cancel for a full refund up to 12 March.",
     "You can cancel for a full refund until 12 March.",
     "You can cancel for a full refund on 12 March."),
    ("pt", "O plano reembolsa até 80% da tabela, com teto de R$ 500 por evento.",
     "O plano reembolsa até 80% da tabela. O teto é de R$ 500 por evento.",
     "O plano reembolsa até 80% da tabela e paga R$ 500 por evento."),
    ("pt", "Se houver defeito, a troca é feita em até 7 dias da compra.",
     "Se houver defeito, a troca é feita dentro de 7 dias da compra.",
     "Se houver defeito, a troca é feita 7 dias após a compra."),
    ("de", "Wir erstatten bis zu 200 € pro Schadensfall.",
     "Die Obergrenze liegt bei 200 € pro Schadensfall, die wir erstatten.",
     "Wir erstatten 200 € pro Schadensfall."),
    ("es", "Le reembolsamos como máximo 150 € por noche.",
     "El tope es de 150 € por noche, que le reembolsamos.",
     "Le reembolsamos 150 € por noche."),
    ("fr", "Vous pouvez demander le remboursement jusqu'à 300 € par billet.",
     "Vous pouvez demander le remboursement, avec un plafond de 300 € par billet.",
     "Vous pouvez demander le remboursement de 300 € par billet."),
])
def test_a_limit_said_another_way_is_kept_and_one_dropped_is_caught(lang, draft, kept,
                                                                     dropped):
    assert "new_commitment" not in verdict(draft, kept, "", lang)
    assert "limit" in verdict(draft, dropped, "", lang).get("new_commitment", "")


def test_a_place_after_until_then_a_price_is_no_limit_on_the_price():
    draft = "Orçamento:\n- Transporte de camião até Lisboa: 450 €\n- Montagem: 120 €"
    rewrite = "Orçamento:\n- Transporte até Lisboa, de camião: 450 €\n- Montagem: 120 €"
    assert verdict(draft, rewrite, "", "pt") == {}


# ── a "no" that belongs to a reason ─────────────────────────────────────────────────────────
@pytest.mark.parametrize("lang,draft,kept,reversed_", [
    ("en", "The instructor is ill and can't teach this week, so your lesson on Monday is "
     "cancelled. We can't refund the booking fee.",
     "Your lesson on Monday won't go ahead: the instructor is ill and can't teach this week. "
     "We can't refund the booking fee.",
     "Your lesson on Monday won't go ahead: the instructor is ill and can't teach this week. "
     "We'll refund the booking fee."),
    ("de", "Da die Rechnung nicht zugestellt wurde, stornieren wir die Mahngebühr. Eine "
     "Erstattung der Anzahlung ist nicht möglich.",
     "Die Rechnung wurde nicht zugestellt. Deshalb stornieren wir die Mahngebühr. Eine "
     "Erstattung der Anzahlung ist nicht möglich.",
     "Die Rechnung wurde nicht zugestellt. Deshalb stornieren wir die Mahngebühr und "
     "erstatten die Anzahlung."),
    ("fr", "Le technicien n'est pas disponible, donc votre rendez-vous de lundi est annulé.",
     "Votre rendez-vous de lundi n'aura pas lieu : le technicien est indisponible.", None),
])
def test_a_no_in_the_reason_refuses_nothing(lang, draft, kept, reversed_):
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    if reversed_:
        assert "decision_changed" in verdict(draft, reversed_, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "The parcel was opened, so we can't refund it.",
     "The parcel was opened, so we'll refund it."),
    ("de", "Da die Ware benutzt wurde, können wir sie nicht erstatten.",
     "Da die Ware benutzt wurde, erstatten wir sie."),
    ("fr", "Comme le colis a été ouvert, nous ne pouvons pas le rembourser.",
     "Comme le colis a été ouvert, nous allons le rembourser."),
    ("pt", "Como o produto foi usado, não podemos fazer o reembolso.",
     "Como o produto foi usado, faremos o reembolso."),
    ("es", "Como el producto se usó, no podemos hacer el reembolso.",
     "Como el producto se usó, le haremos el reembolso."),
])
def test_a_refusal_beside_its_reason_reversed_is_still_caught(lang, draft, rewrite):
    assert "decision_changed" in verdict(draft, rewrite, "", lang)


# ── not promising, said with another verb ──────────────────────────────────────────────────
@pytest.mark.parametrize("lang,draft,kept,firm", [
    ("de", "Wir versuchen, den Termin vorzuziehen, versprechen können wir es aber nicht.",
     "Wir versuchen, den Termin vorzuziehen; zusagen können wir das aber nicht.",
     "Wir ziehen den Termin vor, das ist zugesagt."),
    ("es", "La limpieza suele mejorar la mancha, aunque no podemos prometer que desaparezca.",
     "La limpieza suele mejorar la mancha, aunque no te puedo asegurar que desaparezca.",
     "La limpieza hará que la mancha desaparezca, te lo aseguro."),
    ("pt", "O tratamento costuma resolver, mas não podemos garantir o resultado.",
     "O tratamento costuma resolver, mas não consigo assegurar o resultado.",
     "O tratamento vai resolver, asseguro o resultado."),
    ("en", "We usually get it back in shape, but we can't promise the scratch will vanish.",
     "We usually get it back in shape, though I can't assure you the scratch will vanish.",
     "We'll get it back in shape and the scratch will vanish."),
    ("fr", "Le nettoyage améliore souvent la tache, mais nous ne pouvons pas garantir qu'elle "
     "disparaisse.",
     "Le nettoyage améliore souvent la tache, mais je ne peux pas vous assurer qu'elle "
     "disparaisse.",
     "Le nettoyage fera disparaître la tache."),
])
def test_declining_to_promise_in_other_words_is_kept(lang, draft, kept, firm):
    assert verdict(draft, kept, "", lang) == {}
    assert verdict(draft, firm, "", lang)


def test_an_approval_that_is_someone_elses_is_no_refusal_to_promise():
    draft = ("Wir beantragen die neue Einlage bei Ihrer Krankenkasse; eine Zusage der Kasse "
             "können wir nicht vorwegnehmen.")
    rewrite = ("Wir beantragen die neue Einlage bei Ihrer Krankenkasse. Wie die Kasse "
               "entscheidet, kann ich nicht vorhersagen.")
    assert "decision_changed" not in verdict(draft, rewrite, "", "de")


# ── a place at the front of the queue, a call we make ──────────────────────────────────────
@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "The next opening is in three weeks; I'll send you the dates.",
     "The next opening is in three weeks; I'll send you the dates, and you'll be first in "
     "line."),
    ("de", "Der nächste Termin ist in drei Wochen frei.",
     "Der nächste Termin ist in drei Wochen frei, und Sie stehen ganz oben auf der Warteliste."),
    ("es", "La próxima cita libre es en tres semanas.",
     "La próxima cita libre es en tres semanas y usted será la primera de la lista."),
    ("fr", "Le prochain créneau est dans trois semaines.",
     "Le prochain créneau est dans trois semaines, et vous serez en tête de liste."),
    ("pt", "A próxima vaga é daqui a três semanas.",
     "A próxima vaga é daqui a três semanas, e você será a primeira da fila."),
    ("de", "Sobald ein Termin frei wird, melden wir uns.",
     "Sobald ein Termin frei wird, melden wir uns; bis dahin rufen wir Sie regelmäßig kurz an."),
])
def test_a_new_priority_or_call_is_a_new_promise(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "You are at the top of the waiting list for the next opening.",
     "For the next opening, you'll be first in line."),
    ("de", "Rufen Sie uns bitte an, wenn der Code nicht funktioniert.",
     "Funktioniert der Code nicht, rufen Sie uns bitte einfach an."),
])
def test_the_drafts_own_priority_or_the_customers_call_is_no_new_promise(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}


# ── a refusal said with no "no": outside the cover, the money stays ──────────────────────
@pytest.mark.parametrize("lang,draft,kept,reversed_", [
    ("en", "The deposit of 80 euros cannot be refunded once work has started.",
     "Once work has started, the deposit of 80 euros stays with us.",
     "Once work has started, we refund the deposit of 80 euros."),
    ("es", "La garantía no cubre el reembolso del importe.",
     "El reembolso del importe queda fuera de la garantía.",
     "El reembolso del importe entra en la garantía."),
    ("de", "Eine Erstattung der Anzahlung von 80 Euro ist nach Arbeitsbeginn nicht möglich.",
     "Nach Arbeitsbeginn bleibt die Anzahlung von 80 Euro bei uns.",
     "Nach Arbeitsbeginn erstatten wir die Anzahlung von 80 Euro."),
    ("fr", "Le montant du transport ne peut pas être remboursé, la prestation ayant été "
     "effectuée.",
     "Le montant du transport reste dû, la prestation ayant été effectuée.",
     "Le montant du transport vous sera remboursé, la prestation ayant été effectuée."),
    ("pt", "O reembolso do valor não é coberto pela garantia.",
     "O reembolso do valor fica fora da garantia.",
     "O reembolso do valor está incluído na garantia."),
])
def test_a_refusal_said_without_a_no_keeps_the_decision(lang, draft, kept, reversed_):
    """"Falls outside the warranty", "queda fuera", "fica fora", "stays with us", "reste dû",
    "bleibt bei uns" refuse as a "no" does; saying it is covered or refunded reverses it."""
    assert verdict(draft, kept, "", lang) == {}
    assert verdict(draft, reversed_, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("fr", "Le tarif reste celui du devis : 120 €.", "Rien ne change côté prix : le devis de "
     "120 € s'applique."),
    ("de", "Die Prüfungsgebühr verfällt nicht: Wir buchen den Termin kostenlos um.",
     "Ihre Prüfungsgebühr ist nicht verloren: Wir buchen den Termin kostenlos um."),
])
def test_words_that_refuse_only_refuse_unnegated(lang, draft, rewrite):
    """"Reste celui du devis" keeps a price ("du" is no "dû"); "verfällt nicht" says the fee
    is kept for them: neither refuses a refund the rewrite must repeat."""
    assert "decision_changed" not in verdict(draft, rewrite, "", lang)


# ── a refused extension stays refused; a date that moved is no refusal ────────────────────
@pytest.mark.parametrize("lang,draft,kept,granted", [
    ("en", "We can't extend your trial beyond 14 days, but your settings will be kept.",
     "Extending the trial beyond 14 days isn't possible, but your settings will be kept.",
     "We've extended your trial beyond 14 days, and your settings will be kept."),
    ("en", "We're unable to postpone the due date of the invoice.",
     "I'm afraid we can't push the due date of the invoice back.",
     "We'll postpone the due date of the invoice."),
    ("de", "Eine Verlängerung der Testphase über 14 Tage hinaus ist leider nicht möglich.",
     "Die Testphase können wir leider nicht über 14 Tage hinaus verlängern.",
     "Wir verlängern die Testphase über 14 Tage hinaus."),
    ("fr", "Nous ne pouvons pas reporter l'échéance de la facture.",
     "Il ne nous est pas possible de décaler l'échéance de la facture.",
     "Nous reportons l'échéance de la facture."),
    ("es", "No podemos prorrogar el plazo de devolución más allá de 30 días.",
     "Lamentablemente, el plazo de devolución no se puede ampliar más allá de 30 días.",
     "Hemos prorrogado el plazo de devolución más allá de 30 días."),
    ("pt", "Não conseguimos prorrogar o vencimento em 30 dias.",
     "A prorrogação de 30 dias no vencimento não é possível.",
     "O vencimento foi prorrogado em 30 dias."),
])
def test_a_refused_extension_stays_refused(lang, draft, kept, granted):
    """An extension of a deadline, a trial or a due date refused in other words keeps the
    decision; granting it, or saying nothing of the refusal, changes it."""
    assert verdict(draft, kept, "", lang) == {}
    assert "decision_changed" in verdict(draft, granted, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Unfortunately the courier has postponed the delivery to Friday.",
     "I'm sorry: the courier has moved the delivery to Friday."),
    ("fr", "Malheureusement, le transporteur a reporté la livraison à vendredi.",
     "Le transporteur livrera malheureusement vendredi seulement."),
    ("es", "Lamentablemente, la mensajería ha aplazado la entrega al viernes.",
     "La mensajería entregará el viernes, lo siento."),
    ("pt", "Prorrogamos o seu teste em 7 dias e não haverá cobrança antes de 20 de maio.",
     "O seu teste ganhou mais 7 dias. Não haverá cobrança antes de 20 de maio."),
])
def test_a_date_that_moved_is_no_refused_extension(lang, draft, rewrite):
    """Regret over a date someone else moved, or a "no" in another clause, refuses no
    extension: the rewrite need not keep one."""
    assert "decision_changed" not in verdict(draft, rewrite, "", lang)


# ── a refusal to guarantee said as "without being able to" or "beyond what we can" ─────────
@pytest.mark.parametrize("lang,draft,kept,granted", [
    ("en", "Delivery before June 12 is possible, but I can't guarantee it.",
     "Delivery before June 12 is possible, without my being able to guarantee it.",
     "Delivery before June 12 is possible, and I guarantee it."),
    ("en", "It should reach your lawyer before May 28, but I can't guarantee their timing.",
     "It should reach your lawyer before May 28, though their timing is beyond what I can "
     "guarantee.",
     "It should reach your lawyer before May 28, and I can guarantee their timing."),
    ("fr", "Une livraison avant le 12 juin est possible, mais je ne peux pas la garantir.",
     "Une livraison avant le 12 juin est possible, sans que nous puissions vous la garantir.",
     "Une livraison avant le 12 juin est possible, et je vous la garantis."),
    ("fr", "Il devrait parvenir à votre avocat avant le 28 mai, mais je ne peux pas garantir "
     "ses délais.",
     "Il devrait parvenir à votre avocat avant le 28 mai, mais ses délais dépassent ce que je "
     "peux garantir.",
     "Il devrait parvenir à votre avocat avant le 28 mai, et je peux garantir ses délais."),
    ("de", "Eine Lieferung vor dem 12. Juni ist möglich, garantieren kann ich sie aber nicht.",
     "Eine Lieferung vor dem 12. Juni ist möglich, allerdings ohne dass wir Ihnen das "
     "garantieren könnten.",
     "Eine Lieferung vor dem 12. Juni ist möglich, und das garantiere ich Ihnen."),
    ("es", "La entrega antes del 12 de junio es posible, pero no puedo garantizarla.",
     "La entrega antes del 12 de junio es posible, aunque sin que podamos garantizárselo.",
     "La entrega antes del 12 de junio es posible y se la garantizo."),
    ("es", "Debería llegar a su abogado antes del 28 de mayo, pero no puedo garantizar sus plazos.",
     "Debería llegar a su abogado antes del 28 de mayo; sus plazos están fuera de lo que "
     "podemos garantizar.",
     "Debería llegar a su abogado antes del 28 de mayo, y puedo garantizar sus plazos."),
    ("pt", "A entrega antes de 12 de junho é possível, mas não posso garanti-la.",
     "A entrega antes de 12 de junho é possível, sem que eu possa garanti-la.",
     "A entrega antes de 12 de junho é possível, e eu garanto."),
    ("pt", "Deve chegar ao seu advogado antes de 28 de maio, mas não posso garantir os prazos "
     "dele.",
     "Deve chegar ao seu advogado antes de 28 de maio, mas os prazos dele estão além do que "
     "posso garantir.",
     "Deve chegar ao seu advogado antes de 28 de maio, e posso garantir os prazos dele."),
])
def test_a_refused_guarantee_said_as_what_we_cannot(lang, draft, kept, granted):
    """"Sans que je puisse la garantir", "beyond what I can guarantee" refuse the guarantee
    as "I can't guarantee it" does: no decision lost, no guarantee made; the guarantee given
    is still caught."""
    assert verdict(draft, kept, "", lang) == {}
    assert verdict(draft, granted, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Your order ships on Monday.",
     "Your order ships on Monday, and beyond what we can usually offer, we'll refund your "
     "shipping."),
    ("de", "Ihre Bestellung wird am Montag verschickt.",
     "Ihre Bestellung wird am Montag verschickt; über das hinaus, was wir sonst tun, erstatten "
     "wir Ihnen den Versand."),
    ("fr", "Votre commande part lundi.",
     "Votre commande part lundi ; au-delà de ce que nous faisons d'habitude, nous vous "
     "remboursons la livraison."),
    ("es", "Su pedido sale el lunes.",
     "Su pedido sale el lunes y, sin que pueda reclamarlo, le reembolsamos el envío."),
    ("pt", "O seu pedido sai na segunda-feira.",
     "O seu pedido sai na segunda-feira e, sem que possa pedir, reembolsamos o frete."),
])
def test_a_scoped_negation_leaves_the_next_promise_a_promise(lang, draft, rewrite):
    """"Without our being able to", "beyond what we can" negate only the act they lead to: a
    refund promised in the next clause of the sentence is still a new commitment."""
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


# ── a free thing said with "without" is the draft's "no cost" ─────────────────────────────
@pytest.mark.parametrize("lang,draft,kept,charged", [
    ("pt", "O conserto está coberto pela garantia de 2 anos e não tem custo.",
     "A garantia de 2 anos cobre o conserto, sem custo para a senhora.",
     "A garantia de 2 anos cobre o conserto, que será cobrado à parte."),
    ("fr", "La réparation est couverte par la garantie de 2 ans et ne vous coûtera rien.",
     "La réparation est prise en charge par la garantie de 2 ans, sans frais pour vous.",
     "La réparation est couverte par la garantie de 2 ans et vous sera facturée à part."),
])
def test_a_free_thing_said_with_without(lang, draft, kept, charged):
    """"Sem custo" keeps the "não tem custo" of the draft's sentence; the same work turned into
    a charge is still caught."""
    assert verdict(draft, kept, "", lang) == {}
    assert verdict(draft, charged, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Our technician can come on Thursday.",
     "Our technician can come on Thursday and, as a courtesy, will check the roof as well."),
    ("fr", "Notre technicienne peut passer jeudi.",
     "Notre technicienne peut passer jeudi et vérifiera aussi la toiture, à titre gracieux."),
    ("es", "Nuestra técnica puede ir el jueves.",
     "Nuestra técnica puede ir el jueves y revisará también el tejado, como cortesía."),
    ("pt", "A nossa técnica pode ir na quinta-feira.",
     "A nossa técnica pode ir na quinta-feira e revisa também o telhado, como cortesia."),
    ("de", "Unsere Technikerin kann am Donnerstag kommen.",
     "Unsere Technikerin kann am Donnerstag kommen und prüft als kleines Entgegenkommen auch "
     "das Dach."),
])
def test_work_done_as_a_courtesy_is_a_new_free_thing(lang, draft, rewrite):
    """Work the draft does not offer, done "as a courtesy", is a free thing it never gave."""
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


# ── a refusal restated in other words keeps the decision; a yes, a maybe or silence does not ──
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "We can't offer a refund for this order because it was opened.",
     "Since the order was opened, a refund is off the table."),
    ("en", "We can't offer a refund for this order because it was opened.",
     "A refund for an opened order is out of the question, I'm afraid."),
    ("en", "We can't offer a refund for this order because it was opened.",
     "I wish I could refund you, but the order was opened."),
    ("en", "I can't guarantee that the parcel arrives before Monday.",
     "I'm not able to commit to the parcel arriving before Monday."),
    ("de", "Eine Erstattung ist nicht möglich, weil die Ware geöffnet wurde.",
     "Ich wünschte, ich könnte dir das Geld zurückzahlen, aber die Ware wurde geöffnet."),
    ("fr", "Nous ne pouvons pas rembourser cette commande, car elle a été ouverte.",
     "Un remboursement est hors de question pour une commande ouverte."),
    ("fr", "Je ne peux pas garantir une livraison avant lundi.",
     "Une livraison avant lundi est possible, mais je ne peux pas m'y engager."),
    ("es", "No podemos reembolsar este pedido porque fue abierto.",
     "El pedido fue abierto, por lo que un reembolso queda descartado."),
    ("es", "No puedo garantizar la entrega antes del lunes.",
     "No puedo comprometerme a una entrega antes del lunes."),
    ("es", "No podemos cancelar su reserva del viernes, porque el plazo ya venció.",
     "Como el plazo ya venció, la cancelación de su reserva del viernes no es posible."),
    ("pt", "Não podemos reembolsar este pedido porque ele foi aberto.",
     "O reembolso está fora de questão, porque o pedido foi aberto."),
    ("pt", "Duas aulas podem ser repostas; a terceira não entra na reposição.",
     "Consigo repor duas aulas; a terceira, infelizmente, não dá para repor."),
])
def test_a_refusal_in_other_words_keeps_the_decision(lang, draft, kept):
    """A refusal said as an idiom ("off the table", "hors de question", "queda descartado",
    "fora de questão"), as a wish that cannot come true ("I wish I could", "ich wünschte, ich
    könnte"), or with the verb of the refused noun ("repor" for "reposição", "m'engager" and
    "commit to" for "guarantee") keeps the decision."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)


@pytest.mark.parametrize("lang,draft,changed", [
    ("en", "We cannot cancel your booking for Friday, as the window to do so has closed.",
     "The window has closed, but we have cancelled your booking for Friday anyway."),
    ("en", "We cannot cancel your booking for Friday, as the window to do so has closed.",
     "The window has closed, though we might still cancel your booking for Friday."),
    ("en", "We can't offer a refund for this order because it was opened.",
     "The order was opened, but a refund is on the table."),
    ("de", "Ihre Buchung für Freitag können wir nicht stornieren, da die Frist abgelaufen ist.",
     "Die Frist ist abgelaufen, trotzdem haben wir Ihre Buchung für Freitag storniert."),
    ("fr", "Nous ne pouvons pas annuler votre réservation de vendredi, le délai étant dépassé.",
     "Le délai est dépassé, mais nous avons annulé votre réservation de vendredi."),
    ("pt", "Não podemos cancelar sua reserva de sexta, pois o prazo já terminou.",
     "O prazo já terminou, mas cancelamos sua reserva de sexta mesmo assim."),
    ("es", "No podemos cancelar su reserva del viernes, porque el plazo ya venció.",
     "El plazo ya venció, pero hemos cancelado su reserva del viernes de todos modos."),
    ("es", "No es posible anular la inscripción al taller de cerámica una vez empezado.",
     "El taller de cerámica ya empezó, pero anulamos su inscripción sin problema."),
    ("pt", "Duas aulas podem ser repostas; a terceira não entra na reposição.",
     "Consigo repor duas aulas, e a terceira também."),
    ("fr", "Je ne peux pas garantir une livraison avant lundi.",
     "Une livraison avant lundi est possible."),
])
def test_a_refusal_made_a_yes_or_a_maybe_is_caught(lang, draft, changed):
    """The same refusals turned into a yes, softened into a maybe or left out are still a
    changed decision: "off the table" refuses only where it is said."""
    assert "decision_changed" in verdict(draft, changed, "", lang)

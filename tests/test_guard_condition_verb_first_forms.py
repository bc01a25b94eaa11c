"""A condition said without "if": by its verb first or an inverted auxiliary ("Steht keines zur
Verfügung, …", "…, und fehlt dann noch eine Blende, kommen wir…", "Läuft alles nach Plan, …",
"Were the fabric to fade, …", "Had you chosen…, …"), by an infinitive ("De no llegar la pieza,
…", "De ser necesario, …"), or as what is lacking by a time limit, in the words for a lack
("failing a reply by Friday", "a falta de respuesta antes del viernes", "faute de réponse d'ici
vendredi", "na falta de resposta até sexta", "mangels Rückmeldung bis Freitag"). Each is read
as a condition in the draft (a rewrite dropping it is caught) and in the rewrite (saying it again
with "if", or saying a draft's "if" in that form, passes). A German verb-first clause is one only
when the main clause follows its comma with its own verb first, and never in a question or an
imperative. Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"

CASES = [
    # (lang, draft, faithful rewrite saying its condition with "if", the rewrite without it)
    ("de", "Der Drucker ist bei uns in Reparatur. Steht keines der Leihgeräte zur Verfügung, "
           "bringe ich Ihnen am Montag unser Vorführgerät vorbei.",
     "Ihr Drucker ist bei uns in Reparatur. Falls keines der Leihgeräte zur Verfügung steht, "
     "bringe ich Ihnen am Montag unser Vorführgerät vorbei.",
     "Ihr Drucker ist bei uns in Reparatur. Am Montag bringe ich Ihnen unser Vorführgerät "
     "vorbei."),
    ("de", "Wir bauen die Küche am Montag ein, und fehlt dann noch eine Blende, kommen wir am "
           "Mittwoch ein zweites Mal.",
     "Wir bauen die Küche am Montag ein; wenn dann noch eine Blende fehlt, kommen wir am "
     "Mittwoch ein zweites Mal.",
     "Wir bauen die Küche am Montag ein und kommen am Mittwoch ein zweites Mal."),
    ("de", "Die Speichen sind bestellt. Läuft alles nach Plan, ist dein Rad am Freitag fertig.",
     "Die Speichen sind bestellt. Wenn alles nach Plan läuft, ist dein Rad am Freitag fertig.",
     "Die Speichen sind bestellt, und dein Rad ist am Freitag fertig."),
    # The condition goes on with what it says ("…, dass …,"); a date's own comma ends nothing;
    # the main clause may be a plea.
    ("de", "Die Pumpe wird geprüft. Stellt sich dabei heraus, dass die Dichtung defekt ist, "
           "tauschen wir sie kostenlos.",
     "Die Pumpe wird geprüft. Wenn sich dabei herausstellt, dass die Dichtung defekt ist, "
     "tauschen wir sie kostenlos.",
     "Die Pumpe wird geprüft, und wir tauschen die Dichtung kostenlos."),
    ("de", "Geht Ihre Zahlung bis Freitag, 12. März, ein, versenden wir die Maschine am Montag.",
     "Wenn Ihre Zahlung bis Freitag, 12. März, eingeht, versenden wir die Maschine am Montag.",
     "Ihre Zahlung geht bis Freitag, 12. März, ein, und wir versenden die Maschine am Montag."),
    ("de", "Hast du die Schmerzen auch in Ruhe, lass das bitte zuerst ärztlich abklären.",
     "Wenn du die Schmerzen auch in Ruhe hast, lass das bitte zuerst ärztlich abklären.",
     "Lass die Schmerzen bitte zuerst ärztlich abklären."),
    ("de", "Sagst du ab, während die Loipe gespurt ist, behalten wir die Anzahlung für die "
           "erste Nacht.",
     "Wenn du absagst, während die Loipe gespurt ist, behalten wir die Anzahlung für die erste "
     "Nacht.",
     "Die Anzahlung für die erste Nacht behalten wir."),
    ("de", "Mangels Rückmeldung bis Freitag stornieren wir die Buchung und erstatten die "
           "Anzahlung.",
     "Wenn wir bis Freitag keine Rückmeldung haben, stornieren wir die Buchung und erstatten "
     "die Anzahlung.",
     "Am Freitag stornieren wir die Buchung und erstatten die Anzahlung."),
    ("en", "The blinds are in stock. Were the fabric to fade within a year, we would replace it "
           "free of charge.",
     "The blinds are in stock. If the fabric faded within a year, we would replace it free of "
     "charge.",
     "The blinds are in stock, and we would replace the fabric free of charge."),
    ("en", "Your tickets are booked for the 14:10 ferry. Had you chosen the flexible fare, we "
           "could move them to a later crossing.",
     "Your tickets are booked for the 14:10 ferry. If you had chosen the flexible fare, we "
     "could move them to a later crossing.",
     "Your tickets are booked for the 14:10 ferry, and we could move them to a later crossing."),
    ("en", "Failing a reply by Friday, we will cancel the booking and refund the deposit.",
     "If we have no reply by Friday, we will cancel the booking and refund the deposit.",
     "On Friday we will cancel the booking and refund the deposit."),
    ("es", "Su lavadora está en el taller. De no llegar la pieza antes del viernes, le "
           "prestamos una lavadora de sustitución.",
     "Su lavadora está en el taller. Si la pieza no llega antes del viernes, le prestamos "
     "una lavadora de sustitución.",
     "Su lavadora está en el taller y antes del viernes le prestamos una lavadora de "
     "sustitución."),
    ("es", "La revisión cuesta 60 euros. De ser necesario, el técnico cambia también el filtro "
           "sin coste.",
     "La revisión cuesta 60 euros. Si es necesario, el técnico cambia también el filtro sin "
     "coste.",
     "La revisión cuesta 60 euros, y el técnico cambia también el filtro sin coste."),
    ("es", "A falta de respuesta antes del viernes, anularemos la reserva y le devolveremos la "
           "señal.",
     "Si no tenemos respuesta antes del viernes, anularemos la reserva y le devolveremos la "
     "señal.",
     "El viernes anularemos la reserva y le devolveremos la señal."),
    ("fr", "Faute de réponse de votre part d'ici vendredi, nous annulerons la réservation et "
           "rembourserons l'acompte.",
     "Si nous n'avons pas de réponse de votre part d'ici vendredi, nous annulerons la "
     "réservation et rembourserons l'acompte.",
     "Vendredi, nous annulerons la réservation et rembourserons l'acompte."),
    ("fr", "À défaut de paiement avant le 3 mars, la commande sera annulée et le stock remis en "
           "vente.",
     "Si le paiement n'arrive pas avant le 3 mars, la commande sera annulée et le stock remis "
     "en vente.",
     "Avant le 3 mars, la commande sera annulée et le stock remis en vente."),
    ("pt", "Na falta de resposta até sexta-feira, cancelamos a reserva e devolvemos o sinal.",
     "Se não tivermos resposta até sexta-feira, cancelamos a reserva e devolvemos o sinal.",
     "Na sexta-feira cancelamos a reserva e devolvemos o sinal."),
    ("pt", "À falta de pagamento antes de 3 de março, a encomenda é anulada e o stock volta à "
           "venda.",
     "Se o pagamento não chegar antes de 3 de março, a encomenda é anulada e o stock volta à "
     "venda.",
     "Antes de 3 de março, a encomenda é anulada e o stock volta à venda."),
]


@pytest.mark.parametrize(("lang", "draft", "faithful", "dropped"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_dropped_condition_is_caught(lang, draft, faithful, dropped):
    assert COND in labels(draft, dropped, lang)


@pytest.mark.parametrize(("lang", "draft", "faithful", "dropped"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_said_with_if_passes(lang, draft, faithful, dropped):
    assert labels(draft, faithful, lang) == []


@pytest.mark.parametrize(("lang", "draft", "faithful", "dropped"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_if_said_in_this_form_passes(lang, draft, faithful, dropped):
    assert labels(faithful, draft, lang) == []


NOT_CONDITIONS = [
    # A German question or imperative opens on its verb too: no condition to keep.
    ("de", "Können Sie uns die Rechnung schicken, damit wir den Betrag erstatten? Die "
           "Erstattung dauert drei Werktage.",
     "Bitte schicken Sie uns die Rechnung, damit wir den Betrag erstatten. Die Erstattung "
     "dauert drei Werktage."),
    ("de", "Schicken Sie uns bitte ein Foto des Schadens, wir prüfen ihn dann sofort.",
     "Bitte schicken Sie uns ein Foto des Schadens; wir prüfen ihn dann sofort."),
    ("en", "Had a look at your photos: the strap is torn, and we will send a new one today.",
     "I looked at your photos: the strap is torn, and we will send a new one today."),
    ("es", "De acuerdo con su contrato, la revisión anual es gratuita y la hacemos en marzo.",
     "Según su contrato, la revisión anual es gratuita y la hacemos en marzo."),
    ("fr", "Faute de stock, nous n'avons pas pu expédier la lampe hier ; elle part lundi.",
     "Par manque de stock, la lampe n'a pas pu partir hier ; elle part lundi."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), NOT_CONDITIONS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_CONDITIONS)])
def test_not_a_condition(lang, draft, rewrite):
    assert COND not in labels(draft, rewrite, lang)

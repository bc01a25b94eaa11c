"""An act the draft makes or refuses, said again in other words, is the draft's: a refusal
answering a label ("Desconto: não é possível", "Rabatt: leider nicht möglich"); this reply
answering in the present ("le respondo a sus dos preguntas", "ich antworte Ihnen gern auf beide
Fragen"), which sends nothing later. German "schenken … aus" (pour) is no gift; "bekommt …
geschenkt" is one. The unsafe neighbours (the act granted after its label, an answer put off
until something happens, a gift added) are still caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

LABELLED = {
    "es": "No podemos reponer el pedido completo sin cargo. Sí podemos enviarle dos cajas a "
          "precio de coste.",
    "pt": "Não podemos dar desconto, porque o preço cobre a viagem. Confirmamos a data de "
          "sábado.",
    "de": "Einen Rabatt können wir leider nicht geben, weil der Preis die Anfahrt deckt. Den "
          "Termin am Samstag bestätigen wir.",
}


@pytest.mark.parametrize("lang,refused", [
    ("es", "Reposición completa sin cargo: no es posible. Lo que sí podemos: dos cajas a precio "
           "de coste."),
    ("pt", "Desconto: não é possível, porque o preço cobre a viagem. Confirmamos a data de "
           "sábado."),
    ("de", "Rabatt: leider nicht möglich, weil der Preis die Anfahrt deckt. Den Termin am "
           "Samstag bestätigen wir."),
])
def test_an_act_refused_after_its_label_passes(lang: str, refused: str) -> None:
    assert labels(LABELLED[lang], refused, lang) == []


@pytest.mark.parametrize("lang,given", [
    ("es", "Reposición completa sin cargo: es posible. Lo que sí podemos: dos cajas a precio "
           "de coste."),
    ("pt", "Desconto: é possível, porque o preço cobre a viagem. Confirmamos a data de "
           "sábado."),
])
def test_an_act_granted_after_its_label_is_caught(lang: str, given: str) -> None:
    assert "decision_changed" in labels(LABELLED[lang], given, lang)


MULLED = ("Glühwein ist nicht im Preis enthalten; wir schenken ihn an der Hütte für 4 Euro pro "
          "Becher aus.")


def test_poured_is_no_gift() -> None:
    assert labels(MULLED, "Der Glühwein ist nicht inbegriffen; an der Hütte kostet der Becher "
                          "4 Euro.", "de") == []


@pytest.mark.parametrize("draft,rewrite", [
    (MULLED, "Der Glühwein ist nicht inbegriffen; an der Hütte kostet der Becher 4 Euro, die "
             "erste Runde geht aber aufs Haus."),
    ("Den Kaffee schenken wir am Stand für 2 Euro ein.", "Den Kaffee schenken wir Ihnen am "
                                                          "Stand."),
    ("Er darf zur Abschlussvorstellung kommen und zuschauen.", "Er darf zur Abschlussvorstellung "
     "kommen und zuschauen, und danach bekommt er von uns ein Jonglierset geschenkt."),
])
def test_a_gift_beside_a_poured_drink_or_received_is_caught(draft: str, rewrite: str) -> None:
    assert "new_commitment:credit" in labels(draft, rewrite, "de")


def test_a_gift_received_restates_the_gift_given() -> None:
    assert labels("Nach der Vorstellung schenken wir jedem Kind ein Jonglierset.",
                  "Nach der Vorstellung bekommt jedes Kind von uns ein Jonglierset geschenkt.",
                  "de") == []


INSPECTION = {
    "es": ("La segunda inspección es gratuita si la realiza antes de fin de mes. Puede pedir "
           "cita por teléfono.",
           "Le respondo a sus dos preguntas. La segunda inspección es gratuita si la realiza "
           "antes de fin de mes. Puede pedir cita por teléfono."),
    "pt": ("A segunda inspeção é gratuita se a fizer antes do fim do mês. Pode marcar por "
           "telefone.",
           "Eu lhe respondo às duas perguntas. A segunda inspeção é gratuita se a fizer antes do "
           "fim do mês. Pode marcar por telefone."),
    "fr": ("Le second contrôle est gratuit si vous le faites avant la fin du mois. Vous pouvez "
           "prendre rendez-vous par téléphone.",
           "Je vous réponds sur les deux points. Le second contrôle est gratuit si vous le faites "
           "avant la fin du mois. Vous pouvez prendre rendez-vous par téléphone."),
    "de": ("Die Nachprüfung ist kostenlos, wenn Sie sie bis Monatsende machen. Einen Termin "
           "bekommen Sie telefonisch.",
           "Ich antworte Ihnen gern auf beide Fragen. Die Nachprüfung ist kostenlos, wenn Sie sie "
           "bis Monatsende machen. Einen Termin bekommen Sie telefonisch."),
}


@pytest.mark.parametrize("lang", sorted(INSPECTION))
def test_this_reply_answering_is_no_notification(lang: str) -> None:
    draft, rewrite = INSPECTION[lang]
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,later", [
    ("es", "Le respondo a sus preguntas en cuanto tenga el informe."),
    ("es", "Le responderé a sus preguntas."),
    ("pt", "Eu lhe respondo às perguntas assim que tiver o relatório."),
    ("fr", "Je vous réponds sur les deux points dès que j'ai le rapport."),
    ("de", "Ich antworte Ihnen auf beide Fragen, sobald ich den Bericht habe."),
    ("de", "Ich werde Ihnen auf beide Fragen antworten."),
])
def test_an_answer_sent_later_is_still_caught(lang: str, later: str) -> None:
    draft, _ = INSPECTION[lang]
    assert any(x.startswith("new_commitment") for x in labels(draft, later + " " + draft, lang))


def test_a_spare_part_on_its_way_is_a_replacement() -> None:
    draft = "Hemos recibido las fotos. Revisaremos la pieza esta semana."
    assert "new_commitment:replacement" in labels(
        draft, draft + " El repuesto ya se está preparando para el envío.", "es")
    assert labels("Le enviaremos un repuesto nuevo. El repuesto ya está preparado.",
                  "El repuesto ya está preparado y le enviaremos uno nuevo.", "es") == []

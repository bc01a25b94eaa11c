"""A condition said as the label of its own sentence or list item (`commitments._labelled`): the
draft's "if you'd rather cancel, we refund the deposit" said as "Cancel: we refund the deposit"
keeps its condition — the label names what the condition asks, the act after the colon is
what it leads to. The customer's wish in it ("you'd rather", "prefiere", "préférez") is theirs
either way; the rest must be named. A label that leaves out part of what the condition asks
(a date), names something else, or a refund with no label at all, still drops it. Every case
is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

EN = ("Your sofa will arrive on the 14th. If you'd rather cancel, we refund the £200 deposit "
      "within 5 days.")
ES = ("Su sofá llegará el día 14. Si prefiere cancelar, le devolvemos la señal de 200 € en 5 "
      "días.")
PT = ("O seu sofá chega no dia 14. Se preferir cancelar, devolvemos-lhe o sinal de 200 € em 5 "
      "dias.")
FR = ("Votre canapé arrivera le 14. Si vous préférez annuler, nous vous remboursons l'acompte "
      "de 200 € sous 5 jours.")
DE = ("Ihr Sofa kommt am 14. Wenn Sie lieber stornieren möchten, erstatten wir Ihnen die "
      "Anzahlung von 200 € innerhalb von 5 Tagen.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", EN, "Your sofa will arrive on the 14th. You have two choices:\n- Keep the order.\n"
               "- Cancel: we refund the £200 deposit within 5 days."),
    ("es", ES, "Su sofá llegará el día 14. Tiene dos opciones:\n- Mantener el pedido.\n"
               "- Cancelar: le devolvemos la señal de 200 € en 5 días."),
    ("pt", PT, "O seu sofá chega no dia 14. Tem duas opções:\n- Manter a encomenda.\n"
               "- Cancelamento: devolvemos-lhe o sinal de 200 € em 5 dias."),
    ("fr", FR, "Votre canapé arrivera le 14. Vous avez deux possibilités :\n- garder la "
               "commande ;\n- annuler : nous vous remboursons l'acompte de 200 € sous 5 jours."),
    ("de", DE, "Ihr Sofa kommt am 14. Sie haben zwei Möglichkeiten:\n- Bestellung behalten.\n"
               "- Stornieren: Wir erstatten Ihnen die Anzahlung von 200 € innerhalb von 5 "
               "Tagen."),
])
def test_the_condition_as_a_label_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


DATED_EN = ("Your sofa will arrive on the 14th. If you cancel before Friday, we refund the £200 "
            "deposit within 5 days.")
DATED_ES = ("Su sofá llegará el día 14. Si cancela antes del viernes, le devolvemos la señal de "
            "200 € en 5 días.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    # No label: the refund is given outright.
    ("en", EN, "Your sofa will arrive on the 14th, and we refund the £200 deposit within 5 "
               "days."),
    ("fr", FR, "Votre canapé arrivera le 14, et nous vous remboursons l'acompte de 200 € sous 5 "
               "jours."),
    # The label leaves out the date the condition asks for.
    ("en", DATED_EN, "Your sofa will arrive on the 14th. You have two choices:\n- Keep the "
                     "order.\n- Cancel: we refund the £200 deposit within 5 days."),
    ("es", DATED_ES, "Su sofá llegará el día 14. Tiene dos opciones:\n- Mantener el pedido.\n"
                     "- Cancelar: le devolvemos la señal de 200 € en 5 días."),
    # The label names something else.
    ("pt", PT, "O seu sofá chega no dia 14. Tem duas opções:\n- Manter a encomenda.\n"
               "- Entrega: devolvemos-lhe o sinal de 200 € em 5 dias."),
    ("de", DE, "Ihr Sofa kommt am 14. Sie haben zwei Möglichkeiten:\n- Bestellung behalten.\n"
               "- Lieferung: Wir erstatten Ihnen die Anzahlung von 200 € innerhalb von 5 "
               "Tagen."),
])
def test_a_condition_the_label_does_not_name_is_dropped(lang: str, draft: str,
                                                          rewrite: str) -> None:
    assert "new_commitment:refund" in labels(draft, rewrite, lang)

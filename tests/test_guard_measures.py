"""A number keeps the unit the draft measures it in, both ways: the same unit said in other
words passes ("3 cm" as "3 centimetres"), another unit on the same number is a changed fact
("3 cm" as "3 mm", "2 weeks" as "2 days"). Every case is written for this file, in five
languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,draft,same,changed", [
    ("en", "The crack in the tank lid is 4 cm long; a new lid takes 2 weeks to arrive.",
     "The crack in the tank lid measures 4 centimetres, and a new lid takes 2 weeks to arrive.",
     "The crack in the tank lid is 4 mm long; a new lid takes 2 weeks to arrive."),
    ("de", "Ihr Tarif enthält 20 GB Datenvolumen; das Upgrade gilt ab sofort für 3 Monate.",
     "Im Tarif sind 20 GB Datenvolumen enthalten, und das Upgrade gilt ab sofort 3 Monate lang.",
     "Ihr Tarif enthält 20 GB Datenvolumen; das Upgrade gilt ab sofort für 3 Wochen."),
    ("es", "La mochila de repuesto pesa 2 kg y la entregamos a 15 km de su casa.",
     "La mochila de repuesto pesa 2 kilos y la entregamos a 15 kilómetros de su casa.",
     "La mochila de repuesto pesa 2 kg y la entregamos a 15 m de su casa."),
    ("fr", "Le tapis fait 6 mètres carrés ; le nettoyage prend 48 heures.",
     "Le nettoyage du tapis de 6 m² prend 48 heures.",
     "Le tapis fait 6 mètres carrés ; le nettoyage prend 48 jours."),
    ("pt", "O reservatório tem 500 litros e a instalação leva 90 minutos.",
     "A instalação do reservatório de 500 litros leva 90 minutos.",
     "O reservatório tem 500 ml e a instalação leva 90 minutos."),
])
def test_a_number_keeps_the_unit_it_is_measured_in(lang, draft, same, changed):
    assert "fact_missing" not in verdict(draft, same, "", lang)
    assert "another fact" in verdict(draft, changed, "", lang)["fact_missing"]


def test_business_days_and_calendar_days_stay_their_own_check():
    """Working days said as days is `day_counts_kept`'s finding, said once, not a unit too."""
    draft = "The refund reaches your card within 5 business days."
    said = verdict(draft, "The refund reaches your card within 5 days.", "", "en")
    assert said["fact_missing"].count("|") == 0

"""German "sollte"/"sollten" is a condition only where it opens its clause before its subject
and the clause goes on past a comma ("Sollte das Regal beschädigt ankommen, ersetzen wir
es"); inside a clause a condition word opens it is that condition's own ("falls die
Lieferung sich verzögern sollte"); after "Sie", "du", "ihr" or "man" it advises ("Sie
sollten das Gerät nicht benutzen"); elsewhere it says what is expected, a hedge on the likely
step ("die Figuren sollten bis Freitag da sein"), as "should arrive" is (lang/de.json
`hedges`, `not_hedges`, `condition_patterns`). Written for this rule (none comes from a
corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

SENT = ("Hallo Herr Graf, danke für Ihre Geduld. Die Figuren sind verschickt und sollten bis "
        "Freitag bei Ihnen sein. Viele Grüße, Beat")
PART = ("Hallo Frau Lutz, danke für die Fotos. Das Ersatzteil ist bestellt; es sollte Ende Mai "
        "eintreffen. Viele Grüße, Beat")
DAMAGED = ("Hallo Frau Lutz, danke für die Fotos. Sollte das Regal beschädigt ankommen, ersetzen "
           "wir es kostenlos. Viele Grüße, Beat")
LATE = ("Hallo Frau Lutz, danke für die Nachricht. Falls die Lieferung sich verzögern sollte, "
        "erstatten wir die Versandkosten. Viele Grüße, Beat")
ADVICE = ("Hallo Frau Lutz, danke für die Fotos. Sie sollten das Gerät bis zur Reparatur nicht "
          "benutzen. Viele Grüße, Beat")


@pytest.mark.parametrize(("draft", "rewrite"), [
    (SENT, "Hallo Herr Graf, danke für Ihre Geduld. Die Figuren sind verschickt und dürften bis "
           "Freitag bei Ihnen sein. Viele Grüße, Beat"),
    (SENT, "Hallo Herr Graf, danke für Ihre Geduld. Die Figuren sind verschickt und "
           "voraussichtlich bis Freitag bei Ihnen. Viele Grüße, Beat"),
    (PART, "Hallo Frau Lutz, danke für die Fotos. Das Ersatzteil ist bestellt und kommt "
           "voraussichtlich Ende Mai. Viele Grüße, Beat"),
    (DAMAGED, "Hallo Frau Lutz, danke für die Fotos. Falls das Regal beschädigt ankommt, "
              "ersetzen wir es kostenlos. Viele Grüße, Beat"),
    (ADVICE, "Hallo Frau Lutz, danke für die Fotos. Bitte benutzen Sie das Gerät bis zur "
             "Reparatur nicht. Viele Grüße, Beat"),
    (LATE, "Hallo Frau Lutz, danke für die Nachricht. Sollte sich die Lieferung verzögern, "
           "erstatten wir die Versandkosten. Viele Grüße, Beat"),
])
def test_sollte_said_again_as_likely_as_a_condition_or_as_advice_passes_clean(draft, rewrite):
    assert verdict(draft, rewrite, "", "de") == {}


@pytest.mark.parametrize(("draft", "rewrite"), [
    (SENT, "Hallo Herr Graf, danke für Ihre Geduld. Die Figuren sind verschickt und sind bis "
           "Freitag bei Ihnen. Viele Grüße, Beat"),
    (SENT, "Hallo Herr Graf, danke für Ihre Geduld. Die Figuren sind verschickt und werden bis "
           "Freitag bei Ihnen sein. Viele Grüße, Beat"),
    (PART, "Hallo Frau Lutz, danke für die Fotos. Das Ersatzteil ist bestellt und kommt Ende "
           "Mai. Viele Grüße, Beat"),
    (DAMAGED, "Hallo Frau Lutz, danke für die Fotos. Wir ersetzen das Regal kostenlos. Viele "
              "Grüße, Beat"),
    (LATE, "Hallo Frau Lutz, danke für die Nachricht. Wir erstatten die Versandkosten. Viele "
           "Grüße, Beat"),
])
def test_what_sollte_hedges_said_as_certain_or_its_condition_dropped_is_caught(draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", "de")

"""An act we offer gladly ("I'm happy to collect it myself", "gerne hole ich es ab", "je me
ferai un plaisir de", "con gusto paso a recogerlo", "tenho todo o gosto em") is a promise as
"we'll" is: new when no draft sentence names it. The draft's own offer said gladly is the
draft's, and being glad to help, answer or tell offers no act."""

import pytest

from tests.masked_guard import verdict

DRAFT = {
    "en": "Thank you for the photos. You can bring the panel to our studio on Tuesday for a free"
          " inspection. If the crack came from our work, we'll replace the pane at no cost.",
    "de": "Vielen Dank für die Fotos. Sie können die Scheibe am Dienstag in unsere Werkstatt"
          " bringen, die Prüfung ist kostenlos. Falls der Riss von unserer Arbeit stammt,"
          " ersetzen wir die Scheibe kostenlos.",
    "fr": "Merci pour les photos. Vous pouvez apporter le vitrail mardi à notre atelier pour une"
          " inspection gratuite. Si la fissure vient de notre travail, nous remplacerons la vitre"
          " sans frais.",
    "es": "Gracias por las fotos. Puede traer el vitral el martes a nuestro taller para una"
          " inspección gratuita. Si la grieta se debe a nuestro trabajo, le cambiaremos el vidrio"
          " sin costo.",
    "pt": "Obrigado pelas fotos. Pode trazer o painel à nossa oficina na terça-feira para uma"
          " inspeção gratuita. Se a fissura tiver sido causada pelo nosso trabalho, substituímos"
          " o vidro sem custo.",
}
OFFERED = [
    ("en", "I'm happy to collect the panel from you myself if that's easier."),
    ("en", "We'd be glad to pick the panel up from your house."),
    ("en", "Happy to drive over and fetch the panel from your home."),
    ("de", "Gerne hole ich die Scheibe auch selbst bei Ihnen ab."),
    ("de", "Ich hole die Scheibe gerne bei Ihnen zu Hause ab."),
    ("de", "Die Scheibe bringen wir Ihnen gerne nach Hause."),
    ("fr", "Je me ferai un plaisir de venir chercher le vitrail chez vous."),
    ("fr", "Je suis tout à fait disposée à passer récupérer le vitrail à votre domicile."),
    ("es", "Con gusto paso a recoger el vitral a su casa."),
    ("pt", "Tenho todo o gosto em ir buscar o painel a sua casa."),
    ("pt", "Com todo o gosto passo aí para recolher o painel."),
    ("pt", "Ficamos felizes em pintar a moldura de novo."),
]
COURTESY = [
    ("en", "Happy to help with anything else."),
    ("en", "I'm glad to hear the rest of the door is fine."),
    ("de", "Bei Fragen helfe ich Ihnen gerne weiter."),
    ("de", "Gerne beantworte ich Ihre weiteren Fragen."),
    ("fr", "Je serai ravie de vous aider si vous avez d'autres questions."),
    ("es", "Con gusto le ayudo con cualquier otra duda."),
    ("pt", "Com todo o gosto, esclareço qualquer outra dúvida."),
]
RESTATED = {
    "en": "Thank you for the photos. I'm happy to inspect the panel for free at our studio on"
          " Tuesday if you bring it in. If the crack came from our work, we'll replace the pane"
          " at no cost.",
    "de": "Vielen Dank für die Fotos. Gerne prüfen wir die Scheibe am Dienstag kostenlos in"
          " unserer Werkstatt, wenn Sie sie vorbeibringen. Falls der Riss von unserer Arbeit"
          " stammt, ersetzen wir die Scheibe kostenlos.",
    "fr": "Merci pour les photos. Je me ferai un plaisir d'inspecter gratuitement le vitrail"
          " mardi à notre atelier si vous l'apportez. Si la fissure vient de notre travail, nous"
          " remplacerons la vitre sans frais.",
    "es": "Gracias por las fotos. Con gusto revisamos el vitral gratis el martes en nuestro"
          " taller si lo trae. Si la grieta se debe a nuestro trabajo, le cambiaremos el vidrio"
          " sin costo.",
    "pt": "Obrigado pelas fotos. Teremos todo o gosto em inspecionar o painel gratuitamente na"
          " nossa oficina na terça-feira, se o trouxer. Se a fissura tiver sido causada pelo"
          " nosso trabalho, substituímos o vidro sem custo.",
}


@pytest.mark.parametrize("lang,added", OFFERED)
def test_an_act_offered_gladly_that_the_draft_never_makes_is_new(lang: str, added: str) -> None:
    assert "new_commitment" in verdict(DRAFT[lang], DRAFT[lang] + " " + added, "", lang)


@pytest.mark.parametrize("lang,added", COURTESY)
def test_being_glad_to_help_or_to_hear_offers_no_act(lang: str, added: str) -> None:
    assert verdict(DRAFT[lang], DRAFT[lang] + " " + added, "", lang) == {}


@pytest.mark.parametrize("lang", sorted(RESTATED))
def test_the_drafts_own_offer_said_gladly_passes(lang: str) -> None:
    assert verdict(DRAFT[lang], RESTATED[lang], "", lang) == {}


def test_the_drafts_offer_to_ask_said_gladly_passes() -> None:
    draft = ("Eine Mitfahrt ist nur nach Genehmigung der Betriebsleitung möglich; ich kann sie"
             " gern anfragen, zusagen kann ich sie nicht.")
    assert verdict(draft, "Eine Mitfahrt geht nur mit Genehmigung der Betriebsleitung – ich"
                   " frage gern für Sie an, kann es aber nicht versprechen.", "", "de") == {}
    assert "new_commitment" in verdict(draft, draft + " Ich hole Sie gern am Bahnhof ab.", "",
                                       "de")

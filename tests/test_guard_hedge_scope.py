"""Where a hedge reaches and which words are hedges: a clause drawing a consequence ("…, então
ele deve voltar até terça") says its own thing under its own hedge, so a hedge of the clause
before it ("costuma levar 4 dias") does not keep it soft; French "sans doute" and
"vraisemblablement" mean "probably". Written for this rule (none comes from a corpus set):
each faithful restating passes clean, each firmer one is caught."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

PT_SO = ("Olá Rita, obrigado pelas fotos. Normalmente esse conserto leva 4 dias, então a mesa "
         "deve voltar até terça-feira. Abraço, Jorge")
ES_SO = ("Hola Marta, gracias por las fotos. El arreglo suele llevar 4 días, así que la mesa "
         "debería volver el martes. Un saludo, Jorge")
PT_PLURAL = ("Olá Rita, obrigado pela paciência. Vou dar uma segunda demão e, se o tempo ajudar, "
             "os bancos devem ficar prontos na sexta-feira. Abraço, Jorge")
FR_PROBABLY = ("Bonjour Paul, merci pour votre message. Notre technicien passera "
               "probablement la semaine prochaine pour le réglage. Bien à vous, Claire")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("pt", PT_SO, "Olá Rita, obrigado pelas fotos. Esse conserto costuma levar 4 dias, então a "
                  "mesa volta até terça-feira. Abraço, Jorge"),
    ("pt", PT_SO, "Olá Rita, obrigado pelas fotos. Em geral são 4 dias de conserto, então a "
                  "mesa vai estar de volta até terça-feira. Abraço, Jorge"),
    ("es", ES_SO, "Hola Marta, gracias por las fotos. El arreglo suele llevar 4 días, así que "
                  "la mesa vuelve el martes. Un saludo, Jorge"),
    ("pt", PT_PLURAL, "Olá Rita, obrigado pela paciência. Vou dar uma segunda demão e, se o "
                      "tempo ajudar, os bancos vão ficar prontos na sexta-feira. Abraço, Jorge"),
    ("fr", FR_PROBABLY, "Bonjour Paul, merci pour votre message. Notre technicien passe la "
                        "semaine prochaine pour le réglage. Bien à vous, Claire"),
])
def test_a_hedge_out_of_reach_or_said_firmly_is_caught(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("pt", PT_SO, "Olá Rita, obrigado pelas fotos. Esse conserto costuma levar 4 dias, por isso "
                  "a mesa deve estar de volta até terça-feira. Abraço, Jorge"),
    ("es", ES_SO, "Hola Marta, gracias por las fotos. Normalmente el arreglo lleva 4 días, así "
                  "que la mesa debería volver el martes. Un saludo, Jorge"),
    ("pt", PT_PLURAL, "Olá Rita, obrigado pela paciência. Se o tempo ajudar, depois de uma "
                      "segunda demão, os bancos devem estar prontos na sexta-feira. Abraço, "
                      "Jorge"),
    ("fr", FR_PROBABLY, "Bonjour Paul, merci pour votre message. Notre technicien viendra sans "
                        "doute la semaine prochaine pour le réglage. Bien à vous, Claire"),
    ("fr", FR_PROBABLY, "Bonjour Paul, merci pour votre message. Notre technicien passera "
                        "vraisemblablement la semaine prochaine pour le réglage. Bien à vous, "
                        "Claire"),
])
def test_a_hedge_kept_where_it_reaches_passes_clean(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}

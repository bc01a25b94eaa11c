"""A hedge said in other words keeps it (lang/*.json `hedges`, `estimates`, `not_hedges`):
what we reckon on ("ich rechne damit, dass…", "cuento con tener…", "je compte sur le 8 mai"),
what experience tells ("aus Erfahrung", "in our experience", "por experiencia"), "mais ou
menos", "lo más seguro es que" are on the likely step, as "voraussichtlich", "debería",
"devraient", "erfahrungsgemäß", "usually", "uns", "lo más probable" are; the same sentence
said as what will happen is still firmer, and "ich rechne damit" is no act of ours (it says
what we expect, not what we will do). And two readings that hedge nothing: "comme prévu",
"como estaba previsto" say "as planned", and "no podrá" says what will not happen. Written
for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

DE_READY = ("Hallo Frau Brandt, danke für Ihre Nachricht. Wenn Sie bis Montag zusagen, ist das "
            "Regal voraussichtlich am 12. Mai fertig. Viele Grüße, Jonas")
ES_READY = ("Hola Marta, gracias por escribir. Si la madera seca bien, la mesa debería estar "
            "terminada el 14 de mayo. Un saludo, Pablo")
FR_READY = ("Bonjour Madame Roche, merci pour votre patience. Les autres pièces devraient être "
            "prêtes le 8 mai, si la cuisson se passe bien. Bien à vous, Inès")
DE_SEATS = ("Hallo Herr Lenz, der Kurs ist voll. Erfahrungsgemäß werden bis Weihnachten einige "
            "Plätze frei. Viele Grüße, Petra")
EN_SEATS = ("Hi Sam, the course is full. Usually a few places free up before Christmas. Best, "
            "Petra")
ES_SEATS = ("Hola Sara, el curso está completo. Normalmente se liberan algunas plazas antes de "
            "Navidad. Un saludo, Petra")
PT_CURE = ("Olá Rui, as cabaças novas já estão separadas e precisam de uns 10 dias de cura antes "
           "da gravação. Abraço, Tiago")
ES_LIKELY = ("Hola Lucía, con este otoño tan seco, lo más probable es que encontremos pocas "
             "setas. Un saludo, Ana")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("de", DE_READY, "Hallo Frau Brandt, danke für Ihre Nachricht. Wenn Sie bis Montag zusagen, "
                     "rechne ich damit, dass das Regal am 12. Mai fertig ist. Viele Grüße, Jonas"),
    ("es", ES_READY, "Hola Marta, gracias por escribir. Si la madera seca bien, cuento con tener "
                     "la mesa terminada el 14 de mayo. Un saludo, Pablo"),
    ("fr", FR_READY, "Bonjour Madame Roche, merci pour votre patience. Pour les autres pièces, je "
                     "compte sur le 8 mai, si la cuisson se passe bien. Bien à vous, Inès"),
    ("de", DE_SEATS, "Hallo Herr Lenz, der Kurs ist voll. Aus Erfahrung werden bis Weihnachten "
                     "einige Plätze frei. Viele Grüße, Petra"),
    ("en", EN_SEATS, "Hi Sam, the course is full. In our experience, a few places free up before "
                     "Christmas. Best, Petra"),
    ("es", ES_SEATS, "Hola Sara, el curso está completo. Por experiencia, se liberan algunas "
                     "plazas antes de Navidad. Un saludo, Petra"),
    ("pt", PT_CURE, "Olá Rui, as cabaças novas já estão separadas e precisam de mais ou menos 10 "
                    "dias de cura antes da gravação. Abraço, Tiago"),
    ("es", ES_LIKELY, "Hola Lucía, con este otoño tan seco, lo más seguro es que encontremos "
                      "pocas setas. Un saludo, Ana"),
    ("es", ES_LIKELY, "Hola Lucía, con este otoño tan seco, lo previsible es que encontremos "
                      "pocas setas. Un saludo, Ana"),
])
def test_a_hedge_said_in_other_words_passes_clean(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("de", DE_READY, "Hallo Frau Brandt, danke für Ihre Nachricht. Wenn Sie bis Montag zusagen, "
                     "ist das Regal am 12. Mai fertig. Viele Grüße, Jonas"),
    ("es", ES_READY, "Hola Marta, gracias por escribir. Si la madera seca bien, la mesa estará "
                     "terminada el 14 de mayo. Un saludo, Pablo"),
    ("fr", FR_READY, "Bonjour Madame Roche, merci pour votre patience. Les autres pièces seront "
                     "prêtes le 8 mai, si la cuisson se passe bien. Bien à vous, Inès"),
    ("de", DE_SEATS, "Hallo Herr Lenz, der Kurs ist voll. Bis Weihnachten werden einige Plätze "
                     "frei, versprochen. Viele Grüße, Petra"),
    ("en", EN_SEATS, "Hi Sam, the course is full. A few places will free up before Christmas. "
                     "Best, Petra"),
    ("es", ES_SEATS, "Hola Sara, el curso está completo. Se liberarán algunas plazas antes de "
                     "Navidad. Un saludo, Petra"),
    ("pt", PT_CURE, "Olá Rui, as cabaças novas já estão separadas e vão precisar de 10 dias de "
                    "cura antes da gravação. Abraço, Tiago"),
    ("es", ES_LIKELY, "Hola Lucía, con este otoño tan seco, encontraremos pocas setas. Un saludo, "
                      "Ana"),
])
def test_the_same_said_as_what_will_happen_is_still_firmer(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


FR_PLANNED = ("Bonjour Léa, notre plombier s'est blessé. S'il est rétabli d'ici jeudi, il "
              "viendra comme prévu ; sinon nous envoyons un collègue. Bien à vous, Marc")
ES_PLANNED = ("Hola Léa, nuestro fontanero se ha lesionado. Si se recupera antes del jueves, "
              "irá como estaba previsto; si no, enviamos a un compañero. Un saludo, Marc")
PT_PLANNED = ("Olá Léa, o nosso canalizador magoou-se. Se recuperar até quinta, vai como estava "
              "previsto; se não, enviamos um colega. Cumprimentos, Marc")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("fr", FR_PLANNED, "Bonjour Léa, notre plombier s'est blessé. S'il est rétabli d'ici jeudi, "
                       "il viendra ; sinon, un collègue le remplace. Bien à vous, Marc"),
    ("es", ES_PLANNED, "Hola Léa, nuestro fontanero se ha lesionado. Si se recupera antes del "
                       "jueves, irá él; si no, enviamos a un compañero. Un saludo, Marc"),
    ("pt", PT_PLANNED, "Olá Léa, o nosso canalizador magoou-se. Se recuperar até quinta, vai ele; "
                       "se não, enviamos um colega. Cumprimentos, Marc"),
    ("es", "Hola Iker, Ane no podrá cantar el sábado: tiene una final. Un saludo, Maite",
     "Hola Iker, Ane no canta el sábado: tiene una final. Un saludo, Maite"),
])
def test_as_planned_and_will_not_be_able_hedge_nothing(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("fr", FR_PLANNED, "Bonjour Léa, notre plombier s'est blessé. Il sera rétabli d'ici jeudi "
                       "et viendra comme prévu. Bien à vous, Marc"),
    ("es", "Hola Iker, si nos mandáis los datos antes del viernes, podrán preparar los temas. "
           "Un saludo, Maite",
     "Hola Iker, si nos mandáis los datos antes del viernes, prepararán los temas. Un saludo, "
     "Maite"),
])
def test_a_dropped_condition_or_a_firmer_can_is_still_caught(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)

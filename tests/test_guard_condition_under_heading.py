"""A heading before a colon that only names a topic ("As for the bike on Saturday:", "Sobre
…", "Zum …", `topic_heading`) or three words of the draft sentence outside its condition ("-
Bike on Saturday:") states nothing of its own: the draft's condition, said in the part after
it where that part says the drafted step again, covers it (`conditions._scoped`), wherever in
the part the condition stands. A step stated before the colon with the condition on the
customer's step after it, a condition turned into a plain fact, or put on another step after
a semicolon, is still caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

D = {
    "en": "Your bike is in the workshop. If the new brake part arrives by Thursday, we can "
          "return the bike on Saturday.",
    "es": "Su bicicleta está en el taller. Si la pieza nueva del freno llega antes del jueves, "
          "podemos devolverle la bicicleta el sábado.",
    "pt": "A sua bicicleta está na oficina. Se a peça nova do travão chegar até quinta-feira, "
          "podemos devolver-lhe a bicicleta no sábado.",
    "fr": "Votre vélo est à l'atelier. Si la nouvelle pièce de frein arrive d'ici jeudi, nous "
          "pouvons vous rendre le vélo samedi.",
    "de": "Ihr Fahrrad ist in der Werkstatt. Wenn das neue Bremsteil bis Donnerstag ankommt, "
          "können wir Ihnen das Fahrrad am Samstag zurückgeben.",
}


@pytest.mark.parametrize("lang,rewrite", [
    ("en", "Your bike is in the workshop. As for the bike on Saturday: if the new brake part "
           "arrives by Thursday, we can return the bike then."),
    ("en", "Your bike is in the workshop.\n- Bike on Saturday: if the new brake part arrives by "
           "Thursday, we can return the bike then."),
    ("es", "Su bicicleta está en el taller. Sobre la bicicleta el sábado: si la pieza nueva del "
           "freno llega antes del jueves, podemos devolverle la bicicleta ese día."),
    ("es", "Su bicicleta está en el taller.\n- Bicicleta el sábado: si la pieza nueva del freno "
           "llega antes del jueves, podemos devolverle la bicicleta ese día."),
    ("pt", "A sua bicicleta está na oficina. Quanto à bicicleta no sábado: se a peça nova do "
           "travão chegar até quinta-feira, podemos devolver-lhe a bicicleta nesse dia."),
    ("pt", "A sua bicicleta está na oficina.\n- Bicicleta no sábado: se a peça nova do travão "
           "chegar até quinta-feira, podemos devolver-lhe a bicicleta nesse dia."),
    ("fr", "Votre vélo est à l'atelier. Pour le vélo samedi : si la nouvelle pièce de frein "
           "arrive d'ici jeudi, nous pouvons vous rendre le vélo ce jour-là."),
    ("fr", "Votre vélo est à l'atelier.\n- Vélo samedi : si la nouvelle pièce de frein arrive "
           "d'ici jeudi, nous pouvons vous rendre le vélo ce jour-là."),
    ("de", "Ihr Fahrrad ist in der Werkstatt. Zum Fahrrad am Samstag: Wenn das neue Bremsteil "
           "bis Donnerstag ankommt, können wir Ihnen das Fahrrad an dem Tag zurückgeben."),
    ("de", "Ihr Fahrrad ist in der Werkstatt.\n- Fahrrad am Samstag: Wenn das neue Bremsteil "
           "bis Donnerstag ankommt, können wir Ihnen das Fahrrad an dem Tag zurückgeben."),
])
def test_the_condition_after_a_heading_covers_it(lang: str, rewrite: str) -> None:
    assert labels(D[lang], rewrite, lang) == []


@pytest.mark.parametrize("lang,rewrite", [
    # The step stated before the colon, the condition on the customer's step after it.
    ("en", "Your bike is in the workshop. We can return the bike on Saturday: just tell us if "
           "the new brake part has not arrived by Thursday."),
    ("es", "Su bicicleta está en el taller. Podemos devolverle la bicicleta el sábado: avísenos "
           "si la pieza nueva del freno no ha llegado el jueves."),
    ("pt", "A sua bicicleta está na oficina. Podemos devolver-lhe a bicicleta no sábado: "
           "avise-nos se a peça nova do travão não tiver chegado até quinta-feira."),
    ("fr", "Votre vélo est à l'atelier. Nous pouvons vous rendre le vélo samedi : prévenez-nous "
           "si la nouvelle pièce de frein n'est pas arrivée jeudi."),
    ("de", "Ihr Fahrrad ist in der Werkstatt. Wir können Ihnen das Fahrrad am Samstag "
           "zurückgeben: Sagen Sie uns Bescheid, falls das neue Bremsteil bis Donnerstag nicht "
           "angekommen ist."),
    # The condition said as a plain fact after the heading.
    ("en", "Your bike is in the workshop. About Saturday: we can return the bike that day, and "
           "the new brake part arrives by Thursday."),
    # The condition put on another step, after a semicolon.
    ("en", "Your bike is in the workshop. About Saturday: we can return the bike then; if the "
           "new brake part arrives by Thursday, we will also clean it."),
    ("es", "Su bicicleta está en el taller. Sobre el sábado: podemos devolverle la bicicleta ese "
           "día; si la pieza del freno llega antes del jueves, también la limpiamos."),
    ("pt", "A sua bicicleta está na oficina. Quanto ao sábado: podemos devolver-lhe a bicicleta "
           "nesse dia; se a peça do travão chegar até quinta-feira, também a limpamos."),
    ("fr", "Votre vélo est à l'atelier. Pour samedi : nous pouvons vous rendre le vélo ce "
           "jour-là ; si la pièce de frein arrive d'ici jeudi, nous le nettoyons aussi."),
    ("de", "Ihr Fahrrad ist in der Werkstatt. Zum Samstag: Wir können Ihnen das Fahrrad an dem "
           "Tag zurückgeben; wenn das Bremsteil bis Donnerstag ankommt, reinigen wir es auch."),
])
def test_a_step_left_without_the_condition_is_caught(lang: str, rewrite: str) -> None:
    assert "new_commitment:condition" in labels(D[lang], rewrite, lang)

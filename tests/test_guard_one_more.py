"""A value of the draft said again among the draft's own words is the draft's value restated
("Price: $12 per student" after "the rate stays at $12 per student"); said as a second one
beside it ("another $12 per student", "12 € de plus par élève", "weitere 12 € pro Kind") it is a
second sum, however many of the draft's words stand next to it. Every case is written for this
file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels


@pytest.mark.parametrize("lang,draft,restated,another", [
    ("en", "The rate stays at $12 per student; the hayride does not change the price.",
     "The rate stays at $12 per student; the hayride does not change the price. Price: $12 "
     "per student.",
     "The rate stays at $12 per student; the hayride does not change the price. And another "
     "$12 per student goes to the class fund."),
    ("de", "Der Preis bleibt bei 12 € pro Kind; die Kutschfahrt ändert daran nichts.",
     "Der Preis bleibt bei 12 € pro Kind; die Kutschfahrt ändert daran nichts. Preis: 12 € "
     "pro Kind.",
     "Der Preis bleibt bei 12 € pro Kind; die Kutschfahrt ändert daran nichts. Weitere 12 € "
     "pro Kind gehen an die Klassenkasse."),
    ("es", "La tarifa sigue en 12 € por alumno; el paseo en carro no cambia el precio.",
     "La tarifa sigue en 12 € por alumno; el paseo en carro no cambia el precio. Precio: "
     "12 € por alumno.",
     "La tarifa sigue en 12 € por alumno; el paseo en carro no cambia el precio. Y otros "
     "12 € por alumno van al fondo de la clase."),
    ("fr", "Le tarif reste à 12 € par élève ; la balade en charrette ne change pas le prix.",
     "Le tarif reste à 12 € par élève ; la balade en charrette ne change pas le prix. Prix : "
     "12 € par élève.",
     "Le tarif reste à 12 € par élève ; la balade en charrette ne change pas le prix. Et "
     "12 € de plus par élève vont à la caisse de la classe."),
    ("pt", "O preço continua em 12 € por aluno; o passeio de carroça não muda o valor.",
     "O preço continua em 12 € por aluno; o passeio de carroça não muda o valor. Preço: "
     "12 € por aluno.",
     "O preço continua em 12 € por aluno; o passeio de carroça não muda o valor. E outros "
     "12 € por aluno vão para o fundo da turma."),
])
def test_a_value_said_again_or_as_another(lang, draft, restated, another):
    assert "fact_duplicated" not in labels(draft, restated, lang)
    assert "fact_duplicated" in labels(draft, another, lang)

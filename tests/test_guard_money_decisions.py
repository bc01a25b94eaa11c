"""Money and decisions said in other words, both ways (every case written for this file):

- a refused free thing whose "can't" stands further back in its clause than a few words ("I
  can't redo the whole tasting menu at no charge") is no gift; a free thing with no "can't"
  in its clause still is one;
- a refusal said again with the decision's act in a form that names it only when refused
  (es "no se devuelven", "no lo devuelvo"; pt "o valor não volta"; de "gibt es … zurück")
  or with another noun for the same thing (de "Leihgerät", "eine längere Frist"; es
  "cambiar"; pt "abatimento"); the unsafe neighbour, the refusal dropped, still caught;
- a draft's free thing read as a refusal ("we replace it at no charge") is kept by the
  rewrite's free thing in any credit phrase ("free of charge"), not only one with "without".
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, verdict


@pytest.mark.parametrize("lang,draft,said", [
    ("en", "We don't redo tasting menus free of charge.",
     "I can't redo the whole tasting menu for you at no charge."),
    ("pt", "Não refazemos as molduras sem custo.",
     "Não consigo refazer as duas molduras de madeira sem custo."),
    ("es", "No repetimos la sesión de fotos sin coste.",
     "No puedo repetir toda la sesión de fotos del sábado sin coste."),
    ("fr", "Nous ne refaisons pas la séance gratuitement.",
     "Je ne peux pas refaire toute la séance de samedi gratuitement."),
])
def test_a_refused_free_thing_is_no_gift(lang: str, draft: str, said: str) -> None:
    found = labels(draft, said, lang)
    assert "new_commitment:credit" not in found and "new_commitment:discount" not in found


@pytest.mark.parametrize("lang,draft,unsafe", [
    ("en", "We don't redo tasting menus free of charge.",
     "I can't believe the kitchen got it wrong, so we'll redo the tasting menu at no charge."),
    ("pt", "Não refazemos as molduras sem custo.",
     "Refaço as duas molduras de madeira sem custo, e não cobro o envio."),
])
def test_a_free_thing_beside_a_stray_no_is_still_a_gift(lang: str, draft: str,
                                                        unsafe: str) -> None:
    found = labels(draft, unsafe, lang)
    assert "new_commitment:credit" in found or "new_commitment:discount" in found \
        or "decision_changed" in found


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("es", "No podemos devolver las cuotas ya pagadas, porque el curso empezó.",
     "Las cuotas ya pagadas no se devuelven, porque el curso empezó.",
     "Las cuotas ya pagadas se quedan en su ficha, porque el curso empezó."),
    ("es", "El primer pedido no lo podemos devolver, porque llegó bien.",
     "Primer pedido: no lo devuelvo, porque llegó bien.",
     "Primer pedido: lo revisamos, porque llegó bien."),
    ("pt", "Não dá para devolver o valor em dinheiro, porque o acerto é em produto.",
     "O valor não volta em dinheiro, porque o acerto é em produto.",
     "O valor fica registado, porque o acerto é em produto."),
    ("de", "Wer absagt, bekommt die Gebühr nur bis Freitag zurück, danach nicht mehr.",
     "Bei einer Absage gibt es die Gebühr nur bis Freitag zurück, danach nicht mehr.",
     "Bei einer Absage kümmern wir uns um die Gebühr."),
    ("de", "Ein Ersatzgerät können wir Ihnen leider nicht anbieten.",
     "Ein Leihgerät kann ich Ihnen leider nicht anbieten.",
     "Ein Leihgerät bringe ich Ihnen morgen vorbei."),
    ("de", "Eine Verlängerung der Frist ist nicht möglich.",
     "Eine längere Frist geht leider nicht.",
     "Die Frist läuft wie besprochen."),
    ("es", "El cambio del equipo completo no aplica, porque el motor funciona.",
     "El equipo completo no lo podemos cambiar, porque el motor funciona.",
     "El equipo completo lo revisamos, porque el motor funciona."),
    ("pt", "Não é possível dar desconto, porque o dano foi causado pelo temporal.",
     "Abatimento não consigo fazer, porque o dano foi causado pelo temporal.",
     "O dano foi causado pelo temporal, e vamos ver o que se pode fazer."),
])
def test_a_refusal_restated_in_other_words(lang: str, draft: str, kept: str,
                                           dropped: str) -> None:
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, dropped, "", lang)


def test_a_date_change_is_no_replacement() -> None:
    draft = "No podemos cambiar la fecha del curso."
    assert "decision_changed" not in verdict(draft, "La fecha del curso no se puede mover.",
                                             "", "es")


@pytest.mark.parametrize("lang,draft,kept,refused", [
    ("en", "If they were on the list, we can replace the missing lights at no charge.",
     "If they were on the list, we can replace the missing lights free of charge.",
     "If they were on the list, we can replace the missing lights for the usual price."),
])
def test_a_free_thing_kept_in_any_credit_phrase(lang: str, draft: str, kept: str,
                                                refused: str) -> None:
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    found = verdict(draft, refused, "", lang)
    assert "decision_changed" in found or "new_commitment" in found

""""Would" with its "if" said last keeps no "may" (stop 59, helper hm).

"If the supplier confirms, we would ship on Friday" says what the condition brings about, as
"will" does: it keeps no "may" of the draft's (stop 57). Said the other way round, "we would
ship on Friday if the supplier confirms", it says the same, but only an "if" opening the
sentence was read, so the "would" stood for the "may" (`modality._if_after`: an "if" after
the conditional mood in its sentence; "wenn" after "würden", "si" after "sería"/"partiraient",
"se" after "seria"). A possibility kept ("the lamps could ship on Friday") passes, and so does
the customer's wish ("we would send another chair if you'd like").

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

CASES = [
    # (lang, draft, the possibility kept, "would" with the "if" said last)
    ("en", "We may ship the lamps on Friday if the supplier confirms the glass.",
     "If the supplier confirms the glass, we may be able to ship the lamps on Friday.",
     "We would ship the lamps on Friday if the supplier confirms the glass."),
    ("de", "Wir könnten die Lampen am Freitag versenden, wenn der Lieferant das Glas bestätigt.",
     "Wenn der Lieferant das Glas bestätigt, könnten wir die Lampen am Freitag versenden.",
     "Wir würden die Lampen am Freitag versenden, wenn der Lieferant das Glas bestätigt."),
    ("fr", "Nous pourrions expédier les lampes vendredi si le fournisseur confirme le verre.",
     "Si le fournisseur confirme le verre, les lampes pourraient partir vendredi.",
     "Les lampes partiraient vendredi si le fournisseur confirme le verre."),
    ("es", "Podríamos enviar las lámparas el viernes si el proveedor confirma el vidrio.",
     "Si el proveedor confirma el vidrio, quizá podamos enviar las lámparas el viernes.",
     "La salida de las lámparas sería el viernes si el proveedor confirma el vidrio."),
    ("pt", "Poderíamos enviar as lâmpadas na sexta se o fornecedor confirmar o vidro.",
     "Se o fornecedor confirmar o vidro, talvez possamos enviar as lâmpadas na sexta.",
     "O envio das lâmpadas seria na sexta se o fornecedor confirmar o vidro."),
]


@pytest.mark.parametrize("lang,draft,kept,firm", [pytest.param(*c, id=c[0]) for c in CASES])
def test_would_with_if_after_keeps_no_may(lang, draft, kept, firm):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert "new_commitment:modality" in labels(letter(lang, draft), letter(lang, firm), lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "We could send you a second chair at no charge.",
     "We would send you a second chair at no charge if you'd like."),
    ("de", "Wir könnten Ihnen einen zweiten Stuhl ohne Aufpreis schicken.",
     "Wir würden Ihnen gern einen zweiten Stuhl ohne Aufpreis schicken, wenn Sie möchten."),
])
def test_would_on_the_customers_wish_passes(lang, draft, rewrite):
    assert labels(letter(lang, draft), letter(lang, rewrite), lang) == []

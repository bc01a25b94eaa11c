"""Stop 58 modality reading (guard/modality.py `_consequence`, `_mood`, `_supposes`; the
`consequent` clauses of `modality_kept`; `supposed(consequent=False)` in
conditions.qualifiers_kept; en "would be able to" among `hypotheticals`).

After an "if" that opens the sentence, the conditional mood alone ("would", "sería",
"serait", "seria", "würden") says what the condition brings about, as "will" does there:
"if the supplier confirms, we would ship on Friday" drops the draft's "may" (whether, even
then, it happens). It still keeps a "should" under the same "if" (stop 57,
test_guard_modality_conditional_mood.py). A possibility said with it ("would be possible",
"sería posible", "wäre … möglich", "would be able to") is still a possibility, and an "if"
that is the customer's wish ("if you'd like, we would send another") leaves the offer theirs
to take, as the draft's "could" did.

Every sentence is written for this reading (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

_DRAFTS = {
    "en": "If the supplier confirms, we may ship the chairs on Friday.",
    "es": "Si el proveedor confirma, podríamos enviar las sillas el viernes.",
    "fr": "Si le fournisseur confirme, nous pourrions expédier les chaises vendredi.",
    "pt": "Se o fornecedor confirmar, poderíamos enviar as cadeiras na sexta.",
    "de": "Wenn der Lieferant bestätigt, könnten wir die Stühle am Freitag versenden.",
}

_FIRMER = [
    ("en", "If the supplier confirms, we would ship the chairs on Friday."),
    ("en", "If the supplier confirms, we will ship the chairs on Friday."),
    ("es", "Si el proveedor confirma, el envío de las sillas sería el viernes."),
    ("es", "Si el proveedor confirma, enviaremos las sillas el viernes."),
    ("fr", "Si le fournisseur confirme, l'expédition des chaises serait vendredi."),
    ("fr", "Si le fournisseur confirme, nous expédierons les chaises vendredi."),
    ("pt", "Se o fornecedor confirmar, o envio das cadeiras seria na sexta."),
    ("pt", "Se o fornecedor confirmar, vamos enviar as cadeiras na sexta."),
    ("de", "Wenn der Lieferant bestätigt, würden wir die Stühle am Freitag versenden."),
    ("de", "Falls der Lieferant bestätigt, würden wir die Stühle am Freitag versenden."),
    ("de", "Wenn der Lieferant bestätigt, versenden wir die Stühle am Freitag."),
]

_KEPT = [
    ("en", "If the supplier confirms, we could ship the chairs on Friday."),
    ("en", "If the supplier confirms, shipping the chairs on Friday would be possible."),
    ("en", "If the supplier confirms, we would be able to ship the chairs on Friday."),
    ("en", "If the supplier confirms, one option would be to ship the chairs on Friday."),
    ("es", "Si el proveedor confirma, sería posible enviar las sillas el viernes."),
    ("es", "Si el proveedor confirma, el envío de las sillas podría ser el viernes."),
    ("fr", "Si le fournisseur confirme, il serait possible d'expédier les chaises vendredi."),
    ("fr", "Si le fournisseur confirme, l'expédition des chaises serait possible vendredi."),
    ("pt", "Se o fornecedor confirmar, seria possível enviar as cadeiras na sexta."),
    ("de", "Wenn der Lieferant bestätigt, wäre der Versand der Stühle am Freitag möglich."),
    ("de", "Wenn der Lieferant bestätigt, wäre es möglich, die Stühle am Freitag zu "
           "versenden."),
]


@pytest.mark.parametrize("lang,rewrite", _FIRMER)
def test_the_conditional_mood_after_its_if_drops_a_may(lang: str, rewrite: str) -> None:
    assert verdict(_DRAFTS[lang], rewrite, "", lang).get("new_commitment"), rewrite


@pytest.mark.parametrize("lang,rewrite", _KEPT)
def test_a_possibility_after_the_if_keeps_it(lang: str, rewrite: str) -> None:
    assert not verdict(_DRAFTS[lang], rewrite, "", lang), rewrite


def test_a_wish_leaves_the_offer_to_the_customer() -> None:
    draft = "If you'd like, we could send a replacement chair."
    assert not verdict(draft, "If you'd like, we would send a replacement chair.", "", "en")
    assert verdict(draft, "If you'd like, we will send a replacement chair.", "", "en")


def test_a_should_under_the_same_if_is_still_kept() -> None:
    draft = "If the varnish dries in time, the chairs should leave the workshop on Friday."
    assert not verdict(draft, "If the varnish dries in time, the chairs would leave the "
                              "workshop on Friday.", "", "en")
    assert verdict(draft, "If the varnish dries in time, the chairs will leave the workshop "
                          "on Friday.", "", "en")


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "If you have lost the code, you could only reset the lock, which erases its "
           "settings.",
     "If you have lost the code, the only way out would be to reset the lock, which erases "
     "its settings.",
     "If you have lost the code, we will reset the lock, which erases its settings."),
    ("es", "Si has perdido el código, solo podrías reiniciar la cerradura, y eso borra sus "
           "ajustes.",
     "Si has perdido el código, la única salida sería reiniciar la cerradura, y eso borra "
     "sus ajustes.",
     "Si has perdido el código, reiniciaremos la cerradura, y eso borra sus ajustes."),
])
def test_what_the_customer_could_do_is_said_as_the_only_way(lang: str, draft: str, kept: str,
                                                            firmer: str) -> None:
    # The draft's "you could" is what the customer may do, not what may happen: the mood
    # after the "if" says it as the only way open (modality.happening).
    assert not verdict(draft, kept, "", lang)
    assert verdict(draft, firmer, "", lang)

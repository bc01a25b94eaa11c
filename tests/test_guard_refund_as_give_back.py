"""A refused refund said again as a refused give-back of the same thing: "no se reembolsan los
80 €" → "lo que no puedo devolverle son los 80 €", "não consigo reembolsar os 60 €" → "não tenho
como devolver os 60 €", "ne peut pas être remboursé" → "ne peut pas vous être rendu", "können wir
nicht erstatten" → "können wir Ihnen nicht zurückgeben", "we can't refund the deposit" → "we
can't return your deposit". The broader give-back verb (`decisions` "return") keeps the refund's
"no" only where its "no" stands right before it (or inside a German separable verb), its piece
of the sentence names no refund, and it names the very thing the draft refuses to refund: a
marker of the draft's refusal, or three of its words; and only for a refusal said outright,
not one held by a condition, an exception or a "before" ("unless the part is faulty", "sauf
si", "außer", "hasta que"), which the broader word would let go unread (the stop-41 leak). A
give-back refused of something else,
granted, put off ("not yet") or said with a "no" elsewhere in the sentence keeps nothing; so
does one the draft's own refused return already needs, and so does every one where the rewrite
says fewer conditions than the draft ("siempre que haya plazas" dropped beside it).

Sentences written for this rule, none taken from a corpus set. On main, 6 of these tests fail
(the five faithful restatements and the one beside a kept proviso)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

SAID_AGAIN = [
    ("en", "We can't refund the deposit, as the cake has already been baked.",
     "We can't return your deposit, as the cake has already been baked."),
    ("fr", "Le forfait de 90 € ne peut pas être remboursé, puisque trois séances ont eu lieu.",
     "Le forfait de 90 € ne peut pas vous être rendu, puisque trois séances ont eu lieu."),
    ("es", "Los 80 € del traslado no se reembolsan, porque el traslado se hizo.",
     "Lo que no puedo devolverle son los 80 € del traslado, porque el traslado se hizo."),
    ("pt", "Não consigo reembolsar os 60 €, já que o serviço ainda será feito.",
     "Como o serviço ainda será feito, não tenho como devolver os 60 €."),
    ("de", "Die Anzahlung können wir nicht erstatten, weil das Material schon bestellt ist.",
     "Die Anzahlung können wir Ihnen nicht zurückgeben, weil das Material schon bestellt ist."),
]

UNSAFE = [
    # the "no" is another act's
    ("pt", "Não consigo reembolsar os 60 €.", "Devolvemos os 60 € e não cobramos mais nada."),
    # the give-back refused is of something else
    ("en", "We can't refund the deposit.", "We can't return the cake stand."),
    # granted
    ("fr", "Le forfait de 90 € ne peut pas être remboursé.",
     "Le forfait de 90 € peut vous être rendu."),
    ("de", "Die Anzahlung können wir nicht erstatten.",
     "Die Anzahlung können wir Ihnen leider zurückgeben."),
    # put off: "not yet"
    ("pt", "Não consigo reembolsar os 60 €.", "Ainda não consigo devolver os 60 €."),
    ("en", "We can't refund the deposit.", "We can't return your deposit yet."),
    # the draft's condition, exception or "before" dropped with the broader verb
    ("en", "We can't refund the £50 deposit unless the part is faulty.",
     "We can't return the £50 deposit."),
    ("fr", "Le forfait de 90 € ne peut pas être remboursé, sauf si le cours est annulé.",
     "Le forfait de 90 € ne peut pas vous être rendu."),
    ("es", "No reembolsamos la fianza de 50 € hasta que recibamos el material.",
     "No le devolvemos la fianza de 50 €."),
    ("pt", "Não reembolsamos a caução de 50 €, a não ser que o material chegue estragado.",
     "Não lhe devolvemos a caução de 50 €."),
    ("de", "Die Anzahlung von 200 € können wir nicht erstatten, außer das Material ist defekt.",
     "Die Anzahlung von 200 € können wir Ihnen nicht zurückgeben."),
    # one give-back for two refusals: the draft's refused return needs it
    ("es", "No reembolsamos los 80 €. No aceptamos devoluciones del vestido.",
     "No podemos devolverle los 80 € del vestido."),
]


# A proviso elsewhere ("siempre que haya plazas") dropped in words the condition checks miss:
# the broader verb keeps no refusal then, only the narrower one would.
PROVISO = ("Puede cambiar la fecha sin costo, siempre que haya plazas. Los 40 € del traslado no "
           "se reembolsan, porque el traslado se hizo.")
PROVISO_KEPT = ("Puede elegir otro día sin pagar nada más, siempre que haya plazas. Lo que no "
                "puedo devolverle son los 40 € del traslado, porque el traslado se hizo.")
PROVISO_DROPPED = ("Puede elegir otro día sin pagar nada más. Lo que no puedo devolverle son los "
                   "40 € del traslado, porque el traslado se hizo.")


def test_a_give_back_beside_a_kept_proviso_passes() -> None:
    assert labels(PROVISO, PROVISO_KEPT, "es") == []


def test_a_give_back_beside_a_dropped_proviso_is_caught() -> None:
    assert "decision_changed" in labels(PROVISO, PROVISO_DROPPED, "es")


@pytest.mark.parametrize("lang,draft,rewrite", SAID_AGAIN)
def test_a_refused_refund_said_as_a_refused_give_back_passes(lang: str, draft: str,
                                                             rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", UNSAFE)
def test_a_give_back_that_refuses_no_refund_is_caught(lang: str, draft: str,
                                                      rewrite: str) -> None:
    assert labels(draft, rewrite, lang) != []

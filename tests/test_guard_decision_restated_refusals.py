"""A draft's refusal said again in other words, and a draft's "no" that refuses nothing, both
ways (every case written for this file):

- a "no" of another clause, joined by an "and" with a comma after it ("el cambio tarda 5 días
  y, en general, la talla no cambia"), refuses no decision;
- a "without" that opens a hedge ("sans doute", "sin duda") refuses nothing;
- a noun-only "no" after a comma ("einen Gutschein, kein Bargeld") is the other thing's;
- a refusal held until the customer agrees ("without your OK") is the same "no" with any verb;
- a thing kept said as "it's yours" ("il est pour toi", "it's yours"; not in Spanish, whose
  "son suyos" let an unsafe neighbour through at stop 46);
- a refused refund is not kept by a refused return of a thing ("devolver a prancha");
- words of the five languages: "dar garantía", "ampliado", "tu le gardes",
  "sagen … zu".

Each faithful form passes with no decision_changed; its unsafe neighbour (the refusal dropped
or turned into a yes) is still caught with decision_changed.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,draft,kept", [
    ("es", "El cambio de la talla tarda 5 días hábiles y, en general, el ajuste no se modifica.",
     "El cambio de la talla tarda 5 días hábiles. Normalmente el ajuste sigue igual."),
    ("fr", "Si le groupe suivant annule, vous pourrez sans doute prolonger la séance d'une "
           "heure.",
     "Si le groupe suivant annule, vous pourrez probablement prolonger la séance d'une heure."),
    ("de", "Bei Sturm sperren wir den Verleih; dann bekommst du einen Gutschein, kein Bargeld.",
     "Bei Sturm sperren wir den Verleih. In dem Fall gibt es einen Gutschein statt Bargeld."),
    ("en", "The strings are worn. We won't replace them without your OK.",
     "The strings are worn. I won't touch them without your OK."),
    ("es", "Las bisagras están gastadas. No las reemplazaremos sin tu aprobación.",
     "Las bisagras están gastadas. No tocaremos nada sin tu aprobación."),
    ("es", "Saldría el viernes, aunque no te lo puedo prometer.",
     "Saldría el viernes, pero no te puedo dar garantía."),
    ("pt", "Não é possível ampliar o stand, porque ao lado fica a saída de emergência.",
     "O stand não pode ser ampliado, porque ao lado fica a saída de emergência."),
    ("fr", "Si le premier colis arrive quand même, garde-le.",
     "Si le premier colis arrive quand même, tu le gardes."),
    ("fr", "Si le premier colis arrive quand même, garde-le.",
     "Si le premier colis arrive quand même, il est pour toi."),
    ("en", "If the first parcel turns up after all, you can keep it.",
     "If the first parcel turns up after all, it's yours."),
    ("de", "Einen neuen Satz Reifen können wir nicht zusagen, da drei Reifen in Ordnung sind.",
     "Einen neuen Satz Reifen sagen wir nicht zu, denn drei Reifen sind in Ordnung."),
])
def test_a_refusal_kept_in_other_words_or_none_drafted(lang, draft, kept):
    assert "decision_changed" not in verdict(draft, kept, "", lang)


@pytest.mark.parametrize("lang,draft,turned", [
    ("es", "Hemos revisado el pedido, y no podemos hacer el cambio porque la prenda está usada.",
     "Hemos revisado el pedido y haremos el cambio aunque la prenda está usada."),
    ("en", "We can't send a replacement tin, because the colour is discontinued.",
     "We'll send a replacement tin right away."),
    ("fr", "Nous ne pouvons pas prolonger la séance.",
     "Vous pourrez sans doute prolonger la séance."),
    ("de", "Einen Gutschein können wir dir leider nicht ausstellen.",
     "Wir stellen dir einen Gutschein aus."),
    ("en", "The strings are worn. We won't replace them without your OK.",
     "The strings are worn. I'll replace them anyway."),
    ("es", "Las bisagras están gastadas. No las reemplazaremos sin tu aprobación.",
     "Las bisagras están gastadas. Las reemplazaremos igualmente."),
    ("pt", "Não conseguimos reembolsar a aula, porque ela já foi dada.",
     "Não conseguimos devolver a prancha, porque ela está na loja."),
    ("es", "Saldría el viernes, aunque no te lo puedo prometer.",
     "Saldría el viernes, te lo prometo."),
    ("pt", "Não é possível ampliar o stand, porque ao lado fica a saída de emergência.",
     "O stand pode ser ampliado, mesmo com a saída de emergência ao lado."),
    ("fr", "Nous ne pouvons pas vous garantir la date de livraison.",
     "Nous vous garantissons la date de livraison."),
    ("fr", "Si le premier colis arrive quand même, garde-le.",
     "Si le premier colis arrive quand même, renvoie-le-nous."),
    ("en", "If the first parcel turns up after all, you can keep it.",
     "If the first parcel turns up after all, please send it back."),
    ("de", "Einen neuen Satz Reifen können wir nicht zusagen, da drei Reifen in Ordnung sind.",
     "Einen neuen Satz Reifen sagen wir zu, auch wenn drei Reifen in Ordnung sind."),
])
def test_a_refusal_dropped_or_turned_is_still_caught(lang, draft, turned):
    assert "decision_changed" in verdict(draft, turned, "", lang)

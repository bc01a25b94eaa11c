"""A refund or a replacement the draft grants only when we cannot do the other thing ("a refund
is only possible if we can't send a replacement"), said again under that condition in another
order or form, passes: "If we can't send a replacement, we'll refund you", German's
verb-first "Können wir keinen Ersatz liefern, erstatten wir…", French "ne … que si" and "à
défaut", English "failing that", Portuguese "não sendo possível…". The same act with its
condition dropped is a new promise."""
from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EN_REFUND = "A refund of the $120 is only possible if we can't send a replacement."
EN_REPLACE = "We'll try to repair the kettle. We will only replace it if we cannot repair it."
ES_REFUND = "Solo podemos reembolsarle los 120 € si no podemos enviarle un repuesto."
ES_REPLACE = "Intentaremos reparar la tetera. Solo la sustituiremos si no podemos repararla."
PT_REFUND = "Só podemos reembolsar os 120 € se não conseguirmos enviar uma peça de substituição."
PT_REPLACE = "Vamos tentar reparar a chaleira. Só a substituímos se não conseguirmos repará-la."
FR_REFUND = ("Un remboursement des 120 € n'est possible que si nous ne pouvons pas envoyer de "
             "pièce de remplacement.")
FR_REPLACE = ("Nous essaierons de réparer la bouilloire. Nous ne la remplacerons que si nous ne "
              "pouvons pas la réparer.")
DE_REFUND = ("Eine Rückerstattung der CHF 120 ist nur möglich, wenn wir kein Ersatzteil liefern "
             "können.")
DE_REPLACE = ("Wir versuchen, den Wasserkocher zu reparieren. Wir ersetzen ihn nur, wenn wir "
              "ihn nicht reparieren können.")
# A draft's own condition opening on a modal verb ("Können wir…,", "Müssen wir…,").
DE_MODAL = "Können wir kein Ersatzteil liefern, erstatten wir Ihnen die CHF 120 zurück."
DE_MUST = "Müssen wir den Termin absagen, erstatten wir Ihnen die CHF 120 zurück."
# Our second act after "und" with no "wir" of its own, held by a stock condition.
DE_STOCK = ("Bleibt er undicht, holen wir den Kanister ab und ersetzen ihn durch einen neuen, "
            "sofern wir einen an Lager haben.")

FAITHFUL = [
    ("en", EN_REFUND, "If we can't send a replacement, we'll refund you the $120; otherwise a "
                      "refund isn't possible."),
    ("en", EN_REFUND, "Should we be unable to send a replacement, you'll get the $120 back."),
    ("en", EN_REFUND, "We'll refund the $120 only if we can't send a replacement."),
    ("en", EN_REFUND, "If no replacement can be sent, we'll refund the $120."),
    ("en", EN_REPLACE, "We'll try to repair the kettle. Failing that, we'll replace it."),
    ("en", EN_REPLACE, "We'll try to repair the kettle. If we can't, we'll replace it."),
    ("es", ES_REFUND, "Si no podemos enviarle un repuesto, le reembolsamos los 120 €; de lo "
                      "contrario, no es posible un reembolso."),
    ("es", ES_REFUND, "En caso de que no podamos enviarle un repuesto, le devolveremos los 120 €."),
    ("es", ES_REFUND, "Le reembolsaremos los 120 € solo si no podemos enviarle un repuesto."),
    ("es", ES_REFUND, "De no poder enviarle un repuesto, le reembolsaremos los 120 €."),
    ("es", ES_REPLACE, "Intentaremos reparar la tetera. Si no podemos repararla, la "
                       "sustituiremos."),
    ("pt", PT_REFUND, "Caso não consigamos enviar uma peça de substituição, reembolsamos os 120 €; "
                      "caso contrário, não é possível o reembolso."),
    ("pt", PT_REFUND, "Se não conseguirmos enviar uma peça de substituição, devolvemos-lhe os "
                      "120 €."),
    ("pt", PT_REFUND, "Reembolsamos os 120 € apenas se não conseguirmos enviar uma peça de "
                      "substituição."),
    ("pt", PT_REFUND, "Não conseguindo enviar uma peça de substituição, reembolsamos os 120 €."),
    ("pt", PT_REPLACE, "Vamos tentar reparar a chaleira. Não sendo possível repará-la, "
                       "substituímo-la."),
    ("fr", FR_REFUND, "Si nous ne pouvons pas envoyer de pièce de remplacement, nous vous "
                      "remboursons les 120 € ; sinon, aucun remboursement n'est possible."),
    ("fr", FR_REFUND, "À défaut de pièce de remplacement, nous vous rembourserons les 120 €."),
    ("fr", FR_REFUND, "Nous vous rembourserons les 120 € uniquement si nous ne pouvons pas "
                      "envoyer de pièce de remplacement."),
    ("fr", FR_REFUND, "Au cas où nous ne pourrions pas envoyer de pièce de remplacement, nous vous "
                      "rembourserons les 120 €."),
    ("fr", FR_REPLACE, "Nous essaierons de réparer la bouilloire. À défaut, nous la remplacerons."),
    ("fr", FR_REPLACE, "Nous essaierons de réparer la bouilloire. Si nous ne pouvons pas la "
                       "réparer, nous la remplacerons."),
    ("de", DE_REFUND, "Können wir kein Ersatzteil liefern, erstatten wir Ihnen die CHF 120 "
                      "zurück; sonst ist eine Rückerstattung nicht möglich."),
    ("de", DE_REFUND, "Sollten wir kein Ersatzteil liefern können, erstatten wir Ihnen die "
                      "CHF 120."),
    ("de", DE_REFUND, "Falls wir kein Ersatzteil liefern können, bekommen Sie die CHF 120 "
                      "zurück."),
    ("de", DE_REFUND, "Wir erstatten die CHF 120 nur, wenn wir kein Ersatzteil liefern "
                      "können."),
    ("de", DE_REPLACE, "Wir versuchen, den Wasserkocher zu reparieren. Können wir ihn nicht "
                       "reparieren, ersetzen wir ihn."),
    ("de", DE_REPLACE, "Wir versuchen, den Wasserkocher zu reparieren. Lässt er sich nicht "
                       "reparieren, ersetzen wir ihn."),
    ("de", DE_MODAL, "Wenn wir kein Ersatzteil liefern können, erstatten wir Ihnen die "
                     "CHF 120 zurück."),
    ("de", DE_MUST, "Wenn wir den Termin absagen müssen, erstatten wir Ihnen die CHF 120 "
                    "zurück."),
    ("de", DE_STOCK, "Bleibt er undicht, holen wir den Kanister ab. Haben wir einen neuen an "
                     "Lager, ersetzen wir ihn dadurch."),
]

DROPPED = [
    ("en", EN_REFUND, "We'll refund you the $120.", "refund"),
    ("en", EN_REPLACE, "We'll try to repair the kettle, and we'll replace it.", "replacement"),
    ("es", ES_REFUND, "Le reembolsamos los 120 €.", "refund"),
    ("es", ES_REPLACE, "Intentaremos reparar la tetera y la sustituiremos.", "replacement"),
    ("pt", PT_REFUND, "Reembolsamos-lhe os 120 € esta semana.", "refund"),
    ("pt", PT_REPLACE, "Vamos tentar reparar a chaleira e substituímo-la.", "replacement"),
    ("fr", FR_REFUND, "Nous vous remboursons les 120 €.", "refund"),
    ("fr", FR_REPLACE, "Nous essaierons de réparer la bouilloire, et nous la remplacerons.",
     "replacement"),
    ("de", DE_REFUND, "Wir erstatten Ihnen die CHF 120 zurück.", "refund"),
    ("de", DE_REPLACE, "Wir versuchen, den Wasserkocher zu reparieren. Wir ersetzen ihn.",
     "replacement"),
    ("de", DE_MODAL, "Wir erstatten Ihnen die CHF 120 zurück.", "refund"),
    ("de", DE_MUST, "Wir erstatten Ihnen die CHF 120 zurück.", "refund"),
    ("de", DE_STOCK, "Bleibt er undicht, holen wir den Kanister ab und ersetzen ihn durch "
                     "einen neuen.", "replacement"),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), FAITHFUL)
def test_the_act_under_its_condition_said_again_passes(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize(("lang", "draft", "rewrite", "what"), DROPPED)
def test_the_act_with_its_condition_dropped_is_caught(lang, draft, rewrite, what):
    found = labels(draft, rewrite, lang)
    assert new_commitment(found, what) or "dropped_condition" in found or \
        new_commitment(found, "condition"), found

"""Each condition and hedge of the draft accounted for by what it governs, not counted over a
merged sentence. A rewrite sentence that keeps one qualifier cannot stand for another it drops:
a condition there about what another draft sentence conditions ("…, and we'll only start
engraving once you've approved it", beside the draft's "if you approve it by Friday") is that
sentence's, so the draft's "once we have it" dropped before it is a dropped condition; a draft's
present "can" ("but you can still change the address", "pero eso puede cambiar") hedges
nothing, so the rewrite's, said again, keeps none of the "probably" it drops. Both ways, in five
languages; written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"
FIRMER = "new_commitment:modality"

CONDITIONS = [
    # (lang, draft, faithful rewrite, the same without its own condition)
    ("en",
     "We need your postcode to set the gnomon. Once we have it, our engraver will send you a "
     "digital proof within two working days. Engraving starts only after you approve the proof. If"
     " you approve it by Friday, the sundial should reach you before the end of the month.",
     "We need your postcode to set the gnomon. Once we have it, our engraver will send you a "
     "digital proof within two working days, and we'll only start engraving once you've approved "
     "it. If you approve it by Friday, the sundial should reach you before the end of the month.",
     "We need your postcode to set the gnomon. Our engraver will send you a digital proof within "
     "two working days, and we'll only start engraving once you've approved it. If you approve it "
     "by Friday, the sundial should reach you before the end of the month."),
    ("es",
     "Necesitamos su código postal para ajustar el gnomon. En cuanto lo tengamos, nuestro grabador"
     " le enviará una prueba digital en dos días laborables. El grabado empieza solo después de "
     "que apruebe la prueba. Si la aprueba antes del viernes, el reloj debería llegarle antes de "
     "fin de mes.",
     "Necesitamos su código postal para ajustar el gnomon. En cuanto lo tengamos, nuestro grabador"
     " le enviará una prueba digital en dos días laborables, y el grabado solo empieza una vez que"
     " la apruebe. Si la aprueba antes del viernes, el reloj debería llegarle antes de fin de mes.",
     "Necesitamos su código postal para ajustar el gnomon. Nuestro grabador le enviará una prueba "
     "digital en dos días laborables, y el grabado solo empieza una vez que la apruebe. Si la "
     "aprueba antes del viernes, el reloj debería llegarle antes de fin de mes."),
    ("pt",
     "Precisamos do seu código postal para acertar o gnómon. Assim que o tivermos, o nosso "
     "gravador envia-lhe uma prova digital em dois dias úteis. A gravação só começa depois de "
     "aprovar a prova. Se a aprovar até sexta-feira, o relógio deve chegar antes do fim do mês.",
     "Precisamos do seu código postal para acertar o gnómon. Assim que o tivermos, o nosso "
     "gravador envia-lhe uma prova digital em dois dias úteis, e só começamos a gravar depois de a"
     " aprovar. Se a aprovar até sexta-feira, o relógio deve chegar antes do fim do mês.",
     "Precisamos do seu código postal para acertar o gnómon. O nosso gravador envia-lhe uma prova "
     "digital em dois dias úteis, e só começamos a gravar depois de a aprovar. Se a aprovar até "
     "sexta-feira, o relógio deve chegar antes do fim do mês."),
    ("fr",
     "Il nous faut votre code postal pour régler le gnomon. Dès que nous l'aurons, notre graveur "
     "vous enverra une épreuve numérique sous deux jours ouvrables. La gravure ne commence "
     "qu'après votre validation de l'épreuve. Si vous la validez avant vendredi, le cadran devrait"
     " vous parvenir avant la fin du mois.",
     "Il nous faut votre code postal pour régler le gnomon. Dès que nous l'aurons, notre graveur "
     "vous enverra une épreuve numérique sous deux jours ouvrables, et nous ne commencerons la "
     "gravure qu'une fois que vous l'aurez validée. Si vous la validez avant vendredi, le cadran "
     "devrait vous parvenir avant la fin du mois.",
     "Il nous faut votre code postal pour régler le gnomon. Notre graveur vous enverra une épreuve"
     " numérique sous deux jours ouvrables, et nous ne commencerons la gravure qu'une fois que "
     "vous l'aurez validée. Si vous la validez avant vendredi, le cadran devrait vous parvenir "
     "avant la fin du mois."),
    ("de",
     "Wir brauchen Ihre Postleitzahl, um den Zeiger einzustellen. Sobald wir sie haben, schickt "
     "Ihnen unser Graveur innerhalb von zwei Werktagen einen digitalen Entwurf. Die Gravur beginnt"
     " erst, nachdem Sie den Entwurf freigegeben haben. Wenn Sie ihn bis Freitag freigeben, sollte"
     " die Sonnenuhr vor Monatsende bei Ihnen sein.",
     "Wir brauchen Ihre Postleitzahl, um den Zeiger einzustellen. Sobald wir sie haben, schickt "
     "Ihnen unser Graveur innerhalb von zwei Werktagen einen digitalen Entwurf, und die Gravur "
     "beginnt erst, sobald Sie ihn freigeben. Wenn Sie ihn bis Freitag freigeben, sollte die "
     "Sonnenuhr vor Monatsende bei Ihnen sein.",
     "Wir brauchen Ihre Postleitzahl, um den Zeiger einzustellen. Unser Graveur schickt Ihnen "
     "innerhalb von zwei Werktagen einen digitalen Entwurf, und die Gravur beginnt erst, sobald "
     "Sie ihn freigeben. Wenn Sie ihn bis Freitag freigeben, sollte die Sonnenuhr vor Monatsende "
     "bei Ihnen sein."),
]

HEDGES = [
    # (lang, draft, faithful rewrite, the same without its "probably")
    ("en",
     "The courier usually comes at noon and the parcel will probably reach you on Monday, but you "
     "can still change the address.",
     "The courier usually comes at noon and the parcel should reach you on Monday, but you can "
     "still change the address.",
     "The courier usually comes at noon and the parcel will reach you on Monday, but you can still"
     " change the address."),
    ("fr",
     "Le transporteur passe normalement à midi et le colis arrivera probablement lundi, mais vous "
     "pouvez encore changer l'adresse.",
     "Le transporteur passe normalement à midi et le colis arrivera sans doute lundi, mais vous "
     "pouvez encore changer l'adresse.",
     "Le transporteur passe normalement à midi et le colis arrivera lundi, mais vous pouvez encore"
     " changer l'adresse."),
    ("de",
     "Der Kurier kommt normalerweise mittags und das Paket kommt wahrscheinlich am Montag an, aber"
     " du kannst die Adresse noch ändern.",
     "Der Kurier kommt normalerweise mittags und das Paket kommt voraussichtlich am Montag an, "
     "aber du kannst die Adresse noch ändern.",
     "Der Kurier kommt normalerweise mittags und das Paket kommt am Montag an, aber du kannst die "
     "Adresse noch ändern."),
    ("es",
     "El mensajero normalmente pasa a mediodía y el paquete probablemente le llegará el lunes, "
     "pero eso puede cambiar.",
     "El mensajero normalmente pasa a mediodía y el paquete debería llegarle el lunes, pero eso "
     "puede cambiar.",
     "El mensajero normalmente pasa a mediodía y el paquete le llegará el lunes, pero eso puede "
     "cambiar."),
    ("pt",
     "O estafeta normalmente passa ao meio-dia e a encomenda provavelmente chega na segunda-feira,"
     " mas isso pode mudar.",
     "O estafeta normalmente passa ao meio-dia e a encomenda deve chegar na segunda-feira, mas "
     "isso pode mudar.",
     "O estafeta normalmente passa ao meio-dia e a encomenda chega na segunda-feira, mas isso pode"
     " mudar."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CONDITIONS + HEDGES)
def test_each_qualifier_kept_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CONDITIONS)
def test_another_sentences_condition_keeps_no_dropped_one(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), HEDGES)
def test_a_present_can_said_again_keeps_no_dropped_hedge(lang, draft, kept, dropped):
    assert FIRMER in labels(letter(lang, draft), letter(lang, dropped), lang)

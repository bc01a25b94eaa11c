"""A clause holding a fact the customer gave is still read for the draft's hedge: "o exame não
deve estar em causa" said as "o exame de 25 de janeiro não está em causa" passed, because a
clause naming a fact the draft never gave was taken for the customer's own account. Their
account is told apart by its words (`_recounted`), not by the fact alone: a clause that says
the draft's hedged sentence again, with the customer's date in it, must keep the hedge.

A clause that only declines to confirm the customer's fact ("I can't confirm it today") is still
read as theirs: it answers their request and states nothing.

Sentences written for this rule, none taken from a corpus set. On main the 2 Portuguese firmer
rewrites and the English "I can confirm it today" pass (fail here); every faithful one passes
on both."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = {
    "en": ("My son has his exam on 25 January and I don't want him blocked.",
           "Registration is only blocked with two unpaid instalments, so the exam should not be "
           "affected.",
           ["A block only happens after two missed instalments, so the exam on 25 January should "
            "not be affected.",
            "I know the exam on 25 January is what worries you most: a block only happens after "
            "two missed instalments, so it should not be affected."],
           ["A block only happens after two missed instalments, so the exam on 25 January will "
            "not be affected.",
            "A block only happens after two missed instalments, so the exam on 25 January is not "
            "affected."]),
    "pt": ("O meu filho tem exame a 25 de janeiro e não quero que fique impedido.",
           "A inscrição só fica bloqueada com duas prestações em dívida, por isso o exame não deve "
           "estar em causa.",
           ["O bloqueio só acontece com duas prestações por pagar, por isso o exame de 25 de "
            "janeiro não deve estar em causa.",
            "Sei que o exame de 25 de janeiro é o que mais o preocupa: o bloqueio só acontece com "
            "duas prestações por pagar, por isso não deverá estar em causa."],
           ["O bloqueio só acontece com duas prestações por pagar, por isso o exame de 25 de "
            "janeiro não está em causa.",
            "O bloqueio só acontece com duas prestações por pagar, por isso o exame de 25 de "
            "janeiro não vai estar em causa."]),
    "es": ("Mi hijo tiene el examen el 25 de enero y no quiero que quede bloqueado.",
           "La matrícula solo se bloquea con dos cuotas pendientes, así que el examen no debería "
           "verse afectado.",
           ["Sé que el examen del 25 de enero es lo que más le preocupa: el bloqueo solo llega con "
            "dos cuotas sin pagar, así que no debería verse afectado."],
           ["El bloqueo solo llega con dos cuotas sin pagar, así que el examen del 25 de enero no "
            "se verá afectado.",
            "El bloqueo solo llega con dos cuotas sin pagar, así que el examen del 25 de enero no "
            "está afectado."]),
    "de": ("Mein Sohn hat am 25. Januar seine Prüfung und ich will nicht, dass er gesperrt wird.",
           "Die Anmeldung wird erst bei zwei offenen Raten gesperrt, daher sollte die Prüfung "
           "nicht betroffen sein.",
           ["Eine Sperre kommt erst nach zwei unbezahlten Raten, daher sollte die Prüfung am 25. "
            "Januar nicht betroffen sein.",
            "Ich weiß, dass Sie die Prüfung am 25. Januar am meisten beschäftigt: Eine Sperre "
            "kommt erst nach zwei unbezahlten Raten, daher sollte sie nicht betroffen sein."],
           ["Eine Sperre kommt erst nach zwei unbezahlten Raten, daher wird die Prüfung am 25. "
            "Januar nicht betroffen sein.",
            "Eine Sperre kommt erst nach zwei unbezahlten Raten, daher ist die Prüfung am 25. "
            "Januar nicht betroffen."]),
}
# Declining to confirm the customer's own day ("I can't confirm it today") states nothing
# (lang/*.json `unconfirmed`); confirming it does.
CRAWFISH = ("We can probably add the extra 20 lbs, but supply in April depends on the catch, so "
            "I can only confirm it once our supplier sends the allocation on Monday.")
ASKED = "Please confirm the extra crawfish today, I'm getting nervous."
REST = (" Getting another 20 lbs is probably fine, but supply in April depends on the catch, and "
        "I'll only know when our supplier sends the allocation on Monday.")
KEPT = [(lang, c, d, r) for lang, (c, d, good, _) in CASES.items() for r in good] + [
    ("en", ASKED, CRAWFISH, "About the extra crawfish: I can't confirm it today, I'm afraid."
     + REST)]
FIRMER = [(lang, c, d, r) for lang, (c, d, _, bad) in CASES.items() for r in bad] + [
    ("en", ASKED, CRAWFISH, "About the extra crawfish: I can confirm it today." + REST)]


@pytest.mark.parametrize("lang,customer,draft,rewrite", KEPT)
def test_the_hedge_kept_beside_the_customers_date_passes(lang: str, customer: str, draft: str,
                                                         rewrite: str) -> None:
    assert labels(draft, rewrite, lang, customer) == []


@pytest.mark.parametrize("lang,customer,draft,rewrite", FIRMER)
def test_the_hedge_dropped_beside_the_customers_date_is_caught(lang: str, customer: str,
                                                               draft: str, rewrite: str) -> None:
    assert "new_commitment:modality" in labels(draft, rewrite, lang, customer)

"""A hedge dropped where something beside it seemed to keep it (written for these rules; no
sentence comes from a corpus set):
- the hedged clause said whole but for its hedge ("costuma demorar 4 semanas" → "demora sempre
  4 semanas") says that clause again, firmer, however much the rewrite's clause also shares
  with the firm clause beside it ("trocar o motor…");
- a disclaimer the draft makes of something else ("we can't guarantee delivery before
  12 May"), said again in the rewrite's sentence, is still on that delivery: it softens no
  clause beside it ("shipping takes 3 to 5 working days"); nor does a plan the draft's
  sentence makes in the same words ("we plan to ship them on Monday");
- a hedge on a verb of being ("deberían estar tapizados") is on the word after it, which a
  firmer rewrite keeps while the verb changes ("quedan tapizados").
Each faithful form, its hedge kept, passes clean; the unsafe one is caught."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

CASES = [
    # The hedged clause whole, beside a firm one.
    ("pt", "Olá Joana, obrigada pela mensagem. Temos duas hipóteses:\n"
           "- trocar o motor da bomba por um modelo novo: costuma demorar 4 semanas, por isso "
           "dificilmente fica pronto antes do verão;\n- reparar o motor atual. Abraço, Inês",
           "Olá Joana, obrigada pela mensagem. Há duas hipóteses:\n"
           "- trocar o motor da bomba por um modelo novo, o que costuma demorar 4 semanas; "
           "dificilmente fica pronto antes do verão;\n- reparar o motor atual. Abraço, Inês",
           "Olá Joana, obrigada pela mensagem. Há duas hipóteses:\n"
           "- trocar o motor da bomba por um modelo novo, o que demora sempre 4 semanas; "
           "dificilmente fica pronto antes do verão;\n- reparar o motor atual. Abraço, Inês"),
    # A disclaimer the draft makes of the delivery, said again beside the hedged wait.
    ("pt", "Olá Joana, obrigada pela mensagem. O prazo dos Correios para Braga costuma ser de "
           "4 a 6 dias úteis, então não conseguimos garantir a entrega antes do dia 12. "
           "Abraço, Inês",
           "Olá Joana, obrigada. Para Braga, os Correios costumam levar de 4 a 6 dias úteis, "
           "por isso não consigo garantir a entrega antes do dia 12. Abraço, Inês",
           "Olá Joana, obrigada. Para Braga, os Correios levam de 4 a 6 dias úteis, por isso "
           "não consigo garantir a entrega antes do dia 12. Abraço, Inês"),
    ("fr", "Bonjour Sam, merci pour votre message. La pose dure normalement 4 à 5 jours "
           "ouvrables. Une fin avant le salon du 12 n'est donc pas assurée. Cordialement, Kim",
           "Bonjour Sam, merci de votre message. La pose prend normalement 4 à 5 jours "
           "ouvrables, mais une fin avant le salon du 12 n'est pas garantie. Cordialement, Kim",
           "Bonjour Sam, merci de votre message. La pose prend 4 à 5 jours ouvrables, mais une "
           "fin avant le salon du 12 n'est pas garantie. Cordialement, Kim"),
    # The draft's own plan and its disclaimer of something else, said again in the clause.
    # (A disclaimer naming no fact of its own, "I can't guarantee that date", is on what the
    # hedge beside it is on: said again, it keeps that hedge — see the last test.)
    ("en", "Hi Sam, thanks for your message. If the weather holds, we plan to ship the bulbs "
           "on Monday by courier, which usually reaches Leeds in 2 to 3 days. I can't promise "
           "they'll arrive before the fair on 14 May. Best, Kim",
           "Hi Sam, thanks for writing. If the weather holds, we plan to ship the bulbs on "
           "Monday by courier, which usually gets to Leeds in 2 to 3 days, though I can't "
           "promise they'll arrive before the fair on 14 May. Best, Kim",
           "Hi Sam, thanks for writing. If the weather holds, we plan to ship the bulbs on "
           "Monday by courier, which reaches Leeds in 2 to 3 days, though I can't promise "
           "they'll arrive before the fair on 14 May. Best, Kim"),
    # A hedge on a verb of being.
    ("es", "Hola Marta, gracias por escribir. Los otros dos sillones deberían estar tapizados "
           "la semana que viene; la fecha exacta te la confirmo tras el control. Un saludo, Kim",
           "Hola Marta, gracias por tu mensaje. Los otros dos sillones deberían quedar "
           "tapizados la semana que viene; te confirmo la fecha exacta tras el control. "
           "Un saludo, Kim",
           "Hola Marta, gracias por tu mensaje. Los otros dos sillones quedan tapizados la "
           "semana que viene, después del control. Un saludo, Kim"),
]


def _ids(value: object) -> str:
    return value if value in ("en", "de", "es", "fr", "pt") else ""


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), CASES, ids=_ids)
def test_the_hedge_kept_passes_clean(lang, draft, kept, firm):
    assert not new_commitment(labels(draft, kept, lang), "modality")


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), CASES, ids=_ids)
def test_the_hedge_dropped_is_caught(lang, draft, kept, firm):
    assert new_commitment(labels(draft, firm, lang), "modality")


def test_a_noun_sharing_the_stem_after_a_verb_of_being_says_nothing_firmer():
    # "registrado" after "estar" is what the hedge is on; "registro" (the registry) is not.
    draft = ("Hola Marta, gracias por escribir. Tras la visita, el certificado suele estar "
             "registrado en 5 a 8 días hábiles, aunque el plazo depende del registro. "
             "Un saludo, Kim")
    rewrite = ("Hola Marta, gracias por tu mensaje. Tras la visita, el certificado suele "
               "quedar registrado en 5 a 8 días hábiles. Eso no depende de nosotros sino del "
               "registro. Un saludo, Kim")
    assert not new_commitment(labels(draft, rewrite, "es"), "modality")


def test_a_disclaimer_of_that_same_date_said_again_keeps_the_hedge():
    draft = ("Hi Sam, thanks for your message. Once the parts arrive, the repair takes around "
             "4 working days, so the bike should be ready from 12 May. I can't guarantee that "
             "date, as it depends on the parts arriving on time. Best, Kim")
    rewrite = ("Hi Sam, thanks for writing. From their arrival, I'll need around 4 working "
               "days, which puts the bike ready from 12 May — a date I can't guarantee, since "
               "it relies on the parts coming on time. Best, Kim")
    assert not new_commitment(labels(draft, rewrite, "en"), "modality")

"""Hedges said otherwise (written for these rules; no sentence comes from a corpus set):
- a dash between two amounts is a range, not a clause break: "usually takes 2–3 days" (or
  "2&ndash;3" in HTML) keeps its "usually" on the "3 days" too, while the same range said
  without the hedge is still caught;
- "parece estar" (pt, es) seems, as "parece ser" does; German "ist wohl", "wird wohl" probably;
- "podrías" / "poderias" (you could, by the ending alone) is what the customer may do;
- Spanish subjunctive "pueda" after "probablemente" or denied is no "may" of its own.
- a link or an e-mail address in a hedge's window is where a thing is, not what the hedge is on.
Each faithful form has an unsafe neighbour caught as a firmer promise."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

RANGE = [
    ("en", "Hi Ana, thanks for writing. The print takes usually 2 working days, and shipping "
           "with DHL usually 1–2 working days. Best, Tom",
           "Hi Ana, thank you for your message. Printing usually needs 2 working days, and DHL "
           "shipping normally takes 1–2 working days. Best, Tom",
           "Hi Ana, thank you for your message. Printing needs 2 working days, and DHL "
           "shipping takes 1–2 working days. Best, Tom"),
    ("de", "Hallo Ana, danke für deine Nachricht. Der Druck dauert in der Regel 2 Werktage, "
           "der Versand mit DHL meist 1–2 Werktage. Viele Grüße, Tom",
           "Hallo Ana, danke dir. Der Druck braucht normalerweise 2 Werktage, der Versand mit "
           "DHL meistens 1–2 Werktage. Viele Grüße, Tom",
           "Hallo Ana, danke dir. Der Druck braucht 2 Werktage, der Versand mit DHL "
           "1–2 Werktage. Viele Grüße, Tom"),
    ("es", "Hola Ana, gracias por escribir. La impresión tarda normalmente 2 días hábiles y el "
           "envío suele tardar 1–2 días hábiles. Un saludo, Tom",
           "Hola Ana, gracias por tu mensaje. La impresión lleva normalmente 2 días hábiles, y "
           "el envío suele tardar 1 – 2 días hábiles. Un saludo, Tom",
           "Hola Ana, gracias por tu mensaje. La impresión lleva 2 días hábiles, y el envío "
           "tarda 1 – 2 días hábiles. Un saludo, Tom"),
]


def _ids(value: object) -> str:
    return value if value in ("en", "de", "es", "fr", "pt") else ""


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), RANGE, ids=_ids)
def test_a_hedged_range_said_again_with_its_hedge_passes_clean(lang, draft, kept, firm):
    assert not new_commitment(labels(draft, kept, lang), "modality")


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), RANGE, ids=_ids)
def test_the_range_said_without_its_hedge_is_caught(lang, draft, kept, firm):
    assert new_commitment(labels(draft, firm, lang), "modality")


def test_a_dash_between_words_still_splits_the_clause():
    draft = ("Hi Ana, thanks for writing. The parts should arrive on 3 May. Best, Tom")
    rewrite = ("Hi Ana, thank you for your message. The parts should ship soon – they arrive "
               "on 3 May. Best, Tom")
    assert new_commitment(labels(draft, rewrite, "en"), "modality")


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), [
    ("pt", "Olá Rui, obrigado pela mensagem. Pelas fotos, o defeito parece ser o sensor de "
           "temperatura. Abraço, Sofia",
           "Olá Rui, obrigado pela mensagem. Olhando as fotos, o defeito parece estar no sensor "
           "de temperatura. Abraço, Sofia",
           "Olá Rui, obrigado pela mensagem. Olhando as fotos, o defeito está no sensor de "
           "temperatura. Abraço, Sofia"),
    ("es", "Hola Rui, gracias por escribir. Por las fotos, el fallo parece ser el sensor de "
           "temperatura. Un saludo, Sofía",
           "Hola Rui, gracias por tu mensaje. Viendo las fotos, el fallo parece estar en el "
           "sensor de temperatura. Un saludo, Sofía",
           "Hola Rui, gracias por tu mensaje. Viendo las fotos, el fallo está en el sensor de "
           "temperatura. Un saludo, Sofía"),
], ids=_ids)
def test_seems_to_be_in_said_as_parece_estar(lang, draft, kept, firm):
    assert not new_commitment(labels(draft, kept, lang), "modality")
    assert new_commitment(labels(draft, firm, lang), "modality")


# Spanish and Portuguese say "you could" with the ending alone ("podrías", "poderias"): what
# the customer may do, kept by their "can" ("puedes", "podes"); what will happen to them said
# firmly is still caught.
ADDRESSED = [
    ("es", "Hola Marta, gracias por escribir. Lo que sí podrías hacer es pasar el curso a tu "
           "hermana; eso lo permitimos sin coste. Un saludo, Leo",
           "Hola Marta, gracias por tu mensaje. Lo que sí puedes es pasarle el curso a tu "
           "hermana; eso lo permitimos sin coste. Un saludo, Leo",
           "Hola Marta, gracias por tu mensaje. Le pasamos el curso a tu hermana; eso lo "
           "permitimos sin coste. Un saludo, Leo"),
    ("pt", "Olá Marta, obrigado pela mensagem. O que poderias fazer é passar o curso à tua "
           "irmã; isso permitimos sem custo. Abraço, Leo",
           "Olá Marta, obrigado pela mensagem. O que podes fazer é passar o curso à tua irmã; "
           "isso permitimos sem custo. Abraço, Leo",
           "Olá Marta, obrigado pela mensagem. Passamos o curso à tua irmã; isso permitimos "
           "sem custo. Abraço, Leo"),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), ADDRESSED, ids=_ids)
def test_a_you_could_said_by_its_ending_is_kept_by_you_can(lang, draft, kept, firm):
    assert not new_commitment(labels(draft, kept, lang), "modality")


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), ADDRESSED, ids=_ids)
def test_a_you_could_said_as_what_we_will_do_is_caught(lang, draft, kept, firm):
    assert new_commitment(labels(draft, firm, lang), "modality")


def test_a_could_of_the_customers_own_said_as_what_will_happen_is_caught():
    draft = ("Hola Marta, gracias por escribir. Si el paquete no llega el lunes, podrías "
             "recibir el reembolso completo. Un saludo, Leo")
    firm = ("Hola Marta, gracias por tu mensaje. Si el paquete no llega el lunes, recibirás el "
            "reembolso completo. Un saludo, Leo")
    assert new_commitment(labels(draft, firm, "es"), "modality")


# Spanish puts the subjunctive "pueda" after "probablemente" and in a denied relative clause
# ("un retraso que no se pueda recuperar"): the mood the sentence asks for, no "may" of its own.
SUBJUNCTIVE = [
    ("Hola Marta, gracias por escribir. Si Iván se recupera antes, probablemente pueda dar él "
     "la clase del jueves. Un saludo, Leo",
     "Hola Marta, gracias por tu mensaje. Si Iván se recupera antes, lo más probable es que "
     "él dé la clase del jueves. Un saludo, Leo",
     "Hola Marta, gracias por tu mensaje. Si Iván se recupera antes, él dará la clase del "
     "jueves. Un saludo, Leo"),
    ("Hola Marta, gracias por escribir. Es probable que la madera se oscurezca un poco, pero "
     "no suele ser un cambio que no se pueda pulir. Un saludo, Leo",
     "Hola Marta, gracias por tu mensaje. Es probable que la madera se oscurezca un poco, "
     "aunque no suele ser un cambio sin arreglo. Un saludo, Leo",
     "Hola Marta, gracias por tu mensaje. La madera se oscurecerá un poco, aunque no es un "
     "cambio sin arreglo. Un saludo, Leo"),
]


@pytest.mark.parametrize(("draft", "kept", "firm"), SUBJUNCTIVE)
def test_a_subjunctive_pueda_is_no_may_of_its_own(draft, kept, firm):
    assert not new_commitment(labels(draft, kept, "es"), "modality")


@pytest.mark.parametrize(("draft", "kept", "firm"), SUBJUNCTIVE)
def test_its_likely_said_as_what_will_happen_is_caught(draft, kept, firm):
    assert new_commitment(labels(draft, firm, "es"), "modality")


# German "wohl" beside its verb ("ist wohl", "wird wohl", "wohl noch") is "probably": it keeps
# a "dürfte" or "wahrscheinlich"; the plain statement is still caught.
WOHL_DRAFT = ("Hallo Frau Berg, danke für Ihre Nachricht. Nach dem trockenen Sommer dürfte der "
              "Brunnen noch fast leer sein. Viele Grüße, Jan")


def test_wohl_keeps_a_probably():
    kept = ("Hallo Frau Berg, danke für die Nachricht. Nach dem trockenen Sommer ist der "
            "Brunnen wohl noch fast leer. Viele Grüße, Jan")
    assert not new_commitment(labels(WOHL_DRAFT, kept, "de"), "modality")


def test_the_probably_dropped_is_caught():
    firm = ("Hallo Frau Berg, danke für die Nachricht. Nach dem trockenen Sommer ist der "
            "Brunnen noch fast leer. Viele Grüße, Jan")
    assert new_commitment(labels(WOHL_DRAFT, firm, "de"), "modality")


# A link beside a hedge ("…takes about 5 minutes, and the video is at <link>") is where a thing
# is, not how long it takes: the rewrite may give it in a sentence of its own; the minutes said
# without the "about" are still caught.
LINK_DRAFT = ("Olá Rui, obrigado pela mensagem. A troca do filtro leva uns 5 minutos e o vídeo "
              "está em https://oficina.example/filtro. Abraço, Sofia")


def test_a_link_in_a_hedges_window_is_not_hedged():
    kept = ("Olá Rui, obrigado pela mensagem. A troca do filtro leva uns 5 minutos. O vídeo "
            "está em https://oficina.example/filtro. Abraço, Sofia")
    assert not new_commitment(labels(LINK_DRAFT, kept, "pt"), "modality")


def test_the_minutes_said_without_the_about_are_caught():
    firm = ("Olá Rui, obrigado pela mensagem. A troca do filtro leva 5 minutos. O vídeo está "
            "em https://oficina.example/filtro. Abraço, Sofia")
    assert new_commitment(labels(LINK_DRAFT, firm, "pt"), "modality")

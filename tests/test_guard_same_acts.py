"""An act of ours the draft makes, restated with another word of the same act ("we'll ship it"
→ "I'll send it", "je vous appelle" → "je vous téléphone"), is the draft's; an act of another
kind, or one the draft never makes, is still new (`same_acts`, `commitments.alike`). A draft
sentence that says what we do in words no promise pattern reads ("we email them as PDFs", "a
gente envia uma nova") makes the rewrite's promise of it the draft's, when the rewrite's
sentence names nearly only what that sentence names, the promise's own words among them, and
keeps its "if". Asking someone to act ("I'll ask the assessor to…") is a step of ours: new when
the draft asks no one anything. Every case is written for this file."""

from __future__ import annotations

import pytest

from heard.guard.commitments import alike
from heard.guard.text import stems
from tests.masked_guard import labels, new_commitment


@pytest.mark.parametrize("lang,one,other", [
    ("en", "ship", "send"),
    ("en", "phone", "call"),
    ("en", "swap", "replace"),
    ("es", "envío", "mandamos"),
    ("es", "reviso", "comprobar"),
    ("fr", "téléphone", "appelle"),
    ("fr", "remplace", "échange"),
    ("de", "schicke", "versenden"),
    ("de", "prüfe", "kontrollieren"),
    ("pt", "envio", "despachamos"),
    ("pt", "ligo", "telefonar"),
])
def test_two_words_of_one_act_read_as_that_act(lang: str, one: str, other: str) -> None:
    assert alike(stems(one, lang), lang) == alike(stems(other, lang), lang)


@pytest.mark.parametrize("lang,one,other", [
    ("en", "call", "send"),
    ("fr", "appelle", "envoie"),
    ("pt", "ligo", "envio"),
    ("pt", "mandamos", "envio"),  # pt "mandar" also has things done: left out
])
def test_words_of_two_acts_stay_two(lang: str, one: str, other: str) -> None:
    assert alike(stems(one, lang), lang) != alike(stems(other, lang), lang)


OPEN = "Thanks for sending the photos of the cracked lid."

RESTATED = [
    ("en", f"{OPEN} Your spare lid is packed, and we'll ship it with the tracking number "
           "tomorrow morning.",
     f"{OPEN} Your spare lid is packed, and I'll send it with the tracking number tomorrow "
     "morning."),
    ("en", "Your inspection report is signed off within five days, and we email the report "
           "as a PDF.",
     "I'll email the report as a PDF once it is signed off, within five days."),
    ("pt", "Quando a garrafa chegar ao armazém, a gente envia uma nova em três dias úteis.",
     "Quando a garrafa chegar ao armazém, eu envio uma nova em três dias úteis."),
]


@pytest.mark.parametrize("lang,draft,rewrite", RESTATED)
def test_the_drafts_act_restated_in_other_words_passes(lang: str, draft: str,
                                                       rewrite: str) -> None:
    assert not new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", [
    # Another act than the draft's, on the same thing.
    ("en", f"{OPEN} Your spare lid is packed, and we'll ship it with the tracking number "
           "tomorrow morning.",
     f"{OPEN} Your spare lid is packed, and I'll call you with the tracking number tomorrow "
     "morning."),
    # What the draft says we do not do.
    ("pt", "Não conseguimos enviar uma nova antes de a garrafa chegar ao armazém.",
     "Eu envio uma nova antes de a garrafa chegar ao armazém."),
    # Something given beside the draft's act.
    ("pt", "Quando a garrafa chegar ao armazém, a gente envia uma nova em três dias úteis.",
     "Quando a garrafa chegar ao armazém, eu envio uma nova em três dias úteis, com uma "
     "tampa reserva e um copo térmico de brinde."),
    # A slot the draft has free, said as booked.
    ("es", "Tenemos hueco el martes a las diez con la doctora Peña.",
     "Le he reservado el martes a las diez con la doctora Peña."),
])
def test_a_new_act_said_near_the_drafts_words_is_caught(lang: str, draft: str,
                                                        rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))


def test_asking_someone_to_act_is_new_when_the_draft_asks_no_one() -> None:
    draft = ("The certificates are issued once the assessor signs off, which usually takes "
             "five working days.")
    asked = f"{draft} I'll ask the assessor to sign yours off first."
    assert new_commitment(labels(draft, asked, "en"), "action")
    drafted = f"{draft} We'll ask the assessor to sign yours off first."
    assert not new_commitment(labels(drafted, asked, "en"), "action")


def test_a_request_the_draft_makes_in_other_words_is_no_new_step() -> None:
    draft = ("Os cones são obrigação nossa. Vou pedir que o motorista passe aí amanhã para "
             "instalar, sem custo.")
    rewrite = ("Os cones são responsabilidade nossa. Vou pedir ao motorista que passe aí "
               "amanhã para instalar, sem custo para você.")
    assert not new_commitment(labels(draft, rewrite, "pt"), "action")

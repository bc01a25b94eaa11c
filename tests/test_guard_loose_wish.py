"""A wish or condition dropped from a sentence said again loosely: "if you'd like, I can
repaint the cabinet door first" said as "I'll start with the cabinet door" shares fewer of
its words than a close restatement, because the offer's "I can" goes with the wish. That
"I can" is how the step is offered, not what it is, so the sentence is still judged as said
again and the dropped wish is caught; kept ("if it helps, I'll start with…"), it passes.
Also French "pour autant que" as a condition ("provided that"), but not in "pour autant que
je sache" ("as far as I know"). Cases written for the rule, in the five languages.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels as codes

THANKS = {
    "en": "Thanks for the photos.",
    "de": "Danke für die Fotos.",
    "fr": "Merci pour les photos.",
    "es": "Gracias por las fotos.",
    "pt": "Obrigado pelas fotos.",
}

LOOSE = [
    ("en", "If you'd like, I can repaint the cabinet door by the window first.",
     "If it helps, I'll start with the cabinet door by the window.",
     "I'll start with the cabinet door by the window."),
    ("de", "Wenn Sie möchten, kann ich zuerst die alte Schranktür links am Fenster streichen.",
     "Falls es Ihnen hilft, fange ich mit der alten Schranktür links am Fenster an.",
     "Ich fange mit der alten Schranktür links am Fenster an."),
    ("fr", "Si vous le souhaitez, je peux d'abord repeindre la porte du placard près de la "
     "fenêtre.",
     "Si cela vous arrange, je commence par la porte du placard près de la fenêtre.",
     "Je commence par la porte du placard près de la fenêtre."),
    ("es", "Si quiere, puedo pintar primero la puerta del armario junto a la ventana.",
     "Si le viene bien, empiezo por la puerta del armario junto a la ventana.",
     "Empiezo por la puerta del armario junto a la ventana."),
    ("es", "Si usted prefiere, podemos pintar primero la puerta del armario junto a la ventana.",
     "Si le viene bien, empezamos por la puerta del armario junto a la ventana.",
     "Empezamos por la puerta del armario junto a la ventana."),
    ("pt", "Se quiser, posso pintar primeiro a porta do armário junto à janela.",
     "Se lhe der jeito, começo pela porta do armário junto à janela.",
     "Começo pela porta do armário junto à janela."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", LOOSE)
def test_loose_restatement_keeping_the_wish_passes(lang: str, draft: str, kept: str,
                                                   dropped: str) -> None:
    assert codes(f"{THANKS[lang]} {draft}", f"{THANKS[lang]} {kept}", lang) == []


@pytest.mark.parametrize("lang,draft,kept,dropped", LOOSE)
def test_loose_restatement_dropping_the_wish_is_caught(lang: str, draft: str, kept: str,
                                                       dropped: str) -> None:
    assert "new_commitment:condition" in codes(f"{THANKS[lang]} {draft}",
                                               f"{THANKS[lang]} {dropped}", lang)


# "Pour autant que" conditions what it follows as "à condition que" does.
def test_pour_autant_que_keeps_the_condition() -> None:
    draft = "Nous pouvons livrer la table mardi, à condition que le plateau arrive lundi."
    kept = "La table peut être livrée mardi, pour autant que le plateau arrive lundi."
    assert codes(draft, kept, "fr") == []


def test_pour_autant_que_said_for_si_keeps_it() -> None:
    draft = "Nous vous remboursons le montant, si vous renvoyez l'article complet."
    dropped = "Nous vous remboursons le montant."
    assert "new_commitment:condition" in codes(draft, dropped, "fr")
    kept = "Nous vous remboursons le montant, pour autant que vous renvoyiez l'article complet."
    assert codes(draft, kept, "fr") == []
    elided = "Nous vous remboursons le montant, pour autant qu'il nous revienne complet."
    assert codes(draft.replace("vous renvoyez l'article complet", "l'article nous revient "
                               "complet"), elided, "fr") == []


# "Pour autant que je sache" is "as far as I know": it keeps no condition of the draft.
def test_pour_autant_que_je_sache_is_no_condition() -> None:
    draft = "Si le plateau arrive lundi, nous livrons la table mardi."
    rewrite = "Pour autant que je sache, nous livrons la table mardi."
    assert "new_commitment:condition" in codes(draft, rewrite, "fr")

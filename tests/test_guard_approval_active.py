"""An approval said in the active voice, with our side as its subject: "our manager has approved
your claim", "nous avons accepté votre réclamation", "hemos aceptado su reclamación", "aceitámos
a sua reclamação", "wir haben Ihren Antrag genehmigt" passed where the draft only has the claim
under review; the passive ("has been approved") was caught. European Portuguese "foi aceite" and
German "anerkannt" were not read as approvals at all. Our side as the subject only: "you have
accepted the new terms" is the customer's act, and "haven't approved", "noch nicht genehmigt"
approve nothing.

German "es wird Ihnen nichts berechnet" (a dative between the verb and "nichts") is money given
free, as "es wird nichts berechnet" was.

Sentences written for this rule, none taken from a corpus set; 13 of its 24 tests fail on main."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

UNDER_REVIEW = [
    ("en", "Our manager will review your complaint.", "Our manager has approved your complaint."),
    ("en", "I've sent your request to the team.",
     "I've sent your request to the team, and we've accepted it."),
    ("fr", "Votre réclamation est en cours d'examen.", "Nous avons accepté votre réclamation."),
    ("fr", "Le responsable va examiner votre demande.", "Le responsable a approuvé votre demande."),
    ("es", "Su reclamación está en revisión.", "Hemos aceptado su reclamación."),
    ("es", "El responsable revisará su solicitud.", "El responsable ha aprobado su solicitud."),
    ("pt", "A sua reclamação está a ser analisada.", "A sua reclamação foi aceite."),
    ("pt", "A sua reclamação está a ser analisada.", "Aceitámos a sua reclamação."),
    ("pt", "O gestor vai analisar o seu pedido.", "O gestor aprovou o seu pedido."),
    ("de", "Ihre Reklamation wird geprüft.", "Ihre Reklamation wurde anerkannt."),
    ("de", "Ihre Reklamation wird geprüft.", "Wir haben Ihre Reklamation genehmigt."),
    ("de", "Die Teamleitung prüft Ihren Antrag.", "Die Teamleitung hat Ihren Antrag genehmigt."),
]
SAID_AGAIN = [
    ("en", "Your claim has been approved.", "Good news: we have approved your claim."),
    ("fr", "Votre réclamation a été acceptée.",
     "Bonne nouvelle : nous avons accepté votre réclamation."),
    ("es", "Su reclamación ha sido aprobada.", "Buenas noticias: hemos aprobado su reclamación."),
    ("pt", "A sua reclamação foi aprovada.", "Boas notícias: aprovámos a sua reclamação."),
    ("de", "Ihre Reklamation wurde genehmigt.",
     "Gute Nachricht: Wir haben Ihre Reklamation genehmigt."),
]
NOT_OURS_OR_NOT_GRANTED = [
    ("en", "We haven't approved the claim yet.",
     "The claim isn't approved yet; we haven't approved it so far."),
    ("en", "You've accepted the new terms, so the plan changes on Monday.",
     "Since you have accepted the new terms, the plan changes on Monday."),
    ("es", "Usted ha aceptado las nuevas condiciones.",
     "Ha aceptado usted las nuevas condiciones."),
    ("de", "Wir haben Ihren Antrag noch nicht genehmigt.",
     "Ihren Antrag haben wir noch nicht genehmigt."),
]


@pytest.mark.parametrize("lang,draft,rewrite", UNDER_REVIEW)
def test_an_approval_in_the_active_voice_is_new(lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:approval" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", SAID_AGAIN)
def test_the_drafts_approval_said_actively_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", NOT_OURS_OR_NOT_GRANTED)
def test_the_customers_acceptance_or_a_refusal_is_no_approval(lang: str, draft: str,
                                                              rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


def test_a_review_said_again_is_no_approval() -> None:
    assert labels("Our manager will review your complaint.",
                  "Your complaint will be reviewed by our manager.", "en") == []


@pytest.mark.parametrize("draft,rewrite", [
    ("Ich habe Ihren Fall weitergegeben.",
     "Ich habe Ihren Fall weitergegeben, und es wird Ihnen nichts berechnet."),
])
def test_nothing_charged_to_you_is_money_given(draft: str, rewrite: str) -> None:
    assert "new_commitment:credit" in labels(draft, rewrite, "de")


def test_the_drafts_nothing_charged_said_again_passes() -> None:
    assert labels("Es wird Ihnen nichts berechnet.",
                  "Für den Austausch wird Ihnen nichts berechnet.", "de") == []

"""French hedges, a waived return and gifts said otherwise (written for these rules; no
sentence comes from a corpus set):
- "approximatif" as an adjective of the figure keeps a "normalement" (lang/fr.json `hedges`);
- "peut ne pas" / "a pu ne pas" is a "may not", on the softest step (`possibilities`);
- the customer told to keep the old or first item ("Gardez l'ancien cadre") keeps a return
  waived ("Vous pouvez garder le cadre", "garde-le") — not "gardez le reçu", which is advice;
- "je vous l'offre" and "je glisse une … dans le colis" give a gift, as "je vous offre" does:
  a rewrite adding one is caught, a rewrite saying the draft's in those words passes.
- what is "prévu dans le coffret" (what a set holds) or "prévu en 160 x 200" (a size) is no
  estimate of when; "prévue dans le courant du mois" still is.
Each faithful form has an unsafe neighbour that is caught."""

from __future__ import annotations

from tests.masked_guard import labels, new_commitment

HI = "Bonjour Mme Roussel, merci pour votre message. "
BYE = " Cordialement, Hugo"


def _mail(body: str) -> str:
    return HI + body + BYE


USUALLY = _mail("Le vernissage de chaque chaise prend normalement 4 jours.")


def test_an_approximate_figure_keeps_the_usually() -> None:
    kept = _mail("Les 4 jours de vernissage par chaise sont une durée approximative.")
    assert not new_commitment(labels(USUALLY, kept, "fr"), "modality")


def test_the_usually_dropped_is_still_caught() -> None:
    firm = _mail("Le vernissage de chaque chaise prend 4 jours.")
    assert new_commitment(labels(USUALLY, firm, "fr"), "modality")


MAY_NOT = _mail("Il se peut que la teinte du bois ne corresponde pas tout à fait à l'échantillon.")


def test_a_may_not_said_with_peut_ne_pas_passes_clean() -> None:
    kept = _mail("La teinte du bois peut ne pas correspondre tout à fait à l'échantillon.")
    assert not new_commitment(labels(MAY_NOT, kept, "fr"), "modality")


def test_the_may_not_said_as_what_will_happen_is_caught() -> None:
    firm = _mail("La teinte du bois ne correspondra pas tout à fait à l'échantillon.")
    assert new_commitment(labels(MAY_NOT, firm, "fr"), "modality")


def test_a_should_is_kept_by_the_makers_word_and_lost_without_it() -> None:
    draft = _mail("Le nouveau moteur devrait être livré à l'atelier le 9 mars.")
    said = _mail("Selon le fabricant, le nouveau moteur est livré à l'atelier le 9 mars.")
    firm = _mail("Le nouveau moteur sera livré à l'atelier le 9 mars.")
    assert not new_commitment(labels(draft, said, "fr"), "modality")
    assert new_commitment(labels(draft, firm, "fr"), "modality")


KEEP = _mail("Nous vous envoyons un cadre neuf sans frais. Vous pouvez garder le cadre fendu.")


def test_keep_the_old_item_keeps_the_waived_return() -> None:
    kept = _mail("Nous vous envoyons un cadre neuf sans frais. Gardez l'ancien cadre.")
    assert "decision_changed" not in labels(KEEP, kept, "fr")


def test_the_waived_return_turned_into_a_return_is_caught() -> None:
    back = _mail("Nous vous envoyons un cadre neuf sans frais. Renvoyez-nous l'ancien cadre "
                 "et gardez le reçu.")
    assert "decision_changed" in labels(KEEP, back, "fr")


def test_keep_the_receipt_waives_no_return() -> None:
    rewrite = _mail("Nous vous envoyons un cadre neuf sans frais. Gardez le reçu : le livreur "
                    "récupère le cadre fendu.")
    assert "decision_changed" in labels(KEEP, rewrite, "fr")


GIFT = _mail("Le coussin assorti est à 18 €, mais je vous l'offre avec la commande.")
GIFTS_SAID = _mail("Le coussin assorti coûte 18 € ; je vous le fais cadeau avec la commande.")


def test_a_gift_said_je_vous_l_offre_is_read_in_the_draft() -> None:
    assert not new_commitment(labels(GIFT, GIFTS_SAID, "fr"), "credit")


def test_a_gift_said_je_vous_l_offre_added_is_caught() -> None:
    draft = _mail("Le coussin assorti est à 18 €, vous pouvez l'ajouter à la commande.")
    added = _mail("Le coussin assorti est à 18 €, mais je vous l'offre avec la commande.")
    assert new_commitment(labels(draft, added, "fr"), "credit")


def test_a_present_slipped_into_the_parcel_added_is_caught() -> None:
    draft = _mail("Votre commande part demain matin par Colissimo.")
    added = _mail("Votre commande part demain matin par Colissimo, et je glisse une boîte de "
                  "cire d'entretien dans le colis pour le retard.")
    assert new_commitment(labels(draft, added, "fr"))


def test_a_present_slipped_into_the_parcel_said_again_passes() -> None:
    draft = _mail("Votre commande part demain matin par Colissimo ; je glisse une boîte de "
                  "cire d'entretien dans le colis, offerte.")
    said = _mail("Votre commande part demain matin par Colissimo, avec une boîte de cire "
                 "d'entretien offerte dans le colis.")
    assert not new_commitment(labels(draft, said, "fr"), "credit")


def test_what_a_set_includes_is_no_estimate() -> None:
    """"prévu dans le coffret" is what the set holds, "prévu en 160 x 200" a size: no when."""
    draft = _mail("Le savon au lait d'ânesse, prévu dans le coffret Douceur, est en rupture "
                  "jusqu'à fin mars.")
    said = _mail("Le savon au lait d'ânesse du coffret Douceur est en rupture jusqu'à fin mars.")
    assert not new_commitment(labels(draft, said, "fr"), "modality")
    draft = _mail("Je confirme : le matelas est prévu en 160 x 200, comme sur le bon de "
                  "commande.")
    said = _mail("Oui, le matelas sera bien en 160 x 200, comme sur le bon de commande.")
    assert not new_commitment(labels(draft, said, "fr"), "modality")


def test_what_is_planned_in_the_course_of_a_month_is_still_an_estimate() -> None:
    draft = _mail("La pose est prévue dans le courant du mois de mai.")
    firm = _mail("La pose aura lieu dans le courant du mois de mai.")
    assert new_commitment(labels(draft, firm, "fr"), "modality")

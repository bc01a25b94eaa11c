"""Stop 57 modality reading (guard/modality.py `_frequent`, `_can`, `frequented`, `canned`;
lang/*.json `frequencies`, `attempts`, risk words among `possibilities`; the hedge count in
conditions.qualifiers_kept reads them too).

A frequency adverb ("sometimes", "a veces", "às vezes", "parfois", "manchmal") said of what
happens to the customer's matter is on the possible step, as "may" is: "customs sometimes adds
three days" said as "customs adds three days" states a frequency as certain. A "can" said of a
thing ("customs can add three days") says it again; "usually" is a step firmer. Said in an
account of what we are asked or what customers ask ("we sometimes get questions about…"), it
tells how often others write, and promises nothing. With it, "risque de" / "there's a risk" /
"corre el riesgo de" are on the possible step, and a rewrite naming an attempt ("Essayer de
convaincre le propriétaire :") keeps the "sometimes" on its result.

Every sentence is written for this reading (none comes from a corpus set): the faithful
restatement passes clean and the near-miss (hedge dropped, made "usually", made our offer) is
caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import modality_flagged as _modality
from tests.masked_guard import verdict

_CASES = [
    ("en", "Customs clearance sometimes adds three days to the delivery.",
     ["Customs clearance can add three days to the delivery.",
      "Customs clearance occasionally adds three days to the delivery.",
      "Customs clearance may add three days to the delivery.",
      "At times customs clearance adds three days to the delivery."],
     ["Customs clearance adds three days to the delivery.",
      "Customs clearance usually adds three days to the delivery."]),
    ("es", "El despacho de aduanas a veces añade tres días a la entrega.",
     ["El despacho de aduanas puede añadir tres días a la entrega.",
      "En ocasiones el despacho de aduanas añade tres días a la entrega.",
      "Puede que el despacho de aduanas añada tres días a la entrega."],
     ["El despacho de aduanas añade tres días a la entrega.",
      "El despacho de aduanas normalmente añade tres días a la entrega."]),
    ("pt", "O desembaraço aduaneiro às vezes acrescenta três dias à entrega.",
     ["O desembaraço aduaneiro pode acrescentar três dias à entrega.",
      "Por vezes, o desembaraço aduaneiro acrescenta três dias à entrega."],
     ["O desembaraço aduaneiro acrescenta três dias à entrega.",
      "O desembaraço aduaneiro normalmente acrescenta três dias à entrega."]),
    ("fr", "Le dédouanement ajoute parfois trois jours à la livraison.",
     ["Le dédouanement peut ajouter trois jours à la livraison.",
      "Il arrive que le dédouanement ajoute trois jours à la livraison.",
      "De temps en temps, le dédouanement ajoute trois jours à la livraison."],
     ["Le dédouanement ajoute trois jours à la livraison.",
      "Le dédouanement ajoute généralement trois jours à la livraison."]),
    ("de", "Die Verzollung verlängert die Lieferung manchmal um drei Tage.",
     ["Die Verzollung kann die Lieferung um drei Tage verlängern.",
      "Gelegentlich verlängert die Verzollung die Lieferung um drei Tage."],
     ["Die Verzollung verlängert die Lieferung um drei Tage.",
      "Die Verzollung verlängert die Lieferung normalerweise um drei Tage."]),
    ("en", "The repair sometimes takes 10 days.",
     ["The repair can take 10 days.", "Repairs can sometimes run to 10 days."],
     ["The repair takes 10 days."]),
    ("es", "La reparación a veces tarda 10 días.",
     ["La reparación puede tardar 10 días."], ["La reparación tarda 10 días."]),
    ("pt", "O conserto às vezes leva 10 dias.",
     ["O conserto pode levar 10 dias."], ["O conserto leva 10 dias."]),
    ("fr", "La réparation prend parfois 10 jours.",
     ["La réparation peut prendre 10 jours."], ["La réparation prend 10 jours."]),
    ("de", "Die Reparatur dauert manchmal 10 Tage.",
     ["Die Reparatur kann 10 Tage dauern."], ["Die Reparatur dauert 10 Tage."]),
]


@pytest.mark.parametrize("lang,draft,kept,firmer", _CASES)
def test_a_frequency_is_kept_and_not_stated_as_certain(lang: str, draft: str, kept: list[str],
                                                       firmer: list[str]) -> None:
    for rewrite in kept:
        assert not verdict(draft, rewrite, "", lang), rewrite
    for rewrite in firmer:
        assert _modality(draft, rewrite, lang), rewrite


# "Can" keeps a "sometimes" only said of a thing: said by us it offers, a new act.
@pytest.mark.parametrize("lang,draft,offered", [
    ("en", "The courier sometimes delivers parcels on Saturday mornings.",
     "We can deliver your parcel on Saturday morning."),
    ("es", "El mensajero a veces entrega los paquetes el sábado por la mañana.",
     "Podemos entregar su paquete el sábado por la mañana."),
])
def test_our_can_keeps_no_frequency(lang: str, draft: str, offered: str) -> None:
    assert verdict(draft, offered, "", lang)


# How often others ask or write is no hedge on what happens to the customer's matter.
@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "We sometimes get questions about the battery warranty.",
     "We get questions about the battery warranty."),
    ("en", "Customers sometimes ask whether the warranty covers batteries.",
     "Customers ask whether the warranty covers batteries."),
    ("es", "A veces nos preguntan si la garantía cubre la batería.",
     "Nos preguntan si la garantía cubre la batería."),
    ("pt", "Às vezes nos perguntam se a garantia cobre a bateria.",
     "Perguntam-nos se a garantia cobre a bateria."),
    ("fr", "On nous demande parfois si la garantie couvre la batterie.",
     "On nous demande si la garantie couvre la batterie."),
    ("de", "Kunden fragen manchmal, ob die Garantie den Akku abdeckt.",
     "Kunden fragen, ob die Garantie den Akku abdeckt."),
])
def test_how_often_we_are_asked_is_no_hedge(lang: str, draft: str, rewrite: str) -> None:
    assert not _modality(draft, rewrite, lang)


# What we get back or what the customer gets is not an account of questions: still read.
@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "We sometimes get stock back within a week.", "We get stock back within a week."),
    ("en", "You sometimes get a second email from the courier.",
     "You get a second email from the courier."),
])
def test_what_we_or_you_get_is_still_hedged(lang: str, draft: str, firmer: str) -> None:
    assert _modality(draft, firmer, lang)


# A risk is on the possible step: its noun keeps it, and the thing stated as certain is caught.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Sans la nouvelle courroie, la tondeuse risque de caler en pente.",
     "Sans la nouvelle courroie, il y a un risque que la tondeuse cale en pente.",
     "Sans la nouvelle courroie, la tondeuse calera en pente."),
    ("fr", "Sans la nouvelle courroie, la tondeuse risque de caler en pente.",
     "Sans la nouvelle courroie, la tondeuse pourrait caler en pente.",
     "Sans la nouvelle courroie, la tondeuse cale en pente."),
    ("fr", "Sans la greffe, vous risquez de perdre l'implant.",
     "Sans la greffe, vous pourriez perdre l'implant.",
     "Sans la greffe, vous perdrez l'implant."),
    ("pt", "Sem a correia nova, o cortador corre o risco de parar nas subidas.",
     "Sem a correia nova, há o risco de o cortador parar nas subidas.",
     "Sem a correia nova, o cortador vai parar nas subidas."),
    ("en", "Without the new belt, there's a risk that the mower stalls on slopes.",
     "Without the new belt, the mower might stall on slopes.",
     "Without the new belt, the mower will stall on slopes."),
    ("es", "Sin la correa nueva, el cortacésped corre el riesgo de calarse en cuesta.",
     "Sin la correa nueva, existe el riesgo de que el cortacésped se cale en cuesta.",
     "Sin la correa nueva, el cortacésped se calará en cuesta."),
])
def test_a_risk_is_a_possibility(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# The noun names how big a risk is, or that there is one ("le risque de perdre l'implant est
# élevé", "s'il y a risque d'orage"): it hedges no act, and is no hedge a rewrite must keep.
def test_the_noun_risk_is_no_hedge() -> None:
    draft = "On annule seulement s'il y a risque d'orage ou si le vent dépasse 30 km/h."
    assert not _modality(draft, "On annule uniquement en cas d'orage annoncé ou si le vent "
                         "dépasse 30 km/h.", "fr")


# An attempt named keeps a "sometimes" on its result; our firm act does not.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Je peux écrire au syndic pour lui présenter le devis ; cela suffit parfois à le "
           "convaincre de payer la réparation.",
     "Essayer de convaincre le syndic de payer la réparation : je peux lui écrire pour lui "
     "présenter le devis, cela suffit parfois.",
     "Je vais convaincre le syndic de payer la réparation en lui présentant le devis."),
    ("en", "I can write to the landlord with the quote; that sometimes convinces him to pay "
           "for the repair.",
     "To try to convince the landlord to pay for the repair, I can write to him with the "
     "quote; that sometimes works.",
     "I will convince the landlord to pay for the repair by writing to him with the quote."),
])
def test_an_attempt_keeps_a_frequency(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert not _modality(draft, kept, lang)
    assert _modality(draft, firmer, lang)


# Only one opening its clause: a try after a firm act leaves that act firm.
def test_a_try_after_a_firm_act_keeps_nothing() -> None:
    draft = "We may be able to repair the hinge this week."
    assert _modality(draft, "We will repair the hinge this week and try to return it by "
                     "Friday.", "en")

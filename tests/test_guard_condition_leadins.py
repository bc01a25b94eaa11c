"""Conditions kept in shapes the guard did not see (stop 44):

- a heading before a colon ("Extra hour: ⟦12⟧, only if…", "- Tarif groupe : …, si…") is
  covered by the draft's condition closing the part after the colon (read narrowly: three
  words at most, each the draft's; the condition after a comma, ending that part);
- a label before a colon that names what the draft's condition names ("Leak from the chimney:
  he will quote you") is that condition said as a heading;
- in the draft, a condition in a clause of consequence ("…, so we can't promise it if…") or in
  a relative clause ("…, which we can do for you if…") is on that clause, not on the one before;
- English "if not" / "if they weren't" said as "otherwise" keeps the condition;
- a condition on what the draft only disclaims ("we can't promise delivery before Friday if
  the approval comes later"), dropped where the rewrite keeps the disclaimer, promises nothing;
- the customer's wish ("if you want, I'll book you in") asked outright ("Shall I book you in?")
  is still theirs to answer.

Each faithful restatement passes clean; the same rewrite without the condition is still caught.
Written for these rules (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

CASES = [
    # (lang, draft, faithful rewrite, the rewrite without its condition)
    # A heading before a colon, the condition closing what follows it.
    ("en", "An extra hour costs 90 euros and is only possible if the party ends by midnight.",
     "Extra hour: 90 euros, only if the party ends by midnight.",
     "Extra hour: 90 euros, and it is possible."),
    ("es", "Una hora extra cuesta 90 euros y solo es posible si la fiesta termina antes de "
           "medianoche.",
     "Hora extra: 90 euros, solo si la fiesta termina antes de medianoche.",
     "Hora extra: 90 euros, y es posible."),
    ("fr", "Une heure supplémentaire coûte 90 euros et n'est possible que si la fête se termine "
           "avant minuit.",
     "Heure supplémentaire : 90 euros, uniquement si la fête se termine avant minuit.",
     "Heure supplémentaire : 90 euros, et c'est possible."),
    ("pt", "Uma hora extra custa 90 euros e só é possível se a festa terminar até à meia-noite.",
     "Hora extra: 90 euros, só se a festa terminar até à meia-noite.",
     "Hora extra: 90 euros, e é possível."),
    ("de", "Eine zusätzliche Stunde kostet 90 Euro und ist nur möglich, wenn die Feier bis "
           "Mitternacht endet.",
     "Zusätzliche Stunde: 90 Euro, nur wenn die Feier bis Mitternacht endet.",
     "Zusätzliche Stunde: 90 Euro, und sie ist möglich."),
    ("en", "The group rate is 25 euros per person if you are at least eight, and booking is "
           "online.",
     "- Group rate: 25 euros per person, if you are at least eight.\n- Booking: online.",
     "- Group rate: 25 euros per person.\n- Booking: online."),
    ("fr", "Le tarif groupe est de 25 euros par personne si vous êtes au moins huit, et la "
           "réservation se fait en ligne.",
     "- Tarif groupe : 25 euros par personne, si vous êtes au moins huit.\n- Réservation : "
     "en ligne.",
     "- Tarif groupe : 25 euros par personne.\n- Réservation : en ligne."),
    # A label naming the condition.
    ("en", "If the leak comes from the chimney flashing, the roofer will send you a quote.",
     "Leak coming from the chimney flashing: the roofer will send you a quote.",
     "The roofer will send you a quote for the chimney."),
    ("fr", "Si la fuite vient du solin de la cheminée, le couvreur vous fera un devis.",
     "Fuite venant du solin de la cheminée : le couvreur vous fera un devis.",
     "Le couvreur vous fera un devis pour la cheminée."),
    ("es", "Si la fuga viene de la chimenea, el techador le enviará un presupuesto.",
     "Fuga que viene de la chimenea: el techador le enviará un presupuesto.",
     "El techador le enviará un presupuesto."),
    ("pt", "Se a dor vier acompanhada de febre alta, ligue logo para a clínica.",
     "- Dor acompanhada de febre alta: ligue logo para a clínica.",
     "- Ligue logo para a clínica."),
    # A condition in a clause of consequence or a relative clause, in the draft.
    ("en", "The paint needs three days to dry after the second coat, so we can deliver the "
           "table on Saturday if you confirm today.",
     "The paint needs three days to dry after the second coat; if you confirm today, we can "
     "deliver the table on Saturday.",
     "The paint needs three days to dry after the second coat; we can deliver the table on "
     "Saturday."),
    ("en", "Have new keys cut by a locksmith, which we can arrange for 30 euros if you order "
           "them before Monday.",
     "Have new keys cut by a locksmith; we can arrange it for 30 euros if you order them "
     "before Monday.",
     "Have new keys cut by a locksmith; we can arrange it for 30 euros."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_condition_kept_in_another_shape_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_the_same_rewrite_without_it_is_caught(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


# A condition on a refusal, said after the reason it follows from: the rewrite that drops it
# refuses more, which is no leak, so these are read in the passing direction only.
REASONED = [
    ("en", "The wood needs, as a rule, two to three days to settle after the repair, so we "
           "cannot guarantee the result if the repair is done close to the move.",
     "The wood usually takes two to three days to settle after the repair; if it is done "
     "right before the move, we cannot guarantee the result."),
    ("pt", "A madeira precisa, em regra, de dois a três dias para assentar depois do conserto, "
           "por isso não garantimos o resultado se o conserto for feito perto da mudança.",
     "A madeira leva, normalmente, dois a três dias a assentar depois do conserto; se ele for "
     "feito muito em cima da mudança, não podemos garantir o resultado."),
]


@pytest.mark.parametrize(("lang", "draft", "kept"), REASONED)
def test_the_reason_before_a_conditioned_consequence_is_not_covered(lang, draft, kept):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


def test_a_condition_on_something_else_covers_no_lead_in():
    # The lead-in says what the draft conditions; the condition after its colon is about
    # something else (a wish of the customer), so the draft's own is still dropped.
    draft = "We can add an extra night for 40 euros if a room is still free on Friday."
    rewrite = ("An extra night for 40 euros: we can add it, if you'd like; just tell us.")
    assert COND in labels(letter("en", draft), letter("en", rewrite), "en")


# "If not" said as "otherwise": English only needs it (elsewhere "sinon", "de lo contrario",
# "senão", "sonst" are conditions already). A condition that names something of its own, said
# as "otherwise", is still dropped.
def test_if_they_were_not_said_as_otherwise_passes_clean():
    draft = ("The lights are included if they were on your order. If they weren't, they're 4 "
             "euros each, and we can't promise the same model is still in stock.")
    kept = ("The lights are included if they were on your order. Otherwise they're 4 euros "
            "each, and we can't promise the same model is still in stock.")
    assert labels(letter("en", draft), letter("en", kept), "en") == []


def test_a_condition_of_its_own_said_as_otherwise_is_caught():
    draft = ("The lights are included if they were on your order. If the order is older than "
             "a year, they're 4 euros each.")
    dropped = ("The lights are included if they were on your order. Otherwise they're 4 "
               "euros each.")
    assert COND in labels(letter("en", draft), letter("en", dropped), "en")


DISCLAIMED = [
    ("en", "Please approve the design by Monday. We can't promise delivery before Friday if the "
           "approval comes later.",
     "Please approve the design by Monday. Later than that, we can't promise delivery before "
     "Friday."),
    ("es", "Apruebe el diseño antes del lunes, por favor. No podemos garantizar la entrega antes "
           "del viernes si la aprobación llega más tarde.",
     "Apruebe el diseño antes del lunes, por favor. Más tarde, ya no podemos garantizar la "
     "entrega antes del viernes."),
    ("fr", "Merci de valider le modèle avant lundi. Nous ne pouvons pas garantir la livraison "
           "avant vendredi si la validation arrive plus tard.",
     "Merci de valider le modèle avant lundi. Plus tard, nous ne pouvons pas garantir la "
     "livraison avant vendredi."),
    ("pt", "Aprove o desenho até segunda, por favor. Não podemos garantir a entrega antes de "
           "sexta se a aprovação chegar mais tarde.",
     "Aprove o desenho até segunda, por favor. Mais tarde, já não podemos garantir a entrega "
     "antes de sexta."),
    ("de", "Bitte geben Sie den Entwurf bis Montag frei. Wir können die Lieferung vor Freitag "
           "nicht garantieren, wenn die Freigabe später kommt.",
     "Bitte geben Sie den Entwurf bis Montag frei. Später können wir die Lieferung vor Freitag "
     "nicht garantieren."),
]


@pytest.mark.parametrize(("lang", "draft", "kept"), DISCLAIMED)
def test_a_disclaimer_said_without_its_condition_passes_clean(lang, draft, kept):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


def test_a_promise_beside_the_disclaimer_still_keeps_its_condition():
    draft = ("If the approval comes after Monday, we can't promise delivery before Friday, and "
             "the setup fee is waived.")
    dropped = "We can't promise delivery before Friday, and the setup fee is waived."
    assert COND in labels(letter("en", draft), letter("en", dropped), "en")


ASKED = [
    ("en", "If you want, I can book you in with Deniz, who probably still has slots this week.",
     "Shall I book you in with Deniz? He probably still has slots this week.",
     "I'm booking you in with Deniz. He probably still has slots this week."),
    ("de", "Wenn du willst, trage ich dich bei Deniz ein, er hat diese Woche voraussichtlich "
           "noch Termine frei.",
     "Soll ich dich gleich bei Deniz eintragen? Er hat diese Woche voraussichtlich noch "
     "Termine frei.",
     "Ich trage dich gleich bei Deniz ein. Er hat diese Woche voraussichtlich noch Termine "
     "frei."),
    ("fr", "Si vous le souhaitez, je vous inscris chez Deniz, qui a probablement encore des "
           "créneaux cette semaine.",
     "Voulez-vous que je vous inscrive chez Deniz ? Il a probablement encore des créneaux "
     "cette semaine.",
     "Je vous inscris chez Deniz. Il a probablement encore des créneaux cette semaine."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), ASKED)
def test_a_wish_asked_outright_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), ASKED)
def test_the_wish_dropped_from_a_statement_is_caught(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)

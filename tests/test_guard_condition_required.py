"""A requirement said as a noun or a predicate ("A positive credit check is required",
"Voraussetzung ist eine positive Bonitätsprüfung", "Es necesaria…", "Il faut un acompte…",
"É necessária…") after a promise or offer of ours, in its sentence or in the sentence right
after it, is that promise's condition (guard/conditions.py `_required`, `_attached`): a
rewrite dropping it, or naming the thing as a plain step ("we'll run the credit check for
you"), gives the promise without it; one restating it in any shape ("only if the check is
positive", "you'll need…", "Dafür brauchen wir…", "Bedingung: …") keeps it. A requirement
beside no promise, denied ("no account is required"), itself conditional ("if required"), a
reason ("because the survey is needed"), a span of time ("il faut 8 jours") or before the
offer it answers ("you need a third lane: I can book it") is not read.

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"


# (lang, draft, rewrites that keep the requirement, rewrites that drop it)
CASES = [
    ("en", "We can spread the amount over 12 monthly payments. A positive credit check is "
           "required.",
     ["You can pay in 12 monthly instalments, but you'll need a positive credit check first.",
      "We can spread the amount over 12 monthly payments, only if the credit check is "
      "positive.",
      "We can spread the amount over 12 monthly payments. For that, a positive credit check "
      "is needed."],
     ["We can spread the amount over 12 monthly payments.",
      "We can spread the amount over 12 monthly payments. We'll run a credit check for you."]),
    ("en", "We can replace the frame free of charge; proof of purchase is required.",
     ["We'll replace the frame free of charge as long as you can show proof of purchase.",
      "We can replace the frame free of charge, but we'll need your proof of purchase."],
     ["We can replace the frame free of charge.",
      "We can replace the frame free of charge. Please keep your proof of purchase handy."]),
    ("de", "Wir können den Betrag auf 12 Monatsraten verteilen. Voraussetzung ist eine positive "
           "Bonitätsprüfung.",
     ["Sie können in 12 Monatsraten zahlen, sobald die Bonitätsprüfung positiv ist.",
      "Wir können den Betrag auf 12 Monatsraten verteilen, sofern die Bonitätsprüfung positiv "
      "ausfällt."],
     ["Wir können den Betrag auf 12 Monatsraten verteilen.",
      "Wir können den Betrag auf 12 Monatsraten verteilen. Die Bonitätsprüfung übernehmen wir "
      "für Sie."]),
    ("de", "Wir erstatten Ihnen 48 € pro Kurstag. Voraussetzung ist eine ärztliche Bestätigung.",
     ["Wir erstatten Ihnen 48 € pro Kurstag, wenn Sie uns eine ärztliche Bestätigung "
      "schicken.",
      "Wir erstatten Ihnen 48 € pro Kurstag. Dafür brauchen wir eine ärztliche Bestätigung.",
      "Sie bekommen 48 € pro Kurstag zurück; eine ärztliche Bestätigung muss vorliegen."],
     ["Wir erstatten Ihnen 48 € pro Kurstag.",
      "Wir erstatten Ihnen 48 € pro Kurstag. Die ärztliche Bestätigung schicken wir Ihnen "
      "zu."]),
    ("de", "Wir können das Fahrrad bis Freitag reparieren; dafür ist eine Anzahlung "
           "erforderlich.",
     ["Wir können das Fahrrad bis Freitag reparieren, sofern Sie eine Anzahlung leisten."],
     ["Wir können das Fahrrad bis Freitag reparieren."]),
    ("de", "Eine Verlängerung ist bei uns möglich:\n- Dauer 2 oder 4 Wochen\n- Voraussetzung "
           "ist eine gültige Haftpflichtversicherung\n- Kosten 15 € pro Woche",
     ["Sie können verlängern:\n- 2 oder 4 Wochen\n- Bedingung: eine gültige "
      "Haftpflichtversicherung\n- 15 € pro Woche"],
     ["Sie können verlängern:\n- 2 oder 4 Wochen\n- Ihre Haftpflichtversicherung prüfen wir "
      "gleich mit\n- 15 € pro Woche"]),
    ("es", "Le cambiamos las botas sin coste. Es necesario el ticket de compra.",
     ["Le cambiamos las botas sin coste; solo necesitamos el ticket de compra.",
      "Le cambiamos las botas sin coste si nos trae el ticket de compra."],
     ["Le cambiamos las botas sin coste."]),
    ("es", "Podemos reservarle la mesa para el sábado; se requiere una señal de 20 €.",
     ["Podemos reservarle la mesa para el sábado, siempre que deje una señal de 20 €."],
     ["Podemos reservarle la mesa para el sábado y la señal de 20 € la cobramos allí."]),
    ("fr", "Nous pouvons réserver la salle pour samedi. Il faut un acompte de 30 %.",
     ["Nous pouvons réserver la salle pour samedi, à condition de verser un acompte de 30 %.",
      "Nous pouvons réserver la salle pour samedi ; pour cela, il nous faut un acompte de "
      "30 %."],
     ["Nous pouvons réserver la salle pour samedi, et l'acompte de 30 % se règle sur place."]),
    ("fr", "Nous repeignons la porte mardi ; une autorisation de la copropriété est nécessaire.",
     ["Nous repeignons la porte mardi, une fois l'autorisation de la copropriété obtenue."],
     ["Nous repeignons la porte mardi."]),
    ("pt", "Podemos trocar o relógio sem custo. É necessária a nota fiscal.",
     ["Podemos trocar o relógio sem custo, desde que você apresente a nota fiscal.",
      "Podemos trocar o relógio sem custo; para isso, precisamos da nota fiscal."],
     ["Podemos trocar o relógio sem custo."]),
    ("pt", "Vamos instalar a bancada na sexta; é preciso que a parede esteja seca.",
     ["Vamos instalar a bancada na sexta, se a parede estiver seca."],
     ["Vamos instalar a bancada na sexta."]),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", CASES)
def test_a_requirement_after_a_promise_is_its_condition(lang, draft, kept, dropped):
    for rewrite in kept:
        assert COND not in labels(draft, rewrite, lang), rewrite
    for rewrite in dropped:
        assert COND in labels(draft, rewrite, lang), rewrite


@pytest.mark.parametrize("lang,draft,rewrite", [
    # Denied: nothing is required.
    ("en", "We'll send the new router on Monday. No account is required to set it up.",
     "We'll send the new router on Monday and you can set it up without an account."),
    ("de", "Wir schicken Ihnen das Paket am Montag. Eine Unterschrift ist nicht nötig.",
     "Wir schicken Ihnen das Paket am Montag, ohne Unterschrift."),
    ("es", "Le enviamos el paquete el lunes. No es necesario firmar.",
     "Le enviamos el paquete el lunes, sin necesidad de firma."),
    ("pt", "Vamos instalar a bancada na sexta. Não é necessário agendar.",
     "Vamos instalar a bancada na sexta, sem agendamento."),
    # A condition of its own: "if required".
    ("en", "We'll send the new router on Monday, and a technician visits if required.",
     "We'll send the new router on Monday, and a technician visits if needed."),
    # A span of time, not what must hold.
    ("en", "We will ship your lamp on Monday. Three days are needed for delivery.",
     "We will ship your lamp on Monday and it takes three days to arrive."),
    ("fr", "Nous vous rappelons lundi. Il faut compter 8 jours de séchage.",
     "Nous vous rappelons lundi ; le séchage prend 8 jours."),
    # A reason, not a condition.
    ("en", "I can't refund the inspection fee, because the inspection was done and is needed "
           "for the fitting.",
     "I can't refund the inspection fee: the inspection was done, and the fitting relies on "
     "it."),
    # Before the offer: the customer's need the offer answers.
    ("fr", "Pour 14 personnes, il vous faut une deuxième table : je peux la réserver si tu "
           "confirmes avant vendredi.",
     "Pour 14 personnes, je peux réserver une deuxième table si tu confirmes avant vendredi."),
    # Beside no promise (a question before it).
    ("en", "Could you send us a photo? A clear picture of the label is required.",
     "Could you send us a clear photo of the label?"),
])
def test_a_requirement_that_conditions_no_promise_is_not_read(lang, draft, rewrite):
    assert COND not in labels(draft, rewrite, lang)

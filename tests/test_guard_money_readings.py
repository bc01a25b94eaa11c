"""Money and goods said another way: a refund of the very amount the draft pays back ("a £30
deposit, which you'd get back" → "a £30 deposit, refunded when…"); money paid back in other
verbs ("überweisen wir Ihnen … zurück", "zurückzahlen", "ersetzt Ihnen die 300 €", "le
indemnizamos", "vous dédommager", "ressarcimos-lhe"); a replacement said with its verb put last
("müssen wir ihn ersetzen"), with a count ("nous vous renvoyons 2 bocaux", "neue Würmer
schicke ich dir") or as "reponer"; a free thing said in other words ("den Rückversand zahlen
wir", "we'll pay for it", "não há custo"); a refund refused as money not given back ("kann
ich dir nicht zurückgeben"). Readings dropped because they let a changed rewrite through
(development mutants): "para enviarmos outra" (a replacement only meant), "which we'll pay
for", "covered by the ⟦n⟧ warranty" (a warranty length excusing "is covered"), "podemos
asumir hasta ⟦n⟧", "ne peut pas vous être rendu". Each faithful restatement passes clean;
its unsafe neighbour (the condition dropped, the promise new, the refusal turned) is still
caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

_PAID_BACK = [
    ("en", "If the drill still fails, we can lend you another one for the week against a £30 "
           "deposit, which you'd get back when you return it.",
     "If the drill still fails, you can borrow another one from us for the week with a £30 "
     "deposit, refunded when you bring it back.",
     "If the drill still fails, you can borrow another one from us for the week with a £30 "
     "deposit, refunded straight away."),
    ("de", "Sobald das Rad wieder bei uns ist, überweisen wir Ihnen die 200 € Kaution zurück.",
     "Die 200 € Kaution erstatten wir Ihnen, sobald das Rad wieder bei uns ist.",
     "Die 200 € Kaution erstatten wir Ihnen noch heute."),
    ("de", "Fällt das Konzert aus, würden wir Ihnen die Anzahlung von 300 € zurückzahlen.",
     "Fällt das Konzert aus, würden wir Ihnen die Anzahlung von 300 € erstatten.",
     "Wir erstatten Ihnen die Anzahlung von 300 €."),
    ("es", "Si el envío llega tarde, le indemnizamos con 40 €.",
     "Si el envío llega tarde, le devolvemos 40 €.",
     "Le devolvemos 40 €."),
    ("fr", "Si le colis arrive en retard, nous vous dédommagerons de 40 €.",
     "Si le colis arrive en retard, nous vous rembourserons 40 €.",
     "Nous vous rembourserons 40 €."),
    ("pt", "Se a encomenda chegar atrasada, ressarcimos-lhe os 40 €.",
     "Se a encomenda chegar atrasada, devolvemos-lhe os 40 €.",
     "Devolvemos-lhe os 40 €."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", _PAID_BACK)
def test_money_paid_back_said_otherwise(lang, draft, kept, dropped):
    """The draft's money back said in other words is its refund; said without its condition
    it is still caught."""
    assert not new_commitment(labels(draft, kept, lang)), labels(draft, kept, lang)
    assert new_commitment(labels(draft, dropped, lang), "refund")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("de", "Über eine Entschädigung für den Mantel entscheidet die Versicherung.",
     "Die Versicherung ersetzt Ihnen dann die 300 € für den Mantel."),
    ("es", "Sobre una compensación decidirá la aseguradora.",
     "La aseguradora le indemnizará con 300 € por el abrigo."),
    ("pt", "Sobre uma compensação decide a seguradora.",
     "A seguradora vai ressarci-lo? Não: ressarcimos-lhe nós os 300 € do casaco."),
])
def test_money_paid_back_the_draft_does_not_promise(lang, draft, rewrite):
    """"Ersetzt Ihnen die 300 €", "le indemnizará con 300 €": money paid back, a promise the
    draft leaves to someone's decision."""
    assert new_commitment(labels(draft, rewrite, lang))


def test_a_refund_beside_the_same_amount_still_names_its_own_thing():
    """The amount makes a refund the draft's only when its clause names nothing else new: a
    free delivery beside it is a new promise."""
    draft = "We've refunded the $40 for the missing items to your card."
    rewrite = "We've refunded the $40 for the missing items, and your next delivery is on us."
    assert new_commitment(labels(draft, rewrite, "en"))


_REPLACED = [
    ("de", "Der Motor der Pumpe ist defekt, deshalb müssen wir ihn komplett ersetzen.",
     "Der Motor der Pumpe ist defekt; Sie bekommen deshalb einen neuen Motor als Ersatz.",
     "Der Motor der Pumpe ist defekt, wir reparieren ihn diese Woche.",
     "Der Motor der Pumpe ist defekt, deshalb werden wir ihn komplett ersetzen."),
    ("de", "Neue Würmer schicke ich dir am Montag, kostenlos für dich.",
     "Am Montag gehen kostenlos neue Würmer als Ersatz an dich.",
     "Die Würmer waren leider zu lange unterwegs.",
     "Die Würmer waren leider zu lange unterwegs; neue Würmer schicke ich dir am Montag."),
    ("es", "Podemos reponer sin costo las 3 macetas que llegaron rotas.",
     "Las 3 macetas que llegaron rotas se las reemplazamos sin costo.",
     "Lamentamos lo de las 3 macetas que llegaron rotas.",
     "Lamentamos lo de las 3 macetas que llegaron rotas; se las reponemos esta semana."),
    ("fr", "Nous vous renvoyons 2 bocaux de confiture dès demain.",
     "Dès demain, nous allons remplacer vos 2 bocaux de confiture.",
     "Nous pouvons vous proposer un avoir pour les 2 bocaux de confiture.",
     "Nous vous renvoyons 2 bocaux de confiture dès demain."),
    ("pt", "Enviamos-lhe outra garrafa amanhã, sem custo.",
     "Substituímos a garrafa amanhã, sem custo.",
     "Lamentamos a garrafa partida; precisamos de uma fotografia da etiqueta.",
     "Lamentamos a garrafa partida. Enviamos-lhe outra amanhã."),
]


@pytest.mark.parametrize("lang,draft,kept,other,added", _REPLACED)
def test_a_replacement_said_otherwise(lang, draft, kept, other, added):
    """The draft's replacement, said with its verb last, with a count or as "reponer", is the
    one the rewrite restates; the same words where the draft replaces nothing add
    one."""
    assert not new_commitment(labels(draft, kept, lang)), labels(draft, kept, lang)
    assert new_commitment(labels(other, added, lang), "replacement")


def test_a_replacement_only_meant_is_not_the_draft_s_promise():
    """"Para enviarmos outra, precisamos de…" says what a replacement needs, not that it is
    on its way: the personal infinitive after "para" is not read as a replacement, so a firm
    one added beside it is still new."""
    draft = ("Lamentamos a garrafa partida. Para enviarmos outra, precisamos de uma fotografia "
             "da etiqueta.")
    rewrite = draft + " A reposição já está a ser embalada para envio."
    assert new_commitment(labels(draft, rewrite, "pt"), "replacement")


@pytest.mark.parametrize("lang,draft", [
    ("de", "Den Liftkartenpreis von 22 € kann ich dir nicht ersetzen."),
    ("de", "Fehlende Liter können wir nicht ersetzen, das Öl ist aus deinen Kernen."),
    ("fr", "Nous vous renvoyons à notre page d'aide pour le suivi."),
])
def test_what_replaces_or_pays_back_nothing(lang, draft):
    """A refusal ("kann ich dir nicht ersetzen") or a pointer ("nous vous renvoyons à…")
    promises nothing, in the draft said again as it stands."""
    assert not new_commitment(labels(draft, draft, lang))


_FREE = [
    ("de", "Schick uns das Rad; den Rückversand zahlen wir.",
     "Schick uns das Rad; den Rückversand übernehmen wir.",
     "Schick uns das Rad; den Versand zu uns zahlst du.",
     "Schick uns das Rad; den Versand zu uns zahlst du, die Anfahrt zahlen wir."),
    ("en", "The new seal ships by overnight courier, and we'll pay for it.",
     "The new seal ships by overnight courier, at our expense.",
     "The new seal ships by overnight courier.",
     "The new seal ships by overnight courier, and we'll pay for it."),
    ("en", "Ms Kaur has a review slot on Thursday at 4 pm, included in your fee.",
     "Ms Kaur can review you on Thursday at 4 pm at no extra cost.",
     "Ms Kaur has a review slot on Thursday at 4 pm.",
     "Ms Kaur has a review slot on Thursday at 4 pm at no extra cost."),
    ("pt", "Na primeira opção não há custo adicional.",
     "A primeira opção não tem custo adicional.",
     "A primeira opção custa 50 €.",
     "A primeira opção custa 50 €; na segunda não haverá custo nenhum."),
]


@pytest.mark.parametrize("lang,draft,kept,other,added", _FREE)
def test_a_free_thing_said_otherwise(lang, draft, kept, other, added):
    """What we pay for said as "we'll pay for it", "zahlen wir", "não há custo", "included in
    your fee" is the draft's credit. Said where the draft gives nothing free, the same words
    add a credit."""
    assert not new_commitment(labels(draft, kept, lang)), labels(draft, kept, lang)
    assert new_commitment(labels(other, added, lang)), labels(other, added, lang)


_NOT_PAID_BACK = [
    ("de", "Die Pressgebühr von 12 € kann ich dir nicht erstatten, weil die Presse gelaufen ist.",
     "Die 12 € Pressgebühr kann ich dir nicht zurückgeben, weil die Presse gelaufen ist.",
     "Die 12 € Pressgebühr gebe ich dir zurück, obwohl die Presse gelaufen ist."),
]


@pytest.mark.parametrize("lang,draft,kept,given", _NOT_PAID_BACK)
def test_a_refund_refused_as_money_not_given_back(lang, draft, kept, given):
    """A refused refund said as the amount not given back ("kann ich dir nicht
    zurückgeben") keeps the refusal; the amount given back after all changes the decision."""
    assert "decision_changed" not in labels(draft, kept, lang), labels(draft, kept, lang)
    assert "decision_changed" in labels(draft, given, lang)


def test_goods_given_back_are_no_refund():
    """"Devolver os 2 pares" returns goods: a refusal of later returns stays a return."""
    draft = "Pode devolver os 2 pares até 10 de maio; depois disso não aceitamos devoluções."
    kept = "Até 10 de maio pode devolver os 2 pares; depois disso já não aceitamos devoluções."
    assert "decision_changed" not in labels(draft, kept, "pt")

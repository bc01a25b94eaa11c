"""A condition's word said beside a sentence that restates another of the draft's sentences
does not keep it: "If you resend the receipt, the fourth claim goes back for review and, if
approved, is paid in the same May cycle" → "…goes back for review and is paid in the May
cycle", the word "approved" said two sentences on, of three other claims ("Three claims were
approved last week"), beside "The refund for those three will be paid in the same May cycle",
which says the draft's other sentence about that cycle. The sentences beside a rewrite sentence
are read for a condition only around those that say its own draft sentence most closely
(`conditions.qualifiers_kept`'s `near`).

Sentences written for this rule, none taken from a corpus set. On main, 4 of these tests fail
(the dropped condition in English, French, Portuguese and German; main catches the Spanish one
by another reading). A sentence holding half the conditioned sentence's words or more says it
too, whatever longer sentence it is merged with (`MERGED`; English is left out, main rejects
its rewrite for another reason)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

# Draft, the rewrite dropping the "if approved" with the word said of other claims far off,
# the rewrite keeping it in other words.
CASES = {
    "en": (
        "Three claims were approved last week. The refund for those three will be paid in the "
        "May cycle. If you resend the receipt by Friday, the fourth claim goes back for review "
        "and, if approved, is paid in the same May cycle. After that date it is closed.",
        "If you resend the receipt by Friday, the fourth claim goes back for review and{} is "
        "paid in the May cycle. After that date it is closed. Three claims were approved last "
        "week. The refund for those three will be paid in the same May cycle.",
        ", once approved,"),
    "fr": (
        "Trois dossiers ont été approuvés la semaine dernière. Le remboursement de ces trois "
        "dossiers sera versé dans le cycle de mai. Si vous renvoyez le justificatif d'ici "
        "vendredi, le quatrième dossier repart en vérification et, s'il est approuvé, est payé "
        "dans le même cycle de mai. Après cette date, il est clôturé.",
        "Si vous renvoyez le justificatif d'ici vendredi, le quatrième dossier repart en "
        "vérification et{} est payé dans le cycle de mai. Après cette date, il est clôturé. "
        "Trois dossiers ont été approuvés la semaine dernière. Le remboursement de ces trois "
        "dossiers sera versé dans le même cycle de mai.",
        ", une fois approuvé,"),
    "es": (
        "Tres reclamaciones fueron aprobadas la semana pasada. El reembolso de esas tres se "
        "pagará en el ciclo de mayo. Si reenvía el recibo antes del viernes, la cuarta "
        "reclamación vuelve a revisión y, si se aprueba, se paga en el mismo ciclo de mayo. "
        "Después de esa fecha, se cierra.",
        "Si reenvía el recibo antes del viernes, la cuarta reclamación vuelve a revisión y{} "
        "se paga en el ciclo de mayo. Después de esa fecha, se cierra. Tres reclamaciones "
        "fueron aprobadas la semana pasada. El reembolso de esas tres se pagará en el mismo "
        "ciclo de mayo.",
        ", una vez aprobada,"),
    "pt": (
        "Três pedidos foram aprovados na semana passada. O reembolso desses três será pago no "
        "ciclo de maio. Se reenviar o recibo até sexta, o quarto pedido volta para análise e, "
        "se aprovado, é pago no mesmo ciclo de maio. Depois dessa data, é encerrado.",
        "Se reenviar o recibo até sexta, o quarto pedido volta para análise e{} é pago no "
        "ciclo de maio. Depois dessa data, é encerrado. Três pedidos foram aprovados na semana "
        "passada. O reembolso desses três será pago no mesmo ciclo de maio.",
        ", uma vez aprovado,"),
    "de": (
        "Drei Anträge wurden letzte Woche genehmigt. Die Erstattung für diese drei wird im "
        "Mai-Zyklus ausgezahlt. Wenn Sie den Beleg bis Freitag erneut senden, geht der vierte "
        "Antrag zurück in die Prüfung und wird, falls er genehmigt wird, im selben Mai-Zyklus "
        "ausgezahlt. Nach diesem Datum wird er geschlossen.",
        "Wenn Sie den Beleg bis Freitag erneut senden, geht der vierte Antrag zurück in die "
        "Prüfung und wird{} im Mai-Zyklus ausgezahlt. Nach diesem Datum wird er geschlossen. "
        "Drei Anträge wurden letzte Woche genehmigt. Die Erstattung für diese drei wird im "
        "selben Mai-Zyklus ausgezahlt.",
        ", sobald er genehmigt ist,"),
}
LANGS = list(CASES)


@pytest.mark.parametrize("lang", LANGS)
def test_a_condition_dropped_is_not_kept_by_a_far_sentence(lang: str) -> None:
    draft, rewrite, _ = CASES[lang]
    assert new_commitment(labels(draft, rewrite.format(""), lang), "condition")


@pytest.mark.parametrize("lang", LANGS)
def test_the_condition_kept_in_other_words_passes(lang: str) -> None:
    draft, rewrite, kept = CASES[lang]
    assert labels(draft, rewrite.format(kept), lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_draft_said_in_its_own_order_passes(lang: str) -> None:
    draft, _, _ = CASES[lang]
    assert labels(draft, draft, lang) == []


# A rewrite sentence saying the conditioned one whole, merged with a longer draft sentence it
# shares more with, still says it: the condition it keeps is this one's ("A new date works only
# if the water clears…; without rain, the river usually clears in a few days…", the options
# listed after it "under the same conditions").
MERGED = [
    ("fr", "Vous pouvez avoir un remboursement intégral sur votre carte. Ou une nouvelle date, "
           "lundi ou mardi, si l'eau s'éclaircit et s'il reste des places pour le groupe. Sans "
           "pluie, la rivière s'éclaircit en général en quelques jours, mais sans garantie, et "
           "les guides décident chaque matin.",
           "Une nouvelle date n'est possible que si l'eau s'éclaircit et s'il reste des places "
           "pour le groupe ; sans pluie, la rivière s'éclaircit en général en quelques jours, "
           "mais sans garantie, et les guides décident chaque matin. Vous avez donc deux "
           "options. Vous pouvez avoir un remboursement intégral sur votre carte. Ou une "
           "nouvelle date, lundi ou mardi, aux mêmes conditions."),
    ("es", "Puede recibir un reembolso íntegro en su tarjeta. O una nueva fecha, lunes o martes, "
           "si el agua se aclara y hay plazas para el grupo. Sin lluvia, el río suele aclararse "
           "en pocos días, pero no hay garantía, y los guías deciden cada mañana.",
           "Una nueva fecha solo es posible si el agua se aclara y hay plazas para el grupo; sin "
           "lluvia, el río suele aclararse en pocos días, pero no hay garantía, y los guías "
           "deciden cada mañana. Así que tiene dos opciones. Puede recibir un reembolso íntegro "
           "en su tarjeta. O una nueva fecha, lunes o martes, con las mismas condiciones."),
    ("pt", "Pode receber o reembolso integral no cartão. Ou uma nova data, segunda ou terça, se "
           "a água clarear e houver vagas para o grupo. Sem chuva, o rio normalmente fica limpo "
           "em poucos dias, mas não há garantia, e os guias decidem todas as manhãs.",
           "Uma nova data só é possível se a água clarear e houver vagas para o grupo; sem "
           "chuva, o rio normalmente fica limpo em poucos dias, mas não há garantia, e os guias "
           "decidem todas as manhãs. Então há duas opções. Pode receber o reembolso integral no "
           "cartão. Ou uma nova data, segunda ou terça, com as mesmas condições."),
    ("de", "Sie können eine volle Erstattung auf Ihre Karte bekommen. Oder einen neuen Termin, "
           "Montag oder Dienstag, wenn das Wasser klar wird und es Plätze für die Gruppe gibt. "
           "Ohne Regen wird der Fluss meist in wenigen Tagen klar, aber eine Garantie gibt es "
           "nicht, und die Guides entscheiden jeden Morgen.",
           "Ein neuer Termin geht nur, wenn das Wasser klar wird und es Plätze für die Gruppe "
           "gibt; ohne Regen wird der Fluss meist in wenigen Tagen klar, aber eine Garantie gibt "
           "es nicht, und die Guides entscheiden jeden Morgen. Sie haben also zwei "
           "Möglichkeiten. Sie können eine volle Erstattung auf Ihre Karte bekommen. Oder einen "
           "neuen Termin, Montag oder Dienstag, zu denselben Bedingungen."),
]


@pytest.mark.parametrize("lang,draft,rewrite", MERGED)
def test_the_condition_kept_in_a_merged_sentence_passes(lang: str, draft: str,
                                                         rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []

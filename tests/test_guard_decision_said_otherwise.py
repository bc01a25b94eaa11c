"""A refusal kept in other words: money given back said with its particle ("bekommen Sie nicht
zurück"), a verb for the draft's noun ("descontar" for "descuento"), a guarantee given as a noun
("eine Garantie geben", "garantias não damos"), a promise refused with "without" ("sem
promessa"); a "no" that refuses nothing: inside a relative clause about something else, or on
the Portuguese warranty ("a garantia não cobre"); and a covered thing said free ("coberta pela
garantia e não tem custo"), which stays free. Each kept refusal passes as the
same decision; the same text with the refusal turned into a yes or dropped is still caught.
Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("de", "Die Anmeldegebühr können wir nicht erstatten, weil der Kurs begonnen hat.",
     "Die Anmeldegebühr bekommen Sie leider nicht zurück, weil der Kurs begonnen hat.",
     "Die Anmeldegebühr bekommen Sie zurück, obwohl der Kurs begonnen hat."),
])
def test_money_given_back_said_with_its_particle(lang, draft, kept, turned):
    """"Bekommen … zurück" is the refund "erstatten" names: the refusal is the same one."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert verdict(draft, turned, "", lang)


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("es", "No podemos hacer descuento en la matrícula, porque la tarifa ya es reducida.",
     "En la matrícula no podemos descontar nada, porque la tarifa ya es reducida.",
     "En la matrícula le descontamos 20 €, aunque la tarifa ya es reducida."),
    ("es", "No podemos aplicar una rebaja al sofá, porque ya está de oferta.",
     "El precio del sofá no se puede rebajar, porque ya está de oferta.",
     "El precio del sofá se lo rebajamos, aunque ya está de oferta."),
    ("pt", "Não conseguimos dar desconto na mensalidade, porque o plano já é promocional.",
     "Na mensalidade não temos como descontar nada, porque o plano já é promocional.",
     "Na mensalidade descontamos 20 €, mesmo o plano sendo promocional."),
])
def test_a_discount_refused_with_its_verb(lang, draft, kept, turned):
    """"Descontar" and "rebajar" are the verbs of "descuento", "desconto" and "rebaja"."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert verdict(draft, turned, "", lang)


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("de", "Der Lack hält meistens gut, garantieren können wir das bei Frost aber nicht.",
     "Der Lack hält meistens gut, eine Garantie können wir bei Frost aber keine geben.",
     "Der Lack hält auch bei Frost, das garantieren wir."),
    ("de", "Eine Antwort erwarte ich bis Freitag; zusagen kann ich es nicht.",
     "Die Antwort erwarte ich bis Freitag, eine Zusage ist das aber nicht.",
     "Die Antwort bekommen Sie bis Freitag, das sage ich Ihnen zu."),
    ("pt", "Não damos garantia de aprovação, mas enviamos um relatório por mês.",
     "Garantia de aprovação não damos; enviamos um relatório por mês.",
     "Garantimos a aprovação e enviamos um relatório por mês."),
    ("pt", "Se houver uma desistência, podemos antecipar, mas não posso prometer.",
     "Se houver uma desistência, talvez eu consiga antecipar, sem promessa.",
     "Se houver uma desistência, antecipamos a visita."),
    ("es", "Si alguien cancela, podemos adelantar la visita, pero no lo puedo prometer.",
     "Si alguien cancela, quizá podamos adelantar la visita, sin promesas.",
     "Si alguien cancela, adelantamos la visita."),
    ("fr", "Si quelqu'un annule, nous pourrons avancer la visite, mais je ne peux rien promettre.",
     "Si quelqu'un annule, nous pourrons peut-être avancer la visite, sans promesse.",
     "Si quelqu'un annule, nous avancerons la visite."),
])
def test_a_promise_refused_in_another_form(lang, draft, kept, turned):
    """A guarantee given as a noun ("eine Garantie geben", "garantia não damos"), a promise
    refused with "without": the same refusal."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert verdict(draft, turned, "", lang)


def test_someone_elses_approval_is_no_promise_of_ours():
    """"Eine Zusage der Kasse" is the insurer's approval: not predicting it refuses nothing
    the rewrite must say again in the same words."""
    draft = ("Den Antrag stellen wir bei Ihrer Krankenkasse; eine Zusage der Kasse können wir "
             "nicht vorwegnehmen.")
    rewrite = ("Den Antrag stellen wir bei Ihrer Krankenkasse; wie die Kasse entscheidet, kann "
               "ich nicht vorhersagen.")
    assert "decision_changed" not in verdict(draft, rewrite, "", "de")


def test_the_warranty_is_no_guarantee_in_portuguese():
    """"A garantia não cobre danos da rede" says what the warranty covers, as Spanish
    "garantía" and German "Garantie" do: the draft's "não posso prometer" is its only refused
    promise, and a rewrite that drops it is caught though it still says "não paga nada" and
    "não entram na garantia"."""
    draft = ("Se surgir um cancelamento antes, podemos antecipar, mas não posso prometer. A troca "
             "da placa só é coberta se não houver surto, já que a garantia não cobre danos da "
             "rede.")
    kept = ("Se surgir um cancelamento antes, podemos antecipar, mas não consigo prometer. A "
            "troca da placa só é coberta se não houver surto, já que danos da rede não entram "
            "na garantia.")
    dropped = ("Se surgir um cancelamento antes, antecipamos a visita. O ajuste é coberto pela "
               "garantia: o senhor não paga nada por ele. A troca da placa só é coberta se não "
               "houver surto, já que danos da rede não entram na garantia.")
    assert "decision_changed" not in verdict(draft, kept, "", "pt")
    assert "decision_changed" in verdict(draft, dropped, "", "pt")


@pytest.mark.parametrize("lang,draft,kept,charged", [
    ("pt", "A revisão está coberta pela garantia e não tem custo para a senhora.",
     "A garantia cobre a revisão, que sai sem custo para a senhora.",
     "A garantia cobre a revisão, que será cobrada à parte."),
    ("es", "La revisión está cubierta por la garantía y no tiene ningún coste.",
     "La garantía cubre la revisión, sin coste para usted.",
     "La garantía cubre la revisión, que se cobra aparte."),
])
def test_a_covered_thing_said_free_stays_free(lang, draft, kept, charged):
    """What the draft says is covered and costs nothing is its decision not to charge: a
    rewrite that says it free keeps it, one that charges for it is caught."""
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, charged, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("de", "Für Kurstage, die ein Kind wegen einer Verletzung nicht besuchen kann, erstatten wir "
     "12 € pro Tag. Den ganzen Kursbeitrag können wir nicht erstatten, weil der Kurs begonnen "
     "hat.",
     "Versäumt ein Kind Kurstage wegen einer Verletzung, erstatten wir 12 € pro Tag. Eine "
     "Erstattung des ganzen Kursbeitrags ist nicht möglich, weil der Kurs begonnen hat."),
    ("en", "For the lessons, which he could not attend, we refund $15 each. The enrolment fee "
     "we cannot refund, as the term has started.",
     "He missed the lessons, and we refund $15 for each. As the term has started, the enrolment "
     "fee is not refundable."),
])
def test_a_no_in_a_relative_clause_about_something_else(lang, draft, rewrite):
    """The "nicht" of "die ein Kind nicht besuchen kann" is the child's: the refund after it
    is given, so a rewrite that keeps the one refusal keeps them all."""
    assert "decision_changed" not in verdict(draft, rewrite, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("de", "Eine Erstattung, die leider nicht möglich ist, können wir Ihnen nicht anbieten.",
     "Eine Erstattung bieten wir Ihnen an."),
    ("de", "Die Anmeldegebühr, die wir nicht erstatten können, bleibt fällig.",
     "Die Anmeldegebühr erstatten wir Ihnen."),
    ("en", "The booking fee, which we cannot refund, covers the guide.",
     "The booking fee covers the guide, and we refund it."),
    ("es", "La fianza, que no podemos devolver, cubre la limpieza.",
     "La fianza cubre la limpieza y se la devolvemos."),
])
def test_a_refusal_inside_a_relative_clause_still_counts(lang, draft, rewrite):
    """A relative clause that names the decision, or follows the noun that does, keeps its
    "no": dropping it is caught."""
    assert "decision_changed" in verdict(draft, rewrite, "", lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("pt", "- se preferires não vir, devolvemos o sinal por inteiro;\n"
     "- a taxa de inscrição não te consigo devolver.",
     "- se decidires não vir, o sinal volta por inteiro para ti;\n"
     "- a taxa de inscrição não te consigo devolver."),
])
def test_a_bullet_does_not_hide_the_if_of_its_line(lang, draft, rewrite):
    """A list's dash is no word: "- se preferires não vir, devolvemos…" opens with its "if",
    and its "não" refuses nothing."""
    assert "decision_changed" not in verdict(draft, rewrite, "", lang)

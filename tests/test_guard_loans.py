"""A loan is an act of ours: offering one where the draft refuses it, or says nothing of it, is
a new promise; the draft's refusal or its own loan said again is not."""

import pytest

from tests.masked_guard import verdict

REFUSED = {
    "en": "Your laptop repair costs $120 and takes 5 working days. We don't have loan devices.",
    "pt": "O conserto do notebook custa R$ 300 e leva 5 dias úteis. Não trabalhamos com aparelho"
          " de empréstimo.",
    "fr": "La réparation coûte 120 € et prend 5 jours ouvrés. Nous ne proposons pas d'appareil"
          " de prêt.",
    "de": "Die Reparatur kostet 120 € und dauert 5 Werktage. Leihgeräte haben wir leider nicht.",
    "es": "La reparación cuesta 120 € y tarda 5 días hábiles. No disponemos de equipos de"
          " préstamo.",
}
LENT = {
    "en": [" We'll lend you a laptop until then.",
           " I'll set aside a spare laptop for you to use.",
           " You can have one of ours on loan meanwhile."],
    "pt": [" Vamos emprestar um notebook para você nesse período.",
           " Separo um notebook reserva para você usar enquanto isso.",
           " Deixamos um notebook em empréstimo com você."],
    "fr": [" Nous allons vous prêter un ordinateur.",
           " Un ordinateur vous sera confié en prêt."],
    "de": [" Wir werden Ihnen einen Laptop leihen."],
    "es": [" Le prestamos un portátil mientras tanto.",
           " Vamos a prestarle un portátil."],
}
STILL_REFUSED = {
    "en": " Unfortunately we can't lend you a device in the meantime.",
    "pt": " Infelizmente não emprestamos notebooks.",
    "fr": " Nous ne pouvons malheureusement pas vous prêter d'ordinateur.",
    "de": " Wir können Ihnen leider kein Gerät leihen.",
    "es": " Lamentablemente no podemos prestarle un portátil.",
}
OWN_LOAN = {
    "en": ("We'll lend you a laptop while yours is repaired.",
           "We will loan you a laptop during the repair."),
    "pt": ("Vamos emprestar um notebook enquanto o seu está no conserto.",
           "Emprestaremos um notebook durante o conserto."),
    "fr": ("Nous allons vous prêter un ordinateur pendant la réparation.",
           "Nous vous prêterons un ordinateur le temps de la réparation."),
    "de": ("Wir leihen Ihnen während der Reparatur einen Laptop.",
           "Während der Reparatur bekommen Sie von uns leihweise einen Laptop."),
    "es": ("Le prestaremos un portátil durante la reparación.",
           "Vamos a prestarle un portátil mientras dure la reparación."),
}


def _facts(draft: str) -> str:
    return draft.rsplit(".", 2)[0] + "."


@pytest.mark.parametrize("lang,loan", [(lang, loan) for lang, loans in LENT.items()
                                       for loan in loans])
def test_a_loan_the_draft_refuses_is_a_new_promise(lang: str, loan: str) -> None:
    draft = REFUSED[lang]
    assert "new_commitment" in verdict(draft, _facts(draft) + loan, "", lang)


@pytest.mark.parametrize("lang", sorted(STILL_REFUSED))
def test_the_refusal_said_again_passes(lang: str) -> None:
    draft = REFUSED[lang]
    assert verdict(draft, _facts(draft) + STILL_REFUSED[lang], "", lang) == {}


@pytest.mark.parametrize("lang", sorted(OWN_LOAN))
def test_the_drafts_own_loan_said_again_passes(lang: str) -> None:
    draft, rewrite = OWN_LOAN[lang]
    assert verdict(draft, rewrite, "", lang) == {}


def test_the_drafts_offered_loan_said_as_our_act_passes() -> None:
    draft = ("O conserto leva 5 dias úteis. Temos um notebook de empréstimo sem custo enquanto"
             " durar o reparo.")
    rewrite = "O conserto leva 5 dias úteis. Emprestamos um notebook sem custo durante o reparo."
    assert verdict(draft, rewrite, "", "pt") == {}


def test_a_refused_loan_named_first_and_refused_after_passes() -> None:
    draft = "O conserto leva 5 dias úteis. Não temos notebook de empréstimo."
    rewrite = "O conserto leva 5 dias úteis. Notebook de empréstimo, infelizmente, não temos."
    assert verdict(draft, rewrite, "", "pt") == {}

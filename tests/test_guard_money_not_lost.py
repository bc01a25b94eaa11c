"""Money back promised as money not lost: "I've asked billing to look into the double charge;
you won't lose that money" ("you won't be out of pocket", "you'll get every cent back", "no
perderá ese dinero", "vous ne perdrez pas cet argent", "não vai perder esse dinheiro", "Sie
verlieren das Geld nicht", "das Geld kommt auf Ihr Konto zurück") passed where the draft only
asked billing to look: a refund was read only as money given, sent or coming back. Now money
the customer will not lose is a refund (`commitment_patterns` refund), and German money that
"kommt … zurück" to their account as it "geht … zurück". What they will not lose that is no
money ("your saved designs", "Ihre Daten") promises no refund.

Sentences written for this rule, none taken from a corpus set. 8 of the 17 tests fail on main
(the added refunds); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EN = ("I was charged €40 twice.", "I've asked billing to look into the double charge.")
ES = ("Me cobraron 40 € dos veces.", "He pedido a facturación que revise el doble cargo.")
FR = ("On m'a débité 40 € deux fois.",
      "J'ai demandé à la facturation de vérifier le double débit.")
PT = ("Cobraram-me 40 € duas vezes.", "Pedi à faturação que verifique a cobrança duplicada.")
DE = ("Mir wurden 40 € doppelt abgebucht.",
      "Ich habe die Buchhaltung gebeten, die doppelte Abbuchung zu prüfen.")
PROMISED = [
    ("en", *EN, f"{EN[1][:-1]}; you won't lose that money."),
    ("en", *EN, f"{EN[1][:-1]} - you won't be out of pocket."),
    ("en", *EN, f"{EN[1][:-1]}, and you'll get every cent back."),
    ("es", *ES, f"{ES[1][:-1]}; no perderá ese dinero."),
    ("fr", *FR, f"{FR[1][:-1]} ; vous ne perdrez pas cet argent."),
    ("pt", *PT, f"{PT[1][:-1]}; não vai perder esse dinheiro."),
    ("de", *DE, f"{DE[1][:-1]}; Sie verlieren das Geld nicht."),
    ("de", *DE, f"{DE[1][:-1]}, und das Geld kommt auf Ihr Konto zurück."),
]
KEPT = [
    ("en", "I was charged €40 twice.", "The extra €40 will be refunded to your card.",
     "You won't lose that money: the extra €40 will be refunded to your card."),
    ("es", "Me cobraron 40 € dos veces.", "Le devolveremos los 40 € cobrados de más.",
     "No perderá ese dinero: le devolveremos los 40 € cobrados de más."),
    ("fr", "On m'a débité 40 € deux fois.", "Nous vous rembourserons les 40 € débités en trop.",
     "Vous ne perdrez pas cet argent : nous vous rembourserons les 40 € débités en trop."),
    ("pt", "Cobraram-me 40 € duas vezes.", "Vamos devolver-lhe os 40 € cobrados a mais.",
     "Não vai perder esse dinheiro: vamos devolver-lhe os 40 € cobrados a mais."),
    ("de", "Mir wurden 40 € doppelt abgebucht.",
     "Wir erstatten Ihnen die doppelt abgebuchten 40 €.",
     "Sie verlieren das Geld nicht: Wir erstatten Ihnen die doppelt abgebuchten 40 €."),
    # Not money.
    ("en", "", "Your saved designs stay in your account.",
     "You won't lose your saved designs; they stay in your account."),
    ("es", "", "Sus diseños guardados siguen en su cuenta.", "No perderá sus diseños guardados."),
    ("de", "", "Ihre Daten bleiben erhalten.", "Sie verlieren Ihre Daten nicht."),
    ("de", "", "Das Paket kommt an uns zurück, wenn niemand da ist.",
     "Wenn niemand da ist, kommt das Paket an uns zurück."),
]


@pytest.mark.parametrize("lang,customer,draft,rewrite", PROMISED)
def test_money_not_lost_is_a_refund(lang: str, customer: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang, customer), "refund")


@pytest.mark.parametrize("lang,customer,draft,rewrite", KEPT)
def test_the_drafts_refund_or_no_money_passes(lang: str, customer: str, draft: str,
                                              rewrite: str) -> None:
    assert labels(draft, rewrite, lang, customer) == []

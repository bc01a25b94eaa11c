"""Each language's promise words read only texts of that language: the draft's and the
rewrite's, never all five at once. A word of one language inside another's ("Garantie" is
German for the warranty, French "garanti" is a guarantee) promises nothing, and what a
language promises is read by that language's own words.

Written for these rules (none comes from a corpus set): a faithful rewrite must pass clean, the
unsafe twin beside it must still be caught.
"""

from __future__ import annotations

import pytest

from heard import vocab
from heard.guard import commitments, decision
from heard.prompts import Phrases
from tests.masked_guard import labels as verdict


def test_a_pair_is_read_in_the_draft_s_language_and_the_rewrite_s():
    assert commitments.reading("pt", "pt") == ("pt",)
    assert commitments.reading("pt", "es") == ("pt", "es")
    assert commitments.reading("de", None) == ("de",)
    # A draft whose language is unknown (or one Heard has no words for) is read in all five.
    assert commitments.reading(None, "pt") == vocab.LANGS
    assert commitments.reading("it", "it") == vocab.LANGS


def test_each_set_of_languages_is_compiled_once():
    team = commitments._team(Phrases())
    assert commitments._commitment_patterns(team, ("pt",)) \
        is commitments._commitment_patterns(team, ("pt",))
    assert commitments._builtin_commitments(("pt",)) is commitments._builtin_commitments(("pt",))


@pytest.mark.parametrize("lang,draft,warranty,promise", [
    ("pt", "O aparelho tem 8 meses, então o conserto não tem custo. Avisamos quando estiver "
     "pronto.",
     "Como o aparelho tem só 8 meses e a garantia do fabricante cobre o conserto, não há custo. "
     "Avisamos quando estiver pronto.",
     "O aparelho tem 8 meses, então o conserto não tem custo. Garanto que fica pronto amanhã."),
    ("de", "Die Reparatur ist kostenlos, weil Ihr Gerät erst 8 Monate alt ist. Wir melden uns, "
     "sobald es fertig ist.",
     "Da Ihr Gerät erst 8 Monate alt ist und unter die Garantie fällt, ist die Reparatur "
     "kostenlos. Wir melden uns, sobald es fertig ist.",
     "Die Reparatur ist kostenlos, weil Ihr Gerät erst 8 Monate alt ist. Ich garantiere Ihnen, "
     "dass es morgen fertig ist."),
])
def test_the_warranty_noun_is_no_guarantee(lang, draft, warranty, promise):
    assert verdict(draft, warranty, lang) == []
    assert "new_commitment:guarantee" in verdict(draft, promise, lang)


DRAFT_PT = ("Recebemos a sua reclamação sobre a fatura de março. Vamos analisar a cobrança e "
            "respondemos por e-mail.")


@pytest.mark.parametrize("rewrite,what", [
    ("Recebemos a sua reclamação sobre a fatura de março. Vamos analisar a cobrança e você "
     "verá o crédito na próxima fatura.", "credit"),
    ("Recebemos a sua reclamação sobre a fatura de março. Vamos analisar a cobrança e "
     "creditar a diferença na sua conta.", "credit"),
    ("Recebemos a sua reclamação sobre a fatura de março. Vamos analisar a cobrança e, pelo "
     "transtorno, vai receber uma compensação.", "credit"),
    ("Recebemos a sua reclamação sobre a fatura de março. Vamos analisar a cobrança, e o "
     "próximo mês sai de graça.", "credit"),
    ("Recebemos a sua reclamação sobre a fatura de março. Vamos analisar a cobrança e "
     "respondemos por e-mail antes de sexta.", "deadline"),
])
def test_portuguese_reads_its_own_credit_and_deadline_words(rewrite, what):
    """Read until now only by Spanish or English words ("crédito", "compens", "antes de")."""
    assert f"new_commitment:{what}" in verdict(DRAFT_PT, rewrite, "pt")


def test_a_credit_card_is_no_credit():
    kept = ("Recebemos a sua reclamação sobre a cobrança de março no seu cartão de crédito. "
            "Vamos analisá-la e respondemos por e-mail.")
    assert verdict(DRAFT_PT, kept, "pt") == []


def test_what_i_myself_will_do_is_an_act_of_ours():
    draft = ("Infelizmente o arquivo não pôde ser recuperado. Pode trazer o disco à loja para "
             "uma nova tentativa.")
    kept = ("Infelizmente não conseguimos recuperar o arquivo. Se quiser, pode trazer o disco à "
            "loja para uma nova tentativa.")
    added = ("Infelizmente o arquivo não pôde ser recuperado. Se não der certo na loja, eu mesmo "
             "envio o aparelho a um laboratório parceiro em Recife.")
    assert verdict(draft, kept, "pt") == []
    assert "new_commitment:action" in verdict(draft, added, "pt")


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Les places sont attribuées par ordre d'inscription ; les élèves déjà inscrits dans "
     "une autre discipline passent en premier.",
     "Les places sont attribuées par ordre d'inscription, et les élèves déjà inscrits dans une "
     "autre discipline sont prioritaires.",
     "Les places sont attribuées par ordre d'inscription, mais je traiterai votre dossier en "
     "priorité."),
    ("de", "Die Reparatur ist mit Priorität eingeplant, aber ich kann nicht zusagen, dass sie "
     "morgen fertig ist.",
     "Ich habe die Reparatur mit Priorität eingeplant. Dass sie morgen fertig ist, kann ich "
     "allerdings nicht zusagen.",
     "Die Reparatur ist eingeplant, aber ich kann nicht zusagen, dass sie morgen fertig ist. "
     "Ihren Fall bearbeite ich mit Priorität."),
])
def test_priority_read_in_its_own_language(lang, draft, kept, firmer):
    """"Sont prioritaires" says how things are, as "est prioritaire" does; "mit Priorität" is
    a promise a "nicht" elsewhere in its sentence does not negate."""
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:escalation" in verdict(draft, firmer, lang)


def test_a_spanish_se_opens_no_condition_in_the_decision():
    """Portuguese "se" is "if"; in Spanish it is a pronoun, so the "no" after it still refuses."""
    draft = ("Lo sentimos: se trata de un artículo personalizado y no podemos reembolsarlo. "
             "Puede cambiarlo por otro color.")
    kept = ("Lo sentimos mucho: se trata de un artículo personalizado, así que no podemos "
            "reembolsarlo. Eso sí, puede cambiarlo por otro color.")
    dropped = ("Lo sentimos: se trata de un artículo personalizado y podemos reembolsarlo. "
               "Puede cambiarlo por otro color.")
    assert decision.decision_kept(draft, kept, "es") == []
    assert [v.code for v in decision.decision_kept(draft, dropped, "es")] == ["decision_changed"]


def test_the_team_s_words_are_read_in_their_own_language():
    phrases = Phrases(commitment={"es": {"upgrade": ["mejora gratuita"]},
                                  "it": {"upgrade": ["upgrade gratuito"]}})
    en = commitments.promises("We'll add a mejora gratuita.", phrases, "en")
    es = commitments.promises("Le daremos una mejora gratuita.", phrases, "es")
    it = commitments.promises("We'll add an upgrade gratuito.", phrases, "en")
    assert "upgrade" not in {p.what for p in en}
    assert "upgrade" in {p.what for p in es}
    assert "upgrade" in {p.what for p in it}  # no language Heard knows: read in every text


@pytest.mark.parametrize("lang,draft,unable,firm", [
    ("fr", "Nous avons reçu votre retour et allons vérifier l'appareil.",
     "Nous avons reçu votre retour et allons vérifier l'appareil, sans pouvoir vous garantir un "
     "délai.",
     "Nous avons reçu votre retour et allons vérifier l'appareil ; je vous garantis un délai "
     "court."),
    ("es", "Hemos recibido su devolución y revisaremos el aparato.",
     "Hemos recibido su devolución y revisaremos el aparato, sin poder garantizarle un plazo.",
     "Hemos recibido su devolución y revisaremos el aparato; le garantizo un plazo corto."),
    ("pt", "Recebemos a sua devolução e vamos verificar o aparelho.",
     "Recebemos a sua devolução e vamos verificar o aparelho, sem poder garantir um prazo.",
     "Recebemos a sua devolução e vamos verificar o aparelho; garanto um prazo curto."),
])
def test_without_being_able_to_is_a_no(lang, draft, unable, firm):
    """"Sans pouvoir vous garantir" says we cannot guarantee it; "sans attendre, nous vous
    remboursons" still refunds."""
    assert verdict(draft, unable, lang) == []
    assert "new_commitment:guarantee" in verdict(draft, firm, lang)
    assert "new_commitment:refund" in verdict(
        "Nous avons reçu votre retour. Nous allons vérifier l'appareil.",
        "Nous avons reçu votre retour. Sans attendre nous vous remboursons intégralement.", "fr")

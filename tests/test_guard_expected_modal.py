"""A modal of what is expected ("should", "ought to", "deve") governs whatever verb follows it,
not only the verbs of arrival a list names: said again as what will happen, it is firmer; said
again softly, as a duty, or after "you" (advice) or opening its clause (a condition), it is
not. Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, verdict

EN = ("Thanks for your patience. The technician should call you on Monday morning to set up "
      "the repair visit.")
EN2 = ("We have passed your claim on. An adjuster ought to contact you within 3 working days to "
       "arrange an inspection.")
PT = ("Obrigado pela paciência. O técnico deve ligar para você na segunda de manhã para marcar "
      "o reparo.")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("en", EN, "Thanks for waiting. The technician will call you on Monday morning to set up "
               "the repair visit."),
    ("en", EN, "Thanks for waiting. The technician is going to call you on Monday morning to "
               "arrange the repair."),
    ("en", EN, "Thanks for waiting. The technician'll call you Monday morning to set up the "
               "repair visit."),
    ("en", EN2, "We have passed your claim on. An adjuster will contact you within 3 working "
                "days to arrange an inspection."),
    ("pt", PT, "Obrigado pela paciência. O técnico vai ligar para você na segunda de manhã para "
               "marcar o reparo."),
    ("pt", PT, "Obrigado pela paciência. O técnico ligará para você na segunda de manhã para "
               "marcar o reparo."),
])
def test_what_is_only_expected_said_as_what_will_happen_is_firmer(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("en", EN, "Thanks for waiting. The technician should call you on Monday morning to "
               "arrange the repair."),
    ("en", EN, "Thanks for waiting. The technician is expected to call you on Monday morning "
               "to set up the repair visit."),
    ("en", EN, "Thanks for waiting. The technician will likely call you on Monday morning to "
               "set up the repair visit."),
    ("en", EN2, "We've passed your claim on, and an adjuster should be in touch within 3 "
                "working days to arrange an inspection."),
    ("en", "Should the parcel arrive damaged, we will send a replacement straight away.",
     "If the parcel arrives damaged, we will send a replacement straight away."),
    ("en", "Your new card is on its way. You should activate it in the app before first use.",
     "Your new card is on the way. You will need to activate it in the app before first use."),
    ("en", "Customers should bring a photo ID when they collect the order at the counter.",
     "You'll need to bring a photo ID when you collect the order at the counter."),
    ("pt", PT, "Obrigado pela paciência. O técnico deve ligar na segunda de manhã para marcar "
               "o reparo."),
    ("pt", "O senhor deve enviar a fatura por e-mail para podermos concluir o pedido.",
     "O senhor vai precisar enviar a fatura por e-mail para podermos concluir o pedido."),
])
def test_said_as_softly_as_a_duty_or_as_advice_it_is_kept(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}


# Said again in the plain present, who was expected to act now does it ("the courier collects
# them"); said as an instruction ("bring…", "please include…", "inclua…") or with the draft's
# infinitive ("for the courier to collect"), it states nothing firmer. Written for this rule.
EN3 = "Thanks for waiting. The courier should collect the boxes from your porch on Tuesday."
PT3 = "Obrigado pela paciência. O estafeta deve recolher as caixas na sua portaria na terça."


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("en", EN3, "Thanks for your patience. The courier collects the boxes from your porch on "
                "Tuesday."),
    ("en", EN, "Thanks for waiting. On Monday morning the technician calls you to set up the "
               "repair visit."),
    ("pt", PT3, "Obrigado por aguardar. O estafeta recolhe as caixas na sua portaria na terça."),
    ("pt", "Se nenhuma das datas servir, a Dra. Sousa deve abrir a agenda de março na segunda.",
     "Caso nenhuma das datas dê jeito, a Dra. Sousa abre a agenda de março na segunda."),
    ("pt", PT, "Obrigado pela paciência. Na segunda de manhã o técnico liga para você para "
               "marcar o reparo."),
])
def test_what_is_only_expected_said_in_the_plain_present_is_firmer(lang, draft, rewrite):
    assert "new_commitment:modality" in labels(draft, rewrite, lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("en", EN3, "Thanks for your patience. The courier should pick the boxes up from your "
                "porch on Tuesday."),
    ("en", "Any return should include the original receipt and the order number.",
     "Please include the original receipt and the order number with any return."),
    ("en", "Customers should bring a photo ID when they collect the order at the counter.",
     "Bring a photo ID when you collect the order at the counter."),
    ("pt", "A devolução deve incluir o talão original e o número da encomenda.",
     "Inclua o talão original e o número da encomenda na devolução."),
    ("pt", "Os clientes devem trazer um documento com foto ao levantar a encomenda.",
     "Por favor, traga um documento com foto quando levantar a encomenda."),
    ("en", EN3, "Thanks for waiting. Please have the boxes ready on your porch for the courier "
                "to collect on Tuesday."),
    ("pt", "O motorista deve entregar o sofá na sexta, entre as 8 e as 12.",
     "Deixe alguém em casa na sexta, entre as 8 e as 12, para o motorista entregar o sofá."),
])
def test_said_as_an_instruction_it_is_kept(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}

"""This reply laying out its options or telling frankly is no act of ours (every case
written for this file).

"Le planteo dos caminos:", "vou te dizer com franqueza o que vi",
"je vous offre deux possibilités :", "ich biete Ihnen zwei Wege an:", "I'm offering you two
routes:" describe the reply itself (`reply_acts`, `telling`): what each option gives is judged
on its own. An option the draft never offers, and an act of ours after the reply's words,
are still caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

DRAFTS = {
    "en": "There are two options: a new date on 9 May, or a voucher for the 60 € you paid. "
          "Please tell us by Friday.",
    "de": "Es gibt zwei Möglichkeiten: einen neuen Termin am 9. Mai oder einen Gutschein über "
          "die bezahlten 60 €. Bitte sagen Sie uns bis Freitag Bescheid.",
    "fr": "Il y a deux possibilités : une nouvelle date le 9 mai, ou un avoir pour les 60 € "
          "payés. Merci de nous répondre d'ici vendredi.",
    "es": "Hay dos posibilidades: una fecha nueva el 9 de mayo o un vale por los 60 € pagados. "
          "Por favor, avísenos antes del viernes.",
    "pt": "Há duas possibilidades: uma nova data a 9 de maio ou um vale pelos 60 € pagos. Por "
          "favor, avise-nos até sexta-feira.",
}
CUSTOMER = {
    "en": "You cancelled my class. What now?",
    "de": "Sie haben meinen Kurs abgesagt. Was nun?",
    "fr": "Vous avez annulé mon cours. Et maintenant ?",
    "es": "Han cancelado mi clase. ¿Y ahora qué?",
    "pt": "Cancelaram a minha aula. E agora?",
}
FAITHFUL = [
    ("en", "I'm offering you two routes: a new date on 9 May, or a voucher for the 60 € you "
           "paid. Please tell us by Friday."),
    ("en", "I'll be honest with you. I'm offering you two choices: a new date on 9 May, or a "
           "voucher for the 60 € you paid. Please tell us by Friday."),
    ("de", "Ich biete Ihnen zwei Wege an: einen neuen Termin am 9. Mai oder einen Gutschein "
           "über die bezahlten 60 €. Bitte sagen Sie uns bis Freitag Bescheid."),
    ("fr", "Je vous offre deux possibilités : une nouvelle date le 9 mai, ou un avoir pour les "
           "60 € payés. Merci de nous répondre d'ici vendredi."),
    ("es", "Le planteo dos caminos: una fecha nueva el 9 de mayo o un vale por los 60 € "
           "pagados. Por favor, avísenos antes del viernes."),
    ("pt", "Apresento-lhe dois caminhos: uma nova data a 9 de maio ou um vale pelos 60 € "
           "pagos. Por favor, avise-nos até sexta-feira."),
    ("pt", "Vou te dizer com franqueza o que há: uma nova data a 9 de maio ou um vale pelos "
           "60 € pagos. Por favor, avise-nos até sexta-feira."),
]
UNSAFE = [
    ("en", "I'm offering you two routes: a new date on 9 May, or a full refund of the 60 €. "
           "Please tell us by Friday."),
    ("en", "I'll tell you frankly where things stand and I'll add a free class. There are two "
           "options: a new date on 9 May or a voucher for the 60 € you paid. Please tell us by "
           "Friday."),
    ("de", "Ich biete Ihnen zwei Wege an: einen neuen Termin am 9. Mai oder eine Erstattung "
           "der 60 €. Bitte sagen Sie uns bis Freitag Bescheid."),
    ("fr", "Je vous offre deux possibilités : une nouvelle date le 9 mai, ou le remboursement "
           "des 60 €. Merci de nous répondre d'ici vendredi."),
    ("es", "Le planteo dos caminos: una fecha nueva el 9 de mayo o el reembolso de los 60 €. "
           "Por favor, avísenos antes del viernes."),
    ("pt", "Apresento-lhe dois caminhos: uma nova data a 9 de maio ou o reembolso dos 60 €. "
           "Por favor, avise-nos até sexta-feira."),
    ("pt", "Vou te dizer com franqueza o que há e vou oferecer-lhe uma aula extra: uma nova "
           "data a 9 de maio ou um vale pelos 60 € pagos. Por favor, avise-nos até sexta-feira."),
]


@pytest.mark.parametrize(("lang", "rewrite"), FAITHFUL)
def test_the_reply_laying_out_its_options_passes(lang: str, rewrite: str) -> None:
    assert eval_codes(DRAFTS[lang], rewrite, CUSTOMER[lang], lang) == set()


@pytest.mark.parametrize(("lang", "rewrite"), UNSAFE)
def test_a_new_option_or_act_beside_it_is_caught(lang: str, rewrite: str) -> None:
    assert any(c.startswith("new_commitment") for c in
               eval_codes(DRAFTS[lang], rewrite, CUSTOMER[lang], lang))

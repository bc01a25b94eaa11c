"""A "no" to a pair ("we can't offer both", "no hacemos las dos cosas a la vez") refuses each
thing only as part of the pair: a rewrite that names the two things in one sentence and says
"not both" in the next keeps the draft's "no", though that sentence names neither. A rewrite
that gives both, or drops the "not both", is still caught. Every sentence written for this
file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

CASES = [
    ("en",
     "Hi Dana, we can't offer a refund of the fee and a free second session both, so please "
     "choose one. Best, Kim",
     "Hi Dana, you can have a refund of the fee or a free second session. It has to be one or "
     "the other, not both, so please choose. Best, Kim",
     "Hi Dana, you can have a refund of the fee and a free second session. You get both, so "
     "nothing to choose. Best, Kim"),
    ("es",
     "Hola, Ana: no hacemos la devolución del dinero y el reenvío a la vez, así que elija uno. "
     "Saludos, Pablo",
     "Hola, Ana: puede elegir entre la devolución del dinero y el reenvío del pedido. Solo "
     "podemos hacer una de las dos cosas, no ambas. Saludos, Pablo",
     "Hola, Ana: le hacemos la devolución del dinero y el reenvío del pedido. Hacemos ambas "
     "cosas. Saludos, Pablo"),
    ("pt",
     "Olá, Rita! Não fazemos o reembolso e o reenvio ao mesmo tempo, por isso escolha um. "
     "Abraço, Nuno",
     "Olá, Rita! Pode escolher entre o reembolso e o reenvio da encomenda. Só conseguimos "
     "fazer uma das coisas, não as duas. Abraço, Nuno",
     "Olá, Rita! Fazemos o reembolso e o reenvio da encomenda. Ficam as duas coisas feitas. "
     "Abraço, Nuno"),
    ("fr",
     "Bonjour Anne, nous ne pouvons pas faire le remboursement et le renvoi à la fois : "
     "choisissez-en un. Cordialement, Paul",
     "Bonjour Anne, vous pouvez choisir entre le remboursement et le renvoi du colis. Ce sera "
     "l'un ou l'autre, pas les deux. Cordialement, Paul",
     "Bonjour Anne, nous faisons le remboursement et le renvoi du colis. Vous aurez les deux. "
     "Cordialement, Paul"),
    ("de",
     "Hallo Frau Berg, eine Erstattung und eine Neulieferung gleichzeitig können wir nicht "
     "anbieten; bitte wählen Sie eines. Viele Grüße, Tom",
     "Hallo Frau Berg, Sie können zwischen einer Erstattung und einer Neulieferung wählen. "
     "Beides zusammen geht leider nicht. Viele Grüße, Tom",
     "Hallo Frau Berg, Sie bekommen eine Erstattung und eine Neulieferung. Beides erledigen "
     "wir sofort. Viele Grüße, Tom"),
]


@pytest.mark.parametrize("lang,draft,faithful,unsafe", CASES)
def test_not_both_keeps_a_refusal_of_the_pair(lang: str, draft: str, faithful: str,
                                              unsafe: str) -> None:
    assert "decision_changed" not in verdict(draft, faithful, "", lang)


@pytest.mark.parametrize("lang,draft,faithful,unsafe", CASES)
def test_both_given_is_still_caught(lang: str, draft: str, faithful: str, unsafe: str) -> None:
    assert "decision_changed" in verdict(draft, unsafe, "", lang)


def test_not_both_of_other_things_keeps_no_refusal() -> None:
    draft = ("Hi Dana, we can't refund the fee, so the charge stands. You can still book both "
             "sessions. Best, Kim")
    dropped = ("Hi Dana, the fee is settled. You can book the sessions, though not both on the "
               "same day. Best, Kim")
    assert "decision_changed" in verdict(draft, dropped, "", "en")

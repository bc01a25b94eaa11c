"""A promise said as a harm that will not happen ("your service won't be interrupted", "no
further charges will apply", "vous ne serez plus prélevé", "no se le volverá a cobrar", "es wird
nichts mehr abgebucht") is a promise: added to a draft that does not make it, it is caught; said
again where the draft makes it, it passes."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

ADDED = [
    ("en", "I've passed your report to billing, who will review the charge.",
     "I've passed your report to billing to look at the charge. No further charges will apply."),
    ("en", "Our engineers are moving your line to the new exchange this week.",
     "Our engineers are moving your line this week, and your service won't be interrupted."),
    ("fr", "J'ai transmis votre demande au service facturation.",
     "J'ai transmis votre demande au service facturation : vous ne serez plus prélevé."),
    ("es", "He pasado su caso al departamento de facturación.",
     "He pasado su caso a facturación. No se le volverá a cobrar."),
    ("es", "Estamos trasladando su línea a la nueva central.",
     "Estamos trasladando su línea y el servicio no se verá interrumpido."),
    ("de", "Ich habe Ihre Meldung an die Buchhaltung weitergegeben.",
     "Ich habe Ihre Meldung an die Buchhaltung weitergegeben. Es wird nichts mehr abgebucht."),
    ("pt", "A nossa equipa está a mudar a sua linha esta semana.",
     "A nossa equipa está a mudar a sua linha e o serviço não será interrompido."),
    # German's "nicht" before a participle in -en closes a clause as a refusal does
    # ("erstatten können wir nicht"); here the promise is the "nicht" itself.
    ("de", "Wir stellen Ihren Anschluss diese Woche um.",
     "Wir stellen Ihren Anschluss diese Woche um. Ihr Zugang wird nicht unterbrochen."),
    ("de", "Wir stellen Ihren Anschluss diese Woche um.",
     "Wir stellen Ihren Anschluss diese Woche um. Dabei wird Ihr Zugang nicht unterbrochen."),
]
KEPT = [
    ("en", "Your service will not be interrupted during the move.",
     "During the move your service won't be interrupted."),
    ("fr", "Vous ne serez plus prélevé à partir du mois prochain.",
     "À partir du mois prochain, vous ne serez plus prélevé."),
    ("es", "No se le volverá a cobrar la cuota.", "La cuota no se le volverá a cobrar."),
    ("de", "Es wird nichts mehr abgebucht.", "Von Ihrem Konto wird nichts mehr abgebucht."),
    ("de", "Ihr Zugang wird während der Umstellung nicht unterbrochen.",
     "Während der Umstellung wird Ihr Zugang nicht unterbrochen."),
    ("pt", "O serviço não será interrompido durante a mudança.",
     "Durante a mudança, o serviço não será interrompido."),
]


@pytest.mark.parametrize("lang,draft,rewrite", ADDED)
def test_a_harm_promised_not_to_happen_is_a_new_promise(lang: str, draft: str,
                                                        rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_drafts_own_such_promise_said_again_passes(lang: str, draft: str,
                                                       rewrite: str) -> None:
    assert not new_commitment(labels(draft, rewrite, lang))

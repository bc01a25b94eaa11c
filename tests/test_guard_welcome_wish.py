"""A wish said as a welcome: the customer's wish on a step of theirs ("if you'd like, send us
photos of the scratch") said as what they are welcome to do ("photos of the scratch are
welcome", "les photos de la rayure sont les bienvenues", "las fotos del arañazo son
bienvenidas", "as fotos do risco são bem-vindas", "Fotos vom Kratzer sind willkommen", "feel
free to…", "n'hésitez pas à…", "no dude en…", "fique à vontade para…") is still theirs to take
or leave, as an option ("you can…") already was (conditions._welcomed, lang/*.json
`welcomes`). Only a step of the customer's: a wish on what we give ("if you'd like, we can
replace the strap") is not offered by a welcome beside it, and a real condition ("if the strap
breaks again, we'll replace it") is never a wish.

Sentences written for this rule, none taken from a corpus set. On main, 8 of the 11 faithful
pairs fail (new_commitment:condition); the unsafe ones are caught on main and here."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

FAITHFUL = [
    ("en", "If you'd like, you can send us photos of the scratch.",
     "Photos of the scratch are welcome."),
    ("en", "If you'd like, you can send us photos of the scratch.",
     "You're welcome to send us photos of the scratch."),
    ("en", "If you want to check the wording first, you can approve a proof on our site.",
     "Feel free to approve a proof on our site first to check the wording."),
    ("fr", "Si vous le souhaitez, envoyez-nous des photos de la rayure.",
     "Les photos de la rayure sont les bienvenues."),
    ("fr", "Si vous le souhaitez, envoyez-nous des photos de la rayure.",
     "N'hésitez pas à nous envoyer des photos de la rayure."),
    ("es", "Si quiere, envíenos fotos del arañazo.", "Las fotos del arañazo son bienvenidas."),
    ("es", "Si quiere, envíenos fotos del arañazo.", "No dude en enviarnos fotos del arañazo."),
    ("pt", "Se quiser, envie-nos fotos do risco.", "As fotos do risco são bem-vindas."),
    ("pt", "Se quiser, envie-nos fotos do risco.",
     "Fique à vontade para nos enviar fotos do risco."),
    ("de", "Wenn Sie möchten, schicken Sie uns Fotos vom Kratzer.",
     "Fotos vom Kratzer sind willkommen."),
    ("de", "Wenn Sie möchten, schicken Sie uns Fotos vom Kratzer.",
     "Sie dürfen uns gern Fotos vom Kratzer schicken."),
]

# A wish on what we give, said outright beside a welcome of something else it names; and a
# real condition on our promise, dropped beside a welcome.
UNSAFE = [
    ("en", "If you'd like, we can replace the strap; photos of the strap help us check it.",
     "We'll replace the strap. Photos of the strap are welcome."),
    ("en", "If you'd like, we can replace the strap; photos of the strap help us check it.",
     "Photos of the strap are welcome, and we'll replace the strap."),
    ("fr", "Si vous le souhaitez, nous remplaçons la sangle ; des photos de la sangle nous "
     "aident.", "Nous remplaçons la sangle. Les photos de la sangle sont les bienvenues."),
    ("es", "Si quiere, le cambiamos la correa; las fotos de la correa nos ayudan.",
     "Le cambiamos la correa. Las fotos de la correa son bienvenidas."),
    ("pt", "Se quiser, trocamos a alça; as fotos da alça ajudam-nos.",
     "Trocamos a alça. As fotos da alça são bem-vindas."),
    ("de", "Wenn Sie möchten, tauschen wir den Riemen aus; Fotos vom Riemen helfen uns.",
     "Wir tauschen den Riemen aus. Fotos vom Riemen sind willkommen."),
    ("en", "If the strap breaks again, we'll replace it for free.",
     "Photos of a broken strap are welcome, and we'll replace it for free."),
    ("de", "Wenn der Riemen wieder reißt, tauschen wir ihn kostenlos aus.",
     "Fotos vom Riemen sind willkommen, und wir tauschen ihn kostenlos aus."),
]


@pytest.mark.parametrize("lang,draft,rewrite", FAITHFUL)
def test_a_wish_said_as_a_welcome_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", UNSAFE)
def test_a_welcome_keeps_no_condition_on_what_we_give(lang: str, draft: str,
                                                       rewrite: str) -> None:
    assert "new_commitment:condition" in labels(draft, rewrite, lang)

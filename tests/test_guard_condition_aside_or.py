""""…, or B if C" and a condition read past an aside (stop 59, helper hc).

Two readings of where a condition sits, in the draft and in the rewrite (conditions._moved):

- A condition in a clause opening on "or" ("we can offer a pair in size 40, or take 35 € off if
  your son wears his own", "…, ou bien déduire 35 € si…", "…, o descontar 35 € si…", "…, oder
  35 € abziehen, falls…") is on that alternative only: the draft does not surely put it on the
  choice before the "or", so a rewrite saying that choice plainly ("your son can take a pair in
  size 40; if he wears his own, I'll take 35 € off") has moved nothing.
- An aside in brackets or between two dashes, with no condition of its own, is beside what the
  sentence says: inside a draft's condition ("if our body shop confirms the scratch is old (he
  checks the varnish), we refund…") it is no step the condition covers, and in a rewrite its
  dashes split no clause off the step the condition closes ("a polish at 50% off — $90
  instead of $180 — if you book by March 31").

A rewrite that then says the conditioned step without its condition is still caught.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import condition_kept_and_dropped

CASES = [
    # (lang, draft, kept, dropped)
    ("en", "We can offer you a pair in size 40, or take 35 € off the rental if your son wears "
     "his own clogs.",
     "Your son can take a pair in size 40; if he wears his own clogs, I'll take 35 € off the "
     "rental.",
     "Your son can take a pair in size 40; I'll also take 35 € off the rental."),
    ("fr", "Nous pouvons vous proposer une paire en 40, ou bien déduire 35 € de la location si "
     "votre fils porte ses propres sabots.",
     "Votre fils peut prendre une paire en 40 ; s'il porte ses propres sabots, je déduis 35 € "
     "de la location.",
     "Votre fils peut prendre une paire en 40 ; je déduis aussi 35 € de la location."),
    ("es", "Podemos ofrecerle un par en la talla 40, o descontar 35 € del alquiler si su hijo "
     "lleva sus propios zuecos.",
     "Su hijo puede llevarse un par en la talla 40; si lleva sus propios zuecos, podemos "
     "descontar 35 € del alquiler.",
     "Su hijo puede llevarse un par en la talla 40; también podemos descontar 35 € del "
     "alquiler."),
    ("de", "Wir können Ihnen ein Paar in Größe 40 anbieten, oder 35 € von der Miete abziehen, "
     "falls Ihr Sohn eigene Holzschuhe trägt.",
     "Ihr Sohn kann ein Paar in Größe 40 nehmen; wenn er eigene Holzschuhe trägt, ziehe ich "
     "35 € von der Miete ab.",
     "Ihr Sohn kann ein Paar in Größe 40 nehmen; außerdem ziehe ich 35 € von der Miete ab."),
    ("pt", "Posso fazer um polimento na porta com 50% de desconto (90 reais em vez de 180), se "
     "agendar até 31 de março.",
     "Faço-lhe um polimento na porta com 50% de desconto — 90 reais em vez de 180 — se agendar "
     "até 31 de março.",
     "Faço-lhe um polimento na porta com 50% de desconto — 90 reais em vez de 180 — e pode "
     "agendar até 31 de março."),
    ("en", "We can polish the door at 50% off ($90 instead of $180) if you book by March 31.",
     "We can polish the door at 50% off — $90 instead of $180 — if you book by March 31.",
     "We'll polish the door at 50% off — $90 instead of $180 — next week."),
    ("fr", "Si notre carrossier confirme que la rayure est ancienne (il vérifie la couche de "
     "vernis), on vous rembourse les 450 €.",
     "Je demande à notre carrossier d'examiner la couche de vernis : si, d'après lui, la rayure "
     "est ancienne, on vous rembourse les 450 €.",
     "Je demande à notre carrossier d'examiner la couche de vernis, et on vous rembourse les "
     "450 €."),
    ("es", "Si nuestro perito confirma que el arañazo es antiguo (revisa la capa de barniz), le "
     "devolvemos los 450 €.",
     "Le pido a nuestro perito que revise la capa de barniz: si, según él, el arañazo es "
     "antiguo, le devolvemos los 450 €.",
     "Le pido a nuestro perito que revise la capa de barniz, y le devolvemos los 450 €."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped",
                         [pytest.param(*c, id=f"{c[0]}-{n}") for n, c in enumerate(CASES)])
def test_condition_on_the_alternative_or_past_an_aside(lang, draft, kept, dropped):
    condition_kept_and_dropped(lang, draft, kept, dropped)

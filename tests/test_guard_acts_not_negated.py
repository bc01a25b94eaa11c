"""A "no" refuses our act only in the act's own stretch of its clause (`commitments._negated_act`):
one inside what the clause opens after the act — a purpose ("para que no tenga que caminar",
"so you don't have to wait") — or inside a condition running on into it with no comma ("if the
reset doesn't fix it I'll…") says what the act is for or waits for, and the act is still ours
to judge. Spanish, Portuguese and French irregular futures ("tendremos", "haré", "faremos",
"ferons") say what we will do as the regular ones do (`our_future`). Every case is written for
this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

ES_HALL = ("El salón está en la planta alta y no hay ascensor. La cena empieza a las nueve y "
           "termina a medianoche.")
EN_PRINTER = ("Please restart the printer and run the cleaning cycle twice. That usually clears "
              "the streaks.")
PT_FLAT = ("O apartamento fica no terceiro andar, sem elevador. O check-in é a partir das "
           "quinze horas.")
FR_RUG = ("Le nettoyage de votre tapis prend une semaine. Il sera prêt à retirer en boutique "
          "lundi prochain.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    # The draft's own act, its purpose negated, said again.
    ("es", "Le tendremos lista una silla de ruedas en la entrada para que no tenga que subir "
           "a pie.",
     "Para que no tenga que subir a pie, le tendremos lista una silla de ruedas en la entrada."),
    ("en", "If restarting doesn't clear the streaks, we'll send a technician on Monday.",
     "If restarting doesn't clear the streaks, we'll send a technician on Monday."),
    # A refusal is still one.
    ("es", ES_HALL, "El salón está en la planta alta y no hay ascensor; la cena empieza a las "
                    "nueve y termina a medianoche."),
    ("pt", "O apartamento fica no terceiro andar, sem elevador; faremos o check-in consigo às "
           "quinze horas.",
     "O apartamento fica no terceiro andar e não tem elevador. Faremos o check-in consigo às "
     "quinze horas."),
    ("fr", FR_RUG, "Le nettoyage de votre tapis prend une semaine : il sera prêt à retirer en "
                   "boutique lundi prochain."),
])
def test_the_drafts_act_or_none_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    # Its purpose says "no"; the act is new.
    ("es", ES_HALL, "El salón está en la planta alta y no hay ascensor, pero le tendremos lista "
                    "una silla salvaescaleras para que no tenga que subir a pie. La cena empieza "
                    "a las nueve y termina a medianoche."),
    ("pt", PT_FLAT, "O apartamento fica no terceiro andar, sem elevador, mas faremos a subida "
                    "das malas por si para que não tenha de carregar nada. O check-in é a partir "
                    "das quinze horas."),
    ("fr", FR_RUG, "Le nettoyage de votre tapis prend une semaine, et nous ferons la livraison "
                   "chez vous pour que vous n'ayez pas à vous déplacer."),
    # A "no" inside the condition that runs on into the act.
    ("en", EN_PRINTER, "Please restart the printer and run the cleaning cycle twice. If that "
                       "doesn't clear the streaks I'll drive over with a loan printer for the "
                       "week."),
])
def test_an_act_whose_no_is_its_purposes_or_conditions_is_new(lang: str, draft: str,
                                                               rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))

"""Promises a rewrite makes in words no commitment pattern read before (written for these
rules; no sentence comes from a corpus set):
- a waiver said in the first person ("je ne vous facturerai pas les ⟦8⟧", "não vou te cobrar",
  "o frete fica por minha conta", "no le voy a cobrar", "berechne ich Ihnen nicht", "I won't
  bill you") is a gift the draft does not make;
- the customer's request granted "as you asked" ("comme tu le demandes", "como você pediu",
  "como usted pidió", "wie gewünscht", "as you requested") when the draft grants nothing so;
- the customer's own occasion said to hold "whatever happens" ("either way, it'll be with you
  for your daughter's wedding", "de qualquer forma, terá tudo para o batizado");
- words of trust ("darauf können Sie sich verlassen", "you can count on it", "vous pouvez
  compter dessus", "puede contar con ello", "pode contar com isso") are a guarantee.
Each unsafe form has a faithful neighbour that passes clean: the draft's own facts restated,
a choice left to the customer ("comme tu préfères"), "whatever happens" of the draft's own
fact. Not yet: a waiver said without "I" or "we" in words no pattern reads ("a visita não se
paga"), and "as you asked" run into its clause ("wie gewünscht gegen ⟦10⟧ Uhr")."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

# (lang, draft, a faithful restatement, the unsafe version)
WAIVED = [
    ("fr",
     "Bonjour Madame Petit, je passerai lundi poser le joint de la porte. Bien à vous, Marc",
     "Bonjour Madame Petit, je viendrai lundi poser le joint de la porte. Bien à vous, Marc",
     "Bonjour Madame Petit, je passerai lundi poser le joint de la porte, et vu l'attente je "
     "ne vous facturerai pas le déplacement. Bien à vous, Marc"),
    ("pt",
     "Oi Carla, instalo as prateleiras na quinta de manhã. Abraço, Davi",
     "Oi Carla, as prateleiras eu instalo na quinta de manhã. Abraço, Davi",
     "Oi Carla, instalo as prateleiras na quinta de manhã e, pela demora, não vou te cobrar "
     "a visita. Abraço, Davi"),
    ("pt",
     "Olá Inês, reenvio o creme na segunda-feira. Cumprimentos, Rui",
     "Olá Inês, o creme volta a seguir na segunda-feira. Cumprimentos, Rui",
     "Olá Inês, reenvio o creme na segunda-feira, e o envio expresso fica por minha conta. "
     "Cumprimentos, Rui"),
    ("es",
     "Hola Pablo: el técnico pasa el martes a revisar la caldera. Saludos, Ana",
     "Hola Pablo: el martes pasa el técnico a revisar la caldera. Saludos, Ana",
     "Hola Pablo: el técnico pasa el martes a revisar la caldera y no le voy a cobrar la "
     "visita. Saludos, Ana"),
    ("de",
     "Guten Tag Frau Roth, ich tausche am Freitag die Dichtung am Fenster. Viele Grüße, Jan",
     "Guten Tag Frau Roth, am Freitag tausche ich die Dichtung am Fenster. Viele Grüße, Jan",
     "Guten Tag Frau Roth, ich tausche am Freitag die Dichtung am Fenster, und die Anfahrt "
     "berechne ich Ihnen wegen der Wartezeit nicht. Viele Grüße, Jan"),
    ("en",
     "Hi Rob, I'll replace the hinge on your gate on Thursday. Best, Lia",
     "Hi Rob, on Thursday I'll replace the hinge on your gate. Best, Lia",
     "Hi Rob, I'll replace the hinge on your gate on Thursday, and I won't bill you for the "
     "call-out. Best, Lia"),
]

GRANTED = [
    ("fr",
     "Salut Léo, je peux te garder deux places au premier rang ou te rembourser le billet. "
     "Bonne journée, Zoé",
     "Salut Léo, je peux te garder deux places au premier rang ou te rembourser le billet, "
     "comme tu préfères. Bonne journée, Zoé",
     "Salut Léo, je te garde deux places au premier rang, comme tu le demandes. "
     "Bonne journée, Zoé"),
    ("pt",
     "Olá Sofia, a encomenda sai do armazém na segunda-feira. Abraço, Tiago",
     "Olá Sofia, na segunda-feira a encomenda sai do armazém. Abraço, Tiago",
     "Olá Sofia, a encomenda sai do armazém na segunda-feira e chega no sábado, como você "
     "pediu. Abraço, Tiago"),
    ("es",
     "Hola Elena: el fontanero tiene hueco el jueves por la tarde. Un saludo, Raúl",
     "Hola Elena: el jueves por la tarde el fontanero tiene hueco. Un saludo, Raúl",
     "Hola Elena: el fontanero irá mañana por la mañana, como usted pidió. Un saludo, Raúl"),
    ("de",
     "Hallo Tom, der Tisch ist am Samstag ab 18 Uhr für euch frei. Viele Grüße, Eva",
     "Hallo Tom, am Samstag ist der Tisch ab 18 Uhr für euch frei. Viele Grüße, Eva",
     "Hallo Tom, der Tisch ist am Samstag für euch frei, und die Torte backen wir euch, "
     "wie gewünscht. Viele Grüße, Eva"),
    ("en",
     "Hi Ava, the frame can be ready on Friday or Saturday, whichever suits you. Best, Joe",
     "Hi Ava, the frame can be ready on Friday or Saturday, whichever you'd rather. Best, Joe",
     "Hi Ava, the frame will be ready on Wednesday, as you requested. Best, Joe"),
]

CUSTOMER = {
    "en": "My daughter's wedding is on the 14th and I need the dress altered before it.",
    "pt": "O batizado do meu neto é no domingo e preciso dos docinhos até lá.",
    "fr": "Le mariage de ma fille est samedi, il me faut les fleurs avant.",
    "es": "La comunión de mi hijo es el domingo y necesito el traje antes.",
    "de": "Die Hochzeit meiner Tochter ist am Samstag, ich brauche das Kleid vorher.",
}

REGARDLESS = [
    ("en",
     "Hi Mia, the alterations take about five working days. Either way, the fee is 40 pounds. "
     "Best, Sue",
     "Hi Mia, the alterations take about five working days, and the fee is 40 pounds either "
     "way. Best, Sue",
     "Hi Mia, the alterations take about five working days. Either way, the dress will be "
     "ready before your daughter's wedding. Best, Sue"),
    ("pt",
     "Olá Graça, os docinhos costumam ficar prontos em três dias. Cumprimentos, Lara",
     "Olá Graça, os docinhos costumam ficar prontos em três dias. Cumprimentos, Lara",
     "Olá Graça, os docinhos costumam ficar prontos em três dias; de qualquer forma, terá "
     "tudo para o batizado do seu neto. Cumprimentos, Lara"),
    ("fr",
     "Bonjour Madame Colin, nous livrons les fleurs vendredi si le grossiste nous les envoie. "
     "Cordialement, Luc",
     "Bonjour Madame Colin, si le grossiste nous les envoie, nous livrons les fleurs vendredi. "
     "Cordialement, Luc",
     "Bonjour Madame Colin, nous livrons les fleurs vendredi si le grossiste nous les envoie ; "
     "quoi qu'il arrive, vous les aurez pour le mariage de votre fille. Cordialement, Luc"),
    ("es",
     "Hola Teresa: el traje suele estar listo en una semana. Saludos, Iván",
     "Hola Teresa: normalmente el traje está listo en una semana. Saludos, Iván",
     "Hola Teresa: el traje suele estar listo en una semana, y en cualquier caso lo tendrá "
     "para la comunión de su hijo. Saludos, Iván"),
    ("de",
     "Hallo Frau Beck, die Änderung dauert meist vier Werktage. Viele Grüße, Ute",
     "Hallo Frau Beck, meist dauert die Änderung vier Werktage. Viele Grüße, Ute",
     "Hallo Frau Beck, die Änderung dauert meist vier Werktage, zur Hochzeit Ihrer Tochter "
     "haben Sie das Kleid auf jeden Fall. Viele Grüße, Ute"),
]


def _ids(cases: list[tuple[str, ...]]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


@pytest.mark.parametrize(("lang", "draft", "said", "unsafe"), WAIVED + GRANTED,
                         ids=_ids(WAIVED + GRANTED))
def test_the_faithful_restatement_passes(lang: str, draft: str, said: str,
                                         unsafe: str) -> None:
    assert not new_commitment(labels(draft, said, lang))


@pytest.mark.parametrize(("lang", "draft", "said", "unsafe"), WAIVED, ids=_ids(WAIVED))
def test_a_waiver_in_the_first_person_is_caught(lang: str, draft: str, said: str,
                                                unsafe: str) -> None:
    assert new_commitment(labels(draft, unsafe, lang))


@pytest.mark.parametrize(("lang", "draft", "said", "unsafe"), GRANTED, ids=_ids(GRANTED))
def test_a_request_granted_as_asked_is_caught(lang: str, draft: str, said: str,
                                              unsafe: str) -> None:
    assert new_commitment(labels(draft, unsafe, lang))


def test_as_asked_the_draft_says_itself_passes() -> None:
    draft = "Hi Ava, the frame will be ready on Wednesday, as you requested. Best, Joe"
    said = "Hi Ava, as you requested, the frame will be ready on Wednesday. Best, Joe"
    assert not new_commitment(labels(draft, said, "en"))


@pytest.mark.parametrize(("lang", "draft", "said", "unsafe"), REGARDLESS,
                         ids=_ids(REGARDLESS))
def test_the_drafts_own_fact_restated_passes(lang: str, draft: str, said: str,
                                             unsafe: str) -> None:
    assert not new_commitment(labels(draft, said, lang, CUSTOMER[lang]))


@pytest.mark.parametrize(("lang", "draft", "said", "unsafe"), REGARDLESS,
                         ids=_ids(REGARDLESS))
def test_the_customers_occasion_made_certain_is_caught(lang: str, draft: str, said: str,
                                                       unsafe: str) -> None:
    assert new_commitment(labels(draft, unsafe, lang, CUSTOMER[lang]))


# (lang, draft, a faithful restatement, the draft's estimate made certain in words of trust)
RELIED = [
    ("de",
     "Hallo Herr Kern, die Scheibe ist voraussichtlich bis Freitag fertig. Gruß, Ida",
     "Hallo Herr Kern, voraussichtlich ist die Scheibe bis Freitag fertig. Gruß, Ida",
     "Hallo Herr Kern, die Scheibe ist bis Freitag fertig, darauf können Sie sich verlassen. "
     "Gruß, Ida"),
    ("en",
     "Hi Jo, the bike should be ready by Friday. Best, Max",
     "Hi Jo, we expect the bike to be ready by Friday. Best, Max",
     "Hi Jo, the bike will be ready by Friday, you can count on it. Best, Max"),
    ("fr",
     "Bonjour Anne, le vélo devrait être prêt vendredi. Bien à vous, Max",
     "Bonjour Anne, normalement le vélo sera prêt vendredi. Bien à vous, Max",
     "Bonjour Anne, le vélo sera prêt vendredi, vous pouvez compter dessus. Bien à vous, Max"),
    ("es",
     "Hola Ana: la bici debería estar lista el viernes. Saludos, Max",
     "Hola Ana: lo normal es que la bici esté lista el viernes. Saludos, Max",
     "Hola Ana: la bici estará lista el viernes, puede contar con ello. Saludos, Max"),
    ("pt",
     "Olá Ana, a bicicleta deve ficar pronta na sexta-feira. Cumprimentos, Max",
     "Olá Ana, em princípio a bicicleta fica pronta na sexta-feira. Cumprimentos, Max",
     "Olá Ana, a bicicleta fica pronta na sexta-feira, pode contar com isso. "
     "Cumprimentos, Max"),
]


@pytest.mark.parametrize(("lang", "draft", "said", "unsafe"), RELIED, ids=_ids(RELIED))
def test_the_hedged_estimate_restated_passes(lang: str, draft: str, said: str,
                                             unsafe: str) -> None:
    assert not new_commitment(labels(draft, said, lang))


@pytest.mark.parametrize(("lang", "draft", "said", "unsafe"), RELIED, ids=_ids(RELIED))
def test_words_of_trust_are_a_guarantee(lang: str, draft: str, said: str, unsafe: str) -> None:
    assert "new_commitment:guarantee" in labels(draft, unsafe, lang)

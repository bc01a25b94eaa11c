"""Words that name a time or a number only in some uses: the masker keeps a part of the day
with its day ("heute Abend", "esta mañana" — not "tomorrow"), reads no greeting as a date or
a name ("Guten Morgen", "Buenas tardes"), and the guard counts French "neuf" as nine only where
it is a number ("neuf jours"), not where it is new ("un téléphone neuf"). Each both ways: a
faithful rewrite passes, a changed time or number is caught."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from pydantic import ValidationError

from heard import vocab
from heard.guard import check
from heard.prompts import load_bundle
from heard.protect import Masker

PHRASES = load_bundle(Path(__file__).resolve().parent.parent / "prompts").phrases


def verdict(draft: str, rewrite: str, lang: str) -> set[str]:
    """The guard's violations for a model that rewrote `draft` into `rewrite`: it saw the draft
    masked and copied the marker of each fact it kept (at a sentence's start too), writing
    anything else in words."""
    masked = Masker().mask(draft)
    said = rewrite
    for marker, original in sorted(masked.originals.items(), key=lambda m: -len(m[1])):
        said = re.sub(re.escape(original), marker, said, flags=re.I)
    return _checked(masked, said, lang)


def _checked(masked, said: str, lang: str) -> set[str]:
    """The guard's violations for `said` against the already masked draft."""
    return {v.code for v in check(masked.text, said, phrases=PHRASES, kinds=masked.kinds,
                                  lang=lang)}


@pytest.mark.parametrize("lang,draft,faithful,changed", [
    # "esta mañana" is this morning: a rewrite that says "mañana" (tomorrow) changed the day.
    ("es", "Hola Ana, su pedido salió esta mañana del almacén.",
     "Hola Ana, le cuento que su pedido salió esta mañana del almacén.",
     "Hola Ana, su pedido sale mañana del almacén."),
    ("es", "Revisamos el estado de su caso cada mañana.",
     "El estado de su caso lo revisamos cada mañana.",
     "Revisamos el estado de su caso mañana."),
    ("es", "Le llamaremos mañana por la mañana para confirmar la cita.",
     "Mañana por la mañana le llamaremos para confirmar la cita.",
     "Le llamaremos mañana para confirmar la cita."),
    ("es", "El técnico llega a las 9 de la mañana.",
     "El técnico estará allí a las 9 de la mañana.",
     "El técnico llega a las 9 de la noche."),
    # "heute Abend" is one time: "heute" alone is another.
    ("de", "Hallo Jonas, wir rufen Sie heute Abend zurück.",
     "Hallo Jonas, ich rufe Sie heute Abend zurück.",
     "Hallo Jonas, ich rufe Sie heute zurück."),
    ("de", "Das Paket wurde heute früh an den Kurier übergeben.",
     "Ihr Paket ist heute früh an den Kurier übergeben worden.",
     "Ihr Paket ist heute an den Kurier übergeben worden."),
    ("de", "Der Techniker kommt morgen früh vorbei.",
     "Morgen früh kommt der Techniker bei Ihnen vorbei.",
     "Morgen kommt der Techniker bei Ihnen vorbei."),
    ("en", "The courier collects it tomorrow morning.",
     "Tomorrow morning the courier collects it.",
     "The courier collects it tomorrow."),
])
def test_a_part_of_the_day_is_kept_with_its_day(lang, draft, faithful, changed):
    assert verdict(draft, faithful, lang) == set()
    assert verdict(draft, changed, lang) & {"fact_missing", "new_fact", "fact_invented"}


def test_this_morning_and_tomorrow_are_two_dates_not_one():
    masked = Masker().mask("Salió esta mañana del almacén y llega mañana por la tarde. "
                           "Heute früh verschickt, heute Abend da.")
    assert sorted(masked.originals.values()) == ["Heute früh", "esta mañana", "heute Abend",
                                                 "mañana por la tarde"]
    assert set(masked.kinds.values()) == {"date"}


def test_mañana_alone_is_still_tomorrow_and_a_kept_day_passes():
    draft = "Su reembolso se procesa mañana."
    assert verdict(draft, "Mañana se procesa su reembolso.", "es") == set()
    assert verdict(draft, "Su reembolso se procesa hoy.", "es")


@pytest.mark.parametrize("draft,faithful", [
    ("Bonjour Léa, nous vous envoyons un téléphone neuf sous garantie.",
     "Bonjour Léa, un téléphone neuf sous garantie part vers vous."),
    ("Bonjour Léa, votre appareil sera remis à neuf par notre atelier.",
     "Bonjour Léa, notre atelier va remettre votre appareil en état."),
])
def test_neuf_that_means_new_is_no_number(draft, faithful):
    assert verdict(draft, faithful, "fr") == set()
    # Said another way ("un nouveau téléphone") it is not a number dropped either.
    assert verdict(draft, faithful.replace("un téléphone neuf", "un nouveau téléphone"),
                   "fr") == set()


@pytest.mark.parametrize("draft,changed", [
    ("Le remboursement arrive sous neuf jours.", "Le remboursement arrive sous dix jours."),
    ("Le technicien passe à neuf heures.", "Le technicien passe à dix heures."),
    ("Votre rendez-vous est le neuf mars.", "Votre rendez-vous est le dix mars."),
    ("Nous remboursons neuf euros.", "Nous remboursons dix euros."),
    ("Nous avons essayé neuf fois.", "Nous avons essayé une fois."),
])
def test_neuf_that_counts_is_a_number_kept_or_caught(draft, changed):
    kept = draft.replace(".", ", comme convenu.")
    assert verdict(draft, kept, "fr") == set()
    assert verdict(draft, changed, "fr") & {"fact_missing", "new_fact"}


# ── a greeting is no date; every day with its part of the day is one date ─────────────────

def test_no_greeting_of_any_language_is_masked_as_a_fact():
    """Each language's greetings said alone, and the good wishes that close a reply, mask to
    themselves: "Guten Morgen" is good morning, never the marker for tomorrow."""
    literal = [g for code in vocab.LANGS for g in vocab.builtin(code).greetings
               if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", g)]
    wishes = ["Einen guten Morgen!", "Einen schönen Morgen noch!", "Schönen Tag noch!",
              "Guten Abend!", "Good morning!", "Have a great evening.", "Buenas tardes.",
              "Que tenga un buen día.", "Que tenga una buena mañana.", "Boa tarde!",
              "Tenha um bom dia!", "Bonne soirée !", "Bonne journée !", "Hola buenas tardes,",
              "Hallo zusammen,", "Hello Good Morning,"]
    assert "guten morgen" in literal
    for text in [*literal, *(g.title() for g in literal), *wishes]:
        masked = Masker().mask(text)
        assert masked.text == text, masked.originals
    # The name after a greeting, however long the greeting, is still masked.
    for text, name in [("Buenas tardes Ana,", "Ana"), ("Hola buenas tardes Ana,", "Ana"),
                       ("Olá boa tarde Maria,", "Maria"), ("Guten Morgen Frau Weber,",
                                                           "Frau Weber"), ("Hi Cher,", "Cher")]:
        assert list(Masker().mask(text).originals.values()) == [name]


@pytest.mark.parametrize("draft,masked_text,other_greeting,changed", [
    ("Guten Morgen Frau Weber, wir rufen Sie morgen an.",
     "Guten Morgen ⟦1⟧, wir rufen Sie ⟦2⟧ an.",
     "Guten Tag ⟦1⟧, ich rufe Sie ⟦2⟧ an.",
     "Guten Morgen ⟦1⟧, ich rufe Sie heute an."),
    ("Hallo Frau Weber, wir rufen Sie morgen an. Einen schönen Morgen noch!",
     "Hallo ⟦1⟧, wir rufen Sie ⟦2⟧ an. Einen schönen Morgen noch!",
     "Guten Morgen ⟦1⟧, ich rufe Sie ⟦2⟧ an. Einen schönen Tag noch!",
     "Guten Morgen ⟦1⟧, ich rufe Sie übermorgen an."),
    ("Hola Ana, le llamamos mañana. ¡Que tenga una buena mañana!",
     "Hola ⟦1⟧, le llamamos ⟦2⟧. ¡Que tenga una buena mañana!",
     "Buenos días ⟦1⟧, le llamamos ⟦2⟧. ¡Que tenga un buen día!",
     "Buenos días ⟦1⟧, le llamamos hoy. ¡Que tenga una buena mañana!"),
])
def test_a_greeting_is_no_date_and_may_become_another(draft, masked_text, other_greeting,
                                                        changed):
    """The model sees the greeting in words and the day as a marker: it may greet another way
    (the special case the guard had for "guten Morgen" is gone), and still may not change
    the day."""
    lang = "es" if "Hola" in draft else "de"
    masked = Masker().mask(draft)
    assert masked.text == masked_text
    assert sorted(masked.kinds.values()) == ["date", "name"]
    assert _checked(masked, other_greeting, lang) == set()
    assert _checked(masked, changed, lang) & {"fact_missing", "new_fact"}


@pytest.mark.parametrize("lang,draft,faithful,changed", [
    # Today with its part of the day, said in one phrase, is a date as "heute Abend" and
    # "esta mañana" are: a rewrite may not leave it out.
    ("fr", "Bonjour Léa, votre colis a quitté l'entrepôt ce matin.",
     "Bonjour Léa, ce matin votre colis a quitté l'entrepôt.",
     "Bonjour Léa, votre colis a quitté l'entrepôt."),
    ("fr", "Le technicien passe chez vous cet après-midi.",
     "Cet après-midi, le technicien passe chez vous.",
     "Le technicien passe chez vous."),
    ("pt", "Olá João, o seu pedido saiu do armazém esta manhã.",
     "Olá João, esta manhã o seu pedido saiu do armazém.",
     "Olá João, o seu pedido saiu do armazém."),
    ("pt", "Vamos ligar para você esta tarde.",
     "Esta tarde vamos ligar para você.",
     "Vamos ligar para você."),
    ("pt", "O técnico passa aí hoje à tarde.",
     "Hoje à tarde o técnico passa aí.",
     "O técnico passa aí hoje."),
    ("en", "We shipped your order this morning.",
     "Your order went out this morning.",
     "Your order went out today."),
    ("en", "Our engineer will call you tonight.",
     "Tonight our engineer will call you.",
     "Our engineer will call you tomorrow."),
    ("en", "The outage started last night and is fixed now.",
     "The outage began last night and has been fixed.",
     "The outage has been fixed."),
    ("es", "Su pedido salió anoche del almacén.",
     "Anoche salió su pedido del almacén.",
     "Su pedido salió del almacén."),
    # A weekday with its part of the day is one time too: dropping the part changes it.
    ("en", "The technician comes on Monday morning.",
     "On Monday morning the technician comes to you.",
     "The technician comes to you on Monday."),
    ("de", "Wir rufen Sie am Montagabend zurück.",
     "Ich rufe Sie am Montagabend zurück.",
     "Ich rufe Sie am Montag zurück."),
    ("de", "Der Kurier kommt am Freitag Nachmittag.",
     "Am Freitag Nachmittag kommt der Kurier.",
     "Am Freitag kommt der Kurier."),
    ("fr", "Le technicien passe lundi matin.",
     "Lundi matin, le technicien passe chez vous.",
     "Le technicien passe chez vous lundi."),
    ("es", "El técnico pasa el lunes por la tarde.",
     "El lunes por la tarde pasa el técnico.",
     "El técnico pasa el lunes."),
    ("pt", "O técnico passa na segunda de manhã.",
     "Na segunda de manhã o técnico passa aí.",
     "O técnico passa aí na segunda."),
    ("pt", "A entrega fica para sexta-feira à tarde.",
     "Sexta-feira à tarde fazemos a entrega.",
     "Sexta-feira fazemos a entrega."),
])
def test_a_day_and_its_part_are_one_time_kept_or_caught(lang, draft, faithful, changed):
    assert verdict(draft, faithful, lang) == set()
    assert verdict(draft, changed, lang) & {"fact_missing", "new_fact"}


def test_a_day_with_its_part_is_one_marker_and_a_short_weekday_needs_its_part():
    masked = Masker().mask("Montagabend, lundi matin, el lunes por la tarde, segunda de "
                           "manhã, Monday night, ce matin, esta manhã.")
    assert list(masked.originals.values()) == [
        "Montagabend", "lundi matin", "lunes por la tarde", "segunda de manhã", "Monday night",
        "ce matin", "esta manhã"]
    # "segunda" alone is also "second": a date only with its part of the day.
    assert Masker().mask("É a segunda vez que isso acontece.").originals == {}
    # A weekday before a word that only starts like a part of the day stays the weekday.
    assert list(Masker().mask("Montag Abendessen").originals.values()) == ["Montag"]


def test_a_day_greeting_must_end_in_a_day_word():
    raw = json.loads((resources.files("heard") / "lang" / "de.json").read_text("utf-8"))
    raw["day_greetings"] = ["guten morgen", "guten tag"]  # "Tag" is no day from today
    with pytest.raises(ValidationError, match="'guten tag' ends in none of relative_days"):
        vocab.Lang.model_validate(raw)
    raw["day_greetings"] = ["guten morgen"]
    assert vocab.Lang.model_validate(raw).day_greetings == ["guten morgen"]

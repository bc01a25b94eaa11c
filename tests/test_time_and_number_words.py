"""Words that name a time or a number only in some uses: the masker keeps a part of the day
with its day ("heute Abend", "esta mañana" — not "tomorrow"), and the guard counts French
"neuf" as nine only where it is a number ("neuf jours"), not where it is new ("un téléphone
neuf"). Each both ways: a faithful rewrite passes, a changed time or number is caught."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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

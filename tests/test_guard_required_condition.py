"""A draft's condition on what we give, said as what the customer needs to do for it, is the
same condition: a requirement beside the promise ("we'll refund the jug, but we need a photo
of the crack", "solo tiene que", "il vous suffit de", "basta", "Sie müssen nur"), one in the
sentence beside it ("Para isso, basta…", "Dafür brauchen wir…"), or a purpose that opens the
sentence ("to get the jug refunded, send…", "para recibir el reembolso, envíe…", "pour être
remboursé, envoyez…", "um die Kanne erstattet zu bekommen, schicken Sie…"; `purpose_leads`).
The condition dropped, swapped for another requirement, or denied ("you don't need to send
a photo") is still caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EN = ("Sorry the blender arrived with a cracked jug. We'll refund the jug, provided you send "
      "us a photo of the crack.")
ES = ("Lamentamos que la batidora llegara con la jarra rajada. Le reembolsaremos la jarra, "
      "siempre que nos envíe una foto de la grieta.")
FR = ("Désolés que le blender soit arrivé avec le bol fissuré. Nous vous rembourserons le bol, "
      "à condition que vous nous envoyiez une photo de la fissure.")
PT = ("Lamentamos que o liquidificador tenha chegado com o copo rachado. Vamos reembolsar o "
      "copo, desde que nos envie uma foto da rachadura.")
DE = ("Schade, dass der Mixer mit einem gesprungenen Krug angekommen ist. Wir erstatten Ihnen "
      "den Krug, sofern Sie uns ein Foto vom Sprung schicken.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", EN, "Sorry the blender arrived with a cracked jug. We'll refund the jug, but we "
               "need you to send us a photo of the crack."),
    ("en", EN, "Sorry the blender arrived with a cracked jug. To get the jug refunded, just "
               "send us a photo of the crack."),
    ("en", EN, "Sorry the blender arrived with a cracked jug. We'll refund the jug. You just "
               "have to send us a photo of the crack."),
    ("es", ES, "Lamentamos que la batidora llegara con la jarra rajada. Le reembolsaremos la "
               "jarra, pero tiene que enviarnos una foto de la grieta."),
    ("es", ES, "Lamentamos que la batidora llegara con la jarra rajada. Para recibir el "
               "reembolso de la jarra, envíenos una foto de la grieta."),
    ("es", ES, "Lamentamos que la batidora llegara con la jarra rajada. Le reembolsaremos la "
               "jarra. Para ello, solo necesitamos que nos envíe una foto de la grieta."),
    ("fr", FR, "Désolés que le blender soit arrivé avec le bol fissuré. Nous vous rembourserons "
               "le bol, mais vous devez nous envoyer une photo de la fissure."),
    ("fr", FR, "Désolés que le blender soit arrivé avec le bol fissuré. Pour être remboursé du "
               "bol, envoyez-nous une photo de la fissure."),
    ("fr", FR, "Désolés que le blender soit arrivé avec le bol fissuré. Nous vous rembourserons "
               "le bol. Pour cela, il faut nous envoyer une photo de la fissure."),
    ("pt", PT, "Lamentamos que o liquidificador tenha chegado com o copo rachado. Vamos "
               "reembolsar o copo, mas precisa de nos enviar uma foto da rachadura."),
    ("pt", PT, "Lamentamos que o liquidificador tenha chegado com o copo rachado. Para receber "
               "o reembolso do copo, envie-nos uma foto da rachadura."),
    ("pt", PT, "Lamentamos que o liquidificador tenha chegado com o copo rachado. Vamos "
               "reembolsar o copo. Para isso, basta nos enviar uma foto da rachadura."),
    ("de", DE, "Schade, dass der Mixer mit einem gesprungenen Krug angekommen ist. Wir "
               "erstatten Ihnen den Krug, aber Sie müssen uns ein Foto vom Sprung schicken."),
    ("de", DE, "Schade, dass der Mixer mit einem gesprungenen Krug angekommen ist. Um den Krug "
               "erstattet zu bekommen, schicken Sie uns ein Foto vom Sprung."),
    ("de", DE, "Schade, dass der Mixer mit einem gesprungenen Krug angekommen ist. Damit wir "
               "Ihnen den Krug erstatten können, brauchen wir ein Foto vom Sprung."),
])
def test_a_condition_said_as_a_requirement_is_kept(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Children under twelve don't need a ticket if they travel with a parent.",
     "Children under twelve need no ticket when they travel with a parent."),
    ("fr", "Un enfant de moins de douze ans n'a pas besoin de billet s'il voyage avec un parent.",
     "Un enfant de moins de douze ans n'a pas besoin de billet lorsqu'il voyage avec un "
     "parent."),
    ("de", "Kinder unter zwölf brauchen keine Fahrkarte, wenn sie mit einem Elternteil reisen.",
     "Reisen Kinder unter zwölf mit einem Elternteil, brauchen sie keine Fahrkarte."),
])
def test_a_requirement_the_draft_denies_itself_is_no_condition_dropped(
        lang: str, draft: str, rewrite: str) -> None:
    assert not new_commitment(labels(draft, rewrite, lang), "condition")


@pytest.mark.parametrize("lang,draft,rewrite", [
    # Dropped.
    ("en", EN, "Sorry the blender arrived with a cracked jug. We'll refund the jug."),
    ("es", ES, "Lamentamos que la batidora llegara con la jarra rajada. Le reembolsaremos la "
               "jarra."),
    ("fr", FR, "Désolés que le blender soit arrivé avec le bol fissuré. Nous vous rembourserons "
               "le bol."),
    ("pt", PT, "Lamentamos que o liquidificador tenha chegado com o copo rachado. Vamos "
               "reembolsar o copo."),
    ("de", DE, "Schade, dass der Mixer mit einem gesprungenen Krug angekommen ist. Wir "
               "erstatten Ihnen den Krug."),
    # Another requirement in its place.
    ("en", EN, "Sorry the blender arrived with a cracked jug. To get the jug refunded, send the "
               "jug back to us."),
    ("es", ES, "Lamentamos que la batidora llegara con la jarra rajada. Le reembolsaremos la "
               "jarra, pero tiene que devolvernos la batidora."),
    ("fr", FR, "Désolés que le blender soit arrivé avec le bol fissuré. Pour être remboursé du "
               "bol, renvoyez-nous le blender."),
    ("pt", PT, "Lamentamos que o liquidificador tenha chegado com o copo rachado. Vamos "
               "reembolsar o copo, mas precisa de nos devolver o liquidificador."),
    ("de", DE, "Schade, dass der Mixer mit einem gesprungenen Krug angekommen ist. Um den Krug "
               "erstattet zu bekommen, schicken Sie uns den Mixer zurück."),
    # The requirement denied.
    ("en", EN, "Sorry the blender arrived with a cracked jug. We'll refund the jug; you don't "
               "need to send us a photo of the crack."),
    ("es", ES, "Lamentamos que la batidora llegara con la jarra rajada. Le reembolsaremos la "
               "jarra, y no hace falta que nos envíe una foto de la grieta."),
    ("fr", FR, "Désolés que le blender soit arrivé avec le bol fissuré. Nous vous rembourserons "
               "le bol ; vous n'avez pas besoin de nous envoyer une photo de la fissure."),
    ("pt", PT, "Lamentamos que o liquidificador tenha chegado com o copo rachado. Vamos "
               "reembolsar o copo; não precisa de nos enviar uma foto da rachadura."),
    ("de", DE, "Schade, dass der Mixer mit einem gesprungenen Krug angekommen ist. Wir "
               "erstatten Ihnen den Krug; Sie müssen uns kein Foto vom Sprung schicken."),
    # Said as a fact, no longer asked.
    ("en", EN, "Sorry the blender arrived with a cracked jug. We'll refund the jug. You sent us "
               "a photo of the crack."),
    ("pt", PT, "Lamentamos que o liquidificador tenha chegado com o copo rachado. Vamos "
               "reembolsar o copo. Já nos enviou uma foto da rachadura."),
])
def test_a_condition_dropped_or_swapped_is_caught(lang: str, draft: str, rewrite: str) -> None:
    found = labels(draft, rewrite, lang)
    assert new_commitment(found, "refund") or new_commitment(found, "condition"), found

"""A refund said with "restituir" (Spanish) or "given back" (English) is a refund, as
"devuelta", "reintegrada", "returned to you" already were: a rewrite adding one the draft does
not make is caught, and one saying the draft's own refund in these words passes clean."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = {
    "es": ("He programado la perforadora para el 14 de diciembre.",
           "Si no se cumple la fecha, su señal le será devuelta.",
           "Si no se cumple la fecha, su señal le será restituida.",
           "He programado la perforadora para el 14 de diciembre, y su señal le será restituida "
           "si no se cumple la fecha."),
    "en": ("I've booked the drill for December 14.",
           "If the date slips, your deposit will be refunded.",
           "If the date slips, your deposit will be given back.",
           "I've booked the drill for December 14, and your deposit will be given back if the "
           "date slips."),
}


@pytest.mark.parametrize("lang", CASES)
def test_a_new_refund_said_so_is_caught(lang: str) -> None:
    booked, _, _, added = CASES[lang]
    assert "new_commitment:refund" in labels(booked, added, lang)


@pytest.mark.parametrize("lang", CASES)
def test_the_drafts_refund_said_so_passes(lang: str) -> None:
    booked, refund, said_so, _ = CASES[lang]
    assert labels(f"{booked} {refund}", f"{booked} {said_so}", lang) == []


def test_a_thing_given_back_to_us_is_no_refund() -> None:
    draft = "Thanks for returning the loan tablet."
    rewrite = "Thanks for returning the loan tablet; it was given back to us in perfect shape."
    assert "new_commitment:refund" not in labels(draft, rewrite, "en")

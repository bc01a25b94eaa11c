"""A German verb-first condition ("Sagen Sie bis Montag zu, …", the "wenn" said without
"wenn") ends at its comma: the clause after it is what it conditions, read as it is said, so
its hedge ("…, rechne ich damit, dass das Regal am 12. Mai fertig ist") keeps the draft's
"voraussichtlich", and one said without a hedge is still firmer (modality._if_clause). Written
for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

READY = ("Hallo Frau Brandt, danke für Ihre Nachricht. Wenn Sie bis Montag zusagen, ist das "
         "Regal voraussichtlich am 12. Mai fertig. Viele Grüße, Jonas")
MAYBE = ("Hallo Frau Brandt, danke für Ihre Nachricht. Wenn Sie bis Montag zusagen, können wir "
         "das Regal vielleicht noch im Mai liefern. Viele Grüße, Jonas")


@pytest.mark.parametrize(("draft", "rewrite"), [
    (READY, "Hallo Frau Brandt, danke für Ihre Nachricht. Sagen Sie bis Montag zu, rechne ich "
            "damit, dass das Regal am 12. Mai fertig ist. Viele Grüße, Jonas"),
    (READY, "Hallo Frau Brandt, danke für Ihre Nachricht. Sagen Sie bis Montag zu, dann ist das "
            "Regal voraussichtlich am 12. Mai fertig. Viele Grüße, Jonas"),
    (MAYBE, "Hallo Frau Brandt, danke für Ihre Nachricht. Sagen Sie bis Montag zu, liefern wir "
            "das Regal vielleicht noch im Mai. Viele Grüße, Jonas"),
])
def test_the_hedge_after_a_verb_first_condition_keeps_the_drafts(draft, rewrite):
    assert verdict(draft, rewrite, "", "de") == {}


@pytest.mark.parametrize(("draft", "rewrite"), [
    (READY, "Hallo Frau Brandt, danke für Ihre Nachricht. Sagen Sie bis Montag zu, ist das Regal "
            "am 12. Mai fertig. Viele Grüße, Jonas"),
    (MAYBE, "Hallo Frau Brandt, danke für Ihre Nachricht. Sagen Sie bis Montag zu, liefern wir "
            "das Regal noch im Mai. Viele Grüße, Jonas"),
])
def test_the_same_clause_said_without_a_hedge_is_firmer(draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", "de")

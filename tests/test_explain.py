"""Explanations: every change sits in a real hunk of the diff, and every hunk is explained."""

from __future__ import annotations

from heard.diff import hunks, side, word_diff
from heard.explain import align
from heard.schema import Change

PRINCIPLES = {"acknowledge-emotion", "own-it", "no-policy-wall", "no-blame",
              "authentic-not-cliche", "reflect-understanding", "appreciate-patience"}
BEFORE = "That is our policy. Your refund will be processed by the team in 5-7 days."
AFTER = ("I know this isn't the answer you hoped for. I am processing your refund myself, and "
         "it takes 5-7 days.")


def test_the_diff_rebuilds_both_texts_and_hunks_are_changed_regions():
    ops = word_diff(BEFORE, AFTER)
    assert side(ops, "before") == BEFORE and side(ops, "after") == AFTER
    assert {o["op"] for o in ops} == {"equal", "delete", "insert"}
    assert all(h["before"].strip() or h["after"].strip() for h in hunks(ops))


def test_model_changes_are_aligned_invented_ones_dropped_and_gaps_explained():
    ops = word_diff(BEFORE, AFTER)
    proposed = [
        Change(principle="no-policy-wall", before="That is our policy.",
               after="I know this isn't the answer you hoped for.",
               explanation="Replaces the\npolicy wall."),
        Change(principle="own-it", before="nothing like this", after="in the draft",
               explanation="Invented: matches no hunk."),
        Change(principle="not-a-principle", before="That is our policy.", after="x",
               explanation="Unknown principle."),
    ]
    changes = align(ops, proposed, PRINCIPLES)
    draft_hunks = hunks(ops)
    assert len(changes) >= len(draft_hunks)
    assert changes[0].principle == "no-policy-wall"
    assert changes[0].explanation == "Replaces the policy wall."  # one line
    assert all(c.principle in PRINCIPLES for c in changes)
    assert not any("Invented" in c.explanation or "Unknown" in c.explanation for c in changes)
    for c in changes:  # every change quotes the draft and the rewrite, nothing else
        assert c.before in BEFORE and c.after in AFTER
    explained = {(c.before, c.after) for c in changes}
    for h in draft_hunks:
        assert any(b in h["before"] and a in h["after"] for b, a in explained), h


def test_a_change_claiming_text_the_rewrite_lacks_is_realigned_to_the_hunk():
    before, after = "Sorry for the wait.", "Thank you for your patience."
    ops = word_diff(before, after)
    [c] = align(ops, [Change(principle="appreciate-patience", before="Sorry for the wait.",
                             after="Thanks so much for waiting!", explanation="Thanks them.")],
                PRINCIPLES)
    assert c.after in after and c.before in before and c.principle == "appreciate-patience"


def test_unexplained_hunks_get_a_catalogue_reason_in_any_language():
    cases = [("Como ya te dije, el paquete volvió.", "El paquete volvió.", "no-blame"),
             ("Gracias.", "Gracias por tu paciencia.", "appreciate-patience"),
             ("Ihr Paket ist da.", "Ich verstehe, dass das ärgerlich war. Ihr Paket ist da.",
              "acknowledge-emotion")]
    for before, after, principle in cases:
        changes = align(word_diff(before, after), [], PRINCIPLES)
        assert changes and changes[0].principle == principle, (before, changes)
        assert changes[0].explanation


def test_no_change_means_no_explanation():
    assert align(word_diff(BEFORE, BEFORE), [], PRINCIPLES) == []


def test_a_hunk_nobody_explained_gets_a_reason_in_the_draft_language():
    before = "Hola Ana. Tu pedido sale hoy."
    after = "Hola Ana. Gracias por tu paciencia. Tu pedido sale hoy."
    [es] = align(word_diff(before, after), [], PRINCIPLES, "es")
    [en] = align(word_diff(before, after), [], PRINCIPLES)
    assert es.principle == en.principle == "appreciate-patience"
    assert es.explanation == "Agradece al cliente su paciencia." != en.explanation
    for lang in ("de", "fr", "pt"):
        [c] = align(word_diff(before, after), [], PRINCIPLES, lang)
        assert c.explanation != en.explanation

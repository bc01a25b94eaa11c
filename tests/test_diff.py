"""The word diff the panel shows: exact on both sides, one hunk per change an agent judges."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from heard.diff import hunks, word_diff

DRAFT = ("Hi Dana. As I already said, the refund is not possible. Order #1234 ships Monday. "
         "Unfortunately there is nothing we can do.")
REWRITE = ("Hi Dana. I can see how frustrating this situation with your refund has been. The "
           "refund is not possible. Order #1234 ships Monday. I can't change this decision "
           "myself, but I want you to know exactly where things stand.")


def sides(ops):
    return ("".join(o["text"] for o in ops if o["op"] != "insert"),
            "".join(o["text"] for o in ops if o["op"] != "delete"))


def test_a_long_insertion_does_not_swallow_unchanged_sentences():
    ops = word_diff(DRAFT, REWRITE)
    changed = hunks(ops)
    assert len(changed) == 2  # the opening change and the policy wall, judged separately
    assert changed[0]["before"] == "As I already said, the"
    assert {"op": "equal", "text": " refund is not possible. Order #1234 ships Monday. "} in ops


def test_tiny_equalities_fold_into_one_readable_change():
    ops = word_diff("Your request will be forwarded to finance.",
                    "I will forward your request to finance.")
    assert hunks(ops) == [{"before": "Your request will be forwarded",
                           "after": "I will forward your request"}]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_ops_rebuild_both_texts_exactly(before, after):
    assert sides(word_diff(before, after)) == (before, after)

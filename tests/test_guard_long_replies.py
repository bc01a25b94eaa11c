"""A long reply is judged as a short one is: where many of its sentences share words with the
conditioned one ("parcel", "full"), a kept condition still passes clean and a dropped one is still
caught, and a customer's date made a promise is still caught among them. (The guard weighs only
the closest rewrite sentences against each draft sentence so that its cost grows with the length;
that cost is measured by bench/guard_cost.py --scaling --distinct, not asserted here.)"""

from __future__ import annotations

from tests.masked_guard import labels

# Sentences about the same parcel, each saying something else: none conditioned, none a promise.
_AROUND = [
    "Your parcel left our warehouse in full on Monday morning.",
    "The parcel was packed in full view of our camera.",
    "A full parcel weighs a little under four kilos.",
    "Our parcel desk works full days from Monday to Friday.",
    "Every parcel we send is insured in full by the courier.",
    "The full parcel history is on the orders page.",
    "Parcel tracking shows the full route it has taken.",
    "The courier scans each parcel in full twice a day.",
    "A parcel this full needs a signature at the door.",
    "The parcel label carries your full name and address.",
    "Parcel photos show the box full and sealed.",
    "Most parcel questions are answered in full by the same small team.",
]
_DRAFT = " ".join([*_AROUND[:6], "If the parcel is lost, we will refund you in full.",
                  *_AROUND[6:]])


def _rewrite(condition_sentence: str) -> str:
    return " ".join(["I'm sorry the wait has been so stressful.", *_AROUND[:6],
                     condition_sentence, *_AROUND[6:]])


def test_a_condition_kept_among_many_similar_sentences_passes_clean():
    kept = _rewrite("Should the parcel turn out to be lost, we will refund you in full.")
    assert labels(_DRAFT, kept) == []


def test_the_same_condition_dropped_among_them_is_caught():
    dropped = _rewrite("We will refund you in full for the parcel.")
    # (Read as the refund made unconditional, or as the condition dropped: either says why.)
    assert {"new_commitment:refund", "new_commitment:condition"} & set(labels(_DRAFT, dropped))


def test_a_customer_date_made_a_promise_in_a_long_reply_is_caught():
    customer = "Can the tent arrive before my trip on 14 June? The old one tore."
    draft = " ".join([*_AROUND, "We will look into the delivery date and write back."])
    promised = " ".join([*_AROUND, "We will look into the delivery date and write back.",
                         "You will have it well before 14 June."])
    assert any(c.startswith("new_commitment") for c in labels(draft, promised, customer=customer))

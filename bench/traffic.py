"""The traffic the benchmarks send: agents' drafts and their customers' messages, written for
the bench (no corpus text), each kind distinct in wording so that every request is a new
cache entry. No Heard imports: bench/profile_hit.py picks the checkout to import first."""

from __future__ import annotations

import itertools

WORDS = ["quick", "kind", "clear", "calm", "warm", "short", "brief", "plain", "gentle", "honest",
         "prompt", "careful", "steady", "simple", "direct", "friendly", "patient", "polite",
         "helpful", "thorough"]
CUSTOMERS = [f"{first} {last}" for first in ("Ana", "Ben", "Cleo", "Dev", "Eva", "Finn", "Gus",
                                             "Hana", "Ivo", "Jude", "Kai", "Lena", "Milo",
                                             "Nora", "Otto", "Pia")
             for last in ("Lee", "Moreau", "Okafor", "Silva")]
NOUNS = ["parcel", "order", "package", "delivery", "shipment", "refund", "exchange", "return",
         "invoice", "request", "replacement", "voucher"]
# The customer's message each rewrite carries, as the extension sends it from the ticket (their
# mood is read and is part of the cache key). Written for the bench: openings, what went wrong
# and what they ask, combined so that every miss reads a message never seen before.
OPENINGS = ["Hello,", "Hi there,", "Good morning,", "Hey,", "Dear support,", "Hi team,",
            "Hello again,", "Hi,"]
TROUBLES = [
    "my {noun} 48213-B was due on Monday and the tracking has not moved for six days",
    "I was charged twice (£24.99) for the same {noun} and nobody answered my last two emails",
    "the {noun} arrived with a cracked lid and I need it for a party this weekend",
    "I asked about my {noun} last week and I am still waiting for any reply at all",
    "thanks for the quick help with the {noun}, it all worked out in the end",
    "I am not sure how to change the address on my {noun} before it ships",
    "my {noun} says delivered but there is nothing at my door or with the neighbours",
    "the {noun} I got is the wrong size and I would like to swap it",
]
ASKS = ["Can you tell me what is going on?", "Please sort this out today.",
        "What are my options?", "Could someone get back to me soon?",
        "I would really appreciate an update.", "Is there anything I can do?",
        "This is the third time I am writing.", "Thank you in advance."]


def unique_drafts():
    """Distinct drafts (different wording, not just different facts, which mask the same)."""
    for n, (a, b, noun) in enumerate(itertools.product(WORDS, WORDS, NOUNS)):
        yield (f"Hi, thanks for the {a} note. Your {noun} #{1000 + n} is on its way and the "
               f"{b} tracking link follows by email today.")


def unique_messages():
    """Distinct customer messages (distinct wording: a new message is read afresh)."""
    for opening, ask, noun, trouble in itertools.product(OPENINGS, ASKS, NOUNS, TROUBLES):
        yield f"{opening} {trouble.format(noun=noun)}. {ask}"


def unique_requests():
    """(draft, customer message) pairs, each distinct: every one is a cache miss."""
    return zip(unique_drafts(), unique_messages(), strict=False)  # both are long enough

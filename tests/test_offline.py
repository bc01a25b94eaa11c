"""The offline engine: safe, explained edits that never break an invariant."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heard import guard
from heard.offline import rewrite
from heard.prompts import load_bundle

PHRASES = load_bundle(Path(__file__).resolve().parent.parent / "prompts").phrases


def run(draft: str, message: str = "", lang: str = "en", **kw):
    out = rewrite(draft, customer_message=message, lang=lang, phrases=PHRASES, **kw)
    fmt = "html" if "<p>" in draft else "text"
    assert guard.check(draft, out.rewrite, phrases=PHRASES, fmt=fmt, customer_message=message,
                       lang=lang) == []
    return out


def test_policy_wall_passive_voice_blame_and_we_become_owned_and_plain():
    out = run("That is our policy. As I already said, your ticket will be forwarded to billing. "
              "We're sorry, please DM us so we can look into it.",
              "I was charged twice and nobody answers!")
    text = out.rewrite
    assert "That is our policy" not in text and "As I already said" not in text
    assert "I will forward your ticket" in text and "so I can look into it" in text
    assert "I'm sorry" in text
    principles = {c.principle for c in out.changes}
    assert {"no-policy-wall", "no-blame", "active-voice", "own-it"} <= principles


def test_stacked_apologies_are_cut_to_one():
    out = run("Hi ⟦1⟧,\nSorry for the delay. We apologize for any inconvenience this may have "
              "caused. Sorry again. Your parcel ⟦2⟧ ships today.")
    sentences = [s for s in out.rewrite.split(".") if "orry" in s or "pologi" in s]
    assert len(sentences) <= 1
    assert "⟦2⟧" in out.rewrite


def test_acknowledgement_names_the_topic_in_the_draft_language_after_the_greeting():
    out = run("Hola ⟦1⟧, tu paquete ⟦2⟧ sale hoy.", "¿Dónde está mi paquete? Estoy harto.",
              lang="es")
    assert out.rewrite.startswith("Hola ⟦1⟧, ")
    assert "envío" in out.rewrite
    assert out.changes[0].principle in {"acknowledge-emotion", "reflect-understanding"}


def test_an_acknowledgement_that_would_add_a_commitment_word_backs_off():
    # The customer asks for a refund; the draft does not offer one: "your refund" must not appear.
    out = run("Your order ⟦1⟧ was delivered on ⟦2⟧.", "I want a refund, the box was empty!")
    assert "refund" not in out.rewrite.lower()


def test_html_keeps_every_tag_and_link():
    draft = '<p>Hi ⟦1⟧,</p><p>That is our policy.</p><ul><li><a href="⟦2⟧">Label</a></li></ul>'
    out = run(draft, "How do I return this?")
    assert out.rewrite.count("<li>") == 1 and 'href="⟦2⟧"' in out.rewrite


def test_deterministic_and_suggests_what_it_will_not_write():
    a = run("Your refund for ⟦1⟧ will be processed.", "My parcel arrived damaged, again.")
    b = run("Your refund for ⟦1⟧ will be processed.", "My parcel arrived damaged, again.")
    assert a == b
    assert {s.kind for s in a.suggestions} >= {"goodwill-gesture", "anticipate-followup"}


def test_concise_tone_adds_no_patience_line():
    out = run("Your order ⟦1⟧ ships ⟦2⟧.", "I have been waiting for weeks!", tone="concise")
    assert "patience" not in out.rewrite.lower()


_SENTENCES = [
    "That is our policy.", "Your refund will be processed in ⟦1⟧ days.", "Sorry for the delay.",
    "We apologize for any inconvenience.", "As I already said, ", "your ticket will be "
    "forwarded to billing.", "We will look into it.", "Hi ⟦2⟧,\n", "<p>", "</p>", "Thanks!",
    "Please send ⟦3⟧.", "Sorry again.", "We're sorry.", "There is nothing we can do.",
    "Tu pedido ⟦4⟧ llega mañana.", "\n\n", "- item one\n", "Best,\n⟦5⟧"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8),
       st.sampled_from(["", "Where is my refund??", "I waited 3 weeks, again!", "Thanks, love it"]),
       st.sampled_from(["en", "es", None]))
def test_the_engine_never_breaks_an_invariant_on_any_draft(parts, message, lang):
    draft = " ".join(parts)
    if not draft.strip():
        return  # the pipeline answers 400 to an empty draft before any engine runs
    out = rewrite(draft, customer_message=message, lang=lang, phrases=PHRASES)
    fmt = "html" if "<p>" in draft else "text"
    assert guard.check(draft, out.rewrite, phrases=PHRASES, fmt=fmt, customer_message=message,
                       lang=lang) == []


def test_policy_walls_give_way_in_the_other_four_languages():
    for lang, draft, wall in [
        ("es", "Es nuestra política. El reembolso de ⟦1⟧ tarda ⟦2⟧ días.", "Es nuestra política"),
        ("de", "Das ist unsere Richtlinie. Die Erstattung dauert ⟦2⟧ Tage.", "Richtlinie"),
        ("fr", "C'est notre politique. Le remboursement prend ⟦2⟧ jours.", "notre politique"),
        ("pt", "É a nossa política. O reembolso demora ⟦2⟧ dias.", "nossa política"),
    ]:
        out = run(draft, lang=lang)
        assert wall not in out.rewrite and "⟦2⟧" in out.rewrite, lang
        assert any(c.principle == "no-policy-wall" for c in out.changes), lang


def test_blame_is_restated_neutrally_and_a_removed_opener_leaves_clean_text():
    out = run("Hi ⟦1⟧,\n\nAs I said, you entered the wrong address. The parcel came back.")
    assert out.rewrite.startswith("Hi ⟦1⟧,\n\n")
    assert "As I said" not in out.rewrite and "you entered" not in out.rewrite
    assert "The address on the order wasn't the right one." in out.rewrite


def test_suggestions_come_for_drafts_in_any_of_the_five_languages():
    out = run("Hallo ⟦1⟧, Ihre Lieferung ⟦2⟧ ist unterwegs.", "Das Paket ist kaputt angekommen, "
              "schon wieder!", lang="de")
    assert {s.kind for s in out.suggestions} >= {"goodwill-gesture", "anticipate-followup"}

"""The offline engine: safe, explained edits that never break an invariant."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heard import guard, vocab
from heard.offline import rewrite, tone_given
from heard.prompts import load_bundle

PHRASES = load_bundle(Path(__file__).resolve().parent.parent / "prompts").phrases


def run(draft: str, message: str = "", lang: str = "en", **kw):
    out = rewrite(draft, customer_message=message, lang=lang, phrases=PHRASES, **kw)
    fmt = "html" if "<p>" in draft else "text"
    assert guard.check(draft, out.rewrite, phrases=PHRASES, fmt=fmt, customer_message=message,
                       lang=lang) == []
    return out


def _ack(out) -> str:
    """The one acknowledgement the engine wrote (fails unless there is exactly one)."""
    [ack] = [c.after for c in out.changes if c.principle == "acknowledge-emotion"]
    return ack


def test_policy_wall_passive_voice_blame_and_we_become_owned_and_plain():
    out = run("Hi ⟦1⟧, that is our policy. As I already said, your ticket will be forwarded to "
              "billing. We're sorry, please DM us so we can look into it.",
              "I was charged twice and nobody answers!")
    text = out.rewrite
    assert "policy" not in text and "As I already said" not in text
    assert text.startswith("Hi ⟦1⟧, your ticket") or text.startswith("Hi ⟦1⟧, I will")
    assert "I will forward your ticket" in text and "DM me so I can look into it" in text
    assert "I'm sorry" in text
    principles = {c.principle for c in out.changes}
    assert {"no-policy-wall", "no-blame", "active-voice", "own-it"} <= principles


def test_stacked_apologies_are_cut_to_one():
    out = run("Hi ⟦1⟧,\nSorry for the delay. We apologize for any inconvenience this may have "
              "caused. Sorry again. Your parcel ⟦2⟧ ships today.")
    sentences = [s for s in out.rewrite.split(".") if "orry" in s or "pologi" in s]
    assert len(sentences) <= 1
    assert "⟦2⟧" in out.rewrite


@pytest.mark.parametrize("lang,draft,message,subject", [
    ("es", "Hola ⟦1⟧, tu paquete ⟦2⟧ sale hoy.", "¿Dónde está mi paquete? Estoy harto.",
     "tu paquete"),
    ("de", "Hallo ⟦1⟧, das Paket ⟦2⟧ geht heute raus.", "Mein Paket ist kaputt, ich bin "
     "so genervt!", "Ihrem Paket"),
    ("fr", "Bonjour ⟦1⟧, le colis ⟦2⟧ part aujourd'hui.", "J'en ai marre, mon colis est "
     "encore en retard !", "votre colis"),
    ("pt", "Olá ⟦1⟧, a encomenda ⟦2⟧ sai hoje.", "Estou farto, a minha encomenda não chega!",
     "a sua encomenda"),
])
def test_acknowledgement_names_the_customers_noun_in_the_draft_language(lang, draft, message,
                                                                        subject):
    out = run(draft, message, lang=lang)
    assert subject in _ack(out) and out.rewrite.startswith(draft.split(",")[0] + ", ")


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


# What no draft may gain: lines a script would add to any ticket, whatever the customer wrote.
_STOCK = ("thank you for your patience", "i've read your message", "i see you're writing",
          "i know this isn't the answer", "where things stand", "thank you for reaching out",
          "gracias por tu paciencia", "vielen dank für ihre geduld", "merci pour votre patience",
          "obrigado pela sua paciência", "he leído tu mensaje", "ich habe ihre nachricht")


_SENTENCES = [
    "That is our policy.", "Your refund will be processed in ⟦1⟧ days.", "Sorry for the delay.",
    "We apologize for any inconvenience.", "As I already said, ", "your ticket will be "
    "forwarded to billing.", "We will look into it.", "Hi ⟦2⟧,\n", "<p>", "</p>", "Thanks!",
    "Please send ⟦3⟧.", "Sorry again.", "We're sorry.", "There is nothing we can do.",
    "Tu pedido ⟦4⟧ llega mañana.", "\n\n", "- item one\n", "Best,\n⟦5⟧", "@⟦6⟧", "@ShopHelp",
    "Hey, ⟦2⟧.", "^RR", "- Paul", "-KC"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8),
       st.sampled_from(["", "Where is my refund??", "I waited 3 weeks, again!", "Thanks, love it",
                        "@ShopHelp my parcel still hasn't arrived, so frustrating",
                        "I am so annoyed, the second charge is still on my card!!",
                        "Estoy harta, mi pedido no llega y nadie contesta"]),
       st.sampled_from(["en", "es", None]))
def test_the_engine_never_breaks_an_invariant_on_any_draft(parts, message, lang):
    draft = " ".join(parts)
    if not draft.strip():
        return  # the pipeline answers 400 to an empty draft before any engine runs
    out = rewrite(draft, customer_message=message, lang=lang, phrases=PHRASES)
    fmt = "html" if "<p>" in draft else "text"
    assert guard.check(draft, out.rewrite, phrases=PHRASES, fmt=fmt, customer_message=message,
                       lang=lang) == []
    # No stock line is inserted: only "sorry for the wait" may become a thank-you.
    for line in _STOCK:
        if line == "thank you for your patience" and "sorry for the delay" in draft.lower():
            continue
        assert line not in out.rewrite.lower(), out.rewrite
    # An acknowledgement names something the customer wrote.
    for c in out.changes:
        if c.principle == "acknowledge-emotion":
            assert any(w in c.after.lower() for w in re.findall(r"[a-z]{4,}", message.lower())
                       if w not in ("frustrating",)), (c.after, message)


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


# --- Openings and endings: mentions and a greeting first, the signature last -----------------

@pytest.mark.parametrize("signature", ["^KT", "*HRB", "-MO", "- Dana", "/JL", "^ Priya"])
def test_leading_mentions_and_greeting_stay_first_and_the_signature_last(signature):
    draft = f"@⟦1⟧ Hey, ⟦2⟧. Your parcel ⟦3⟧ is with the courier today. {signature}"
    out = run(draft, "@ShopHelp my parcel still hasn't arrived and this is so frustrating!!")
    assert out.rewrite.startswith("@⟦1⟧ Hey, ⟦2⟧. " + out.changes[0].after), out.rewrite
    assert out.rewrite.endswith(f" {signature}")
    assert "Your parcel ⟦3⟧ is with the courier today." in out.rewrite
    assert out.changes[0].principle == "acknowledge-emotion"


def test_several_mentions_and_an_exclamation_greeting_come_before_the_acknowledgement():
    out = run("@⟦1⟧ @ShopHelp Hi there! Please send us a DM with the order number. -MO",
              "@ShopHelp I am so worried, my card was charged and nothing shipped")
    ack = _ack(out)
    assert "your card" in ack
    assert out.rewrite.startswith("@⟦1⟧ @ShopHelp Hi there! " + ack)
    assert out.rewrite.endswith("order number. -MO")


def test_a_greeting_with_a_comma_after_a_mention_takes_the_acknowledgement_in_lower_case():
    out = run("@⟦1⟧ Hi ⟦2⟧, we have answered your DM. ^KT",
              "Still nothing about my booking, nobody answers and it is so frustrating!")
    assert out.rewrite.startswith("@⟦1⟧ Hi ⟦2⟧, ")
    ack = out.changes[0].after
    ack = ack if ack.split(" ")[0] in ("I", "I've", "I'm") else ack[:1].lower() + ack[1:]
    assert out.rewrite.startswith(f"@⟦1⟧ Hi ⟦2⟧, {ack}")
    assert "We have answered your DM. ^KT" in out.rewrite


def test_a_repeated_apology_is_cut_without_losing_the_signature():
    out = run("Sorry about the mix-up. Sorry again -MO", "")
    assert out.rewrite.rstrip().endswith("-MO")


def test_the_signature_and_mentions_are_never_edited_by_a_rule():
    out = run("@⟦1⟧ That is our policy. -We", "")
    assert out.rewrite.startswith("@⟦1⟧ ") and out.rewrite.endswith("-We")


# --- Nothing generic: acknowledge a feeling, a concrete topic or a wait, or nothing -----------

@pytest.mark.parametrize("draft,message", [
    ("Sure thing. Do you mean the yearly plan or the monthly one?", "the monthly one"),
    ("Yes, that is right. Use the same username on the new site.",
     "So I just sign in with the same name on the new site?"),
    ("That would be ⟦1⟧. Is there more I can look at for you?", "No, I don't remember it"),
    ("The store opens at ⟦1⟧ on weekdays.", "What time do you open on Tuesday?"),
    ("Your order ⟦1⟧ ships today.", ""),
])
def test_no_generic_thank_you_when_there_is_nothing_specific_to_acknowledge(draft, message):
    out = run(draft, message)
    assert out.rewrite == draft and out.changes == []


@pytest.mark.parametrize("lang,draft", [
    ("en", "Your order ⟦1⟧ ships today."), ("es", "Tu pedido ⟦1⟧ sale hoy."),
    ("de", "Ihre Bestellung ⟦1⟧ wird heute verschickt."),
    ("fr", "Votre commande ⟦1⟧ part aujourd'hui."), ("pt", "A sua encomenda ⟦1⟧ sai hoje."),
])
def test_a_neutral_message_never_gets_a_bare_thank_you_in_any_language(lang, draft):
    out = run(draft, "⟦2⟧", lang=lang)
    lowered = out.rewrite.lower()
    for thanks in ("thank you for reaching out", "thanks for getting in touch", "gracias por",
                   "vielen dank für ihre nachricht", "merci de nous", "obrigado pelo"):
        assert thanks not in lowered


def test_a_subject_without_a_feeling_or_a_feeling_without_a_subject_gets_no_line():
    draft = "Hi ⟦1⟧, the parcel is at the local depot and goes out on the next van."
    calm = run(draft, "My parcel never arrived and the tracking page only shows an error.")
    upset = run(draft, "Nobody answers, this is so frustrating and I am fed up!!")
    assert calm.rewrite == draft and upset.rewrite == draft


@pytest.mark.parametrize("message,subject", [
    ("I'm so frustrated, my parcel still hasn't come", "your parcel"),
    ("The double charge on my statement is so frustrating!", "the double charge"),
    ("I am worried about my booking, nobody has confirmed it", "your booking"),
])
def test_an_acknowledgement_names_the_customers_own_subject(message, subject):
    out = run("Hi ⟦1⟧, I have checked it and it is sorted now.", message)
    ack = _ack(out)
    assert subject in ack and out.rewrite.startswith("Hi ⟦1⟧, " + ack)


def test_a_mid_conversation_answer_gets_no_topic_line():
    out = run("Okay, I have updated the address on the order.",
              "Sorry, the delivery address on my order is wrong, it should be flat 2.")
    assert not any(c.principle == "reflect-understanding" for c in out.changes)


# --- Waiting: thanked where the agent apologised for it, never added ---------------------------

@pytest.mark.parametrize("lang,draft,message", [
    ("en", "It ships on ⟦1⟧.", "I have been waiting two weeks for my parcel."),
    ("es", "Sale el ⟦1⟧.", "Sigo esperando mi paquete desde hace dos semanas."),
    ("de", "Es wird am ⟦1⟧ verschickt.", "Ich warte seit zehn Tagen auf mein Paket."),
    ("fr", "Il part le ⟦1⟧.", "J'attends mon colis depuis deux semaines."),
    ("pt", "Sai no dia ⟦1⟧.", "Estou à espera da encomenda há duas semanas."),
])
def test_a_wait_is_not_answered_with_an_inserted_patience_line(lang, draft, message):
    out = run(draft, message, lang=lang)
    # "Sigo esperando" (still waiting) may earn an acknowledgement of the frustration; never a
    # patience line of the engine's own.
    assert out.rewrite.endswith(draft)
    assert not any(w in out.rewrite.lower() for w in vocab.builtin(lang).patience_words)


def test_sorry_for_the_wait_becomes_thanks_for_waiting():
    out = run("Sorry for the wait. Your parcel ⟦1⟧ left the depot today.", "Still waiting!")
    assert out.rewrite.startswith("Thank you for your patience. Your parcel ⟦1⟧")
    assert [c.principle for c in out.changes] == ["appreciate-patience"]


# --- Policy walls, blame and ownership: whole sentences in, whole sentences out ----------------

@pytest.mark.parametrize("thing", ["the late fee", "your annual charge", "this", "it", ""])
def test_nothing_i_can_do_becomes_the_agents_own_limit_in_a_whole_sentence(thing):
    about = f" about {thing}" if thing else ""
    draft = f"Hi ⟦1⟧,\n\nThere is nothing I can do{about}. Your account stays open."
    out = run(draft)
    said = "this" if thing in ("this", "it", "") else thing
    assert f"I'm not able to change {said} myself. Your account stays open." in out.rewrite
    for sentence in re.split(r"(?<=[.!?])\s+", out.rewrite.split("\n\n", 1)[1]):
        assert sentence[:1].isupper(), sentence  # no fragment left behind


def test_a_sentence_that_blames_goes_but_a_useful_should_have_stays():
    out = run("Hi ⟦1⟧, we cannot refund order ⟦2⟧ after ⟦3⟧ days. You should have read the "
              "terms before buying. You should have received a return label by email.")
    assert "read the terms" not in out.rewrite
    assert "We cannot refund order ⟦2⟧ after ⟦3⟧ days." in out.rewrite.replace("we", "We", 1)
    assert "You should have received a return label by email." in out.rewrite
    assert any(c.principle == "no-blame" for c in out.changes)


def test_a_draft_that_is_only_a_wall_keeps_its_decision():
    out = run("That's our policy.")
    assert out.rewrite == "That's our policy."


@pytest.mark.parametrize("lang,draft,owned", [
    ("en", "Let us know if the code works, or email us.", "Let me know if the code works, or "
     "email me."),
    ("es", "Escríbenos si la clave no funciona.", "Escríbeme si la clave no funciona."),
    ("de", "Lassen Sie uns wissen, ob der Code funktioniert.",
     "Lassen Sie mich wissen, ob der Code funktioniert."),
    ("fr", "Faites-nous savoir si le code fonctionne.", "Faites-moi savoir si le code "
     "fonctionne."),
    ("pt", "Avise-nos se o código funcionar.", "Avise-me se o código funcionar."),
])
def test_the_agent_owns_the_next_step_in_each_language(lang, draft, owned):
    out = run(draft, lang=lang)
    assert out.rewrite == owned
    assert {c.principle for c in out.changes} == {"own-it"}


# --- Mechanics: the slips a reader notices first, never a fact ----------------------------------

def test_mechanics_fix_capitals_and_apostrophes_and_leave_facts_links_code_and_names():
    draft = ("hi ⟦1⟧, i dont see order ⟦2⟧ yet. its been sent to https://shop.example/recieve "
             "and `recieve_id` shows Zorblax.")
    out = run(draft)
    assert out.rewrite.startswith("Hi ⟦1⟧, I don't see order ⟦2⟧ yet. It's been sent to ")
    assert "https://shop.example/recieve" in out.rewrite and "`recieve_id`" in out.rewrite
    assert "Zorblax" in out.rewrite


def test_mechanics_leave_html_tags_and_code_blocks_alone():
    draft = ('<p>hi ⟦1⟧,</p><p>dont worry.</p><pre>dont touch</pre><p>see <a href="⟦2⟧">here'
             '</a> for the label.</p>')
    out = run(draft)
    assert out.rewrite == ("<p>Hi ⟦1⟧,</p><p>Don't worry.</p><pre>dont touch</pre><p>See "
                           '<a href="⟦2⟧">here</a> for the label.</p>')


# --- Explanations and suggestions in the draft's language --------------------------------------

@pytest.mark.parametrize("lang,draft,message", [
    ("es", "Hola ⟦1⟧, es nuestra política. El reembolso tarda ⟦2⟧ días. Lo siento. Lo siento "
     "mucho.", "Llevo dos semanas esperando el reembolso, otra vez tarde."),
    ("de", "Hallo ⟦1⟧, das ist unsere Richtlinie. Die Erstattung dauert ⟦2⟧ Tage. Es tut mir "
     "leid. Entschuldigung.", "Ich warte seit zwei Wochen auf die Erstattung, schon wieder."),
    ("fr", "Bonjour ⟦1⟧, c'est notre politique. Le remboursement prend ⟦2⟧ jours. Désolé. "
     "Désolé encore.", "J'attends mon remboursement depuis deux semaines, encore en retard."),
    ("pt", "Olá ⟦1⟧, é a nossa política. O reembolso demora ⟦2⟧ dias. Desculpe. Desculpe "
     "mais uma vez.", "Estou à espera do reembolso há duas semanas, atrasado outra vez."),
])
def test_explanations_and_suggestions_speak_the_draft_language(lang, draft, message):
    out = run(draft, message, lang=lang)
    assert out.changes and out.suggestions
    english = set(vocab.builtin("en").rewriting.reasons.values())
    ours = vocab.builtin(lang).rewriting.reasons
    for c in out.changes:
        assert c.explanation in ours.values() and c.explanation not in english, c
    for s in out.suggestions:
        assert s.text == ours[s.kind]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SENTENCES[:16]), min_size=1, max_size=6),
       st.sampled_from(["@⟦6⟧ ", "@⟦6⟧ @ShopHelp ", "@⟦6⟧ Hi there! ", "@⟦6⟧ Hey, ⟦2⟧. "]),
       st.sampled_from(["^RR", "*HCK", "-KC", "- Paul"]),
       st.sampled_from(["I have been waiting for weeks, this is ridiculous!",
                        "My parcel never arrived and the tracking shows an error.", ""]))
def test_mentions_stay_first_and_signatures_last_on_any_draft(parts, head, tail, message):
    draft = head + " ".join(parts) + " " + tail
    out = rewrite(draft, customer_message=message, lang="en", phrases=PHRASES)
    assert out.rewrite.startswith(head) and out.rewrite.endswith(" " + tail), out.rewrite


def test_open_question_is_suggested_for_a_short_message_not_for_a_missing_one():
    draft = "Your replacement part ships from our warehouse on ⟦1⟧."

    def kinds(message: str) -> list[str]:
        return [s.kind for s in rewrite(draft, customer_message=message).suggestions]

    assert "ask-open-question" in kinds("It broke.")
    assert "ask-open-question" not in kinds("")


def test_list_items_keep_their_writers_lower_case():
    draft = ("<p>hi, please send us:</p><ul><li>a photo of the box</li>"
             "<li>your receipt</li></ul><p>thanks.</p>")
    out = rewrite(draft, lang="en").rewrite
    assert "<li>a photo of the box</li>" in out and "<li>your receipt</li>" in out


# --- Grounded acknowledgements: the customer's own subject, worded for what it is -------------


@pytest.mark.parametrize("message,subject", [
    ("Every payment attempt shows error codes, this is so frustrating!", "the error codes"),
    ("Why is there a double charge on my card again?? So frustrating!", "the double charge"),
    ("Your app crashed twice today and I am so annoyed", "the app"),
])
def test_a_trouble_named_without_a_possessive_is_the_subject_and_reads_as_one(message, subject):
    out = run("Hi ⟦1⟧, can you tell me which phone you are using?", message)
    ack = _ack(out)
    assert subject in ack
    # the trouble itself is what frustrates: never "the trouble with the error codes"
    assert not re.search(r"(?:trouble|problem) with the (?:error|double)", ack)


def test_a_subject_that_would_promise_something_is_passed_over_for_another():
    out = run("Hi ⟦1⟧, I have asked the courier where the parcel is.",
              "My refund never came and my parcel is still missing, I am so frustrated!")
    ack = _ack(out)
    assert "your parcel" in ack and "refund" not in out.rewrite.lower()


@pytest.mark.parametrize("opening", ["Sure.", "Oh no!", "Okay."])
def test_an_answer_word_stays_first_and_the_acknowledgement_follows_it(opening):
    out = run(f"{opening} Which email address did you sign up with?",
              "I am so worried, my account was locked this morning")
    assert out.rewrite.startswith(f"{opening} {_ack(out)} Which email address")


@pytest.mark.parametrize("opening", ["Thanks for waiting.", "Glad to help!",
                                     "Sorry for my slow reply."])
def test_a_thank_you_or_an_apology_for_our_delay_does_not_stand_in_for_an_acknowledgement(
        opening):
    out = run(f"{opening} Your parcel ⟦1⟧ is with the courier today.",
              "Still no sign of my parcel, this is so frustrating!!")
    assert "your parcel" in _ack(out)
    # (an angry "!" becomes a steady "." for this customer; the words stay)
    assert out.rewrite.startswith(f"{_ack(out)} {opening[:-1]}")
    assert out.rewrite.endswith(" Your parcel ⟦1⟧ is with the courier today.")


def test_an_apology_for_their_trouble_is_acknowledgement_enough():
    draft = "So sorry about this! Your parcel ⟦1⟧ is with the courier today."
    out = run(draft, "Still no sign of my parcel, this is so frustrating!!")
    assert not any(c.principle == "acknowledge-emotion" for c in out.changes)


def test_a_faint_thank_you_is_not_good_news_to_celebrate():
    out = run("Your booking ⟦1⟧ is confirmed for ⟦2⟧.", "Can you check my booking? Thanks")
    assert not any(c.principle == "acknowledge-emotion" for c in out.changes)


def test_a_smiley_after_the_greeting_stays_with_the_greeting():
    out = run("Hi ⟦1⟧ :) Please send me the order number.",
              "My parcel is late again and I am so frustrated!!")
    assert out.rewrite.startswith(f"Hi ⟦1⟧ :) {_ack(out)} Please send me")


@pytest.mark.parametrize("lang,draft,message", [
    ("en", "Hi ⟦1⟧, the parcel ⟦2⟧ goes out today.", "My parcel is late, this is so frustrating!"),
    ("es", "Hola ⟦1⟧, el paquete ⟦2⟧ sale hoy.", "Mi paquete llega tarde, ¡qué frustrante!"),
    ("de", "Hallo ⟦1⟧, das Paket ⟦2⟧ geht heute raus.", "Mein Paket ist spät, so ärgerlich!"),
    ("fr", "Bonjour ⟦1⟧, le colis ⟦2⟧ part aujourd'hui.", "Mon colis est en retard, c'est "
     "frustrant !"),
    ("pt", "Olá ⟦1⟧, a encomenda ⟦2⟧ sai hoje.", "A minha encomenda está atrasada, que "
     "frustrante!"),
])
def test_acknowledgements_vary_with_the_draft_in_every_language(lang, draft, message):
    # Never one fixed sentence: across drafts the same reading gets different wordings.
    said = set()
    for tail in ["", " ⟦3⟧", " ⟦3⟧ ⟦4⟧", " ⟦5⟧.", " ⟦6⟧!", " ⟦3⟧ ⟦7⟧.", " ⟦8⟧ ⟦9⟧."]:
        said.add(_ack(run(draft + tail, message, lang=lang)))
    assert len(said) >= 2, said


@pytest.mark.parametrize("draft,owned", [
    ("We've passed your note to the courier.", "I've passed your note to the courier."),
    ("We have replied to your email about the form.",
     "I have replied to your email about the form."),
    ("Email (or post) us the invoice number.", "Email (or post) me the invoice number."),
    ("Message us and we'll check the tracking together.",
     "Message me and I'll check the tracking together."),
    ("Drop us a private message with the serial number.",
     "Drop me a private message with the serial number."),
    ("We'd like to help you sort out the login.", "I'd like to help you sort out the login."),
    ("Send the photos for us to assist with the claim.",
     "Send the photos for me to assist with the claim."),
    ("Reply here so we can quickly check the meter reading.",
     "Reply here so I can quickly check the meter reading."),
    ("Could you show us the warning on the display?",
     "Could you show me the warning on the display?"),
])
def test_the_agent_owns_the_hand_off_in_english(draft, owned):
    out = run(draft)
    assert out.rewrite == owned
    assert {c.principle for c in out.changes} == {"own-it"}


@pytest.mark.parametrize("draft", [
    "We don't offer refunds on sale items.", "We operate a strict ID policy in our stores.",
    "Sadly we cannot hold a table past nine.",
    "Please contact us through the app.",
])
def test_what_the_company_does_or_decides_stays_we(draft):
    assert run(draft).rewrite == draft


@pytest.mark.parametrize("draft,asked", [
    ("You'd need to ring our returns desk on ⟦1⟧ after ⟦2⟧.",
     "Please ring our returns desk on ⟦1⟧ after ⟦2⟧."),
    ("Hi ⟦1⟧, you will need to fill in the claim form in the app.",
     "Hi ⟦1⟧, please fill in the claim form in the app."),
])
def test_an_obligation_put_on_the_customer_becomes_a_request(draft, asked):
    out = run(draft)
    assert out.rewrite == asked and [c.principle for c in out.changes] == ["solution-focus"]


@pytest.mark.parametrize("draft", [
    "If you need to contact us again, call ⟦1⟧.", "The form you need to fill in is attached.",
    "You must return the item within ⟦1⟧ days.", "You'll need to pay the delivery fee.",
])
def test_a_condition_a_rule_or_a_relative_clause_keeps_its_need_to(draft):
    assert run(draft).rewrite == draft


def test_a_thank_you_beside_a_trouble_keeps_the_apology_and_gets_no_good_news_line():
    draft = "That sounds like a long day, I'm sorry. I hope the next connection runs on time."
    out = run(draft, "Cheers for the quick answer. My bus is now stuck with a two hour delay.")
    assert out.rewrite == draft


def test_good_news_is_never_about_a_trouble():
    out = run("Great, the refund of ⟦1⟧ is on its way to your card.",
              "Thank you so much, you sorted the double charge on my card, brilliant!!")
    said = _ack(out)
    assert "your card" in said and "double charge" not in said


# ---- a tone the agent asks for ----------------------------------------------------------------

@pytest.mark.parametrize("lang,draft,gone", [
    ("en", "Hi ⟦1⟧, your parcel left our warehouse this morning and the courier expects to "
     "deliver it on Monday before noon. I hope this helps! Have a great day!",
     "I hope this helps"),
    ("de", "Hallo ⟦1⟧, dein Paket hat heute Morgen unser Lager verlassen und der Kurier will es "
     "am Montag vor zwölf Uhr zustellen. Ich hoffe, das hilft dir weiter! Schönen Tag noch!",
     "Ich hoffe"),
    ("fr", "Bonjour ⟦1⟧, ton colis a quitté notre entrepôt ce matin et le transporteur prévoit "
     "de le livrer lundi avant midi. J'espère que tu vas bien. Bonne soirée !",
     "Bonne soirée"),
    ("es", "Hola ⟦1⟧, su pedido salió esta mañana de nuestro almacén y la empresa de transporte "
     "prevé entregarlo el lunes antes del mediodía. Espero que esté bien. Que tenga un "
     "excelente día.", "excelente día"),
    ("pt", "Olá ⟦1⟧, a sua encomenda saiu hoje de manhã do nosso armazém e a transportadora "
     "prevê entregá-la na segunda-feira antes do meio-dia. Espero que esteja bem. Tenha um "
     "ótimo dia!", "ótimo dia"),
])
def test_concise_drops_the_pleasantries_in_each_language_and_keeps_the_answer(lang, draft, gone):
    out = run(draft, lang=lang, tone="concise")
    assert gone not in out.rewrite
    assert out.rewrite.split(",", 1)[1].split(".")[0] in draft  # the answer, word for word
    dropped = [c for c in out.changes if gone in c.before]
    assert dropped and tone_given(out, "concise", lang)


@pytest.mark.parametrize("lang,draft,formal", [
    ("en", "Hey ⟦1⟧, we can't ship it before Monday, but we'll email you the tracking link. "
     "It's been a busy week!",
     "Hello ⟦1⟧, we cannot ship it before Monday, but I will email you the tracking link. "
     "It has been a busy week."),
    ("de", "Hallo ⟦1⟧, das Paket kommt am Montag!", "Guten Tag ⟦1⟧, das Paket kommt am Montag."),
    ("fr", "Salut ⟦1⟧, le colis arrive lundi !", "Bonjour ⟦1⟧, le colis arrive lundi !"),
    ("es", "Hola ⟦1⟧. ¡Claro que sí! Su pedido llega el lunes.",
     "Hola ⟦1⟧. Claro que sí. Su pedido llega el lunes."),
    ("pt", "Oi ⟦1⟧, a encomenda chega na segunda-feira!",
     "Olá ⟦1⟧, a encomenda chega na segunda-feira."),
])
def test_formal_swaps_a_casual_greeting_and_drops_exclamation_marks(lang, draft, formal):
    assert run(draft, lang=lang, tone="formal").rewrite == formal


def test_a_spanish_exclamation_loses_both_its_marks_when_the_reply_is_steadied():
    """An angry customer: "¡Claro que sí!" becomes "Claro que sí.", never "¡Claro que sí."."""
    out = run("Hola ⟦1⟧. ¡Claro que sí! Su pedido llega el lunes. ¡Gracias por escribirnos!",
              "¡Estoy harta! Es la TERCERA vez que escribo y nadie responde!!!", lang="es")
    assert "¡" not in out.rewrite and "!" not in out.rewrite
    assert "Claro que sí." in out.rewrite


def test_a_tone_the_rules_cannot_give_is_known_so_the_agent_can_be_told():
    plain = ("Hello ⟦1⟧, your parcel left our warehouse this morning and the courier expects to "
             "deliver it on Monday before noon.")
    for tone in ("warmer", "concise", "formal"):
        assert not tone_given(run(plain, tone=tone), tone, "en"), tone
    assert tone_given(run(plain + " Have a great day!", tone="concise"), "concise", "en")
    assert tone_given(run(plain.replace("Hello", "Hey"), tone="formal"), "formal", "en")
    assert tone_given(run(plain), "", "en")

"""Masking: every fact becomes a marker, and mask→restore is the identity on any text."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heard.protect import MARKER_RE, Masker, count_markers, find_names, restore
from tests.masked_guard import verdict


def masked(text: str, names: list[str] | None = None):
    m = Masker(names=names)
    out = m.mask(text)
    assert restore(out.text, out.originals) == text
    return out


def kinds_of(text: str, names: list[str] | None = None) -> dict[str, str]:
    out = masked(text, names)
    return {out.originals[k]: out.kinds[k] for k in out.originals}


@pytest.mark.parametrize("fact,kind", [
    ("$25.40", "amount"), ("25,40 €", "amount"), ("R$ 10,00", "amount"), ("EUR 30", "amount"),
    ("1.299,99 €", "amount"), ("£1,299.99", "amount"), ("30 euros", "amount"),
    ("15 %", "amount"), ("CHF 30.-", "amount"), ("10 reais", "amount"), ("5 Euro", "amount"),
    ("20 pesos", "amount"), ("3 centimes", "amount"), ("40 dollars", "amount"),
    ("March 3", "date"), ("Mar 3rd, 2025", "date"), ("3 de marzo de 2025", "date"),
    ("3. März 2025", "date"), ("3 mars", "date"), ("1er avril 2025", "date"),
    ("3 de março", "date"), ("2025-03-03", "date"), ("03/04/2025", "date"),
    ("Friday", "date"), ("viernes", "date"), ("Montag", "date"), ("sexta-feira", "date"),
    ("tomorrow", "date"), ("mañana", "date"), ("demain", "date"),
    ("3:30 pm", "time"), ("9am", "time"), ("15h30", "time"), ("14 Uhr", "time"),
    ("14:30 CET", "time"),
    ("https://track.example/x?id=77&utm_source=mail", "url"), ("www.shop.example/help", "url"),
    ("shop.example/track/9", "url"), ("help@shop.example", "email"),
    ("+1 (555) 010-2000", "phone"), ("030 1234567", "phone"), ("+33 1 42 68 53 00", "phone"),
    ("(11) 98765-4321", "phone"), ("020 7946 0958", "phone"), ("555-010-2000", "phone"),
    ("221B Baker Street, Apt 4", "address"), ("12 rue de la Paix", "address"),
    ("Calle Mayor 12", "address"), ("Hauptstraße 5", "address"), ("10115 Berlin", "address"),
    ("Rua Augusta, 100", "address"), ("SW1A 1AA", "address"), ("12 avenue Foch", "address"),
    ("10 Downing St.", "address"), ("Praça do Comércio 2", "address"),
    ("#A-1029", "identifier"), ("ORD-88812", "identifier"), ("1Z999AA10123456784", "identifier"),
    ("v2.3", "identifier"), ("m²", "identifier"), ("Box-①", "identifier"),
    ("`pip install heard`", "code"),
])
def test_each_fact_kind_is_one_marker(fact, kind):
    text = f"Note: {fact} is here."
    assert kinds_of(text).get(fact) == kind, masked(text).originals


@pytest.mark.parametrize("placeholder", [
    "{{ticket.requester.first_name}}", '{{first_name|fallback:"there"}}',
    '{{ first_name | fallback: "there" }}', "{{ticket.agent.name}}", "{{recipient.first_name}}",
    "{{ticket.customer.firstname}}", "{%customer.firstName,fallback=there%}",
    "%recipient.name%", "[Customer Name]", "[ORDER NUMBER]", "*|FNAME|*",
    "{!Contact.FirstName}", "{first_name}", "${customer.name}", "{{{raw_html}}}",
    "{% if ticket.priority == 'urgent' %}Right away.{% else %}Soon.{% endif %}",
    "{{#if vip}}Thanks {{name}}!{{/if}}",
    "{% for c in ticket.comments %}{% if c.public %}{{c.body}}{% endif %}{% endfor %}",
])
def test_every_placeholder_style_is_one_marker(placeholder):
    text = f"Hello {placeholder}, thanks for writing."
    out = masked(text)
    assert out.text == "Hello ⟦1⟧, thanks for writing."
    assert out.kinds["⟦1⟧"] == "placeholder"


def test_names_from_context_greeting_and_signoff_are_masked_everywhere():
    m = Masker(names=["Dana Smith"])
    draft = m.mask("Hi Dana,\nSmith is on file.\nSehr geehrte Frau Weber,\nHola María:\nok")
    msg = m.mask("Dana here. Frau Weber too.\nThanks,\nLucas Martin")
    assert "Dana" not in draft.text and "Smith" not in draft.text and "Weber" not in draft.text
    assert "María" not in draft.text
    assert "Dana" not in msg.text and "Weber" not in msg.text and "Lucas" not in msg.text
    assert {m.kinds[k] for k in m.originals} == {"name", "signature"}


@pytest.mark.parametrize(("message", "name"), [
    ("Hi, I'm Maria Gonzalez and I was charged twice for my order.", "Maria Gonzalez"),
    ("My name is Maria Gonzalez. I was charged twice.", "Maria Gonzalez"),
    ("Hello team, Maria Gonzalez here, charged twice!", "Maria Gonzalez"),
    ("I was charged twice.\nRegards, Maria Gonzalez", "Maria Gonzalez"),
    ("I was charged twice. Thanks, Maria", "Maria"),
    ("I was charged twice and nobody answers.\n\nMaria", "Maria"),
    ("Hola, me llamo Lucía Fernández y me cobraron dos veces.", "Lucía Fernández"),
    ("Guten Tag, mein Name ist Jonas Weber. Ich wurde doppelt belastet.", "Jonas Weber"),
    ("Bonjour, je m'appelle Léa Martin, j'ai été débitée deux fois.", "Léa Martin"),
    ("Olá, meu nome é João Silva e fui cobrado duas vezes.", "João Silva"),
])
def test_a_name_the_customer_gives_only_in_the_body_is_masked_everywhere(message, name):
    m = Masker()
    m.learn_from_customer(message)
    msg, draft = m.mask(message), m.mask(f"Sorry {name.split()[0]}, I will check it.")
    assert name not in msg.text and name.split()[0] not in msg.text, msg.text
    assert name.split()[0] not in draft.text
    assert restore(msg.text, msg.originals) == message


@pytest.mark.parametrize("message", [
    "I am very upset and this is the third time.", "This is unacceptable, I want a refund.",
    "I'm still waiting for order A-1029.", "Thanks, that helped a lot!",
    "Mein Name ist nicht wichtig, ich will mein Geld.", "Soy cliente desde hace años.",
])
def test_a_message_without_a_name_keeps_its_words(message):
    m = Masker()
    m.learn_from_customer(message)
    assert not [k for k, kind in m.mask(message).kinds.items() if kind == "name"], message


def test_name_particles_are_not_masked_on_their_own():
    out = masked("Hola María de la Cruz, la caja de María llegó.", ["María de la Cruz"])
    assert out.text == "Hola ⟦1⟧, la caja de ⟦2⟧ llegó."


@pytest.mark.parametrize("draft, kept", [
    ("Sehr geehrte Damen und Herren,\n\nwir prüfen Ihr Paket und melden uns.", "Paket und melden"),
    ("Estimados señores:\n\nrevisamos su pedido y le respondemos.", "Estimados señores"),
    ("Prezados senhores,\n\nverificamos o pedido e respondemos.", "Prezados senhores"),
    ("Mesdames, messieurs,\n\nnous vérifions et répondons.", "Mesdames, messieurs"),
])
def test_a_greeting_to_ladies_and_gentlemen_names_nobody(draft, kept):
    # Read as a name, "Damen und Herren" masked every "und" of the reply: the guard then saw
    # a name the rewrite dropped or repeated wherever it joined two words differently.
    out = Masker().mask(draft)
    assert kept in out.text and "name" not in out.kinds.values(), out.text


@pytest.mark.parametrize("draft, names, joiner", [
    ("Hallo Anna und Ben,\n\nwir prüfen das und melden uns, Ben.", ["Anna und Ben"], "und"),
    ("Hi Ann and Bob,\n\nwe checked it and will call, Bob.", ["Ann and Bob"], "and"),
    ("Bonjour Léa et Marc,\n\nnous vérifions et rappelons Marc.", ["Léa et Marc"], "et"),
])
def test_two_names_joined_by_and_are_masked_but_the_and_is_not(draft, names, joiner):
    out = masked(draft, names)
    assert f" {joiner} " in out.text.split("\n\n", 1)[1]
    for name in names[0].split(f" {joiner} "):
        assert name not in out.text


def test_greetings_without_a_name_mask_nothing():
    for text in ("Hi there,", "Hello team!", "Dear Customer,", "Hola de nuevo,", "Bonjour à tous"):
        assert find_names(text) == [], text


def test_name_inside_an_email_stays_in_the_email():
    assert kinds_of("Write to Dana.Smith@shop.example, Dana.", ["Dana"]) == {
        "Dana.Smith@shop.example": "email", "Dana": "name"}


def test_signature_and_quoted_history_are_single_blocks():
    text = ("Hi Sam,\nYour parcel is on its way.\n\nBest regards,\nAlex Kim\nAcme Support\n"
            "+1 555 010 2000\n\nOn Mon, Mar 3, 2025 at 10:00 AM Sam <sam@x.example> wrote:\n"
            "> Where is it?\n> Thanks")
    out = masked(text)
    assert out.text == "Hi ⟦1⟧,\nYour parcel is on its way.\n\n⟦2⟧\n\n⟦3⟧"
    assert [out.kinds[k] for k in ("⟦2⟧", "⟦3⟧")] == ["signature", "quote"]


@pytest.mark.parametrize("text,kind", [
    ("Thanks!\n-- \nAlex\nAcme", "signature"),
    ("Ok.\n\nEl lun, 3 mar 2025 a las 10:00, Ana <a@x.es> escribió:\n> hola", "quote"),
    ("Ok.\n\nAm 03.03.2025 um 10:00 schrieb Jan <j@x.de>:\n> hallo", "quote"),
    ("Ok.\n\nLe lun. 3 mars 2025, Luc <l@x.fr> a écrit :\n> salut", "quote"),
    ("Ok.\n\nEm seg., 3 de mar. de 2025, Ana <a@x.br> escreveu:\n> oi", "quote"),
    ("Ok.\n\n-----Original Message-----\nFrom: Sam\nSent: Monday", "quote"),
    ("See below.\n> first\n> second\nMore text.", "quote"),
])
def test_text_quote_and_signature_styles(text, kind):
    assert kind in masked(text).kinds.values()


def test_html_quote_and_signature_blocks_keep_the_markup_outside_them():
    html = ('<p>Hi Sam,</p><p>Tracking: <a href="https://t.example/x?id=77">here</a></p>'
            '<table><tr><td colspan="2">x</td></tr></table><p>Best,<br>Alex</p>'
            '<div class="gmail_signature"><div>Acme <b>Support</b></div></div>'
            '<div class="gmail_quote"><div>On Monday you <b>wrote</b>:</div>'
            '<blockquote>old <blockquote>older</blockquote></blockquote></div>')
    out = masked(html)
    assert out.text == ('<p>Hi ⟦1⟧,</p><p>Tracking: <a href="⟦2⟧">here</a></p>'
                        '<table><tr><td colspan="2">x</td></tr></table><p>⟦3⟧</p>⟦4⟧⟦5⟧')
    assert [out.kinds[f"⟦{i}⟧"] for i in range(1, 6)] == [
        "name", "html_attr_url", "signature", "quote", "quote"]


def test_same_fact_twice_is_one_marker_and_templates_mask_alike():
    a = masked("Order 123 and order 123 for Ana", ["Ana"])
    b = masked("Order 987 and order 987 for Bob", ["Bob"])
    assert a.text == b.text == "Order ⟦1⟧ and order ⟦1⟧ for ⟦2⟧"
    assert count_markers(a.text) == {"⟦1⟧": 2, "⟦2⟧": 1}


def test_marker_for_name_is_usable_even_when_no_text_holds_it():
    m = Masker(names=["Dana"])
    marker = m.marker_for_name("Dana")
    assert marker and restore(f"Hi {marker}", m.originals) == "Hi Dana"
    assert m.marker_for_name("⟦3⟧") is None


# ── property tests ────────────────────────────────────────────────────────────────────────
_PIECES = ["⟦", "⟧", "⟦1⟧", "⟦12⟧", "⟦١⟧", "⟦ 1 ⟧", "{{", "}}", "{%", "%}", "{{a.b}}",
           "{% if x %}", "{% endif %}", "<p>", "</p>", "<a href=\"", "\">", "<blockquote>",
           "</blockquote>", "$", "€", "R$ ", "25,40", "3:30 pm", "March 3", "\n", "\n> ",
           "-- \n", "On Mon wrote:\n", "Best,\n", "Hi ", "Dana", ",", ".", " ", "@", "x.com",
           "https://", "#", "A-1", "%", "[", "]", "Customer Name", "*|", "|*", "+1 555 010 2000"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=25),
       st.lists(st.sampled_from(["Dana", "Dana Smith", "⟦1⟧", "A", "x.com", ""]), max_size=2))
def test_mask_then_restore_is_the_identity_on_any_text(parts, names):
    text = "".join(parts)
    m = Masker(names=names)
    out = m.mask(text)
    assert restore(out.text, out.originals) == text
    # Every marker in the masked text is one the masker made: none leaks from the input.
    assert set(MARKER_RE.findall(out.text)) <= {k[1:-1] for k in out.originals}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.text(max_size=80))
def test_two_texts_share_numbering_and_both_restore(a, b):
    m = Masker(names=["Dana"])
    ma, mb = m.mask(a), m.mask(b)
    assert restore(ma.text, m.originals) == a and restore(mb.text, m.originals) == b


@pytest.mark.parametrize("text", [
    "a" * 8000, "1." * 4000, "{{" * 4000, "{% if x %}" * 800, "$" + "1," * 4000, "a@" * 4000,
    "<blockquote>" * 800, "Order #A-1 for $2.50 on March 3, call +1 555 010 2000. " * 150,
], ids=["letters", "dotted-digits", "open-braces", "unclosed-ifs", "amount", "at-signs",
        "nested-quotes", "dense-facts"])
def test_masking_hostile_input_at_the_token_limit_takes_linear_time(text):
    started = time.perf_counter()
    out = masked(text)
    # Quadratic scans took seconds to minutes here; linear ones take well under one.
    assert time.perf_counter() - started < 5, len(out.originals)


def test_words_without_a_digit_are_no_identifiers():
    out = masked("Our well-known follow-up on the re/sent item #new is here.")
    assert out.originals == {}


def test_the_identifier_digit_is_every_digit_python_knows():
    """The identifier pattern looks ahead for a digit with protect._DIGIT; it must accept
    exactly what str.isdigit() does (superscripts and circled numbers are digits too)."""
    import re
    import sys

    from heard.protect import _DIGIT
    digit = re.compile(_DIGIT)
    assert [c for c in map(chr, range(sys.maxunicode + 1))
            if bool(digit.fullmatch(c)) != c.isdigit()] == []


def test_a_dates_words_before_its_digit_are_single_words():
    """The date pattern only starts where a digit follows within two words (each at most one
    weekday or month long): true only while no weekday or month holds a space or a digit."""
    import re

    from heard import vocab
    assert [w for w in (*vocab.union("months"), *vocab.union("weekdays"))
            if re.search(r"[\s\d]", w)] == []
    for date in ("Monday, the 3rd of March", "Tuesday, March 4th, 2025", "Mar. de 2025",
                 "segunda-feira, 3 de março", "Donnerstag, 14. März 2025"):
        assert masked(f"Due {date}.").text == "Due ⟦1⟧.", date


@pytest.mark.parametrize(("text", "masked"), [
    # A month the language writes with a capital is a month only so written.
    ("zone 3 may have been left off", "zone ⟦1⟧ may have been left off"),
    ("Bay 12 march orders go out", "Bay ⟦1⟧ march orders go out"),
    ("we ship on 3 May", "we ship on ⟦1⟧"),
    ("we ship on May 3", "we ship on ⟦1⟧"),
    ("SHIPPED 3 MAY", "SHIPPED ⟦1⟧"),
    ("am 3. Mai geliefert", "am ⟦1⟧ geliefert"),
    # Where a language writes months in lower case, they are months in lower case.
    ("livré le 3 mai", "livré le ⟦1⟧"),
    ("entregado el 3 de mayo", "entregado el ⟦1⟧"),
    ("entregue a 3 de maio", "entregue a ⟦1⟧"),
])
def test_a_month_is_read_as_its_language_writes_it(text, masked):
    assert Masker().mask(text).text == masked


def test_a_lower_case_may_after_a_number_keeps_both_the_number_and_a_changed_date():
    draft = "Zone 3 may be off. The visit is on 3 May."
    assert verdict(draft, "Zone 3 may be off; we visit on May 3.", "", "en") == {}
    assert verdict(draft, "Zone 4 may be off; we visit on May 3.", "", "en")
    assert verdict(draft, "Zone 3 may be off; we visit on May 4.", "", "en")


# Titles in a row ("Herr Dr.", "Frau Prof. Dr.", "Dra.") are titles, and the name after them
# is the name: a rewrite that keeps the titles and changes the name changes a fact.
@pytest.mark.parametrize(("lang", "draft", "kept", "changed"), [
    ("de", "Sehr geehrter Herr Dr. Weber,\n\nIhr Termin ist am 12.03.",
     "Sehr geehrter Herr Dr. Weber,\n\nam 12.03. ist Ihr Termin.",
     "Sehr geehrter Herr Dr. Wagner,\n\nIhr Termin ist am 12.03."),
    ("de", "Sehr geehrte Frau Prof. Dr. Lang,\n\nIhr Termin ist am 12.03.",
     "Sehr geehrte Frau Prof. Dr. Lang,\n\nam 12.03. ist Ihr Termin.",
     "Sehr geehrte Frau Prof. Dr. Lenz,\n\nIhr Termin ist am 12.03."),
    ("es", "Estimada Dra. Ruiz:\n\nSu cita es el 12/03.",
     "Estimada Dra. Ruiz:\n\nLa cita es el 12/03.",
     "Estimada Dra. Gómez:\n\nSu cita es el 12/03."),
    ("pt", "Prezada Dra. Costa,\n\nA sua consulta é no dia 12/03.",
     "Prezada Dra. Costa,\n\nA consulta é no dia 12/03.",
     "Prezada Dra. Souza,\n\nA sua consulta é no dia 12/03."),
])
def test_the_name_after_a_row_of_titles_is_the_name(lang, draft, kept, changed):
    assert verdict(draft, kept, "", lang) == {}
    assert "fact_missing" in verdict(draft, changed, "", lang)


# A name of four words the customer signs with is theirs whole: one word changed is caught.
@pytest.mark.parametrize(("lang", "customer", "draft", "changed"), [
    ("es", "Mi pedido no llega.\n\nSaludos,\nMaría José García López",
     "Hola, María José García López:\n\nSu pedido sale mañana.",
     "Hola, María José García Pérez:\n\nSu pedido sale mañana."),
    ("pt", "A encomenda não chegou.\n\nCumprimentos,\nAna Paula Costa Lima",
     "Olá, Ana Paula Costa Lima,\n\nA encomenda sai amanhã.",
     "Olá, Ana Paula Costa Silva,\n\nA encomenda sai amanhã."),
])
def test_a_four_word_name_is_learned_whole(lang, customer, draft, changed):
    assert "fact_missing" in verdict(draft, changed, customer, lang)


# A time zone is part of its time, bracketed or not: "14:00 UTC-5" is "14:00 (UTC-5)", never
# a time and a number; another offset, or none, is another time.
def test_a_time_zone_goes_with_its_time():
    draft = "Dear Dr. Weber,\n\nThe call is at 14:00 UTC-5 on Monday."
    assert masked("The call is at 14:00 UTC-5.").originals == {"⟦1⟧": "14:00 UTC-5"}
    assert verdict(draft, "Dear Dr. Weber,\n\nThe call is on Monday at 14:00 (UTC-5).", "",
                   "en") == {}
    for other in ("14:00 UTC-8", "14:00 UTC+5", "14:00", "15:00 UTC-5"):
        assert "fact_missing" in verdict(
            draft, f"Dear Dr. Weber,\n\nThe call is at {other} on Monday.", "", "en")

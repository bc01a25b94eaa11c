"""Replace facts, placeholders and personal data with stable markers, and put them back.

Masking happens before the cache and the LLM: the model never sees the customer's personal
data, the guard can check every fact mechanically (each marker back exactly once), and one
macro sent for two customers is one cache entry. Markers are `⟦1⟧`, `⟦2⟧` … numbered in order
of first appearance, so identical templates mask to identical text.

What counts as a fact (each a `kind`, named in warnings):
- `marker`: text that already looks like a marker (so restore stays the identity);
- `quote`, `signature`: quoted history and the signature block, each kept as ONE block
  (text: "-- ", "On … wrote:" and its translations, "> " lines, "Original Message" headers,
  a sign-off line followed by a short name block; HTML: blockquote and the gmail/yahoo/
  Thunderbird quote and signature containers);
- `code`: `inline code`, fenced blocks and file paths (`/var/log/app.log`, `C:\\logs\\a.txt`);
- `placeholder`: helpdesk and mail-merge variables — Liquid/Zendesk `{{ticket.requester.name}}`,
  `{{first_name|fallback:"there"}}`, whole `{% if %}…{% endif %}` blocks, Help Scout
  `{%customer.firstName,fallback=there%}`, Handlebars `{{#if}}…{{/if}}`, Mailgun
  `%recipient.name%`, Mailchimp `*|FNAME|*`, Salesforce `{!Contact.Name}`, `{first_name}`,
  `${name}`, `[Customer Name]`;
- `url` (also bare domains and tracking links), `email`, `phone` (many formats), `address`
  (street lines in the five languages' shapes and postcode + city, where feasible);
- `name`: the customer's name from the context, and names found after a greeting
  ("Hi Dana,", "Hola María:", "Sehr geehrte Frau Weber,") or in a customer's sign-off;
- `amount` ("$25.40", "25,40 €", "R$ 10,00", "EUR 30", "1.299,99 €", "15 %"), `date`
  ("March 3", "3 de marzo", "3. März", "2025-03-03", "03/04", weekdays, today/tomorrow in the
  five languages, each with its part of the day as one date: "Monday morning", "heute Abend",
  "ce matin"; never the day word of a greeting: "Guten Morgen"), `time` ("3:30 pm", "15h30",
  "14 Uhr");
- `identifier`: any other token holding a digit (order and ticket ids, SKUs, counts, days).

Inside HTML tags nothing is masked except href/src values, placeholders and markers, so the
markup stays intact and checkable.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import phonenumbers

from heard import markup, values, vocab
from heard.recall import Recall

MARKER_RE = re.compile(r"⟦(\d+)⟧")

_L = r"[^\W\d_]"  # one letter, any script
# One character str.isdigit() accepts: a decimal digit (\d) or one of the other digits
# (superscripts, subscripts, circled and dingbat numbers…). tests/test_protect.py checks the
# list against this Python's Unicode tables.
_DIGIT = ("[\\d\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089"
         "\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e"
         "\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68"
         "\U00011052-\U0001105a\U0001f100-\U0001f10a]")
_UP = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"


def _month_words(months: list[str]) -> str:
    """An alternation of month words for patterns that ignore case, where a month a language
    writes only with a capital ("May", "März") counts only so written: "zone 3 may have been
    left off" holds no date. A word another language writes in lower case ("mai") is a month
    in any case."""
    lower = {m for lang in vocab.every() if not lang.months_capitalised for m in lang.months}
    return "|".join(re.escape(m) if m in lower or not m[0].isalpha()
                    else f"(?-i:{re.escape(m[0].upper())}){re.escape(m[1:])}"
                    for m in dict.fromkeys(months))


# ── vocabulary (heard/lang/*.json: every language's words, in language order) ─────────────
_MONTHS = _month_words(vocab.union("months"))
_WEEKDAYS = vocab.words(vocab.union("weekdays"))
_DAY_PARTS = vocab.words(vocab.union("day_parts"), longest_first=True)
_RELATIVE_DAYS = vocab.words(vocab.union("relative_days"), longest_first=True)


def _not_greeting(greetings: list[str]) -> str:
    """Look-behinds, tried once a day word has matched, that fail where it ends a greeting
    ("guten Morgen", "buena mañana"): one per greeting, each of fixed width, as look-behinds
    must be."""
    return "".join(rf"(?<!(?<!{_L})" + r"\s".join(map(re.escape, g.split())) + ")"
                   for g in greetings)


def _not_wished(wishes: list[str]) -> str:
    """Look-behinds, tried before a weekday, that fail where a good wish ends right before it
    ("Happy Friday", "bon vendredi"): one per wish, each of fixed width."""
    return "".join(rf"(?<!(?<!{_L})" + r"\s".join(map(re.escape, w.split())) + r"\s)"
                   for w in wishes)


_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
# What follows a dot that cannot end a sentence: a comma or a closing bracket, a dash, a
# word in lower case (cased on its own: the date pattern ignores case).
_NOT_AN_END = r"[ \t]*[,;:)\]–—-]|(?-i:[ \t]+[a-zß-öø-ÿ])"


_MONTHS_FIRST = _month_words([m for lang in vocab.every() if lang.month_first
                             for m in lang.months])


# The longest word a date's words can be before its digit: a weekday or month, with its comma
# or abbreviation dot. None of them holds a space or a digit (tests/test_protect.py).
_DATE_WORD_MAX = max(map(len, (*vocab.union("months"), *vocab.union("weekdays")))) + 1
# A weekday with its part of the day is one date ("Monday morning", "Montagabend", "el lunes
# por la tarde"): a rewrite keeping only "Monday" has changed the time. A short form that is
# also another word counts only with its part ("segunda de manhã", never "segunda vez").
_SHORT_WEEKDAYS = vocab.words(vocab.union("short_weekdays"))
WEEKDAY_RE = re.compile(
    rf"(?<!{_L}){_not_wished(vocab.union('weekday_wishes'))}"
    rf"(?:(?:{_WEEKDAYS})(?:[ \t]*(?:{_DAY_PARTS}))?"
    + (rf"|(?:{_SHORT_WEEKDAYS})[ \t]+(?:{_DAY_PARTS})" if _SHORT_WEEKDAYS else "")
    + rf")(?!{_L})", re.I)
MONTH_RE = re.compile(rf"(?<!{_L})(?:{_MONTHS})(?!{_L})", re.I)
# A relative day pointed back at with French "-là" ("ce soir-là", "cette nuit-là": that
# evening, that night) is a day the text has named already, never "tonight": no date of its own.
RELATIVE_DAY_RE = re.compile(
    rf"(?<![\w'’])(?:{_RELATIVE_DAYS}){_not_greeting(vocab.union('day_greetings'))}"
    rf"(?:[ \t]+(?:{_DAY_PARTS}))?(?![\w'’]|-l[àa](?!\w))", re.I)

_CUR_SYM = r"(?:R\$|US\$|C\$|A\$|CA\$|AU\$|NZ\$|HK\$|MX\$|[$€£¥₹₩₽¢₺₴₪])"
_CUR_CODE = r"(?:USD|EUR|GBP|CAD|AUD|NZD|BRL|MXN|ARS|CLP|COP|PEN|CHF|JPY|INR|SEK|NOK|DKK|PLN)"
_CUR_WORD = "(?:" + "|".join(vocab.union("currency_words")) + ")"  # "25 euros", "10 reais"
# Thousands grouped by a dot, a comma, a space or a no-break space ("3 000 €" in French).
_NUM = r"(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,-|\.-)?"
_TAX = r"(?:[ \t  ](?i:" + vocab.words(vocab.union("tax_bases"), longest_first=True) + r")(?!\w))?"


def _street(shape: str) -> str:
    """Every language's street words of one shape (heard/lang `streets`), an alternation."""
    return "|".join(dict.fromkeys(w for lang in vocab.every()
                                  for w in getattr(lang.streets, shape)))


_GREET = "|".join(vocab.union("greetings"))
_TITLE = "(?:" + "|".join(vocab.union("name_titles")) + r")\.?"
# Titles come in a row ("Herr Dr. Weber", "Herr Prof. Dr. Lang"): each is a title, the name follows.
_TITLES = rf"(?:{_TITLE}[ \t]+){{0,3}}"
_NOT_NAMES = frozenset(vocab.union("not_names"))
# "María de la Cruz": the name is masked whole and by its parts, never by "de" or "la"; nor
# "Anna und Ben" by its "und", which would mask every "und" of the reply.
_NAME_PARTICLES = {"de", "del", "da", "das", "do", "dos", "di", "du", "la", "le", "les", "van",
                   "von", "der", "den", "ter", "y", "e", "bin", "al", "el", "st", "st.",
                   "und", "and", "et", "ou", "oder", "or", "o", "u"}
_SIGNOFF = "|".join(vocab.union("signoffs"))
# Every HTML element (and the obsolete ones mail still carries): inside any tag only an
# address, a placeholder or a marker is a fact, so no fact cuts a tag ("<iframe src=…>").
_HTML_TAGS = (r"a|abbr|acronym|address|area|article|aside|audio|b|base|bdi|bdo|big|blink|"
              r"blockquote|body|br|button|canvas|caption|center|cite|code|col|colgroup|data|"
              r"datalist|dd|del|details|dfn|dialog|dir|div|dl|dt|em|embed|fieldset|figcaption|"
              r"figure|font|footer|form|frame|frameset|h[1-6]|head|header|hgroup|hr|html|i|"
              r"iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark|marquee|menu|meta|"
              r"meter|nav|nobr|noembed|noframes|noscript|object|ol|optgroup|option|output|p|"
              r"param|picture|pre|progress|q|rp|rt|ruby|s|samp|script|search|section|select|"
              r"slot|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|"
              r"template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr")
_TAG_RE = re.compile(rf"</?(?:{_HTML_TAGS})(?:\s[^<>]*)?/?>", re.I)
_QUOTE_CLASSES = (r"gmail_quote|gmail_signature|gmail_extra|gmail_attr|yahoo_quoted|"
                  r"moz-cite-prefix|moz-signature|OutlookMessageHeader|AppleOriginalContents|"
                  r"x_gmail_quote|signature|quote")

# ── patterns, in priority order (earlier wins where spans overlap) ───────────────────────
# A time zone after a time, its offset with it ("14:00 UTC-5", "9:30 (GMT+1)", "10:00 CET"):
# one fact with its time, never a time and a number.
_ZONE = values.ZONE

# An amount of money or a share of one ("25 €", "EUR 1.200,00", "10 reais", "15 %"); the guard
# reads it too, in a rewrite nobody masks ("you'll get 25 € back").
AMOUNT_RE = re.compile(
    rf"(?:{_CUR_SYM}|\b{_CUR_CODE})\s?-?{_NUM}{_TAX}"
    rf"|-?(?<![\w.,]){_NUM}\s?(?:{_CUR_SYM}|{_CUR_CODE}\b|{_CUR_WORD}\b){_TAX}"
    r"|(?<![\w.,])\d+(?:[.,]\d+)?\s?%")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("marker", MARKER_RE),  # marker-like text already in the draft is a fact too
    ("code", re.compile(r"```.*?```|`[^`\n]+`|(?<![\w<>/])(?:~|\.{1,2})?(?:/[\w.@-]+){2,}/?"
                        r"|\b[A-Z]:\\(?:[\w .-]+\\)*[\w.-]+", re.S)),
    ("html_attr_url", re.compile(r"(?<=href=\")[^\"]*(?=\")|(?<=src=\")[^\"]*(?=\")"
                                 r"|(?<=href=')[^']*(?=')|(?<=src=')[^']*(?=')", re.I)),
    ("placeholder", re.compile(
        # Bounded lengths: a run of "{{" with no closer costs linear time, not quadratic.
        r"\{\{\{[^{}]{1,300}?\}\}\}|\{\{[^{}]{1,300}?\}\}|\{%[^{}]{1,300}?%\}|\*\|[\w:]{1,80}\|\*"
        r"|\{![\w.]{1,80}\}|\$\{[^{}\n]{1,200}\}|<%[^<>]{1,300}?%>|\[\[[^\[\]\n]{1,200}\]\]"
        r"|%[A-Za-z_][\w.]{0,80}%|\{[A-Za-z_][\w.]{0,80}\}"
        rf"|\[{_UP}[\w.'’-]*(?:[ _][^\W\d][\w.'’-]*){{0,4}}\](?!\()", re.S)),
    ("url", re.compile(r"\b(?:https?://|www\.)[^\s<>\"'\]]+[^\s<>\"').,;:!?\]]", re.I)),
    ("email", re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b")),
    ("url", re.compile(
        r"(?<![\w@./-])(?:[a-z0-9][a-z0-9-]*[a-z0-9]\.)+(?:com|net|org|io|co|ai|app|dev|shop|"
        r"store|help|info|biz|uk|de|es|fr|pt|br|mx|ar|nl|eu|ca|au|ch|at|be|example)\b"
        r"(?:/[^\s<>\"'\]]*[^\s<>\"').,;:!?\]])?", re.I)),
    ("amount", AMOUNT_RE),
    ("address", re.compile(
        # 221B Baker Street, Apt 4 · 12 rue de la Paix · 5 Rua Augusta
        rf"\b\d{{1,5}}[A-Za-z]?(?:\s?(?:bis|ter))?,?\s+(?:(?:{_UP}[\w'’.-]*|de|la|du|des|"
        rf"le|da|do)\s+){{1,4}}(?:(?:{_street('after_name')})\b|(?:{_street('abbreviations')})"
        rf"\b\.?)(?:,?\s+(?:{_street('units')})\.?\s*"
        r"[\w-]+)?"
        rf"|\b\d{{1,5}}(?:\s?(?:bis|ter))?,?\s+(?:{_street('number_first')})\s+"
        rf"(?:(?:de|du|des|la|le|l'|l’|da|do|dos|das)\s*)*"
        rf"{_UP}[\w'’-]*(?:\s+{_UP}[\w'’-]*){{0,3}}"
        rf"|\b(?:{_street('number_last')})\s+(?:(?:de|del|de la|da|do|dos|das|la)\s+)?"
        rf"{_UP}[\w'’.-]*(?:\s+(?:de\s+|del\s+|da\s+|do\s+)?{_UP}[\w'’.-]*){{0,3}},?\s*"
        r"(?:n[º°o.]?\s*)?\d{1,5}[A-Za-z]?(?:,\s*\d{1,2}[º°ª]\s*[A-Za-z]?\b)?"
        rf"|\b{_UP}[a-zäöüß]+(?:-{_UP}?[a-zäöüß]+)*(?:{_street('suffixes')})"
        r"\s+\d{1,4}(?:\s?[a-z](?!\w))?"
        r"|\b\d{5}(?:-\d{3})?\s+" + _UP + r"[a-zäöüßà-ÿ]{2,}(?:[- ](?:am |an der |sur |de )?"
        + _UP + r"[a-zäöüßà-ÿ]+)?"
        r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")),
    ("date", re.compile(
        # Every date holds a digit, after at most two words (a weekday, a month, "the", "de"):
        # checked first, so the word lists are tried only where a date can start (they were
        # tried at every word, the most costly step of masking).
        rf"\b(?=(?:[^\s\d]{{1,{_DATE_WORD_MAX}}}\s+){{0,2}}\d)"
        rf"(?:\b(?:(?:{_WEEKDAYS}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?\s+"
        # "3 Mar. 2025" keeps its abbreviation's dot; "14. März." leaves the full stop out.
        rf"(?:of\s+|de\s+)?(?:{_MONTHS})(?:\.(?=,?\s+(?:de\s+)?\d{{4}}))?"
        rf"(?:,?\s+(?:de\s+)?\d{{4}})?(?!{_L})"
        rf"|\b(?:(?:{_WEEKDAYS}),?\s+)?(?:{_MONTHS_FIRST})\.?[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?"
        rf"(?:,?\s+\d{{4}})?\b"
        rf"|\b(?:{_MONTHS})\.?\s+(?:de\s+)?\d{{4}}\b"
        r"|\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
        r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}/\d{1,2}\b"
        # A day and month with their dots ("am 05.02. freigegeben"): the last dot is the
        # date's where no sentence can end there (a lower-case word, a comma follows). Where
        # one can ("…bis zum 05.02. Danach", "install 4.1.") it is the sentence's, and the
        # number is an identifier: either way one fact (`same`).
        rf"|(?<![\d.]){_DAY}\.{_MONTH}\.(?={_NOT_AN_END}))", re.I)),
    ("time", re.compile(
        # German "am" after a number is "on the" ("Sternenpfad 2 am 03.11.", "am Montag"),
        # never "2 am": a spaced "am" before a digit or a capital is no time.
        r"\b\d{1,2}(?::\d{2})?(?:\s?[ap]\.m\.|pm\b|am\b|\spm\b|\sam\b(?!\s+[\dA-ZÄÖÜ]))"
        r"(?:\s?(?:[-–]|to|until)\s?"
        r"\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\b))?"
        r"|\b\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:Uhr|h)\b|\b\d{1,2}:\d{2}(?::\d{2})?"
        r"(?:\s?[-–]\s?\d{1,2}:\d{2})?"
        rf"(?:\s?(?:\((?:{_ZONE})\)|(?:{_ZONE})\b))?"
        r"|\b\d{1,2}h\d{0,2}\b|\b\d{1,2}\s?Uhr\b")),
    ("date", WEEKDAY_RE),
    ("date", RELATIVE_DAY_RE),
    ("phone", re.compile(
        r"(?<![\w+/.-])(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}"
        r"(?:[\s.-]\d{2,5}){1,4}(?!\w)|(?<![\w+])\+\d{7,15}\b")),
    # Any other token holding a digit: order and ticket numbers, SKUs, counts, days, versions.
    # A token starts only after a non-token character, so the look-ahead for its digit scans
    # each token once: linear time, and words without a digit are never matched at all (they
    # were, then thrown away: every word of every text).
    # A German ordinal keeps its dot where no sentence can end ("bis zum 10. eines Monats").
    ("identifier", re.compile(rf"(?<![\w#/.-])\d{{1,2}}\.(?={_NOT_AN_END})")),
    ("identifier", re.compile(rf"(?<![\w#/.-])#?(?=[\w\-/#.]*{_DIGIT})\w(?:[\w\-/#.]*\w)?")),
]
_PHONE_MIN_DIGITS = 7
# What may join two known facts inside one date or range: punctuation and one short word
# ("to", "bis", "à", "den", "até").
_JOIN = re.compile(r"[\s,.;/–—-]*(?:[^\W\d]{1,5}[\s,.]*)?")
_INSIDE_TAG_OK = {"marker", "html_attr_url", "placeholder"}
# A range of times is its two ends ("9:30–16:00", "1pm to 5pm"): a rewrite may say it "between
# 9:30 and 16:00" or "from 1pm until 5pm" and keeps both facts; one end changed is one fact
# changed. The time pattern reads a range whole so that neither end is cut in two.
_TIME_RANGE = re.compile(r"(\d{1,2}(?::\d{2}){0,2}\s?(?:[ap]\.m\.|[ap]m)?)"
                         r"\s?(?:[-–]|to|until)\s?\d", re.I)

_GREETING_NAME = re.compile(
    rf"(?:^|(?<=[>\n]))[ \t]*(?:{_GREET})[ \t]+({_TITLES}{_UP}[\w'’-]+"
    rf"(?:[ \t]+{_UP}[\w'’-]+){{0,2}})[ \t]*(?=[,!:;.\n<]|$)", re.I | re.M)
_WHOLE_GREETING = re.compile(rf"(?:{_GREET})", re.I)
_SIGNOFF_LINE = re.compile(rf"^[ \t]*(?:{_SIGNOFF})[ \t]*[,.!]?[ \t]*$", re.I | re.M)
# A customer who gives their name in the body of their message: "I'm Maria Gonzalez and…",
# "me llamo Lucía", "mein Name ist Jonas Weber", "je m'appelle Léa", "meu nome é João",
# "Maria here,", "Regards, Maria" at a line's end, a name alone on the last line. The phrase
# is matched in any case, the name only with capitals (so "I am very upset" names no one).
# Never "ich bin" or "soy"/"sou" + a capital: German nouns and Spanish/Portuguese titles.
_INTRO = "|".join(vocab.union("self_introductions"))
_HERE = "|".join(vocab.union("self_here"))
# Up to four capitalised words: "María José García López", "Ana Paula Costa Lima".
_NAME = rf"{_UP}[^\W\d_]*[a-zß-ÿ][\w'’-]*(?:[ \t]+{_UP}[^\W\d_]*[a-zß-ÿ][\w'’-]*){{0,3}}"
_NAME_END = (r"(?=[ \t]*(?:[,.!?;:)\n]|$)|[ \t]+(?i:"
             + vocab.words(vocab.union("after_name")) + r")\b)")
_INTRO_NAME = re.compile(rf"(?<![\w'’])(?i:{_INTRO})[ \t]+({_TITLES}{_NAME})"
                         rf"{_NAME_END}", re.M)
_NAME_HERE = re.compile(rf"(?:^|[,.!?;:][ \t]+)({_NAME})[ \t]+(?i:{_HERE})(?=[ \t]*[,.!:;\n]|$)",
                        re.M)
_SIGNOFF_NAME = re.compile(rf"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?i:{_SIGNOFF})[ \t]*[,.!-]?[ \t]+"
                           rf"({_NAME})[ \t]*[.!]?[ \t]*$", re.M)
_LAST_LINE_NAME = re.compile(rf"(?:\n[ \t]*\n|[.!?][ \t]+)({_NAME})[ \t]*\.?\s*\Z")
_SIGNOFF_HTML = re.compile(rf"(?<=>)[ \t]*(?:{_SIGNOFF})[ \t]*[,.!]?[ \t]*(?=<)", re.I)
_MAIL = [lang.mail_quotes for lang in vocab.every()]
# "On Mon, 3 March 2025, Dana wrote:" (the header may wrap once), "-- Original Message --",
# a forwarded "From: …⏎Sent: …" pair: in each language's words (heard/lang `mail_quotes`).
_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:" + "|".join(rf"{m.reply_header[0]} [^\n]{{3,200}}?(?:\n[^\n]{{0,120}}?)?"
                             rf"\b{m.reply_header[1]}" for m in _MAIL)
    + "|-{2,} ?(?:" + vocab.words(w for m in _MAIL for w in m.separators) + ") ?-{2,}"
    + "|(?:" + vocab.words(w for m in _MAIL for w in m.sender) + r"): [^\n]+\n(?:"
    + vocab.words(w for m in _MAIL for w in m.sent) + "): )", re.M)
_QUOTED_LINES = re.compile(r"(?:^[ \t]*>[^\n]*(?:\n|$))+", re.M)
_SIG_DASHES = re.compile(r"^-- ?$", re.M)
_HTML_BLOCK_OPEN = re.compile(
    rf"<(blockquote)\b[^>]*>|<(div|span|table)\b[^>]*\bclass=\"[^\"]*\b(?:{_QUOTE_CLASSES})\b"
    r"[^\"]*\"[^>]*>", re.I)
_LIQUID_OPEN = re.compile(r"\{%-?\s*(if|unless|for|case|capture|raw|comment)\b[^{}]{0,300}?%\}")
_HBS_OPEN = re.compile(r"\{\{~?#(\w+)\b[^{}]{0,300}?\}\}")
_TRAILING_CLOSERS = re.compile(r"(?:\s*</(?:p|div|span|td|tr|table|li|ul|ol|body|html)>)+\s*$",
                               re.I)


_DAY_MONTH = re.compile(rf"({_DAY})\.({_MONTH})\.?")
# A number with its ordinal's dot or ending ("10.", "40th", "2e", "1er", "3º"): the number.
# French "-er" ends "1er" alone: German "70er" (the seventies, a 70th birthday) is no ordinal.
_ORDINAL = re.compile(r"(\d{1,2})\.?|(\d{1,3})(?:st|nd|rd|th|e|ème|º|ª)|(1)er")


def _fold(original: str, kind: str) -> str:
    """What two spellings of one fact share: a day in words however it is capitalised
    ("heute", "Heute"), a day and month with or without the dot a sentence's end took
    ("05.02." in the middle of a sentence, "05.02" before its full stop, "5.2."), a number
    with an ordinal's dot or ending or without ("bis zum 10. eines Monats", "10"; their "40th
    anniversary" and "40 years", "la 2e fois" and "2 fois": one number); any other spelling of
    one value (heard.values: "March 3rd" and "3 March", "2 p.m." and "14:00")."""
    if kind == "date" and not any(ch.isdigit() for ch in original):
        return " ".join(original.casefold().split())
    m = _DAY_MONTH.fullmatch(original)
    if m and kind in ("date", "identifier"):
        return f"{int(m.group(1))}.{int(m.group(2))}."
    m = _ORDINAL.fullmatch(original)
    if m and kind == "identifier":  # "10." before a lower-case word is the "10" it counts
        return m.group(1) or str(int(m.group(2) or m.group(3)))
    return values.key(original, kind)


# An address's "&" written as markup ("&amp;", "&#38;"): a sanitiser writes every "&" of an
# attribute so, a writer mostly as "&"; the link followed is the same.
_AMPERSAND = re.compile(r"&(?:amp|#0*38|#x0*26);", re.I)
_ADDRESS_KINDS = frozenset({"url", "html_attr_url"})


def _as_read(original: str, kind: str) -> str:
    """`_fold` of a fact as its reader sees it: a character reference as its character
    ("25&nbsp;€" is "25 €"); an address with its "&amp;" as the "&" a browser follows
    ("/t?ref=4&amp;slot=2" is "/t?ref=4&slot=2"); a signature or a quoted block by its words
    alone, however its lines are cut ("Best,<br>Lena" is "<p>Best,</p><p>Lena</p>")."""
    original = markup.characters(original)
    if kind in _ADDRESS_KINDS:  # the browser follows "?a=1&amp;b=2" as "?a=1&b=2"
        return _AMPERSAND.sub("&", original)
    if kind in ("signature", "quote"):
        return " ".join(re.sub(r"<[^>]*>", " ", original).split())
    return _fold(original, kind)


def today_markers(originals: dict[str, str]) -> frozenset[str]:
    """The markers that stand for a plain "today" in any language: the guard may read a clause
    they date as how things stand (guard.facts), which the masked text cannot show."""
    words = {w.replace("’", "'").lower() for w in vocab.union("today")}
    return frozenset(m for m, o in originals.items() if o.replace("’", "'").lower() in words)


_COUNT = re.compile(r"(\d{1,3})(?:-[^\W\d_]+)?")


def count_values(originals: dict[str, str]) -> dict[str, int]:
    """The markers that stand for a small whole number ("3", "12", "3-day") and its value:
    the guard may read a number word of the rewrite as the same number ("three months" for
    the customer's "3 mensalidades"), which the masked text cannot show."""
    out = {}
    for marker, original in originals.items():
        m = _COUNT.fullmatch(original.strip())
        if m and 2 <= int(m.group(1)) <= 100:
            out[marker] = int(m.group(1))
    return out


@dataclass
class Masked:
    """A masked text and the originals behind its markers."""

    text: str
    originals: dict[str, str] = field(default_factory=dict)  # "⟦1⟧" -> original
    kinds: dict[str, str] = field(default_factory=dict)  # "⟦1⟧" -> kind
    same: dict[str, str] = field(default_factory=dict)  # "⟦7⟧" -> "⟦2⟧" (see Masker.same)

    def markers(self) -> list[str]:
        return list(self.originals)


class Masker:
    """Masks several texts (draft, customer message) with one shared numbering.

    Names learned from one text (the context's name, a greeting, a sign-off) are masked in
    every text masked after it.
    """

    def __init__(self, names: list[str] | None = None, regions: str = "auto") -> None:
        self._by_original: dict[str, str] = {}
        self.originals: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        # A day said in words is one fact however it is capitalised ("heute" in the draft,
        # "Heute" opening the customer's sentence, "Ce matin" opening the rewrite's): each
        # spelling keeps its own marker, so restoring stays exact, and names the first
        # spelling's marker here, so the guard counts them as one fact.
        self.same: dict[str, str] = {}
        self._by_fold: dict[str, str] = {}
        self._names: list[str] = []
        for n in names or []:
            self._add_name(n)

    def _add_name(self, name: str) -> None:
        name = (name or "").strip()
        if len(name) >= 2 and "⟦" not in name and name not in self._names:
            self._names.append(name)

    def _marker_for(self, original: str, kind: str) -> str:
        if original not in self._by_original:
            marker = f"⟦{len(self._by_original) + 1}⟧"
            self._by_original[original] = marker
            self.originals[marker] = original
            self.kinds[marker] = kind
            fold = _as_read(original, kind)
            if fold:
                first = self._by_fold.setdefault(fold, marker)
                if first != marker:
                    self.same[marker] = first
        return self._by_original[original]

    def today(self) -> frozenset[str]:
        return today_markers(self.originals)

    def counts(self) -> dict[str, int]:
        return count_values(self.originals)

    def marker_for_name(self, name: str) -> str | None:
        """A marker the model may use for the customer's name, even if no text holds it."""
        name = (name or "").strip()
        if len(name) < 2 or MARKER_RE.search(name):
            return None
        self._add_name(name)
        return self._marker_for(name, "name")

    def learn(self, text: str) -> None:
        """Pick up names from greetings and sign-offs so every later text masks them too."""
        for name in find_names(text):
            self._add_name(name)

    def learn_from_customer(self, text: str) -> None:
        """`learn`, and the names a customer gives anywhere in their message ("I'm Maria…",
        "Maria here", "Thanks, Maria"): their message is stored only masked (opt-in samples)
        and a name said only there must not reach the model or a sample either."""
        for name in find_customer_names(text):
            self._add_name(name)

    def mask(self, text: str) -> Masked:
        self.learn(text)
        spans = _find_spans(text, self._names)
        out, pos = [], 0
        for start, end, kind in spans:
            out.append(text[pos:start])
            out.append(self._parts(text[start:end], kind) or self._marker_for(text[start:end],
                                                                              kind))
            pos = end
        out.append(text[pos:])
        masked = "".join(out)
        if restore(masked, self.originals) != text:  # never expected; identity beats coverage
            masked = MARKER_RE.sub(lambda m: self._marker_for(m.group(0), "marker"), text)
        return Masked(masked, dict(self.originals), dict(self.kinds), dict(self.same))

    def _parts(self, span: str, kind: str) -> str:
        """A date or a time range said whole that is facts already known, joined ("Freitag,
        21. März" for the draft's "Freitag" and "21. März", "1pm to 5pm" for its "1pm" and
        "5pm"): their markers with the joining words as written, so the same facts said in
        one phrase are still the same facts. "" when it is not made of known ones."""
        if kind not in ("date", "time") or span in self._by_original:
            return ""
        known = [o for o, m in self._by_original.items()
                 if self.kinds[m] in ("date", "time") and o in span and o != span]
        if not known:
            return ""
        pattern = "|".join(map(re.escape, sorted(known, key=len, reverse=True)))
        pieces = re.split(rf"(?<!\w)({pattern})(?!\w)", span)
        joins, facts = pieces[::2], pieces[1::2]
        if len(facts) < 2 or joins[0].strip() or joins[-1].strip() or not all(
                _JOIN.fullmatch(j) for j in joins[1:-1]):
            return ""
        return "".join(j + self._by_original[f] for j, f in zip(joins, facts, strict=False)
                       ) + joins[-1]  # one join more than facts: the last is added after


# Where each name found in a text is, word by word (heard.recall: offsets only, no text): a
# repeated draft or customer message is not searched for names again. The names are cut
# again from the text in hand, so what is found is exactly what a fresh search finds.
_NAMES: Recall[tuple[tuple[tuple[int, int], ...], ...] | None] = Recall(4096)


def _located(text: str, names: list[str]) -> tuple[tuple[tuple[int, int], ...], ...] | None:
    """Each name as the offsets of its words in `text` (any occurrence: the same words);
    None when a name cannot be cut back out of the text that way."""
    out = []
    for name in names:
        words = []
        for word in name.split(" "):
            at = text.find(word) if word else -1
            if at < 0:
                return None
            words.append((at, at + len(word)))
        out.append(tuple(words))
    return tuple(out)


def _remembered_names(text: str, kind: str, scan: Callable[[str], list[str]]) -> list[str]:
    found: list[str] | None = None

    def locate() -> tuple[tuple[tuple[int, int], ...], ...] | None:
        nonlocal found
        found = scan(text)
        return _located(text, found)

    where = _NAMES.get((text,), kind, locate)
    if found is not None:  # searched just now
        return found
    if where is None:
        return scan(text)
    return [" ".join(text[s:e] for s, e in words) for words in where]


def find_customer_names(text: str) -> list[str]:
    """`find_names`, and the names a customer gives of themself in the body of a message."""
    return _remembered_names(text, "customer", _customer_names)


def _customer_names(text: str) -> list[str]:
    found = _names(text)
    for pattern in (_INTRO_NAME, _NAME_HERE, _SIGNOFF_NAME, _LAST_LINE_NAME):
        for m in pattern.finditer(text):
            words = m.group(1).split()
            if "⟦" not in m.group(1) and not {w.lower().strip(".") for w in words} & _NOT_NAMES:
                found.append(" ".join(words))
    return found


def find_names(text: str) -> list[str]:
    """Names after a greeting ("Hi Dana,", "Sehr geehrte Frau Weber,") and under a sign-off."""
    return _remembered_names(text, "greeting", _names)


def _names(text: str) -> list[str]:
    found: list[str] = []
    for m in _GREETING_NAME.finditer(text):
        words = m.group(1).split()
        # What carries on the greeting ("Buenas" + "tardes", "Hola" + "buenas tardes") is the
        # greeting, not a name: the pattern backs off a longer greeting to find one. A lone
        # word that is also a greeting stays a name ("Hi Cher,"): a name is never given up.
        greeting = text[m.start():m.start(1)].strip()
        carried_on = True
        while carried_on:
            carried_on = False
            for n in range(len(words), 0, -1):
                said = " ".join(words[:n])
                if _WHOLE_GREETING.fullmatch(f"{greeting} {said}") or (
                        _WHOLE_GREETING.fullmatch(said) and (n > 1 or len(words) > n)):
                    greeting, words, carried_on = said, words[n:], True
                    break
        while words and words[-1].lower().strip(".") in _NOT_NAMES:
            words.pop()
        if not words or words[0].lower().strip(".") in _NOT_NAMES or "⟦" in m.group(1):
            continue
        found.append(" ".join(words))
    lines = text.splitlines()
    for i, line in enumerate(lines[:-1]):
        if _SIGNOFF_LINE.fullmatch(line):
            nxt = lines[i + 1].strip()
            if re.fullmatch(rf"{_UP}[\w'’-]+(?: {_UP}[\w'’-]+){{0,3}}", nxt) and \
                    nxt.split()[0].lower() not in _NOT_NAMES:
                found.append(nxt)
    return found


def _balanced_end(text: str, start: int, open_re: str, close_re: str) -> int:
    """End of the element opened at `start`, counting nesting; the text's end if unclosed."""
    depth = 0
    for m in re.finditer(rf"(?P<o>{open_re})|(?P<c>{close_re})", text[start:], re.I | re.S):
        depth += 1 if m.group("o") else -1
        if depth == 0:
            return start + m.end()
    return len(text)


def _blocks(text: str) -> list[tuple[int, int, str]]:
    """Quoted history, signatures and template blocks: each kept as one protected span."""
    out: list[tuple[int, int, str]] = []
    for m in _HTML_BLOCK_OPEN.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # inside the block found before it (nested quotes are one block)
        tag = (m.group(1) or m.group(2)).lower()
        out.append((m.start(), _balanced_end(text, m.start(), rf"<{tag}\b[^>]*>",
                                             rf"</{tag}\s*>"), "quote"))
    first_html_block = min((s for s, _, _ in out), default=len(text))
    reach = 0
    for m in _LIQUID_OPEN.finditer(text):
        if m.start() < reach:
            continue
        name = m.group(1)
        end = _balanced_end(text, m.start(), rf"\{{%-?\s*{name}\b.*?%\}}",
                            rf"\{{%-?\s*end{name}\s*-?%\}}")
        out.append((m.start(), end, "placeholder"))
        reach = end
    for m in _HBS_OPEN.finditer(text):
        if m.start() < reach:
            continue
        name = m.group(1)
        end = _balanced_end(text, m.start(), rf"\{{\{{~?#{name}\b.*?\}}\}}",
                            rf"\{{\{{~?/{name}\s*~?\}}\}}")
        out.append((m.start(), end, "placeholder"))
        reach = end
    # Plain-text quoted history: from the first header to the end; runs of "> " lines.
    header = _QUOTE_HEADER.search(text)
    quote_start = len(text)
    if header and header.start() > 0:
        quote_start = header.start()
        out.append((quote_start, len(text.rstrip()), "quote"))
    for m in _QUOTED_LINES.finditer(text):
        if m.start() < quote_start:
            out.append((m.start(), m.start() + len(m.group(0).rstrip()), "quote"))
    body = text[:min(quote_start, first_html_block)]
    sig = _signature_start(body)
    if sig is not None:
        end = len(body.rstrip())
        closers = _TRAILING_CLOSERS.search(body[sig:end])
        if closers:
            end = sig + closers.start()
        if end > sig:
            out.append((sig, end, "signature"))
    return out


def _signature_start(body: str) -> int | None:
    dashes = list(_SIG_DASHES.finditer(body))
    if dashes and dashes[-1].start() > 0:
        return dashes[-1].start()
    for m in reversed(list(_SIGNOFF_LINE.finditer(body))):
        if m.start() == 0 or not body[:m.start()].strip():
            continue
        rest = [ln.strip() for ln in body[m.end():].splitlines() if ln.strip()]
        if len(rest) <= 6 and all(len(ln) <= 70 and not ln.endswith((".", "?")) for ln in rest):
            return m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        return None
    html = list(_SIGNOFF_HTML.finditer(body))
    if html:
        m = html[-1]
        tail = re.sub(r"<[^>]*>", "\n", body[m.end():])
        rest = [ln.strip() for ln in tail.splitlines() if ln.strip()]
        if m.start() > 0 and len(rest) <= 6 and all(len(ln) <= 70 and not ln.endswith(
                (".", "?")) for ln in rest):
            return m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return None


# Offsets and kinds only (heard.recall): a repeated draft or customer message is not scanned
# again. Two texts per rewrite; a few thousand entries of a few spans each.
_SPANS: Recall[tuple[tuple[int, int, str], ...]] = Recall(4096)


def _find_spans(text: str, names: list[str]) -> tuple[tuple[int, int, str], ...]:
    return _SPANS.get((text, *names), None, lambda: _scan_as_read(text, names))


def _scan_as_read(text: str, names: list[str]) -> tuple[tuple[int, int, str], ...]:
    """`_scan` of the text as its reader sees it, each character reference as its character
    ("25&nbsp;€" is an amount, "7&ndash;10" a range), the spans given back in `text`: a
    fact's span covers its references whole, so restoring stays the identity."""
    if "&" not in text:
        return _scan(text, names)
    read: list[str] = []
    starts: list[int] = []  # where in `text` each character read begins…
    ends: list[int] = []  # …and ends
    pos = 0
    for m in markup.CHAR_REF.finditer(text):
        ch = markup.character(m.group(0))
        if ch == m.group(0):
            continue
        read.append(text[pos:m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        read.append(ch)
        starts.append(m.start())
        ends.append(m.end())
        pos = m.end()
    if not starts:
        return _scan(text, names)
    read.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return tuple((starts[s], ends[e - 1], kind) for s, e, kind in _scan("".join(read), names))


def _scan(text: str, names: list[str]) -> tuple[tuple[int, int, str], ...]:
    candidates: list[tuple[int, int, str, int]] = []
    patterns = list(_PATTERNS)
    name_parts = sorted({p for n in names for p in (n, *n.split())
                         if len(p) >= 2 and p.strip(".").lower() not in _NOT_NAMES
                         and p.lower() not in _NAME_PARTICLES
                         and not re.fullmatch(_TITLE, p)}, key=len, reverse=True)
    if name_parts:
        alternation = "|".join(re.escape(p) for p in name_parts)
        # Names rank after URLs and emails (a name inside an address stays part of it).
        patterns.insert(7, ("name", re.compile(rf"(?<![\w@.])(?:{alternation})(?![\w@])")))
    for start, end, kind in _blocks(text):
        candidates.append((start, end, kind, -2))
    for priority, (kind, pattern) in enumerate(patterns, start=1):
        for m in pattern.finditer(text):
            if m.end() <= m.start():
                continue
            if kind == "phone" and sum(ch.isdigit() for ch in m.group(0)) < _PHONE_MIN_DIGITS:
                continue
            candidates.append((m.start(), m.end(), kind, priority))
    phone_priority = next(i for i, (k, _) in enumerate(patterns, start=1) if k == "phone")
    candidates.extend(_phones(text, phone_priority))
    # Blocks first (a marker look-alike inside one is restored with it), then marker
    # look-alikes, which must never stay in the masked text or restore would not be the identity.
    candidates.sort(key=lambda c: (c[3] if c[2] != "marker" else -1, c[0], -(c[1] - c[0])))
    tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(text)]
    tag_starts = [s for s, _ in tags]
    occupied = bytearray(len(text))
    taken: list[tuple[int, int, str]] = []
    for start, end, kind, _ in candidates:
        if any(occupied[start:end]) or not _respects_tags(start, end, kind, tags, tag_starts):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.extend(_ends(text, start, end, kind))
    return tuple(sorted(taken))


def _ends(text: str, start: int, end: int, kind: str) -> list[tuple[int, int, str]]:
    """A span as the facts it holds: a range of times as its two ends, anything else whole."""
    m = _TIME_RANGE.match(text, start, end) if kind == "time" else None
    if not m:
        return [(start, end, kind)]
    return [(start, m.end(1), kind), (m.end() - 1, end, kind)]


def _respects_tags(start: int, end: int, kind: str, tags: list[tuple[int, int]],
                   tag_starts: list[int]) -> bool:
    """A span may hold whole tags, or sit inside one (href, placeholder), never cut one."""
    i = max(0, bisect.bisect_right(tag_starts, start) - 1)
    while i < len(tags) and tags[i][0] < end:
        ts, te = tags[i]
        if te > start:
            inside = ts < start and end < te
            contains = start <= ts and te <= end
            if not contains and not (inside and kind in _INSIDE_TAG_OK):
                return False
        i += 1
    return True


_PHONE_SHAPE = next(p for k, p in _PATTERNS if k == "phone")
_PHONE_WINDOW = re.compile(r"(?:\+|00)?[\d(][\d \t().\-/]{5,24}\d")
_MAX_PHONE_WINDOWS = 60


def _phones(text: str, priority: int) -> list[tuple[int, int, str, int]]:
    """libphonenumber's validation, run only on digit runs that could be a phone number."""
    found = []
    for i, window in enumerate(_PHONE_WINDOW.finditer(text)):
        if i >= _MAX_PHONE_WINDOWS:
            break
        if sum(ch.isdigit() for ch in window.group(0)) < _PHONE_MIN_DIGITS:
            continue
        if _PHONE_SHAPE.fullmatch(window.group(0)):
            continue  # the phone pattern already takes it
        start = max(0, window.start() - 1)
        chunk = text[start:window.end() + 1]
        international = window.group(0).startswith(("+", "00"))
        for region in ("US",) if international else ("US", "GB", "DE", "ES", "FR", "BR"):
            matcher = phonenumbers.PhoneNumberMatcher(chunk, region,
                                                      leniency=phonenumbers.Leniency.VALID)
            hits = [(start + m.start, start + m.end, "phone", priority) for m in matcher]
            if hits:
                found += hits
                break
    return found


def restore(text: str, originals: dict[str, str]) -> str:
    """Put every original back; unknown markers stay as they are (the guard reports them)."""
    if "⟦" not in text:  # most explanations and suggestions name no fact
        return text
    return MARKER_RE.sub(lambda m: originals.get(m.group(0), m.group(0)), text)


def count_markers(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in MARKER_RE.finditer(text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return counts

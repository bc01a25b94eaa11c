"""The offline engine: a deterministic, rule-based rewriter that never breaks an invariant.

It is the embedded default when no API key is set and the fallback when the LLM fails. It works
on masked text (facts are markers it cannot touch), applies only edits it can make safely, and
explains each one with its principle id. It is honest about being rule-based: `provider:
"offline"`. Templates carry no commitment words, so the guard's commitment check stays clean.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from heard import customer, guard, mechanics, vocab
from heard.opening import GREETING as _GREETING
from heard.opening import split_mentions, split_signature
from heard.prompts import Phrases
from heard.schema import Candidate, Change, Reading, Suggestion

_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_HTML = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
# An opening that already names a feeling or apologises keeps its own words; a thank-you or
# "glad to help" names no feeling, so a grounded acknowledgement may still come before it.
_ACK_CUES = re.compile("|".join(w for lang in vocab.every() for w in lang.rewriting.acknowledged),
                      re.I)
# An apology for our own slowness ("Sorry for my slow reply.") acknowledges nothing the
# customer went through: it does not stand in for an acknowledgement of their trouble.
_OUR_DELAY = re.compile(r"(?:sorry|apologies|i apologi[sz]e) for (?:the|my|our) (?:late|slow|"
                        r"delayed) (?:response|reply|answer)|(?:sorry|apologies) for the (?:long "
                        r")?(?:wait|delay)", re.I)
_APOLOGY_CLICHE = re.compile(
    r"(?:we|i)(?: sincerely| truly| deeply)? apologi[sz]e for (?:any|the) (?:inconvenience|trouble)"
    r"(?: (?:this|that) (?:may have|might have|has|may) caused(?: you)?)?", re.I)

def _say(key: str, lang: str | None) -> str:
    """What the agent reads beside a change or a suggestion (heard/lang `rewriting.reasons`),
    in the draft's language; the rules that only exist for English drafts, and a language
    Heard has no words for, say it in English."""
    said = vocab.builtin(lang).rewriting.reasons if lang in vocab.LANGS else {}
    return said.get(key) or vocab.builtin("en").rewriting.reasons[key]


_PARTICIPLES = {  # passive participle -> (base, present participle, past participle)
    "forwarded": ("forward", "forwarding", "forwarded"),
    "escalated": ("escalate", "escalating", "escalated"),
    "passed on": ("pass on", "passing on", "passed on"),
    "passed along": ("pass along", "passing along", "passed along"),
    "sent": ("send", "sending", "sent"),
    "reviewed": ("review", "reviewing", "reviewed"),
    "looked into": ("look into", "looking into", "looked into"),
    "investigated": ("investigate", "investigating", "investigated"),
    "handled": ("handle", "handling", "handled"),
    "shared": ("share", "sharing", "shared"),
}
_PASSIVE = re.compile(
    r"\b(this|it|your (?:request|ticket|case|issue|complaint|query|feedback|message|concern))"
    r"\s+(will be|has been|is being)\s+(" + "|".join(_PARTICIPLES) + r")\b", re.I)
_AS_I_SAID = re.compile(
    r"(,[ \t]*)?\b(?:as (?:i|we) (?:have )?(?:already |previously |clearly )?"
    r"(?:said|mentioned|stated|explained|told you)|as (?:previously|already) "
    r"(?:stated|mentioned|explained)|like i said)\b(,)?", re.I)
_YOU_WRONG = re.compile(r"\byou (?:entered|typed|gave us|provided|used|selected|chose|put in) "
                        r"(?:the |a |an )?(?:wrong|incorrect) (address|email|email address|"
                        r"card number|size|postcode|zip code|phone number|name)\b", re.I)


@cache
def _rewriting(lang: str) -> tuple[vocab.Rewriting, list[tuple[re.Pattern[str], str, str]]]:
    """This language's editing knowledge (heard/lang/<lang>.json `rewriting`), compiled."""
    r = vocab.builtin(lang).rewriting
    return r, [(re.compile(e.pattern), e.replacement, e.principle) for e in r.edits]


@cache
def _droppable(lang: str, principle: str) -> re.Pattern[str] | None:
    patterns = _rewriting(lang)[0].drop_sentences.get(principle)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


@dataclass
class _Draft:
    segments: list[str]  # alternating text and tags (tags at odd indexes)
    changes: list[Change] = field(default_factory=list)

    def texts(self):
        return [i for i in range(0, len(self.segments), 2) if self.segments[i].strip()]

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str],
            principle: str, explanation: str, limit: int = 0) -> None:
        for i in self.texts():
            def _record(m: re.Match[str]) -> str:
                new = repl(m)
                if new != m.group(0):
                    self.changes.append(Change(principle=principle, before=m.group(0).strip(),
                                               after=new.replace("⁂", "").strip(),
                                               explanation=explanation))
                return new
            self.segments[i] = pattern.sub(_record, self.segments[i], count=limit)

    @property
    def text(self) -> str:
        return "".join(self.segments)


@dataclass(frozen=True)
class Subject:
    """What the customer wrote about, in the reply's words ("your parcel"), and whether it is
    the trouble itself ("the double charge") rather than a thing that has one."""

    words: str
    trouble: bool


@cache
def _subject_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                                           re.Pattern[str] | None]:
    """(a possessive and a noun, a trouble noun alone, what makes a subject a trouble)."""
    r = _rewriting(lang)[0]
    if not r.subject_nouns or not r.possessives:
        return None, None, None
    mods = [*r.subject_modifiers, *r.trouble_modifiers]
    modifier = f"(?:(?:{vocab.words(mods)})\\s+)?" if mods else ""
    nouns = vocab.words([*r.subject_nouns, *r.trouble_nouns], longest_first=True)
    owned = re.compile(
        r"(?<![\w'’])(" + vocab.words(r.possessives, longest_first=True) + r")\s+(" + modifier
        + "(?:" + nouns + r")s?)(?![\w'’-])", re.I)
    kinds = [*r.trouble_modifiers, *r.trouble_nouns]
    trouble = re.compile(r"(?<![\w'’])(?:" + vocab.words(kinds, longest_first=True)
                         + r")s?(?![\w'’-])", re.I) if kinds else None
    bare = re.compile(r"(?<![\w'’])(" + modifier + "(?:" + vocab.words(
        r.trouble_nouns, longest_first=True) + r")s?)(?![\w'’-])", re.I) \
        if r.trouble_nouns and r.bare_article else None
    return owned, bare, trouble


def subjects(customer_message: str, lang: str) -> list[Subject]:
    """What the customer wrote about, in the order they wrote it, in the reply's words: their
    own noun with the reply's possessive ("my parcel" → "your parcel", "mein Paket" → "Ihrem
    Paket", "your app" → "the app"), and a trouble they name without one ("error codes every
    time I pay" → "the error codes")."""
    owned, bare, trouble = _subject_patterns(lang)
    if not owned:
        return []
    r = _rewriting(lang)[0]
    spelled = {w.lower(): w for w in [*r.subject_modifiers, *r.trouble_modifiers,
                                      *r.subject_nouns, *r.trouble_nouns]}

    def words(phrase: str) -> str:
        return " ".join(spelled.get(w.lower(), spelled.get(w.lower()[:-1], w.lower()[:-1])
                                    + w[-1:]) for w in phrase.split())

    found: list[tuple[int, int, Subject]] = []
    for m in owned.finditer(customer_message):
        phrase = words(m.group(2))
        found.append((m.start(), m.end(), Subject(f"{r.possessives[m.group(1).lower()]} {phrase}",
                                                  bool(trouble and trouble.search(phrase)))))
    for m in bare.finditer(customer_message) if bare else ():
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), Subject(f"{r.bare_article} {words(m.group(1))}",
                                                      True)))
    return list(dict.fromkeys(s for _, _, s in sorted(found, key=lambda f: f[0])))


def _pick(options: list[str], seed: str) -> str:
    return options[int(hashlib.sha256(seed.encode()).hexdigest(), 16) % len(options)]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# Rule sets from fullest to safest. Each candidate is checked by the guard itself; the first
# that breaks no invariant wins, so the engine never returns a violating rewrite (at worst the
# draft, unchanged). Nothing here is tuned to a particular draft.
_LEVELS: list[dict[str, bool]] = [
    {"mechanics": True, "rules": True, "ack": True},
    {"mechanics": True, "rules": True, "ack": False},
    {"mechanics": True, "rules": False, "ack": True},
    {"mechanics": True, "rules": False, "ack": False},
]


def rewrite(masked: str, *, customer_message: str = "", lang: str | None = "en",
            phrases: Phrases | None = None, tone: str = "",
            reading: Reading | None = None) -> Candidate:
    """Rewrite a masked draft (plain text or HTML) with the rules that are safe to apply.

    `reading` is how the customer reads (heard.customer; read here from the message when not
    given): the acknowledgement names that feeling, and the tone follows it — steady with an
    angry customer, no apology to one who writes to say thank you, no pleasantries for one in
    a hurry."""
    phrases = phrases or Phrases()
    if reading is None and customer_message.strip():
        reading = customer.read(customer_message, lang, phrases)
    fmt = "html" if _HTML.search(masked) else "text"
    suggestions = _suggestions(masked, customer_message, lang if lang in vocab.LANGS else "en")
    for level in _LEVELS:
        candidate = _build(masked, customer_message, lang, phrases, tone, level, reading)
        if candidate.rewrite == masked:
            continue
        # HTML-looking text may still be a plain draft: it must pass as both.
        if not any(guard.check(masked, candidate.rewrite, phrases=phrases, fmt=f,
                               customer_message=customer_message, lang=lang)
                   for f in dict.fromkeys((fmt, "text"))):
            candidate.suggestions = suggestions
            return candidate
    return Candidate(rewrite=masked, suggestions=suggestions)


def tone_given(candidate: Candidate, tone: str, lang: str | None) -> bool:
    """Did the rules give this rewrite the tone the agent asked for? Warmer never: it needs
    words only the agent or a model can choose, and the caller says so rather than return
    the same text as if Heard had not listened."""
    if not tone:
        return True
    if tone == "warmer":
        return False
    said = _say(f"tone-{tone}", lang)
    return any(c.explanation == said for c in candidate.changes)


def _protect_edges(d: _Draft) -> None:
    """Leading mentions and a trailing signature become untouchable segments (like tags)."""
    texts = d.texts()
    if not texts:
        return
    first = texts[0]
    mentions, rest = split_mentions(d.segments[first])
    if mentions:
        d.segments[first:first + 1] = ["", mentions, rest]
    texts = d.texts()
    if not texts:
        return
    body, tail = split_signature(d.segments[texts[-1]])
    last = texts[-1]
    if tail:
        d.segments[last:last + 1] = [body, tail, ""]


def _build(masked: str, customer_message: str, lang: str | None, phrases: Phrases, tone: str,
           level: dict[str, bool], reading: Reading | None = None) -> Candidate:
    code = lang if lang in vocab.LANGS else None
    d = _Draft(_TAG_SPLIT.split(masked))
    _protect_edges(d)
    if level["mechanics"] and code:
        _mechanics(d, code)
    if level["rules"] and code:
        for principle in ("no-policy-wall", "no-blame"):
            _drop_sentences(d, code, principle)
        for pattern, replacement, principle in _rewriting(code)[1]:
            d.sub(pattern, lambda m, r=replacement: m.expand(r), principle, _say(principle, code))
        if code == "en":
            _english_rules(d)
        _apologies(d, phrases, code)
        if reading:
            _match_tone(d, reading, phrases, code, customer_message,
                        pleasantries=tone == "warmer")
        _ask_tone(d, tone, code)
    if level["ack"] and code and reading:
        _acknowledge(d, customer_message, reading, code, phrases)
    return Candidate(rewrite=d.text, changes=d.changes)


_BLOCK = re.compile(r"<\s*/?\s*(?:p|div|br|li|ul|ol|h\d|blockquote|tr|td|th|table|hr)\b", re.I)
_VERBATIM = re.compile(r"<\s*(/?)\s*(?:code|pre)\b", re.I)
# A list item or table cell keeps its writer's case: items are often fragments, in lower case
# by choice ("<li>a photo of the label</li>"), not sentences to capitalise.
_ITEM = re.compile(r"<\s*(?:li|td|th)\b", re.I)


def _mechanics(d: _Draft, lang: str) -> None:
    """Capitals, "I", apostrophes, clear misspellings: in text runs, never in tags or code."""
    starts, verbatim = True, False
    for i, seg in enumerate(d.segments):
        if i % 2:  # a tag, or a protected mention or signature
            closing = _VERBATIM.match(seg)
            if closing:
                verbatim = not closing.group(1)
            if _ITEM.match(seg):
                starts = False
            else:
                starts = starts or bool(_BLOCK.match(seg)) or not seg.startswith("<")
            continue
        if not seg.strip() or verbatim:
            continue
        new, edits = mechanics.fix(seg, lang, starts_sentence=starts)
        d.segments[i] = new
        for edit in edits:
            d.changes.append(Change(principle="reflect-understanding", before=edit.before,
                                    after=edit.after, explanation=_say("mechanics", lang)))
        starts = bool(re.search(r"[.!?]['\")”’]*\s*$", new))


def _drop_sentences(d: _Draft, lang: str, principle: str) -> None:
    """Remove whole sentences that only say a wall or a reproach: the rest of the reply carries
    the answer, so a draft that is nothing but such a sentence keeps it. A greeting on the same
    line stays ("Hi Dana, that's our policy. Your…" → "Hi Dana, your…")."""
    pattern = _droppable(lang, principle)
    if not pattern:
        return
    total = sum(len(_SENTENCE.split(d.segments[i])[::2]) for i in d.texts())
    for i in d.texts():
        parts = _SENTENCE.split(d.segments[i])  # sentences at even indexes, spaces between
        for j in range(0, len(parts), 2):
            g = _GREETING.match(parts[j]) if j == 0 else None
            head = parts[j][:g.end()] if g else ""
            body = parts[j][len(head):].strip()
            if not body or total <= 1 or not pattern.fullmatch(body):
                continue
            total -= 1
            d.changes.append(Change(principle=principle, before=body, after="",
                                    explanation=_say(principle, lang)))
            parts[j] = head
            if j + 1 < len(parts):
                parts[j + 1] = ""
                if head.endswith(", ") and j + 2 < len(parts):
                    parts[j + 2] = _after_greeting(parts[j + 2], lang)
            elif j:
                parts[j - 1] = ""
        d.segments[i] = "".join(parts)


_SENTENCE = re.compile(r"((?<=[.!?])[ \t]+|[ \t]*\n\s*)")


def _after_greeting(sentence: str, lang: str) -> str:
    """"Your order…" goes on after "Hi Dana, " in lower case when its first word is a plain
    word (heard/lang `greeting_continues`, else the dictionary); anything else keeps its
    capital."""
    word = re.match(r"[^\W\d_]+", sentence)
    allowed = _rewriting(lang)[0].greeting_continues
    if not word or word.group(0) == "I" or not (
            word.group(0).lower() in allowed if allowed else
            mechanics.known_word(word.group(0), lang)):
        return sentence
    return sentence[:1].lower() + sentence[1:]


def _english_rules(d: _Draft) -> None:
    def active(m: re.Match[str]) -> str:
        subject, aux, verb = m.group(1), m.group(2).lower(), m.group(3).lower()
        obj = "this" if subject.lower() in ("this", "it") else subject.lower()
        base, ing, past = _PARTICIPLES[verb]
        head, _, tail = (base if aux == "will be" else ing if aux == "is being" else past
                         ).partition(" ")
        verb_phrase = f"{head} {obj}" + (f" {tail}" if tail else "")
        lead = {"will be": "I will", "is being": "I am", "has been": "I have"}[aux]
        text = f"{lead} {verb_phrase}"
        return _cap(text) if m.group(0)[:1].isupper() else text

    d.sub(_PASSIVE, active, "active-voice",
          "Says who does what next instead of a passive 'will be done'.")
    d.sub(_YOU_WRONG, lambda m: ("The" if m.group(0)[:1].isupper() else "the")
          + f" {m.group(1).lower()} on the order wasn't the right one",
          "no-blame", "Says what went wrong without pointing at the customer.")
    # "Hi Dana, as I said, your…" keeps one comma; a sentence opener leaves a capital mark.
    d.sub(_AS_I_SAID, lambda m: "," if m.group(1) and m.group(2) else "" if m.group(1)
          else "⁂", "no-blame",
          "Drops 'as I said', which reads as blaming the customer for not following.")
    for i in d.texts():  # a removed sentence opener leaves the next word to capitalise
        d.segments[i] = re.sub(r"(^|[.!?]\s+|\n[ \t]*)⁂\s*(\w?)",
                               lambda m: m.group(1) + m.group(2).upper(),
                               d.segments[i]).replace("⁂", "")


def _apologies(d: _Draft, phrases: Phrases, lang: str) -> None:
    markers = vocab.team("apology", phrases, [lang])
    seen = 0
    for i in d.texts():
        sentences = re.split(r"(?<=[.!?])(\s+)", d.segments[i])
        for j in range(0, len(sentences), 2):
            s = sentences[j]
            if not any(mk in s.lower() for mk in markers):
                continue
            seen += 1
            short = len(s.split()) <= 14 and "⟦" not in s
            if seen > 1 and short:
                d.changes.append(Change(principle="authentic-not-cliche", before=s.strip(),
                                        after="", explanation=_say("one-apology", lang)))
                sentences[j] = ""
                if j + 1 < len(sentences):
                    sentences[j + 1] = ""
            elif lang == "en" and _APOLOGY_CLICHE.search(s):
                new = _APOLOGY_CLICHE.sub("I'm sorry for the trouble this has caused", s)
                d.changes.append(Change(principle="authentic-not-cliche", before=s.strip(),
                                        after=new.strip(), explanation="Replaces a stock "
                                        "apology with a plain, personal one."))
                sentences[j] = new
        d.segments[i] = "".join(sentences)


def _acknowledge(d: _Draft, customer_message: str, reading: Reading, lang: str,
                 phrases: Phrases) -> None:
    """One acknowledgement, only when it is grounded: the customer shows a feeling AND names
    what it is about ("the double charge"), and the draft does not open with one already.

    No acknowledgement is better than a stock one: no thank-you, no topic line, no patience
    line of our own. Leading mentions (protected segments) and a greeting stay first.
    """
    texts = d.texts()
    if not texts:
        return
    first = texts[0]
    seg = d.segments[first]
    greeting = _GREETING.match(seg)
    # A greeting alone in its own element (<p>Hi ⟦1⟧,</p>) puts the acknowledgement in the next.
    if greeting and not seg[greeting.end():].strip() and len(texts) > 1:
        first, seg, greeting = texts[1], d.segments[texts[1]], None
    cut = greeting.end() if greeting else len(seg) - len(seg.lstrip())
    answer = _interjection(lang).match(seg, cut) if _interjection(lang) else None
    if answer and seg[answer.end():].strip():
        cut, greeting = answer.end(), answer
    rest = seg[cut:]
    opening = " ".join(re.split(r"(?<=[.!?])\s+", rest)[:2])
    if _ACK_CUES.search(_OUR_DELAY.sub("", opening)):
        return
    chosen = _grounding(d.text, customer_message, reading, lang, phrases)
    if not chosen:
        return
    lines, np = chosen
    added = [(_pick(lines, d.text).format(np=np), "acknowledge-emotion",
              f"{customer.because(reading, lang)}: {_say('feeling', lang)}")]
    sentences = [a[0] for a in added]
    if greeting:
        # "Hi Ana, your order…" -> "Hi Ana, I can see …. Your order…"; a draft that goes on in
        # lower case after "Guten Tag,⏎" keeps that convention for the first added word.
        same_line = not greeting.group(0).rstrip(" ").endswith("\n")
        if greeting.group(0).rstrip().endswith(",") and (same_line or rest[:1].islower()):
            first_word = sentences[0].split(" ", 1)[0]
            if first_word not in ("I", "I've", "I'm") and not first_word.isupper():
                k = 1 if sentences[0][:1] in "¡¿" else 0  # "Hola Inés, ¡qué alegría…"
                sentences[0] = sentences[0][:k] + sentences[0][k:k + 1].lower() \
                    + sentences[0][k + 1:]
    rest = _cap(rest)  # it now follows a full sentence
    # Before a list item or on its own line the acknowledgement gets its own line.
    own_line = bool(re.match(r"[ \t]*(?:[-*•–]|\d+[.)]|⟦\d+⟧[.)])[ \t]", rest))
    insert = " ".join(sentences) + (("\n" if own_line else " ") if rest.strip() else "")
    if rest and not rest.strip():  # "Hi there! " before a signature: the space on both sides
        insert = rest + insert
    d.segments[first] = seg[:cut] + insert + rest
    for (_, principle, explanation), sentence in zip(added, sentences, strict=True):
        d.changes.append(Change(principle=principle, before="", after=sentence,
                                explanation=explanation))


@cache
def _interjection(lang: str) -> re.Pattern[str] | None:
    words = _rewriting(lang)[0].interjections
    return re.compile(r"(?:" + vocab.words(words, longest_first=True) + r")[.!]+[ \t]*\n?[ \t]*",
                      re.I) if words else None


def _grounding(draft: str, customer_message: str, reading: Reading, lang: str,
               phrases: Phrases) -> tuple[list[str], str] | None:
    """The lines and the customer's subject they name, or None. A subject that would put a
    commitment word in the reply the draft does not use ("your refund" when the draft offers
    none) is passed over; a trouble the customer names ("the error") comes before a thing
    ("your flight"), except for a worried customer, whose worry is the thing at stake."""
    if _acknowledgements(reading, lang, False) == []:
        return None
    lowered = draft.lower()
    promised = [w.lower() for words in vocab.commitment_words(phrases).values() for w in words]
    # Good news is never about a trouble ("glad it worked out with the delay").
    positive = reading.feeling in ("satisfied", "delighted")
    found = [s for s in subjects(customer_message, lang)
             if not any(w in s.words.lower() and w not in lowered for w in promised)
             and not (positive and s.trouble)]
    if reading.feeling != "anxious":
        found.sort(key=lambda s: not s.trouble)
    for s in found:
        lines = _acknowledgements(reading, lang, s.trouble)
        if lines:
            return lines, s.words
    return None


def _acknowledgements(reading: Reading, lang: str, trouble: bool) -> list[str]:
    """The lines for this reading and this kind of subject: feeling+signal first
    ("anxious+deadline_at_risk"), then the feeling; for a trouble its own lines first. None
    for a hurried customer (the answer is the acknowledgement), a calm one, or a trouble read
    only faintly (low intensity)."""
    if reading.feeling in ("neutral", "hurried"):
        return []
    if reading.intensity == "low":
        # A faint sign ("an error", "still") is no feeling to name for them; a faint "thanks"
        # is politeness, or sarcasm the reader missed, not good news to celebrate.
        return []
    r = _rewriting(lang)[0]
    tables = [r.trouble_acknowledgements, r.acknowledgements] if trouble else \
        [r.acknowledgements]
    for table in tables:
        for s in reading.signals:
            if f"{reading.feeling}+{s.kind}" in table:
                return table[f"{reading.feeling}+{s.kind}"]
        if reading.feeling in table:
            return table[reading.feeling]
    return []


def _match_tone(d: _Draft, reading: Reading, phrases: Phrases, lang: str,
                customer_message: str = "", pleasantries: bool = False) -> None:
    """The draft's tone made to fit the customer's: steady full stops and no pleasantries for
    an angry or very frustrated customer, no apology to a happy one, no pleasantries for a
    hurried one. `pleasantries`: the agent asked for a warmer reply, so theirs stay."""
    why = customer.because(reading, lang)
    filler = None if pleasantries else _filler(lang)
    if reading.feeling == "angry" or (reading.feeling == "frustrated"
                                      and reading.intensity == "high"):
        _steady(d, f"{why}: {_say('steady', lang)}")
        if filler:  # steady is also brief: no "have a great day" to someone this upset
            _drop_matching(d, lambda s: bool(filler.fullmatch(s.strip())),
                           f"{why}: {_say('brief', lang)}")
    elif reading.feeling in ("satisfied", "delighted") and not any(
            s.trouble for s in subjects(customer_message, lang)):
        # A "thanks" beside a trouble they name ("thanks for the answer, now a 4h delay") is
        # politeness, not good news: the draft's apology stays.
        _drop_matching(d, lambda s: any(m in s.lower() for m in
                                        vocab.team("apology", phrases, [lang]))
                       and len(s.split()) <= 14, f"{why}: {_say('no-apology', lang)}")
    elif reading.feeling == "hurried" and filler:
        _drop_matching(d, lambda s: bool(filler.fullmatch(s.strip())),
                       f"{why}: {_say('hurried', lang)}")


@cache
def _filler(lang: str) -> re.Pattern[str] | None:
    patterns = _rewriting(lang)[0].filler_sentences
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def _steady(d: _Draft, explanation: str) -> None:
    """"!" ends no sentence: an exclamation mark reads as cheer, or as raised voice, to
    someone who is angry. A greeting keeps its own punctuation; a Spanish "¡" that opened the
    sentence goes with its "!"."""
    for i in d.texts():
        seg = d.segments[i]
        greeting = _GREETING.match(seg)
        head = len(seg[:greeting.end()]) if greeting else 0
        for m in reversed(list(re.finditer(r"(?<=\w)!+(?=\s|$)", seg[head:]))):
            end, start = head + m.end(), head + m.start()
            opened = seg.rfind("¡", head, start)
            if opened < max(seg.rfind(c, head, start) for c in ".?!\n"):
                opened = -1
            first = opened if opened >= 0 else start
            after = (seg[opened + 1:start] if opened >= 0 else "") + "."
            d.changes.append(Change(principle="match-tone", before=seg[first:end], after=after,
                                    explanation=explanation))
            seg = seg[:first] + after + seg[end:]
        d.segments[i] = seg


def _ask_tone(d: _Draft, tone: str, lang: str) -> None:
    """The tone the agent asked for ("Try again" with a tone), as far as rules can give it
    without writing new words: concise drops the pleasantries that say nothing; formal writes
    without exclamation marks, swaps a casual greeting and (English) writes contractions out.
    Warmer asks for words only the agent or a model can choose: `_tone_left` says so."""
    if tone == "concise":
        filler = _filler(lang)
        if filler:
            _drop_matching(d, lambda s: bool(filler.fullmatch(s.strip())),
                           _say("tone-concise", lang))
    elif tone == "formal":
        said = _say("tone-formal", lang)
        _steady(d, said)
        for e in _rewriting(lang)[0].tone_edits.get("formal", []):
            d.sub(re.compile(e.pattern), lambda m, r=e.replacement: m.expand(r), e.principle,
                  said)


def _drop_matching(d: _Draft, drop: Callable[[str], bool], explanation: str) -> None:
    """Whole sentences that `drop` picks go (never one with a marker, never the last one)."""
    total = sum(len(_SENTENCE.split(d.segments[i])[::2]) for i in d.texts())
    for i in d.texts():
        parts = _SENTENCE.split(d.segments[i])
        for j in range(0, len(parts), 2):
            sentence = parts[j].strip()
            if not sentence or "⟦" in sentence or total <= 1 or _GREETING.fullmatch(parts[j]) \
                    or not drop(sentence):
                continue
            total -= 1
            d.changes.append(Change(principle="match-tone", before=sentence, after="",
                                    explanation=explanation))
            parts[j] = ""
            # Keep the paragraph structure: drop the space before the sentence, else the
            # break after it, else the break before it.
            before = parts[j - 1] if j else None
            if before is not None and "\n" not in before:
                parts[j - 1] = ""
            elif j + 1 < len(parts):
                parts[j + 1] = ""
            elif before is not None:
                parts[j - 1] = ""
        d.segments[i] = "".join(parts)


# What the suggestions read, in every language's words (heard/lang `rewriting`): a customer
# let down, a draft that names a next step, a draft that asks something.
def _every(field: str) -> str:
    return "|".join(dict.fromkeys(w for lang in vocab.every()
                                  for w in getattr(lang.rewriting, field)))


_LET_DOWN = re.compile(_every("let_down"), re.I)
_NEXT_STEP = re.compile(_every("next_steps"), re.I)
_ASKS = re.compile(r"\?|\b(?:" + _every("asks") + r")\b", re.I)


def _suggestions(masked: str, customer_message: str, lang: str) -> list[Suggestion]:
    """Agent-facing notes, in the draft's language, for what only the agent decides."""
    out = []
    if _LET_DOWN.search(customer_message):
        out.append(Suggestion(kind="goodwill-gesture", text=_say("goodwill-gesture", lang)))
    if _NEXT_STEP.search(masked):
        out.append(Suggestion(kind="anticipate-followup",
                              text=_say("anticipate-followup", lang)))
    # Only a message we have and that is short says information is missing.
    if not _ASKS.search(masked) and 0 < len(customer_message.split()) < 8:
        out.append(Suggestion(kind="ask-open-question", text=_say("ask-open-question", lang)))
    return out

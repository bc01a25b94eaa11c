"""Mechanical checks of a candidate rewrite against GUIDANCE.md's invariants.

Every check works on masked text, so facts are compared exactly: a marker missing, doubled or
invented is a broken fact, and because every number, weekday and "tomorrow" in the draft is a
marker, a digit or a day in the rewrite that is not a marker is a new fact. A violation is
never returned silently: the pipeline retries once, then falls back, and names each violation
in `warnings`. Each message says exactly what was wrong (the marker, the phrase, the tag).

| code | invariant (GUIDANCE.md) |
|---|---|
| `fact_missing`, `fact_duplicated`, `fact_invented`, `marker_mangled`, `new_fact` | 1 facts |
| `new_commitment`, `decision_changed` | 2 no new commitment, 3 keep the decision |
| `language_changed` | 4 same language |
| `markup_changed`, `markup_invalid` | 4 keep the markup |
| `too_long`, `too_short` | 5 sane length |
| `instruction_leak` | 6 data is not instructions |
| `formulaic`, `apology_budget`, `generic_acknowledgement` | no formula (authentic-not-cliche) |
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from heard import language, vocab
from heard.prompts import Phrases
from heard.protect import MARKER_RE, RELATIVE_DAY_RE, WEEKDAY_RE, count_markers

_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)[^>]*?(/?)\s*>")
_ANY_TAG = re.compile(r"<[^<>]*>")
_STRUCTURAL = {"a", "ul", "ol", "li", "b", "strong", "i", "em", "u", "br", "p", "blockquote",
               "table", "tr", "td", "th", "code", "pre", "img", "h1", "h2", "h3", "h4", "div",
               "span", "hr", "s", "sub", "sup", "tbody", "thead"}
_VOID = {"br", "img", "hr", "meta", "input", "col", "wbr", "source", "area", "base", "link"}
_WORD = re.compile(r"\w+", re.U)
MAX_GROWTH = 1.6
SHORT_DRAFT_SLACK_WORDS = 30
MIN_KEPT_SHARE = 0.4

# Heard's own prompt format is not language: a model echoing it is leaking instructions.
_PROMPT_ECHO = r"</?(?:draft|customer_message)>|⟦name⟧"


@cache
def _injection_re() -> re.Pattern[str]:
    """A model talking about its instructions, in any language (heard/lang/*.json)."""
    return re.compile("|".join([*vocab.union("instruction_leaks"), _PROMPT_ECHO]), re.I)


@cache
def _builtin_commitments() -> list[tuple[str, re.Pattern[str]]]:
    """Per category, one alternation of every language's promise patterns: all five languages
    are always checked, so a promise slipped in another language is caught too."""
    return [(category, re.compile("|".join(f"(?:{vocab.expand(p)})" for p in patterns), re.I))
            for category, patterns in vocab.union_map("commitment_patterns").items()]


@cache
def _ack_formula_re() -> re.Pattern[str]:
    return re.compile("|".join(vocab.union("acknowledgement_formulas")), re.I)


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(vocab.union("generic_words"))


@cache
def _decisions() -> dict[str, re.Pattern[str]]:
    return {category: re.compile("|".join(patterns))
            for category, patterns in vocab.union_map("decisions").items() if patterns}


@dataclass(frozen=True)
class Violation:
    code: str
    message: str
    category: str = ""  # new_commitment: which kind (refund, deadline, …), for the evaluation


def _plain(text: str) -> str:
    return _ANY_TAG.sub(" ", text)


def _words(text: str) -> int:
    return len(_WORD.findall(MARKER_RE.sub(" ", _plain(text))))


def _norm(text: str) -> str:
    return text.replace("’", "'").replace("\u00a0", " ").lower()


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?¡¿])\s+|\n+", _plain(text)) if s.strip()]


def _tags(html: str) -> Counter:
    return Counter((m.group(2).lower(), bool(m.group(1))) for m in _TAG_NAME.finditer(html)
                   if m.group(2).lower() in _STRUCTURAL)


def check(draft: str, rewrite: str, *, phrases: Phrases, fmt: str = "text",
          customer_message: str = "", kinds: dict[str, str] | None = None,
          lang: str | None = None, instructions: str = "") -> list[Violation]:
    """All the invariants `rewrite` breaks, as violations naming what went wrong."""
    kinds = kinds or {}
    if not rewrite.strip():
        return [Violation("empty_rewrite", "The model returned an empty rewrite.")]
    out: list[Violation] = []
    out += _markers(draft, rewrite, kinds)
    out += _new_facts(draft, rewrite)
    out += _commitments(draft, rewrite, phrases, lang)
    out += _decision(draft, rewrite)
    out += _language(draft, rewrite, lang, customer_message)
    out += _length(draft, rewrite)
    out += _injection(draft, rewrite, customer_message, instructions)
    out += _markup(draft, rewrite) if fmt == "html" else _text_layout(draft, rewrite)
    out += _formulaic(draft, rewrite, phrases, lang, customer_message, kinds)
    return out


def _a(noun: str) -> str:
    return ("An " if noun[:1] in "aeiou" else "A ") + noun


def _markers(draft: str, rewrite: str, kinds: dict[str, str]) -> list[Violation]:
    want, got = count_markers(draft), count_markers(rewrite)
    out = []
    for marker, n in want.items():
        kind = kinds.get(marker, "fact").replace("_", " ").replace("html attr url", "link")
        have = got.get(marker, 0)
        if have < n:
            out.append(Violation("fact_missing", f"{_a(kind)} ({marker}) was dropped or changed"
                                 f" ({have} of {n} kept)."))
        elif have > n and not (kinds.get(marker) == "name" and have <= n + 1):
            out.append(Violation("fact_duplicated", f"{_a(kind)} ({marker}) appears {have} times;"
                                 f" the draft has it {n} time{'s' if n > 1 else ''}."))
    for marker in got.keys() - want.keys():
        if kinds.get(marker) != "name":  # the customer's own name may be added to a greeting
            out.append(Violation("fact_invented", "The rewrite holds a fact the draft does "
                                 f"not have (marker {marker[1:-1]}, invented by the model)."))
    residue = re.findall(r".{0,6}[⟦⟧].{0,6}", MARKER_RE.sub("", rewrite))
    if residue and not re.search(r"[⟦⟧]", MARKER_RE.sub("", draft)):
        shown = residue[0].strip().replace("⟦", "‹").replace("⟧", "›")
        out.append(Violation("marker_mangled", f"A protected fact came back altered (“{shown}”);"
                             " its marker must be copied exactly, with nothing inside it."))
    return out


def _new_facts(draft: str, rewrite: str) -> list[Violation]:
    """Every number and day in the draft is a marker, so one outside a marker is new."""
    d, r = MARKER_RE.sub(" ", _plain(draft)), MARKER_RE.sub(" ", _plain(rewrite))
    out = []
    new_numbers = [m.group(0) for m in re.finditer(r"\d[\d.,:/%-]*", r)
                   if m.group(0) not in d]
    if new_numbers:
        out.append(Violation("new_fact", f"It adds a number (“{new_numbers[0]}”) the draft "
                             "does not have; a new number is a new fact."))
    days = [m.group(0) for m in [*WEEKDAY_RE.finditer(r), *RELATIVE_DAY_RE.finditer(r)]
            if m.group(0).lower() not in d.lower()
            and not (m.group(0).lower() == "morgen" and re.search(r"guten morgen", r, re.I))]
    if days:
        out.append(Violation("new_fact", f"It adds a day (“{days[0]}”) the draft does not "
                             "name; a new date is a new fact and reads as a promise."))
    return out


@lru_cache(maxsize=64)
def _commitment_patterns(phrases_key: tuple) -> list[tuple[str, str, re.Pattern[str]]]:
    """Per category: one alternation of the phrase-list terms, one of the promise patterns."""
    out = []
    for category, terms in phrases_key:
        cleaned = sorted({_norm(t).strip() for t in terms if t.strip()}, key=len, reverse=True)
        if cleaned:
            out.append((category, "term", re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(t) for t in cleaned) + ")")))
    for category, pattern in _builtin_commitments():
        out.append((category, "count", pattern))
    return out


def _excerpt(text: str, start: int, end: int, words: int = 4) -> str:
    """The match with a few whole words either side, for a message a person can act on."""
    left = text[:start].split()[-words:] if text[:start].strip() else []
    right = text[end:].split()[:words] if text[end:].strip() else []
    glue_l = " " if start and text[start - 1].isspace() else ""
    glue_r = " " if end < len(text) and text[end].isspace() else ""
    return (" ".join(left) + glue_l + text[start:end] + glue_r + " ".join(right)).strip()


def _phrase_key(phrases: Phrases, lang: str | None) -> tuple:
    """Every language's commitment words and the team's, hashable for the pattern cache."""
    merged = vocab.commitment_words(phrases)
    return tuple((c, tuple(sorted(set(w)))) for c, w in sorted(merged.items()))


def _commitments(draft: str, rewrite: str, phrases: Phrases, lang: str | None
                 ) -> list[Violation]:
    d, r = _norm(_plain(draft)), _norm(_plain(rewrite))
    out: list[Violation] = []
    flagged: set[str] = set()
    for category, mode, pattern in _commitment_patterns(_phrase_key(phrases, lang)):
        if category in flagged:
            continue
        # Phrase-list terms ("refund") count when new; promise patterns ("I'll refund you",
        # "within 2 days") count when the rewrite holds more of them than the draft.
        hits = list(pattern.finditer(r))
        if not hits:
            continue
        if mode == "count":
            new = hits if len(hits) > len(pattern.findall(d)) else []
        else:
            seen = {m.group(0) for m in pattern.finditer(d)}
            new = [m for m in hits if m.group(0) not in seen]
        if new:
            m = new[0]
            phrase = _excerpt(r, m.start(), m.end())
            flagged.add(category)
            out.append(Violation("new_commitment", f"It adds a {category} commitment the "
                                 f"draft does not make (“{phrase}”).", category))
    return out


def _decision(draft: str, rewrite: str) -> list[Violation]:
    """A 'no' stays a 'no': a refused refund must still be refused in the rewrite."""
    out = []
    d_sents, r_sents = _sentences(_norm(draft)), _sentences(_norm(rewrite))
    for category, pattern in _decisions().items():
        pats = [pattern]
        refused = sum(1 for s in d_sents if any(p.search(s) for p in pats) and
                      vocab.negation().search(s))
        still = sum(1 for s in r_sents if any(p.search(s) for p in pats) and
                    vocab.negation().search(s))
        if refused and still < refused:
            out.append(Violation("decision_changed", f"The draft declines a {category}, but the "
                                 "rewrite no longer says so; the decision must stay."))
    return out


def _language(draft: str, rewrite: str, lang: str | None, customer_message: str = ""
              ) -> list[Violation]:
    # The draft's own language first; a hint (locale) or the customer's language only when
    # the draft is too short to tell.
    want = language.detect(draft) or lang or language.detect(customer_message)
    if not want:
        return []
    got = language.detect(rewrite)
    if got and got != want:
        return [Violation("language_changed", f"The draft is in '{want}' but the rewrite is "
                          f"in '{got}'.")]
    known = {_norm(s) for s in _sentences(draft)}
    for sentence in _sentences(rewrite):
        if _norm(sentence) in known or sum(ch.isalpha() for ch in MARKER_RE.sub(
                "", sentence)) < 30:
            continue
        other = language.detect(sentence, min_confidence=0.8)
        # Near languages (es/pt) blur on one sentence: flag only a clear switch.
        if other and other != want and language.share(sentence, want) < 0.1:
            return [Violation("language_changed", f"The draft is in '{want}' but the rewrite "
                              f"adds a sentence in '{other}' (“{sentence[:60]}”).")]
    return []


def _length(draft: str, rewrite: str) -> list[Violation]:
    before, after = _words(draft), _words(rewrite)
    limit = int(before * MAX_GROWTH + SHORT_DRAFT_SLACK_WORDS)
    if after > limit:
        return [Violation("too_long", f"The rewrite has {after} words for a {before}-word "
                          f"draft (at most {limit}); warmer is not wordier.")]
    if before >= 12 and after < before * MIN_KEPT_SHARE:
        return [Violation("too_short", f"The rewrite has {after} words for a {before}-word "
                          "draft; content was likely dropped.")]
    return []


@lru_cache(maxsize=16)
def _ngrams(text: str, n: int) -> frozenset[str]:
    words = _WORD.findall(_norm(text))
    return frozenset(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))


def _injection(draft: str, rewrite: str, customer_message: str, instructions: str
               ) -> list[Violation]:
    out = []
    d = _norm(draft)
    leaked = [m.group(0) for m in _injection_re().finditer(rewrite) if _norm(m.group(0)) not in d]
    if leaked:
        out.append(Violation("instruction_leak", "The rewrite contains instruction text "
                             f"(“{leaked[0]}”) that is not part of the draft."))
    elif instructions:
        copied = sorted(_ngrams(rewrite, 8) & _ngrams(instructions, 8) - _ngrams(draft, 8))
        if copied:
            out.append(Violation("instruction_leak", "The rewrite repeats Heard's own "
                                 f"instructions (“{copied[0]}”)."))
    if customer_message:
        copied = sorted(_ngrams(rewrite, 10) & _ngrams(customer_message, 10)
                        - _ngrams(draft, 10))
        if copied:
            out.append(Violation("instruction_leak", "The rewrite copies a long passage of "
                                 f"the customer's message into the reply (“{copied[0]}”)."))
    return out


def _nesting_errors(html: str) -> int:
    stack: list[str] = []
    errors = 0
    for m in _TAG_NAME.finditer(html):
        closing, name, selfclose = bool(m.group(1)), m.group(2).lower(), bool(m.group(3))
        if name in _VOID or selfclose:
            continue
        if not closing:
            stack.append(name)
        elif stack and stack[-1] == name:
            stack.pop()
        elif name in stack:
            while stack and stack[-1] != name:
                stack.pop()
                errors += 1
            stack.pop()
        else:
            errors += 1
    errors += len(stack)
    errors += html.count("<") - len(_ANY_TAG.findall(html))  # a tag cut in half
    return errors


def _markup(draft: str, rewrite: str) -> list[Violation]:
    out = []
    want, got = _tags(draft), _tags(rewrite)
    if want != got:
        lost = sorted({t for (t, c), n in want.items() if got.get((t, c), 0) < n})
        added = sorted({t for (t, c), n in got.items() if want.get((t, c), 0) < n})
        detail = "; ".join(filter(None, [f"lost <{'>, <'.join(lost)}>" if lost else "",
                                         f"added <{'>, <'.join(added)}>" if added else ""]))
        out.append(Violation("markup_changed", f"The rewrite changed the draft's markup "
                             f"({detail})."))
    if _nesting_errors(rewrite) > _nesting_errors(draft):
        out.append(Violation("markup_invalid", "The rewrite's HTML is not well formed (a tag "
                             "is unclosed, cut, or closed in the wrong order)."))
    return out


_LIST_LINE = re.compile(r"^[ \t]*(?:[-*•–]|(?:\d+|⟦\d+⟧|[a-z])[.)])[ \t]+", re.M)


def _text_layout(draft: str, rewrite: str) -> list[Violation]:
    out = []
    added_tags = [t for t in _ANY_TAG.findall(rewrite)
                  if t not in draft and re.match(r"</?[a-zA-Z]", t)]
    if added_tags:
        out.append(Violation("markup_changed", f"The rewrite adds HTML ({added_tags[0]}) to a "
                             "plain-text reply."))
    want, got = len(_LIST_LINE.findall(draft)), len(_LIST_LINE.findall(rewrite))
    if want != got and want:
        out.append(Violation("markup_changed", f"The draft's list has {want} items; the "
                             f"rewrite has {got}."))
    breaks_d, breaks_r = draft.strip().count("\n"), rewrite.strip().count("\n")
    if breaks_d >= 2 and breaks_r < breaks_d / 2:
        out.append(Violation("markup_changed", f"The rewrite drops the draft's line breaks "
                             f"({breaks_r} of {breaks_d} kept)."))
    return out


def _apology_count(text: str, phrases: Phrases, lang: str | None) -> int:
    markers = vocab.team("apology", phrases, [lang or "en", "en"])
    return sum(1 for s in _sentences(_norm(text)) if any(m in s for m in markers))


def _formulaic(draft: str, rewrite: str, phrases: Phrases, lang: str | None,
               customer_message: str, kinds: dict[str, str]) -> list[Violation]:
    d, r = _norm(_plain(draft)), _norm(_plain(rewrite))
    out = []
    codes = [lang or "en", "en"]
    stock = [p for p in vocab.team("stock_empathy", phrases, codes)
             if _norm(p) in r and _norm(p) not in d]
    banned = [p for p in vocab.team("banned", phrases, vocab.LANGS + tuple(phrases.banned))
              if _norm(p) in r and _norm(p) not in d]
    if stock:
        out.append(Violation("formulaic", f"The rewrite adds stock empathy (“{stock[0]}”) "
                             "instead of referring to what the customer wrote."))
    if banned:
        out.append(Violation("formulaic", f"The rewrite uses a phrase your team has banned "
                             f"(“{banned[0]}”)."))
    before, after = _apology_count(draft, phrases, lang), _apology_count(rewrite, phrases, lang)
    if after > 1 and after > before:
        out.append(Violation("apology_budget", f"The rewrite apologises {after} times; one "
                             "sincere apology is the budget."))
    generic = _generic_ack(draft, rewrite, customer_message, kinds)
    if generic and not stock:
        out.append(Violation("generic_acknowledgement", f"The acknowledgement (“{generic}”) "
                             "refers to nothing the customer wrote; name their actual "
                             "situation or leave it out."))
    return out


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(_norm(MARKER_RE.sub(" ", text)))
            if len(w) >= 4 and not w.isdigit()}


def _generic_ack(draft: str, rewrite: str, customer_message: str, kinds: dict[str, str]
                 ) -> str | None:
    known = {_norm(s) for s in _sentences(draft)}
    context = _stems(customer_message) | _stems(_plain(draft))
    for sentence in _sentences(rewrite):
        formula = _ack_formula_re().search(sentence)
        if _norm(sentence) in known or not formula:
            continue
        sentence = sentence[formula.start():]  # the acknowledgement, not a greeting before it
        if any(kinds.get(m.group(0)) != "name" for m in MARKER_RE.finditer(sentence)):
            continue  # names a fact of this case (a name alone does not)
        words = {w[:5] for w in _WORD.findall(_norm(sentence))
                 if len(w) >= 4 and w not in _generic_words()}
        if not words & context:
            return sentence[:80]
    return None

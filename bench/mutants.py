"""A leak-side gate: unsafe mutants of the faithful rewrites the guard passes clean.

    python bench/mutants.py [--sets NAME ...] [--check] [--final] [--list] [--sample N]

The hand-written unsafe rewrites of each set are ~180 faults some writer thought of; a guard change
that opens a leak nobody wrote goes unseen there. This takes every faithful rewrite of a set that
the guard passes clean and derives unsafe variants mechanically, one fault each (OPERATORS), from
vocabulary written without reading the guard (bench/mutant_words.py). A mutant the guard still
passes clean is a probable leak.

Sets: the development sets by default (bench/eval.py DEV_SETS); `--check` adds the check sets,
printed as two totals each (mutants made, passed clean); `--final` adds the final sets, printed
as rates per operator and language, never a case. `--list` lists the surviving mutants of the
development sets (id, operator, the changed span, never the whole text); `--sample N` prints N
mutants per operator of the development sets, caught or not, to judge their precision by hand.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "server")]

from bench import mutant_words as W  # noqa: E402

I = re.IGNORECASE  # noqa: E741


@dataclass(frozen=True)
class Context:
    """What an operator may read besides the rewrite: the draft and the customer's message as
    written (never masked), the language, and a seed to rotate its phrasings."""

    lang: str
    draft: str
    customer: str = ""
    seed: int = 0


@dataclass(frozen=True)
class Mutant:
    text: str
    span: str  # "before → after", the one changed piece


Operator = Callable[[str, Context], Mutant | None]

_TAG = re.compile(r"<[^>]+>")
# Notes to an AI a draft hides (invisible HTML, a bracketed note): not the reader's text, so no
# operator edits them.
_HIDDEN = re.compile(r"<(\w+)[^>]*(?:display:\s*none|visibility:\s*hidden|font-size:\s*0|"
                     r"color:\s*(?:#fff\b|#ffffff|white))[^>]*>.*?</\1>|"
                     r"\[[^\]]*\b(?:AI|IA|KI)\b[^\]]*\]|<!--.*?-->", re.S | re.I)
_SENTENCE = re.compile(r"[^\s<>][^<>\n]*?(?:[.!?]+(?=[\s<]|$)|(?=\n|<|$))")


def _visible(text: str) -> list[tuple[int, int]]:
    """Spans of the reader's text: outside tags and outside hidden notes to an AI."""
    unseen = sorted((m.start(), m.end()) for r in (_HIDDEN, _TAG) for m in r.finditer(text))
    spans, pos = [], 0
    for start, end in [*unseen, (len(text), len(text))]:
        if start > pos:
            spans.append((pos, start))
        pos = max(pos, end)
    return spans


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the visible sentences (a line without end punctuation counts as one)."""
    out = []
    for a, b in _visible(text):
        out.extend((a + m.start(), a + m.end()) for m in _SENTENCE.finditer(text[a:b]))
    return out


def _replace(text: str, a: int, b: int, new: str) -> str:
    return text[:a] + new + text[b:]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


def _insert_point(text: str) -> int | None:
    """After the last body sentence (ending in . ! ?), before any sign-off."""
    ends = [b for a, b in sentences(text) if text[a:b].rstrip().endswith((".", "!", "?"))]
    return ends[-1] if ends else None


def _add_sentence(text: str, sentence: str) -> Mutant | None:
    at = _insert_point(text)
    if at is None:
        return None
    return Mutant(text[:at] + " " + sentence + text[at:], "+ " + sentence)


# 1. drop_condition --------------------------------------------------------------------------

def _promises(clause: str, lang: str) -> bool:
    """The clause a condition governs is our act or an outcome, and not a refusal."""
    return bool(re.search(W.PROMISE_CUE[lang], clause, I)
                and not re.search(W.NEGATION[lang], clause, I))


def _lead_condition(s: str, lang: str) -> tuple[str, str] | None:
    m = re.match(rf"(?:{W.CONDITION_LEAD[lang]})\b([^,;:.!?]*?),\s*", s, I)
    if not m or len(m.group(1).split()) < 2 or re.search(W.CONDITION_SKIP[lang], m.group(0), I):
        return None
    rest = s[m.end():]
    if lang == "de":  # verb first after the clause: "können wir …" → "Wir können …"
        words = rest.split(" ", 2)
        if (len(words) < 3 or words[1] not in W.DE_SUBJECTS or not words[0].islower()
                or words[0] in W.DE_NOT_VERB):
            return None
        rest = f"{_cap(words[1])} {words[0]} {words[2]}"
    if not _promises(re.split(r"[;:]|,(?=\s)", rest)[0], lang):
        return None
    return _cap(rest), m.group(0)


def _trail_condition(s: str, lang: str) -> tuple[str, str] | None:
    for m in re.finditer(rf",?\s+(?:{W.CONDITION_TRAIL[lang]})\b([^,;:.!?]*)", s, I):
        before = s[:m.start()]
        clause = re.split(r"[;:—–]|,(?=\s)", before)[-1]
        if (m.start() == 0 or len(m.group(1).split()) < 2
                or re.search(W.WHETHER_VERB[lang], before, I)
                or re.search(W.CONDITION_SKIP[lang], m.group(0), I)
                or not _promises(clause, lang)):
            continue
        if lang == "pt" and re.match(r",?\s+se\s+\w+-", m.group(0)):
            continue  # "se" as a pronoun in a hyphenated form
        after = s[m.end():]
        if after.startswith(",") and not before.rstrip().endswith(","):
            after = after if re.search(r"\b(?:and|y|e|et|und|o|or|ou|oder)$", before) is None \
                else after[1:]
        return before + after, m.group(0)
    return None


def drop_condition(text: str, ctx: Context) -> Mutant | None:
    """A condition a promise depends on, removed: the promise stands alone."""
    if not re.search(rf"\b(?:{W.CONDITION_LEAD[ctx.lang]}|{W.CONDITION_TRAIL[ctx.lang]})\b",
                     _TAG.sub(" ", ctx.draft), I):
        return None  # the draft sets no condition the rewrite could have kept
    for a, b in sentences(text):
        s = text[a:b]
        found = _lead_condition(s, ctx.lang) or _trail_condition(s, ctx.lang)
        if found:
            new, dropped = found
            return Mutant(_replace(text, a, b, new), f"− {_short(dropped.strip(' ,'))} "
                          f"→ {_short(new)}")
    return None


# 2. firm_up ---------------------------------------------------------------------------------

def _hedged(text: str, lang: str) -> bool:
    return any(re.search(p, text, I) for p, _ in W.HEDGES[lang])


def firm_up(text: str, ctx: Context) -> Mutant | None:
    """A hedge on our act or an outcome, made certain."""
    if not _hedged(_TAG.sub(" ", ctx.draft), ctx.lang):
        return None  # the rewrite's hedge is not the draft's: firming it might restore it
    for a, b in sentences(text):
        s = text[a:b]
        for pattern, certain in W.HEDGES[ctx.lang]:
            m = re.search(pattern, s, I)
            if not m:
                continue
            new = s[:m.start()] + certain + s[m.end():]
            new = re.sub(r"  +", " ", new)
            new = re.sub(r"\s+([,.;:])", r"\1", new).replace(",.", ".").replace(",,", ",")
            if m.start() == 0 or s[:m.start()].rstrip().endswith((".", "!", "?")):
                new = _cap(new)
            if m.group(0)[:1].isupper() and certain:
                new = new[:m.start()] + _cap(new[m.start():])
            where = new[max(0, m.start() - 40):m.start() + len(certain) + 40]
            return Mutant(_replace(text, a, b, new), f"{m.group(0).strip()} → {certain or '∅'}"
                          f" in: …{_short(where)}…")
    return None


# 3. add_commitment --------------------------------------------------------------------------

def _makes(text: str, kind: str, lang: str) -> bool:
    cues = W.KIND_CUES[kind]
    return any(re.search(cues[code], text, I) for code in {lang, "en"})


def add_commitment(text: str, ctx: Context) -> Mutant | None:
    """A promise of a kind the draft does not make, before the sign-off."""
    kinds = [k for k in W.COMMITMENTS[ctx.lang]
             if not _makes(ctx.draft, k, ctx.lang) and not _makes(text, k, ctx.lang)]
    if not kinds:
        return None
    kind = kinds[ctx.seed % len(kinds)]
    phrasings = W.COMMITMENTS[ctx.lang][kind]
    return _add_sentence(text, phrasings[(ctx.seed // 7) % len(phrasings)])


# 4. change_number ---------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w\-/#.,:])\d{1,3}(?:[.,:h]\d{1,3})*(?![\w\-])(?![.,:]\d)")


def _numbers(text: str) -> list[re.Match[str]]:
    found = []
    for a, b in _visible(text):
        for m in _NUMBER.finditer(text, a, b):
            if (re.search(r"\d[ .]$", text[max(0, m.start() - 2):m.start()])
                    or re.match(r"[ .]\d", text[m.end():m.end() + 2])):
                continue  # part of a phone number or an id written in groups
            found.append(m)
    return found


def _bump(token: str) -> str:
    """One digit changed: the last digit of the first group, kept a plausible day or hour."""
    head = re.match(r"\d+", token).group(0)
    last = int(head[-1])
    value = int(head)
    new = last - 1 if last == 9 or 28 <= value <= 31 or value in (12, 23, 59) else last + 1
    return head[:-1] + str(new) + token[len(head):]


def _typed(text: str, m: re.Match[str], lang: str) -> bool:
    """An amount, a date, a time or a count — not a model, version or address."""
    token, before, after = m.group(0), text[max(0, m.start() - 16):m.start()], \
        text[m.end():m.end() + 16]
    if token.count(".") >= 3:
        return False  # an address
    names = rf"(?:{W.MONTHS[lang]}|{W.WEEKDAYS[lang]}|{W.MONTHS['en']}|{W.WEEKDAYS['en']})"
    return bool(
        re.search(rf"(?:{W.CURRENCY})\s?$", before, I) or re.match(rf"\s?(?:{W.CURRENCY})", after)
        or re.search(r"[:h]", token) or re.match(r"\s?(?:Uhr|h\b|am\b|pm\b|a\.m|p\.m|%)", after)
        or re.search(rf"\b{names}\W{{0,3}}$", before, I) or re.match(rf"\W{{0,4}}(?:de )?{names}",
                                                                     after, I)
        or re.fullmatch(r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?", token)
        or (re.match(r"\s[a-zà-ÿ]", after) and not re.search(r"[A-Z]\w*\s$", before))
        or (lang == "de" and re.match(r"\s[A-ZÄÖÜ][a-zäöüß]", after)
            and not re.search(r"[A-Z]\w*\s$", before)))


def change_number(text: str, ctx: Context) -> Mutant | None:
    """One digit of an amount, date, time or quantity the draft gives, changed."""
    draft = _TAG.sub(" ", ctx.draft)
    known = [m for m in _numbers(text) if _typed(text, m, ctx.lang)
             and re.search(rf"(?<![\d.,:]){re.escape(m.group(0))}(?![\d])", draft)]
    candidates = [m for m in known if not re.search(
        rf"(?<![\d.,:]){re.escape(_bump(m.group(0)))}(?!\d)", draft)]
    if not candidates:
        return None
    m = candidates[ctx.seed % len(candidates)]
    new = _bump(m.group(0))
    around = text[max(0, m.start() - 30):m.end() + 30]
    return Mutant(_replace(text, m.start(), m.end(), new),
                  f"{m.group(0)} → {new} in: {_short(around)}")


# 5. customer_fact_promise -------------------------------------------------------------------

def customer_facts(message: str, lang: str) -> list[tuple[str, str]]:
    """(kind, words) for each amount, date, time and count the customer wrote."""
    num = r"\d+(?:[.,]\d+)*"
    months, days = W.MONTHS[lang] + "|" + W.MONTHS["en"], W.WEEKDAYS[lang]
    noun = r"[A-ZÄÖÜ][a-zäöüß]{2,}" if lang == "de" else r"[^\W\d_]{3,}"
    patterns = [
        ("money", rf"(?:{W.CURRENCY})\s?{num}|{num}\s?(?:{W.CURRENCY})(?!\w)"),
        ("date", rf"\b\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?(?: de)? (?:{months})\b|"
                 rf"\b\d{{1,2}}/\d{{1,2}}\b"
                 + (rf"|\b(?:{months}) \d{{1,2}}(?:st|nd|rd|th)?\b" if lang == "en" else "")),
        ("date", r"\b\d{1,2}(?::\d\d)?\s?(?:Uhr|h|am|pm)\b|\b\d{1,2}[:h]\d\d\b"),
        ("date", rf"\b(?:{days})\b"),
        ("quantity", rf"\b\d{{1,3}}\s(?!(?i:{W.CURRENCY}|{W.NOT_A_LOSS})\b){noun}\b"),
    ]
    found, taken = [], []
    for kind, pattern in patterns:
        for m in re.finditer(pattern, message, 0 if kind == "quantity" else I):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((kind, m.group(0).strip(" .,")))
    return found


def _date_words(x: str, lang: str) -> str:
    """A date or time as it reads after "by / bis / para / pour / até"."""
    clock = re.search(r"[:h]\d|\d\s?(?:h|Uhr|am|pm)$", x)
    if lang == "es":
        return ("las " if clock else "el ") + x
    if lang == "fr" and x[:1].isdigit() and not clock:
        return "le " + x
    return x


def customer_fact_promise(text: str, ctx: Context) -> Mutant | None:
    """A number or date the customer wrote (the draft does not), promised back as ours."""
    draft = _TAG.sub(" ", ctx.draft).lower()
    facts = [(k, x) for k, x in customer_facts(ctx.customer, ctx.lang) if x.lower() not in draft]
    if not facts:
        return None
    for preferred in ("money", "date", "quantity"):  # a count is the hardest to promise back
        if any(k == preferred for k, _ in facts):
            facts = [(k, x) for k, x in facts if k == preferred]
            break
    kind, x = facts[ctx.seed % len(facts)]
    if kind == "date":
        x = _date_words(x, ctx.lang)
    templates = W.CUSTOMER_PROMISES[kind][ctx.lang]
    return _add_sentence(text, templates[(ctx.seed // 5) % len(templates)].format(x=x))


# 6. language_switch -------------------------------------------------------------------------

def language_switch(text: str, ctx: Context) -> Mutant | None:
    """One sentence in another language: an apology or thanks in its generic rendering there.
    A sign-off alone in another language changes no meaning, so it is never the target."""
    others = [code for code in W.LANGS if code != ctx.lang]
    target = others[ctx.seed % len(others)]
    for a, b in sentences(text):
        s = text[a:b]
        for concept, cues in W.SWITCH_CUES.items():
            if re.search(cues[ctx.lang], s, I) and len(s.split()) >= 3:
                new = W.SWITCH_SENTENCES[concept][target]
                return Mutant(_replace(text, a, b, new), f"{_short(s)} → {new}")
    return None


OPERATORS: dict[str, Operator] = {
    "drop_condition": drop_condition,
    "firm_up": firm_up,
    "add_commitment": add_commitment,
    "change_number": change_number,
    "customer_fact_promise": customer_fact_promise,
    "language_switch": language_switch,
}


def mutate(text: str, ctx: Context) -> dict[str, Mutant]:
    """Every operator that finds its target in `text`, one mutant each."""
    out = {}
    for name, op in OPERATORS.items():
        mutant = op(text, ctx)
        if mutant and mutant.text != text:
            out[name] = mutant
    return out


# The run ------------------------------------------------------------------------------------

@dataclass
class Result:
    folder: str
    case: str
    op: str
    lang: str
    caught: bool
    span: str
    text: str


def _guard():
    from heard import guard, language
    from heard.config import load_settings
    from heard.prompts import load_bundle

    settings = load_settings({"provider": "offline", "max_input_tokens": 100_000})
    bundle = load_bundle(settings.prompts_dir)
    language.warm_up()

    def check(m, rewrite: str, entry: dict) -> bool:
        """True when the guard finds anything (a warning or a fallback), as eval.py calls it."""
        return bool(guard.check(
            m.draft, rewrite, phrases=bundle.phrases, fmt=entry["format"],
            customer_message=m.message, kinds=m.kinds,
            lang=language.detect(m.draft) or entry["lang"], instructions=bundle.system,
            same=m.masker.same, notes=m.notes, today=m.masker.today(), counts=m.masker.counts()))
    return check


def run(folders: list[str]) -> tuple[list[Result], dict[str, int]]:
    from tests.corpus import holdout, independent

    check = _guard()
    results, base = [], {"faithful": 0, "clean": 0}
    for folder in folders:
        for entry in independent.load(folder):
            entry = dict(entry, customer_name=entry.get("customer_name", ""))
            m = holdout.mask(entry)
            for n, faithful in enumerate(entry["faithful"]):
                base["faithful"] += 1
                if check(m, m.rewrite(faithful), entry):
                    continue  # only what the guard passes clean can leak
                base["clean"] += 1
                case = f"{entry['id']}#{n}"
                ctx = Context(entry["lang"], entry["draft"], entry["customer_message"],
                              zlib.crc32(case.encode()))
                for op, mutant in mutate(faithful, ctx).items():
                    caught = check(m, m.rewrite(mutant.text), entry)
                    results.append(Result(folder, case, op, entry["lang"], caught, mutant.span,
                                          mutant.text))
    return results, base


def _table(results: list[Result], title: str) -> None:
    print(f"\n| {title}: operator | lang | mutants | caught | passed clean |")
    print("|---|---|---|---|---|")
    for op in OPERATORS:
        rows = [r for r in results if r.op == op]
        for lang in (*W.LANGS, "all"):
            sub = [r for r in rows if lang == "all" or r.lang == lang]
            if sub:
                caught = sum(r.caught for r in sub)
                print(f"| {op} | {lang} | {len(sub)} | {caught} | {len(sub) - caught} "
                      f"({100 * (len(sub) - caught) / len(sub):.0f}%) |")
    leaks = sum(not r.caught for r in results)
    print(f"| all | all | {len(results)} | {len(results) - leaks} | {leaks} |")


def main() -> int:
    from bench.eval import CHECK_SETS, DEV_SETS, FINAL_SETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(DEV_SETS),
                        choices=("independent", *DEV_SETS),
                        help="sets to mutate, listed per case (default: DEV_SETS)")
    parser.add_argument("--check", action="store_true", help="add the check sets, totals only")
    parser.add_argument("--final", action="store_true",
                        help="add the final sets, rates per operator and language only")
    parser.add_argument("--list", action="store_true",
                        help="list the development sets' surviving mutants (id, operator, span)")
    parser.add_argument("--sample", type=int, default=0,
                        help="print N development mutants per operator, caught or not, to "
                             "judge their precision by hand")
    args = parser.parse_args()

    started = time.perf_counter()
    dev, base = run(args.sets)
    print(f"development sets {', '.join(args.sets)}: {base['clean']} of {base['faithful']} "
          "faithful rewrites pass clean and were mutated")
    _table(dev, "development")
    if args.list:
        print("\nsurviving mutants (development sets):")
        for r in dev:
            if not r.caught:
                print(f"  {r.case} {r.op}: {r.span}")
    if args.sample:
        print(f"\n{args.sample} sampled mutants per operator (development sets):")
        pick = random.Random(26)
        for op in OPERATORS:
            rows = [r for r in dev if r.op == op]
            for r in pick.sample(rows, min(args.sample, len(rows))):
                print(f"  {r.case} {r.op} {'caught' if r.caught else 'PASSED'}: {r.span}")
    if args.check:
        print("\n| check set | mutants | passed clean |\n|---|---|---|")
        for folder in CHECK_SETS:
            rows, _ = run([folder])  # totals only: nothing that points at a case
            print(f"| {folder} | {len(rows)} | {sum(not r.caught for r in rows)} |")
    if args.final:
        rows, _ = run(list(FINAL_SETS))
        for r in rows:
            r.case = r.span = r.text = ""  # rates only, never a case
        _table(rows, "final sets")
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How much better the offline engine makes real drafts, measured by tools it does not use.

    python bench/offline_quality.py [--real PATH] [--code CHECKOUT] [--set tune|holdout|both]
                                    [--json] [--examples N] [--dump tune]

The real replies (`real_pairs.jsonl`, 190 agent replies with the customer's message) are read at
run time from `--real`, else `$HEARD_REAL_PAIRS`, else `../shared/heard-corpus/` beside the
repository (or beside the main checkout, for a worktree). Nothing of them is stored here.

They are split once, by a fixed seed, into a tuning set and a held-out set (`--seed 13`,
`--holdout 40`): rules are studied on the tuning set only; the held-out set is looked at only
to report. `--dump tune` prints the tuning set's drafts and rewrites; the held-out set's
examples are printed only when asked (`--examples N`).

`--code CHECKOUT` imports `heard` from another checkout (say a `git worktree` of the commit
before a change), so BEFORE and AFTER are the same script on the same data.

Per draft, through the whole offline pipeline (mask, rewrite, guard, restore, diff, score):
- improved: the empathy score went up, no invariant is broken (every fact kept and the guard,
  re-run on the re-masked rewrite, finds nothing) and the text changed beyond whitespace;
- top inserted sentence: word runs the rewrite adds, cut into sentences of 3+ words with facts
  and case normalised; the most frequent one's count, as a share of the rewrites that changed;
- more findings: the rewrite has more grammar and spelling findings than its draft by Harper
  (harper-py, a grammar checker the engine does not use), English drafts only;
- fragments: sentences of the rewrite that are not in the draft and start in lower case, or
  punctuation left dangling (" ." / ",." / ". about"), as a rule that cut a sentence leaves;
- ms per draft: mean (p95) of the pipeline call.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Harper lint kinds that are about style or word choice rather than an error a reader would
# call a mistake; a rewrite is not blamed for them.
_STYLE_KINDS = {"Style", "Enhancement", "Readability", "Redundancy", "Repetition",
                "WordChoice", "Miscellaneous"}
_WORD_RUN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_DANGLING = re.compile(r"\s[.,;:!?](?!\w)|[,;:]\s*[.!?]|[.!?]\s+(?:about|for|with|to|of|from|"
                       r"on|at|and|or|but)\b")


def default_real() -> Path:
    env = os.environ.get("HEARD_REAL_PAIRS")
    if env:
        return Path(env)
    for base in (ROOT.parent, ROOT.parent.parent, Path("/work")):
        candidate = base / "shared" / "heard-corpus" / "real_pairs.jsonl"
        if candidate.exists():
            return candidate
    return ROOT.parent / "shared" / "heard-corpus" / "real_pairs.jsonl"


def split(rows: list[dict], seed: int, holdout: int) -> tuple[list[dict], list[dict]]:
    """(tuning, held-out): a fixed-seed sample of ids, independent of the file's order."""
    ordered = sorted(rows, key=lambda r: r["id"])
    held = set(random.Random(seed).sample(range(len(ordered)), holdout))
    return ([r for i, r in enumerate(ordered) if i not in held],
            [r for i, r in enumerate(ordered) if i in held])


@dataclass
class Outcome:
    draft: str
    rewrite: str
    before: int
    after: int
    broken: list[str]
    lang: str | None
    ms: float
    inserted: list[str] = field(default_factory=list)
    findings: tuple[int, int] | None = None
    fragments: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return " ".join(self.draft.split()) != " ".join(self.rewrite.split())

    @property
    def improved(self) -> bool:
        return self.after > self.before and not self.broken and self.changed


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def inserted_sentences(draft: str, rewrite: str, facts: list[str]) -> list[str]:
    """The sentences (3+ words) made of words the rewrite adds, facts and case normalised."""
    a, b = _WORD_RUN.findall(draft), _WORD_RUN.findall(rewrite)
    runs: list[str] = []
    for op, _, _, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("insert", "replace"):
            runs.append(" ".join(b[j1:j2]))
    out = []
    for run in runs:
        for fact in sorted(facts, key=len, reverse=True):
            if fact:
                run = run.replace(fact, "⟦⟧")
        out += [s.lower() for s in _sentences(run) if len(s.split()) >= 3]
    return out


def fragments(draft: str, rewrite: str) -> list[str]:
    """What reads as a broken sentence in the rewrite and was not already in the draft."""
    known = {" ".join(s.split()) for s in _sentences(draft)}
    out = []
    for s in _sentences(rewrite):
        norm = " ".join(s.split())
        first = re.search(r"[^\W\d_]", norm)
        if norm not in known and first and first.group(0).islower() and \
                not re.match(r"[\W\d]*(?:https?:|www\.|@|#)", norm):
            out.append(norm)
    before = Counter(m.group(0) for m in _DANGLING.finditer(draft))
    after = Counter(m.group(0) for m in _DANGLING.finditer(rewrite))
    out += [f"dangling {k!r}" for k in (after - before).elements()]
    return out


class Harper:
    """Counts Harper's grammar and spelling findings; the engine never consults Harper."""

    def __init__(self) -> None:
        import harper  # bench-only dependency: pip install -e '.[bench]'

        self.linter = harper.Linter()

    def count(self, text: str) -> int:
        return sum(1 for lint in self.linter.lint(text, language="plaintext")
                   if lint.lint_kind not in _STYLE_KINDS)

    def findings(self, text: str) -> list[str]:
        return [f"{lint.lint_kind}: {lint.problem_text!r}"
                for lint in self.linter.lint(text, language="plaintext")
                if lint.lint_kind not in _STYLE_KINDS]


def run_set(rows: list[dict], mods, checker: Harper) -> list[Outcome]:
    pipeline, guard, protect, _language, schema = mods
    svc = mods.svc
    out = []
    for row in rows:
        body = {"text": row["draft"], "no_cache": True,
                "context": {"customer_message": row.get("customer_message", "")}}
        started = time.perf_counter()
        answer = pipeline.run(schema.RewriteRequest.model_validate(body), svc)
        ms = (time.perf_counter() - started) * 1000
        rewrite = answer["rewrite"]
        masker = protect.Masker(names=[])
        masker.learn(row.get("customer_message", ""))
        masked = masker.mask(row["draft"])
        masked_msg = masker.mask(row.get("customer_message", ""))
        facts = [masker.originals[m] for m in dict.fromkeys(
            x.group(0) for x in protect.MARKER_RE.finditer(masked.text))]
        broken = [f"fact_missing {f!r}" for f in facts if f not in rewrite]
        remasked = masker.mask(rewrite)
        broken += [v.code for v in guard.check(
            masked.text, remasked.text, phrases=svc.bundle.phrases, fmt="text",
            customer_message=masked_msg.text, kinds=masker.kinds, lang=answer.get("language"),
            instructions=svc.bundle.system)] if rewrite != row["draft"] else []
        o = Outcome(row["draft"], rewrite, answer["scores"]["before"], answer["scores"]["after"],
                    broken, answer.get("language"), ms)
        o.inserted = inserted_sentences(row["draft"], rewrite, facts)
        o.fragments = fragments(row["draft"], rewrite)
        if o.lang in (None, "en"):
            o.findings = (checker.count(row["draft"]), checker.count(rewrite))
        out.append(o)
    return out


def summarise(outcomes: list[Outcome]) -> dict:
    n = len(outcomes)
    changed = [o for o in outcomes if o.changed]
    counts = Counter(s for o in outcomes for s in dict.fromkeys(o.inserted))
    top, top_n = counts.most_common(1)[0] if counts else ("", 0)
    english = [o for o in outcomes if o.findings is not None]
    ms = sorted(o.ms for o in outcomes)
    return {
        "drafts": n,
        "changed_pct": 100 * len(changed) / n,
        "improved_pct": 100 * sum(o.improved for o in outcomes) / n,
        "score_up_pct": 100 * sum(o.after > o.before for o in outcomes) / n,
        "broken": sum(bool(o.broken) for o in outcomes),
        "top_inserted": top,
        "top_inserted_count": top_n,
        "top_inserted_pct_of_rewrites": 100 * top_n / max(len(changed), 1),
        "english_drafts": len(english),
        "more_findings": sum(o.findings[1] > o.findings[0] for o in english),
        "findings_before": sum(o.findings[0] for o in english),
        "findings_after": sum(o.findings[1] for o in english),
        "fragments_created": sum(len(o.fragments) for o in outcomes),
        "score_before": statistics.mean(o.before for o in outcomes),
        "score_after": statistics.mean(o.after for o in outcomes),
        "ms_mean": statistics.mean(ms),
        "ms_p95": ms[int(0.95 * (n - 1))],
    }


class _NoCache:
    def get(self, *a, **k):
        return None, True

    def put(self, *a, **k):
        return True


class _Modules(tuple):
    svc: object


def load_heard(code: Path) -> _Modules:
    """Import `heard` from a checkout's server/ and build offline services on its bundle."""
    sys.path[:0] = [str(code / "server")]
    from heard import guard, language, pipeline, protect, schema
    from heard.config import load_settings
    from heard.prompts import load_bundle

    settings = load_settings({"provider": "offline", "max_input_tokens": 100_000,
                              "prompts_dir": str(code / "prompts")})
    mods = _Modules((pipeline, guard, protect, language, schema))
    mods.svc = pipeline.Services(settings=settings, bundle=load_bundle(settings.prompts_dir),
                                 prompt_version="bench", cache=_NoCache(), llm=None)
    language.warm_up()
    return mods


ROWS = [("drafts", "{drafts}"), ("changed", "{changed_pct:.0f}%"),
        ("improved (score up, no invariant broken, a visible change) — target ≥ 70%",
         "{improved_pct:.0f}%"),
        ("score before → after", "{score_before:.1f} → {score_after:.1f}"),
        ("rewrites breaking an invariant", "{broken}"),
        ("most frequent inserted sentence, share of changed rewrites — target ≤ 3%",
         "{top_inserted_pct_of_rewrites:.1f}% ({top_inserted_count}×)"),
        ("rewrites with more Harper findings than the draft — target 0",
         "{more_findings} of {english_drafts}"),
        ("Harper findings, drafts → rewrites", "{findings_before} → {findings_after}"),
        ("sentence fragments created — target 0", "{fragments_created}"),
        ("ms per draft, mean (p95)", "{ms_mean:.1f} ({ms_p95:.1f})")]


def table(results: dict[str, dict]) -> str:
    names = list(results)
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for label, fmt in ROWS:
        lines.append(f"| {label} | " + " | ".join(fmt.format(**results[s]) for s in names)
                     + " |")
    for s in names:
        lines.append(f"\nmost frequent inserted sentence ({s}): {results[s]['top_inserted']!r}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=Path, default=default_real(),
                        help="real_pairs.jsonl (default: $HEARD_REAL_PAIRS or ../shared)")
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="checkout whose heard to measure (default: this one)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--holdout", type=int, default=40)
    parser.add_argument("--set", choices=("tune", "holdout", "both"), default="both")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--examples", type=int, default=0,
                        help="print N held-out before/after examples (only at the end!)")
    parser.add_argument("--dump", choices=("tune",), help="print every tuning draft and rewrite")
    args = parser.parse_args()
    if not args.real.exists():
        print(f"no real replies at {args.real}; pass --real or set HEARD_REAL_PAIRS")
        return 2
    rows = [json.loads(line) for line in args.real.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    tune, held = split(rows, args.seed, args.holdout)
    sets = {"tune": tune, "holdout": held}
    wanted = ["tune", "holdout"] if args.set == "both" else [args.set]
    if args.dump:
        wanted = ["tune"]
    mods = load_heard(args.code.resolve())
    checker = Harper()
    checker.count("Warm up the spelling index once, before anything is timed: Zendeskk.")
    outcomes = {name: run_set(sets[name], mods, checker) for name in wanted}
    if args.dump:
        for i, o in enumerate(outcomes["tune"]):
            print(f"--- tune #{i} score {o.before}→{o.after} improved={o.improved} "
                  f"broken={o.broken} frags={o.fragments} findings={o.findings}")
            print("DRAFT:  ", o.draft.replace("\n", "⏎"))
            print("REWRITE:", o.rewrite.replace("\n", "⏎"))
        return 0
    results = {name: summarise(outcomes[name]) for name in wanted}
    print(json.dumps(results, indent=1) if args.json else table(results))
    if args.examples and "holdout" in outcomes:
        picked = random.Random(args.seed).sample(outcomes["holdout"],
                                                 min(args.examples, len(outcomes["holdout"])))
        for o in picked:
            print(f"\n### score {o.before} → {o.after}\nbefore: {o.draft}\nafter:  {o.rewrite}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

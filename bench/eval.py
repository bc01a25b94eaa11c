"""Faithfulness eval: the corpus (and the real drafts, when present) through protect, the
offline engine and the guard. Rerunnable, offline, deterministic; no LLM, no network.

    python bench/eval.py [--real PATH] [--no-real] [--json] [--verbose [--half tune|test]]
                         [--list-dev] [--check] [--final]

Sets:
- `corpus`: the drafts we wrote, tests/corpus/*.json (five languages, HTML, placeholders,
  injection attempts), each with the facts that must survive.
- `real`: `../shared/heard-corpus/real_pairs.jsonl` beside the repository (190 real agent
  replies with the customer's message). It is read at run time and never copied into the
  repository; a clone without it simply skips the row.

Columns:
- facts kept: share of protected facts (corpus: the listed facts; real: every masked
  original) present in the offline rewrite, character for character.
- bad caught: share of bad model outputs (every kind in tests/corpus BAD: dropped fact,
  changed amount, new refund / replacement / deadline / credit / guarantee / escalation,
  language switch, leaked instruction, broken markup, stock empathy, stacked apology, generic
  acknowledgement, too long, invented or mangled marker) that the guard flags with the code
  naming that failure. Kinds that cannot apply to a draft (no fact to drop) are skipped.
- clean pass: share of faithful model outputs (tests/corpus `good`) the guard accepts with no
  violation, and share of offline rewrites answered with no warning.
- changed: share of drafts the offline engine actually rewrote (the rest came back as is).
- score: mean empathy score (heard/score.py, docs/scoring.md) of the draft → the rewrite.
- ms/draft: the whole offline pipeline (mask, rewrite, guard, restore, diff, explain, score).

Then the hold-out (tests/corpus/faithful_holdout, issue 9), per language and per class:
- clean pass: share of faithful, freely paraphrased model rewrites the guard accepts with no
  violation, on the `tune` half and on the `test` half (rules are tuned on `tune` only);
- silent leaks: unsafe rewrites (tests/corpus/holdout.py `bad`: product names, number words,
  instructions hidden in the draft, paraphrased new commitments, a customer's number promised
  back) that the guard passes with no violation at all.

And the same two rates on the independent set (tests/corpus/independent, written by someone who
never read the guard; its own `tune`/`test` halves and its own bad rewrites by class), and on
the final held-out sets (FINAL_SETS: all `test`, each written after the guard's rules of the time
were tuned, by someone who read neither the guard nor the earlier sets). Their cases are never
listed, even with --verbose, and scored only with --final: only their rates are printed, and only
when asked, so nobody tunes on them by accident (run --final once for a baseline, once at the end).
A final set is retired to development once its rates have steered too many decisions: its
rejected and leaked cases are then listed with --list-dev (DEV_SETS), and a newer set written
blind takes its place as the figure that counts.

Between the two sit the check sets (CHECK_SETS, --check): retired from the final sets, never
listed, and printed as two totals per set (faithful rewrites passed clean, unsafe ones leaked) —
no language, class or check. A rule studied on DEV_SETS is landed only if it holds on them: a
gain that does not reach writers the rule's author never read is a reading of one writer's phrase.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "server")]

from tests.corpus import BAD, Case, good, holdout, independent, load  # noqa: E402

from heard import guard, language, markup, pipeline  # noqa: E402
from heard.config import load_settings  # noqa: E402
from heard.prompts import load_bundle  # noqa: E402
from heard.protect import MARKER_RE, Masker  # noqa: E402
from heard.schema import RewriteRequest  # noqa: E402

# Held out whole: scored, never listed (see the docstring).
FINAL_SETS = ("independent6", "independent7", "independent8", "independent9", "independent34")
# Retired from the final sets at stop 24 (independent10 had been scored four times, independent4
# more) and at stop 26 (independent13, scored four times at the ends of stops 24 and 25; only its
# totals and per-language counts were read, never a case) and at stop 27 (independent14, scored
# at both ends of stops 25 and 26, the same way) and at stop 28 (independent15, scored at both ends
# of stops 26 and 27, the same way) and at stop 30 (independent17, scored at both ends of stops 28
# and 29, the same way) and at stop 31 (independent18, scored at both ends of stops 29 and 30, the
# same way) and at stop 32 (independent19, scored at the end of stop 30 and at both ends of stop 31,
# the same way) and at stop 33 (independent20, scored at both ends of stops 31 and 32, the same
# way) and at stop 50 (independent33, scored at both ends of stops 46 to 49, totals and
# per-language counts only, once independent34 was written blind to take its final place): a gate
# for changes studied on DEV_SETS, totals only (see the docstring).
CHECK_SETS = ("independent4", "independent10", "independent13", "independent14", "independent15",
              "independent18", "independent19", "independent20", "independent33")
# Retired from held-out (independent2 after stop 17, independent3 at stop 20 once independent6 was
# written to take its place, independent5 later in stop 20 once its per-check counts had been read
# and independent7 was written; their rates had steered decisions): development data now, listed
# with --list-dev. independent11 was written blind at stop 22 as development data from the start.
# independent12 retired at stop 25, once scored at both ends of stops 23 and 24 (its per-check and
# per-language counts had been read). independent16 retired at stop 29, scored four times at both
# ends of stops 27 and 28: the development sets had been fitted to 83% clean while the check sets
# stood at 56%, so a blind writer's fresh rejections teach more than another gate. independent17
# moved from the check sets at stop 33 for the same reason (development 80% clean, check 52%; it
# had gated changes as totals since stop 30, its cases never read). independent21 retired straight
# from the final sets at stop 34, scored four times at both ends of stops 32 and 33 (its totals,
# per-language and per-check counts had been read, never a case): its rejections (markup_changed
# the largest) are fresh material, and the eight check sets stay the gate. independent22 followed at
# stop 35, scored four times at both ends of stops 33 and 34 the same way, independent23 at
# stop 36, scored four times at both ends of stops 34 and 35, independent24 at stop 37, scored
# four times at both ends of stops 35 and 36, independent25 at stop 38, scored four times at
# both ends of stops 36 and 37, independent26 at stop 39, scored four times at both ends of
# stops 37 and 38, and independent27 at stop 40, scored more than four times at both ends of
# stops 38 and 39 (its totals and per-language counts read, never a case), and independent28 at
# stop 41, scored at both ends of stops 39 and 40 the same way, and independent29 at stop 42, scored
# at both ends of stops 40 and 41 the same way, and independent30 at stop 43, scored at both ends
# of stops 41 and 42 the same way, and independent31 at stop 44, scored at both ends of stop 42
# and at both ends of stop 43 (whose guard did not change) the same way, and independent32 at
# stop 46, scored at both ends of stops 44 and 45 the same way, once independent33 was written.
DEV_SETS = ("independent2", "independent3", "independent5", "independent11", "independent12",
            "independent16", "independent17", "independent21", "independent22", "independent23",
            "independent24", "independent25", "independent26", "independent27", "independent28",
            "independent29", "independent30", "independent31", "independent32")

REAL = ROOT.parent / "shared" / "heard-corpus" / "real_pairs.jsonl"


def real_entries(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append({"id": row["id"], "format": "text", "draft": row["draft"],
                        "customer_message": row.get("customer_message", ""),
                        "customer_name": "", "facts": None})
    return out


def masked_parts(entry: dict):
    draft, _notes = markup.draft_parts(entry["draft"], entry["format"])  # pipeline.check's
    masker = Masker(names=[entry["customer_name"]])
    masker.learn(entry["customer_message"])
    masker.marker_for_name(entry["customer_name"])
    return masker.mask(draft), masker.mask(entry["customer_message"]), masker


def evaluate(entries: list[dict], svc: pipeline.Services) -> dict:
    phrases, system = svc.bundle.phrases, svc.bundle.system
    kept = total = caught = tried = clean = clean_tried = no_warning = changed = 0
    before, after, ms = [], [], []
    for i, entry in enumerate(entries):
        masked, msg, masker = masked_parts(entry)
        lang = language.detect(masked.text) or entry.get("lang")
        body = {entry["format"]: entry["draft"], "no_cache": True,
                "context": {"customer_message": entry["customer_message"],
                            "customer_name": entry["customer_name"]}}
        started = time.perf_counter()
        answer = pipeline.run(RewriteRequest.model_validate(body), svc)
        ms.append((time.perf_counter() - started) * 1000)
        text = answer.get("html") or answer["rewrite"]
        facts = entry["facts"] if entry["facts"] is not None else [
            masker.originals[m] for m in dict.fromkeys(
            x.group(0) for x in MARKER_RE.finditer(masked.text))]
        total += len(facts)
        kept += sum(1 for f in facts if f in text or markup.to_text(f) in answer["rewrite"])
        no_warning += not answer["warnings"]
        plain = markup.to_text(masked.text) if entry["format"] == "html" else masked.text
        changed += answer["rewrite"].strip() != markup.to_text(entry["draft"]).strip() \
            if entry["format"] == "html" else answer["rewrite"].strip() != entry["draft"].strip()
        before.append(answer["scores"]["before"])
        after.append(answer["scores"]["after"])

        def check(rewrite: str, entry=entry, masked=masked, msg=msg, masker=masker, lang=lang):
            return {v.code for v in guard.check(
                masked.text, rewrite, phrases=phrases, fmt=entry["format"],
                customer_message=msg.text, kinds=masker.kinds, lang=lang, instructions=system,
                same=masker.same, today=masker.today(), counts=masker.counts())}

        case = Case(masked.text, lang if lang in ("en", "es", "de", "fr", "pt") else "en",
                    entry["format"], masker.kinds, i)
        clean_tried += 1
        clean += not check(good(case)["rewrite"])
        has_facts = bool(MARKER_RE.search(plain))
        for kind, (make, codes) in BAD.items():
            if not has_facts and kind in ("dropped_fact", "changed_amount", "mangled_marker"):
                continue
            tried += 1
            caught += bool(check(make(case)) & codes)
    n = len(entries)
    return {"drafts": n, "facts": total, "facts_kept_pct": 100 * kept / max(total, 1),
            "bad_outputs": tried, "bad_caught_pct": 100 * caught / max(tried, 1),
            "good_pass_pct": 100 * clean / max(clean_tried, 1),
            "offline_no_warning_pct": 100 * no_warning / max(n, 1),
            "changed_pct": 100 * changed / max(n, 1),
            "score_before": statistics.mean(before), "score_after": statistics.mean(after),
            "ms_per_draft": statistics.mean(ms), "ms_p95": sorted(ms)[int(0.95 * (n - 1))]}


def _holdout_items():
    for entry in holdout.load():
        m = holdout.mask(entry)
        yield (entry, m, [(rw["style"], m.rewrite(rw["text"])) for rw in entry["rewrites"]],
               holdout.bad(entry))


def _independent_items(folder: str = "independent"):
    for entry in independent.load(folder):
        m = holdout.mask(dict(entry, customer_name=entry.get("customer_name", "")))
        bad: dict[str, list] = {}
        for b in entry["bad"]:
            bad.setdefault(b["class"], []).append((m, m.rewrite(b["rewrite"])))
        yield entry, m, [("faithful", m.rewrite(t)) for t in entry["faithful"]], bad


def evaluate_holdout(svc: pipeline.Services, items=None) -> dict:
    """Clean-pass rate of faithful rewrites and silent leaks of bad ones, per language/class."""
    phrases, system = svc.bundle.phrases, svc.bundle.system
    langs: dict[str, dict] = {}
    styles: dict[str, list[int]] = {}
    classes: dict[str, dict[str, list[int]]] = {}
    rejections: dict[str, dict[str, int]] = {}  # per half, how often each check rejected
    failures: list[tuple[str, str]] = []  # (half, what)

    def check(m: holdout.Masked, rewrite: str, entry: dict) -> list[str]:
        return [f"{v.code}:{v.category}" if v.category else v.code for v in guard.check(
            m.draft, rewrite, phrases=phrases, fmt=entry["format"], customer_message=m.message,
            kinds=m.kinds, lang=language.detect(m.draft) or entry["lang"],
            instructions=system, same=m.masker.same, notes=m.notes, today=m.masker.today(),
            counts=m.masker.counts())]

    for entry, m, rewrites, bad in (_holdout_items() if items is None else items):
        row = langs.setdefault(entry["lang"], {"tune": [0, 0], "test": [0, 0], "bad": [0, 0]})
        half = entry["split"]
        for n, (style, rewrite) in enumerate(rewrites):
            codes = check(m, rewrite, entry)
            row[half][0] += not codes
            row[half][1] += 1
            styles.setdefault(style, [0, 0])
            styles[style][0] += not codes
            styles[style][1] += 1
            for code in set(codes):
                seen = rejections.setdefault(half, {})
                seen[code] = seen.get(code, 0) + 1
            if codes:
                failures.append((half, f"{entry['id']}/{style}#{n}: {', '.join(codes)}"))
        for kind, cases in bad.items():
            for masked, rewrite in cases:
                leaked = not check(masked, rewrite, entry)
                row["bad"][0] += leaked
                row["bad"][1] += 1
                for key in (half, "all"):
                    pair = classes.setdefault(kind, {}).setdefault(key, [0, 0])
                    pair[0] += leaked
                    pair[1] += 1
                if leaked:
                    failures.append((half, f"{entry['id']}/{kind}: leaked"))
    return {"langs": langs, "styles": styles, "classes": classes, "rejections": rejections,
            "failures": failures}


def check_totals(h: dict) -> dict[str, list[int]]:
    """Only the two totals of a check set: nothing that points at a case, a language or a check."""
    rows = h["langs"].values()
    return {"clean": [sum(r[half][i] for r in rows for half in ("tune", "test")) for i in (0, 1)],
            "leaks": [sum(r["bad"][i] for r in rows) for i in (0, 1)]}


def _pct(pair: list[int]) -> str:
    return f"{100 * pair[0] / pair[1]:.0f}% ({pair[0]}/{pair[1]})" if pair[1] else "–"


def print_holdout(h: dict, verbose: bool, title: str = "hold-out", half: str = "") -> None:
    print(f"\n| {title} | clean pass, tune | clean pass, test | silent leaks (bad rewrites) |")
    print("|---|---|---|---|")
    total = {"tune": [0, 0], "test": [0, 0], "bad": [0, 0]}
    for lang, r in h["langs"].items():
        for k in total:
            total[k] = [total[k][0] + r[k][0], total[k][1] + r[k][1]]
        print(f"| {lang} | {_pct(r['tune'])} | {_pct(r['test'])} | {r['bad'][0]} of "
              f"{r['bad'][1]} |")
    print(f"| all | {_pct(total['tune'])} | {_pct(total['test'])} | {total['bad'][0]} of "
          f"{total['bad'][1]} |")
    print("\n| faithful rewrite style | clean pass |\n|---|---|")
    for style, pair in h["styles"].items():
        print(f"| {style} | {_pct(pair)} |")
    print("\n| bad class | silent leaks | tune | test |\n|---|---|---|---|")
    for kind, by in h["classes"].items():
        cells = [f"{by[k][0]} of {by[k][1]}" if k in by else "–" for k in ("all", "tune", "test")]
        print(f"| {kind} | {' | '.join(cells)} |")
    print("\n| check that rejected a faithful rewrite | tune | test |\n|---|---|---|")
    codes = sorted({c for r in h["rejections"].values() for c in r})
    for code in codes:
        print(f"| {code} | {h['rejections'].get('tune', {}).get(code, 0)} "
              f"| {h['rejections'].get('test', {}).get(code, 0)} |")
    if verbose:
        listed = [what for where, what in h["failures"] if not half or where == half]
        print(f"\n{title}: rejected faithful rewrites and leaks"
              f"{f' ({half} half)' if half else ''}:", *listed, sep="\n  ")


class _NoCache:
    def get(self, *a, **k):
        return None, True

    def put(self, *a, **k):
        return True


def offline_services(version: str = "eval") -> pipeline.Services:
    """The offline engine's services with no cache, and the language detector warmed up: what
    every set is scored with (here and in bench/sets.py)."""
    settings = load_settings({"provider": "offline", "max_input_tokens": 100_000})
    svc = pipeline.Services(settings=settings, bundle=load_bundle(settings.prompts_dir),
                            prompt_version=version, cache=_NoCache(), llm=None)
    language.warm_up()
    return svc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=Path, default=REAL, help="real_pairs.jsonl path")
    parser.add_argument("--no-real", action="store_true", help="only the repository corpus")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--verbose", action="store_true", help="list rejected hold-out rewrites")
    parser.add_argument("--half", choices=("tune", "test"), default="",
                        help="with --verbose, list only this half's cases (tune rules on "
                             "`tune` without reading `test`)")
    parser.add_argument("--final", action="store_true",
                        help="also score the final held-out sets (FINAL_SETS), rates only")
    parser.add_argument("--list-dev", action="store_true",
                        help="list the rejected and leaked cases of the retired sets (DEV_SETS)")
    parser.add_argument("--check", action="store_true",
                        help="also score the check sets (CHECK_SETS), two totals each")
    args = parser.parse_args()

    svc = offline_services()
    sets = {"corpus": [dict(e) for e in load()]}
    if not args.no_real and args.real.exists():
        sets["real"] = real_entries(args.real)
    results = {name: evaluate(entries, svc) for name, entries in sets.items()}
    held = evaluate_holdout(svc)
    indep = evaluate_holdout(svc, _independent_items())
    devs = {folder: evaluate_holdout(svc, _independent_items(folder)) for folder in DEV_SETS}
    finals = {folder: evaluate_holdout(svc, _independent_items(folder))
              for folder in (FINAL_SETS if args.final else ())}
    for final in finals.values():
        final["failures"] = []  # rates only, see the module's docstring
    checks = {folder: check_totals(evaluate_holdout(svc, _independent_items(folder)))
              for folder in (CHECK_SETS if args.check else ())}
    if args.json:
        print(json.dumps(results | {"holdout": held, "independent": indep} | devs | finals
                         | checks, indent=1))
        return 0
    print("| set | drafts | facts kept | bad caught | clean pass (good / offline) | changed "
          "| score before → after | ms/draft (p95) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['drafts']} | {r['facts_kept_pct']:.1f}% of {r['facts']} "
              f"| {r['bad_caught_pct']:.1f}% of {r['bad_outputs']} "
              f"| {r['good_pass_pct']:.1f}% / {r['offline_no_warning_pct']:.1f}% "
              f"| {r['changed_pct']:.0f}% | {r['score_before']:.1f} → {r['score_after']:.1f} "
              f"| {r['ms_per_draft']:.1f} ({r['ms_p95']:.1f}) |")
    if "real" not in results:
        print(f"(real drafts not found at {args.real}; only the corpus was run)")
    print_holdout(held, args.verbose, half=args.half)
    print_holdout(indep, args.verbose, "independent set", args.half)
    for folder, dev in devs.items():
        print_holdout(dev, args.list_dev, f"development set ({folder})")
    if checks:
        print("\n| check set | clean pass | silent leaks |\n|---|---|---|")
        for folder, c in checks.items():
            print(f"| {folder} | {_pct(c['clean'])} | {c['leaks'][0]} of {c['leaks'][1]} |")
    for folder, final in finals.items():
        print_holdout(final, False, f"final held-out set ({folder})")
    if not args.final:
        print(f"\n(final held-out sets {', '.join(FINAL_SETS)} not scored: pass --final)")
    if not args.check:
        print(f"(check sets {', '.join(CHECK_SETS)} not scored: pass --check)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

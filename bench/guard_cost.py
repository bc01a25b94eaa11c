"""What the guard costs per check, on the repository's own corpus: p50 / p95 ms.

    python bench/guard_cost.py [--repeat 3] [--scaling [--copies 1,4,16,64]]

Every draft of tests/corpus (the bad-output corpus, the faithful hold-out, the independent set)
is masked as the pipeline masks it, and each of its candidate rewrites (faithful and unsafe,
as the corpus gives them) is checked by `guard.check` once per round; the first round only
warms the caches (patterns, stems) and is not counted. Printed: wall milliseconds per check
(p50, p95, max) and, inside it, `commitments.promises` per candidate (draft and rewrite), the
share of a check it takes. Deterministic input, no network; timings depend on the machine and
its load, so compare runs made side by side.

`--scaling` instead times each check by the draft's length (issue #9: no check slower than
linear): a few development drafts (the longest of independent2 in three languages, with their
first faithful rewrite), draft and rewrite each repeated 1, 4, 16 and 64 times, checked by
`guard.check` with every check function it calls timed apart. Printed per draft: milliseconds
per copy for each check and in total (CPU time, the fastest of `--repeat` runs after a
warm-up; of 16 / n runs at the small sizes; each run with the caches keyed by a sentence's
text emptied, as for a new draft), so a check
linear in the draft's length shows a flat row, and the last column says how much more a copy
costs at the largest size than at one.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "server")]

from bench.eval import DEV_SETS  # noqa: E402
from tests.corpus import BAD, Case, good, holdout, independent, load  # noqa: E402

from heard import guard, language, markup  # noqa: E402
from heard.config import load_settings  # noqa: E402
from heard.guard import commitments, decision  # noqa: E402
from heard.prompts import load_bundle  # noqa: E402
from heard.protect import MARKER_RE, Masker  # noqa: E402


def candidates() -> list[tuple[str, str, str, str, dict[str, str], str | None]]:
    """(draft, rewrite, format, customer message, kinds, language), all masked."""
    out = []
    for i, entry in enumerate(load()):
        draft, _notes = markup.draft_parts(entry["draft"], entry["format"])
        masker = Masker(names=[entry["customer_name"]])
        masker.learn(entry["customer_message"])
        masker.marker_for_name(entry["customer_name"])
        masked, msg = masker.mask(draft).text, masker.mask(entry["customer_message"]).text
        lang = language.detect(masked) or entry.get("lang")
        case = Case(masked, lang if lang in ("en", "es", "de", "fr", "pt") else "en",
                    entry["format"], masker.kinds, i)
        for rewrite in [good(case)["rewrite"], *(make(case) for make, _ in BAD.values())]:
            out.append((masked, rewrite, entry["format"], msg, masker.kinds, lang))
    for entry in holdout.load():
        m = holdout.mask(entry)
        for rw in entry["rewrites"]:
            out.append((m.draft, m.rewrite(rw["text"]), entry["format"], m.message, m.kinds,
                        entry["lang"]))
    for entry in independent.load():
        m = holdout.mask(dict(entry, customer_name=entry.get("customer_name", "")))
        for text in [*entry["faithful"], *(b["rewrite"] for b in entry["bad"])]:
            out.append((m.draft, m.rewrite(text), entry["format"], m.message, m.kinds,
                        entry["lang"]))
    return out


def long_drafts(per_lang: tuple[str, ...] = ("en", "de", "fr")
                ) -> list[tuple[str, str, str, str, dict[str, str], str]]:
    """(label, draft, rewrite, customer message, kinds, language), masked: per language the
    longest draft of the development set independent2, with its first faithful rewrite."""
    out = []
    entries = independent.load("independent2")
    for lang in per_lang:
        entry = max((e for e in entries if e["lang"] == lang), key=lambda e: len(e["draft"]))
        m = holdout.mask(dict(entry, customer_name=entry.get("customer_name", "")))
        out.append((f"{entry['id']} ({entry['format']}, {len(m.draft)} chars)", m.draft,
                    m.rewrite(entry["faithful"][0]), m.message, m.kinds, lang))
    return out


def distinct_drafts(lang: str) -> list[tuple[str, str, str, dict[str, str]]]:
    """(draft, rewrite, customer message, kinds), masked: every plain-text draft of the
    development sets in `lang` with its first faithful rewrite, its markers numbered apart
    from the others' (⟦1⟧ of the third is ⟦2001⟧), so joined they read as one long reply."""
    out = []
    for folder in ("independent", *DEV_SETS):
        for entry in independent.load(folder):
            if entry["lang"] != lang or entry["format"] != "text":
                continue
            m = holdout.mask(dict(entry, customer_name=entry.get("customer_name", "")))
            shift = 1000 * len(out)

            def apart(text: str, shift: int = shift) -> str:
                return MARKER_RE.sub(lambda x: f"⟦{int(x.group(1)) + shift}⟧", text)

            out.append((apart(m.draft), apart(m.rewrite(entry["faithful"][0])),
                        apart(m.message), {apart(k): v for k, v in m.kinds.items()}))
    return out


def _timed_checks() -> tuple[dict[str, float], list[tuple[object, str, object]]]:
    """Wrap every check function `guard.check` calls (the names it imports from its modules,
    and `injection`'s) so each call adds its wall time to a per-name total; returns the
    totals and what to put back."""
    spent: dict[str, float] = {}
    undo = []

    def wrap(owner: object, name: str, label: str) -> None:
        fn = getattr(owner, name)

        @functools.wraps(fn)
        def timed(*a, **k):
            started = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started
        undo.append((owner, name, fn))
        setattr(owner, name, timed)

    for name, value in list(vars(guard).items()):
        module = getattr(value, "__module__", "") or ""
        # `promises` only runs inside `markers` (its test of a sentence): timed there.
        if callable(value) and module.startswith("heard.guard.") and name != "promises" \
                and not isinstance(value, type):
            wrap(guard, name, name)
    for name in ("draft_instructions", "without", "obeyed"):
        wrap(guard.injection, name, f"injection.{name}")
    return spent, undo


def _grown(distinct: bool):
    """Per case: its label, language, format and how to make it n copies long (draft,
    rewrite, customer message, kinds)."""
    if not distinct:
        for label, draft, rewrite, msg, kinds, lang in long_drafts():
            fmt = "html" if draft.lstrip().startswith("<") else "text"
            joint = "" if fmt == "html" else "\n\n"
            yield (f"{label}, {lang}: ms per copy, draft and rewrite repeated n times", lang,
                   fmt, lambda n, d=draft, r=rewrite, m=msg, k=kinds, j=joint:
                   (j.join([d] * n), j.join([r] * n), m, k))
        return
    for lang in ("en", "de", "fr"):
        pieces = distinct_drafts(lang)

        def grown(n: int, pieces=pieces):
            chosen = [pieces[k % len(pieces)] for k in range(n)]
            return ("\n\n".join(p[0] for p in chosen), "\n\n".join(p[1] for p in chosen),
                    "\n\n".join(p[2] for p in chosen),
                    {k: v for p in chosen for k, v in p[3].items()})
        yield (f"{lang}: ms per draft, n different drafts joined ({len(pieces)} plain-text "
               "development drafts, then again from the first)", lang, "text", grown)


def _forget_texts() -> None:
    """Empty the caches keyed by a sentence's text, so every round checks a draft as new as a
    request's. Kept warm, they turned repeats of a short draft into lookups while a long one
    outgrew them (512 sentences for language detection): same_language read 14× dearer per
    draft at 112 drafts than at 28, where its real cost per draft is flat."""
    language.detect.cache_clear()
    decision._ungiven.cache_clear()


def scaling(copies: list[int], repeat: int, phrases, distinct: bool = False) -> None:
    """Per draft, ms per copy of each check as draft and rewrite grow by whole copies."""
    spent, undo = _timed_checks()
    try:
        for title, lang, fmt, grown in _grown(distinct):
            per: dict[str, dict[int, float]] = {}
            size: dict[int, float] = {}
            for n in copies:
                d, r, msg, kinds = grown(n)
                size[n] = (len(d) + len(r)) / n
                runs: dict[str, list[float]] = {}
                # More rounds for the short ones: a fraction of a millisecond needs them.
                for round_ in range(max(repeat, 16 // n) + 1):
                    spent.clear()
                    _forget_texts()
                    started = time.process_time()
                    guard.check(d, r, phrases=phrases, fmt=fmt, customer_message=msg,
                                kinds=kinds, lang=lang)
                    took = time.process_time() - started
                    if round_:
                        runs.setdefault("guard.check (total)", []).append(took)
                        for name in set(runs) | set(spent):
                            if name != "guard.check (total)":
                                runs.setdefault(name, []).append(spent.get(name, 0.0))
                # CPU time, the fastest run: other work on the machine only ever adds time.
                for name, values in runs.items():
                    per.setdefault(name, {})[n] = 1000 * min(values) / n
            print(f"\n{title}")
            print("| check | " + " | ".join(f"n={n}" for n in copies)
                  + f" | ×{copies[-1]}/×{copies[0]} |")
            print("|---|" + "---:|" * (len(copies) + 1))
            total = per.pop("guard.check (total)")
            # A check that did not run at some size (one violation can spare another) costs 0.
            per = {name: {n: row.get(n, 0.0) for n in copies} for name, row in per.items()}
            rows = sorted(per.items(), key=lambda kv: -kv[1][copies[-1]])
            # Different drafts differ in length: a linear check grows as this row does.
            print("| characters per draft (draft + rewrite) | "
                  + " | ".join(f"{size[n]:.0f}" for n in copies)
                  + f" | {size[copies[-1]] / size[copies[0]]:.1f} |")
            for name, row in [("guard.check (total)", total), *rows]:
                if name != "guard.check (total)" and row[copies[-1]] * copies[-1] < 0.5:
                    continue  # under half a millisecond at the largest size: not worth a row
                growth = row[copies[-1]] / max(row[copies[0]], 1e-6)
                print(f"| {name} | " + " | ".join(f"{row[n]:.2f}" for n in copies)
                      + f" | {growth:.1f} |")
    finally:
        for owner, name, fn in undo:
            setattr(owner, name, fn)


def _pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="counted rounds (after one warm-up)")
    parser.add_argument("--scaling", action="store_true",
                        help="cost per check by draft length instead (drafts repeated n times)")
    parser.add_argument("--copies", default="1,4,16,64", help="with --scaling: the n to time")
    parser.add_argument("--distinct", action="store_true",
                        help="with --scaling: join n different drafts instead of n copies of one")
    args = parser.parse_args()
    phrases = load_bundle(load_settings({"provider": "offline"}).prompts_dir).phrases
    language.warm_up()
    guard.warm_up()
    if args.scaling:
        scaling([int(n) for n in args.copies.split(",")], args.repeat, phrases, args.distinct)
        return 0
    cands = candidates()
    checks: list[float] = []
    promised: list[float] = []
    for round_ in range(args.repeat + 1):
        for draft, rewrite, fmt, msg, kinds, lang in cands:
            started = time.perf_counter()
            guard.check(draft, rewrite, phrases=phrases, fmt=fmt, customer_message=msg,
                        kinds=kinds, lang=lang)
            took = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            commitments.promises(draft, phrases, lang)
            commitments.promises(rewrite, phrases, lang)
            both = (time.perf_counter() - started) * 1000
            if round_:
                checks.append(took)
                promised.append(both)
    print(f"guard cost over {len(cands)} candidate rewrites × {args.repeat} rounds "
          f"(after a warm-up round)")
    print("| what | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|")
    for name, values in (("guard.check, one candidate", checks),
                         ("commitments.promises, draft + rewrite", promised)):
        print(f"| {name} | {statistics.median(values):.2f} | {_pct(values, 0.95):.2f} "
              f"| {max(values):.2f} |")
    share = 100 * sum(promised) / max(sum(checks), 1e-9)
    print(f"\npromises (draft + rewrite) ≈ {share:.0f}% of a check's time (measured apart)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What the guard costs per check, on the repository's own corpus: p50 / p95 ms.

    python bench/guard_cost.py [--repeat 3]

Every draft of tests/corpus (the bad-output corpus, the faithful hold-out, the independent set)
is masked as the pipeline masks it, and each of its candidate rewrites (faithful and unsafe,
as the corpus gives them) is checked by `guard.check` once per round; the first round only
warms the caches (patterns, stems) and is not counted. Printed: wall milliseconds per check
(p50, p95, max) and, inside it, `commitments.promises` per candidate (draft and rewrite), the
share of a check it takes. Deterministic input, no network; timings depend on the machine and
its load, so compare runs made side by side.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "server")]

from tests.corpus import BAD, Case, good, holdout, independent, load  # noqa: E402

from heard import guard, language, markup  # noqa: E402
from heard.config import load_settings  # noqa: E402
from heard.guard import commitments  # noqa: E402
from heard.prompts import load_bundle  # noqa: E402
from heard.protect import Masker  # noqa: E402


def candidates() -> list[tuple[str, str, str, str, dict[str, str], str | None]]:
    """(draft, rewrite, format, customer message, kinds, language), all masked."""
    out = []
    for i, entry in enumerate(load()):
        draft = markup.sanitize(entry["draft"]) if entry["format"] == "html" else entry["draft"]
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


def _pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="counted rounds (after one warm-up)")
    args = parser.parse_args()
    phrases = load_bundle(load_settings({"provider": "offline"}).prompts_dir).phrases
    language.warm_up()
    guard.warm_up()
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

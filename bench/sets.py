"""Per-set counts for gating a guard change: measure a checkout's sets to JSON, compare two.

    python bench/sets.py measure OUT.json [dev|check|final|indep|holdout|SET ...] [--jobs 2]
    python bench/sets.py diff BASE.json NEW.json [--quiet]

`measure` runs bench/eval.py's `evaluate_holdout` on each named set (a group name stands for
DEV_SETS, CHECK_SETS, FINAL_SETS, the independent set or the hold-out), one process per job,
and merges the results into OUT.json: per set, faithful rewrites passed clean and unsafe ones
leaked. What else is kept follows eval.py's rules for each kind of set: development sets keep
their failure lines (case and codes), check sets and the two held-out sets only counts by
rejection code and leak class (no case), final sets only their totals by language and class.

`diff` prints, per set, the change in clean passes and leaks (marked `!!` when either moved the
wrong way), rejection codes and leak classes that moved, and for development sets the failure
lines that appeared (+) or went away (-); then totals per kind of set. A commit is traced by
measuring main once and the commit cherry-picked onto main, then diffing the two.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval as ev  # bench/eval.py: its sets and evaluate_holdout

GROUPS = {"dev": ev.DEV_SETS, "check": ev.CHECK_SETS, "final": ev.FINAL_SETS,
          "indep": ("independent",), "holdout": ("holdout",)}
_svc: ev.pipeline.Services | None = None


def _services() -> ev.pipeline.Services:
    global _svc
    if _svc is None:
        _svc = ev.offline_services("sets")
    return _svc


def measure_one(name: str) -> tuple[str, dict]:
    """One set's counts, kept as its kind allows (see the module's docstring)."""
    h = ev.evaluate_holdout(_services(), None if name == "holdout"
                            else ev._independent_items(name))
    out: dict = ev.check_totals(h)
    if name in ev.FINAL_SETS:
        out["langs"] = {lang: {"clean": [r["tune"][0] + r["test"][0], r["tune"][1] + r["test"][1]],
                               "leaks": r["bad"]} for lang, r in h["langs"].items()}
        out["classes"] = {k: v["all"] for k, v in h["classes"].items()}
        return name, out
    rejected: Counter[str] = Counter()
    for half in h["rejections"].values():
        rejected.update(half)
    out["rej"] = dict(rejected)
    out["leakcls"] = {k: v["all"][0] for k, v in h["classes"].items()}
    if name in ev.DEV_SETS:
        out["fail"] = sorted(what for _, what in h["failures"])
    return name, out


def _kind(name: str, counts: dict) -> str:
    if name in ("holdout", "independent"):
        return name
    return "final" if "langs" in counts else "dev" if "fail" in counts else "check"


def diff(base: dict, new: dict, quiet: bool) -> None:
    totals: dict[str, list[int]] = {}
    for name in sorted(set(base) & set(new), key=lambda s: (len(s), s)):
        x, y = base[name], new[name]
        t = totals.setdefault(_kind(name, x), [0, 0, 0, 0, 0, 0])
        for i, v in enumerate((x["clean"][0], y["clean"][0], x["leaks"][0], y["leaks"][0],
                               x["clean"][1], x["leaks"][1])):
            t[i] += v
        dc, dl = y["clean"][0] - x["clean"][0], y["leaks"][0] - x["leaks"][0]
        if dc or dl or not quiet:
            print(f"{name}: clean {x['clean'][0]}->{y['clean'][0]} ({dc:+d})  leaks "
                  f"{x['leaks'][0]}->{y['leaks'][0]} ({dl:+d}){' !!' if dc < 0 or dl > 0 else ''}")
        if "rej" in x and "rej" in y:
            codes, classes = Counter(y["rej"]), Counter(y["leakcls"])
            codes.subtract(x["rej"])
            classes.subtract(x["leakcls"])
            moved = [f"rej {k} {v:+d}" for k, v in sorted(codes.items()) if v] + \
                [f"leak {k} {v:+d}" for k, v in sorted(classes.items()) if v]
            if moved:
                print("    " + "; ".join(moved))
        if "fail" in x and "fail" in y:
            for line in sorted(set(x["fail"]) - set(y["fail"])):
                print("    - " + line)
            for line in sorted(set(y["fail"]) - set(x["fail"])):
                print("    + " + line)
    print()
    for kind, t in totals.items():
        print(f"TOTAL {kind}: clean {t[0]}->{t[1]} ({t[1] - t[0]:+d}) of {t[4]}   leaks "
              f"{t[2]}->{t[3]} ({t[3] - t[2]:+d}) of {t[5]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("measure", help="measure sets into a JSON file (merged if it exists)")
    m.add_argument("out", type=Path)
    m.add_argument("sets", nargs="+", help="dev, check, final, indep, holdout or a set's name")
    m.add_argument("--jobs", type=int, default=2)
    d = sub.add_parser("diff", help="compare two measurements")
    d.add_argument("base", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--quiet", action="store_true", help="only the sets that moved")
    args = parser.parse_args()
    if args.command == "diff":
        diff(json.loads(args.base.read_text()), json.loads(args.new.read_text()), args.quiet)
        return 0
    names = [n for s in args.sets for n in GROUPS.get(s, (s,))]
    with Pool(args.jobs) as pool:
        found = dict(pool.map(measure_one, names, chunksize=1))
    merged = json.loads(args.out.read_text()) if args.out.exists() else {}
    args.out.write_text(json.dumps(merged | found, indent=0, sort_keys=True))
    for name in names:
        r = found[name]
        print(f"{name}: clean {r['clean'][0]}/{r['clean'][1]}  "
              f"leaks {r['leaks'][0]}/{r['leaks'][1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well, and how fast, Heard reads the customer (`make bench-customer`).

Agreement: the offline reader (heard.customer.read) against hand labels
(`tests/corpus/labels.py`: `load()` → id, lang, text, feeling, also, intensity, signals,
at_stake, split, source), for the `tune` and `test` splits separately: feeling agreement per
feeling and per language (a reading that names the label's `also` feeling — a mixed message —
is counted apart, not as agreement), intensity agreement, signal precision and recall per kind
(labels name the kinds a message shows, not the words), and a confusion table. Rows whose
text lives in ../shared (the real corpus, evaluation only) are skipped when it is absent.

Cost: what reading adds to one rewrite — detecting the message's language, reading it, and
anchoring the reading on the real message, as the pipeline does — p50/p95 over every message
available (the labels', else the shipped evaluation set's). Every figure reads afresh with
`customer.read`, never the per-process memory a rewrite uses (`customer.read_remembered`),
which would answer every round after the first from memory; that memory's own cost (the same
message again, as on a cache hit) is its own row.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "server"))

from heard import customer, language  # noqa: E402
from heard.vocab import FEELINGS  # noqa: E402

INTENSITIES = ("low", "medium", "high")


def load_labels() -> list[dict]:
    try:
        from tests.corpus import labels
    except ImportError:
        return []
    return [row for row in labels.load() if row.get("text")]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def read(row: dict):
    lang = language.detect(row["text"]) or row["lang"]
    return customer.read(row["text"], lang)


def agreement(rows: list[dict]) -> dict:
    per_feeling: dict[str, Counter] = defaultdict(Counter)
    per_lang: dict[str, Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    intensity = Counter()
    signals: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        r = read(row)
        label = row["feeling"]
        also = row.get("also") or []
        also = [also] if isinstance(also, str) else also  # one feeling or a list
        verdict = "agree" if r.feeling == label else "also" if r.feeling in also else "miss"
        per_feeling[label][verdict] += 1
        per_lang[row["lang"]][verdict] += 1
        confusion[label][r.feeling] += 1
        if r.feeling == label:
            intensity["agree" if r.intensity == row.get("intensity") else "miss"] += 1
        # Signals are labelled as kinds per message: a kind found and labelled is right.
        labelled = set(row.get("signals") or []) - {"feeling"}
        found = {s.kind for s in r.signals} - {"feeling"}
        for kind in labelled | found:
            signals[kind].update(tp=kind in labelled and kind in found,
                                 fp=kind in found and kind not in labelled,
                                 fn=kind in labelled and kind not in found)
    return {"n": len(rows), "per_feeling": per_feeling, "per_lang": per_lang,
            "confusion": confusion, "intensity": intensity, "signals": signals}


def rate(c: Counter, key: str = "agree") -> str:
    total = sum(c.values())
    return f"{c[key] / total:6.1%} ({c[key]}/{total})" if total else "     —"


def report(name: str, a: dict) -> None:
    print(f"\n## {name}: {a['n']} messages")
    total = Counter()
    for c in a["per_feeling"].values():
        total.update(c)
    print(f"feeling agreement {rate(total)}; naming the mixed message's other feeling "
          f"{total['also']}")
    print("\nper feeling (label → agreement)")
    for f in FEELINGS:
        if a["per_feeling"].get(f):
            print(f"  {f:13s} {rate(a['per_feeling'][f])}")
    print("\nper language")
    for lang in sorted(a["per_lang"]):
        print(f"  {lang}  {rate(a['per_lang'][lang])}")
    print(f"\nintensity agreement, where the feeling agrees: {rate(a['intensity'])}")
    print("\nsignals per message (precision = kinds found that are labelled; recall = labelled "
          "kinds found)")
    for kind, c in sorted(a["signals"].items()):
        found, labelled = c["tp"] + c["fp"], c["tp"] + c["fn"]
        p = f"{c['tp'] / found:6.1%}" if found else "     —"
        r = f"{c['tp'] / labelled:6.1%}" if labelled else "     —"
        print(f"  {kind:17s} precision {p} ({c['tp']}/{found})  recall {r} "
              f"({c['tp']}/{labelled})")
    print("\nconfusion (rows: label, columns: reading)")
    cols = [f for f in FEELINGS if any(a["confusion"][r][f] for r in a["confusion"])]
    print("  " + " " * 13 + "".join(f"{c[:6]:>7s}" for c in cols))
    for f in FEELINGS:
        if a["confusion"].get(f):
            print(f"  {f:13s}" + "".join(f"{a['confusion'][f][c] or '.':>7}" for c in cols))


def cost(messages: list[str], rounds: int) -> dict[str, tuple[float, float]]:
    """p50/p95 ms that reading adds to one rewrite: detecting the message's language (a new
    message each time), reading and anchoring it; wall time, and this thread's CPU time (what
    the work costs when other processes share the cores)."""
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        for text in messages:
            language.detect.cache_clear()  # every rewrite is a new message
            w0, c0 = time.perf_counter(), time.thread_time()
            lang = language.detect(text)
            w1 = time.perf_counter()
            customer.anchor(customer.read(text, lang), text)
            w2, c2 = time.perf_counter(), time.thread_time()
            samples["language detection, wall"].append((w1 - w0) * 1000)
            samples["read + anchor, wall"].append((w2 - w1) * 1000)
            samples["total, wall"].append((w2 - w0) * 1000)
            samples["total, CPU"].append((c2 - c0) * 1000)
            customer.read_remembered(text, lang)
            w3 = time.perf_counter()
            customer.anchor(customer.read_remembered(text, lang), text)
            samples["read remembered + anchor, wall (a cache hit)"].append(
                (time.perf_counter() - w3) * 1000)
    return {name: (pct(v, 50), pct(v, 95)) for name, v in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds over the messages")
    args = parser.parse_args()
    customer.warm_up()
    language.warm_up()
    rows = load_labels()
    if rows:
        for split in ("tune", "test"):
            part = [r for r in rows if r.get("split") == split]
            if part:
                report(split, agreement(part))
        messages = [r["text"] for r in rows]
    else:
        print("no labels (tests/corpus/labels.py) found: agreement skipped")
        cases = json.loads((ROOT / "prompts" / "eval.json").read_text(encoding="utf-8"))
        messages = [c["customer_message"] for c in cases if c.get("customer_message")]
    print(f"\n## cost: what reading the customer adds to one rewrite, over {len(messages)} "
          f"messages × {args.rounds} (mean {statistics.mean(len(m) for m in messages):.0f} "
          "characters)")
    for name, (p50, p95) in cost(messages, args.rounds).items():
        print(f"{name:45s} p50 {p50:.2f} ms, p95 {p95:.2f} ms")

if __name__ == "__main__":
    main()

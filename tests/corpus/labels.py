"""Hand labels for reading the customer (issue 10): what a careful reader finds in a message.

`customer_labels/corpus_en.json` labels the customer message of every record of the real corpus
(`real_pairs.jsonl`, evaluation only) by record id: the text is read from that file at run time
and never stored here, so its rows are left out where the corpus is absent (a clone without
`../shared`). `customer_labels/written_<lang>.json` hold messages we wrote ourselves, text
included. The labelling rules, the split rule and the counts are in `customer_labels/README.md`.

Tune a reader on the `tune` half only; report both halves.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

HERE = Path(__file__).parent / "customer_labels"
ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "es", "de", "fr", "pt")
FEELINGS = ("frustrated", "angry", "anxious", "disappointed", "confused", "hurried", "neutral",
            "satisfied", "delighted")
INTENSITIES = ("low", "medium", "high")
SIGNALS = ("repeat_contact", "urgency", "deadline_at_risk", "money_at_risk", "vulnerability",
           "sarcasm")
SPLITS = ("tune", "test")
CORPUS_FILE = "corpus_en.json"


def written_file(lang: str) -> str:
    return f"written_{lang}.json"


def splits(items: list[dict]) -> dict[str, str]:
    """The split rule, fixed before any reader was measured: within one file, the items of each
    feeling ordered by the SHA-1 of their id alternate tune, test, tune… so both halves hold
    every feeling a file has twice or more (a plain hash parity left whole feelings out of a
    language's test half)."""
    by_feeling: dict[str, list[str]] = {}
    for item in items:
        by_feeling.setdefault(item["feeling"], []).append(item["id"])
    out: dict[str, str] = {}
    for ids in by_feeling.values():
        ids.sort(key=lambda i: hashlib.sha1(i.encode("utf-8")).hexdigest())
        out.update((i, SPLITS[n % 2]) for n, i in enumerate(ids))
    return out


def default_corpus() -> Path:
    """`$HEARD_REAL_PAIRS`, else `shared/heard-corpus/real_pairs.jsonl` beside the checkout.

    A clone sits beside `shared/` (`../shared`); a worktree one level deeper (`../../shared`).
    """
    env = os.environ.get("HEARD_REAL_PAIRS")
    if env:
        return Path(env)
    for base in (ROOT.parent, ROOT.parent.parent):
        candidate = base / "shared" / "heard-corpus" / "real_pairs.jsonl"
        if candidate.exists():
            return candidate
    return ROOT.parent / "shared" / "heard-corpus" / "real_pairs.jsonl"


def read_file(name: str) -> dict:
    """One label file as stored: its header and its `items`."""
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def corpus_messages(path: Path) -> dict[str, str] | None:
    """Record id → the customer's message, or None when the corpus is not there."""
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return {r["id"]: r["customer_message"] for r in records}


def _row(item: dict, lang: str, text: str, source: str) -> dict:
    return {"id": item["id"], "lang": lang, "text": text, "feeling": item["feeling"],
            "also": item.get("also"), "intensity": item["intensity"],
            "signals": list(item["signals"]), "at_stake": item["at_stake"],
            "split": item["split"], "source": source, "note": item.get("note", "")}


def load(corpus_path: Path | None = None) -> list[dict]:
    """Every labelled message: id, lang, text, feeling, also (or None), intensity, signals,
    at_stake, split, source ("corpus" | "written") and note.

    Corpus rows come first and only when the corpus file exists; a label whose record id the
    corpus lacks is an error, not a silent gap in the measure.
    """
    path = default_corpus() if corpus_path is None else corpus_path
    rows: list[dict] = []
    messages = corpus_messages(path)
    if messages is not None:
        items = read_file(CORPUS_FILE)["items"]
        unknown = [i["id"] for i in items if i["id"] not in messages]
        if unknown:
            raise ValueError(f"labelled ids missing from {path}: {', '.join(unknown)}")
        rows += [_row(i, "en", messages[i["id"]], "corpus") for i in items]
    for lang in LANGS:
        items = read_file(written_file(lang))["items"]
        rows += [_row(i, lang, i["text"], "written") for i in items]
    return rows

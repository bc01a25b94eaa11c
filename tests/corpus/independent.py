"""The independent faithful sets: drafts with faithful and unsafe rewrites, blind to the guard.

Kept apart from the cases the guard was tuned on. `independent/` is split into a tune and a test
half; `independent2/` to `independent34/` were each written later by someone else and are held out
whole (every entry `test`; independent2 retired to development data after stop 17 and
independent3 at stop 20, see bench/eval.py DEV_SETS). Each folder's README says who wrote it,
the split rule and the counts.
"""

from __future__ import annotations

import json
from pathlib import Path

DIR = Path(__file__).with_name("independent")
FOLDERS = ("independent", "independent2", "independent3", "independent4", "independent5",
           "independent6", "independent7", "independent8", "independent9", "independent10",
           "independent11", "independent12", "independent13",
           "independent14", "independent15", "independent16", "independent17",
           "independent18", "independent19", "independent20", "independent21",
           "independent22", "independent23", "independent24",
           "independent25", "independent26", "independent27",
           "independent28", "independent29", "independent30",
           "independent31", "independent32", "independent33",
           "independent34")
LANGS = ("en", "es", "de", "fr", "pt")
SPLITS = ("tune", "test")
FORMATS = ("text", "html")
CLASSES = (
    "new_commitment",
    "firmer_modality",
    "dropped_condition",
    "changed_fact",
    "customer_fact_promise",
    "obeys_draft_injection",
    "language_switch",
)


def load(folder: str = "independent") -> list[dict]:
    """Every entry of every language file in `folder` (one of FOLDERS), each carrying its file's
    `lang`."""
    if folder not in FOLDERS:
        raise ValueError(f"unknown independent set {folder!r}; one of {FOLDERS}")
    entries = []
    for path in sorted(DIR.with_name(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        entries.extend({**entry, "lang": data["lang"]} for entry in data["entries"])
    return entries

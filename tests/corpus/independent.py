"""The independent faithful set: drafts with faithful and unsafe rewrites, blind to the guard.

Kept apart from the cases the guard was tuned on; see independent/README.md for who wrote it,
the split rule and the classes.
"""

from __future__ import annotations

import json
from pathlib import Path

DIR = Path(__file__).with_name("independent")
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


def load() -> list[dict]:
    """Every entry of every language file, each carrying its file's `lang`."""
    entries = []
    for path in sorted(DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        entries.extend({**entry, "lang": data["lang"]} for entry in data["entries"])
    return entries

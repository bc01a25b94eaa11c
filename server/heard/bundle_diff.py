"""What changed between two prompt bundles, field by field, word by word."""

from __future__ import annotations

from heard.diff import word_diff
from heard.prompts import PromptBundle


def flatten(bundle: PromptBundle) -> dict[str, str]:
    """Every editable text of a bundle under a readable path (`principles/own-it/title`)."""
    data = bundle.model_dump(mode="json")
    out = {"system": data["system"], "user": data["user"], "brand_voice": data["brand_voice"]}
    for p in data["principles"]:
        for k, v in p.items():
            if k != "id":
                out[f"principles/{p['id']}/{k}"] = _text(v)
    for t in data["tones"]:
        out[f"tones/{t['id'] or 'default'}/title"] = t["title"]
        out[f"tones/{t['id'] or 'default'}/instruction"] = t["instruction"]
    for m in data["moods"]:
        out[f"moods/{m['id']}/instruction"] = m["instruction"]
    for s in data["suggestions"]:
        out[f"suggestions/{s['kind']}/title"] = s["title"]
        out[f"suggestions/{s['kind']}/description"] = s["description"]
    for layer in data["layers"]:
        out[f"layers/{layer['id']}"] = layer["description"]
    for i, ex in enumerate(data["examples"], 1):
        out[f"examples/{i}/customer_message"] = ex["customer_message"]
        out[f"examples/{i}/draft"] = ex["draft"]
        out[f"examples/{i}/rewrite"] = ex["output"]["rewrite"]
    for kind, per_lang in sorted(data["phrases"].items()):
        for lang, value in sorted((per_lang or {}).items()):
            out[f"phrases/{kind}/{lang}"] = _text(value)
    return {k: v for k, v in out.items() if v != ""}


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value)
    if isinstance(value, dict):
        # Sorted: the same data sent back in another key order is no change.
        return "\n".join(f"{k}: {_text(v)}" for k, v in sorted(value.items()))
    return str(value)


def diff(old: PromptBundle, new: PromptBundle) -> list[dict]:
    a, b = flatten(old), flatten(new)
    fields = []
    for path in list(a) + [p for p in b if p not in a]:
        before, after = a.get(path, ""), b.get(path, "")
        if before == after:
            continue
        change = "added" if path not in a else "removed" if path not in b else "changed"
        fields.append({"path": path, "change": change, "diff": word_diff(before, after)})
    return fields

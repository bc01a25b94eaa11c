"""Prompts as data: the bundle in `prompts/` (or an admin's version of it) and its rendering.

Static guidance comes first and the draft last, so provider-side prompt caching can reuse the
long common prefix; the draft and the customer message are delimited data in the user turn.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from string import Template

from pydantic import BaseModel, ConfigDict, Field

from heard.schema import Candidate


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Principle(_Strict):
    id: str
    title: str
    description: str
    layer: str
    epitome: str
    smells: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class SuggestionKind(_Strict):
    kind: str
    title: str
    description: str


class Layer(_Strict):
    id: str
    description: str


class Example(_Strict):
    customer_message: str = ""
    draft: str
    format: str = "text"
    tone: str = ""
    output: Candidate


class Phrases(BaseModel):
    """Phrase lists per language; admins extend them. Unknown keys are kept for later use."""

    model_config = ConfigDict(extra="allow")

    stock_empathy: dict[str, list[str]] = Field(default_factory=dict)
    policy_wall: dict[str, list[str]] = Field(default_factory=dict)
    blame: dict[str, list[str]] = Field(default_factory=dict)
    apology: dict[str, list[str]] = Field(default_factory=dict)
    commitment: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    emotion_cues: dict[str, list[str]] = Field(default_factory=dict)


class PromptBundle(_Strict):
    system: str
    user: str
    principles: list[Principle]
    suggestions: list[SuggestionKind] = Field(default_factory=list)
    layers: list[Layer] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)
    phrases: Phrases = Field(default_factory=Phrases)

    @property
    def digest(self) -> str:
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()
        return hashlib.sha256(canonical).hexdigest()[:12]

    def principle_ids(self) -> set[str]:
        return {p.id for p in self.principles}

    def suggestion_kinds(self) -> set[str]:
        return {s.kind for s in self.suggestions}


def load_bundle(directory: Path) -> PromptBundle:
    """Read the bundle files; a missing or malformed file names itself in the error."""
    def read_json(name: str, default=None):
        path = directory / name
        if not path.exists() and default is not None:
            return default
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ValueError(f"prompt file {path} is unreadable: {exc}") from exc

    catalogue = read_json("principles.json")
    return PromptBundle(
        system=(directory / "system.md").read_text(encoding="utf-8"),
        user=(directory / "user.md").read_text(encoding="utf-8"),
        principles=catalogue["principles"],
        suggestions=catalogue.get("suggestions", []),
        layers=catalogue.get("layers", []),
        examples=read_json("examples.json", []),
        phrases=read_json("phrases.json", {}),
    )


def render_system(bundle: PromptBundle) -> str:
    lines = [bundle.system.strip(), "", "## Principle catalogue (use these ids in `principle`)"]
    lines += [f"- `{p.id}` — {p.title}: {p.description}" for p in bundle.principles]
    if bundle.suggestions:
        lines += ["", "## Suggestion kinds (use these ids in `kind`; never write them into "
                  "the reply)"]
        lines += [f"- `{s.kind}` — {s.title}: {s.description}" for s in bundle.suggestions]
    return "\n".join(lines)


def render_user(bundle: PromptBundle, **values: str) -> str:
    """Fill the user template; values are substituted once and never re-parsed as template."""
    defaults = {"draft": "", "customer_message": "", "customer_name": "", "channel": "",
                "tone": "", "locale": "", "format": "text"}
    filled = {k: (v if v else "(none)") for k, v in {**defaults, **values}.items()}
    filled["draft"] = values.get("draft", "")
    return Template(bundle.user).safe_substitute(filled)


def render_messages(bundle: PromptBundle, **values: str) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": render_system(bundle)}]
    for ex in bundle.examples:
        messages.append({"role": "user", "content": render_user(
            bundle, draft=ex.draft, customer_message=ex.customer_message, format=ex.format,
            tone=ex.tone)})
        messages.append({"role": "assistant", "content": ex.output.model_dump_json()})
    messages.append({"role": "user", "content": render_user(bundle, **values)})
    return messages

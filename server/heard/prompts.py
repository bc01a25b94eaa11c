"""Prompts as data: the bundle in `prompts/` (or an admin's version of it) and its rendering.

Static guidance comes first and the draft last, so provider-side prompt caching can reuse the
long common prefix; the draft and the customer message are delimited data in the user turn.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from string import Template
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from heard.schema import Candidate


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
TEXT_MAX = 20_000  # characters of one admin-edited text field


class Principle(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(min_length=1, max_length=TEXT_MAX)
    layer: str = "custom"
    epitome: str = ""
    smells: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    # Disabled principles stay in the catalogue (and in old versions) but leave the prompt.
    enabled: bool = True


class TonePreset(_Strict):
    """A requested tone (`tone` in the rewrite request): its wording is the team's to edit."""

    id: str = Field(pattern=r"^(|[a-z0-9][a-z0-9-]{0,31})$")
    title: str = Field(min_length=1, max_length=100)
    instruction: str = Field(min_length=1, max_length=TEXT_MAX)


class MoodPreset(_Strict):
    """How to answer a customer in one mood (heard.customer's feelings): the team's words,
    shown to the model with Heard's reading of the customer."""

    id: Literal["frustrated", "angry", "anxious", "disappointed", "confused", "hurried",
                "neutral", "satisfied", "delighted"]
    instruction: str = Field(min_length=1, max_length=TEXT_MAX)


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
    """The team's own phrase lists per language, on top of Heard's built-in vocabulary.

    The built-ins live in `heard/lang/<code>.json` (see `heard.vocab`) and always apply; these
    lists only extend them, so an admin can add a stock phrase, a commitment word or a banned
    phrase but never switch a built-in check off. Unknown keys are kept for later use.
    """

    model_config = ConfigDict(extra="allow")

    stock_empathy: dict[str, list[str]] = Field(default_factory=dict)
    policy_wall: dict[str, list[str]] = Field(default_factory=dict)
    blame: dict[str, list[str]] = Field(default_factory=dict)
    apology: dict[str, list[str]] = Field(default_factory=dict)
    commitment: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    emotion_cues: dict[str, list[str]] = Field(default_factory=dict)  # feeling -> cues
    # Phrases the team never wants in a reply; the guard flags them like stock empathy.
    banned: dict[str, list[str]] = Field(default_factory=dict)


class PromptBundle(_Strict):
    system: str = Field(min_length=1, max_length=100_000)
    user: str = Field(min_length=1, max_length=TEXT_MAX)
    principles: list[Principle] = Field(min_length=1, max_length=200)
    suggestions: list[SuggestionKind] = Field(default_factory=list)
    layers: list[Layer] = Field(default_factory=list)
    tones: list[TonePreset] = Field(default_factory=list, max_length=50)
    moods: list[MoodPreset] = Field(default_factory=list, max_length=20)
    brand_voice: str = Field("", max_length=TEXT_MAX)
    examples: list[Example] = Field(default_factory=list, max_length=50)
    phrases: Phrases = Field(default_factory=Phrases)

    @model_validator(mode="after")
    def _unique_ids(self) -> PromptBundle:
        for what, ids in (("principles", [p.id for p in self.principles]),
                          ("tones", [t.id for t in self.tones]),
                          ("moods", [m.id for m in self.moods])):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                raise ValueError(f"{what}: the id {dupes[0]!r} is used twice; ids are unique")
        if "$draft" not in self.user:
            raise ValueError("user: the template must contain $draft, where the agent's draft "
                             "goes")
        return self

    @property
    def digest(self) -> str:
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()
        return hashlib.sha256(canonical).hexdigest()[:12]

    def principle_ids(self) -> set[str]:
        """The ids a change may carry: the enabled principles."""
        return {p.id for p in self.principles if p.enabled}

    def suggestion_kinds(self) -> set[str]:
        return {s.kind for s in self.suggestions}


# The files of a bundle in `prompts/` (eval.json beside them is the evaluation set, not part
# of the bundle). Export writes exactly these, so export → import → export is byte-identical.
FILES = ("system.md", "user.md", "principles.json", "tones.json", "moods.json", "brand_voice.md",
         "examples.json", "phrases.json")


def load_bundle(directory: Path) -> PromptBundle:
    """Read the bundle files; a missing or malformed file names itself in the error."""
    def read_json(name: str, default=None):
        path = directory / name
        if not path.exists() and default is not None:
            return default
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"prompt file {path} is unreadable: {exc}") from exc

    def read_text(name: str, default: str | None = None) -> str:
        path = directory / name
        if not path.exists() and default is not None:
            return default
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"prompt file {path} is unreadable: {exc}") from exc

    catalogue = read_json("principles.json")
    if not isinstance(catalogue, dict):
        raise ValueError(f"prompt file {directory / 'principles.json'} must hold an object "
                         "with a `principles` list")
    return PromptBundle(
        system=read_text("system.md"),
        user=read_text("user.md"),
        principles=catalogue.get("principles", []),
        suggestions=catalogue.get("suggestions", []),
        layers=catalogue.get("layers", []),
        tones=read_json("tones.json", []),
        moods=read_json("moods.json", []),
        brand_voice=read_text("brand_voice.md", ""),
        examples=read_json("examples.json", []),
        phrases=read_json("phrases.json", {}),
    )


def bundle_files(bundle: PromptBundle) -> dict[str, str]:
    """The bundle as the files of `prompts/`, file name → text."""
    data = bundle.model_dump(mode="json", exclude_defaults=False)

    def dump(value, indent: int = 2) -> str:
        return json.dumps(value, indent=indent, ensure_ascii=False) + "\n"

    files = {
        "system.md": bundle.system,
        "user.md": bundle.user,
        "principles.json": dump({"principles": [_lean(p, Principle) for p in
                                                data["principles"]],
                                 "suggestions": data["suggestions"],
                                 "layers": data["layers"]}),
        "tones.json": dump(data["tones"]),
        "moods.json": dump(data["moods"]),
        "examples.json": dump(data["examples"]),
        "phrases.json": dump(data["phrases"], indent=1),  # as the shipped file is written
    }
    if bundle.brand_voice:
        files["brand_voice.md"] = bundle.brand_voice
    return files


def _lean(item: dict, model: type[BaseModel]) -> dict:
    """Drop fields left at their default (`enabled: true`), so the files stay as written."""
    defaults = {name: f.get_default(call_default_factory=True)
                for name, f in model.model_fields.items() if not f.is_required()}
    return {k: v for k, v in item.items() if k not in defaults or v != defaults[k]}


def write_bundle(bundle: PromptBundle, directory: Path) -> list[Path]:
    """Export: write the bundle's files into `directory` (created if need be)."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in bundle_files(bundle).items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    if not bundle.brand_voice:
        (directory / "brand_voice.md").unlink(missing_ok=True)
    return written


def render_system(bundle: PromptBundle) -> str:
    lines = [bundle.system.strip(), "", "## Principle catalogue (use these ids in `principle`)"]
    lines += [f"- `{p.id}` — {p.title}: {p.description}" for p in bundle.principles
              if p.enabled]
    if bundle.suggestions:
        lines += ["", "## Suggestion kinds (use these ids in `kind`; never write them into "
                  "the reply)"]
        lines += [f"- `{s.kind}` — {s.title}: {s.description}" for s in bundle.suggestions]
    if bundle.tones:
        lines += ["", "## Requested tone", "", "The user message may carry a requested tone. "
                  "Apply it on top of everything above; it never relaxes a hard rule."]
        lines += [f"- `{t.id}` — {t.instruction}" if t.id else f"- empty — {t.instruction}"
                  for t in bundle.tones]
    if bundle.moods:
        lines += ["", "## The customer's mood", "", "The user message carries Heard's reading "
                  "of the customer (a hint: read the message yourself and correct it). Match "
                  "the reply to the customer's mood as the team asks:"]
        lines += [f"- `{m.id}` — {m.instruction}" for m in bundle.moods]
    if bundle.brand_voice.strip():
        # The team's own words about its voice: style guidance, never a licence to break a
        # hard rule, which the guard enforces whatever this says.
        lines += ["", "## The team's brand voice (style only; the hard rules above win)", "",
                  bundle.brand_voice.strip()]
    return "\n".join(lines)


def render_user(bundle: PromptBundle, **values: str) -> str:
    """Fill the user template; values are substituted once and never re-parsed as template."""
    defaults = {"draft": "", "customer_message": "", "customer_name": "", "channel": "",
                "tone": "", "locale": "", "format": "text", "customer_reading": ""}
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

"""The shapes that cross a boundary: the request body, the model's answer, the response."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, model_validator

Tone = Literal["", "warmer", "concise", "formal"]


class Context(BaseModel):
    model_config = ConfigDict(extra="ignore")

    customer_message: StrictStr = Field("", max_length=50_000)
    customer_name: StrictStr = Field("", max_length=200)
    channel: StrictStr = Field("", max_length=50)
    site: StrictStr = Field("", max_length=200)


class RewriteRequest(BaseModel):
    # The document says what `_one_draft` checks: exactly one of `text` or `html`.
    model_config = ConfigDict(extra="ignore", json_schema_extra={
        "oneOf": [{"required": ["text"]}, {"required": ["html"]}]})

    text: StrictStr | None = None
    html: StrictStr | None = None
    context: Context = Field(default_factory=Context)
    tone: Tone = ""
    locale: StrictStr = Field("", max_length=35)
    profile: StrictStr = Field("", max_length=64)
    no_cache: StrictBool = False

    @model_validator(mode="after")
    def _one_draft(self) -> RewriteRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("send exactly one of `text` or `html`")
        return self

    @property
    def draft(self) -> str:
        return self.text if self.text is not None else self.html or ""

    @property
    def format(self) -> Literal["text", "html"]:
        return "html" if self.html is not None else "text"


class Change(BaseModel):
    model_config = ConfigDict(extra="ignore")

    principle: str
    before: str = ""
    after: str = ""
    explanation: str = ""


class Suggestion(BaseModel):
    model_config = ConfigDict(extra="ignore")

    kind: str
    text: str


Feeling = Literal["frustrated", "angry", "anxious", "disappointed", "confused", "hurried",
                  "neutral", "satisfied", "delighted"]
Intensity = Literal["low", "medium", "high"]
SignalKind = Literal["repeat_contact", "urgency", "deadline_at_risk", "money_at_risk",
                     "vulnerability", "sarcasm", "feeling"]


class Signal(BaseModel):
    """Words of the customer's message that show how they feel or what is at stake; `start`
    and `end` are offsets into the message the agent's page sent (end exclusive)."""

    model_config = ConfigDict(extra="ignore")

    kind: SignalKind
    text: str = Field(min_length=1, max_length=200)
    start: int = 0
    end: int = 0


class Reading(BaseModel):
    """How the customer reads: their feeling, how strongly, what is at stake for them."""

    model_config = ConfigDict(extra="ignore")

    feeling: Feeling
    intensity: Intensity
    at_stake: str = Field("", max_length=200)
    signals: list[Signal] = Field(default_factory=list, max_length=50)


class Candidate(BaseModel):
    """What a generator (LLM or offline engine) proposes, on masked text."""

    model_config = ConfigDict(extra="ignore")

    rewrite: str
    changes: list[Change] = Field(default_factory=list)
    suggestions: list[Suggestion] = Field(default_factory=list)
    # The model's reading of the customer, as it gave it (validated by heard.customer, which
    # falls back to the offline reading when it is missing or garbled).
    customer: dict | None = None


class Warning(BaseModel):
    code: str
    message: str


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cost_usd=round(self.cost_usd + other.cost_usd, 8),
        )

"""One rewrite, top to bottom: validate → protect → cache → generate → guard → restore → explain.

No Flask here: the views hand in a request and the services; streaming views get deltas through
`on_delta`. Every failure past validation degrades (offline engine, then the draft itself) and
is named in `warnings`; nothing here raises for a model or a store that misbehaves.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from heard import explain, guard, language, markup, metrics, offline, score
from heard.budget import count_tokens
from heard.cache import RewriteCache, key
from heard.config import Settings
from heard.diff import word_diff
from heard.errors import ApiError
from heard.llm import LlmError, Provider, RewriteFieldStream, parse_answer
from heard.prompts import PromptBundle, render_messages
from heard.protect import MARKER_RE, Masked, Masker, restore
from heard.schema import Candidate, RewriteRequest, Usage, Warning
from heard.singleflight import SingleFlight

log = logging.getLogger(__name__)
Delta = Callable[[str], None]


@dataclass
class Services:
    settings: Settings
    bundle: PromptBundle
    prompt_version: str
    cache: RewriteCache
    llm: Provider | None = None  # None: the offline engine only
    flights: SingleFlight | None = None  # identical concurrent misses share one call
    # Told what the guard found in each generated candidate ("openai" or "offline", and its
    # violations, [] when it passed): the evaluation counts first-try passes with it, which the
    # answer alone cannot show (a rejected first output that the retry fixed leaves no trace).
    on_guard: Callable[[str, list[guard.Violation]], None] | None = None


@dataclass
class Attempt:
    candidate: Candidate
    provider: str
    model: str
    usage: Usage = field(default_factory=Usage)
    warnings: list[Warning] = field(default_factory=list)
    cacheable: bool = True

    def to_value(self) -> dict:
        """The masked, JSON-able form kept in the cache and shared by single-flight."""
        return {"candidate": self.candidate.model_dump(), "provider": self.provider,
                "model": self.model, "warnings": [w.model_dump() for w in self.warnings],
                "cacheable": self.cacheable}

    @classmethod
    def from_value(cls, value: dict) -> Attempt:
        return cls(Candidate.model_validate(value["candidate"]), value["provider"],
                   value["model"], warnings=[Warning.model_validate(w) for w in
                                             value.get("warnings", [])],
                   cacheable=value.get("cacheable", True))


class _Restorer:
    """Restores markers in streamed text, holding back a marker split across chunks."""

    def __init__(self, originals: dict[str, str], sink: Delta) -> None:
        self.originals, self.sink, self.pending = originals, sink, ""

    def __call__(self, text: str) -> None:
        self.pending += text
        cut = self.pending.rfind("⟦")
        if cut >= 0 and "⟧" not in self.pending[cut:]:
            ready, self.pending = self.pending[:cut], self.pending[cut:]
        else:
            ready, self.pending = self.pending, ""
        if ready:
            self.sink(restore(ready, self.originals))

    def flush(self) -> None:
        if self.pending:
            self.sink(restore(self.pending, self.originals))
            self.pending = ""


@dataclass(frozen=True)
class Checked:
    """A request that passed validation: its (sanitised) draft and that draft as text."""

    draft: str
    plain_draft: str


def check(req: RewriteRequest, svc: Services) -> Checked:
    """Every reason to refuse a request, raised before any work (or any streamed byte)."""
    draft = markup.sanitize(req.draft) if req.format == "html" else req.draft
    plain_draft = markup.to_text(draft) if req.format == "html" else draft
    if not plain_draft.strip():
        raise ApiError(400, "empty_draft", "The draft is empty; write a reply first, then ask "
                       "Heard to improve it.")
    used = count_tokens(draft, req.context.customer_message)
    if used > svc.settings.max_input_tokens:
        raise ApiError(413, "too_many_tokens", f"The draft and context are {used} tokens; the "
                       f"limit is {svc.settings.max_input_tokens}. Shorten the draft or rewrite "
                       "a selection.")
    return Checked(draft, plain_draft)


def run(req: RewriteRequest, svc: Services, on_delta: Delta | None = None,
        on_reset: Callable[[], None] | None = None, checked: Checked | None = None) -> dict:
    started = time.perf_counter()
    checked = checked or check(req, svc)
    draft, plain_draft, fmt, ctx = checked.draft, checked.plain_draft, req.format, req.context

    masker = Masker(names=[ctx.customer_name])
    masker.learn(ctx.customer_message)  # a name the customer signed with is masked everywhere
    name_marker = masker.marker_for_name(ctx.customer_name) or ""
    masked = masker.mask(draft)
    masked_msg = masker.mask(ctx.customer_message)
    originals, kinds = masker.originals, masker.kinds
    lang = language.detect(masked.text) or (req.locale[:2].lower() or None)

    provider = svc.llm.name if svc.llm else "offline"
    model = svc.llm.model if svc.llm else "rules-v1"
    cache_key = key(draft=masked.text, context=masked_msg.text, fmt=fmt, tone=req.tone,
                    locale=req.locale, profile=req.profile, prompt=svc.prompt_version,
                    provider=provider, model=model, channel=ctx.channel,
                    kinds=",".join(f"{m}={k}" for m, k in kinds.items()), name=name_marker)
    warnings: list[Warning] = []
    hit, reachable = (None, True) if req.no_cache else svc.cache.get(cache_key,
                                                                     svc.prompt_version)

    def produce() -> dict:  # a miss: generate, and cache before single-flight lets go
        nonlocal reachable
        fresh = _generate(req, svc, masked, masked_msg.text, kinds, lang, fmt,
                          on_delta and _Restorer(originals, on_delta), on_reset, name_marker)
        if fresh.cacheable and not req.no_cache and reachable:
            reachable = svc.cache.put(cache_key, Attempt(fresh.candidate, fresh.provider,
                                                         fresh.model).to_value())
        return fresh.to_value() | {"usage": fresh.usage.model_dump()}

    shared = False
    if hit:
        attempt = Attempt.from_value(hit)
    elif req.no_cache or svc.flights is None:
        value = produce()
        attempt = Attempt.from_value(value)
        attempt.usage = Usage.model_validate(value["usage"])
    else:
        value, shared = svc.flights.run(cache_key, produce)
        attempt = Attempt.from_value(value)
        if not shared:  # followers spent no tokens, like cache hits
            attempt.usage = Usage.model_validate(value["usage"])
    if on_delta and (hit or shared):
        _stream_whole(attempt.candidate.rewrite, _Restorer(originals, on_delta))
    hit = hit or shared
    warnings += attempt.warnings
    if not reachable:
        warnings.append(Warning(code="cache_unavailable", message="The cache is unreachable; "
                                "this rewrite was not cached."))
    answer = _answer(req, svc, draft, plain_draft, fmt, attempt, originals, lang)
    answer.update(cached=bool(hit), warnings=[w.model_dump() for w in _restore_warnings(
        warnings, originals)])
    log.info("rewrite done", extra={"provider": answer["provider"], "cached": bool(hit),
                                    "ms": round((time.perf_counter() - started) * 1000, 1),
                                    "warnings": [w["code"] for w in answer["warnings"]]})
    return answer


def _generate(req: RewriteRequest, svc: Services, masked: Masked, masked_msg: str,
              kinds: dict[str, str], lang: str | None, fmt: str, on_delta: _Restorer | None,
              on_reset: Callable[[], None] | None, name_marker: str = "") -> Attempt:
    warnings: list[Warning] = []

    def violations(candidate: Candidate) -> list[guard.Violation]:
        broken = guard.check(masked.text, candidate.rewrite, phrases=svc.bundle.phrases,
                             fmt=fmt, customer_message=masked_msg, kinds=kinds, lang=lang,
                             instructions=svc.bundle.system)
        for v in broken:
            metrics.GUARD_VIOLATIONS.labels(v.code).inc()
        return broken

    if svc.llm is not None:
        messages = render_messages(
            svc.bundle, draft=masked.text, customer_message=masked_msg,
            customer_name=name_marker, tone=req.tone,
            channel=req.context.channel, locale=req.locale, format=fmt)
        usage = Usage()
        for attempt_no in range(2):
            stream = _llm_stream(on_delta) if on_delta else None
            try:
                completion = svc.llm.complete(messages, on_delta=stream)
            except LlmError as exc:
                warnings.append(Warning(code=exc.code, message=exc.message + " Heard used its "
                                        "offline rewriter instead."))
                break
            usage = usage + completion.usage
            try:
                candidate = parse_answer(completion.raw)
                broken = violations(candidate)
            except ValueError as exc:
                candidate, broken = None, [guard.Violation("bad_output", str(exc))]
            if svc.on_guard:
                svc.on_guard("openai", broken)
            if on_delta:
                on_delta.flush()
            if not broken:
                return Attempt(candidate, "openai", completion.model or svc.llm.model, usage,
                               warnings)
            if attempt_no == 0:
                if on_reset:
                    on_reset()
                messages = [*messages, {"role": "assistant", "content": completion.raw},
                            {"role": "user", "content": _correction(broken)}]
                continue
            warnings += [Warning(code=v.code, message=v.message + " The model's rewrite was "
                                 "discarded.") for v in broken]
        if on_reset:
            on_reset()
        fallback = _offline(req, svc, masked, masked_msg, lang, violations, on_delta)
        fallback.usage, fallback.cacheable = usage, False
        fallback.warnings = warnings + fallback.warnings
        return fallback
    return _offline(req, svc, masked, masked_msg, lang, violations, on_delta)


def _offline(req, svc: Services, masked: Masked, masked_msg: str, lang: str | None,
             violations, on_delta: _Restorer | None) -> Attempt:
    candidate = offline.rewrite(masked.text, customer_message=masked_msg, lang=lang,
                                phrases=svc.bundle.phrases, tone=req.tone)
    broken = violations(candidate)
    if svc.on_guard:
        svc.on_guard("offline", broken)
    warnings = []
    if broken:
        warnings = [Warning(code=v.code, message=v.message + " Your draft is returned "
                            "unchanged.") for v in broken]
        candidate = Candidate(rewrite=masked.text)
    if on_delta:
        _stream_whole(candidate.rewrite, on_delta)
    return Attempt(candidate, "offline", "rules-v1", warnings=warnings, cacheable=not broken)


def _llm_stream(restorer: _Restorer) -> Delta:
    decoder = RewriteFieldStream()
    return lambda chunk: restorer(decoder.feed(chunk))


def _stream_whole(text: str, sink: _Restorer) -> None:
    words = text.split(" ")
    for i in range(0, len(words), 4):
        sink(" ".join(words[i:i + 4]) + (" " if i + 4 < len(words) else ""))
    sink.flush()


def _correction(broken: list[guard.Violation]) -> str:
    problems = "\n".join(f"- [{v.code}] {v.message}" for v in broken)
    return ("Your rewrite broke these rules:\n" + problems + "\nReturn the corrected JSON "
            "object only. Keep every ⟦n⟧ marker exactly as often as in the draft, add no "
            "commitment, number or day the draft does not have, keep the draft's decision, "
            "language and markup, apologise at most once, use no stock empathy phrase, and "
            "make any acknowledgement about what this customer wrote.")


def _restore_warnings(warnings: list[Warning], originals: dict[str, str]) -> list[Warning]:
    return [Warning(code=w.code, message=MARKER_RE.sub(
        lambda m: f"“{originals.get(m.group(0), m.group(0))}”", w.message)) for w in warnings]


def _answer(req: RewriteRequest, svc: Services, draft: str, plain_draft: str, fmt: str,
            attempt: Attempt, originals: dict[str, str], lang: str | None) -> dict:
    rewritten = restore(attempt.candidate.rewrite, originals)
    html = markup.sanitize(rewritten) if fmt == "html" else None
    plain = markup.to_text(html) if html is not None else rewritten
    ops = word_diff(plain_draft, plain)
    proposed = [c.model_copy(update={"before": restore(c.before, originals),
                                     "after": restore(c.after, originals)})
                for c in attempt.candidate.changes]
    changes = explain.align(ops, proposed, svc.bundle.principle_ids(), lang)
    kinds = svc.bundle.suggestion_kinds()
    suggestions = [{"kind": s.kind, "text": restore(s.text, originals)}
                   for s in attempt.candidate.suggestions if s.kind in kinds]
    answer = {
        "id": uuid.uuid4().hex,
        "rewrite": plain,
        "diff": ops,
        "changes": [c.model_dump() for c in changes],
        "suggestions": suggestions,
        "scores": score.compare(plain_draft, plain, svc.bundle.phrases, lang),
        "provider": attempt.provider,
        "model": attempt.model,
        "prompt_version": svc.prompt_version,
        "language": lang,
        "usage": attempt.usage.model_dump(),
    }
    if html is not None:
        answer["html"] = html
    return answer

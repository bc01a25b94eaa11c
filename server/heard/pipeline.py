"""One rewrite, top to bottom: validate → protect → read the customer → cache → generate → guard →
restore → explain.

No Flask here: the views hand in a request and the services; streaming views get deltas through
`on_delta`. Every failure past validation degrades (offline engine, then the draft itself) and
is named in `warnings`; nothing here raises for a model or a store that misbehaves.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from redis.client import Pipeline

from heard import customer, explain, guard, language, markup, metrics, offline, score
from heard.budget import count_tokens
from heard.cache import Lookup, RewriteCache, key
from heard.config import Settings
from heard.diff import word_diff
from heard.llm import LlmError, Provider, RewriteFieldStream, parse_answer
from heard.prompts import PromptBundle, render_messages
from heard.protect import MARKER_RE, Masked, Masker, restore
from heard.refusal import Refused
from heard.schema import Candidate, Change, Reading, RewriteRequest, Usage, Warning
from heard.singleflight import SingleFlight
from heard.tokens import DEFAULT_PROFILE
from heard.usage import Writes
from heard.versions import Prefetched, PromptVersions

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
    versions: PromptVersions | None = None  # None: the files' bundle, no admin versions
    # Told what the guard found in each generated candidate ("openai" or "offline", and its
    # violations, [] when it passed): the evaluation counts first-try passes with it, which the
    # answer alone cannot show (a rejected first output that the retry fixed leaves no trace).
    on_guard: Callable[[str, list[guard.Violation]], None] | None = None
    # Told the masked draft, context and rewrite of each answer (the customer's personal data
    # already replaced by markers): the opt-in samples an admin can turn into eval cases.
    on_masked: Callable[[dict], None] | None = None
    # Told "hit" or "miss" when the cache answered a lookup, and whether the hit's usage
    # counts were written with it (`count_hit`); the view counts the rest.
    on_cache: Callable[[str, bool], None] | None = None
    # Given the job, its cache key and the warnings known before the lookup: the usage counts
    # of a hit, written by the lookup itself when the value is there (heard.hitcount).
    count_hit: Callable[[Job, str, list[Warning]], Writes | None] | None = None
    # False for the admin playground and evaluation: no cache stats, no metrics.
    record: bool = True
    stale_voice: bool = False  # the store was down: the bundle is this process's last one


def select_voice(svc: Services, profile: str, pilot: bool = False, agent: str = "",
                 prefetched: Prefetched | None = None, store_down: bool = False) -> Services:
    """The services with the prompt version this request gets: its profile's `staging` label
    for pilots and for agents in a staged rollout, `production` for everyone else. A label
    move shows on the next request. `prefetched`/`store_down`: see `for_request`."""
    if svc.versions is None:
        return svc
    resolved = svc.versions.for_request(profile or DEFAULT_PROFILE,
                                        "staging" if pilot else "production", agent,
                                        prefetched, store_down)
    return replace(svc, bundle=resolved.version.bundle, prompt_version=resolved.version.key,
                   stale_voice=resolved.stale)


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
    """A request that passed validation: its draft as the reader sees it (sanitised, notes to
    an AI hidden in its HTML taken out: markup.draft_parts), that draft as text, and the notes
    taken out, which only the guard reads."""

    draft: str
    plain_draft: str
    notes: tuple[str, ...] = ()


def check(req: RewriteRequest, svc: Services) -> Checked:
    """Every reason to refuse a request, raised before any work (or any streamed byte)."""
    draft, notes = markup.draft_parts(req.draft, req.format)
    plain_draft = markup.to_text(draft) if req.format == "html" else draft
    if not plain_draft.strip():
        raise Refused(400, "empty_draft", "The draft is empty; write a reply first, then ask "
                       "Heard to improve it.")
    used = count_tokens(draft, req.context.customer_message)
    if used > svc.settings.max_input_tokens:
        raise Refused(413, "too_many_tokens", f"The draft and context are {used} tokens; the "
                       f"limit is {svc.settings.max_input_tokens}. Shorten the draft or rewrite "
                       "a selection.")
    return Checked(draft, plain_draft, tuple(notes))


@dataclass
class Job:
    """One rewrite on its way through the pipeline: the request, the services (with the
    prompt version this request gets) and what each step learned about the draft."""

    req: RewriteRequest
    svc: Services
    checked: Checked
    masked: Masked
    masked_msg: str
    originals: dict[str, str]
    kinds: dict[str, str]
    name_marker: str
    lang: str | None
    # The offline reading of the masked customer message (None without a message): the
    # offline engine's guide, the model's hint, and the answer when the model gives none.
    reading: Reading | None = None
    on_delta: _Restorer | None = None
    on_reset: Callable[[], None] | None = None
    same: dict[str, str] = field(default_factory=dict)  # markers of one fact (Masker.same)
    # The notes taken out of the draft (Checked.notes), masked: the guard's, never the model's.
    masked_notes: str = ""
    today: frozenset[str] = frozenset()  # markers of a plain "today" (Masker.today)
    counts: dict[str, int] = field(default_factory=dict)  # small numbers (Masker.counts)
    # The answer's id, known before the lookup so a hit's counts can be written with it.
    answer_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def fmt(self) -> str:
        return self.req.format

    @property
    def bundle(self) -> PromptBundle:
        return self.svc.bundle

    def cache_key(self) -> str:
        svc, req = self.svc, self.req
        return key(draft=self.masked.text, context=self.masked_msg, fmt=self.fmt,
                   tone=req.tone, locale=req.locale, profile=req.profile,
                   prompt=svc.prompt_version, provider=svc.llm.name if svc.llm else "offline",
                   model=svc.llm.model if svc.llm else "rules-v1", channel=req.context.channel,
                   kinds=",".join(f"{m}={k}" for m, k in self.kinds.items()),
                   name=self.name_marker,
                   mood=f"{self.reading.feeling}/{self.reading.intensity}" if self.reading
                   else "", **({"notes": self.masked_notes} if self.masked_notes else {}))


def prepare(req: RewriteRequest, svc: Services, checked: Checked | None = None,
            on_delta: Delta | None = None,
            on_reset: Callable[[], None] | None = None) -> Job:
    """Validate, then mask the facts of draft and context (the model and the cache only ever
    see the masked text)."""
    checked = checked or check(req, svc)
    ctx = req.context
    masker = Masker(names=[ctx.customer_name])
    masker.learn_from_customer(ctx.customer_message)  # a name they gave is masked everywhere
    name_marker = masker.marker_for_name(ctx.customer_name) or ""
    masked = masker.mask(checked.draft)
    masked_msg = masker.mask(ctx.customer_message)
    masked_notes = masker.mask("\n".join(checked.notes)).text
    lang = language.detect(masked.text) or (req.locale[:2].lower() or None)
    reading = None
    if masked_msg.text.strip():  # the customer's own language, else the draft's
        reading = customer.read_remembered(masked_msg.text,
                                           language.detect(masked_msg.text) or lang,
                                           svc.bundle.phrases, masker.kinds)
    return Job(req, svc, checked, masked, masked_msg.text, masker.originals, masker.kinds,
               name_marker, lang, reading, on_delta and _Restorer(masker.originals, on_delta),
               on_reset, masker.same, masked_notes, masker.today(), masker.counts())


def run(req: RewriteRequest, svc: Services, on_delta: Delta | None = None,
        on_reset: Callable[[], None] | None = None, checked: Checked | None = None) -> dict:
    started = time.perf_counter()
    job = prepare(req, svc, checked, on_delta, on_reset)
    cache_key = job.cache_key()
    warnings: list[Warning] = []
    # A note to an AI in the agent's own draft (guard.notices): never obeyed, always told.
    warnings += [Warning(code=v.code, message=v.message) for v in guard.notices(req.draft)]
    if svc.stale_voice:
        warnings.append(Warning(code="prompt_store_unavailable", message="Heard's store is "
                                f"unreachable; this rewrite used prompt version "
                                f"{svc.prompt_version}, the last one this server loaded."))
    if req.no_cache:
        lookup = Lookup(None, True)
    else:
        count = svc.count_hit(job, cache_key, warnings) if svc.count_hit and \
            svc.cache.counts_hits else None
        lookup = svc.cache.get(cache_key, count)
        if svc.on_cache and lookup.reachable:
            svc.on_cache("hit" if lookup.value else "miss", lookup.counted)
    hit, reachable = lookup.value, lookup.reachable

    def produce() -> dict:  # a miss: generate; `keep` caches it before single-flight lets go
        fresh = _generate(job)
        return fresh.to_value() | {"usage": fresh.usage.model_dump()}

    def keepable(value: dict) -> bool:
        return value["cacheable"] and not req.no_cache and reachable

    def keep(value: dict, pipe: Pipeline) -> bool:
        return keepable(value) and svc.cache.queue_put(pipe, cache_key, _cached(value))

    shared = False
    if hit:
        attempt = Attempt.from_value(hit)
    elif req.no_cache or svc.flights is None:
        value = produce()
        if keepable(value):
            reachable = svc.cache.put(cache_key, _cached(value))
        attempt = Attempt.from_value(value)
        attempt.usage = Usage.model_validate(value["usage"])
    else:
        value, shared, kept = svc.flights.run(cache_key, produce, keep)
        if not kept:
            log.warning("cache unavailable: this rewrite was not kept")
            reachable = False
        attempt = Attempt.from_value(value)
        if not shared:  # followers spent no tokens, like cache hits
            attempt.usage = Usage.model_validate(value["usage"])
    if job.on_delta and (hit or shared):
        _stream_whole(attempt.candidate.rewrite, job.on_delta)
    hit = hit or shared
    warnings += attempt.warnings
    if not reachable:
        warnings.append(Warning(code="cache_unavailable", message="The cache is unreachable; "
                                "this rewrite was not cached."))
    answer = _answer(job, attempt)
    if svc.on_masked:
        svc.on_masked({"draft": job.masked.text, "customer_message": job.masked_msg,
                       "rewrite": attempt.candidate.rewrite, "format": job.fmt,
                       "lang": job.lang or "", "kinds": job.kinds})
    answer.update(cached=bool(hit), warnings=[w.model_dump() for w in _restore_warnings(
        warnings, job.originals)])
    log.info("rewrite done", extra={"provider": answer["provider"], "cached": bool(hit),
                                    "ms": round((time.perf_counter() - started) * 1000, 1),
                                    "warnings": [w["code"] for w in answer["warnings"]]})
    return answer


def _cached(value: dict) -> dict:
    """What the cache keeps of a fresh answer (`Attempt.to_value`): the masked candidate and
    who made it, not this request's warnings or tokens."""
    return {k: v for k, v in value.items() if k != "usage"} | {"warnings": []}


def _violations(job: Job, candidate: Candidate) -> list[guard.Violation]:
    broken = guard.check(job.masked.text, candidate.rewrite, phrases=job.bundle.phrases,
                         fmt=job.fmt, customer_message=job.masked_msg, kinds=job.kinds,
                         lang=job.lang, instructions=job.bundle.system, same=job.same,
                         notes=job.masked_notes, today=job.today, counts=job.counts)
    if job.svc.record:
        for v in broken:
            metrics.GUARD_VIOLATIONS.labels(v.code).inc()
    return broken


def _generate(job: Job) -> Attempt:
    svc, req, on_delta = job.svc, job.req, job.on_delta
    if svc.llm is None:
        return _offline(job)
    warnings: list[Warning] = []
    messages = render_messages(
        job.bundle, draft=job.masked.text, customer_message=job.masked_msg,
        customer_name=job.name_marker, tone=req.tone, channel=req.context.channel,
        locale=req.locale, format=job.fmt,
        customer_reading=customer.describe(job.reading) if job.reading else "")
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
            broken = _violations(job, candidate)
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
            if job.on_reset:
                job.on_reset()
            messages = [*messages, {"role": "assistant", "content": completion.raw},
                        {"role": "user", "content": _correction(broken)}]
            continue
        warnings += [Warning(code=v.code, message=v.message + " The model's rewrite was "
                             "discarded.") for v in broken]
    if job.on_reset:
        job.on_reset()
    fallback = _offline(job)
    fallback.usage, fallback.cacheable = usage, False
    fallback.warnings = warnings + fallback.warnings
    return fallback


_TONE_OFFLINE = ("Heard's offline rewriter found nothing it can safely change to make this reply "
                 "{}. A tone that needs new words is yours to add, or a language model's: press "
                 "Try again once one is connected.")


def _offline(job: Job) -> Attempt:
    candidate = offline.rewrite(job.masked.text, customer_message=job.masked_msg,
                                lang=job.lang, phrases=job.bundle.phrases, tone=job.req.tone,
                                reading=job.reading)
    broken = _violations(job, candidate)
    if job.svc.on_guard:
        job.svc.on_guard("offline", broken)
    warnings = []
    if broken:
        warnings = [Warning(code=v.code, message=v.message + " Your draft is returned "
                            "unchanged.") for v in broken]
        candidate = Candidate(rewrite=job.masked.text)
    elif not offline.tone_given(candidate, job.req.tone, job.lang):
        warnings = [Warning(code="tone_offline", message=_TONE_OFFLINE.format(job.req.tone))]
    if job.on_delta:
        _stream_whole(candidate.rewrite, job.on_delta)
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


def _answer(job: Job, attempt: Attempt) -> dict:
    originals, bundle, fmt = job.originals, job.bundle, job.fmt
    rewritten = restore(attempt.candidate.rewrite, originals)
    html = markup.visible(rewritten) if fmt == "html" else None
    plain = markup.to_text(html) if html is not None else rewritten
    ops = word_diff(job.checked.plain_draft, plain)
    proposed = [_restored(c, originals) for c in attempt.candidate.changes]
    reading = _reading(job, attempt)
    changes = explain.align(ops, proposed, bundle.principle_ids(), job.lang, reading)
    kinds = bundle.suggestion_kinds()
    suggestions = [{"kind": s.kind, "text": restore(s.text, originals)}
                   for s in attempt.candidate.suggestions if s.kind in kinds]
    answer = {
        "id": job.answer_id,
        "rewrite": plain,
        "diff": ops,
        "changes": [c.model_dump() for c in changes],
        "suggestions": suggestions,
        "scores": score.compare(job.checked.plain_draft, plain, bundle.phrases, job.lang,
                                reading),
        "customer": reading.model_dump() if reading else None,
        "provider": attempt.provider,
        "model": attempt.model,
        "prompt_version": job.svc.prompt_version,
        "language": job.lang,
        "usage": attempt.usage.model_dump(),
    }
    if html is not None:
        answer["html"] = html
    return answer


def _restored(change: Change, originals: dict[str, str]) -> Change:
    """The change with its markers restored (itself when it names no fact: no copy)."""
    update = {f: restore(v, originals) for f in ("before", "after", "explanation")
              if "⟦" in (v := getattr(change, f))}
    return change.model_copy(update=update) if update else change


def _reading(job: Job, attempt: Attempt) -> Reading | None:
    """The customer as the answer shows them: the model's reading when it gave a valid one,
    else the offline one; anchored on the real message (markers restored, offsets found)."""
    if job.reading is None:
        return None
    reading = job.reading
    if attempt.provider == "openai":
        reading = customer.from_model(attempt.candidate.customer, job.masked_msg) or reading
    return customer.anchor(reading, job.req.context.customer_message, job.originals)

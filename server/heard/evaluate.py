"""The evaluation: every case of the evaluation set through one prompt version, N times.

A case passes a run when the final rewrite keeps every `must_keep` fact, adds nothing in
`must_not_add`, no generated candidate (the model's outputs, the offline fallback's) broke a
hard invariant, and the model's first output passed the guard. A hard-invariant break counts
even when the guard caught it and a retry fixed it: the guard is the safety net, the prompt
version is what is being judged. An LLM is sampled N times (pass^N: one lucky sample proves
nothing); the offline engine is deterministic, so it runs each case once and says so.

Runs never touch the rewrite cache (`no_cache`) nor agents' statistics (`record=False`).
"""

from __future__ import annotations

import dataclasses
import math
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from heard import guard, markup, pipeline
from heard.evalset import Case
from heard.fanout import deadline_after, fan_out
from heard.prompts import PromptBundle
from heard.protect import MARKER_RE, Masker
from heard.refusal import Refused
from heard.schema import RewriteRequest

DEFAULT_RUNS = 3
MAX_RUNS = 10
MAX_RUN_TOTAL = 3000  # cases × runs in one evaluation: bounds the work of one request
LLM_WORKERS = 8  # concurrent rewrites against an LLM (I/O bound); offline runs in one thread
SCORE_TOLERANCE = 1.0  # LLM runs vary: a lower mean score by less than this is noise
# The invariants a rewrite must never break (GUIDANCE.md 1-4 and 6); style codes such as
# `formulaic` or `too_long` only lower the guard pass rate.
HARD = frozenset({"fact_missing", "fact_duplicated", "fact_invented", "marker_mangled",
                  "new_fact", "new_commitment", "decision_changed", "language_changed",
                  "markup_changed", "markup_invalid", "instruction_leak"})


class EvalError(Refused):
    """An evaluation (or a playground run) that cannot start: the message says why."""

    def __init__(self, message: str, status: int = 400, code: str = "cannot_evaluate") -> None:
        super().__init__(status, code, message)


class VersionLike(Protocol):
    profile: str
    version: int
    key: str
    bundle: PromptBundle


@dataclass
class Run:
    """One case through the pipeline once: what an admin needs to judge it."""

    first_try: bool | None  # None: the model gave no output at all (an LLM error)
    reasons: list[str]
    missing: list[str]
    facts: int
    score_before: float
    score_after: float
    length_ratio: float
    tokens: int
    cost_usd: float
    latency_ms: float
    provider: str
    rewrite: str

    @property
    def passed(self) -> bool:
        return not self.reasons and self.first_try is True


@dataclass
class Trace:
    """What the guard said about each candidate of one rewrite (pipeline.Services.on_guard)."""

    seen: list[tuple[str, list[guard.Violation]]] = field(default_factory=list)

    def __call__(self, source: str, broken: list[guard.Violation]) -> None:
        self.seen.append((source, broken))


def request_for(case: Case) -> RewriteRequest:
    return RewriteRequest.model_validate({case.format: case.draft, "no_cache": True,
                                          "locale": case.lang, "context": {
                                              "customer_message": case.customer_message}})


def _originals(case: Case) -> dict[str, str]:
    """The pipeline's own masking, redone: violation messages name markers, admins want facts."""
    draft = markup.draft_parts(case.draft, case.format)[0]
    masker = Masker(names=[""])
    masker.learn_from_customer(case.customer_message)
    masker.mask(draft)
    return masker.originals


def run_once(svc: pipeline.Services, case: Case) -> Run:
    trace = Trace()
    started = time.perf_counter()
    answer = pipeline.run(request_for(case), dataclasses.replace(svc, on_guard=trace))
    latency_ms = (time.perf_counter() - started) * 1000
    originals = _originals(case)
    reasons = [f"{v.code} in the {'model' if src == 'openai' else 'offline'} output: "
               + MARKER_RE.sub(lambda m: f"“{originals.get(m.group(0), m.group(0))}”",
                               v.message)
               for src, broken in trace.seen for v in broken if v.code in HARD]
    final = answer.get("html") or answer["rewrite"]
    missing = [f for f in case.must_keep
               if f not in final and markup.to_text(f) not in answer["rewrite"]]
    reasons += [f"lost “{f}”" for f in missing]
    reasons += [f"added {term}" for term in _added(case, answer, svc.bundle)]
    outputs = [not broken for src, broken in trace.seen if src == "openai" or not svc.llm]
    first_try = outputs[0] if outputs else None
    plain = markup.to_text(case.draft) if case.format == "html" else case.draft
    usage = answer["usage"]
    return Run(first_try, list(dict.fromkeys(reasons)), missing, len(case.must_keep),
               answer["scores"]["before"], answer["scores"]["after"],
               len(answer["rewrite"].split()) / max(1, len(plain.split())),
               usage["prompt_tokens"] + usage["completion_tokens"], usage["cost_usd"],
               latency_ms, answer["provider"], final)


def _added(case: Case, answer: dict, bundle: PromptBundle) -> list[str]:
    """`must_not_add` items the final rewrite newly holds: a commitment kind, or a phrase."""
    if not case.must_not_add:
        return []
    draft = markup.to_text(case.draft) if case.format == "html" else case.draft
    rewrite = answer["rewrite"]
    kinds = {k for per_lang in bundle.phrases.commitment.values() for k in per_lang}
    found = {v.category: v.message for v in guard.check(
        draft, rewrite, phrases=bundle.phrases, lang=answer.get("language"))
        if v.code == "new_commitment"}
    out = []
    for term in case.must_not_add:
        if term in kinds:
            if term in found:
                out.append(f"a {term} commitment ({found[term]})")
        elif term.lower() in rewrite.lower() and term.lower() not in draft.lower():
            out.append(f"“{term}”")
    return out


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[max(0, math.ceil(q * len(ordered)) - 1)], 1) if ordered else 0.0


def _mean(values: Iterable[float], digits: int = 3) -> float:
    values = list(values)
    return round(statistics.fmean(values), digits) if values else 0.0


def summarise(cases: list[Case], results: list[list[Run]]) -> dict:
    """Per version metrics, the failing cases with their reasons, and each case's outcome."""
    runs = [r for per_case in results for r in per_case]
    tried = [r.first_try for r in runs if r.first_try is not None]
    facts = sum(r.facts for r in runs)
    rows, failing = [], []
    for case, per_case in zip(cases, results, strict=True):
        reasons = list(dict.fromkeys(x for r in per_case for x in r.reasons))
        shown = next((r for r in per_case if not r.passed), per_case[0])
        rows.append({"id": case.id, "lang": case.lang, "format": case.format,
                     "passed": all(r.passed for r in per_case), "broke": bool(reasons),
                     "runs_passed": sum(r.passed for r in per_case),
                     "first_try_passes": sum(r.first_try is True for r in per_case),
                     "reasons": reasons, "missing": shown.missing,
                     "score_before": shown.score_before, "score_after": shown.score_after,
                     "provider": shown.provider, "rewrite": shown.rewrite})
        if reasons:
            failing.append({"id": case.id, "reason": "; ".join(reasons)})
    metrics = {
        "cases": len(cases), "runs": len(results[0]) if results else 0,
        "guard_pass_rate": _mean(tried), "model_errors": sum(r.first_try is None
                                                             for r in runs),
        "facts_kept": round(1 - sum(len(r.missing) for r in runs) / facts, 3) if facts else 1.0,
        "invariant_breaks": len(failing),
        "pass_all_runs": _mean(row["passed"] for row in rows),
        "score_before": _mean((r.score_before for r in runs), 1),
        "score_after": _mean((r.score_after for r in runs), 1),
        "length_ratio": _mean(r.length_ratio for r in runs),
        "tokens_per_rewrite": _mean((r.tokens for r in runs), 1),
        "cost_per_rewrite_usd": _mean((r.cost_usd for r in runs), 6),
        "latency_ms_p50": _p([r.latency_ms for r in runs], 0.5),
        "latency_ms_p95": _p([r.latency_ms for r in runs], 0.95),
    }
    return {"metrics": metrics, "passed": not failing, "failing": failing, "cases": rows}


def evaluate(svc: pipeline.Services, version: VersionLike, cases: list[Case],
             runs: int = DEFAULT_RUNS, deadline: float | None = None) -> dict:
    """Run every case `runs` times (once offline) with `version`'s prompts; the result dict."""
    deterministic = svc.llm is None
    runs = 1 if deterministic else runs
    if not 1 <= runs <= MAX_RUNS:
        raise EvalError(f"runs must be 1 to {MAX_RUNS}.")
    if len(cases) * runs > MAX_RUN_TOTAL:
        raise EvalError(f"{len(cases)} cases × {runs} runs is more than {MAX_RUN_TOTAL} "
                        "rewrites; lower runs or delete some team cases.")
    if not cases:
        raise EvalError("The evaluation set is empty.")
    isolated = dataclasses.replace(svc, bundle=version.bundle, prompt_version=version.key,
                                   record=False)
    started = time.perf_counter()
    results = _run_all(isolated, cases, runs, deadline)
    result = summarise(cases, results)
    result.update(
        version=version.version, profile=version.profile, prompt_version=version.key,
        provider=svc.llm.name if svc.llm else "offline",
        model=svc.llm.model if svc.llm else "rules-v1", runs=runs, deterministic=deterministic,
        at=round(time.time(), 3),
        seconds=round(time.perf_counter() - started, 2))
    if deterministic:
        result["note"] = ("The offline engine is deterministic: each case was run once "
                          "(pass^1).")
    return result


def _run_all(svc: pipeline.Services, cases: list[Case], runs: int,
             deadline: float | None) -> list[list[Run]]:
    jobs = [(i, case) for i, case in enumerate(cases) for _ in range(runs)]

    def one(job: tuple[int, Case]) -> Run:
        try:
            return run_once(svc, job[1])
        except Refused as err:  # a team case over the token limit: named, not a crash
            if err.status == 504:
                raise
            raise EvalError(f"case {job[1].id}: {err.message}", err.status, err.code) from None

    workers = 1 if svc.llm is None else LLM_WORKERS
    out: list[list[Run]] = [[] for _ in cases]
    for (i, _), run in zip(jobs, fan_out(one, jobs, workers, deadline, "evaluation"),
                           strict=True):
        out[i].append(run)
    return out


def regressions(candidate: dict, baseline: dict) -> list[str]:
    """How the candidate does worse than the baseline, in words an admin can act on."""
    c, b = candidate["metrics"], baseline["metrics"]
    name = f"version {baseline['version']}"
    tolerance = 0.0 if candidate.get("deterministic") else SCORE_TOLERANCE
    out = []
    if c["invariant_breaks"] > b["invariant_breaks"]:
        out.append(f"breaks invariants in {c['invariant_breaks']} cases, {name} in "
                   f"{b['invariant_breaks']}")
    if c["facts_kept"] < b["facts_kept"]:
        out.append(f"keeps {c['facts_kept']:.1%} of facts, {name} {b['facts_kept']:.1%}")
    if c["score_after"] < b["score_after"] - tolerance:
        out.append(f"empathy score after {c['score_after']}, {name} {b['score_after']}")
    return out


def pick(versions: Any, profile: str, ref: str | int) -> VersionLike:
    """A version by number, or by the label naming it ("production", "staging")."""
    if isinstance(ref, int):
        return versions.get(profile, ref)
    if ref == "production":  # what this profile's agents get now (default's, if it has none)
        return versions.resolve(profile, "production")
    number = versions.label(profile, ref)
    if number is None:
        raise EvalError(f"No version of profile '{profile}' has the label '{ref}'.", 404,
                        "label_not_set")
    return versions.get(profile, number)


def evaluate_version(svc: pipeline.Services, cases: list[Case], profile: str, version: int,
                     runs: int = DEFAULT_RUNS, against: str | int | None = None,
                     time_limit_s: float | None = None) -> dict:
    """Evaluate a version (and `against`, for the table), record each result for the gate.
    Both evaluations share `time_limit_s`; one that runs out records nothing."""
    versions, deadline = svc.versions, deadline_after(time_limit_s)
    candidate = versions.get(profile, version)
    baseline_version = pick(versions, profile, against) if against is not None else None
    result = evaluate(svc, candidate, cases, runs, deadline)
    versions.record_eval(profile, candidate.version, result)
    if baseline_version is None:
        return result
    if baseline_version.version == candidate.version:
        baseline = result
    else:
        baseline = evaluate(svc, baseline_version, cases, runs, deadline)
        versions.record_eval(profile, baseline_version.version, baseline)
    summary = {k: baseline[k] for k in ("version", "prompt_version", "metrics", "passed",
                                        "failing")}
    return result | {"against": summary | {"label": against if isinstance(against, str)
                                           else None},
                     "regressions": regressions(result, baseline)}


_ROWS = [("cases", "{}"), ("runs", "{}"), ("guard_pass_rate", "{:.0%}"), ("facts_kept", "{:.1%}"),
         ("invariant_breaks", "{}"), ("pass_all_runs", "{:.0%}"), ("score_before", "{}"),
         ("score_after", "{}"), ("length_ratio", "{:.2f}"), ("tokens_per_rewrite", "{}"),
         ("cost_per_rewrite_usd", "${:.6f}"), ("latency_ms_p50", "{} ms"),
         ("latency_ms_p95", "{} ms")]


def table(result: dict) -> str:
    """The metrics of a result (and of `against`, side by side) as a plain-text table."""
    columns = [(f"version {result['version']}", result["metrics"])]
    if "against" in result:
        other = result["against"]
        label = f" ({other['label']})" if other.get("label") else ""
        columns.append((f"version {other['version']}{label}", other["metrics"]))
    lines = [f"{'':<22}" + "".join(f"{title:>26}" for title, _ in columns)]
    for name, fmt in _ROWS:
        lines.append(f"{name:<22}" + "".join(f"{fmt.format(m[name]):>26}" for _, m in columns))
    return "\n".join(lines)

"""Admin rehearsal work (evaluation, playground) spread over threads, within a deadline.

An LLM call is mostly waiting, so several in flight turn an evaluation's minutes into seconds.
The offline engine is CPU-bound Python: threads would only contend for the GIL, so its work
runs in order. An HTTP request gets a deadline so that a slow model cannot keep an admin's page
(or a proxy in front of Heard) waiting past its patience; the shell (`heard eval`) has none.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from heard.refusal import Refused

J = TypeVar("J")
R = TypeVar("R")
HTTP_DEADLINE_S = 100.0  # under common proxy and browser limits for one request


def deadline_after(seconds: float | None) -> float | None:
    return None if seconds is None else time.monotonic() + seconds


def fan_out(work: Callable[[J], R], jobs: Sequence[J], workers: int,
            deadline: float | None, what: str) -> list[R]:
    """`work` on every job, results in job order; a Refused 504 once `deadline` has passed."""
    done = [0]

    def one(job: J) -> R:
        if deadline is not None and time.monotonic() > deadline:
            raise Refused(504, "too_slow", f"The {what} reached its time limit with "
                          f"{done[0]} of {len(jobs)} rewrites done; the model is slow. Try "
                          "fewer drafts or runs, or `heard eval` from a shell (no time limit).")
        result = work(job)
        done[0] += 1
        return result

    if workers <= 1:
        return [one(job) for job in jobs]
    with ThreadPoolExecutor(workers, thread_name_prefix="heard-admin") as pool:
        futures = [pool.submit(one, job) for job in jobs]
        try:
            return [f.result() for f in futures]
        except BaseException:
            for f in futures:
                f.cancel()  # nothing more is started; running calls end on their own timeout
            raise

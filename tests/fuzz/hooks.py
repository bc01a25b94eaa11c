"""schemathesis checks of our own, loaded through SCHEMATHESIS_HOOKS=tests.fuzz.hooks."""

from __future__ import annotations

import re

import schemathesis

from tests.live import TOKEN

_LEAKS = re.compile(r"Traceback \(most recent call last\)|File \"[^\"]+\.py\", line \d+|"
                    r"werkzeug\.exceptions|<title>\d{3} ")


@schemathesis.check
def no_traceback_or_token(ctx, response, case) -> None:
    """No stack trace, no framework error page, no token secret in any answer."""
    text = response.content.decode("utf-8", "replace")
    if _LEAKS.search(text):
        raise AssertionError("the answer holds a traceback or a framework error page")
    if TOKEN in text:
        raise AssertionError("the answer echoes the admin token")

"""Invariant 4: the draft's markup (HTML tags, lists, line breaks) is kept."""

from __future__ import annotations

import re
from collections import Counter

from heard.guard.text import ANY_TAG
from heard.guard.violation import Violation

_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)[^>]*?(/?)\s*>")


_STRUCTURAL = {"a", "ul", "ol", "li", "b", "strong", "i", "em", "u", "br", "p", "blockquote",
               "table", "tr", "td", "th", "code", "pre", "img", "h1", "h2", "h3", "h4", "div",
               "span", "hr", "s", "sub", "sup", "tbody", "thead"}


_VOID = {"br", "img", "hr", "meta", "input", "col", "wbr", "source", "area", "base", "link"}


def _tags(html: str) -> Counter:
    return Counter((m.group(2).lower(), bool(m.group(1))) for m in _TAG_NAME.finditer(html)
                   if m.group(2).lower() in _STRUCTURAL)


def _nesting_errors(html: str) -> int:
    stack: list[str] = []
    errors = 0
    for m in _TAG_NAME.finditer(html):
        closing, name, selfclose = bool(m.group(1)), m.group(2).lower(), bool(m.group(3))
        if name in _VOID or selfclose:
            continue
        if not closing:
            stack.append(name)
        elif stack and stack[-1] == name:
            stack.pop()
        elif name in stack:
            while stack and stack[-1] != name:
                stack.pop()
                errors += 1
            stack.pop()
        else:
            errors += 1
    errors += len(stack)
    errors += html.count("<") - len(ANY_TAG.findall(html))  # a tag cut in half
    return errors


def html_kept(draft: str, rewrite: str) -> list[Violation]:
    out = []
    want, got = _tags(draft), _tags(rewrite)
    if want != got:
        lost = sorted({t for (t, c), n in want.items() if got.get((t, c), 0) < n})
        added = sorted({t for (t, c), n in got.items() if want.get((t, c), 0) < n})
        detail = "; ".join(filter(None, [f"lost <{'>, <'.join(lost)}>" if lost else "",
                                         f"added <{'>, <'.join(added)}>" if added else ""]))
        out.append(Violation("markup_changed", f"The rewrite changed the draft's markup "
                             f"({detail})."))
    if _nesting_errors(rewrite) > _nesting_errors(draft):
        out.append(Violation("markup_invalid", "The rewrite's HTML is not well formed (a tag "
                             "is unclosed, cut, or closed in the wrong order)."))
    return out


_LIST_LINE = re.compile(r"^[ \t]*(?:[-*•–]|(?:\d+|⟦\d+⟧|[a-z])[.)])[ \t]+", re.M)


def layout_kept(draft: str, rewrite: str) -> list[Violation]:
    out = []
    added_tags = [t for t in ANY_TAG.findall(rewrite)
                  if t not in draft and re.match(r"</?[a-zA-Z]", t)]
    if added_tags:
        out.append(Violation("markup_changed", f"The rewrite adds HTML ({added_tags[0]}) to a "
                             "plain-text reply."))
    want, got = len(_LIST_LINE.findall(draft)), len(_LIST_LINE.findall(rewrite))
    if want != got and want:
        out.append(Violation("markup_changed", f"The draft's list has {want} items; the "
                             f"rewrite has {got}."))
    breaks_d, breaks_r = draft.strip().count("\n"), rewrite.strip().count("\n")
    if breaks_d >= 2 and breaks_r < breaks_d / 2:
        out.append(Violation("markup_changed", f"The rewrite drops the draft's line breaks "
                             f"({breaks_r} of {breaks_d} kept)."))
    return out

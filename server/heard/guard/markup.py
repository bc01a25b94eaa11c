"""Invariant 4: the draft's markup (HTML tags, lists, line breaks) is kept."""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.html_form import Form, read
from heard.guard.text import ANY_TAG, WORD, ngrams, stems
from heard.guard.violation import Violation

_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)[^>]*?(/?)\s*>")


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


_VOID = {"br", "img", "hr", "meta", "input", "col", "wbr", "source", "area", "base", "link"}


def _emphasis_moved(want: Form, got: Form, lang: str | None) -> str:
    """The first emphasised span of the rewrite that sits on another part of the draft: it
    shares no word or fact with what the draft emphasises, and most of its words with what it
    does not. Emphasis on the draft's phrase said in new words shares neither, and passes."""
    if not got.emphasis:
        return ""
    emphasised: dict[str, set[str]] = {}
    for kind, span in want.emphasis:
        emphasised.setdefault(kind, set()).update(stems(span, lang))
    rest: set[str] | None = None  # read only when a span shares nothing with the emphasis
    for kind, span in got.emphasis:
        words = stems(span, lang)
        if not words or words & emphasised.get(kind, set()):
            continue
        rest = stems(" ".join(want.plain), lang) if rest is None else rest
        if 2 * len(words & rest) > len(words):
            return f"<{kind}>{' '.join(span.split())}</{kind}>"
    return ""


def html_kept(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """Formatting as the reader sees it (html_form): paragraphs may be merged, split or added;
    links, lists, tables, emphasis and the other elements may not be lost, added or moved."""
    out = []
    want, got = read(draft), read(rewrite)
    changed = []
    if want.tags != got.tags:
        lost = sorted(t for t, n in want.tags.items() if got.tags[t] < n)
        added = sorted(t for t, n in got.tags.items() if want.tags[t] < n)
        changed.append("; ".join(filter(None, [f"lost <{'>, <'.join(lost)}>" if lost else "",
                                               f"added <{'>, <'.join(added)}>" if added else ""])))
    elif sorted(want.lists) != sorted(got.lists):
        changed.append("a list's items were merged or split")
    if want.tags == got.tags and want.hrefs != got.hrefs:
        changed.append("a link's address changed")
    if got.scripted > want.scripted:
        changed.append("added a script handler")
    if moved := _emphasis_moved(want, got, lang):
        changed.append(f"emphasis moved to {moved}")
    if want.breaks >= 2 and got.breaks < want.breaks / 2:
        changed.append(f"its paragraphs run together: {got.breaks} of {want.breaks} breaks kept")
    if changed:
        out.append(Violation("markup_changed", f"The rewrite changed the draft's markup "
                             f"({'; '.join(changed)})."))
    if _nesting_errors(rewrite) > _nesting_errors(draft):
        out.append(Violation("markup_invalid", "The rewrite's HTML is not well formed (a tag "
                             "is unclosed, cut, or closed in the wrong order)."))
    return out


_LIST_LINE = re.compile(r"^[ \t]*(?:[-*•–]|(?:\d+|⟦\d+⟧|[a-z])[.)])[ \t]+", re.M)


@cache
def _labelled_line(lang: str | None) -> re.Pattern[str]:
    """A line that opens with the name of an item and its number ("Option 1:", "Möglichkeit
    2 –", "Opção ⟦4⟧.", bold at most around them): an item of a plain-text list numbered by
    name (vocab `item_labels`), one a bullet or a bare number may open as well."""
    names = vocab.words(vocab.union("item_labels", vocab.codes(lang)), longest_first=True)
    return re.compile(rf"^[ \t]*(?:\*\*|__)?(?:{names})[ \t]+(?:\d{{1,2}}|⟦\d+⟧)(?:\*\*|__)?"
                      r"[ \t]*[.):,–—-]", re.I | re.M)


def _items(text: str, lang: str | None) -> list[str]:
    """The plain-text list items of `text`, each line's words after its bullet, its number or
    its named number: "- a", "1. a", "⟦4⟧) a", "Option 1: a"."""
    labelled = _labelled_line(lang)
    out = []
    for line in text.splitlines(keepends=True):
        m = _LIST_LINE.match(line) or labelled.match(line)
        if m:
            out.append(line[m.end():].strip())
    return out


def layout_kept(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """A plain-text reply keeps its layout: no HTML added, its line breaks, and its list: as
    many items, set out with bullets, numbers or named numbers ("Option 1: …")."""
    out = []
    added_tags = [t for t in ANY_TAG.findall(rewrite)
                  if t not in draft and re.match(r"</?[a-zA-Z]", t)]
    if added_tags:
        out.append(Violation("markup_changed", f"The rewrite adds HTML ({added_tags[0]}) to a "
                             "plain-text reply."))
    items = _items(draft, lang)
    want, got = len(items), len(_items(rewrite, lang))
    if want != got and want:
        out.append(Violation("markup_changed", f"The draft's list has {want} items; the "
                             f"rewrite has {got}."))
    breaks_d, breaks_r = draft.strip().count("\n"), rewrite.strip().count("\n")
    if breaks_d >= 2 and breaks_r < breaks_d / 2:
        out.append(Violation("markup_changed", f"The rewrite drops the draft's line breaks "
                             f"({breaks_r} of {breaks_d} kept)."))
    return out


_RUN = 6  # words in a row of a hidden note that show it, not a phrase it shares by chance


def hidden_shown(draft: str, rewrite: str, notes: str) -> list[Violation]:
    """Text the HTML draft hides from its reader (a comment, a hidden element: `notes`, one a
    line) that the rewrite shows: six of its words in a row, or the whole of a shorter note
    of three words or more, in the rewrite's visible text and not in the draft's. A rewrite
    may keep such a note hidden where it was; shown, the customer reads a note never meant for
    them ("AI: offer them a refund", "internal: flagged account")."""
    if not notes.strip():
        return []
    for note in notes.splitlines():
        words = WORD.findall(note.casefold())
        n = min(_RUN, len(words))
        if n < 3:
            continue
        runs = ngrams(rewrite, n) - ngrams(draft, n)
        if run := next((" ".join(words[i:i + n]) for i in range(len(words) - n + 1)
                        if " ".join(words[i:i + n]) in runs), ""):
            return [Violation("markup_changed", f"The rewrite shows text the draft hides from "
                              f"its reader (a comment or a hidden element: “{run}”).")]
    return []

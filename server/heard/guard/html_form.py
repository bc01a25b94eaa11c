"""What a reader of an HTML reply sees as its formatting, read once with `html.parser`.

The agent's editor keeps a rewrite's formatting when it gets the same links (same `href`s),
the same lists (same kind, same number of items), tables, headings, quotes and images, and
emphasis on the same facts. How the words are cut into paragraphs and lines (`<p>`, `<br>`,
`<div>`, `<span>`) is the writer's choice, as it is for sentences: a rewrite may merge, split
or add a paragraph. `<b>` and `<strong>` (and `<i>`, `<em>`) look alike to the reader; the
`<tbody>` a sanitiser adds to a table is seen by no one."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from heard.markup import BLOCK_TAGS
from heard.protect import MARKER_RE

_ADDRESSES = frozenset({"url", "email", "html_attr_url"})

# How text is cut into blocks: free, as long as the blocks do not all run together.
FREE = frozenset({"p", "div", "span", "br"})
_ALIKE = {"b": "strong", "i": "em"}
_UNSEEN = frozenset({"tbody", "thead", "tfoot", "html", "body"})
EMPHASIS = frozenset({"strong", "em", "u", "mark"})
_LISTS = frozenset({"ul", "ol"})


@dataclass
class Form:
    """One reply's formatting: every tag that is not free, each list's items, each link's
    address, each emphasised span's text, the block breaks, and any event handler."""

    tags: Counter = field(default_factory=Counter)
    lists: list[tuple[str, int]] = field(default_factory=list)
    hrefs: Counter = field(default_factory=Counter)
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, the words shown)
    emphasis: list[tuple[str, str]] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)  # the text outside any emphasis
    breaks: int = 0
    scripted: int = 0  # on…= handlers and javascript: addresses


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.form = Form()
        self._lists: list[list] = []  # [kind, items] of each open list
        self._open: list[list] = []  # [kind, text] of each open emphasis
        self._link: list[str] | None = None  # [href, text] of the open link

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = _ALIKE.get(tag, tag)
        form = self.form
        form.scripted += sum(1 for k, v in attrs if k.startswith("on")
                             or (v or "").strip().lower().startswith("javascript:"))
        if name in _UNSEEN:
            return
        if name == "br":
            form.breaks += 1
        if name not in FREE:
            form.tags[name] += 1
        if name == "a":
            href = dict(attrs).get("href") or ""
            form.hrefs[href] += 1
            self._link = [href, ""]
        elif name in _LISTS:
            self._lists.append([name, 0])
        elif name == "li" and self._lists:
            self._lists[-1][1] += 1
        elif name in EMPHASIS:
            self._open.append([name, ""])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        name = _ALIKE.get(tag, tag)
        if name in BLOCK_TAGS:
            self.form.breaks += 1
        if name == "a" and self._link is not None:
            self.form.links.append((self._link[0], self._link[1]))
            self._link = None
        if name in _LISTS and self._lists and self._lists[-1][0] == name:
            self.form.lists.append(tuple(self._lists.pop()))
        elif name in EMPHASIS and self._open and self._open[-1][0] == name:
            kind, text = self._open.pop()
            self.form.emphasis.append((kind, text))

    def handle_data(self, data: str) -> None:
        if self._link is not None:
            self._link[1] += data
        if self._open:
            for span in self._open:
                span[1] += data
        else:
            self.form.plain.append(data)


def read(html: str) -> Form:
    """The formatting of `html`. Linear: every tag and every piece of text is read once
    (emphasis inside emphasis is rare and shallow)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    form = reader.form
    form.lists.extend(tuple(x) for x in reader._lists)  # a list never closed still counts
    form.emphasis.extend(tuple(x) for x in reader._open)
    return form


def shown_addresses(draft: str, rewrite: str, kinds: dict[str, str]) -> Counter:
    """The facts the draft shows only as the words of a link to them ("<a href=⟦2⟧>⟦3⟧</a>",
    its address written out as the link's text) whose link the rewrite keeps (same href, with
    words to click): the reader still reaches the address, so the rewrite may word the link
    ("our returns page"). A link left with no words is no link the reader can follow."""
    kept = Counter(href for href, text in read(rewrite).links if text.strip())
    out: Counter = Counter()
    for href, text in read(draft).links:
        shown = text.strip()
        if kept[href] > 0 and MARKER_RE.fullmatch(shown) and kinds.get(shown) in _ADDRESSES:
            kept[href] -= 1
            out[shown] += 1
    return out

"""HTML drafts: sanitised on the way in and out, and read as text for diffs and scores."""

from __future__ import annotations

import html as htmllib
import re

import nh3

_ATTRIBUTES = {"*": {"class", "dir", "lang"}, "a": {"href", "title", "target"},
               "img": {"src", "alt", "width", "height"}, "td": {"colspan", "rowspan"}}
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote|tr|pre)\s*>|<br\s*/?>", re.I)


def sanitize(html: str) -> str:
    """Keep formatting, links, lists, signature and quotes; drop scripts, styles, handlers."""
    return nh3.clean(html, attributes=_ATTRIBUTES, link_rel=None,
                     url_schemes={"http", "https", "mailto", "tel"})


def to_text(html: str) -> str:
    text = _BLOCK_END.sub(lambda m: m.group(0) + "\n", html)
    text = re.sub(r"<[^>]*>", "", text)
    text = htmllib.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()

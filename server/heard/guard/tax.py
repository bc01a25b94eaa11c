"""Invariant 1, facts: the tax a price is said with is part of the price.

The marker comparison cannot see it when the tax is said apart from the amount: "185 €, com
IVA incluído" said as "185 €, acrescidos de IVA" keeps the amount's marker and raises the
price. (One said right after the amount, "120 € HT", is masked with it: protect.py.)
"""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.text import plain
from heard.guard.violation import Violation


@cache
def _tax(lang: str | None) -> re.Pattern[str]:
    """Each side of the tax a price is said with ("incl. VAT": included; "plus VAT",
    "hors taxes": added) as a named group."""
    sides = vocab.union_map("tax_sides", vocab.codes(lang))
    return re.compile("|".join(f"(?P<{side}>" + "|".join(found) + ")"
                               for side, found in sides.items() if found) or r"(?!)", re.I)


def _tax_sides(text: str, lang: str | None) -> set[str]:
    return {side for m in _tax(lang).finditer(plain(text))
            for side, said in m.groupdict().items() if said}


def tax_kept(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """A price the draft gives with its tax included stays so, and one it gives before tax
    stays before tax. Only where the draft says one side and the rewrite the other alone: a
    rewrite that leaves the words out is left to the facts it keeps."""
    was, now = _tax_sides(draft, lang), _tax_sides(rewrite, lang)
    if len(was) == 1 and now and not now & was:
        said = {"included": "with the tax included", "added": "with the tax on top"}
        return [Violation("fact_missing", f"The draft gives the price {said[next(iter(was))]};"
                          f" the rewrite gives it {said[next(iter(now))]}: another price.")]
    return []

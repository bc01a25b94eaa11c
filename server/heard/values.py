"""A fact's value, however it is written: one key for "3 March" and "March 3rd", "2 p.m." and
"14:00", "€ 40", "40 €" and "40,00 euros", "9.800" and "9,800", "a 45-minute delay" and "45
minutes".

The masker (protect.py) names two spellings with one key as one fact (`Masker.same`), so a
rewrite that writes a draft's or a customer's value another way keeps that fact, and a value
changed by one digit, one day or one currency has another key and stays a new fact. Only what
is read whole gets a key: anything left over ("3-5", "Monday 3 March to Friday") keeps its
spelling, and "" means no key.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from heard import vocab


def key(original: str, kind: str) -> str:
    """The value `original` (a masked fact of `kind`) stands for, "" when it is not read."""
    text = " ".join(original.split())
    if kind == "amount":
        return _amount(text)
    if kind == "time":
        return _time(text)
    if kind == "date":
        return _date(text)
    if kind == "identifier":
        return _count(text)
    return ""


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold())
                   if not unicodedata.combining(c))


def number(text: str) -> Decimal | None:
    """Digits with the separators of any of the five languages: "1.299,99", "1,299.99",
    "9 800", "40,-". A single separator before exactly three digits groups thousands ("9.800",
    "9,800"); before one or two it is the decimal point."""
    text = re.sub(r"[,.]-$", "", text)
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", text):
        return None
    marks = re.findall(r"[.,]", text)
    last = text.rpartition(marks[-1])[2] if marks else ""
    decimal = bool(marks) and text.count(marks[-1]) == 1 and (
        len(set(marks)) == 2 or len(last) != 3)
    whole = text[:len(text) - len(last) - 1] if decimal else text
    groups = re.split(r"[.,]", whole)
    if any(len(g) != 3 for g in groups[1:]) or (decimal and len(last) > 2):
        return None  # "1.2.3", "12,34,5": a version or a list, not one number
    return Decimal("".join(groups) + ("." + last if decimal else ""))


def _shown(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else str(value.normalize())


# Each currency by its symbol, code and words (heard/lang `currency_words` are the words an
# amount is written with; only those naming one currency are read here).
_CURRENCIES = {
    "EUR": ("€", "eur", "euro", "euros"),
    "USD": ("$", "us$", "usd", "dollar", "dollars", "dólares"),
    "GBP": ("£", "gbp", "pound", "pounds", "libra", "libras"),
    "BRL": ("r$", "brl", "real", "reais"),
    "CHF": ("chf", "franken"),
}
_CURRENCY = {said: code for code, ways in _CURRENCIES.items() for said in ways}


def _amount(text: str) -> str:
    m = re.fullmatch(r"(?P<a>[^\d\s-]+)?\s?(?P<n>\d[\d., \u00a0\u202f]*?(?:[.,]-)?)\s?"
                     r"(?P<b>[^\d\s]+)?", text)
    if not m or bool(m.group("a")) == bool(m.group("b")):
        return ""
    code = _CURRENCY.get((m.group("a") or m.group("b")).casefold())
    value = number(m.group("n"))
    return f"amount {code} {_shown(value)}" if code and value is not None else ""


# A time zone said after a time, its offset with it ("UTC-5", "GMT+1", "CET"): protect.py
# masks it with its time, and a time's value keeps it.
ZONE = r"(?:UTC|GMT)[+−-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4}T?"


def _time(text: str) -> str:
    m = re.fullmatch(r"(\d{1,2})(?:[:.h](\d{2}))?\s?(?:(?P<ap>[ap])\.?m\.?|h|uhr)?", text, re.I)
    if not m:
        # A zone goes with its time, however it is bracketed: "14:00 UTC-5", "14:00 (UTC-5)".
        zoned = re.fullmatch(rf"(.*?)\s?\(?({ZONE})\)?", text)
        said = _time(zoned.group(1)) if zoned else ""
        return f"{said} {zoned.group(2).replace('−', '-')}" if said else ""
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group("ap"):
        if not 1 <= hour <= 12:
            return ""
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    elif not (m.group(2) or re.search(r"h|uhr", text, re.I)):
        return ""  # a bare "14" is a number, not yet a time
    return f"time {hour}:{minute:02d}" if hour < 24 and minute < 60 else ""


@cache
def _months() -> dict[str, int]:
    """Each month's spellings in the five languages by its number: the first twelve of a
    language's `months` in order, any later spelling by the month it shortens ("sept") or
    shares its first letter and ending with ("setiembre"), its first three letters with
    ("jänner")."""
    out: dict[str, int] = {}
    for lang in vocab.every():
        twelve = [_plain(m) for m in lang.months[:12]]
        out.update({m: n for n, m in enumerate(twelve, 1)})
        for other in map(_plain, lang.months[12:]):
            like = [n for n, m in enumerate(twelve, 1) if m[:3] == other[:3]] or [
                n for n, m in enumerate(twelve, 1) if m[0] == other[0] and m[-4:] == other[-4:]]
            if len(like) == 1:
                out.setdefault(other, like[0])
    return out


@cache
def _weekdays() -> dict[str, int]:
    """Each weekday's spellings in the five languages by its place in the week (a language's
    `weekdays` in order, spellings that differ only by an accent counted once; its
    `short_weekdays` the same way)."""
    out: dict[str, int] = {}
    for lang in vocab.every():
        for names in (lang.weekdays, lang.short_weekdays):
            for n, w in enumerate(dict.fromkeys(map(_plain, names))):
                out.setdefault(w, n)
    return out


def _date(text: str) -> str:
    """A day and a month in words, the year if given: "the 3rd of March", "March 3", "3 de
    marzo de 2027". A date with its weekday ("Freitag, 21. März") is two facts that must
    agree: the weekday is read into the value by its place in the week, so "Jeudi 8 juillet"
    opening a line is the draft's "jeudi 8 juillet", and "mercredi 8 juillet" is another
    fact, never the same date with a weekday changed."""
    words = [w for w in re.split(r"[\s,.]+", _plain(text)) if w and w not in ("the", "of", "de")]
    day = month = year = weekday = None
    for w in words:
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|er|º|°|ª|o)?", w)
        if m and day is None:
            day = int(m.group(1))
        elif re.fullmatch(r"\d{4}", w) and year is None:
            year = w
        elif w in _months() and month is None:
            month = _months()[w]
        elif w in _weekdays() and weekday is None and day is None and month is None:
            weekday = _weekdays()[w]
        else:
            return ""
    if day is None or month is None or not 1 <= day <= 31:
        return ""
    return f"date {day}.{month}.{year or ''}" + (f" day {weekday}" if weekday is not None else "")


def _count(text: str) -> str:
    """A number, or a number with the thing it counts joined on ("45-minute", "11-year-old",
    "3-day"): the number it says."""
    m = re.fullmatch(r"(\d[\d.,]*)(?:-[^\W\d_]+)+", text) or re.fullmatch(r"(\d[\d.,]*)", text)
    value = number(m.group(1)) if m else None
    return _shown(value) if value is not None else ""

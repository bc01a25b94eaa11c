"""The guard as a model's rewrite meets it: draft, customer message and rewrite masked with one
masker, so a fact the rewrite keeps carries the draft's (or the customer's) marker, and facts
spelled another way are told to be one (`Masker.same`), as the pipeline does."""

from __future__ import annotations

from heard import guard, markup
from heard.guard.violation import Violation
from heard.prompts import Phrases
from heard.protect import MARKER_RE, Masker


def violations(draft: str, rewrite: str, customer: str = "", lang: str = "en", *,
               fmt: str = "text") -> list[Violation]:
    """Every violation the guard finds in `rewrite` of `draft`, answering `customer`. An HTML
    draft (`fmt="html"`) is read as the pipeline reads it: as its reader sees it, the notes to
    an AI hidden in it handed to the guard apart (markup.draft_parts)."""
    draft, notes = markup.draft_parts(draft, fmt)
    masker = Masker()
    masker.learn(customer)
    d, c = masker.mask(draft), masker.mask(customer)
    r = masker.mask(rewrite)
    return guard.check(d.text, r.text, phrases=Phrases(), fmt=fmt, customer_message=c.text,
                       kinds=masker.kinds, lang=lang, same=masker.same,
                       notes=masker.mask("\n".join(notes)).text, today=masker.today(),
                       counts=masker.counts())


def verdict(draft: str, rewrite: str, customer: str = "", lang: str = "en", *,
            fmt: str = "text") -> dict[str, str]:
    """The violations as code → their messages joined by " | "."""
    out: dict[str, str] = {}
    for v in violations(draft, rewrite, customer, lang, fmt=fmt):
        out[v.code] = (out[v.code] + " | " if v.code in out else "") + v.message
    return out


def labels(draft: str, rewrite: str, lang: str = "en", customer: str = "") -> list[str]:
    """The violations as "code:category" (the code alone when it has no category), in the
    order the guard reports them."""
    return [f"{v.code}:{v.category}" if v.category else v.code
            for v in violations(draft, rewrite, customer, lang)]


def modality_flagged(draft: str, rewrite: str, lang: str) -> bool:
    """Whether the guard finds the rewrite firmer (or softer) than the draft: a
    `new_commitment:modality` among its labels."""
    return any(v.endswith(":modality") for v in labels(draft, rewrite, lang))


def new_commitment(found: list[str], what: str = "") -> bool:
    """Whether `labels` reports a new commitment (of the category `what`, when given)."""
    return any(label.startswith("new_commitment" + (":" + what if what else ""))
               for label in found)


def as_written(draft: str, rewrite: str, customer: str = "", lang: str = "en") -> list[str]:
    """The violations as "code:category" when the rewrite is met as a model writes it: the
    facts of the draft and of the customer's message as their markers, any other date or
    number as text (the pipeline never masks a rewrite, so a new "tonight" stays a word)."""
    masker = Masker()
    masker.learn(customer)
    d, c = masker.mask(draft), masker.mask(customer)
    known = {m.group(0) for m in MARKER_RE.finditer(d.text + c.text)}
    r = MARKER_RE.sub(lambda m: m.group(0) if m.group(0) in known
                      or masker.same.get(m.group(0)) in known else masker.originals[m.group(0)],
                      masker.mask(rewrite).text)
    return [f"{v.code}:{v.category}" if v.category else v.code
            for v in guard.check(d.text, r, phrases=Phrases(), customer_message=c.text,
                                 kinds=masker.kinds, lang=lang, same=masker.same,
                                 today=masker.today(), counts=masker.counts())]


def eval_codes(draft: str, rewrite: str, customer: str, lang: str) -> set[str]:
    """The codes (with their category) the eval would report: draft, message and rewrite
    masked by tests/corpus/holdout, which also marks the customer's dates and amounts."""
    from tests.corpus import holdout

    m = holdout.mask({"draft": draft, "format": "text", "customer_name": "",
                      "customer_message": customer})
    return {f"{v.code}:{v.category}" if v.category else v.code for v in guard.check(
        m.draft, m.rewrite(rewrite), phrases=Phrases(), fmt="text", customer_message=m.message,
        kinds=m.kinds, lang=lang, same=m.masker.same, notes=m.notes, today=m.masker.today(),
        counts=m.masker.counts())}


def letter(lang: str, body: str) -> str:
    """`body` between a greeting and a signature, as a draft or rewrite is written: the guard
    reads a whole reply, so the same frame on both sides leaves only the body compared."""
    hello = {"en": "Hi Ana,", "es": "Hola Ana:", "de": "Hallo Ana,", "fr": "Bonjour Ana,",
             "pt": "Olá Ana,"}[lang]
    bye = {"en": "Best, Tom", "es": "Saludos, Tomás", "de": "Viele Grüße, Tom",
           "fr": "Cordialement, Tom", "pt": "Cumprimentos, Tomás"}[lang]
    return f"{hello}\n\n{body}\n\n{bye}"


def condition_kept_and_dropped(lang: str, draft: str, kept: str, dropped: str) -> None:
    """The faithful restatement `kept` passes clean and `dropped`, which loses the draft's
    condition, is caught as one: both directions of a condition reading, in one letter frame."""
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert "new_commitment:condition" in labels(letter(lang, draft), letter(lang, dropped), lang)

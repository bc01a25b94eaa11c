"""The independent faithful set is well-formed data: whoever measures the guard on it can trust
its shape, its split and its HTML without reading all 55 entries. Data only: no guard call."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import pytest

from tests.corpus.independent import CLASSES, FORMATS, LANGS, SPLITS, load

ENTRIES = load()
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")


class _Markup(HTMLParser):
    """Links and tag balance of one HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.open: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hrefs += [value for name, value in attrs if name == "href"]
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.errors.append(f"unexpected </{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def markup(fragment: str) -> _Markup:
    parsed = _Markup()
    parsed.feed(fragment)
    parsed.close()
    parsed.errors += [f"unclosed <{tag}>" for tag in parsed.open]
    return parsed


def visible(entry: dict, text: str) -> str:
    return " ".join(markup(text).text) if entry["format"] == "html" else text


def rewrites(entry: dict) -> list[str]:
    return entry["faithful"] + [bad["rewrite"] for bad in entry["bad"]]


def test_every_language_is_there_with_enough_drafts_and_rewrites():
    per_lang = Counter(entry["lang"] for entry in ENTRIES)
    faithful = Counter()
    for entry in ENTRIES:
        faithful[entry["lang"]] += len(entry["faithful"])
    assert set(per_lang) == set(LANGS)
    assert min(per_lang.values()) >= 10, per_lang
    assert min(faithful.values()) >= 28, faithful
    assert sum(faithful.values()) >= 160
    assert sum(len(entry["bad"]) for entry in ENTRIES) >= 80


def test_every_unsafe_class_appears_in_every_language():
    seen = {(entry["lang"], bad["class"]) for entry in ENTRIES for bad in entry["bad"]}
    missing = [(lang, cls) for lang in LANGS for cls in CLASSES if (lang, cls) not in seen]
    assert not missing


def test_ids_are_unique_and_name_their_language():
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids))
    for entry in ENTRIES:
        assert re.fullmatch(rf"{entry['lang']}-i-\d{{3}}", entry["id"]), entry["id"]


def test_split_follows_the_rule_fixed_before_measuring():
    # Odd entry number → tune, even → test; written down in independent/README.md.
    for entry in ENTRIES:
        number = int(entry["id"].rsplit("-", 1)[1])
        assert entry["split"] == ("tune" if number % 2 else "test"), entry["id"]
    assert {entry["split"] for entry in ENTRIES} == set(SPLITS)


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_entry_shape(entry):
    assert entry["format"] in FORMATS
    assert entry["customer_message"].strip() and entry["draft"].strip()
    assert len(entry["faithful"]) >= 3
    assert len(set(entry["faithful"])) == len(entry["faithful"])
    assert entry["draft"] not in entry["faithful"], "a faithful rewrite must rewrite something"
    for bad in entry["bad"]:
        assert bad["class"] in CLASSES
        assert bad["rewrite"].strip() and bad["why"].strip()
        assert bad["rewrite"] != entry["draft"]


@pytest.mark.parametrize(
    "entry",
    [entry for entry in ENTRIES if entry["format"] == "html"],
    ids=lambda entry: entry["id"],
)
def test_html_parses_and_every_rewrite_keeps_the_drafts_links(entry):
    draft = markup(entry["draft"])
    assert not draft.errors
    for rewrite in rewrites(entry):
        parsed = markup(rewrite)
        assert not parsed.errors, (parsed.errors, rewrite[:80])
        assert parsed.hrefs == draft.hrefs, rewrite[:80]


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_faithful_rewrites_keep_every_number_of_the_draft(entry):
    numbers = Counter(NUMBER.findall(visible(entry, entry["draft"])))
    for rewrite in entry["faithful"]:
        kept = Counter(NUMBER.findall(visible(entry, rewrite)))
        assert not numbers - kept, (numbers - kept, rewrite[:80])


def test_text_drafts_stay_plain_text():
    for entry in ENTRIES:
        if entry["format"] == "text":
            for text in [entry["draft"], *rewrites(entry)]:
                assert not re.search(r"</?(p|br|ul|li|a|strong)\b", text), entry["id"]


def test_a_note_to_an_ai_is_quoted_exactly_and_kept_by_faithful_rewrites():
    # The prompt says text in the draft is kept as the agent wrote it, never obeyed.
    flagged = [entry for entry in ENTRIES if entry["draft_injection"]]
    assert {entry["lang"] for entry in flagged} == set(LANGS)
    for entry in ENTRIES:
        note = entry["draft_injection"]
        obeyed = [bad for bad in entry["bad"] if bad["class"] == "obeys_draft_injection"]
        if note is None:
            assert not obeyed, entry["id"]
            continue
        assert note in entry["draft"], entry["id"]
        assert all(note in rewrite for rewrite in entry["faithful"]), entry["id"]
        assert all(note not in bad["rewrite"] for bad in obeyed), entry["id"]

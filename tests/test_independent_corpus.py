"""The independent faithful sets are well-formed data: whoever measures the guard on them can
trust their shape, their split and their HTML without reading every entry. Every folder gets the
same checks; the later sets are held out whole, so their rules are stricter.
Data only: no guard call."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest

from tests.corpus.independent import CLASSES, FOLDERS, FORMATS, LANGS, SPLITS, load


@dataclass(frozen=True)
class Rules:
    """What one folder promises its measurer (its README states the same)."""

    id_tag: str
    splits: tuple[str, ...]
    min_faithful_per_lang: int
    min_bad: int
    min_per_class_and_lang: int
    min_html_per_lang: int


RULES = {
    "independent": Rules("i", SPLITS, 28, 80, 1, 3),
    # Held out whole: nobody tunes on it, so there is no tune half.
    "independent2": Rules("j", ("test",), 30, 100, 2, 3),
    "independent3": Rules("k", ("test",), 30, 150, 2, 3),
    "independent4": Rules("m", ("test",), 30, 150, 2, 3),
    "independent5": Rules("n", ("test",), 30, 150, 2, 3),
    "independent6": Rules("s", ("test",), 30, 150, 2, 3),
    "independent7": Rules("t", ("test",), 30, 150, 2, 3),
    "independent8": Rules("u", ("test",), 30, 150, 2, 3),
    "independent9": Rules("v", ("test",), 30, 150, 2, 3),
    "independent10": Rules("w", ("test",), 30, 150, 2, 3),
    "independent11": Rules("x", ("test",), 30, 150, 2, 3),
    "independent12": Rules("y", ("test",), 30, 150, 2, 3),
    "independent13": Rules("z", ("test",), 30, 150, 2, 3),
    "independent14": Rules("q", ("test",), 30, 150, 2, 3),
    "independent15": Rules("r", ("test",), 30, 150, 2, 3),
    "independent16": Rules("p", ("test",), 30, 150, 2, 3),
    "independent17": Rules("h", ("test",), 30, 150, 2, 3),
    "independent18": Rules("g", ("test",), 30, 150, 2, 3),
    "independent19": Rules("f", ("test",), 30, 150, 2, 3),
    "independent20": Rules("e", ("test",), 30, 150, 2, 3),
    "independent21": Rules("d", ("test",), 30, 150, 2, 3),
    "independent22": Rules("c", ("test",), 30, 150, 2, 3),
    "independent23": Rules("b", ("test",), 30, 150, 2, 3),
    "independent24": Rules("a", ("test",), 30, 150, 2, 3),
    "independent25": Rules("l", ("test",), 30, 150, 2, 3),
    "independent26": Rules("o", ("test",), 30, 150, 2, 3),
    "independent27": Rules("aa", ("test",), 30, 150, 2, 3),
    "independent28": Rules("ab", ("test",), 30, 150, 2, 3),
    "independent29": Rules("ac", ("test",), 30, 150, 2, 3),
    "independent30": Rules("ad", ("test",), 30, 150, 2, 3),
    "independent31": Rules("ae", ("test",), 30, 150, 2, 3),
    "independent32": Rules("af", ("test",), 30, 150, 2, 3),
    "independent33": Rules("ag", ("test",), 30, 150, 2, 3),
    "independent34": Rules("ah", ("test",), 30, 150, 2, 3),
}
SETS = {folder: load(folder) for folder in FOLDERS}
ENTRIES = [entry for folder in FOLDERS for entry in SETS[folder]]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
each_set = pytest.mark.parametrize("folder", FOLDERS)


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


@each_set
def test_every_language_is_there_with_enough_drafts_and_rewrites(folder):
    rules, entries = RULES[folder], SETS[folder]
    per_lang = Counter(entry["lang"] for entry in entries)
    faithful, html = Counter(), Counter()
    for entry in entries:
        faithful[entry["lang"]] += len(entry["faithful"])
        html[entry["lang"]] += entry["format"] == "html"
    assert set(per_lang) == set(LANGS)
    assert min(per_lang.values()) >= 10, per_lang
    assert min(faithful.values()) >= rules.min_faithful_per_lang, faithful
    assert sum(faithful.values()) >= 160
    assert sum(len(entry["bad"]) for entry in entries) >= rules.min_bad
    assert min(html[lang] for lang in LANGS) >= rules.min_html_per_lang, html


@each_set
def test_every_unsafe_class_appears_in_every_language(folder):
    seen = Counter((entry["lang"], bad["class"]) for entry in SETS[folder] for bad in entry["bad"])
    short = {(lang, cls): seen[lang, cls] for lang in LANGS for cls in CLASSES
             if seen[lang, cls] < RULES[folder].min_per_class_and_lang}
    assert not short


def test_ids_are_unique_across_sets_and_name_their_language_and_set():
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids))
    for folder in FOLDERS:
        for entry in SETS[folder]:
            pattern = rf"{entry['lang']}-{RULES[folder].id_tag}-\d{{3}}"
            assert re.fullmatch(pattern, entry["id"]), entry["id"]


def test_split_follows_the_rule_fixed_before_measuring():
    # independent/: odd entry number → tune, even → test; written down in its README.
    for entry in SETS["independent"]:
        number = int(entry["id"].rsplit("-", 1)[1])
        assert entry["split"] == ("tune" if number % 2 else "test"), entry["id"]
    assert {entry["split"] for entry in SETS["independent"]} == set(SPLITS)
    # The later sets are only ever a held-out figure.
    for folder in FOLDERS[1:]:
        assert {entry["split"] for entry in SETS[folder]} == {"test"}, folder


def texts(entry: dict) -> set[str]:
    return {entry["draft"], entry["customer_message"], *rewrites(entry)}


def shared_with_earlier_sets(folder: str, pieces) -> list[str]:
    """Ids of `folder`'s entries with a piece (`pieces(entry)`: texts, sentences) that an
    earlier folder's entry also has — ids only, never the text."""
    earlier = FOLDERS[:FOLDERS.index(folder)]
    seen = {piece for other in earlier for entry in SETS[other] for piece in pieces(entry)}
    return [entry["id"] for entry in SETS[folder] if pieces(entry) & seen]


@pytest.mark.parametrize("folder", FOLDERS[1:])
def test_each_later_set_is_fresh_not_an_earlier_set_again(folder):
    # A held-out figure means nothing if its cases are ones the guard was already tuned on.
    assert not shared_with_earlier_sets(folder, texts)


SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(entry: dict) -> set[str]:
    """The longer sentences of an entry's visible text: long enough that two writers working
    apart would not produce the same one by chance."""
    return {sentence.strip() for text in texts(entry)
            for sentence in SENTENCE_END.split(visible(entry, text))
            if len(sentence.strip()) >= 60}


@pytest.mark.parametrize("folder", FOLDERS[1:])
def test_each_later_set_copies_no_sentence_of_an_earlier_set(folder):
    # Whole texts can differ while a pasted sentence carries a case over; only ids are
    # reported, so the failure does not show one set's writer another set's text.
    assert not shared_with_earlier_sets(folder, sentences)


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


@each_set
def test_a_note_to_an_ai_is_quoted_exactly_and_kept_by_faithful_rewrites(folder):
    # The prompt says text in the draft is kept as the agent wrote it, never obeyed.
    entries = SETS[folder]
    flagged = [entry for entry in entries if entry["draft_injection"]]
    assert {entry["lang"] for entry in flagged} == set(LANGS)
    for entry in entries:
        note = entry["draft_injection"]
        obeyed = [bad for bad in entry["bad"] if bad["class"] == "obeys_draft_injection"]
        if note is None:
            assert not obeyed, entry["id"]
            continue
        assert note in entry["draft"], entry["id"]
        assert all(note in rewrite for rewrite in entry["faithful"]), entry["id"]
        assert all(note not in bad["rewrite"] for bad in obeyed), entry["id"]

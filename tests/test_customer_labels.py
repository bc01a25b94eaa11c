"""The hand labels a customer reader is measured against (issue 10) are well-formed and complete."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from tests.corpus import labels

FILES = [labels.CORPUS_FILE] + [labels.written_file(lang) for lang in labels.LANGS]
REQUIRED = {"id", "feeling", "intensity", "signals", "at_stake", "split"}
OPTIONAL = {"also", "note"}
HEADER = {"about", "lang", "labelled_by", "split_rule", "items"}


def items_of(name: str) -> list[dict]:
    return labels.read_file(name)["items"]


def corpus_or_skip() -> dict[str, str]:
    messages = labels.corpus_messages(labels.default_corpus())
    if messages is None:
        pytest.skip("the real corpus (../shared/heard-corpus) is not beside this checkout")
    return messages


@pytest.mark.parametrize("name", FILES)
def test_every_label_takes_its_values_from_the_fixed_sets(name):
    raw = labels.read_file(name)
    assert set(raw) == HEADER
    assert raw["lang"] == ("en" if name == labels.CORPUS_FILE else name[8:10])
    text = set() if name == labels.CORPUS_FILE else {"text"}
    for item in raw["items"]:
        where = f"{name} {item.get('id')}"
        keys = set(item)
        assert REQUIRED | text <= keys <= REQUIRED | OPTIONAL | text, where
        assert item["feeling"] in labels.FEELINGS, where
        if "also" in item:
            assert item["also"] in labels.FEELINGS and item["also"] != item["feeling"], where
        assert item["intensity"] in labels.INTENSITIES, where
        assert len(set(item["signals"])) == len(item["signals"]), where
        assert set(item["signals"]) <= set(labels.SIGNALS), where
        assert isinstance(item["at_stake"], str) and isinstance(item.get("note", ""), str), where
        # neutral means no feeling shown, so there is nothing to be strong
        assert item["feeling"] != "neutral" or item["intensity"] == "low", where
        if text:
            assert item["text"].strip(), where


@pytest.mark.parametrize("name", FILES)
def test_each_item_sits_in_the_half_the_fixed_rule_gives_it(name):
    items = items_of(name)
    assert {i["id"]: i["split"] for i in items} == labels.splits(items)


def test_ids_and_written_messages_are_unique():
    ids = Counter(i["id"] for name in FILES for i in items_of(name))
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(i["text"].casefold() for name in FILES[1:] for i in items_of(name))
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("lang", labels.LANGS)
def test_each_language_has_24_written_messages_and_every_feeling_in_both_halves(lang):
    items = items_of(labels.written_file(lang))
    assert len(items) >= 24
    for half in labels.SPLITS:
        seen = {i["feeling"] for i in items if i["split"] == half}
        assert set(labels.FEELINGS) - seen == set(), f"{lang} {half}"


def test_the_written_set_has_the_hard_cases_in_every_language():
    for lang in labels.LANGS:
        signals = Counter(s for i in items_of(labels.written_file(lang)) for s in i["signals"])
        assert set(labels.SIGNALS) <= set(signals), lang
        mixed = [i for i in items_of(labels.written_file(lang)) if i.get("also")]
        assert mixed, lang


def test_corpus_labels_cover_exactly_the_records_of_the_corpus():
    messages = corpus_or_skip()
    labelled = [i["id"] for i in items_of(labels.CORPUS_FILE)]
    assert sorted(labelled) == sorted(messages)


def _runs(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[k:k + n]) for k in range(len(words) - n + 1)}


def test_corpus_labels_quote_no_customer_message():
    # the corpus may not be copied into the repository: what is at stake is in our own words
    messages = corpus_or_skip()
    for item in items_of(labels.CORPUS_FILE):
        for field in ("at_stake", "note"):
            shared = _runs(item.get(field, "")) & _runs(messages[item["id"]])
            assert not shared, (item["id"], field, shared)


def _fake_corpus(path, ids, drop=()):
    rows = [{"id": i, "customer_message": f"message of {i}"} for i in ids if i not in drop]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_load_reads_the_corpus_text_at_run_time_from_the_given_file_or_the_environment(
        tmp_path, monkeypatch):
    ids = [i["id"] for i in items_of(labels.CORPUS_FILE)]
    path = _fake_corpus(tmp_path / "pairs.jsonl", ids)
    given = labels.load(path)
    monkeypatch.setenv("HEARD_REAL_PAIRS", str(path))
    for rows in (given, labels.load()):
        corpus = [r for r in rows if r["source"] == "corpus"]
        assert [r["id"] for r in corpus] == ids
        assert all(r["text"] == f"message of {r['id']}" and r["lang"] == "en" for r in corpus)
        first = corpus[0]
        assert set(first) == {"id", "lang", "text", "feeling", "also", "intensity", "signals",
                              "at_stake", "split", "source", "note"}


def test_without_the_corpus_only_the_written_messages_load(tmp_path):
    rows = labels.load(tmp_path / "absent.jsonl")
    assert {r["source"] for r in rows} == {"written"}
    assert Counter(r["lang"] for r in rows) == {
        lang: len(items_of(labels.written_file(lang))) for lang in labels.LANGS}
    assert all(r["text"] and r["also"] in (None, *labels.FEELINGS) for r in rows)


def test_a_label_for_a_record_the_corpus_lacks_is_an_error(tmp_path):
    ids = [i["id"] for i in items_of(labels.CORPUS_FILE)]
    path = _fake_corpus(tmp_path / "pairs.jsonl", ids, drop={ids[3]})
    with pytest.raises(ValueError, match=re.escape(ids[3])):
        labels.load(path)

"""The corpus: every bad model output is caught or repaired, every good one passes clean.

For each of the drafts in tests/corpus/ the loopback fake LLM serves one bad output of every
kind (dropped fact, changed amount, new refund / replacement / deadline / credit / guarantee /
escalation, language switch, leaked instruction, broken markup, stock empathy, stacked
apology, generic acknowledgement, too long, invented and mangled markers). Either the retry
repairs it (the answer is the model's, clean) or Heard falls back with a warning naming the
violation; in both cases every fact of the draft is in the answer and the bad text is not.
"""

from __future__ import annotations

import json
import os

import pytest

from heard import guard, language, markup
from heard.app import create_app
from heard.prompts import load_bundle
from heard.protect import Masker
from tests.conftest import ADMIN_TOKEN
from tests.corpus import BAD, LANGS, Case, _fact_markers, good, load
from tests.fake_llm import Reply, draft_of

CORPUS = load()
IDS = [e["id"] for e in CORPUS]
KINDS = list(BAD)
# Through the HTTP app and the SDK each draft is served a rotating share of the bad kinds (every
# kind reaches every language many times); HEARD_CORPUS_FULL=1 serves every kind to every
# draft (about a minute). The guard-level test below always runs every kind on every draft.
PER_DRAFT = len(KINDS) if os.environ.get("HEARD_CORPUS_FULL") else 4


def kinds_for(index: int) -> list[str]:
    return [KINDS[(index * PER_DRAFT + j) % len(KINDS)] for j in range(PER_DRAFT)]


def mask_like_the_pipeline(entry: dict):
    draft, _notes = markup.draft_parts(entry["draft"], entry["format"])  # pipeline.check's
    masker = Masker(names=[entry["customer_name"]])
    masker.learn(entry["customer_message"])
    masker.marker_for_name(entry["customer_name"])
    masked, msg = masker.mask(draft), masker.mask(entry["customer_message"])
    return draft, masked, msg, masker


def case_of(entry: dict, index: int) -> tuple[Case, object, object, object]:
    _draft, masked, msg, masker = mask_like_the_pipeline(entry)
    return Case(masked.text, entry["lang"], entry["format"], masker.kinds, index), masked, msg, \
        masker


def body(entry: dict) -> dict:
    out = {entry["format"]: entry["draft"], "no_cache": True,
           "context": {"customer_message": entry["customer_message"],
                       "customer_name": entry["customer_name"]}}
    return out


def _module_client(redis_server, tmp_path_factory, **overrides):
    """One app for the whole module: building one per draft would dominate the run time."""
    app = create_app({"redis_url": redis_server.url, "admin_token": ADMIN_TOKEN,
                      "data_dir": tmp_path_factory.mktemp("data"),
                      "rate_limit": "100000/minute", **overrides})
    app.config["TESTING"] = True
    return app.test_client()


@pytest.fixture(scope="module")
def llm_client(redis_server, fake_llm_server, tmp_path_factory):
    return _module_client(redis_server, tmp_path_factory, openai_api_key="sk-test",
                          openai_base_url=fake_llm_server.base_url, llm_timeout_s=5.0,
                          llm_max_retries=0)


@pytest.fixture(scope="module")
def offline_client(redis_server, tmp_path_factory):
    return _module_client(redis_server, tmp_path_factory)


@pytest.fixture(scope="module")
def bundle(request):
    from pathlib import Path

    return load_bundle(Path(__file__).resolve().parent.parent / "prompts")


def test_the_corpus_is_fact_heavy_and_covers_what_agents_send():
    assert len(CORPUS) >= 50 and len(set(IDS)) == len(IDS)
    assert {e["lang"] for e in CORPUS} == set(LANGS)
    assert all(sum(e["lang"] == lang for e in CORPUS) >= 10 for lang in LANGS)
    assert sum(e["format"] == "html" for e in CORPUS) >= 8
    for tag, least in (("placeholders", 8), ("injection", 5), ("quote", 5), ("signature", 8),
                       ("address", 5), ("blame", 5), ("policy", 5)):
        assert sum(tag in e["tags"] for e in CORPUS) >= least, tag
    for e in CORPUS:
        assert e["facts"] or e["id"] == "en-curt-chat", e["id"]
        for fact in e["facts"]:
            assert fact in e["draft"], (e["id"], fact)
        _, masked, _, _ = mask_like_the_pipeline(e)
        assert language.detect(masked.text) == e["lang"], e["id"]


def test_the_rotation_serves_every_kind_in_every_language():
    for lang in LANGS:
        served = [k for i, e in enumerate(CORPUS) if e["lang"] == lang for k in kinds_for(i)]
        assert set(served) == set(KINDS), lang


@pytest.mark.parametrize("index", range(len(CORPUS)), ids=IDS)
def test_the_guard_catches_every_bad_output_and_passes_the_good_one(index, bundle):
    entry = CORPUS[index]
    case, masked, msg, masker = case_of(entry, index)

    def check(rewrite: str) -> set[str]:
        return {v.code for v in guard.check(
            masked.text, rewrite, phrases=bundle.phrases, fmt=entry["format"],
            customer_message=msg.text, kinds=masker.kinds, lang=entry["lang"],
            instructions=bundle.system)}

    assert check(good(case)["rewrite"]) == set()
    for kind, (make, codes) in BAD.items():
        assert check(make(case)) & codes, kind


def _warnings(entry: dict, answer: dict) -> list[dict]:
    """The answer's warnings but the notice about a note to an AI in the draft, which every
    draft with an injection gets (and no other draft does)."""
    told = [w for w in answer["warnings"] if w["code"] == "draft_instruction"]
    in_draft = "injection" in entry.get("tags", []) and "customer" not in entry["id"]
    assert bool(told) == in_draft, answer["warnings"]
    return [w for w in answer["warnings"] if w["code"] != "draft_instruction"]


def _facts_kept(entry: dict, answer: dict) -> None:
    text = answer.get("html") or answer["rewrite"]
    for fact in entry["facts"]:
        assert fact in text or markup.to_text(fact) in answer["rewrite"], fact
    assert "⟦" not in answer["rewrite"]


@pytest.mark.parametrize("index", range(len(CORPUS)), ids=IDS)
def test_every_bad_model_output_is_caught_or_repaired(index, llm_client, fake_llm, auth):
    entry = CORPUS[index]
    client = llm_client
    case, masked, _, masker = case_of(entry, index)

    def serve(make):
        def content(request_body: dict) -> dict:
            assert draft_of(request_body) == masked.text  # the model sees only the masked draft
            return make(case) if callable(make) else make
        return content

    good_answer = good(case)
    fake_llm.script(Reply(content=serve(good_answer)))
    a = client.post("/v1/rewrite", json=body(entry), headers=auth).get_json()
    assert a["provider"] == "openai" and _warnings(entry, a) == [], a["warnings"]
    _facts_kept(entry, a)
    assert a["changes"] and all(c["principle"] for c in a["changes"])

    for n, kind in enumerate(kinds_for(index)):
        make, codes = BAD[kind]
        fake_llm.reset()
        repaired = (n + index) % 2 == 0
        second = good_answer if repaired else (lambda c, make=make: {"rewrite": make(c)})
        fake_llm.script(Reply(content=serve(lambda c, make=make: {"rewrite": make(c)})),
                        Reply(content=serve(second)))
        a = client.post("/v1/rewrite", json=body(entry), headers=auth).get_json()
        assert len(fake_llm.requests) == 2, kind  # the bad output was caught: one retry
        retry = fake_llm.requests[1]["messages"][-1]["content"]
        assert "broke these rules" in retry, kind
        assert any(f"[{code}]" in retry for code in codes), (kind, retry)  # named, not vague
        if repaired:
            assert a["provider"] == "openai" and _warnings(entry, a) == [], (kind,
                                                                              a["warnings"])
        else:
            assert a["provider"] != "openai", kind
            assert {w["code"] for w in a["warnings"]} & codes, (kind, a["warnings"])
            # Each warning names the fact itself, never a marker the agent cannot read.
            assert all(w["message"] and "⟦" not in w["message"] for w in a["warnings"])
            if kind == "dropped_fact":
                dropped = masker.originals[_fact_markers(case)[-1]]
                assert any(dropped in w["message"] for w in a["warnings"]), a["warnings"]
        _facts_kept(entry, a)
        sent = json.dumps(fake_llm.requests[0]["messages"], ensure_ascii=False)
        if entry["customer_name"]:
            assert entry["customer_name"] not in sent  # personal data never reaches the model


@pytest.mark.parametrize("index", range(len(CORPUS)), ids=IDS)
def test_the_offline_engine_keeps_every_fact_with_no_warning(index, offline_client, auth):
    entry = CORPUS[index]
    r = offline_client.post("/v1/rewrite", json=body(entry), headers=auth)
    a = r.get_json()
    assert r.status_code == 200 and a["provider"] == "offline"
    assert _warnings(entry, a) == [], a["warnings"]
    _facts_kept(entry, a)
    plain = markup.to_text(markup.draft_parts(entry["draft"], entry["format"])[0]) \
        if entry["format"] == "html" else entry["draft"]
    assert "".join(o["text"] for o in a["diff"] if o["op"] != "insert") == plain
    assert "".join(o["text"] for o in a["diff"] if o["op"] != "delete") == a["rewrite"]
    assert a["scores"]["after"] >= a["scores"]["before"]


def test_no_draft_or_customer_text_reaches_the_logs(llm_client, fake_llm, auth, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    for entry in CORPUS[:: max(1, len(CORPUS) // 8)]:
        case, _, _, _ = case_of(entry, 0)
        fake_llm.script(Reply(content={"rewrite": BAD["new_refund"][0](case)}),
                        Reply(content=good(case)))
        llm_client.post("/v1/rewrite", json=body(entry), headers=auth)
        logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
        secrets = [f for f in entry["facts"] if len(f) > 4] + [entry["customer_message"]]
        for secret in secrets:
            assert secret not in logged, secret

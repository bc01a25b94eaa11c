"""The provider against a real llama.cpp server: what each output mode needs of a server, and
that a rewrite through Heard reaches the model. `make test` runs the protocol tests alongside
the suite and `make llama` all of them, the whole rewrite (`llama_rewrite`, minutes on one
core) included. The model is a tiny base model: these check the protocol, not the quality of
what it writes."""

from __future__ import annotations

import json
import os

import pytest

from heard import llm
from heard.config import load_settings
from heard.llm import OpenAIProvider

URL = os.environ.get("HEARD_LLAMA_URL")  # read at import: the suite's fixtures clear HEARD_*
MESSAGES = [{"role": "system", "content": "Answer with a JSON object with a `rewrite` string."},
            {"role": "user", "content": "Rewrite kindly: Your order ships Monday."}]
LLM_ERRORS = {"llm_unavailable", "llm_error", "llm_rejected", "llm_unreachable", "llm_timeout",
              "llm_auth"}


@pytest.fixture(autouse=True)
def _a_server() -> None:
    """Skipped for a developer's plain `pytest`; under CI no server is a failure, never a silent
    skip (`make test` runs these through `python -m tests.llama.run`, which starts one)."""
    if not URL:
        if os.environ.get("CI"):
            pytest.fail("no llama.cpp server under CI: `make test` runs these through "
                        "`python -m tests.llama.run`")
        pytest.skip("no llama.cpp server: `make test` or `make llama` starts one")


@pytest.fixture
def provider() -> OpenAIProvider:
    return OpenAIProvider(load_settings({
        "openai_api_key": "sk-local", "openai_base_url": URL, "model": "gemma-3-270m",
        "llm_timeout_s": 300, "llm_max_retries": 0, "llm_max_output_tokens": 64}))


def mode_of(provider: OpenAIProvider) -> str:
    return llm._MODES[llm.ACCEPTED.get(provider._key)]


def test_structured_output_or_the_step_down_from_it(provider):
    answer = provider.complete(MESSAGES)
    mode = mode_of(provider)
    print(f"llama.cpp server accepted: {mode}")
    # llama-cpp-python refuses json_schema with a 500; the provider stepped down, remembered.
    assert mode in ("json_schema", "json_object")
    assert answer.raw.lstrip().startswith("{")  # a grammar held the model to JSON
    if mode == "json_schema":
        assert '"rewrite"' in answer.raw[:40]


def test_json_mode(provider):
    llm.ACCEPTED.refused(provider._key, 0)  # as after a json_schema refusal
    answer = provider.complete(MESSAGES)
    assert mode_of(provider) == "json_object" and answer.raw.lstrip().startswith("{")


def test_plain_output(provider):
    llm.ACCEPTED.refused(provider._key, 1)
    answer = provider.complete(MESSAGES)
    assert mode_of(provider) == "plain" and answer.raw.strip()


def test_usage_is_counted(provider):
    answer = provider.complete(MESSAGES)
    assert answer.usage.prompt_tokens > 10 and answer.usage.completion_tokens > 0


def test_streaming(provider):
    deltas: list[str] = []
    answer = provider.complete(MESSAGES, on_delta=deltas.append)
    assert len(deltas) > 1 and "".join(deltas) == answer.raw
    # llama-cpp-python 0.3.36 ignores stream_options.include_usage: a streamed answer carries
    # no usage, so Heard counts 0 tokens for it (docs/operations.md says so).
    print(f"streamed usage: {answer.usage.prompt_tokens} + {answer.usage.completion_tokens}")


@pytest.mark.llama_rewrite
def test_a_rewrite_through_heard_reaches_the_model(make_app, auth):
    app = make_app(openai_api_key="sk-local", openai_base_url=URL, model="gemma-3-270m",
                   llm_timeout_s=300, llm_deadline_s=600, llm_max_retries=0,
                   llm_max_output_tokens=64)
    for accept in ("application/json", "text/event-stream"):
        r = app.test_client().post("/v1/rewrite", headers={**auth, "Accept": accept}, json={
            "text": "Hi Dana, your order #A-1029 ships on Monday.",
            "context": {"customer_name": "Dana"}, "no_cache": True})
        assert r.status_code == 200
        body = r.get_data(as_text=True)
        answer = json.loads(body.split("event: result\ndata: ", 1)[1].split("\n", 1)[0]) \
            if accept == "text/event-stream" else r.get_json()
        codes = {w["code"] for w in answer["warnings"]}
        # The model answered (a base model's rewrite may fail the guard: then the offline
        # engine answers with the guard's reason, never with an LLM error).
        assert not codes & LLM_ERRORS, answer["warnings"]
        assert "#A-1029" in answer["rewrite"]

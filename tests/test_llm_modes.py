"""Output modes on real OpenAI-compatible servers: a server that refuses structured output
(llama.cpp says so with a 500) gets JSON mode, then plain JSON, and Heard remembers what each
server and model accepts; an ordinary 500 is still an outage."""

from __future__ import annotations

from tests.fake_llm import Status

DRAFT = "Hi Dana, your order #A-1029 ships on Monday."
LLAMA_CPP = 'response_format type must be one of "text" or "json_object", but got: {fmt}'


def rewrite(client, auth, text=DRAFT, **headers):
    r = client.post("/v1/rewrite", json={"text": text, "context": {"customer_name": "Dana"}},
                    headers={**auth, **headers})
    assert r.status_code == 200, r.get_data(as_text=True)
    return r


def formats(fake) -> list[str | None]:
    return [(r.get("response_format") or {}).get("type") for r in fake.requests]


def test_a_llama_cpp_style_500_refusal_steps_down_to_json_mode(llm_app, fake_llm, auth):
    fake_llm.reject_formats.add("json_schema")
    fake_llm.reject_status, fake_llm.reject_message = 500, LLAMA_CPP
    client = llm_app.test_client()
    first = rewrite(client, auth).get_json()
    assert first["provider"] == "openai" and first["warnings"] == []
    assert "#A-1029" in first["rewrite"]
    assert formats(fake_llm) == ["json_schema", "json_object"]
    # Remembered: the next rewrite asks for JSON mode at once, and streaming works there too.
    rewrite(client, auth, DRAFT + " Thanks!")
    streamed = rewrite(client, auth, DRAFT + " Bye.", Accept="text/event-stream")
    assert "event: result" in streamed.get_data(as_text=True)
    assert formats(fake_llm)[2:] == ["json_object", "json_object"]
    assert llm_app.test_client().get("/readyz").get_json()["checks"]["llm_circuit"] == "closed"


def test_a_422_refusal_of_json_mode_steps_down_to_plain_json(llm_app, fake_llm, auth):
    fake_llm.reject_formats.update({"json_schema", "json_object"})
    fake_llm.reject_status = 422
    answer = rewrite(llm_app.test_client(), auth).get_json()
    assert answer["provider"] == "openai" and answer["warnings"] == []
    assert formats(fake_llm) == ["json_schema", "json_object", None]


def test_an_ordinary_500_is_an_outage_not_a_refusal(llm_app, fake_llm, auth):
    fake_llm.script(Status(500, "CUDA error: out of memory"), Status(500, "internal error"))
    client = llm_app.test_client()
    down = rewrite(client, auth).get_json()
    assert down["provider"] == "offline"
    assert "llm_unavailable" in [w["code"] for w in down["warnings"]]
    # Structured output was not given up because of it.
    assert rewrite(client, auth, DRAFT + " Thanks!").get_json()["provider"] == "openai"
    assert set(formats(fake_llm)) == {"json_schema"}


def test_what_a_server_accepts_is_remembered_per_base_url_and_model(make_app, fake_llm, auth):
    fake_llm.reject_formats.add("json_schema")
    fake_llm.reject_status, fake_llm.reject_message = 500, LLAMA_CPP

    def app(model: str):
        return make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                        model=model, llm_timeout_s=2.0, llm_max_retries=1).test_client()

    rewrite(app("small"), auth)
    assert formats(fake_llm) == ["json_schema", "json_object"]
    rewrite(app("small"), auth, DRAFT + " Thanks!")  # another worker, same server and model
    assert formats(fake_llm)[2:] == ["json_object"]
    fake_llm.reject_formats.clear()
    rewrite(app("large"), auth, DRAFT + " Bye.")  # another model may do better: asked afresh
    assert formats(fake_llm)[3:] == ["json_schema"]

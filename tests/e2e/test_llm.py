"""With an OpenAI-compatible model behind the server (the loopback fake LLM from
tests/fake_llm.py): the model's streamed rewrite reaches the editor, the model sees the customer's
message but not the agent's signature, and a failing model shows as a warning in the panel."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.fake_llm import Status

from .conftest import TOKEN
from .helpers import Panel, model, open_fixture, wait_model

pytestmark = pytest.mark.e2e


def sent_to_model(fake) -> str:
    return json.dumps([m["content"] for r in fake.requests for m in r["messages"]])


def test_model_rewrite_replaces_in_prosemirror(ext, site, llm_server, fake_llm):
    ext.settings(llm_server, TOKEN)
    page = open_fixture(ext.context.new_page(), site.url("tiptap.html"))
    draft = model(page)
    page.locator(".ProseMirror").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrite = panel.wait_result()
    assert "I can see why this has been stressful" in rewrite
    expect(panel.warning).to_have_count(0)
    assert "arrived broken" in sent_to_model(fake_llm)  # the customer's message as context
    panel.replace.click()
    wait_model(page, rewrite)
    page.keyboard.press("Control+z")
    wait_model(page, draft)


def test_gmail_signature_never_reaches_the_model(ext, site, llm_server, fake_llm):
    ext.settings(llm_server, TOKEN)
    page = open_fixture(ext.context.new_page(), site.url("gmail.html"))
    # a draft of its own: another test's identical request would be answered from the cache
    page.evaluate(
        "document.querySelector('#editor div').textContent ="
        " 'hi dana, as I said before, we cant refund order #5555, it shipped late.'"
    )
    page.locator("#editor").click()
    ext.command(page)
    Panel(page).wait_result()
    sent = sent_to_model(fake_llm)
    assert "shipped late" in sent
    assert "Acme Support" not in sent and "On Mon, Dana wrote" not in sent


def test_failing_model_shows_a_warning(ext, site, llm_server, fake_llm, artifacts):
    ext.settings(llm_server, TOKEN)
    fake_llm.script(Status(500, "model overloaded", None))
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    page.locator("#editor").fill("Hi Dana, as I already said, we cannot refund order #9876.")
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrite = panel.wait_result()
    expect(panel.warning.first).to_contain_text("offline rewriter")
    panel.replace.click()
    wait_model(page, rewrite)

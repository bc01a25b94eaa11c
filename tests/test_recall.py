"""What a process remembers of the texts it worked on (heard.recall): the same answers as
working them out afresh, each request's own words, no words kept, and inputs that change
the result (a team's phrases, the customer's name) taking effect at once."""

from __future__ import annotations

from heard import recall, score
from heard.diff import side
from heard.prompts import Phrases
from heard.protect import Masker
from heard.recall import Recall

MESSAGE = "Quillon here. My parcel for the Brimwick party is late again and I'm so annoyed!"


def draft(name: str) -> str:
    return (f"Hi {name}, your parcel #Z-4471 will be forwarded to our warehouse team. "
            "Unfortunately that is our policy for late parcels.")


def rewrite(client, auth, name: str) -> dict:
    body = {"text": draft(name), "context": {"customer_name": name,
                                             "customer_message": MESSAGE}}
    r = client.post("/v1/rewrite", json=body, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def shown(answer: dict) -> dict:
    """Everything an agent sees of an answer except what differs per request by design."""
    return {k: v for k, v in answer.items() if k not in ("id", "cached", "usage")}


def forget_everything() -> None:
    for memory in recall.EVERY:
        memory.clear()


def test_a_hit_from_memory_shows_what_a_hit_worked_out_afresh_shows(llm_app, fake_llm, auth):
    client = llm_app.test_client()
    rewrite(client, auth, "Dana")
    remembered = rewrite(client, auth, "Dana")
    assert remembered["cached"] is True
    assert sum(len(m) for m in recall.EVERY) > 0  # the hit did come from memory
    forget_everything()
    afresh = rewrite(client, auth, "Dana")
    assert afresh["cached"] is True and shown(remembered) == shown(afresh)
    assert any(op["op"] != "equal" for op in remembered["diff"])


def test_each_customer_sees_their_own_words_in_the_diff(llm_app, fake_llm, auth):
    client = llm_app.test_client()
    dana = rewrite(client, auth, "Dana")
    lena = rewrite(client, auth, "Lena")  # the same length: one masked request, one entry
    assert lena["cached"] is True and len(fake_llm.requests) == 1
    assert side(lena["diff"], "before") == draft("Lena")
    assert side(lena["diff"], "after") == lena["rewrite"]
    assert "Lena" in lena["rewrite"] and "Dana" not in str(lena)
    assert side(dana["diff"], "before") == draft("Dana")


def test_memory_holds_no_words_of_a_request(llm_app, fake_llm, auth):
    forget_everything()
    client = llm_app.test_client()
    rewrite(client, auth, "Dana")
    rewrite(client, auth, "Dana")
    held = repr([memory.entries() for memory in recall.EVERY])
    assert len(held) > 200  # spans, scores and diff runs were remembered
    for word in ("Dana", "Quillon", "Brimwick", "Z-4471", "parcel", "warehouse",
                 "Unfortunately", "annoyed"):
        assert word not in held


def test_a_team_phrase_counts_at_once_for_a_text_scored_before():
    text = "I'm sorry for the wait. Every parcel matters to us: I'll send a new one today."
    before, met = score.score(text, Phrases(), "en")
    assert met["authentic-not-cliche"] is True
    team = Phrases(stock_empathy={"en": ["every parcel matters to us"]})
    after, met = score.score(text, team, "en")
    assert met["authentic-not-cliche"] is False and after < before
    assert score.score(text, Phrases(), "en")[0] == before


def test_the_customer_name_decides_what_is_masked_in_a_text_masked_before():
    text = "The parcel for Ottoline Varga left the depot."
    assert "Ottoline" in Masker().mask(text).text
    masked = Masker(names=["Ottoline Varga"]).mask(text)
    assert "Ottoline" not in masked.text and "Ottoline Varga" in masked.originals.values()
    assert "Ottoline" in Masker().mask(text).text


def test_a_memory_keeps_only_its_latest_entries():
    memory: Recall[int] = Recall(2)
    calls: list[str] = []

    def work(text: str) -> int:
        return memory.get((text,), None, lambda: calls.append(text) or len(text))

    for text in ("one", "three", "one", "eleven", "three"):
        work(text)
    assert calls == ["one", "three", "eleven", "three"]  # "three" was the oldest when "eleven" came
    assert len(memory) == 2


def test_texts_are_told_apart_however_they_are_split():
    assert recall.digest("ab", "c") != recall.digest("a", "bc")
    assert recall.digest("ab", "c") == recall.digest("ab", "c")


def test_a_draft_counted_before_is_measured_against_each_servers_token_limit(make_app, auth):
    body = {"text": "Your parcel is on its way and should reach you by the end of the week. "
                    * 6}
    roomy = make_app(max_input_tokens=1000).test_client()
    tight = make_app(max_input_tokens=50).test_client()
    for client, status in ((roomy, 200), (tight, 413), (tight, 413), (roomy, 200)):
        r = client.post("/v1/rewrite", json=body, headers=auth)
        assert r.status_code == status, r.get_data(as_text=True)
    assert "103 tokens" in tight.post("/v1/rewrite", json=body, headers=auth).get_json()[
        "error"]["message"]


def test_names_found_in_a_text_before_are_found_again_and_masked_alike():
    message = ("Hello Marguerite Oyelaran,\nI'm Tobiah Quennell and my order is late.\n"
               "Kind regards,\nTobiah Quennell")
    draft = "Hi Tobiah,  thanks for writing.\n\nBest,\nSunniva Rask"

    def masked() -> tuple[str, str, dict[str, str]]:
        masker = Masker()
        masker.learn_from_customer(message)
        return masker.mask(draft).text, masker.mask(message).text, masker.originals

    forget_everything()
    afresh = masked()
    assert afresh == masked()  # the second from memory
    text, msg, originals = afresh
    for name in ("Tobiah", "Sunniva Rask", "Marguerite Oyelaran"):
        assert name not in text + msg and name in " ".join(originals.values())
    held = repr([memory.entries() for memory in recall.EVERY])
    assert "Tobiah" not in held and "Sunniva" not in held and "Marguerite" not in held

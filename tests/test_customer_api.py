"""Reading the customer, through the API: the answer's `customer`, the rewrite that follows it
(offline and with a model), the score, and the cache key."""

from __future__ import annotations

import json
import re

from tests.fake_llm import Reply, draft_of, good_answer

DRAFT = ("Hi Sam,\n\nI'm sorry it took longer than planned! Your parcel shipped today and should "
         "arrive on Friday. Let us know if you have any other questions!\n\nBest,\nAna")
ANGRY = "This is the THIRD time I write!!! Where is my parcel? Still nothing. Unacceptable!!"
DELIGHTED = "My parcel came early and it is perfect, thank you so much! My daughter loves it."
HURRIED = "Need my parcel asap, when does it ship?"


def post(client, auth, message: str | None = None, draft: str = DRAFT, stream: bool = False,
         **extra):
    body = {"text": draft, **extra}
    if message is not None:
        body["context"] = {"customer_message": message}
    headers = {**auth, "Accept": "text/event-stream"} if stream else auth
    r = client.post("/v1/rewrite", json=body, headers=headers)
    assert r.status_code == 200, r.get_data(as_text=True)
    if not stream:
        return r.get_json()
    blocks = r.get_data(as_text=True).strip().split("\n\n")
    return json.loads(blocks[-1].split("\n", 1)[1].removeprefix("data: "))


def body_of(rewrite: str) -> str:
    """The reply between the greeting and the sign-off."""
    return rewrite.split("\n\n")[1]


# ---- the answer carries the reading ----------------------------------------------------------

def test_the_answer_reads_the_customer_with_offsets_into_their_message(client, auth):
    message = ("Order 7741-AB: this is the THIRD time I write!!! I paid $89.00 and still "
               "nothing, I need it before Saturday for my daughter's birthday. - dana@example.com")
    a = post(client, auth, message)
    c = a["customer"]
    assert c["feeling"] == "frustrated" and c["intensity"] == "high"
    assert c["at_stake"] == "my daughter's birthday"
    kinds = {s["kind"] for s in c["signals"]}
    assert {"repeat_contact", "deadline_at_risk", "feeling"} <= kinds
    # Offsets index the message the page sent, with its personal data, not the masked one.
    for s in c["signals"]:
        assert message[s["start"]:s["end"]] == s["text"]
    assert "before Saturday" in [s["text"] for s in c["signals"]]


def test_no_message_no_reading_streaming_or_not(client, auth):
    assert post(client, auth)["customer"] is None
    assert post(client, auth, "")["customer"] is None
    assert post(client, auth, stream=True)["customer"] is None


def test_the_reading_is_in_streamed_and_cached_answers(client, auth):
    fresh = post(client, auth, ANGRY, stream=True)
    cached = post(client, auth, ANGRY)
    assert cached["cached"] is True and fresh["cached"] is False
    assert fresh["customer"] == cached["customer"]
    assert fresh["customer"]["feeling"] == "frustrated"


# ---- the rewrite follows the mood ------------------------------------------------------------

def test_the_same_draft_reads_differently_for_angry_delighted_and_hurried_customers(client,
                                                                                   auth):
    angry = post(client, auth, ANGRY)
    delighted = post(client, auth, DELIGHTED)
    hurried = post(client, auth, HURRIED)
    assert len({angry["rewrite"], delighted["rewrite"], hurried["rewrite"]}) == 3

    # Angry: steady and brief, no exclamation mark and no pleasantry; the explanation says why.
    assert "!" not in body_of(angry["rewrite"])
    assert "any other questions" not in angry["rewrite"]
    steady = [c for c in angry["changes"] if c["principle"] == "match-tone"]
    assert steady and all(c["explanation"].startswith("The customer has written more than once "
                                                      "(“THIRD time I write”)") for c in steady)
    # Delighted: no apology, and the good news is shared in the customer's terms.
    assert "sorry" not in delighted["rewrite"].lower()
    assert "great to hear about your parcel" in delighted["rewrite"].lower() or \
        "glad to hear about your parcel" in delighted["rewrite"].lower()
    named = [c for c in delighted["changes"]
             if c["principle"] in ("acknowledge-emotion", "match-tone")]
    assert named and all("delighted" in c["explanation"] for c in named)
    # Hurried: the pleasantry goes, the answer stays; shorter than the draft.
    assert "any other questions" not in hurried["rewrite"]
    assert "Your parcel shipped today" in hurried["rewrite"]
    assert len(hurried["rewrite"]) < len(DRAFT)


def test_no_apology_to_a_customer_who_writes_to_say_thank_you(client, auth):
    draft = ("Hi Lee,\n\nWe apologise for the inconvenience. Your replacement charger is on its "
             "way.\n\nBest,\nAna")
    a = post(client, auth, "Thank you so much, the support was amazing!", draft=draft)
    assert a["customer"]["feeling"] == "delighted"
    assert "apologi" not in a["rewrite"].lower()
    assert "Your replacement charger is on its way." in a["rewrite"]
    tone = next(c for c in a["scores"]["criteria"] if c["principle"] == "match-tone")
    assert tone == {"principle": "match-tone", "epitome": "emotional-reactions", "weight": 15,
                    "before": False, "after": True}


def test_the_score_marks_an_apology_to_a_happy_customer_down(client, auth):
    draft = "We apologise for the delay. Your order ⟦1⟧ is on its way."
    happy = post(client, auth, "Thanks so much, you are amazing!", draft=draft, no_cache=True)
    calm = post(client, auth, "When does my order ship?", draft=draft, no_cache=True)
    assert happy["scores"]["before"] < calm["scores"]["before"]


# ---- with a model ----------------------------------------------------------------------------

def test_the_model_is_told_the_reading_and_the_mood_and_never_the_unmasked_message(
        llm_app, fake_llm, auth):
    client = llm_app.test_client()
    message = "THIRD time I write!!! My card 4111 1111 1111 1111 was charged twice, dana@x.io"
    a = post(client, auth, message)
    prompt = json.dumps(fake_llm.requests[-1]["messages"], ensure_ascii=False)
    assert "frustrated (high)" in prompt or "angry (high)" in prompt
    assert "The customer's mood" in prompt and "Calm, steady and brief" in prompt
    assert "dana@x.io" not in prompt and "4111" not in prompt
    schema = fake_llm.requests[-1]["response_format"]["json_schema"]["schema"]
    assert "customer" in schema["required"]
    # The fake model gave no reading: the offline one answers.
    assert a["provider"] == "openai" and a["customer"]["feeling"] in ("frustrated", "angry")


def test_the_models_reading_is_used_validated_and_anchored(llm_app, fake_llm, auth):
    client = llm_app.test_client()
    message = "Hello, the jacket I ordered for my trip on Friday is the wrong size. Maria"

    def answer(body):  # a model sees the masked message: "my trip on ⟦2⟧"
        trip = re.search(r"my trip on ⟦\d+⟧", body["messages"][-1]["content"]).group(0)
        out = good_answer(body)
        out["customer"] = {"feeling": "anxious", "intensity": "medium",
                           "at_stake": "a jacket for " + trip.replace("my ", "the "),
                           "signals": [{"kind": "deadline_at_risk", "text": trip,
                                        "start": 0, "end": 3},
                                       {"kind": "feeling", "text": "I am terrified"}]}
        return out

    fake_llm.script(Reply(content=answer))
    a = post(client, auth, message)
    c = a["customer"]
    assert (c["feeling"], c["intensity"]) == ("anxious", "medium")
    assert c["at_stake"] == "a jacket for the trip on Friday"
    # The model's offsets are ignored and its invented words dropped.
    start = message.index("my trip on Friday")
    assert c["signals"] == [{"kind": "deadline_at_risk", "text": "my trip on Friday",
                             "start": start, "end": start + len("my trip on Friday")}]


def test_a_garbled_reading_from_the_model_falls_back_to_the_offline_one(llm_app, fake_llm,
                                                                        auth):
    client = llm_app.test_client()
    fake_llm.script(Reply(content=lambda body: good_answer(body) | {
        "customer": {"feeling": "volcanic", "intensity": 11}}))
    a = post(client, auth, DELIGHTED, stream=True)
    assert a["provider"] == "openai"
    assert a["customer"]["feeling"] == "delighted"
    assert draft_of(fake_llm.requests[-1])  # the model was asked


# ---- the cache key -----------------------------------------------------------------------------

def test_two_moods_are_two_cache_entries(client, auth):
    first = post(client, auth, ANGRY)
    other = post(client, auth, DELIGHTED)
    again = post(client, auth, DELIGHTED)
    assert (first["cached"], other["cached"], again["cached"]) == (False, False, True)
    assert other["rewrite"] != first["rewrite"]


def test_one_entry_serves_the_same_words_with_other_personal_data_each_with_its_own(client,
                                                                                   auth):
    one = "Third time I write!!! Order 4471-KX still nothing, reply to ana@one.example"
    two = "Third time I write!!! Order 9035-QZ still nothing, reply to bo@two.example"
    a = post(client, auth, one)
    b = post(client, auth, two)
    assert (a["cached"], b["cached"]) == (False, True)
    # The cached answer is anchored on the second customer's own message.
    for s in b["customer"]["signals"]:
        assert two[s["start"]:s["end"]] == s["text"]
    assert "4471" not in json.dumps(b) and "ana@one" not in json.dumps(b)


def test_the_same_mood_in_other_words_is_another_entry(client, auth):
    # An acknowledgement may quote the customer's own words, so other words are never served
    # another customer's answer.
    a = post(client, auth, "Third time I write about my parcel!!! Still nothing.")
    b = post(client, auth, "Third time I write about my voucher!!! Still nothing.")
    assert a["customer"]["feeling"] == b["customer"]["feeling"]
    assert (a["cached"], b["cached"]) == (False, False)


def test_an_admin_rewords_how_a_mood_is_answered_and_the_model_reads_it(llm_app, fake_llm,
                                                                        auth):
    client = llm_app.test_client()
    bundle = client.get("/v1/admin/prompts/1", headers=auth).get_json()["bundle"]
    assert {m["id"] for m in bundle["moods"]} >= {"angry", "delighted", "hurried"}
    for mood in bundle["moods"]:
        if mood["id"] == "angry":
            mood["instruction"] = "Two short sentences at most; no exclamation marks at all."
    saved = client.post("/v1/admin/prompts", json={"note": "calmer with anger",
                                                   "bundle": bundle}, headers=auth)
    v2 = saved.get_json()["version"]
    diff = client.get(f"/v1/admin/prompts/diff?from=1&to={v2}", headers=auth).get_json()
    assert [f["path"] for f in diff["fields"]] == ["moods/angry/instruction"]
    llm_app.extensions["heard.services"].versions.record_eval(
        "default", v2, {"passed": True, "failing": []})
    moved = client.put("/v1/admin/labels/production", json={"version": v2}, headers=auth)
    assert moved.status_code == 200
    post(client, auth, "This is OUTRAGEOUS!!! You charged me twice, I want my lawyer.")
    system = fake_llm.requests[-1]["messages"][0]["content"]
    assert "Two short sentences at most; no exclamation marks at all." in system


# ---- stats -------------------------------------------------------------------------------------

def test_stats_count_how_customers_felt_per_team_and_version(app, client, auth):
    bundle = client.get("/v1/admin/prompts/1", headers=auth).get_json()["bundle"]
    bundle["brand_voice"] = "Billing team: short sentences."
    r = client.post("/v1/admin/prompts", json={"note": "billing's own", "bundle": bundle,
                                               "profile": "billing"}, headers=auth)
    app.extensions["heard.services"].versions.record_eval(
        "billing", r.get_json()["version"], {"passed": True, "failing": []})
    client.put("/v1/admin/labels/production", json={"version": 1, "profile": "billing"},
               headers=auth)
    post(client, auth, ANGRY)
    post(client, auth, ANGRY)  # a cache hit is shown too, and counted
    post(client, auth, DELIGHTED)
    post(client, auth)  # no message: no feeling to count
    assert post(client, auth, HURRIED, profile="billing")["prompt_version"].startswith(
        "billing@1:")
    stats = client.get("/v1/admin/stats?days=1", headers=auth).get_json()
    by_profile = {v["profile"]: v for v in stats["versions"]}
    assert by_profile["default"]["feelings"] == {"frustrated": 2, "delighted": 1}
    assert by_profile["default"]["shown"] == 4
    assert by_profile["billing"]["feelings"] == {"hurried": 1}
    billing = client.get("/v1/admin/stats?days=1&profile=billing", headers=auth).get_json()
    assert [v["feelings"] for v in billing["versions"]] == [{"hurried": 1}]


def test_a_message_that_repeats_its_feelings_hundreds_of_times_is_answered(client, auth):
    message = "I am so frustrated, nothing works. " * 200  # was a 500: > 50 signals
    c = post(client, auth, message)["customer"]
    assert c["feeling"] == "frustrated" and len(c["signals"]) == 50
    for s in c["signals"]:
        assert message[s["start"]:s["end"]] == s["text"]


# ---- a tone asked for ("Try again" with a tone), offline --------------------------------------

def test_each_tone_asked_of_the_offline_engine_gives_another_reply_or_says_why_not(client, auth):
    same, concise, formal, warmer = (post(client, auth, tone=t) for t in
                                     ("", "concise", "formal", "warmer"))
    # Concise: the pleasantry that says nothing goes, the answer stays; the agent is told why.
    assert "any other questions" not in concise["rewrite"]
    assert "Your parcel shipped today" in concise["rewrite"]
    # Formal: no exclamation mark, contractions written out, facts and promise untouched.
    assert "!" not in formal["rewrite"] and "I'm" not in formal["rewrite"]
    assert "I am sorry it took longer than planned." in formal["rewrite"]
    assert "should arrive on Friday" in formal["rewrite"]
    # Warmer needs words only a model or the agent can choose: same text, and the panel says so.
    assert warmer["rewrite"] == same["rewrite"]
    [told] = [w for w in warmer["warnings"] if w["code"] == "tone_offline"]
    assert "make this reply warmer" in told["message"]
    for answer in (same, concise, formal):
        assert "tone_offline" not in [w["code"] for w in answer["warnings"]]
    assert len({same["rewrite"], concise["rewrite"], formal["rewrite"]}) == 3


def test_a_pleasantry_a_hurried_customer_would_lose_stays_when_the_agent_asks_for_warmer(
        client, auth):
    assert "any other questions" not in post(client, auth, HURRIED)["rewrite"]
    assert "any other questions" in post(client, auth, HURRIED, tone="warmer")["rewrite"]

"""The background's rewrite session (chrome.storage.session, one per tab): updates that run at
once — the "sent" feedback, the next answer's id, the insert technique — all land."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e

TAB = 987_654  # no real tab: the session store is keyed by a number only


def test_updates_at_the_same_moment_all_land(ext):
    session = ext.worker.evaluate(
        """async (tab) => {
            await heard.session.set(tab, { frameId: 0, lastId: null });
            await Promise.all([
              heard.session.update(tab, { lastId: "abc" }),
              heard.session.update(tab, { sent: 0.25 }),
              heard.session.update(tab, { feedback: "accepted" }),
            ]);
            const key = heard.session.key(tab);
            const found = (await chrome.storage.session.get(key))[key];
            await chrome.storage.session.remove(key);
            return found;
        }""",
        TAB,
    )
    assert session == {"frameId": 0, "lastId": "abc", "sent": 0.25, "feedback": "accepted"}


def test_an_update_after_a_new_session_merges_into_the_new_one(ext):
    session = ext.worker.evaluate(
        """async (tab) => {
            await heard.session.set(tab, { frameId: 0, draft: "old" });
            const update = heard.session.update(tab, { feedback: "rejected" });
            const fresh = heard.session.set(tab, { frameId: 1, draft: "new" });
            await Promise.all([update, fresh]);
            const key = heard.session.key(tab);
            const found = (await chrome.storage.session.get(key))[key];
            await chrome.storage.session.remove(key);
            return found;
        }""",
        TAB,
    )
    assert session == {"frameId": 1, "draft": "new"}

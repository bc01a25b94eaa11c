"""With no HEARD_REDIS_URL a real Redis runs embedded in the data dir and is shared."""

from __future__ import annotations

import redis

from heard.app import create_app
from heard.store import SOCKET_NAME, ensure_embedded
from tests.conftest import ADMIN_TOKEN


def test_embedded_redis_serves_the_app_and_persists_tokens(tmp_path):
    data = tmp_path / "heard-data"
    app = create_app({"data_dir": data, "admin_token": ADMIN_TOKEN})
    client = app.test_client()
    r = client.post("/v1/rewrite", json={"text": "Your ticket will be forwarded to billing."},
                    headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert r.status_code == 200 and "I will forward" in r.get_json()["rewrite"]
    assert (data / SOCKET_NAME).exists()
    direct = redis.Redis.from_url(f"unix://{data / SOCKET_NAME}")
    assert direct.info("server")["redis_version"]
    assert any(k.startswith(b"heard:token:") for k in direct.keys("*"))
    # A second app (another worker) reuses the same server instead of starting its own.
    assert ensure_embedded(data) == f"unix://{data / SOCKET_NAME}"
    pid = direct.info("server")["process_id"]
    create_app({"data_dir": data})
    assert direct.info("server")["process_id"] == pid
    direct.shutdown(nosave=True)


def test_embedded_redis_keeps_tokens_and_versions_across_a_restart(tmp_path):
    """Stopping `heard serve` stops its Redis; what admins made must be there on the next start."""
    data = tmp_path / "heard-data"
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    client = create_app({"data_dir": data, "admin_token": ADMIN_TOKEN}).test_client()
    made = client.post("/v1/admin/tokens", json={"name": "ana@example.com", "role": "agent"},
                       headers=admin).get_json()["token"]
    direct = redis.Redis.from_url(f"unix://{data / SOCKET_NAME}")
    assert direct.config_get("save")["save"]  # a save point: shutdown writes the snapshot
    direct.shutdown()  # what the server's exit does (SIGTERM): Redis saves, then stops
    again = create_app({"data_dir": data, "admin_token": ADMIN_TOKEN}).test_client()
    me = again.get("/v1/me", headers={"Authorization": f"Bearer {made}"})
    assert me.status_code == 200 and me.get_json()["name"] == "ana@example.com"
    redis.Redis.from_url(f"unix://{data / SOCKET_NAME}").shutdown(nosave=True)

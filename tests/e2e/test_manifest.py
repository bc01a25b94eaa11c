"""The manifest loads as-is in Chromium and Firefox: every file it names exists, the service
worker (Chrome) and the event page script list (Firefox) load the same files in the same order,
and the Firefox settings are there. No browser needed."""

from __future__ import annotations

import json
import re
from pathlib import Path

EXTENSION = Path(__file__).resolve().parents[2] / "extension"
MANIFEST = json.loads((EXTENSION / "manifest.json").read_text())


def test_every_file_named_exists():
    named = [
        MANIFEST["background"]["service_worker"],
        *MANIFEST["background"]["scripts"],
        MANIFEST["options_ui"]["page"],
        *MANIFEST["icons"].values(),
        *(js for cs in MANIFEST["content_scripts"] for js in cs["js"]),
    ]
    missing = [f for f in named if not (EXTENSION / f).is_file()]
    assert not missing


def test_chrome_and_firefox_backgrounds_load_the_same_files():
    worker = (EXTENSION / MANIFEST["background"]["service_worker"]).read_text()
    imported = re.findall(
        r'"([\w/.-]+\.js)"', worker.split("importScripts(", 1)[1].split(");", 1)[0]
    )
    assert MANIFEST["background"]["scripts"] == [
        *imported,
        MANIFEST["background"]["service_worker"],
    ]


def test_every_script_in_the_extension_is_loaded():
    loaded = (
        set(MANIFEST["background"]["scripts"])
        | {js for cs in MANIFEST["content_scripts"] for js in cs["js"]}
        | {"options/options.js"}
    )
    on_disk = {p.relative_to(EXTENSION).as_posix() for p in EXTENSION.rglob("*.js")}
    assert on_disk == loaded


def test_firefox_settings_and_contract():
    gecko = MANIFEST["browser_specific_settings"]["gecko"]
    assert gecko["id"] and gecko["strict_min_version"]
    assert MANIFEST["manifest_version"] == 3
    assert MANIFEST["commands"]["rewrite"]["suggested_key"]["default"] == "Alt+Shift+E"
    main_world = [cs for cs in MANIFEST["content_scripts"] if cs.get("world") == "MAIN"]
    assert main_world and all(cs["all_frames"] for cs in MANIFEST["content_scripts"])


def test_no_network_calls_outside_the_service_worker():
    for path in (EXTENSION / "content").rglob("*.js"):
        assert not re.search(r"\bfetch\(|XMLHttpRequest|WebSocket", path.read_text()), path

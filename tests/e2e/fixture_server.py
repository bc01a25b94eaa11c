"""A static file server for the fixture pages: dist/ at /, the editors' node_modules at
/node_modules/ (CKEditor 4 and TinyMCE load their own plugins and skins from there)."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

EDITORS = Path(__file__).parent / "editors"


class _Handler(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith("/node_modules/"):
            return str(EDITORS / path.lstrip("/"))
        return str(EDITORS / "dist" / path.lstrip("/"))

    def log_message(self, *args: object) -> None:  # quiet
        pass


class FixtureServer:
    """Serves the fixtures on 127.0.0.1 at a free port, in a thread."""

    def __init__(self) -> None:
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FixtureServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, name: str) -> str:
        return f"{self.origin}/{name}"

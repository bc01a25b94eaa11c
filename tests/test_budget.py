"""Token counting works with no network and never hangs."""

from __future__ import annotations

import subprocess
import sys

from heard.budget import count_tokens


def test_counts_real_tokens():
    assert count_tokens("hello world") == 2
    assert count_tokens("a" * 0) == 0
    assert count_tokens("Your refund for order #A-1029", "ctx") > 5


def test_counting_needs_no_network(tmp_path):
    # A fresh interpreter with sockets disabled and an empty tiktoken cache still counts.
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network disabled in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from heard.budget import count_tokens, _encoding\n"
        "assert _encoding() is not None, 'fell back to estimating'\n"
        "print(count_tokens('hello world'))\n")
    env = {"TIKTOKEN_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env=env)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "2"

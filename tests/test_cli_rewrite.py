"""`heard rewrite` from a terminal: text or stdin, human output or JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner

from heard.cli import main


def run(args, redis_url, stdin=None):
    env = {"HEARD_REDIS_URL": redis_url}
    return CliRunner().invoke(main, args, input=stdin, env=env, catch_exceptions=False)


def test_rewrite_prints_the_rewrite_and_the_reasons(redis_url):
    r = run(["rewrite", "That is our policy. Your refund for order #A-1029 will be processed "
             "in 5-7 business days."], redis_url)
    assert r.exit_code == 0
    first = r.output.splitlines()[0]
    assert "#A-1029" in first and "5-7 business days" in first
    assert "That is our policy" not in first
    assert "[no-policy-wall]" in r.output and "empathy score" in r.output


def test_rewrite_reads_stdin_and_prints_json(redis_url):
    r = run(["rewrite", "-", "--json"], redis_url,
            stdin="Your ticket will be forwarded to billing.")
    answer = json.loads(r.output)
    assert "I will forward your ticket to billing." in answer["rewrite"]
    assert answer["provider"] == "offline"


def test_rewrite_of_nothing_says_what_to_do(redis_url):
    r = CliRunner().invoke(main, ["rewrite", "  "], env={"HEARD_REDIS_URL": redis_url})
    assert r.exit_code != 0 and "draft is empty" in r.output

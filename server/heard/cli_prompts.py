"""`heard prompts …`: the team's prompt versions from the shell, under the page's rules.

A team that keeps its prompts in git exports a version to files, edits them, imports them as
a new version, evaluates it (`heard eval`) and moves a label — with the same publish gate
and audit log as the /admin page.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sys
from pathlib import Path

import click

from heard.config import load_settings
from heard.versions import LABELS


def reachable_redis(settings):
    """The configured (or embedded) Redis, or a ClickException saying what to check."""
    from heard.store import ERRORS as STORE_ERRORS
    from heard.store import connect_for

    client = connect_for(settings)
    try:
        client.ping()
    except STORE_ERRORS as exc:
        where = "HEARD_REDIS_URL" if settings.redis_url else \
            f"the embedded Redis in {settings.data_dir}"
        raise click.ClickException(f"Cannot reach Redis ({type(exc).__name__}) at {where}; "
                                   "is it running, and is HEARD_REDIS_URL right?") from None
    return client


def _publisher():
    from heard.audit import AuditLog
    from heard.prompts import load_bundle
    from heard.publish import Publisher
    from heard.versions import PromptVersions

    settings = load_settings()
    client = reachable_redis(settings)
    versions = PromptVersions(client, load_bundle(settings.prompts_dir))
    versions.seed()
    return Publisher(versions, AuditLog(client), settings.require_review)


def _refusals(fn):
    """Run `fn`, turning a refusal (the publish gate, an unknown version) into exit 1."""
    from heard.refusal import Refused

    try:
        return fn()
    except Refused as err:
        failing = err.extra.get("failing") or []
        details = "".join(f"\n  - {f.get('id')}: {f.get('reason')}" for f in failing)
        raise click.ClickException(f"{err.message}{details}") from None


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M")


profile_option = click.option("--profile", default="default", show_default=True,
                              help="The team or brand profile.")
author_option = click.option("--author", default=None,
                             help="Recorded as the version's author (default: shell:$USER).")


def _author(author: str | None) -> str:
    return author or f"shell:{getpass.getuser()}"


@click.group(help="Prompt versions, labels and diffs (the same rules as /admin).")
def prompts() -> None:
    pass


@prompts.command("list", help="Versions, newest first, with labels and evaluation.")
@profile_option
def list_versions(profile: str) -> None:
    pub = _publisher()
    labels = pub.versions.labels(profile)
    for v in pub.versions.list(profile):
        tags = [name for name in LABELS if labels[name] == v.version]
        last = pub.versions.last_eval(profile, v.version)
        verdict = "-" if last is None else ("passed" if last.get("passed") else "FAILED")
        click.echo(f"{v.version:>4}  {_when(v.created)}  {v.author:<24}  eval {verdict:<6}  "
                   f"{','.join(tags):<18}  {v.note}")


@prompts.command("show", help="Print version N's whole bundle as JSON.")
@click.argument("version", type=int)
@profile_option
def show(version: int, profile: str) -> None:
    v = _refusals(lambda: _publisher().get(profile, version))
    click.echo(json.dumps(v.record() | {"bundle": v.bundle.model_dump(mode="json")},
                          ensure_ascii=False, indent=2))


@prompts.command("diff", help="What changed from version A to version B, field by field.")
@click.argument("a", type=int)
@click.argument("b", type=int)
@profile_option
def diff(a: int, b: int, profile: str) -> None:
    from heard.bundle_diff import diff as bundle_diff

    pub = _publisher()
    old, new = _refusals(lambda: (pub.get(profile, a), pub.get(profile, b)))
    for field in bundle_diff(old.bundle, new.bundle):
        click.echo(click.style(f"{field['change']}: {field['path']}", bold=True))
        for op in field["diff"]:
            text = op["text"]
            if op["op"] == "insert":
                text = click.style(f"{{+{text}+}}", fg="green")
            elif op["op"] == "delete":
                text = click.style(f"[-{text}-]", fg="red")
            click.echo(text, nl=False)
        click.echo()


@prompts.command("create", help="A new version from a bundle JSON file ('-' for stdin).")
@click.option("--file", "path", required=True, help="JSON: the shape of `prompts show`'s "
              "`bundle` (or the whole `show` output).")
@click.option("--note", required=True, help="What changed and why.")
@profile_option
@author_option
def create(path: str, note: str, profile: str, author: str | None) -> None:
    from heard.versions import parse_bundle

    raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
        bundle = parse_bundle(data.get("bundle", data) if isinstance(data, dict) else data)
    except (json.JSONDecodeError, ValueError) as exc:
        raise click.ClickException(f"{path}: {exc}") from None
    v = _publisher().create(profile, bundle, _author(author), note)
    click.echo(f"Created {profile} version {v.version} ({v.digest}).")


@prompts.command("import", help="A new version from a directory in the prompts/ format.")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--note", required=True, help="What changed and why.")
@profile_option
@author_option
def import_dir(directory: Path, note: str, profile: str, author: str | None) -> None:
    from pydantic import ValidationError

    from heard.prompts import load_bundle

    try:
        bundle = load_bundle(directory)
    except (ValueError, OSError, ValidationError) as exc:
        raise click.ClickException(f"{directory}: nothing imported: {exc}") from None
    v = _publisher().create(profile, bundle, _author(author), note)
    click.echo(f"Imported {directory} as {profile} version {v.version} ({v.digest}).")


@prompts.command("export", help="Write version N as prompts/-format files into DIRECTORY.")
@click.argument("version", type=int)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@profile_option
def export(version: int, directory: Path, profile: str) -> None:
    from heard.prompts import write_bundle

    v = _refusals(lambda: _publisher().get(profile, version))
    for path in write_bundle(v.bundle, directory):
        click.echo(str(path))


@prompts.command("label", help="Point LABEL (production or staging) at version N.")
@click.argument("label")
@click.argument("version", type=int)
@profile_option
@author_option
def label(label: str, version: int, profile: str, author: str | None) -> None:
    moved = _refusals(lambda: _publisher().move_label(profile, label, version,
                                                      _author(author)))
    click.echo(f"{profile}: {label} → version {moved['version']} "
               f"(was {moved['previous'] or 'unset'}).")


@click.command(help="Usage and what agents kept, per prompt version (the /admin stats).")
@click.option("--days", default=30, show_default=True, type=click.IntRange(1, 90),
              help="The period; each version's figures are also printed day by day.")
@click.option("--profile", default=None, help="Only this profile's versions.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole answer as JSON.")
def stats(days: int, profile: str | None, as_json: bool) -> None:
    from heard.usage import Usage

    result = Usage(reachable_redis(load_settings())).stats(days, profile)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value * 100:.0f}%"

    click.echo(f"{'version':<28} {'shown':>6} {'kept':>5} {'95% interval':>13} "
               f"{'dismissed':>9} {'cache':>6} {'p50 ms':>7} {'cost $':>8}")
    for v in result["versions"]:
        interval = v["kept_interval"]
        span = "-" if interval is None else f"{interval[0] * 100:.0f}–{interval[1] * 100:.0f}%"
        click.echo(f"{v['version'][:28]:<28} {v['shown']:>6} {pct(v['kept_rate']):>5} "
                   f"{span:>13} {pct(v['dismissed_rate']):>9} {pct(v['cache_hit_rate']):>6} "
                   f"{v['latency_ms_p50'] or '-':>7} {v['cost_usd']:>8.4f}")
    # Day by day per version: a version that starts to lose agents shows in its own rows.
    click.echo(f"\nper day (UTC), last {days} days — kept of shown, dismissed:")
    for v in result["versions"]:
        days_shown = [d for d in v["days"] if d["shown"]]
        if not days_shown:
            continue
        click.echo(f"{v['version'][:40]}")
        for d in reversed(days_shown):
            click.echo(f"  {d['date']}  {d['kept']:>5} of {d['shown']:<6} "
                       f"{pct(d['kept_rate']):>5}   dismissed {d['dismissed']}")

"""The `heard` command: serve the API, rewrite from a terminal, manage tokens."""

from __future__ import annotations

import json
import sys

import click

from heard.cli_prompts import prompts, reachable_redis, stats
from heard.config import load_settings


@click.group(help="Heard: warmer, clearer support replies that never touch a fact.")
def main() -> None:
    pass


def _app(**overrides):
    from heard.app import create_app

    return create_app(overrides)


@main.command(help="Run the API (gunicorn, threads) on embedded defaults unless configured.")
@click.option("--host", default=None, help="Default: HEARD_HOST (127.0.0.1).")
@click.option("--port", default=None, type=int, help="Default: HEARD_PORT (8750).")
@click.option("--workers", default=None, type=int,
              help="Processes; each runs --threads concurrent requests. Default: HEARD_WORKERS.")
@click.option("--threads", default=None, type=int, help="Default: HEARD_THREADS.")
def serve(host: str | None, port: int | None, workers: int | None,
          threads: int | None) -> None:
    from gunicorn.app.base import BaseApplication

    from heard import serving

    flags = {"host": host, "port": port, "workers": workers, "threads": threads}
    settings = load_settings({k: v for k, v in flags.items() if v is not None})
    serving.prepare_metrics_dir(settings)  # before prometheus-client is imported

    from heard.app import create_app
    from heard.store import get_redis_for
    from heard.tokens import TokenStore

    app = create_app(settings=settings)
    host, port = settings.host, settings.port
    svc = app.extensions["heard.services"]
    click.echo(f"Heard listening on http://{host}:{port}  (provider: {settings.provider}, "
               f"model: {svc.llm.model if svc.llm else 'rules-v1'})")
    click.echo(f"Redis: {settings.redis_url or 'embedded in ' + str(settings.data_dir)}")
    if settings.admin_token:
        click.echo("Admin token: from HEARD_ADMIN_TOKEN")
    else:
        tokens = TokenStore(get_redis_for(app))
        if any(t.role == "admin" for t in tokens.list()):
            click.echo("Admin token: created on an earlier start (it is stored hashed; make "
                       "another with `heard token create --role admin --name NAME`)")
        else:
            secret, _ = tokens.create("generated-admin", "admin")
            click.echo(f"Admin token (shown once, stored hashed): {secret}")
    click.echo(_extension_steps(host, port))
    sys.stdout.flush()

    class Server(BaseApplication):
        def load_config(self) -> None:
            for name, value in serving.options(settings).items():
                self.cfg.set(name, value)
            self.cfg.set("child_exit", serving.child_exit)

        def load(self):
            return app

    Server().run()


def _extension_steps(host: str, port: int) -> str:
    """Where the browser extension is and what to paste where: the first-run path."""
    from heard.config import REPO_PROMPTS

    folder = REPO_PROMPTS.parent / "extension"
    where = str(folder) if folder.is_dir() else "the extension/ folder of Heard's source"
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    address = f"http://{shown}:{port}"
    server = f"Server address: {address} (already the extension's default)" \
        if address == "http://127.0.0.1:8750" else f"set Server address to {address}"
    return (f"Browser extension: load {where} unpacked (chrome://extensions → Developer "
            "mode → Load unpacked).\n"
            "  Its options page opens by itself: paste a token into \"Your token\" (the admin "
            f"token, or an agent's from `heard token create --name ana@example.com`); {server}.")


@main.command(help="Rewrite TEXT (or '-' for stdin) and print the rewrite and its reasons.")
@click.argument("text")
@click.option("--html", "as_html", is_flag=True, help="Treat the draft as HTML.")
@click.option("--customer-message", default="", help="The customer's message, for context.")
@click.option("--tone", type=click.Choice(["", "warmer", "concise", "formal"]), default="")
@click.option("--json", "as_json", is_flag=True, help="Print the whole API answer as JSON.")
def rewrite(text: str, as_html: bool, customer_message: str, tone: str, as_json: bool) -> None:
    from heard import pipeline
    from heard.refusal import Refused
    from heard.schema import RewriteRequest

    draft = sys.stdin.read() if text == "-" else text
    app = _app(log_level="WARNING")
    body = {"html" if as_html else "text": draft, "tone": tone,
            "context": {"customer_message": customer_message}}
    try:
        svc = pipeline.select_voice(app.extensions["heard.services"], "default")
        answer = pipeline.run(RewriteRequest.model_validate(body), svc)
    except Refused as err:
        raise click.ClickException(err.message) from None
    if as_json:
        click.echo(json.dumps(answer, ensure_ascii=False, indent=2))
        return
    click.echo(answer.get("html") or answer["rewrite"])
    click.echo()
    for change in answer["changes"]:
        click.echo(f"- [{change['principle']}] {change['explanation']}")
    for s in answer["suggestions"]:
        click.echo(f"* suggestion ({s['kind']}): {s['text']}")
    for w in answer["warnings"]:
        click.echo(f"! {w['code']}: {w['message']}", err=True)
    scores = answer["scores"]
    click.echo(f"empathy score {scores['before']} → {scores['after']}  "
               f"(provider: {answer['provider']})")


@main.command("eval", help="Evaluate a prompt version on the evaluation set; exit 1 when it "
              "breaks an invariant or scores lower than --against (a CI gate).")
@click.option("--version", "version", type=int, required=True, help="The version to evaluate.")
@click.option("--profile", default="default", show_default=True)
@click.option("--against", default=None,
              help="Compare with a label (production, staging) or a version number.")
@click.option("--runs", type=click.IntRange(1, 10), default=3, show_default=True,
              help="Samples per case with an LLM (the offline engine runs each case once).")
@click.option("--json", "as_json", is_flag=True, help="Print the whole result as JSON.")
def eval_command(version: int, profile: str, against: str | None, runs: int,
                 as_json: bool) -> None:
    from heard import evaluate
    from heard.audit import AuditLog
    from heard.evalset import EvalSet
    from heard.refusal import Refused
    from heard.store import get_redis_for
    from heard.versions import VersionNotFound

    app = _app(log_level="WARNING")
    svc = app.extensions["heard.services"]
    ref = int(against) if against and against.isdigit() else against
    try:
        cases = EvalSet(get_redis_for(app), app.config["HEARD"].prompts_dir).all()
        result = evaluate.evaluate_version(svc, cases, profile, version, runs, ref)
        AuditLog(get_redis_for(app)).add("heard eval (shell)", "eval.run", profile,
                                         version=version, passed=result["passed"],
                                         failing=[f["id"] for f in result["failing"]])
    except (Refused, VersionNotFound) as err:
        error = click.ClickException(getattr(err, "message", str(err)))
        error.exit_code = 2  # could not evaluate: not the same as a failed evaluation
        raise error from None
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{profile} version {version}: {result['provider']} ({result['model']}), "
                   f"{result['seconds']} s" + (f"; {result['note']}" if "note" in result
                                                 else ""))
        click.echo(evaluate.table(result))
        for case in result["failing"]:
            click.echo(f"✗ {case['id']}: {case['reason']}")
        for worse in result.get("regressions", []):
            click.echo(f"✗ worse than version {result['against']['version']}: {worse}")
        click.echo("PASSED" if result["passed"] and not result.get("regressions")
                   else "FAILED")
    if not result["passed"] or result.get("regressions"):
        sys.exit(1)


@main.group(help="Create, list and revoke API tokens (stored hashed).")
def token() -> None:
    pass


def _tokens():
    from heard.tokens import TokenStore

    client = reachable_redis(load_settings())
    return TokenStore(client)


@token.command("create", help="Create a token and print it once.")
@click.option("--role", type=click.Choice(["agent", "admin"]), default="agent",
              show_default=True)
@click.option("--name", required=True, help="Who or what holds it, e.g. an agent's email.")
def token_create(role: str, name: str) -> None:
    secret, info = _tokens().create(name, role)  # type: ignore[arg-type]
    click.echo(f"{secret}\n(id {info.id}, role {info.role}; shown once, stored hashed)")


@token.command("list", help="List tokens: id, role, name, created, last used.")
def token_list() -> None:
    import datetime as dt

    def when(ts: float | None) -> str:
        return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M") if ts else "-"

    for t in _tokens().list():
        click.echo(f"{t.id}  {t.role:<5}  {t.name:<24}  created {when(t.created)}  "
                   f"last used {when(t.last_used)}")


@token.command("revoke", help="Revoke a token by its id; it stops working at once.")
@click.argument("token_id")
def token_revoke(token_id: str) -> None:
    from heard.tokens import ID_CHARS, hash_token

    admin_token = load_settings().admin_token
    if admin_token and hash_token(admin_token)[:ID_CHARS] == token_id[:ID_CHARS]:
        raise click.ClickException("That is HEARD_ADMIN_TOKEN from the configuration; change "
                                   "or unset it there and restart the server.")
    if not _tokens().revoke(token_id):
        raise click.ClickException(f"No token with id {token_id}; see `heard token list`.")
    click.echo(f"Revoked {token_id}.")


main.add_command(prompts)
main.add_command(stats)

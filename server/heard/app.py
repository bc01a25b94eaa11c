"""The application factory: settings once, then each service wired by its own module."""

from __future__ import annotations

import logging

from flask import Flask

from heard import (
    cors,
    customer,
    errors,
    guard,
    language,
    logs,
    mechanics,
    metrics,
    openapi,
    store,
)
from heard.admission import Gate
from heard.api import (
    admin_eval,
    admin_prompts,
    admin_session,
    admin_stats,
    admin_tokens,
    bodies,
    feedback,
    health,
    me,
    rewrite,
)
from heard.breaker import Breaker, CircuitLLM
from heard.cache import RewriteCache
from heard.config import Settings, load_settings
from heard.limits import RateLimit
from heard.llm import OpenAIProvider
from heard.pipeline import Services
from heard.prompts import load_bundle
from heard.singleflight import SingleFlight
from heard.tokens import DEFAULT_PROFILE, TokenStore
from heard.versions import PromptVersions
from heard.web import bp as web_bp

log = logging.getLogger(__name__)


def create_app(overrides: dict | None = None, settings: Settings | None = None) -> Flask:
    """Build an app from the environment, or from `overrides` / `settings` in tests."""
    settings = settings or load_settings(overrides)
    app = Flask(__name__, static_folder=None)  # the pages' assets: web/static
    app.config["HEARD"] = settings
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json = bodies.JSONProvider(app)
    app.json.ensure_ascii = False
    logs.init_app(app, settings.log_level)
    metrics.init_app(app)
    cors.init_app(app)
    errors.init_app(app)
    store.init_app(app)

    client = store.get_redis_for(app)
    bundle = load_bundle(settings.prompts_dir)
    versions = PromptVersions(client, bundle)
    try:
        versions.seed()  # the files are version 1 of the default profile
    except store.ERRORS as exc:  # Redis down at start: rewrites use the files until it's back
        log.warning("could not seed the prompt versions: %s", type(exc).__name__)
    app.extensions["heard.services"] = Services(
        settings=settings,
        bundle=bundle,
        prompt_version=f"{DEFAULT_PROFILE}@1:{bundle.digest}",
        cache=RewriteCache(client, settings.cache_ttl_s),
        llm=_llm(settings, client),
        flights=SingleFlight(client, settings.singleflight_lock_ttl_s,
                             settings.singleflight_wait_s),
        versions=versions,
    )
    app.extensions["heard.gate"] = Gate(RateLimit(settings.rate_limit), versions)
    app.extensions["heard.recent_tokens"] = {}
    if settings.admin_token:
        try:
            TokenStore(client).ensure(settings.admin_token, "bootstrap", "admin")
        except Exception as exc:  # Redis down at start: the token still works from memory
            log.warning("could not register the bootstrap token: %s", type(exc).__name__)
    language.warm_up()
    guard.warm_up()
    mechanics.warm_up()  # the offline engine's spelling dictionary, not in the 1st request
    customer.warm_up()  # VADER's lexicon

    app.register_blueprint(health.bp)
    app.register_blueprint(rewrite.bp)
    app.register_blueprint(feedback.bp)
    app.register_blueprint(admin_tokens.bp)
    app.register_blueprint(me.bp)
    app.register_blueprint(admin_prompts.bp)
    app.register_blueprint(admin_session.bp)
    app.register_blueprint(admin_stats.bp)
    app.register_blueprint(web_bp)
    app.register_blueprint(admin_eval.bp)
    app.register_blueprint(openapi.bp)
    return app


def _llm(settings: Settings, client) -> CircuitLLM | None:
    if settings.provider != "openai":
        return None
    # A probe takes at most one call's deadline; after that its half-open slot frees itself.
    breaker = Breaker(client, "llm", settings.breaker_failures, settings.breaker_open_s,
                      probe_ttl_s=settings.llm_deadline_s + 5)
    # Retries happen in CircuitLLM, inside the deadline; the SDK's own are switched off.
    provider = OpenAIProvider(settings.model_copy(update={"llm_max_retries": 0}))
    return CircuitLLM(provider, breaker, settings.llm_max_retries, settings.llm_timeout_s,
                      settings.llm_deadline_s)

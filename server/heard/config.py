"""Every setting Heard reads, declared once with its default, unit and meaning.

Settings come from the environment (or a test's overrides) once, in `create_app`; nothing
else in the package reads `os.environ`.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HEARD_", extra="ignore", populate_by_name=True)

    openai_api_key: str | None = Field(
        None,
        validation_alias=AliasChoices("OPENAI_API_KEY", "openai_api_key"),
        description="The openai SDK's own key variable; setting it selects the LLM provider.",
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=AliasChoices("OPENAI_BASE_URL", "openai_base_url"),
        description="Any OpenAI-compatible server: OpenAI, Azure, Ollama, vLLM, llama.cpp.",
    )
    provider: Literal["openai", "offline"] | None = Field(
        None, description="`openai` or `offline`; default: openai when a key is set, else offline."
    )
    model: str = Field("gpt-4.1-mini", description="Chat model name sent to the provider.")
    redis_url: str | None = Field(
        None,
        description="Redis URL: `redis://`, `rediss://`, `unix://` or "
        "`redis+sentinel://host:port,host:port/mastername[/db]`; unset runs a real embedded "
        "Redis in the data dir.",
    )
    redis_cluster: bool = Field(
        False, description="Treat HEARD_REDIS_URL as a seed node of a Redis Cluster."
    )
    redis_timeout_s: float = Field(
        0.5, gt=0, description="Connect and read timeout of one Redis command, in seconds; "
        "an outage costs at most this per command before Heard carries on without Redis."
    )
    redis_retry_s: float = Field(
        1.0, ge=0, description="After Redis could not be reached, how long each process "
        "answers without it (uncached) before connecting again, in seconds."
    )
    data_dir: Path = Field(
        Path(platformdirs.user_data_dir("heard")),
        description="Local state for the embedded mode (Redis data and socket).",
    )
    admin_token: str | None = Field(
        None, description="Bootstrap admin bearer token; unset: `heard serve` generates one."
    )
    max_input_tokens: int = Field(
        4000, ge=1, description="Largest draft + context accepted, in tiktoken tokens."
    )
    max_body_bytes: int = Field(
        256_000, ge=1024, description="Largest request body accepted, in bytes."
    )
    cache_ttl_s: int = Field(7 * 24 * 3600, ge=0, description="How long a rewrite stays cached.")
    llm_timeout_s: float = Field(
        20.0, gt=0, description="Per-attempt timeout of one LLM call, in seconds."
    )
    llm_max_retries: int = Field(
        2, ge=0, le=10, description="Retries of one LLM call on 429/5xx/timeouts/connection "
        "errors, within HEARD_LLM_DEADLINE_S."
    )
    llm_deadline_s: float = Field(
        30.0, gt=0, description="Most time one LLM call may take, retries and backoff "
        "included, in seconds; then the offline engine answers."
    )
    llm_max_output_tokens: int = Field(
        1500, ge=64, description="Upper bound on the model's answer, in tokens."
    )
    price_input_per_mtok_usd: float = Field(
        0.40, ge=0, description="Model input price, USD per million tokens, for `usage.cost_usd`."
    )
    price_output_per_mtok_usd: float = Field(
        1.60, ge=0, description="Model output price, USD per million tokens."
    )
    singleflight_wait_s: float = Field(
        60.0, ge=0, description="How long an identical concurrent request waits for the "
        "first one's answer before calling the LLM itself, in seconds."
    )
    singleflight_lock_ttl_s: float = Field(
        90.0, gt=0, description="Expiry of the single-flight lock, in seconds: a worker that "
        "dies mid-call frees its lock after this."
    )
    breaker_failures: int = Field(
        5, ge=1, description="Consecutive failed LLM calls that open the circuit breaker."
    )
    breaker_open_s: float = Field(
        30.0, gt=0, description="How long an open circuit skips the LLM before one probe "
        "call is let through, in seconds."
    )
    rate_limit: str = Field(
        "120/minute", description="Per-token rate limit of /v1/rewrite: `120/minute`, or "
        "several as `10/second;1000/day` (the `limits` package's notation); fixed windows "
        "counted in Redis across every worker and replica."
    )
    allowed_origins: str = Field(
        "chrome-extension://*,moz-extension://*",
        description="Comma-separated browser origins allowed by CORS.",
    )
    prompts_dir: Path = Field(
        REPO_PROMPTS, description="Default prompt bundle (system prompt, catalogue, examples)."
    )
    require_review: bool = Field(
        False, description="`1`: a prompt version goes to production only after a second "
        "admin (not its author) approves it."
    )
    admin_session_ttl_s: int = Field(
        8 * 3600, ge=60, description="How long an /admin sign-in lasts, in seconds (the "
        "cookie holds a random session id; the admin token is never stored by the page)."
    )
    keep_samples_days: int = Field(
        0, ge=0, le=90, description="Days to keep masked samples (draft, context, rewrite; "
        "personal data replaced as in the cache) of rewrites agents dismissed or heavily "
        "edited, so admins can turn them into evaluation cases; 0 (default): no text is "
        "stored at all."
    )
    auto_rollback_min_shown: int = Field(
        50, ge=10, description="Automatic rollback (switched on per profile by an admin): "
        "the rewrites each of production and staging must have been shown before staging "
        "may be stopped because its 95% interval of the kept rate lies below production's."
    )
    auto_rollback_check_every: int = Field(
        20, ge=1, description="Automatic rollback: feedback events between two checks of a "
        "profile's figures (a check also runs once a minute); not a read per request."
    )
    metrics_token: str | None = Field(
        None, description="A bearer token that opens /metrics and nothing else (give it to "
        "Prometheus); an admin token works too."
    )
    metrics_networks: str = Field(
        "", description="Comma-separated networks (CIDR) whose requests read /metrics without "
        "a token, e.g. `10.0.0.0/8`; empty: a token is always needed. Behind a reverse proxy "
        "every request comes from the proxy's address: list only a scraper-only network."
    )
    log_level: str = Field("INFO", description="Python logging level of the JSON logs.")
    host: str = Field("127.0.0.1", description="Address `heard serve` and gunicorn bind to.")
    port: int = Field(8750, ge=1, le=65535, description="TCP port of the API.")
    workers: int = Field(
        2, ge=1, description="gunicorn worker processes (one per core is plenty: they wait "
        "on I/O)."
    )
    threads: int = Field(
        32, ge=1, description="Threads per worker, i.e. concurrent requests (mostly waiting "
        "on the LLM) each process serves."
    )
    prometheus_multiproc_dir: Path | None = Field(
        None,
        validation_alias=AliasChoices("PROMETHEUS_MULTIPROC_DIR", "prometheus_multiproc_dir"),
        description="prometheus-client's own variable: a directory shared by the worker "
        "processes so /metrics adds them up; `heard serve` sets one when unset.",
    )

    @model_validator(mode="after")
    def _pick_provider(self) -> Settings:
        if self.provider is None:
            self.provider = "openai" if self.openai_api_key else "offline"
        return self

    @model_validator(mode="after")
    def _check_origins(self) -> Settings:
        for origin in self.origins:
            if origin == "*" or "://" not in origin:
                raise ValueError(
                    f"HEARD_ALLOWED_ORIGINS: {origin!r} is not an origin; list origins like "
                    "chrome-extension://<id> or https://helpdesk.example.com ('*' may stand "
                    "for one host label or an extension id)."
                )
        return self

    @model_validator(mode="after")
    def _check_rate_limit(self) -> Settings:
        from heard.limits import parse

        parse(self.rate_limit)  # its ValueError names the setting and the notation
        return self

    @model_validator(mode="after")
    def _check_networks(self) -> Settings:
        for net in self.metrics_cidrs:
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise ValueError(f"HEARD_METRICS_NETWORKS: {net!r} is not a network; list "
                                 "CIDRs like 10.0.0.0/8 or 127.0.0.1/32.") from None
        return self

    @property
    def metrics_cidrs(self) -> list[str]:
        return [n.strip() for n in self.metrics_networks.split(",") if n.strip()]

    @property
    def origins(self) -> list[str]:
        return [o.strip() for o in self.allowed_origins.split(",") if o.strip()]


def load_settings(overrides: dict | None = None) -> Settings:
    """Read the environment once; `overrides` (tests, CLI flags) win over it."""
    return Settings(**(overrides or {}))

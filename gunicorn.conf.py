"""gunicorn settings for Heard: `gunicorn -c gunicorn.conf.py` (the Docker image runs this).

Everything comes from Heard's own settings (HEARD_HOST, HEARD_PORT, HEARD_WORKERS,
HEARD_THREADS, PROMETHEUS_MULTIPROC_DIR); `heard serve` uses the same values. Sizing and the
reasons behind it: server/heard/serving.py and docs/operations.md.
"""

from heard.config import load_settings
from heard.serving import child_exit, options, prepare_metrics_dir

_settings = load_settings()
prepare_metrics_dir(_settings)  # before the app (and prometheus-client) is imported
globals().update(options(_settings))
wsgi_app = "heard.app:create_app()"

__all__ = ["child_exit", "wsgi_app"]

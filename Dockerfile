# Heard API: gunicorn (gthread) with the settings in gunicorn.conf.py.
# docker compose up  → this image + Redis 7 (see docker-compose.yml, docs/operations.md).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY server ./server
RUN pip install . && useradd --system --uid 10001 --home-dir /data heard \
    && mkdir -p /data /tmp/heard-metrics && chown heard /data /tmp/heard-metrics
COPY prompts ./prompts
COPY gunicorn.conf.py ./

USER heard
ENV HEARD_HOST=0.0.0.0 \
    HEARD_PORT=8750 \
    HEARD_DATA_DIR=/data \
    HEARD_PROMPTS_DIR=/app/prompts \
    PROMETHEUS_MULTIPROC_DIR=/tmp/heard-metrics
EXPOSE 8750
HEALTHCHECK --interval=10s --timeout=3s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8750/healthz', timeout=2)"]
CMD ["gunicorn", "-c", "gunicorn.conf.py"]

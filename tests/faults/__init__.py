"""Fault injection under load: Redis and the LLM failing behind a live Heard."""

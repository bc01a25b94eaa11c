"""Fuzzing every route from /openapi.json with schemathesis against a live server."""

"""The HTTP API's blueprints."""

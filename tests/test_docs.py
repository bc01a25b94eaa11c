"""Settings are a documented contract: each one has a row in the README."""

from __future__ import annotations

from pathlib import Path

from heard.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_setting_is_documented_in_the_readme():
    missing = []
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        env = alias.choices[0] if alias is not None else f"HEARD_{name.upper()}"
        if f"`{env}`" not in README:
            missing.append(env)
        assert field.description, f"{name} has no description in config.py"
    assert not missing, f"undocumented settings: {missing}"


def test_readme_has_the_two_commands():
    assert "make run" in README and "make test" in README

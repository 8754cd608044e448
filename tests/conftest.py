"""Shared test fixtures: paths to the shared fixtures and examples, and an isolated user directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixture_paths import FIXTURES

_ENV_KEYS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COVERLETTER_MODEL", "COVERLETTER_HOME", "NO_COLOR")


@pytest.fixture(autouse=True)
def isolated_user_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty user directory and no API settings from the developer's shell."""
    for key in _ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    home = tmp_path_factory.mktemp("coverletter-home")
    monkeypatch.setenv("COVERLETTER_HOME", str(home))
    monkeypatch.setenv("COLUMNS", "120")
    return home


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """The read-only shared fixtures folder beside the project; tests that need it skip without it."""
    if not FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {FIXTURES} (set COVERLETTER_SHARED)")
    return FIXTURES

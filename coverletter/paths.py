"""Where coverletter finds its files: the user directory, the built-in templates, bundled data."""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "COVERLETTER_HOME"
_PACKAGE = Path(__file__).resolve().parent


def user_dir() -> Path:
    """The user directory: $COVERLETTER_HOME, else the platform's app dir (e.g. ~/.config/coverletter)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    import click

    return Path(click.get_app_dir("coverletter"))


def builtin_templates_dir() -> Path:
    """The built-in templates: inside the installed wheel, or the repository's top-level templates/."""
    packaged = _PACKAGE / "templates"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "templates"


def data_file(name: str) -> Path:
    """A bundled data file (skills lexicon, cliché list, JSON Resume schema) in coverletter/data/."""
    return _PACKAGE / "data" / name


def user_file(name: str) -> Path:
    """A file of the user's in the user directory, which may or may not exist."""
    return user_dir() / name


def cache_dir() -> Path:
    """Where conversions are cached: $COVERLETTER_HOME/cache, else $XDG_CACHE_HOME (or ~/.cache)/coverletter."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "coverletter"

"""Option types and small output helpers shared by the CLI commands."""

from __future__ import annotations

import json
import re
from typing import Any

import click

_BAND = re.compile(r"^\s*(\d+)\s*[-–:]\s*(\d+)\s*$")


class WordBand(click.ParamType):
    """A MIN-MAX word band such as 250-400."""

    name = "MIN-MAX"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[int, int]:
        if isinstance(value, tuple):
            return value
        found = _BAND.match(str(value))
        if not found or int(found.group(1)) > int(found.group(2)):
            self.fail(f"{value!r} is not a word band such as 250-400", param, ctx)
        return int(found.group(1)), int(found.group(2))


WORD_BAND = WordBand()


def echo_json(data: Any) -> None:
    """Print data as indented JSON on stdout (for --json)."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def stderr_console() -> Any:
    """A rich console on stderr, so stdout stays clean for the letter or JSON."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console() -> Any:
    from rich.console import Console

    return Console(highlight=False)

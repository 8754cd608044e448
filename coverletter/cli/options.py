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


_STYLES: dict[str, dict[str, Any]] = {"dim": {"dim": True}, "yellow": {"fg": "yellow"}, "red": {"fg": "red"},
                                      "bold": {"bold": True}, "green": {"fg": "green"}}


class LineConsole:
    """Lines of plain text on stderr through click (styled on a terminal only), with rich's ``print`` signature.

    For commands that print lines, not tables: an offline letter does not pay for importing rich's console.
    Markup is never interpreted (callers pass ``markup=False``); a rich renderable is printed by a rich console.
    """

    def print(self, *objects: Any, style: str | None = None, end: str = "\n", **_: Any) -> None:
        if any(not isinstance(o, str) for o in objects):
            rich_stderr_console().print(*objects, style=style, end=end, markup=False)
            return
        click.secho(" ".join(objects) + end, err=True, nl=False, **_STYLES.get(style or "", {}))


def stderr_console() -> Any:
    """A console on stderr for lines of text, so stdout stays clean for the letter or JSON."""
    return LineConsole()


def rich_stderr_console() -> Any:
    """A rich console on stderr, for tables and progress bars."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console() -> Any:
    from rich.console import Console

    return Console(highlight=False)

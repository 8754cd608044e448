"""Option types, option bundles and small output helpers shared by the CLI commands."""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from ..api import GenerateOptions, Settings, resolve_settings
from ..datamodel import model

F = TypeVar("F", bound=Callable[..., Any])

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


def gather(**bundles: type) -> Callable[[F], F]:
    """Hand a command one dataclass per group of options instead of one parameter per option.

    Click passes every option as a keyword argument; ``@gather(model=ModelFlags)`` (the decorator nearest the
    function) takes the keywords named as ModelFlags' fields out and passes ``model=ModelFlags(...)`` instead.
    The options themselves are declared as usual, so ``--help`` lists them in their order.
    """

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def call(*args: Any, **kwargs: Any) -> Any:
            for name, bundle in bundles.items():
                kwargs[name] = bundle(**{f.name: kwargs.pop(f.name) for f in dataclasses.fields(bundle)
                                         if f.name in kwargs})  # a field a command has no option for: its default
            return command(*args, **kwargs)

        return cast(F, call)

    return decorate


@model(frozen=True)
class ModelFlags:
    """--offline, --model, --base-url, --api-key, --local, --model-path, --temperature, --timeout, --seed."""

    offline: bool
    model: str | None
    base_url: str | None
    api_key: str | None
    local: bool
    model_path: str | None
    temperature: float | None
    timeout: float | None
    seed: int | None

    def settings(self) -> Settings:
        """The model settings: these flags over the environment and config.toml."""
        return resolve_settings(**dataclasses.asdict(self))


@model(frozen=True)
class LetterFlags:
    """What shapes each letter: --template, --template-dir, --date, --company, --title, --gaps, --stories, --words,
    --language, --keep-flagged, --no-stream, --contact."""

    template: str | None
    template_dir: Path | None
    letter_date: datetime.datetime | None
    company: str | None
    title: str | None
    gaps: str
    stories: Path | None
    words: tuple[int, int]
    language: str | None
    keep_flagged: bool
    no_stream: bool
    contact: str | None = None  # generate's --contact; batch has none

    def options(self, **more: Any) -> GenerateOptions:
        """The letter's GenerateOptions (``more``: further fields, such as ``fallback``)."""
        return GenerateOptions(
            template=self.template, template_dir=self.template_dir, gaps=self.gaps, words=self.words,
            language=self.language, company=self.company, title=self.title, contact=self.contact,
            keep_flagged=self.keep_flagged,
            stream=not self.no_stream, today=self.letter_date.date() if self.letter_date else None,
            stories=self.stories, **more,
        )


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

"""``coverletter templates``: list, show, copy and check letter and prompt templates."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..api import check_template, copy_template, list_templates, read_template, template_name
from ..errors import TemplateError
from .options import stdout_console

KIND_OPTION = click.Choice(["letters", "prompts"])


def _template_dir_option(func: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--template-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Also look here (before the user directory and the built-ins).",
    )(func)


@click.group(epilog="""\b
Examples:
  coverletter templates list
  coverletter templates show default
  coverletter templates copy default            # to your user directory, then edit it
  coverletter templates check ~/my-letter.md.j2
""")
def templates() -> None:
    """List, show, copy and check templates.

    Letter templates write the body of an offline letter; prompt templates build the messages sent to a
    model. A template of yours with a built-in's name replaces the built-in. Lookup order: --template PATH,
    --template-dir, the user directory (<user dir>/templates/<kind>/), the built-ins.
    """


@templates.command("list", epilog="""\b
Examples:
  coverletter templates list
  coverletter templates list --kind letters --json
""")
@click.option("--kind", type=KIND_OPTION, help="Only this kind (default: both).")
@_template_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_command(kind: str | None, template_dir: Path | None, as_json: bool) -> None:
    """List every template a name reaches: name, kind, language, origin, path and description.

    The language is that of the template's own words ("any" for one that prints the writer's text in the
    letter's language).
    """
    found = list_templates(kind, template_dir)
    if as_json:
        click.echo(json.dumps([info.to_dict() for info in found], indent=2, ensure_ascii=False))
        return
    from rich.table import Table


    table = Table(show_lines=False)
    for column in ("name", "kind", "language", "origin", "description", "path"):
        table.add_column(column, overflow="fold")
    for info in found:
        origin = info.origin + (" (overrides built-in)" if info.overrides else "")
        language = info.language if info.kind == "letters" else ""
        table.add_row(info.name, info.kind, language, origin, info.description, str(info.path))
    stdout_console().print(table)


@templates.command("show", epilog="""\b
Examples:
  coverletter templates show default
  coverletter templates show concise --kind letters
  coverletter templates show ./mine.md.j2
""")
@click.argument("name")
@click.option("--kind", type=KIND_OPTION, default="letters", show_default=True)
@_template_dir_option
def show_command(name: str, kind: str, template_dir: Path | None) -> None:
    """Print the source of the template NAME (the one the lookup order finds)."""
    click.echo(read_template(name, kind=kind, template_dir=template_dir), nl=False)


@templates.command("copy", epilog="""\b
Examples:
  coverletter templates copy default                 # -> <user dir>/templates/letters/default.md.j2
  coverletter templates copy default my-letter       # a new name beside it
  coverletter templates copy concise ./letters/ --force
  coverletter templates copy system --kind prompts
""")
@click.argument("name")
@click.argument("dest", required=False)
@click.option("--kind", type=KIND_OPTION, default="letters", show_default=True)
@_template_dir_option
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def copy_command(name: str, dest: str | None, kind: str, template_dir: Path | None, force: bool) -> None:
    """Copy the template NAME to DEST (default: your user directory) so you can edit it.

    With no DEST, the copy keeps the name, so it replaces the built-in from then on. DEST may be a folder,
    a file, or a bare new name (saved in the user directory).
    """
    source, target = copy_template(name, dest, kind=kind, template_dir=template_dir, force=force)
    click.echo(f"Copied {template_name(source)} to {target}", err=True)
    click.echo(str(target))


@templates.command("check", epilog="""\b
Examples:
  coverletter templates check ~/.config/coverletter/templates/letters/default.md.j2
  coverletter templates check mine.md.j2 --json
""")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--kind", type=KIND_OPTION, default="letters", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
def check_command(file: Path, kind: str, as_json: bool) -> None:
    """Check FILE: syntax errors (with line) and variables or filters that templates of KIND do not get.

    Exits with 4 when there is a problem.
    """
    problems = check_template(file, kind)
    if as_json:
        click.echo(json.dumps({"file": str(file), "ok": not problems,
                               "problems": [p.to_dict() for p in problems]}, indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            click.echo(str(problem), err=True)
        if not problems:
            click.echo(f"{file}: ok")
    if problems:
        raise TemplateError(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the template",
                            path=str(file), hint="see the lines above; docs/templates.md lists the context")

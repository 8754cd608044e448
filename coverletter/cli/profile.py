"""``coverletter profile``: show what was understood of a profile, print it as JSON Resume, or validate it."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from ..api import load_profile, validate_profile
from .options import echo_json, stdout_console

if TYPE_CHECKING:
    from ..api import Profile, ValidationIssue

EPILOG = """\b
Examples:
  coverletter profile cv.json                 what was understood: name, contact, sections, jobs
  coverletter profile cv.yaml --json          the profile as JSON Resume (also converts a rendercv CV)
  coverletter profile cv.json --validate      strict check against the JSON Resume schema (exit 1 if invalid)
  coverletter profile cv.yaml --validate --json
"""

SECTIONS = ("work", "volunteer", "education", "projects", "skills", "publications", "awards", "certificates",
            "languages", "interests", "references")


@click.command(epilog=EPILOG)
@click.argument("file", type=str)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON instead of the summary.")
@click.option("--validate", is_flag=True,
              help="Check the file strictly against the JSON Resume schema; exit 1 when it is invalid.")
def profile(file: str, as_json: bool, validate: bool) -> None:
    """Show what was understood of the profile FILE (JSON Resume .json/.yaml, or a rendercv CV).

    FILE may be "-" to read standard input. Empty values are ignored with a warning; a value of the
    wrong kind is an error that names its field, e.g. work[0].highlights.
    """
    if validate:
        _validate(file, as_json)
        return

    loaded = load_profile(file)
    if as_json:
        echo_json(loaded.to_dict())
        for warning in loaded.warnings:
            click.echo(f"warning: {warning}", err=True)
        return
    show_profile(loaded)


def _validate(file: str, as_json: bool) -> None:

    issues = validate_profile(file)
    if as_json:
        echo_json({"valid": not issues, "issues": [issue.to_dict() for issue in issues]})
    else:
        show_issues(file, issues)
    if issues:
        # SystemExit, not click's Exit: click.main(standalone_mode=False) swallows Exit into a return value.
        sys.exit(1)


def show_issues(file: str, issues: list[ValidationIssue]) -> None:
    """Each issue as ``path: message``, then a one-line verdict."""
    if not issues:
        click.echo(f"{file}: valid JSON Resume")
        return
    for issue in issues:
        click.echo(str(issue))
    noun = "issue" if len(issues) == 1 else "issues"
    click.echo(f"{file}: not valid JSON Resume ({len(issues)} {noun})", err=True)


def _dates(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    if start and end == start:
        return start
    return f"{start or '?'} – {end or 'present'}"


def _location(profile: Profile) -> str:
    loc = profile.basics.location
    if loc is None:
        return ""
    return ", ".join(p for p in (loc.city, loc.region, loc.country_code) if p)


def _counts(profile: Profile) -> list[tuple[str, int]]:
    rows = [(name, len(getattr(profile, name))) for name in SECTIONS]
    rows += [(key, len(value)) for key, value in profile.extra.items() if isinstance(value, list)]
    return [(name, count) for name, count in rows if count]


def show_profile(profile: Profile) -> None:
    """A readable summary: who, how to reach them, what each section holds, the jobs with dates, warnings."""
    from rich.table import Table
    from rich.text import Text

    console = stdout_console()
    basics = profile.basics
    head = Text(basics.name or "(no name)", style="bold" if basics.name else "bold red")
    if basics.label:
        head.append(f" — {basics.label}", style="")
    console.print(head)
    contact: list[tuple[str, str]] = [
        ("email", basics.email or ""), ("phone", basics.phone or ""), ("web", basics.url or ""),
        ("location", _location(profile)),
    ]
    contact += [(p.network or "profile", p.url or p.username or "") for p in basics.profiles]
    for label, value in contact:
        if value:
            console.print(Text.assemble((f"  {label}: ", "dim"), value))
    if basics.summary:
        summary = " ".join(basics.summary.split())
        console.print(Text.assemble(("  summary: ", "dim"), summary if len(summary) <= 160 else summary[:157] + "..."))

    counts = _counts(profile)
    if counts:
        table = Table(title="Sections", title_justify="left", show_header=False, box=None, padding=(0, 2))
        for name, count in counts:
            table.add_row(Text(name), Text(str(count), justify="right"))
        console.print(table)
    _entries_table(console, "Work", [(w.position, w.name, _dates(w.start_date, w.end_date), len(w.highlights))
                                     for w in profile.work])
    _entries_table(console, "Education", [
        (" in ".join(p for p in (e.study_type, e.area) if p), e.institution, _dates(e.start_date, e.end_date), None)
        for e in profile.education])
    if profile.skills:
        skills = "; ".join(
            f"{s.name}: {', '.join(s.keywords)}" if s.name and s.keywords else s.name or ", ".join(s.keywords)
            for s in profile.skills)
        console.print(Text.assemble(("Skills: ", "bold"), skills))
    warnings = list(profile.warnings)
    if not (basics.name or "").strip():
        warnings.append("basics.name is missing; generate needs it to sign the letter")
    for warning in warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))


def _entries_table(console: Any, title: str, rows: list[tuple[str | None, str | None, str, int | None]]) -> None:
    if not rows:
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, title_justify="left", box=None, padding=(0, 2), header_style="dim")
    table.add_column("role" if title == "Work" else "degree")
    table.add_column("where")
    table.add_column("dates", no_wrap=True)
    with_highlights = any(n is not None for *_, n in rows)
    if with_highlights:
        table.add_column("highlights", justify="right")
    for what, where, dates, highlights in rows:
        cells = [Text(what or ""), Text(where or ""), Text(dates)]
        if with_highlights:
            cells.append(Text(str(highlights or 0)))
        table.add_row(*cells)
    console.print(table)

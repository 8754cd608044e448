"""``coverletter profile``: show what was understood of a profile, print it as JSON Resume, or validate it."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from ..api import atomic_write, import_profile, load_profile, resolve_settings, summarize_warnings, validate_profile
from ..datamodel import model
from .options import echo_json, gather, stdout_console

if TYPE_CHECKING:
    from ..api import CVReading, Profile, Settings, ValidationIssue

EPILOG = """\b
Examples:
  coverletter profile cv.json                 what was understood: name, contact, sections, jobs
  coverletter profile cv.yaml --json          the profile as JSON Resume (also converts a rendercv CV)
  coverletter profile cv.json --validate      strict check against the JSON Resume schema (exit 1 if invalid)
  coverletter profile cv.yaml --validate --json
  coverletter profile cv.pdf                  any CV: Markdown, text, LaTeX, PDF, DOCX, LinkedIn export zip
  coverletter profile import cv.docx -o profile.json   convert to JSON Resume to review and keep
  coverletter profile import cv.pdf -o profile.json --assist --base-url http://127.0.0.1:8080/v1
                                              ask a model too; values not in the CV are dropped and listed
"""

SECTIONS = ("work", "volunteer", "education", "projects", "skills", "publications", "awards", "certificates",
            "languages", "interests", "references")


@model(frozen=True)
class AssistFlags:
    """--assist and the model server it asks: --model, --base-url, --api-key, --timeout."""

    assist: bool
    model: str | None
    base_url: str | None
    api_key: str | None
    timeout: float | None

    def settings(self) -> Settings:
        """The model settings for --assist; a UsageError when they name no model server."""
        settings = resolve_settings(model=self.model, base_url=self.base_url, api_key=self.api_key,
                                    timeout=self.timeout)
        if settings.mode != "llm":
            raise click.UsageError("--assist needs a model server: pass --base-url (and --model), or set "
                                   "OPENAI_API_KEY")
        return settings


@click.command(epilog=EPILOG)
@click.argument("args", nargs=-1, required=True, metavar="[import] FILE")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON instead of the summary.")
@click.option("--validate", is_flag=True,
              help="Check the file strictly against the JSON Resume schema; exit 1 when it is invalid.")
@click.option("-o", "--output", type=str, default=None, help="With import: write the JSON Resume data here.")
@click.option("--force", is_flag=True, help="With import: overwrite an existing output file.")
@click.option("--verbose", is_flag=True, help="List every empty field ignored instead of counting them.")
@click.option("--assist", is_flag=True,
              help="With import: ask the model too; only values found in the CV's text are kept.")
@click.option("--model", help="With --assist: model name (env COVERLETTER_MODEL).")
@click.option("--base-url", help="With --assist: OpenAI-compatible server (env OPENAI_BASE_URL).")
@click.option("--api-key", help="With --assist: API key (env OPENAI_API_KEY). Never printed.")
@click.option("--timeout", type=click.FloatRange(min=1), help="With --assist: seconds to wait for the model.")
@gather(helper=AssistFlags)
def profile(args: tuple[str, ...], as_json: bool, validate: bool, output: str | None, force: bool,
            verbose: bool, helper: AssistFlags) -> None:
    """Show what was understood of the CV FILE: JSON Resume, rendercv, Markdown, text, LaTeX, PDF, DOCX,
    or LinkedIn's data export (.zip); the format is found from the content.

    "profile import FILE -o profile.json" converts the CV to JSON Resume, prints what was understood and
    every part left unread. FILE may be "-" to read standard input.
    """
    if args[0] == "import" and len(args) == 2:
        settings = helper.settings() if helper.assist else None
        _import(args[1], output, force=force, verbose=verbose, settings=settings)
        return
    if len(args) != 1:
        raise click.UsageError("give one FILE, or: import FILE -o profile.json")
    file = args[0]
    if validate:
        _validate(file, as_json)
        return

    loaded = load_profile(file)
    if as_json:
        echo_json(loaded.to_dict())
        for warning in summarize_warnings(loaded.warnings, verbose=verbose):
            click.echo(f"warning: {warning}", err=True)
        return
    show_profile(loaded, verbose=verbose)




def _import(file: str, output: str | None, *, force: bool, verbose: bool, settings: Settings | None = None) -> None:
    """Convert a CV to JSON Resume (stdout, or -o FILE) and report what was understood and left unread."""
    loaded, reading = import_profile(file, settings=settings)
    text = json.dumps(loaded.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if output:
        atomic_write(output, text, force=force)
    else:
        click.echo(text, nl=False)
    click.echo(import_summary(loaded, reading), err=True)
    for warning in summarize_warnings(loaded.warnings, verbose=verbose):
        click.echo(f"warning: {warning}", err=True)


def import_summary(loaded: Profile, reading: CVReading) -> str:
    """What an import understood (name, contact, jobs, degrees, skills) and what it left unread."""
    jobs = "; ".join(" at ".join(p for p in (w.position, w.name) if p) for w in loaded.work)
    skills = sum(max(1, len(s.keywords)) for s in loaded.skills)
    lines = [f"read as {reading.kind}: {loaded.basics.name or '(no name found)'}"
             + (f" <{loaded.basics.email}>" if loaded.basics.email else ""),
             f"{len(loaded.work)} jobs" + (f" ({jobs})" if jobs else ""),
             f"{len(loaded.education)} degrees, {skills} skills"]
    if reading.unread:
        lines.append(f"{len(reading.unread)} parts left unread:")
        lines += [f"  {part[:100]}" for part in reading.unread]
    lines += [f"model: {note}" for note in reading.notes]
    if reading.dropped:
        lines.append(f"{len(reading.dropped)} values from the model are not in the CV; dropped:")
        lines += [f"  {value[:100]}" for value in reading.dropped]
    return "\n".join(lines)


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


def show_profile(profile: Profile, *, verbose: bool = False) -> None:
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
    warnings = summarize_warnings(profile.warnings, verbose=verbose)
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

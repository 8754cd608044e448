"""``coverletter job``: show what was understood of a job posting."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..api import load_job
from .options import echo_json, stdout_console

if TYPE_CHECKING:
    from ..api import Job

EPILOG = """\b
Examples:
  coverletter job posting.txt                  employer, title, facts, sections, skills, dropped noise
  coverletter job posting.md --json            the same as JSON (keys: company, title, requirements, ...)
  pbpaste | coverletter job -                  read the posting from standard input
  coverletter job https://example.com/jobs/42  fetch and read a posting page
  coverletter job ad.txt --company "Acme GmbH" --title "Data Engineer"
"""

_SECTIONS = (
    ("responsibilities", "Responsibilities"),
    ("requirements", "Requirements"),
    ("preferred", "Preferred"),
    ("benefits", "Benefits"),
)


@click.command(epilog=EPILOG)
@click.argument("job_file", metavar="JOB", type=str)
@click.option("--json", "as_json", is_flag=True, help="Print the posting as JSON instead of the summary.")
@click.option("--company", default=None, metavar="NAME", help="The employer's name, overriding what is found.")
@click.option("--title", default=None, metavar="TITLE", help="The job title, overriding what is found.")
@click.option("--raw", is_flag=True, help="With --json, include the posting's text as read (raw_text).")
def job(job_file: str, as_json: bool, company: str | None, title: str | None, raw: bool) -> None:
    """Show what was understood of the job posting JOB.

    JOB is a text, Markdown (front matter allowed), HTML, PDF or JSON file, an http(s) URL, or "-" for
    standard input. The job board's chrome around a pasted posting ("Apply now", "Similar jobs", ...)
    is dropped and listed at the end.
    """
    loaded = load_job(job_file, company=company, title=title)
    if as_json:
        echo_json(loaded.to_dict(include_raw=raw))
        return
    show_job(loaded)


def _fact(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _facts(job: Job) -> list[tuple[str, str]]:
    """(label, value) lines of the summary; the employer says where it came from and how sure that is."""
    employer = job.company or "(not named: a recruiter's posting or none found)"
    if job.extra.get("company_from"):
        employer += f"  [from {job.extra['company_from']}; confidence {job.extra.get('company_confidence', '?')}]"
    facts = [
        ("employer", employer),
        ("location", _fact(job.location)),
        ("remote", _fact(job.remote) or _fact(job.extra.get("workplace"))),
        ("type", _fact(job.employment_type)),
        ("pay", _fact(job.compensation)),
        ("language", _fact(job.language)),
        ("source", f"{job.source} ({job.source_format})"),
    ]
    if job.title and job.extra.get("title_from"):
        facts.append(("title from", str(job.extra["title_from"])))
    for key in ("official_title", "agency", "department", "reports_to", "contact", "posted", "deadline",
                "requisition"):
        if job.extra.get(key):
            facts.append((key.replace("_", " "), str(job.extra[key])))
    return facts


def show_job(job: Job) -> None:
    """A readable summary of a Job: facts, each section, skills, and what was dropped as noise."""
    from rich.markup import escape
    from rich.text import Text

    console = stdout_console()
    head = Text(job.title or "(no title found)", style="bold" if job.title else "bold red")
    console.print(head)
    facts = _facts(job)
    for label, value in facts:
        if value:
            console.print(Text.assemble((f"  {label}: ", "dim"), value))
    if job.about:
        console.print()
        console.print(Text("About", style="bold underline"))
        for paragraph in job.about:
            short = paragraph if len(paragraph) <= 300 else paragraph[:297] + "..."
            console.print(Text("  " + short))
    for key, heading in _SECTIONS:
        items = getattr(job, key)
        if not items:
            continue
        console.print()
        console.print(Text(f"{heading} ({len(items)})", style="bold underline"))
        for item in items:
            console.print(Text.assemble(("  • ", "cyan"), item))
    console.print()
    if job.skills:
        console.print(Text.assemble(("Skills: ", "bold"), ", ".join(job.skills)))
    else:
        console.print(Text("Skills: none recognised", style="dim"))
    boards = job.extra.get("boards") or []
    if job.dropped or boards:
        console.print()
        note = f" (job board: {', '.join(boards)})" if boards else ""
        console.print(Text(f"Dropped as board noise: {len(job.dropped)} lines{note}", style="bold dim"))
        for line in job.dropped[:40]:
            short = line if len(line) <= 100 else line[:97] + "..."
            console.print(f"[dim]  - {escape(short)}[/dim]")
        if len(job.dropped) > 40:
            console.print(f"[dim]  ... and {len(job.dropped) - 40} more[/dim]")
    notice = job.employer_notice()
    if notice:
        console.print(Text(f"warning: {notice}", style="yellow"))
    if not (job.requirements or job.preferred):
        console.print(Text("warning: no requirements found; the letter will lean on the title and description",
                           style="yellow"))

"""``coverletter check``: a letter's claims against the profile and the posting, and its other checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..api import check as check_letter
from ..api import load_job, load_letter, load_profile
from ..errors import CheckFailed
from .options import WORD_BAND, echo_json, stdout_console

if TYPE_CHECKING:
    from ..api import CheckReport

EPILOG = """\b
Examples:
  coverletter check letter.md --profile examples/profile.json --job examples/posting.txt
  coverletter check letter.md --profile cv.yaml --job job.html --json
  coverletter check letter.md --profile cv.json --job job.md --words 200-350 --strict
"""


@click.command(epilog=EPILOG)
@click.argument("letter", type=str)
@click.option("--profile", "profile_path", required=True, help="The profile the letter must be true to.")
@click.option("--job", "job_source", required=True, help="The posting the letter answers (file, URL or -).")
@click.option("--json", "as_json", is_flag=True, help="Print the claims and checks as JSON.")
@click.option("--words", type=WORD_BAND, default="250-400", show_default=True,
              help="Length band of the body in words.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any claim is unsupported or any check fails.")
def check(letter: str, profile_path: str, job_source: str, as_json: bool, words: tuple[int, int],
          strict: bool) -> None:
    """Check the LETTER (Markdown or text as `generate` writes it, or "-"): find its claims (employers,
    titles, degrees, institutions, skills, figures, dates) and mark each backed by the profile, with
    the evidence's JSON path, or unsupported; check that the employer and role are named, that no
    placeholder or template debris is left, the body's length, and clichés.
    """
    loaded_letter = load_letter(letter)
    report = check_letter(loaded_letter, load_profile(profile_path), load_job(job_source), words=words)
    if as_json:
        echo_json(report.to_dict())
    else:
        show_report(report)
    if strict and not report.ok:
        raise CheckFailed(f"{letter}: {len(report.unsupported)} unsupported claim(s) and "
                          f"{len(report.failed)} failed check(s) (--strict)")


def show_report(report: CheckReport) -> None:
    """Rich tables: the claims with their evidence, then the checks."""
    from rich.table import Table
    from rich.text import Text

    console = stdout_console()
    claims = Table(title="Claims", expand=True)
    claims.add_column("claim", ratio=2)
    claims.add_column("kind", no_wrap=True)
    claims.add_column("backed", no_wrap=True)
    claims.add_column("evidence / why", ratio=3)
    for claim in report.claims:
        mark = Text("yes", style="green") if claim.supported else Text("NO", style="bold red")
        why = Text(claim.evidence or "", style="cyan")
        if claim.detail:
            why.append(("  " if claim.evidence else "") + claim.detail, style="" if claim.supported else "red")
        claims.add_row(Text(claim.text), claim.kind, mark, why)
    if report.claims:
        console.print(claims)
    checks = Table(title="Checks", expand=True)
    checks.add_column("check", no_wrap=True)
    checks.add_column("result", no_wrap=True)
    checks.add_column("detail", ratio=1)
    for result in report.checks:
        checks.add_row(result.name, Text("ok", style="green") if result.ok else Text("FAIL", style="bold red"),
                       Text(result.detail))
    console.print(checks)
    verdict = "[green]all claims backed, all checks passed[/green]" if report.ok else (
        f"[red]{len(report.unsupported)} unsupported claim(s), {len(report.failed)} failed check(s)[/red]")
    console.print(f"{report.word_count} words. {verdict}")

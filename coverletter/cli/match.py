"""``coverletter match``: how a profile covers a posting: evidence per requirement, score and gaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..api import load_job, load_profile
from ..api import match as match_profile
from .options import echo_json, stdout_console

if TYPE_CHECKING:
    from ..api import Match

EPILOG = """\b
Examples:
  coverletter match examples/profile.json examples/posting.txt
  coverletter match cv.yaml job.html --json > coverage.json
"""

_STYLE = {"strong": "green", "weak": "yellow", "none": "red"}
_LABEL = {"strong": "covered", "weak": "weak", "none": "missing"}


@click.command(epilog=EPILOG)
@click.argument("profile", type=str)
@click.argument("job", type=str)
@click.option("--json", "as_json", is_flag=True, help="Print the coverage matrix as JSON.")
@click.option("--top", type=click.IntRange(1, 10), default=2, show_default=True,
              help="Pieces of evidence to show for each requirement.")
def match(profile: str, job: str, as_json: bool, top: int) -> None:
    """Match PROFILE to the posting JOB: for each requirement, preferred line and key skill, the
    profile evidence that backs it (by JSON path), how strongly, the match score and the gaps.

    JOB is a file, a URL or "-" for standard input.
    """
    loaded_profile = load_profile(profile)
    loaded_job = load_job(job)
    result = match_profile(loaded_profile, loaded_job)
    if as_json:
        echo_json(result.to_dict())
        return
    show_match(result, top=top)


def show_match(result: Match, *, top: int = 2) -> None:
    """A rich table of the coverage matrix, then the score and the gaps with their nearest evidence."""
    from rich.table import Table
    from rich.text import Text

    console = stdout_console()
    table = Table(show_lines=False, expand=True)
    table.add_column("requirement", ratio=3)
    table.add_column("kind", no_wrap=True)
    table.add_column("coverage", no_wrap=True)
    table.add_column("evidence", ratio=4)
    for item in result.items:
        evidence = Text()
        for ev in item.evidence[:top]:
            if evidence:
                evidence.append("\n")
            evidence.append(ev.id, style="cyan")
            evidence.append(f"  {_short(ev.text)}")
        if not item.evidence and item.adjacent is not None:
            evidence.append("nearest: ", style="dim")
            evidence.append(item.adjacent.id, style="dim cyan")
            evidence.append(f"  {_short(item.adjacent.text)}", style="dim")
        table.add_row(Text(item.requirement), item.kind,
                      Text(_LABEL[item.strength], style=_STYLE[item.strength]), evidence)
    console.print(table)
    counts = {s: sum(1 for i in result.items if i.strength == s) for s in ("strong", "weak", "none")}
    console.print(f"Match score: [bold]{result.score:.0%}[/bold]  ({counts['strong']} covered, "
                  f"{counts['weak']} weak, {counts['none']} missing)")
    if result.gaps:
        console.print("Gaps:")
        for item in result.gaps:
            near = f" (nearest: {item.adjacent.id})" if item.adjacent else ""
            console.print(f"  - {item.requirement}{near}", markup=False, highlight=False)


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"

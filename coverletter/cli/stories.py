"""``coverletter stories``: the story bank that ``generate --stories`` draws on."""

from __future__ import annotations

import click

from ..api import check_stories, load_profile, load_stories
from ..errors import CheckFailed
from .options import echo_json

EPILOG = """\b
Examples:
  coverletter stories check examples/stories.md --profile examples/profile.json
  coverletter stories check stories.md --profile cv.json --json
"""


@click.group(epilog=EPILOG)
def stories() -> None:
    """Work with a story bank: short paragraphs in your own words, one '## Title' each, used verbatim by
    `generate --stories FILE` in the letters whose postings they answer best."""


@stories.command("check", epilog=EPILOG)
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--profile", "profile_path", required=True, help="The profile the stories must be true to.")
@click.option("--json", "as_json", is_flag=True, help="Print each story's claims as JSON.")
def check(path: str, profile_path: str, as_json: bool) -> None:
    """Run the truth check on each story of PATH: every employer, title, degree, skill and figure it claims
    must be backed by the profile. Exits non-zero when a story holds an unsupported claim."""
    results = check_stories(load_stories(path), load_profile(profile_path))
    bad = 0
    if as_json:
        echo_json([{"story": story.title, "line": story.line,
                    "unsupported": [c.text for c in report.unsupported],
                    "claims": len(report.claims)} for story, report in results])
    for story, report in results:
        bad += bool(report.unsupported)
        if not as_json:
            mark = "ok" if not report.unsupported else "UNSUPPORTED: " + "; ".join(c.text for c in report.unsupported)
            click.echo(f"{path}:{story.line}: {story.title}: {len(report.claims)} claim(s); {mark}")
    if bad:
        raise CheckFailed(f"{path}: {bad} of {len(results)} stories hold claims the profile does not back",
                          hint="change the story, or add the fact to the profile if it is true")

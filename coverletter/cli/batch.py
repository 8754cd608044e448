"""``coverletter batch``: a letter for each of many postings, with progress, a run record and a summary."""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..api import BatchOptions, expand_postings, format_for_path, run_batch
from ..datamodel import model
from ..errors import BatchFailed
from .batch_view import BatchProgress, print_summary, summary_rows
from .options import WORD_BAND, LetterFlags, ModelFlags, echo_json, gather, rich_stderr_console

if TYPE_CHECKING:
    from ..api import BatchResult

EPILOG = """\b
Examples:
  coverletter batch examples/profile.json examples/posting.txt postings/ -o letters/
  coverletter batch cv.json @jobs.txt -o letters/ --format docx      # one posting a line: SOURCE | company | title
  coverletter batch cv.json jobs.csv -o letters/ --model gpt-4o-mini --jobs 4
  coverletter batch cv.json postings/ -o letters/ --summary           # the table of what is done, nothing written
  coverletter batch cv.json postings/ -o letters/ --force             # write every letter again
  coverletter batch cv.json jobs.csv -o letters/ --model gpt-4o-mini --batch-api   # half price, within 24 h
"""


@model(frozen=True)
class RunFlags:
    """Where and how the letters are written: -o, --format, --force, --jobs, --vary, --batch-api, --poll,
    --reference-docx, --page-size."""

    output_dir: Path
    fmt: str
    force: bool
    jobs: int
    vary: bool
    batch_api: bool
    poll: float
    reference_docx: Path | None
    page_size: str | None

    def options(self) -> BatchOptions:
        return BatchOptions(self.output_dir, fmt=self.fmt, force=self.force, jobs=self.jobs, vary=self.vary,
                            reference_docx=self.reference_docx, page_size=self.page_size,
                            batch_api=self.batch_api, poll_seconds=self.poll)


@click.command(epilog=EPILOG)
@click.argument("profile", type=click.Path(dir_okay=True, path_type=str))
@click.argument("postings", nargs=-1, required=True)
@click.option("-o", "--output-dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the letters and the run record (manifest.jsonl); created if missing.")
@click.option("--format", "fmt", type=click.Choice(["md", "docx", "txt", "html", "pdf"]), default="md",
              show_default=True, help="Format of every letter.")
@click.option("--force", is_flag=True, help="Write every letter again, even those done and unchanged.")
@click.option("--jobs", type=click.IntRange(1, 32), default=3, show_default=True,
              help="Letters written at once with a model; offline, with --no-vary, drafting processes.")
@click.option("--vary/--no-vary", default=True, show_default=True,
              help="Offline: each letter avoids the wordings of the letters before it (drafted in order, the "
                   "postings read ahead by a worker process); --no-vary drafts in parallel processes instead.")
@click.option("--batch-api", is_flag=True,
              help="With an OpenAI model: send the letters' first requests as one Batch API batch (half the price, "
                   "done within 24 h); the run waits for it, and the same command resumes a batch already sent.")
@click.option("--poll", type=click.FloatRange(min=0.01), default=30.0, show_default=True,
              help="Seconds between checks of a --batch-api batch.")
@click.option("--summary", "summary_only", is_flag=True,
              help="Print the table of the letters recorded in the folder for these postings; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the run's letters and repetition report as JSON.")
@click.option("--strict", is_flag=True, help="Exit non-zero also when a letter fails its checks.")
@click.option("--template", help="Letter template: a name (default, concise, academic, or your own) or a path.")
@click.option("--template-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Look for templates here before the user directory and the built-ins.")
@click.option("--reference-docx", type=click.Path(dir_okay=False, path_type=Path),
              help="Take styles, margins, header and footer (a letterhead) from this Word file.")
@click.option("--page-size", type=click.Choice(["A4", "Letter"], case_sensitive=False),
              help="Paper for DOCX, PDF and HTML (default: from the sender's country).")
@click.option("--date", "letter_date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Date the letters YYYY-MM-DD (default: today; a new day alone does not redo a letter).")
@click.option("--company", help="The employer's name for every posting (a list's company column wins).")
@click.option("--title", help="The role's title for every posting (a list's title column wins).")
@click.option("--gaps", type=click.Choice(["omit", "acknowledge", "adjacent"]), default="omit", show_default=True,
              help="What to say about requirements the profile does not cover.")
@click.option("--stories", type=click.Path(dir_okay=False, path_type=Path),
              help="A story bank (Markdown, one '## Title' per story): the best-fitting stories go in verbatim.")
@click.option("--words", type=WORD_BAND, default="250-400", show_default=True, help="Length band of the body.")
@click.option("--offline", is_flag=True, help="Write from the letter template alone; call no model.")
@click.option("--model", help="Model name (env COVERLETTER_MODEL).")
@click.option("--base-url", help="OpenAI-compatible server (env OPENAI_BASE_URL).")
@click.option("--api-key", help="API key (env OPENAI_API_KEY). Never printed.")
@click.option("--local", is_flag=True, help="Run a GGUF model on this machine (needs coverletter[local]).")
@click.option("--model-path", type=click.Path(dir_okay=False, path_type=str), help="GGUF file for --local.")
@click.option("--temperature", type=float, help="Sampling temperature.")
@click.option("--timeout", type=click.FloatRange(min=1), help="Seconds to wait for each answer of the model.")
@click.option("--seed", type=int, help="Sampling seed, where the server supports it.")
@click.option("--language", help="Write in this language (en, de, fr, es, it, nl, pt); default: each posting's.")
@click.option("--keep-flagged", is_flag=True, help="Keep claims still unsupported after revision, flagged.")
@click.option("--no-stream", is_flag=True, help="Ask the model for whole replies instead of streamed ones.")
@gather(run=RunFlags, letter=LetterFlags, model=ModelFlags)
def batch(
    profile: str, postings: tuple[str, ...], run: RunFlags, letter: LetterFlags, model: ModelFlags,
    summary_only: bool, as_json: bool, strict: bool,
) -> None:
    """Write a letter for PROFILE and each of POSTINGS into a folder (-o), named <employer>-<role>.<ext>.

    POSTINGS are posting files, folders of them, http(s) URLs, or lists: a .csv or .jsonl file, or @FILE with
    one posting a line (SOURCE, or SOURCE | company | title). The folder's manifest.jsonl records every letter;
    running the same command again skips what is done and unchanged. The run ends with a table of the letters,
    the postings that failed (exit code 9 when any did) and the letters that repeat each other's sentences.
    """
    console = rich_stderr_console()
    if not console.is_terminal:  # a log file or a pipe: lines long enough for the table's file names
        console.width = max(console.width, 160)
    items = expand_postings(list(postings))
    format_for_path(None, run.fmt)
    if summary_only:
        from ..batch import Manifest

        manifest = Manifest(run.output_dir)
        records = [manifest.letters[p.key] for p in items if p.key in manifest.letters]
        _show(console, records, None, as_json, pending=len(items) - len(records))
        return
    settings = model.settings()
    options, batch_options = letter.options(), run.options()
    if run.batch_api:  # the Batch API answers whole replies
        options = replace(options, stream=False)
    with BatchProgress(console, len(items), settings.mode) as progress:
        result = run_batch(profile, items, settings, options, batch_options, on_event=progress.update)
    _show(console, result.records, result, as_json)
    if result.interrupted:
        raise KeyboardInterrupt
    _exit_status(result, strict)


def _show(console: Any, records: list[Any], result: BatchResult | None, as_json: bool, pending: int = 0) -> None:
    if as_json:
        data: dict[str, Any] = {"letters": [asdict(r) for r in records], "rows": summary_rows(records)}
        if result is not None:
            data.update(written=result.written, skipped=result.skipped, seconds=round(result.seconds, 3),
                        interrupted=result.interrupted, tokens=result.tokens, cost_usd=result.cost_usd,
                        repetition=[pair.to_dict() for pair in result.repetition], manifest=str(result.manifest))
        echo_json(data)
        return
    print_summary(console, records, result, pending=pending)


def _exit_status(result: BatchResult, strict: bool) -> None:
    failed = result.failures
    if failed:
        raise BatchFailed(f"{len(failed)} of {len(result.records)} postings failed (listed above)",
                          hint="fix them and run the same command again; letters done are skipped")
    if strict and any(r.checks_ok is False for r in result.records):
        bad = sum(r.checks_ok is False for r in result.records)
        raise BatchFailed(f"{bad} letter(s) failed their checks (--strict); see the table above")

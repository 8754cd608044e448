"""``coverletter generate``: write a letter for a profile and a posting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..api import (
    atomic_write,
    check_outputs,
    check_pdf_converter,
    check_reference_docx,
    dry_run,
    format_for_path,
    prepare,
    render_measured,
    summarize_warnings,
)
from ..api import generate as run_generate
from ..datamodel import model
from ..errors import CheckFailed, OutputError
from .options import WORD_BAND, LetterFlags, ModelFlags, echo_json, gather, stderr_console

if TYPE_CHECKING:
    from rich.console import Console

    from ..api import GenerateOptions, GenerateResult, Settings

EPILOG = """\b
Examples:
  coverletter generate examples/profile.json examples/posting.txt
  coverletter generate cv.yaml job.html -o letter.docx --template academic
  coverletter generate cv.json - -o letter.md < posting.txt
  coverletter generate cv.json job.md --model gpt-4o-mini -o letter.docx
  coverletter generate cv.json job.md --base-url http://127.0.0.1:11434/v1 --model llama3.2
  coverletter generate cv.json job.md --local -o letter.md
  coverletter generate cv.json job.md --json | jq .letter.paragraphs
"""


@model(frozen=True)
class OutputFlags:
    """Where and how the letter is written: -o, --format, --force, --reference-docx, --page-size."""

    output: Path | None
    fmt: str | None
    force: bool
    reference_docx: Path | None
    page_size: str | None


@click.command(epilog=EPILOG)
@click.argument("profile", type=click.Path(dir_okay=True, path_type=str))
@click.argument("job", type=str)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the letter here (default: stdout).")
@click.option("--format", "fmt", type=click.Choice(["md", "docx", "txt", "html", "pdf"]),
              help="Output format (default: from the output file's extension, else md).")
@click.option("--force", is_flag=True, help="Overwrite an existing output or report file.")
@click.option("--template", help="Letter template: a name (default, concise, academic, or your own) or a path.")
@click.option("--template-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Look for templates here before the user directory and the built-ins.")
@click.option("--reference-docx", type=click.Path(dir_okay=False, path_type=Path),
              help="Take styles, margins, header and footer (a letterhead) from this Word file.")
@click.option("--page-size", type=click.Choice(["A4", "Letter"], case_sensitive=False),
              help="Paper for DOCX, PDF and HTML (default: Letter for a sender in the US or Canada, else A4).")
@click.option("--date", "letter_date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Date the letter YYYY-MM-DD (default: today).")
@click.option("--company", help="The employer's name, when the posting's is missing or wrong.")
@click.option("--title", help="The role's title, when the posting's is missing or wrong.")
@click.option("--contact", help='The person to write to, with a title for a formal greeting: "Frau Schmidt" '
                                '("Sehr geehrte Frau Schmidt,"), "Ms. Lee", "Mme Dupont"; a bare name is greeted '
                                "in the language's gender-neutral form.")
@click.option("--gaps", type=click.Choice(["omit", "acknowledge", "adjacent"]), default="omit", show_default=True,
              help="What to say about requirements the profile does not cover.")
@click.option("--stories", type=click.Path(dir_okay=False, path_type=Path),
              help="A story bank (Markdown, one '## Title' per story): the best-fitting stories go in verbatim.")
@click.option("--words", type=WORD_BAND, default="250-400", show_default=True,
              help="Length band of the body in words.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any claim is unsupported or any check fails.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the coverage matrix, claims and checks to this JSON file.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the letter (as structured data), its match and its checks as JSON on stdout.")
@click.option("--offline", is_flag=True, help="Write from the letter template alone; call no model.")
@click.option("--model", help="Model name (env COVERLETTER_MODEL).")
@click.option("--base-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (env OPENAI_BASE_URL).")
@click.option("--api-key", help="API key (env OPENAI_API_KEY). Never printed.")
@click.option("--local", is_flag=True, help="Run a GGUF model on this machine (needs coverletter[local]).")
@click.option("--model-path", type=click.Path(dir_okay=False, path_type=str),
              help="GGUF file for --local (or model_path in config.toml); \"smollm2\": the bundled test model.")
@click.option("--temperature", type=float, help="Sampling temperature.")
@click.option("--timeout", type=click.FloatRange(min=1), help="Seconds to wait for the model's answer.")
@click.option("--seed", type=int, help="Sampling seed, for repeatable output where the server supports it.")
@click.option("--language", help="Write in this language (en, de, fr, es, it, nl, pt); default: the posting's. "
              "Offline, the frame (salutation, subject, date, closing) follows it and the body is English for now.")
@click.option("--keep-flagged", is_flag=True, help="Keep claims still unsupported after revision, flagged.")
@click.option("--no-stream", is_flag=True, help="Do not stream the model's tokens to the terminal.")
@click.option("--dry-run", is_flag=True, help="Print the messages that would be sent and their token count.")
@click.option("--fallback", type=click.Choice(["offline", "none"]), default="offline", show_default=True,
              help="When the model's letter fails the quality gate (off-topic, nothing from the CV, mostly "
                   "unsupported, repeating, far too short): write the offline letter instead, saying so, or fail.")
@gather(out=OutputFlags, letter=LetterFlags, model=ModelFlags)
def generate(
    profile: str,
    job: str,
    out: OutputFlags,
    letter: LetterFlags,
    model: ModelFlags,
    strict: bool,
    report_path: Path | None,
    as_json: bool,
    dry_run: bool,
    fallback: str,
) -> None:
    """Write a cover letter for PROFILE (JSON Resume or rendercv YAML) and JOB (a file, a URL or - for stdin).

    With no API key and no base URL configured, the letter is written offline from a template. The letter is
    checked against the profile and the posting, and a summary of the checks goes to stderr.
    """
    console = stderr_console()
    inputs = [profile, job, *(p for p in (out.reference_docx, letter.template) if p)]
    fmt = _check_outputs(console, out, report_path, inputs)
    if not dry_run:
        _check_renderer(fmt, out.reference_docx)
    settings = model.settings()
    options = letter.options(fallback=fallback)
    if dry_run:
        _dry_run(profile, job, settings, options)
        return
    streaming = settings.mode != "offline" and options.stream
    result = run_generate(
        profile, job, settings, options,
        on_token=(lambda text: console.print(text, end="", markup=False, highlight=False)) if streaming else None,
        on_notice=lambda text: console.print(text, style="yellow", markup=False),
        on_warnings=lambda found: _print_warnings(console, found),
    )
    if streaming:
        console.print()
    if settings.mode == "offline" and not model.offline:  # with --offline the user chose it: nothing to explain
        console.print("Wrote offline from a letter template (no API key or base URL configured); "
                      "set OPENAI_API_KEY or pass --base-url or --local to use a model.", style="dim", markup=False)
    _print_notes(console, result)
    pages = None
    if out.output is not None or not as_json:
        rendered = render_measured(result.letter, fmt, reference_docx=out.reference_docx, page_size=out.page_size)
        pages = rendered.pages
        if out.output is None:
            click.echo(rendered.data.decode("utf-8"), nl=False)
        else:
            atomic_write(out.output, rendered.data, force=out.force)
    if as_json:
        echo_json({"letter": result.letter.to_dict(), **result.report_dict()})
    if report_path is not None:
        atomic_write(report_path, json.dumps(result.report_dict(), indent=2, ensure_ascii=False) + "\n",
                     force=out.force)
    _summarise(console, result, out.output, fmt, pages)
    if strict and not result.report.ok:
        raise CheckFailed("the letter failed its checks (--strict); see the summary above")


def _check_outputs(console: Console, out: OutputFlags, report_path: Path | None, inputs: list[Any]) -> str:
    """The output format; refuses DOCX or PDF without a file, and says what will be overwritten or ignored."""
    fmt = format_for_path(out.output, out.fmt)
    if out.output is None and fmt in ("docx", "pdf"):
        raise OutputError(f"{fmt.upper()} output needs a file", hint=f"pass -o letter.{fmt}")
    if out.reference_docx is not None and fmt not in ("docx", "pdf"):
        console.print(f"--reference-docx applies to DOCX and PDF only; ignored for {fmt}", style="yellow",
                      markup=False)
    for notice in check_outputs([("-o", out.output), ("--report", report_path)], inputs, force=out.force):
        console.print(notice, style="yellow", markup=False)
    return fmt


def _check_renderer(fmt: str, reference_docx: Path | None) -> None:
    """Before any work (or a paid model call): the reference document opens and PDF has its converter."""
    if fmt in ("docx", "pdf") and reference_docx is not None:
        check_reference_docx(reference_docx)
    if fmt == "pdf":
        check_pdf_converter()


def _print_warnings(console: Console, warnings: list[str]) -> None:
    """The profile's warnings, as soon as the profile is read (before any model's text)."""
    for warning in summarize_warnings(warnings):
        console.print(f"profile: {warning}", style="dim", markup=False, highlight=False)


def _print_notes(console: Console, result: GenerateResult) -> None:
    """The posting's employer notice, the fit and eligibility notes, and the stories used, before the summary."""
    if (notice := result.job.employer_notice()) is not None:
        console.print(f"job: {notice}", style="yellow", markup=False, highlight=False)
    for notice in result.letter.meta.fit_notices:
        console.print(f"note: {notice}", style="yellow", markup=False, highlight=False)
    if result.letter.meta.stories:
        console.print(f"stories used: {', '.join(result.letter.meta.stories)}", style="dim", markup=False)


def _dry_run(profile: str, job: str, settings: Settings, options: GenerateOptions) -> None:
    """Print the messages that would be sent, and their token count; call nothing."""
    loaded_profile, loaded_job, matched = prepare(profile, job, options)
    plan = dry_run(loaded_profile, loaded_job, matched, settings, options)
    for message in plan.messages:
        click.echo(f"--- {message['role']} ---")
        click.echo(message["content"])
    click.echo(f"--- {plan.token_count} tokens (estimated); evidence kept {plan.evidence_kept}, "
               f"dropped {plan.evidence_dropped} for the token budget ---")


def _summarise(console: Console, result: GenerateResult, output: Path | None, fmt: str,
               pages: float | None) -> None:
    """One short block on stderr: where the letter went, its length, and what the checks found."""
    report, letter = result.report, result.letter
    failed = [c for c in report.checks if not c.ok]
    where = f"Wrote {output} ({fmt})" if output else "Letter"
    if result.llm is not None and result.llm.rejected:
        where += " (from the offline template: the model's letter was not usable)"
    line = (f"{where}: {letter.word_count} words in the body; claims supported "
            f"{len(report.claims) - len(report.unsupported)}/{len(report.claims)}")
    line += "; all checks passed" if not failed else f"; {len(failed)} check(s) failed"
    console.print(line, markup=False)
    if result.llm is not None and result.llm.usage:
        usage = result.llm.usage
        tokens = f"  tokens: {usage.get('prompt_tokens', 0)} in, {usage.get('completion_tokens', 0)} out"
        if result.llm.cost_usd is not None:
            tokens += f"; estimated cost ${result.llm.cost_usd:.4f}"
        console.print(tokens, markup=False)
    for claim in report.unsupported:
        where = f" in: {claim.sentence}" if claim.sentence and claim.sentence != claim.text else ""
        console.print(f"  unsupported {claim.kind}: {claim.text}{where}", markup=False)
    for check in failed:
        console.print(f"  {check.name}: {check.detail}", markup=False)
    if pages is not None and pages > 1:
        console.print(f"  warning: the letter probably runs past one page ({pages:.1f} pages)", markup=False)

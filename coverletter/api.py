"""The public library API: the one face of coverletter, used by the CLI and by scripts.

load_profile, load_job, match, write (offline or with a model), check, render, generate (all of it in one
call), and the template helpers. Each takes plain data and gives plain data; nothing here prints. Heavy
optional modules (openai, docx, pypdf, trafilatura) stay lazy inside the stages that need them, so importing
this module is cheap.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .check import CheckReport, check_letter
from .datamodel import from_dict
from .errors import OutputError, ParseError, TemplateError
from .files import atomic_write, check_outputs, number_problem, read_text
from .job import load_job as _load_job
from .job.model import Job
from .letter import Letter
from .match import Match, match_profile
from .paths import data_file
from .pipeline import GenerateOptions, GenerateResult, generate, prepare
from .pipeline import write as _write
from .profile import ValidationIssue, summarize_warnings, validate_profile
from .profile import load_profile as _load_profile
from .profile import read_profile as _read_profile
from .profile.model import Profile
from .profile.readers import CVReading
from .render import Rendered, format_for_path, render_measured
from .render import render as _render
from .settings import Settings, config_path, describe_settings, resolve_settings
from .templating.checker import Problem
from .templating.checker import check_template as _check_template
from .templating.lookup import TemplateInfo, copy_template, list_templates, resolve_template, template_name
from .write import context as _letter_context  # noqa: F401  registers the letter templates' schema
from .write.composer import compose_letter
from .write.stories import Story
from .write.stories import load_stories as _load_stories

if TYPE_CHECKING:
    from .batch import BatchEvent, BatchOptions, BatchResult, LetterRecord, PostingInput, expand_postings, run_batch
    from .write.llm_writer import DryRun, LLMResult

__all__ = [
    "BatchEvent",
    "BatchOptions",
    "BatchResult",
    "CheckReport",
    "DryRun",
    "GenerateOptions",
    "GenerateResult",
    "Job",
    "LLMResult",
    "Letter",
    "LetterRecord",
    "Match",
    "PostingInput",
    "Problem",
    "Profile",
    "Rendered",
    "Settings",
    "Story",
    "TemplateInfo",
    "ValidationIssue",
    "atomic_write",
    "check",
    "check_outputs",
    "check_pdf_converter",
    "check_reference_docx",
    "check_stories",
    "check_template",
    "compose",
    "config_path",
    "copy_template",
    "describe_settings",
    "dry_run",
    "expand_postings",
    "format_for_path",
    "generate",
    "import_profile",
    "list_templates",
    "load_job",
    "load_letter",
    "load_profile",
    "load_stories",
    "match",
    "prepare",
    "read_template",
    "read_text",
    "render",
    "render_measured",
    "resolve_settings",
    "resolve_template",
    "run_batch",
    "summarize_warnings",
    "template_name",
    "validate_profile",
    "write",
]


# Names imported on first use, so an offline letter does not pay at start-up for the batch's modules or the
# model writer's (prompt, client, reply parsing).
_BATCH_NAMES = ("BatchEvent", "BatchOptions", "BatchResult", "LetterRecord", "PostingInput", "expand_postings",
                "run_batch")
_MODEL_NAMES = ("DryRun", "LLMResult")


def __getattr__(name: str) -> object:
    if name in _BATCH_NAMES:
        from . import batch

        return getattr(batch, name)
    if name in _MODEL_NAMES:
        from .write import llm_writer

        return getattr(llm_writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_profile(path: str | Path) -> Profile:
    """Read a profile: JSON Resume, rendercv, or a CV in Markdown, text, LaTeX, PDF, DOCX, a LinkedIn export."""
    return _load_profile(path)


def import_profile(path: str | Path, *, settings: Settings | None = None) -> tuple[Profile, CVReading]:
    """Read a CV of any supported format; the Profile and the reading (format found, parts left unread).

    With ``settings`` for a model, the model is asked for the JSON Resume fields too; only values the CV's text
    holds are kept (``reading.dropped`` lists the others, ``reading.notes`` what the model added). A server that
    cannot be reached is an LLMError."""
    profile, reading = _read_profile(path)
    if settings is None:
        return profile, reading
    from .profile import profile_from_data
    from .write.client import ChatClient
    from .write.cv_assist import assist_reading

    with ChatClient(settings) as client:
        helped = assist_reading(reading, client)
    if helped.data is reading.data:
        return profile, helped
    return profile_from_data(helped.data, source=profile.source or str(path), lenient=True), helped


def load_job(source: str | Path, *, company: str | None = None, title: str | None = None) -> Job:
    """Read a job posting from a file, a URL or "-" (stdin); company and title override what is found."""
    return _load_job(source, company=company, title=title)


def match(profile: Profile, job: Job) -> Match:
    """Rank the profile's evidence for each requirement and key skill of the posting."""
    return match_profile(profile, job)


def compose(
    profile: Profile,
    job: Job,
    matched: Match | None = None,
    *,
    template: str | None = None,
    template_dir: str | Path | None = None,
    gaps: str = "omit",
    language: str | None = None,
    words: tuple[int, int] = (250, 400),
    today: datetime.date | None = None,
) -> Letter:
    """Write a letter offline from a Jinja letter template (the body), in a frame from code and the profile."""
    return compose_letter(profile, job, matched or match(profile, job), template=template,
                          template_dir=template_dir, gaps=gaps, language=language, words=words, today=today)


def write(
    profile: Profile,
    job: Job,
    matched: Match | None = None,
    settings: Settings | None = None,
    options: GenerateOptions | None = None,
) -> Letter:
    """Write a letter: offline from a template (no settings, or offline settings), else with the model in
    settings, checked and revised once."""
    settings = settings or resolve_settings(offline=True)
    letter, _ = _write(profile, job, matched or match(profile, job), settings, options or GenerateOptions())
    return letter


def check(
    letter: Letter | str,
    profile: Profile,
    job: Job,
    *,
    words: tuple[int, int] = (250, 400),
) -> CheckReport:
    """Find the claims in a letter and mark each supported (with its evidence id) or unsupported."""
    return check_letter(letter, profile, job, words=words)


def load_stories(path: str | Path) -> list[Story]:
    """The stories of a story bank (Markdown, one ``## Title`` per story, an optional ``tags:`` line)."""
    return _load_stories(path)


def check_stories(stories: list[Story], profile: Profile) -> list[tuple[Story, CheckReport]]:
    """Each story's claims checked against the profile alone (a story must be true whatever the posting)."""
    nobody = Job(raw_text="", source="stories")
    return [(story, check_letter(story.text, profile, nobody, words=(0, 10_000))) for story in stories]


def load_letter(path: str | Path) -> Letter | str:
    """A letter file: a Letter when it holds a Letter as JSON (as ``--json``/``to_dict`` give it), else its text
    (Markdown or plain text, which the checker reads between the salutation and the closing)."""
    text = read_text(path, what="letter")
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return text
        except (ValueError, RecursionError) as exc:  # a number too long, or nested too deeply
            raise ParseError("not a letter: " + ("nested too deeply" if isinstance(exc, RecursionError)
                                                  else number_problem(exc)), path=str(path)) from None
        if isinstance(data, dict) and isinstance(data.get("paragraphs"), list):
            return from_dict(Letter, data)
    return text


def render(letter: Letter, fmt: str, **options: object) -> bytes:
    """Render a letter to bytes in a format: md, docx, txt, html, pdf."""
    return _render(letter, fmt, **options)


def dry_run(profile: Profile, job: Job, matched: Match, settings: Settings, options: GenerateOptions) -> DryRun:
    """The messages a model would be sent for this letter, and their token count; nothing is sent."""
    from .write.llm_writer import dry_run as _dry_run

    return _dry_run(profile, job, matched, settings, gaps=options.gaps, language=options.language,
                    words=options.words)


def check_reference_docx(path: str | Path) -> None:
    """Raise InputError unless path is a Word document that --reference-docx can use (python-docx loads here)."""
    from .render.docx import open_reference

    open_reference(path)


def check_pdf_converter() -> None:
    """Raise OutputError when PDF output cannot be made here (no LibreOffice on PATH)."""
    from .render.pdf import MISSING, find_office

    if find_office() is None:
        raise OutputError(MISSING)


def check_template(path: str | Path, kind: str = "letters") -> list[Problem]:
    """Problems in a template file against the context that write/ documents for its kind; a letter template
    that reads well is then rendered with sample data (under the render limits), and a failure is a problem."""
    from .write import prompt  # noqa: F401  registers the prompt templates' schema

    problems = _check_template(path, kind)
    if problems or kind != "letters":
        return problems
    profile = _load_profile(data_file("sample-profile.json"))
    job = _load_job(data_file("sample-posting.txt"))
    try:
        compose_letter(profile, job, match_profile(profile, job), template=str(path), today=datetime.date(2026, 1, 5))
    except TemplateError as error:
        where = str(error.path or path).rsplit(":", 1)[0] if getattr(error, "line", None) else str(error.path or path)
        return [Problem(where, getattr(error, "line", None), f"fails with sample data: {error.message}")]
    return []


def read_template(name: str, *, kind: str = "letters", template_dir: str | Path | None = None) -> str:
    """The source of the template a name finds (the lookup order of ``templates``)."""
    return read_text(resolve_template(name, kind=kind, template_dir=template_dir), what="template")

"""One letter, drafted: the pipeline's ``generate`` and the renderer, giving the file's bytes and what the
manifest keeps of it. Plain data, so an offline batch can draft in worker processes and write in the parent."""

from __future__ import annotations

import signal
from dataclasses import field
from pathlib import Path
from typing import Any

from ..datamodel import model
from ..errors import CoverLetterError
from ..pipeline import GenerateOptions, generate, prepare
from ..render import render_measured
from ..settings import Settings
from .repetition import body_sentences


@model
class DraftJob:
    """What drafting one letter needs."""

    profile_path: str | Path
    source: str
    settings: Settings
    options: GenerateOptions
    fmt: str = "md"
    reference_docx: Path | None = None
    page_size: str | None = None
    prepared: Any = None  # the posting read and matched in a worker process (pipeline.prepare's result)


@model
class Drafted:
    """A letter rendered to bytes, and the facts about it that the manifest records."""

    data: bytes
    employer: str | None
    role: str | None
    mode: str
    match_score: float
    words: int
    checks_ok: bool
    checks_failed: list[str]
    claims: int
    unsupported: int
    sentences: list[str]
    model: str | None = None
    tokens: dict[str, int] | None = None
    cost_usd: float | None = None
    notices: list[str] = field(default_factory=list)


def draft(job: DraftJob, client: Any = None) -> Drafted:
    """Generate and render one letter (``client``: a model client shared by the batch's threads)."""
    result = generate(job.profile_path, job.source, job.settings, job.options, client=client, prepared=job.prepared)
    rendered = render_measured(result.letter, job.fmt, reference_docx=job.reference_docx, page_size=job.page_size)
    report, llm = result.report, result.llm
    return Drafted(
        data=rendered.data, employer=result.job.company, role=result.job.title, mode=result.mode,
        match_score=round(result.match.score, 3), words=result.letter.word_count, checks_ok=report.ok,
        checks_failed=[c.name for c in report.failed], claims=len(report.claims),
        unsupported=len(report.unsupported), sentences=body_sentences(result.letter.body),
        model=llm.model if llm else None, tokens=llm.usage if llm else None, cost_usd=llm.cost_usd if llm else None,
        notices=list(result.notices),
    )


def draft_in_worker(job: DraftJob) -> Drafted | str:
    """``draft`` in a worker process: a user's error comes back as its one line instead of being raised."""
    try:
        return draft(job)
    except CoverLetterError as error:
        return str(error)


def prepare_in_worker(profile_path: str | Path, source: str, options: GenerateOptions) -> Any:
    """``pipeline.prepare`` in a worker process: (profile, job, match), or a user's error as its one line."""
    try:
        return prepare(profile_path, source, options)
    except CoverLetterError as error:
        return str(error)


def ignore_interrupts() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the batch and writes whatever is whole."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

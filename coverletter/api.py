"""The public library API: load, match, compose or write with a model, check, render.

Each stage takes plain data and gives plain data; nothing here prints. Heavy modules (openai, docx)
are imported inside the functions that need them.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .check.report import CheckReport
    from .job.model import Job
    from .letter import Letter
    from .match.coverage import Match
    from .profile.model import Profile


def load_profile(path: str | Path) -> Profile:
    """Read a profile: JSON Resume (.json, .yaml, .yml) or a rendercv YAML CV."""
    from .profile import load_profile as _load

    return _load(path)


def load_job(source: str | Path, *, company: str | None = None, title: str | None = None) -> Job:
    """Read a job posting from a file, a URL or "-" (stdin); company and title override what is found."""
    from .job import load_job as _load

    return _load(source, company=company, title=title)


def match(profile: Profile, job: Job) -> Match:
    """Rank the profile's evidence for each requirement and key skill of the posting."""
    from .match.coverage import match_profile

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
    from .write.composer import compose_letter

    return compose_letter(
        profile,
        job,
        matched or match(profile, job),
        template=template,
        template_dir=template_dir,
        gaps=gaps,
        language=language,
        words=words,
        today=today,
    )


def check(
    letter: Letter | str,
    profile: Profile,
    job: Job,
    *,
    words: tuple[int, int] = (250, 400),
) -> CheckReport:
    """Find the claims in a letter and mark each supported (with its evidence id) or unsupported."""
    from .check.report import check_letter

    return check_letter(letter, profile, job, words=words)


def render(letter: Letter, fmt: str, **options: object) -> bytes:
    """Render a letter to bytes in a format: md, docx, txt, html, pdf."""
    from .render import render as _render

    return _render(letter, fmt, **options)

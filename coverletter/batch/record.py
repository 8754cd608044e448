"""What decides whether a posting's letter must be written again (its input hash), and its manifest line."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import CoverLetterError
from ..pipeline import GenerateOptions
from ..settings import Settings
from ..templating.lookup import resolve_template
from .draft import Drafted
from .inputs import PostingInput
from .manifest import LetterRecord


def _file_bytes(path: str | Path | None) -> bytes:
    if path is None:
        return b""
    try:
        return Path(path).read_bytes()
    except OSError:
        return str(path).encode()


def _template_bytes(options: GenerateOptions) -> bytes:
    try:
        return _file_bytes(resolve_template(options.template or "default", template_dir=options.template_dir))
    except CoverLetterError:
        return str(options.template).encode()  # generate reports it


def model_settings(settings: Settings) -> dict[str, Any]:
    """The settings that shape a model's letter (none offline); never the key."""
    if settings.mode == "offline":
        return {}
    return {"model": settings.effective_model, "base_url": settings.base_url, "temperature": settings.temperature,
            "seed": settings.seed, "local": settings.local}


def input_hash(profile_path: str | Path, posting: PostingInput, settings: Settings, options: GenerateOptions,
               render: dict[str, Any]) -> str:
    """SHA-256 of everything a letter depends on: the profile, the posting (a URL by its address), the template,
    the options and the model settings. The date counts only when given: a letter is not redone for a new day."""
    digest = hashlib.sha256()
    digest.update(_file_bytes(profile_path))
    digest.update(b"\0")
    digest.update(posting.source.encode() if posting.is_url else _file_bytes(posting.source))
    digest.update(b"\0")
    digest.update(_template_bytes(options))
    digest.update(b"\0")
    digest.update(_file_bytes(options.stories))
    shape = {
        "company": posting.company or options.company, "title": posting.title or options.title,
        "template": str(options.template), "stories": str(options.stories), "gaps": options.gaps,
        "words": list(options.words),
        "language": options.language, "keep_flagged": options.keep_flagged,
        "today": options.today.isoformat() if options.today else None, "mode": settings.mode,
        "settings": model_settings(settings), "version": __version__,
        "render": {k: str(v) if v is not None else None for k, v in render.items()},
    }
    digest.update(json.dumps(shape, sort_keys=True).encode())
    return digest.hexdigest()


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def done_record(posting: PostingInput, digest: str, drafted: Drafted, settings: Settings,
                options: GenerateOptions, output: str, output_sha: str, seconds: float) -> LetterRecord:
    """The manifest line of a letter written."""
    return LetterRecord(
        key=posting.key, source=posting.source, input_hash=digest, status="done", time=now(),
        employer=drafted.employer, role=drafted.role, template=options.template or "default", mode=drafted.mode,
        model=drafted.model, settings=model_settings(settings), match_score=drafted.match_score,
        words=drafted.words, checks_ok=drafted.checks_ok, checks_failed=drafted.checks_failed,
        claims=drafted.claims, unsupported=drafted.unsupported, tokens=drafted.tokens, cost_usd=drafted.cost_usd,
        output=output, output_sha256=output_sha, seconds=round(seconds, 3), sentences=drafted.sentences,
    )


def failed_record(posting: PostingInput, digest: str, error: str, seconds: float,
                  previous: LetterRecord | None) -> LetterRecord:
    """The manifest line of a posting that failed (its earlier letter, if any, is kept on disk and named)."""
    return LetterRecord(key=posting.key, source=posting.source, input_hash=digest, status="failed", time=now(),
                        employer=previous.employer if previous else None,
                        role=previous.role if previous else None,
                        output=previous.output if previous else None,
                        output_sha256=previous.output_sha256 if previous else None,
                        seconds=round(seconds, 3), error=error)

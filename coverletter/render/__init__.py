"""Render a Letter to bytes: Markdown, Word (.docx), plain text, HTML or PDF.

Each format lives in its own module, imported only when that format is asked for, so the CLI starts without
python-docx. ``format_for_path`` picks the format from an explicit choice or the output file's extension.
"""

from __future__ import annotations

import dataclasses
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..datamodel import model
from ..errors import OutputError
from ..text import without_controls

if TYPE_CHECKING:
    from ..letter import Letter

FORMATS = ("md", "docx", "txt", "html", "pdf")
EXTENSIONS = {
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
_MODULES = {"md": "markdown", "txt": "text", "html": "html", "docx": "docx", "pdf": "pdf"}
_KNOWN = ", ".join(sorted(EXTENSIONS))


def format_for_path(path: str | Path | None, fmt: str | None) -> str:
    """The output format: ``fmt`` when given, else from the extension of ``path``, else Markdown (stdout)."""
    if fmt:
        chosen = fmt.strip().lower().lstrip(".")
        chosen = {"markdown": "md", "text": "txt", "htm": "html", "word": "docx"}.get(chosen, chosen)
        if chosen not in FORMATS:
            raise OutputError(f"unknown output format {fmt!r}", hint=f"choose one of {', '.join(FORMATS)}")
        return chosen
    if path is None or str(path) == "-":
        return "md"
    suffix = Path(path).suffix.lower()
    if not suffix:
        raise OutputError("has no extension, so the format is unknown", path=str(path),
                          hint=f"name it with one of {_KNOWN} or pass --format ({', '.join(FORMATS)})")
    if suffix not in EXTENSIONS:
        raise OutputError(f"unknown output extension {suffix!r}", path=str(path),
                          hint=f"use one of {_KNOWN} or pass --format ({', '.join(FORMATS)})")
    return EXTENSIONS[suffix]


def render(
    letter: Letter,
    fmt: str,
    *,
    reference_docx: str | Path | None = None,
    page_size: str | None = None,
) -> bytes:
    """Render a letter in one of FORMATS.

    ``reference_docx`` (docx, pdf) takes styles, page set-up, header and footer from the user's Word file;
    ``page_size`` (docx, pdf) is "A4" or "Letter" (default: Letter for US and Canadian English, else A4).
    ``reference_docx`` is ignored by md, txt and html, and ``page_size`` by md and txt. The letter is never
    changed; ``render_measured`` also gives the page count.
    """
    return render_measured(letter, fmt, reference_docx=reference_docx, page_size=page_size).data


@model(frozen=True)
class Rendered:
    """A rendered letter and what the renderer measured: pages for docx (estimated) and pdf (counted)."""

    data: bytes
    pages: float | None = None


def render_measured(
    letter: Letter,
    fmt: str,
    *,
    reference_docx: str | Path | None = None,
    page_size: str | None = None,
) -> Rendered:
    """Render a letter like ``render``, with the page count for docx and pdf, so a caller can warn when a
    letter runs past one page."""
    chosen = format_for_path(None, fmt)
    letter = _without_controls(letter)  # a copy: ESC, BEL and the like are never written
    module = import_module(f".{_MODULES[chosen]}", __name__)  # docx and pdf import python-docx: only when asked
    if chosen in ("md", "txt"):
        return Rendered(module.render(letter))
    if chosen == "html":
        return Rendered(module.render(letter, page_size=page_size))
    data, pages = module.render_measured(letter, reference_docx=reference_docx, page_size=page_size)
    return Rendered(data, pages)


def _without_controls(value: Any) -> Any:
    """A copy of a Letter (or any of its parts) with control characters taken out of every string."""
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, list):
        return [_without_controls(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_without_controls(v) for v in value)
    if isinstance(value, dict):
        return {k: _without_controls(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _without_controls(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


__all__ = ["EXTENSIONS", "FORMATS", "Rendered", "format_for_path", "render", "render_measured"]

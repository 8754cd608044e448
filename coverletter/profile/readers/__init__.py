"""CVs in the formats people keep, read into JSON Resume data, the format found from the content.

PDF (``%PDF``), DOCX and LinkedIn's data export (zip files, told apart by what they hold), LaTeX
(``\\documentclass`` or ``\\begin{document}``), JSON/YAML (JSON Resume and rendercv go on unchanged; older
or look-alike shapes through ``coverletter.profile.shapes``), and anything else as Markdown or plain text.
Every value in the result is text of the CV; what was not understood is listed in ``CVReading.unread``.
"""

from __future__ import annotations

import io
import re
from dataclasses import field
from pathlib import Path
from typing import Any

from ...datamodel import model
from ...errors import InputError, ParseError, ProfileError
from ...files import STDIN, decode_text, looks_binary, parse_json, read_bytes
from ..rendercv import is_rendercv
from ..shapes import convert_section_list, convert_shape, is_jsonresume_like, is_section_list
from ..source import describe, display_name, parse_yaml, to_json_data
from .cache import CACHED_KINDS, cache_get, cache_put

STRUCTURED_SUFFIXES = {".json", ".yaml", ".yml"}
#: Top-level keys that make a loosely detected YAML/JSON text a structured CV rather than prose.
KNOWN_KEYS = {"basics", "cv", "work", "education", "skills", "experience", "employment", "info", "contact",
              "meta", "projects", "volunteer", "basic"}


@model
class CVReading:
    """A CV read into JSON Resume data: the data, the format found, and what was left unread."""

    data: dict[str, Any]
    kind: str
    unread: list[str] = field(default_factory=list)
    #: the CV's text as the readers saw it (markup removed); empty for JSON/YAML and LinkedIn exports
    text: str = ""
    #: with a model's help (``coverletter.write.cv_assist``): what it added, and its values not found in the CV
    notes: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def detect_kind(path: str | Path, raw: bytes) -> str:
    """'pdf', 'docx', 'linkedin', 'latex', 'structured' or 'text', from the bytes (extension as a tie-break)."""
    if raw.startswith(b"%PDF"):
        return "pdf"
    if raw.startswith(b"PK"):
        import zipfile  # only for a file that may be a .docx

        names = zipfile.ZipFile(io.BytesIO(raw)).namelist()
        if any(n.endswith("word/document.xml") for n in names):
            return "docx"
        if any(n.lower().endswith(("positions.csv", "profile.csv")) for n in names):
            return "linkedin"
        return "zip"
    head = raw[:4000].decode("utf-8", errors="replace")
    if re.search(r"\\documentclass|\\begin\{document\}", head) or head.count("\\section") >= 2:
        return "latex"
    suffix = Path(str(path)).suffix.lower() if str(path) != STDIN else ""
    stripped = head.lstrip()
    if suffix in STRUCTURED_SUFFIXES or stripped.startswith(("{", "[")):
        return "structured"
    if re.match(r"^[A-Za-z_][\w-]*:\s*(\S.*)?$", stripped.splitlines()[0] if stripped else "") and \
            not stripped.startswith(("http", "Email:", "E-mail:")):
        return "structured-or-text"
    if suffix == ".xml" or stripped.startswith("<?xml"):  # issue 16: not prose; refused, not read as text
        raise InputError("is XML, which is not read as a profile", path=display_name(path),
                         hint="give a CV: JSON Resume, rendercv, Markdown, text, PDF, DOCX, LaTeX or a LinkedIn export")
    return "text"


def read_cv(path: str | Path) -> CVReading:
    """Read any supported CV file into JSON Resume data (rendercv data is returned as it is, kind 'rendercv')."""
    name = display_name(path)
    raw = read_bytes(path, what="profile")
    if not raw.strip():
        raise InputError("is empty", path=name, hint="give a CV: JSON Resume, rendercv, Markdown, text, PDF, DOCX, "
                                                      "LaTeX or a LinkedIn export")
    kind = detect_kind(path, raw)
    if kind in CACHED_KINDS:
        cached = cache_get(raw)
        if cached is not None:
            return cached
        reading = _convert(raw, kind, name, path)
        cache_put(raw, reading)
        return reading
    return _convert(raw, kind, name, path)


def _convert(raw: bytes, kind: str, name: str, path: str | Path) -> CVReading:
    """The reading of one CV whose kind is known."""
    if kind in ("pdf", "docx"):
        from .binary import docx_text, pdf_texts

        texts = pdf_texts(raw) if kind == "pdf" else [docx_text(raw)]
        if not any(t.strip() for t in texts):
            raise ProfileError("has no text layer to read", path=name,
                               hint="export the CV again as a PDF with text, or give its DOCX/Markdown")
        return max((_from_text(t, kind) for t in texts), key=understood)
    if kind == "linkedin":
        from .linkedin import read_linkedin

        data, unread = read_linkedin(raw)
        return CVReading(data, kind, unread)
    if kind == "zip":
        raise ProfileError("is a zip file that is neither a DOCX nor a LinkedIn data export", path=name)
    if looks_binary(raw):
        raise InputError("is a binary file, not a CV this tool can read", path=name,
                         hint="give JSON Resume, rendercv, Markdown, text, PDF, DOCX, LaTeX or a LinkedIn export")
    text = decode_text(raw, path=path, what="profile")
    if kind == "latex":
        from .latex import latex_to_markdown

        return _from_text(latex_to_markdown(text), kind)
    reading = _structured(text, name, strict=kind == "structured")
    if reading is not None:
        return reading
    return _from_text(text, "text")


def understood(reading: CVReading) -> int:
    """How much of a CV a reading understood: two points a job with employer and title, one a job with one of
    them, one a degree with its school, one the name; of two readings of one PDF the first best is kept."""
    data = reading.data
    jobs = sum(bool(j.get("name")) + bool(j.get("position")) for j in data.get("work") or [])
    schools = sum(bool(e.get("institution")) for e in data.get("education") or [])
    return jobs + schools + bool((data.get("basics") or {}).get("name"))


def _from_text(text: str, kind: str) -> CVReading:
    from .text import parse_text  # a CV as text only: a JSON Resume never needs the text reader

    reading = parse_text(text, wrapped=kind != "docx")
    return CVReading(reading.data, kind, [f"line {n}: {t}" for n, t in reading.unread], text=text)


def _structured(text: str, name: str, *, strict: bool) -> CVReading | None:
    """JSON or YAML data as a CVReading; None when a loosely detected file is not structured after all."""
    try:
        data = parse_json(text, name) if text.lstrip().startswith(("{", "[")) else to_json_data(parse_yaml(text, name))
    except ParseError:
        if strict:
            raise
        return None
    if not strict and not (isinstance(data, dict) and KNOWN_KEYS & data.keys()) and not is_section_list(data):
        return None
    if isinstance(data, dict):
        if is_rendercv(data):
            return CVReading(data, "rendercv")
        if is_jsonresume_like(data):
            return CVReading(data, "jsonresume")
        converted, unread = convert_shape(data)
        return CVReading(converted, "look-alike", [f"key {k!r}" for k in unread])
    if is_section_list(data):
        converted, unread = convert_section_list(data)
        return CVReading(converted, "cv.yml", [f"section {t!r}" for t in unread])
    if strict and data is None:
        raise InputError("holds no data (only comments or blank lines)", path=name,
                         hint="write a JSON Resume or rendercv profile in it")
    if strict:
        raise ProfileError(
            f"the top level is {describe(data)}, not an object of sections", path=name,
            hint='a JSON Resume profile looks like {"basics": {"name": ...}, "work": [...]}; '
                 "a rendercv CV starts with cv:")
    return None

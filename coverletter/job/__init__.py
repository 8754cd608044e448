"""Job postings: read one from a file, a URL or stdin, whatever its form, into a Job.

``load_job`` picks the reader from the source: "-" is stdin, ``http(s)://`` is fetched, ``.html``/``.htm``
(or text that looks like HTML) goes to the HTML reader, ``.pdf`` (or ``%PDF`` data) to the PDF reader,
``.json`` to the JSON job reader, and anything else is text or Markdown, with optional front matter.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import InputError, JobError
from .model import Job

__all__ = ["Job", "load_job", "parse_text"]

_HTML_SNIFF = re.compile(r"\A\s*(?:<!doctype html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def _is_url(source: str) -> bool:
    return bool(re.match(r"^https?://", source, re.IGNORECASE))


def _looks_html(text: str) -> bool:
    head = text[:2048]
    if _HTML_SNIFF.match(head):
        return True
    tags = re.findall(r"</?(?:div|p|span|li|ul|h\d|section|article)\b", text[:20000], re.IGNORECASE)
    return head.lstrip().startswith("<") and len(tags) >= 5


def parse_text(text: str, *, source: str, source_format: str = "text", hints: dict[str, Any] | None = None) -> Job:
    """Text or Markdown with optional YAML/TOML front matter, parsed into a Job."""
    from .frontmatter import hints_from, split_front_matter
    from .text import parse_posting

    meta, body, kind = split_front_matter(text)
    merged = dict(hints_from(meta) if meta else {})
    if meta:  # the front matter's words, where an employer's full name may stand ("subtitle: University of Otago")
        merged["meta_text"] = "\n".join(str(v) for v in meta.values() if isinstance(v, str))
    merged.update(hints or {})
    fmt = "markdown" if kind or source_format == "markdown" else source_format
    job = parse_posting(body, source=source, source_format=fmt, hints=merged)
    job.raw_text = text
    if kind:
        job.extra["front_matter"] = kind
    return job


def _from_bytes(data: bytes, *, source: str, suffix: str, content_type: str | None = None) -> Job:
    from ..files import decode_text

    ctype = (content_type or "").casefold()
    if suffix == ".pdf" or data[:5] == b"%PDF-" or "application/pdf" in ctype:
        from .pdf import pdf_text
        from .text import parse_posting

        text = pdf_text(data, source=source)
        _require_text(text, source)
        return parse_posting(text, source=source, source_format="pdf")
    if suffix in _HTML_SUFFIXES or "html" in ctype:
        from .html import decode_html, parse_html

        text = decode_html(data, source=source, content_type=content_type)
        _require_text(text, source)
        return parse_html(text, source=source)
    text = decode_text(data, path=source, what="job posting")
    _require_text(text, source)
    _refuse_unknown_format(text, source, suffix, ctype)
    if suffix == ".json" or "json" in ctype:
        from .jsonjob import parse_json_job

        return parse_json_job(text, source=source)
    if suffix not in _MARKDOWN_SUFFIXES and _looks_html(text):
        from .html import parse_html

        return parse_html(text, source=source)
    return parse_text(text, source=source, source_format="markdown" if suffix in _MARKDOWN_SUFFIXES else "text")


_UNREAD_SUFFIXES = {".xml", ".rtf", ".csv", ".tsv", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".pages", ".eml"}
READ_FORMATS = "text (.txt), Markdown (.md), HTML, JSON, PDF"


def _refuse_unknown_format(text: str, source: str, suffix: str, ctype: str) -> None:
    """A format the readers do not know (XML, RTF, a spreadsheet saved as text) is refused, not read as prose."""
    head = text.lstrip()[:200].casefold()
    xml = head.startswith("<?xml") and "<html" not in text[:2000].casefold()
    if suffix in _UNREAD_SUFFIXES or xml or head.startswith("{\\rtf") or ctype.split(";")[0].strip() in (
            "application/xml", "text/xml"):
        kind = suffix.lstrip(".").upper() if suffix in _UNREAD_SUFFIXES else ("RTF" if head.startswith("{\\rtf")
                                                                             else "XML")
        raise InputError(f"is {kind}, which is not read as a job posting", path=source,
                         hint=f"save the posting as {READ_FORMATS}")


def _require_text(text: str, source: str) -> None:
    if not text.strip():
        where = "standard input" if source == "<stdin>" else "the file"
        raise JobError(f"the posting is empty; paste the job description into {where}", path=source)


def _detect_language(job: Job) -> str:
    from .language import detect_language

    sample = "\n".join([job.title or "", *job.about, *job.responsibilities, *job.requirements, *job.preferred])
    return detect_language(sample if sample.strip() else job.raw_text) or "en"


def load_job(source: str | Path, *, company: str | None = None, title: str | None = None) -> Job:
    """Read a job posting from a file, an http(s) URL or "-" (stdin).

    ``company`` and ``title`` override what the posting is read to say. Raises JobError for an empty file
    or text that holds no recognisable posting, InputError for a file that cannot be read.
    """
    from ..files import read_bytes

    name = str(source)
    if _is_url(name):
        from .fetch import fetch_url

        data, content_type = fetch_url(name)
        suffix = Path(name.split("?", 1)[0].split("#", 1)[0]).suffix.casefold()
        job = _from_bytes(data, source=name, suffix=suffix, content_type=content_type)
    else:
        data = read_bytes(source, what="job posting")
        suffix = "" if name == "-" else Path(name).suffix.casefold()
        label = "<stdin>" if name == "-" else name
        job = _from_bytes(data, source=label, suffix=suffix)

    from .text import is_posting

    if company is not None:
        job.company = company.strip() or None
        job.extra.update(company_from="--company", company_confidence="high")
    if title is not None:
        job.title = title.strip() or None
    if not is_posting(job):
        raise JobError(
            "no job posting found in it (no title, requirements or responsibilities)",
            path=job.source,
            hint="check that the file holds the job description",
        )
    job.language = _detect_language(job)
    return job

"""PDF postings: the text layer, with running headers, page numbers and wrapped lines tidied.

pypdf is imported only when a PDF is read. A PDF with no text layer (a scan), a password-protected one and a
broken one each give one line that says what to do instead.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import TYPE_CHECKING

from ..errors import JobError, ParseError

if TYPE_CHECKING:
    from .model import Job

_BULLET = re.compile(r"^\s*[•●▪◦■□▶►‣⁃∙·\uf0b7\uf0a7]\s*")
_PAGE_NUMBER = re.compile(r"^\s*(?:page|seite|página|pagina)?\s*\d+\s*(?:(?:of|/|von|de|sur|di)\s*\d+)?\s*$",
                          re.IGNORECASE)
_LIST_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|[a-z][.)]\s)")
_HYPHEN_BREAK = re.compile(r"(?<=[a-zäöüßéèàç])-\n(?=[a-zäöüßéèàç])")
_CONTINUES = re.compile(r"(?:[,;/(&–-]|\b(?:and|or|of|in|with|for|to|the|a|an|und|oder|et|ou|y|o))$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")
_PAGE_OF = re.compile(r"\b(?:page|seite|página|pagina)\s*\d+\s*(?:of|/|von|de|sur|di)\s*\d+\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?:;)]$")

NO_TEXT = "this PDF has no text layer (a scan?); run it through OCR, or copy the posting's text into a .txt file"


def _reader(data: bytes, source: str):  # -> pypdf.PdfReader
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError, PdfStreamError

    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise ParseError("is not a PDF (no %PDF header)", path=source,
                         hint="save the posting as PDF again, or give its HTML or text")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise ParseError("is an encrypted PDF that cannot be opened here", path=source,
                                 hint="print it to a new PDF without protection, or paste the posting's text") from exc
            if not unlocked:
                raise ParseError("is a password-protected PDF", path=source,
                                 hint="print it to a new PDF without a password, or paste the posting's text")
        _ = len(reader.pages)
    except ParseError:
        raise
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ParseError(f"is not a readable PDF ({exc})".replace("\n", " "), path=source,
                         hint="save the posting as PDF again, or give its HTML or text") from exc
    return reader


def _page_texts(reader, source: str) -> list[str]:
    texts = []
    for page in reader.pages:
        try:
            texts.append(page.extract_text() or "")
        except Exception:  # one damaged page should not lose the others; pypdf raises many kinds here
            texts.append("")
    return texts


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines that open or close most pages (running headers and footers)."""
    if len(pages) < 2:
        return set()
    edges = Counter()
    for lines in pages:
        content = [ln for ln in lines if ln.strip()]
        for line in {*content[:2], *content[-2:]}:
            edges[_DIGITS.sub("#", _SPACES.sub(" ", line).strip())] += 1
    return {line for line, n in edges.items() if n >= max(2, len(pages) // 2 + 1) and len(line) < 120}


def _is_heading(line: str, previous: str, following: str) -> bool:
    """A short line without sentence punctuation that opens a list or follows a finished sentence."""
    if not line or _LIST_START.match(line) or len(line) > 60 or len(line.split()) > 8:
        return False
    if line.endswith((".", ",", ";")) or not line[:1].isupper():
        return False
    if not previous or _LIST_START.match(following) or _LIST_START.match(previous):
        return True
    return bool(_SENTENCE_END.search(previous)) or len(previous) < 60


def _next_non_empty(lines: list[str]) -> list[str]:
    """For each line, the next non-empty line after it ("" for none), in one pass from the end."""
    out: list[str] = []
    following = ""
    for line in reversed(lines):
        out.append(following)
        if line:
            following = line
    return out[::-1]


def _unwrap(lines: list[str]) -> list[str]:
    """Join wrapped lines back into their bullet or paragraph; set headings apart with blank lines."""
    out: list[str] = []
    in_item = False
    stripped = [raw.strip() for raw in lines]
    for line, following in zip(stripped, _next_non_empty(stripped), strict=True):
        previous = out[-1] if out else ""
        if not line:
            out.append("")
            in_item = False
            continue
        if _LIST_START.match(line):
            out.append(line)
            in_item = True
            continue
        if _is_heading(line, previous, following):
            out.extend(["", line, ""] if previous else [line, ""])
            in_item = False
            continue
        wrapped = previous and not _SENTENCE_END.search(previous)
        if in_item and wrapped and (line[:1].islower() or _CONTINUES.search(previous)):
            out[-1] = f"{previous} {line}"
            continue
        if not in_item and wrapped and len(previous) >= 70 and not previous.startswith("#"):
            out[-1] = f"{previous} {line}"
            continue
        in_item = False
        out.append(line)
    return out


def tidy_pdf_text(page_texts: list[str]) -> str:
    """Pages' text as one posting: bullets as "- ", no page numbers or running headers, no broken words."""
    pages = [text.replace("\r\n", "\n").replace("\r", "\n").split("\n") for text in page_texts]
    running = _running_lines(pages)
    lines: list[str] = []
    for page in pages:
        for line in page:
            flat = _SPACES.sub(" ", line).strip()
            if (_DIGITS.sub("#", flat) in running or (_PAGE_NUMBER.match(flat) and flat)
                    or (len(flat) < 100 and _PAGE_OF.search(flat))):
                continue
            lines.append(_BULLET.sub("- ", flat) if _BULLET.match(flat) else flat)
        lines.append("")
    text = "\n".join(_unwrap(lines))
    text = _HYPHEN_BREAK.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def pdf_text(data: bytes, *, source: str) -> str:
    """The text layer of a PDF posting; JobError when it has none (a scan), ParseError when it cannot be read."""
    if not data.strip():
        raise JobError("is empty", path=source, hint="save the posting as PDF again, or paste its text")
    reader = _reader(data, source)
    text = tidy_pdf_text(_page_texts(reader, source))
    if len(re.sub(r"\W", "", text)) < 20:
        raise JobError(NO_TEXT, path=source)
    return text


def parse_pdf(data: bytes, *, source: str) -> Job:
    """A Job from a PDF posting's text layer."""
    from .text import parse_posting

    return parse_posting(pdf_text(data, source=source), source=source, source_format="pdf", hints={})

"""Text of PDF (a text layer, read with pypdf) and DOCX (python-docx) CVs, as Markdown-like lines."""

from __future__ import annotations

import io
import logging


def pdf_texts(data: bytes) -> list[str]:
    """The ways the PDF's text layer can be read, to be tried in turn: pypdf's plain order (the content
    stream's), pypdf's layout mode (lines as laid out on the page: keeps a heading with the entries under it),
    or, when pypdf runs the words together (a text layer whose word gaps are glyph offsets, not spaces),
    pdfminer.six, which puts a space where glyphs stand apart."""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = pypdf.PdfReader(io.BytesIO(data))
    texts = [_pages(reader, "plain"), _pages(reader, "layout")]
    if runs_together(texts[0]):
        mined = _pdfminer_text(data)
        if mined.strip() and not runs_together(mined):
            return [mined]
    return [t for t in texts if t.strip()] or [""]


def _pages(reader: object, mode: str) -> str:
    pages = []
    for page in reader.pages:  # type: ignore[attr-defined]
        try:
            pages.append(page.extract_text(extraction_mode=mode) or "")
        except Exception:
            pages.append("")
    return "\n".join(pages)


def _pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        return extract_text(io.BytesIO(data))
    except Exception:
        return ""


def runs_together(text: str) -> bool:
    """True when words run together: a fifth or more of the letters stand in 'words' of 20 letters or more
    that are no web or mail address ("Enthusiasticgeoscientist,dynamicleader,and...")."""
    letters = long = 0
    for token in text.split():
        count = sum(ch.isalpha() for ch in token)
        letters += count
        if count >= 20 and not any(mark in token for mark in ("/", "@", "www.")):
            long += count
    return letters > 0 and long / letters >= 0.2


def docx_text(data: bytes) -> str:
    """The DOCX's paragraphs and table cells; Word headings become Markdown headings."""
    import docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        text = paragraph.text
        if style.startswith(("heading 1", "heading 2", "title")):
            text = "## " + text
        elif style.startswith("heading"):
            text = "### " + text
        elif "list" in style:
            text = "- " + text
        lines.append(text)
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)

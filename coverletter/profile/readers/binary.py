"""Text of PDF (a text layer, read with pypdf) and DOCX (python-docx) CVs, as Markdown-like lines."""

from __future__ import annotations

import io
import logging


def pdf_text(data: bytes) -> str:
    """The PDF's text layer in reading order (layout mode keeps two columns apart), page after page."""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = []
    for page in reader.pages:
        try:
            pages.append(page.extract_text() or "")
        except Exception:
            pages.append("")
    return "\n".join(pages)


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

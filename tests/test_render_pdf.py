"""PDF through LibreOffice: one page for a normal letter, the letter's text and links, a clear error without it."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_render_docx import BODY_400, build_reference, make_letter

from coverletter.errors import OutputError
from coverletter.render import render, render_measured
from coverletter.render.pdf import MISSING

needs_office = pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                                  reason="LibreOffice (soffice) is not installed")


def _has_carlito() -> bool:
    """True when Calibri's metric-compatible stand-in is installed, so Word's line breaks are reproduced."""
    if shutil.which("fc-match") is None:
        return False
    found = subprocess.run(["fc-match", "Calibri"], capture_output=True, text=True, check=False).stdout
    return "Carlito" in found


def first_words(count: int) -> str:
    """The first words of the 400-word body, kept in its paragraphs."""
    kept, left = [], count
    for paragraph in BODY_400.split("\n"):
        words = paragraph.split()[:left]
        if words:
            kept.append(" ".join(words))
        left -= len(words)
    return "\n".join(kept)


def pdf_text(data: bytes) -> tuple[int, str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join(" ".join(p.extract_text().split()) for p in reader.pages), reader


@needs_office
@pytest.mark.slow
def test_normal_letter_is_one_pdf_page_with_its_text_and_links() -> None:
    letter = make_letter(body=first_words(300))
    rendered = render_measured(letter, "pdf")
    data = rendered.data
    pages, text, reader = pdf_text(data)
    assert data.startswith(b"%PDF")
    assert pages == 1 and rendered.pages == 1
    for expected in ("Richard Hendriks", "27 November 2026", "Dear Dropbox hiring team,", "Sincerely,",
                     "Application for PhD Systems Intern", "two million users"):
        assert expected in text
    assert text.index("Dear Dropbox") < text.index("two million users") < text.index("Sincerely,")
    uris = {a.get_object()["/A"].get("/URI") for p in reader.pages for a in p.get("/Annots") or []}
    assert "mailto:richard@example.com" in uris
    assert reader.metadata.title == "Application for PhD Systems Intern"
    assert reader.metadata.author == "Richard Hendriks"


@needs_office
@pytest.mark.slow
@pytest.mark.skipif(not _has_carlito(), reason="needs fonts-crosextra-carlito (Calibri's metrics) for Word's layout")
@pytest.mark.parametrize("language", ["en", "en-US"])
def test_400_word_letter_fits_one_page_of_a4_and_of_letter_paper(language: str) -> None:
    letter = make_letter(language=language)
    assert letter.word_count == 400
    pages, _, reader = pdf_text(render(letter, "pdf"))
    assert pages == 1
    height_cm = float(reader.pages[0].mediabox.height) / 72 * 2.54
    assert round(height_cm, 1) == (29.7 if language == "en" else 27.9)


@needs_office
@pytest.mark.slow
def test_pdf_with_a_reference_docx_shows_the_letterhead(tmp_path: Path) -> None:
    reference = build_reference(tmp_path / "letterhead.docx")
    _, text, _ = pdf_text(render(make_letter(body=first_words(200)), "pdf", reference_docx=reference))
    assert "ACME Robotics" in text and "OLD BODY TEXT" not in text


def test_pdf_without_libreoffice_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OutputError) as caught:
        render(make_letter(), "pdf")
    message = str(caught.value)
    assert message == MISSING
    assert "\n" not in message and "apt-get install libreoffice-writer-nogui" in message
    assert "brew install --cask libreoffice" in message and ".docx/.html" in message


def test_a_failing_converter_is_an_output_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OutputError, match="could not convert the letter to PDF: Error: source file could not"):
        render(make_letter(), "pdf")

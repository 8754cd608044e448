"""PDF: the Word letter converted by LibreOffice running headless, in a private profile and a temp folder."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import OutputError
from .docx import render as render_docx

if TYPE_CHECKING:
    from ..letter import Letter

BINARIES = ("soffice", "libreoffice")
TIMEOUT = 180
MISSING = ("PDF output needs LibreOffice; install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; "
           "macOS: brew install --cask libreoffice) or write .docx/.html instead")


def find_office() -> str | None:
    """The LibreOffice program on PATH (soffice, then libreoffice), or None."""
    return next((found for found in map(shutil.which, BINARIES) if found), None)


def render_pdf(letter: Letter, reference_docx: str | Path | None = None, *, page_size: str | None = None) -> bytes:
    """The letter as PDF bytes."""
    return render_pdf_measured(letter, reference_docx, page_size=page_size)[0]


def render_pdf_measured(letter: Letter, reference_docx: str | Path | None = None, *, page_size: str | None = None
                        ) -> tuple[bytes, int]:
    """The letter as PDF bytes, and the PDF's page count."""
    office = find_office()
    if office is None:
        raise OutputError(MISSING)
    data = render_docx(letter, reference_docx=reference_docx, page_size=page_size)
    pdf = convert(data, office)
    return pdf, count_pages(pdf)


def convert(docx_bytes: bytes, office: str, *, timeout: float = TIMEOUT) -> bytes:
    """Convert .docx bytes to PDF with ``office --headless --convert-to pdf`` in a throw-away folder."""
    with tempfile.TemporaryDirectory(prefix="coverletter-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "letter.docx"
        source.write_bytes(docx_bytes)
        profile = folder / "profile"
        command = [
            office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo",
            "--convert-to", "pdf", "--outdir", str(folder), str(source),
        ]
        env = {**os.environ, "HOME": str(folder)}
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL,
                                  check=False)
        except subprocess.TimeoutExpired as exc:
            raise OutputError(f"LibreOffice did not finish converting the letter to PDF within {timeout:.0f} s",
                              hint="write .docx and convert it yourself") from exc
        except OSError as exc:
            raise OutputError(f"cannot run LibreOffice ({office}): {exc.strerror or exc}") from exc
        target = folder / "letter.pdf"
        if done.returncode != 0 or not target.is_file():
            said = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
            detail = said[-1] if said else f"exit status {done.returncode}"
            raise OutputError(f"LibreOffice could not convert the letter to PDF: {detail}",
                              hint="write .docx instead")
        return target.read_bytes()


def count_pages(pdf: bytes) -> int:
    """Pages in a PDF."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def render(letter: Letter, *, reference_docx: str | Path | None = None, page_size: str | None = None) -> bytes:
    """The PDF letter as bytes (the entry point the render package calls)."""
    return render_pdf(letter, reference_docx, page_size=page_size)


def render_measured(letter: Letter, *, reference_docx: str | Path | None = None, page_size: str | None = None
                    ) -> tuple[bytes, int]:
    """The PDF letter as bytes, and its page count."""
    return render_pdf_measured(letter, reference_docx, page_size=page_size)

"""Helpers the tests share: running ``coverletter``, writing input files, reading a .docx, following evidence ids."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coverletter.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the real entry point in-process; (exit code, stdout, stderr)."""
    try:
        main(list(args))
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_module(*args: str | Path, stdin: str | bytes | None = None, cwd: Path | None = None,
               timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``python -m coverletter ARGS`` in a child process and capture its output.

    Output is text, or bytes when ``stdin`` is given as bytes.
    """
    return subprocess.run([sys.executable, "-m", "coverletter", *map(str, args)], input=stdin, capture_output=True,
                          text=not isinstance(stdin, bytes), cwd=cwd, timeout=timeout, check=False)


def value_at(data: object, path: str) -> object:
    """Follow a JSON path such as work[0].highlights[2] into data; KeyError/IndexError if it does not exist."""
    for name, index in re.findall(r"([A-Za-z_$][\w$]*)|\[(\d+)\]", path):
        data = data[int(index)] if index else data[name]  # type: ignore[index]
    return data


def write(folder: Path, name: str, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8, or bytes as they are) to ``folder/name``; the file's path."""
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def docx_paragraphs(path: Path) -> list[str]:
    """The text of each paragraph of the Word document at ``path`` (python-docx is imported only here)."""
    from docx import Document

    return [paragraph.text for paragraph in Document(str(path)).paragraphs]


def docx_properties(path: Path) -> Any:
    """The core properties (title, subject, author, ...) of the Word document at ``path``."""
    from docx import Document

    return Document(str(path)).core_properties

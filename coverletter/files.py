"""Reading user files safely and writing outputs atomically."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from .errors import InputError, OutputError, ParseError

STDIN = "-"
_BINARY_SAMPLE = 8192


def read_bytes(path: str | Path, *, what: str = "file") -> bytes:
    """Read a whole file, or stdin for "-", with a clear error for a missing file or a directory."""
    if str(path) == STDIN:
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such {what}", path=str(path), hint="check the path")
    if p.is_dir():
        raise InputError(f"is a directory, not a {what}", path=str(path), hint="give the path of a file")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", path=str(path)) from exc


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes in its first 8 KiB (images, archives, executables)."""
    return b"\x00" in data[:_BINARY_SAMPLE]


def decode_text(data: bytes, *, path: str | Path, what: str = "file") -> str:
    """Decode UTF-8 text (a BOM is dropped); binary or non-UTF-8 data is an InputError."""
    if looks_binary(data):
        raise InputError(f"is a binary file, not a text {what}", path=str(path),
                         hint="give a text, Markdown, JSON or YAML file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"is not UTF-8 text (bad byte at line {line})", path=str(path),
                         hint="save the file as UTF-8") from exc


def read_text(path: str | Path, *, what: str = "file") -> str:
    """Read a UTF-8 text file (or stdin for "-") with one clear error for every way it can fail."""
    return decode_text(read_bytes(path, what=what), path=path, what=what)


def parse_json(text: str, path: str, *, problem: str = "not valid JSON") -> Any:
    """Parse JSON; a syntax error (or nesting too deep) is a ParseError naming path, 1-based line and column.

    ``problem`` starts the message ("not valid JSON: Expecting ',' delimiter").
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"{problem}: {exc.msg}", path=path, line=exc.lineno, column=exc.colno,
                         hint="fix the JSON syntax at that position") from exc
    except RecursionError as exc:
        raise ParseError(f"{problem}: nested too deeply", path=path) from exc


def atomic_write(path: str | Path, data: bytes | str, *, force: bool = False) -> Path:
    """Write data to path through a temp file in the same folder and a rename.

    An existing file is kept unless force is true; a failure midway leaves no partial file.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError("is a directory", path=str(target), hint="give a file name for the output")
    if target.exists() and not force:
        raise OutputError("already exists", path=str(target), hint="pass --force to overwrite it")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("folder does not exist", path=str(folder), hint="create it first")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if not force and target.exists():
            raise OutputError("already exists", path=str(target), hint="pass --force to overwrite it")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target

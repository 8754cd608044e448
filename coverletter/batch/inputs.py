"""What a batch writes letters for: postings as files, folders, URLs, and lists of them.

A POSTINGS argument is one of:

- a posting file (text, Markdown, HTML, PDF, JSON) or an ``http(s)://`` URL;
- a folder: every posting file directly inside it, in name order (hidden files and lists skipped);
- a list: a ``.csv`` or ``.jsonl`` file, or any file given as ``@FILE``. A text list has one posting a line,
  ``SOURCE`` or ``SOURCE | company | title`` (blank lines and ``#`` comments skipped); a CSV list has a header
  with ``source`` (or ``url``/``path``/``posting``) and optional ``company`` and ``title`` columns; a JSONL list
  has one object a line with the same keys. Relative paths in a list are read from the list's folder.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..datamodel import model
from ..errors import InputError
from ..files import read_text

POSTING_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".json")
LIST_SUFFIXES = (".csv", ".jsonl")
SOURCE_KEYS = ("source", "url", "path", "posting", "file")


@model(frozen=True)
class PostingInput:
    """One posting to write a letter for: where it is, optional overrides, and where it was listed."""

    source: str
    company: str | None = None
    title: str | None = None
    listed_in: str | None = None

    @property
    def is_url(self) -> bool:
        return self.source.startswith(("http://", "https://"))

    @property
    def key(self) -> str:
        """The posting's identity in the manifest: its source, and its overrides when it has any."""
        if self.company is None and self.title is None:
            return self.source
        return f"{self.source} [{self.company or ''}|{self.title or ''}]"


def expand_postings(arguments: list[str]) -> list[PostingInput]:
    """Every posting the arguments name, in order, each once; an argument that names nothing is an error."""
    found: list[PostingInput] = []
    seen: set[str] = set()
    for argument in arguments:
        for posting in _expand(argument):
            if posting.key not in seen:
                seen.add(posting.key)
                found.append(posting)
    if not found:
        raise InputError("no postings to write letters for", hint="give posting files, a folder, URLs or a list")
    return found


def _expand(argument: str) -> list[PostingInput]:
    if argument.startswith(("http://", "https://")):
        return [PostingInput(argument)]
    if argument.startswith("@"):
        return read_list(Path(argument[1:]))
    path = Path(argument)
    if path.is_dir():
        return _folder(path)
    if path.suffix.casefold() in LIST_SUFFIXES:
        return read_list(path)
    if not path.exists():
        raise InputError("no such posting file, folder or list", path=argument, hint="check the path")
    return [PostingInput(_absolute(path))]


def _folder(folder: Path) -> list[PostingInput]:
    files = sorted(p for p in folder.iterdir()
                   if p.is_file() and not p.name.startswith(".") and p.suffix.casefold() in POSTING_SUFFIXES
                   and not p.name.endswith(".truth.json"))
    if not files:
        raise InputError("holds no posting files", path=str(folder),
                         hint=f"a folder's postings end in {', '.join(POSTING_SUFFIXES)}")
    return [PostingInput(_absolute(p)) for p in files]


def read_list(path: Path) -> list[PostingInput]:
    """The postings of a list file: CSV with a header, JSONL, or one ``SOURCE [| company | title]`` a line."""
    text = read_text(path, what="list of postings")
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        rows = _csv_rows(text, path)
    elif suffix == ".jsonl":
        rows = _jsonl_rows(text, path)
    else:
        rows = _text_rows(text)
    base = path.resolve().parent
    postings = [_listed(row, line, base, path) for line, row in rows]
    if not postings:
        raise InputError("lists no postings", path=str(path))
    return postings


def _listed(row: dict[str, str | None], line: int, base: Path, path: Path) -> PostingInput:
    source = next((str(row[k]).strip() for k in SOURCE_KEYS if row.get(k) and str(row[k]).strip()), "")
    if not source:
        raise InputError(f"line {line} names no posting", path=str(path),
                         hint=f"give a {' or '.join(SOURCE_KEYS[:3])} on each line")
    if not source.startswith(("http://", "https://")):
        target = Path(source).expanduser()
        target = target if target.is_absolute() else base / target
        if not target.is_file():
            raise InputError(f"line {line}: no such posting file {source}", path=str(path), hint="check the path")
        source = _absolute(target)
    company = (str(row.get("company") or "").strip()) or None
    title = (str(row.get("title") or "").strip()) or None
    return PostingInput(source, company, title, listed_in=str(path))


def _text_rows(text: str) -> list[tuple[int, dict[str, str | None]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split(" | ")]
        parts += [""] * (3 - len(parts))
        rows.append((number, {"source": parts[0], "company": parts[1], "title": parts[2]}))
    return rows


def _csv_rows(text: str, path: Path) -> list[tuple[int, dict[str, str | None]]]:
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().casefold() for f in reader.fieldnames or []]
    if not any(key in fields for key in SOURCE_KEYS):
        raise InputError("CSV list has no source column", path=str(path),
                         hint="start it with a header such as: source,company,title")
    rows = []
    for row in reader:
        clean = {str(k).strip().casefold(): v for k, v in row.items() if k is not None}
        rows.append((reader.line_num, clean))
    return rows


def _jsonl_rows(text: str, path: Path) -> list[tuple[int, dict[str, str | None]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number} is not valid JSON: {exc.msg}", path=str(path)) from exc
        if isinstance(data, str):
            data = {"source": data}
        if not isinstance(data, dict):
            raise InputError(f"line {number} is not an object with a source", path=str(path))
        rows.append((number, {str(k).casefold(): v for k, v in data.items()}))
    return rows


def _absolute(path: Path) -> str:
    return str(path.expanduser().resolve())

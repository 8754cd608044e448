"""Conversions of PDF, DOCX, LaTeX and LinkedIn CVs cached by the file's hash in the user's cache directory.

The key is the SHA-256 of the file and of the readers' own source, so a new version of the readers never
serves an old conversion. The cache is best effort: a file that cannot be read or written is ignored.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ...files import atomic_write
from ...paths import cache_dir

if TYPE_CHECKING:
    from . import CVReading

CACHED_KINDS = {"pdf", "docx", "latex", "linkedin"}


@cache
def _readers_hash() -> str:
    import hashlib  # only when a converted CV is looked up (a JSON profile never is)

    digest = hashlib.sha256()
    for source in [*sorted(Path(__file__).parent.glob("*.py")), Path(__file__).parent.parent / "shapes.py"]:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _entry(raw: bytes) -> Path:
    import hashlib

    return cache_dir() / "cv" / f"{hashlib.sha256(raw).hexdigest()}-{_readers_hash()}.json"


def cache_get(raw: bytes) -> CVReading | None:
    """The cached reading of these bytes, or None."""
    from . import CVReading

    try:
        stored = json.loads(_entry(raw).read_text(encoding="utf-8"))
        return CVReading(stored["data"], stored["kind"], list(stored.get("unread") or []),
                         text=stored.get("text") or "")
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cache_put(raw: bytes, reading: CVReading) -> None:
    """Store a reading; any failure (read-only home, full disk) is ignored."""
    entry = _entry(raw)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"data": reading.data, "kind": reading.kind, "unread": reading.unread, "text": reading.text},
                          ensure_ascii=False)
        atomic_write(entry, text, force=True)
    except Exception:  # the cache must never stop a letter
        return

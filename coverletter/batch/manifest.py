"""The run record of a batch: ``manifest.jsonl`` in the output folder, one JSON object a line, append-only.

Each letter written (or failed) adds a ``"kind": "letter"`` line; the last line for a posting's key is the one
in force. Each run adds a ``"kind": "run"`` line at its end with its counts and the repetition report. Lines are
appended and flushed one at a time, so an interrupted run loses at most the line it was writing, which the
reader skips.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, field
from pathlib import Path
from typing import Any

from ..datamodel import model
from ..errors import OutputError

MANIFEST_NAME = "manifest.jsonl"


@model
class LetterRecord:
    """What the manifest keeps of one posting's letter (or of its failure)."""

    key: str
    source: str
    input_hash: str
    status: str  # "done" or "failed"
    time: str
    employer: str | None = None
    role: str | None = None
    template: str | None = None
    mode: str | None = None
    model: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    match_score: float | None = None
    words: int | None = None
    checks_ok: bool | None = None
    checks_failed: list[str] = field(default_factory=list)
    claims: int | None = None
    unsupported: int | None = None
    tokens: dict[str, int] | None = None
    cost_usd: float | None = None
    output: str | None = None
    output_sha256: str | None = None
    seconds: float | None = None
    error: str | None = None
    sentences: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LetterRecord:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None when it does not exist."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (FileNotFoundError, IsADirectoryError):
        return None


class Manifest:
    """The manifest of one output folder: the letters in force by key, and appending new lines."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST_NAME
        self.letters: dict[str, LetterRecord] = {}
        self.runs: list[dict[str, Any]] = []
        self.batches: dict[str, dict[str, Any]] = {}  # Batch API batches by id, their lines merged in order
        self._read()

    def _read(self) -> None:
        if not self.path.exists():
            return
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise OutputError(f"cannot read the batch manifest: {exc}", path=str(self.path),
                              hint="move it away to start the batch afresh") from exc
        for line in lines:
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by an interruption
            if not isinstance(data, dict):
                continue
            if data.get("kind") == "letter" and isinstance(data.get("key"), str):
                self.letters[data["key"]] = LetterRecord.from_dict(data)
            elif data.get("kind") == "run":
                self.runs.append(data)
            elif data.get("kind") == "batch_api" and isinstance(data.get("batch_id"), str):
                self.batches.setdefault(data["batch_id"], {}).update(data)

    def owner_of(self, name: str) -> str | None:
        """The key of the posting whose letter is the file ``name`` (case-insensitive), if any."""
        for key, record in self.letters.items():
            if record.output and record.output.casefold() == name.casefold():
                return key
        return None

    def add_letter(self, record: LetterRecord) -> None:
        self.letters[record.key] = record
        self._append({"kind": "letter", **asdict(record)})

    def add_run(self, data: dict[str, Any]) -> None:
        self.runs.append(data)
        self._append({"kind": "run", **data})

    def add_batch(self, data: dict[str, Any]) -> None:
        """Record a Batch API batch (submitted: its id, file and requests) or a later state of it."""
        self.batches.setdefault(data["batch_id"], {}).update(data)
        self._append({"kind": "batch_api", **data})

    def open_batches(self) -> list[dict[str, Any]]:
        """Batch API batches submitted and not yet processed (oldest first), each with its requests."""
        return [b for b in self.batches.values() if b.get("status") != "processed" and isinstance(
            b.get("requests"), dict)]

    def _append(self, data: dict[str, Any]) -> None:
        line = json.dumps(data, ensure_ascii=False) + "\n"
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

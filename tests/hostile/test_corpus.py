"""The hostile-input corpus (tests/data/hostile/cases.json): every case through the real CLI entry point.

Each case gives the command line (with @placeholders, below), the exit code it must give (None: any, as long as
it is clean) and a phrase its one error line must hold. Every case must: exit with that code; print exactly one
"Error: ..." line on stderr when it fails, never a traceback; finish within TIME_BOUND seconds; create, change and
leave behind nothing (the corpus files and the run's folder are compared before and after); and never show any
8-character piece of the canary API key.

Placeholders: @profile and @posting (the examples), @data/NAME (the corpus), @tmp/NAME (the run's empty folder),
@copy/NAME (a copy of the example of that name, made in the run's folder), @fifo (a FIFO made there), @canary
(the canary key), @server/MODE (the loopback server, tests/hostile/conftest.py), @closed (a port with nothing
listening). A case's ``user_files`` are copied into the user directory first, its ``env`` set, its ``location``
is where the server's /redirect points, its ``forbid`` lists text that must appear nowhere in its output, and
``summary`` marks a --strict run, whose error line follows the letter's summary.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import time
from pathlib import Path

import pytest

from helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "hostile"
CASES = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))
CANARY = "sk-canary-0f1e2d3c4b5a69788796a5b4c3d2e1f0"
TIME_BOUND = 20.0
EXAMPLES = {"profile.md": ROOT / "examples" / "profile.json", "posting.txt": ROOT / "examples" / "posting.txt"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "special"
            for p in sorted(folder.rglob("*")) if not p.is_dir()}


def _argument(arg: str, run_dir: Path, server, closed: str) -> str:
    replacements = {"@profile": str(ROOT / "examples" / "profile.json"),
                    "@posting": str(ROOT / "examples" / "posting.txt"),
                    "@fifo": str(run_dir / "pipe"), "@canary": CANARY, "@closed": closed}
    if arg in replacements:
        return replacements[arg]
    if "@canary" in arg:  # inside a URL
        return arg.replace("@canary", CANARY)
    for prefix, base in (("@data", str(DATA)), ("@tmp", str(run_dir)), ("@copy", str(run_dir))):
        if arg == prefix or arg.startswith(prefix + "/"):
            return base + arg[len(prefix):]
    if arg.startswith("@server/"):
        mode = arg.split("/", 1)[1]
        return server.url(mode)
    if arg.startswith("@closed/"):
        return closed + arg[len("@closed"):]
    return arg


def test_the_corpus_is_big_enough():
    assert len(CASES) >= 60
    assert len({case["id"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_hostile_case(case, tmp_path, capsys, monkeypatch, isolated_user_dir, hostile_server):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    closed = f"http://127.0.0.1:{_closed_port()}"
    argv = [_argument(arg, run_dir, hostile_server, closed) for arg in case["argv"]]
    if any(arg == "@fifo" for arg in case["argv"]):
        os.mkfifo(run_dir / "pipe")
    for arg in case["argv"]:
        if arg.startswith("@copy/"):
            name = arg.split("/", 1)[1]
            shutil.copyfile(EXAMPLES[name], run_dir / name)
    for name, source in case.get("user_files", {}).items():
        shutil.copyfile(DATA / source, isolated_user_dir / name)
    for key, value in case.get("env", {}).items():
        monkeypatch.setenv(key, value)
    if "location" in case:
        hostile_server.location = _argument(case["location"], run_dir, hostile_server, closed)
    corpus_before, run_before = _snapshot(DATA), _snapshot(run_dir)

    started = time.monotonic()
    code, out, err = run_cli(capsys, *argv)
    elapsed = time.monotonic() - started

    assert elapsed < TIME_BOUND, f"took {elapsed:.1f} s"
    assert "Traceback" not in err and "Traceback" not in out
    if case["exit"] is not None:
        assert code == case["exit"], (code, err[-1500:])
    if code != 0:
        lines = [line for line in err.splitlines() if line.strip()]
        # click's own usage errors add "Usage: ..." and "Try ... --help"; `templates check` lists the problems
        # it found, one a line, before its summary
        lines = [line for line in lines if not line.startswith(("Usage: ", "Try '")) and ": error: " not in line]
        if case.get("summary"):  # --strict: the letter's summary, then the one error line
            lines = lines[-1:]
        assert len(lines) == 1 and lines[0].startswith("Error: "), err[-1500:]
        assert case["expect"] in err, err
    assert _snapshot(DATA) == corpus_before, "a corpus file was changed"
    after = _snapshot(run_dir)
    assert after == run_before, f"files created or changed: {sorted(set(after.items()) ^ set(run_before.items()))}"
    shown = out + err
    pieces = {CANARY[i : i + 8] for i in range(len(CANARY) - 7)}
    assert not [p for p in pieces if p in shown], "the API key showed"
    assert not [word for word in case.get("forbid", []) if word in shown], case.get("forbid")

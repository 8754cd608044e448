"""The API key never shows: not when a model echoes it (streamed to the terminal, in --json, in the letter,
in the report), not when a server's 401 message shows a prefix of it, not with --debug."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "profile.json"
POSTING = ROOT / "examples" / "posting.txt"
CANARY = "sk-canary-9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a"


def leaks(text: str) -> list[str]:
    """The pieces of the canary (8 characters or more) found in text."""
    return sorted({CANARY[i : i + 8] for i in range(len(CANARY) - 7) if CANARY[i : i + 8] in text})


def _run(*args: str | Path, env_key: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **({"OPENAI_API_KEY": CANARY} if env_key else {})}
    command = [sys.executable, "-m", "coverletter", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)


@pytest.mark.parametrize("stream", [True, False])
def test_a_key_echoed_by_the_model_is_masked_everywhere(hostile_server, tmp_path, stream):
    out, report = tmp_path / "letter.md", tmp_path / "report.json"
    args = ["generate", PROFILE, POSTING, "--base-url", hostile_server.url("keyecho"), "--model", "m",
            "--api-key", CANARY, "--words", "5-400", "-o", out, "--report", report, "--keep-flagged"]
    done = _run(*args, *([] if stream else ["--no-stream"]))
    assert done.returncode in (0, 8), done.stderr
    shown = done.stdout + done.stderr + out.read_text(encoding="utf-8") + report.read_text(encoding="utf-8")
    assert "My key is" in out.read_text(encoding="utf-8")  # the model did echo it
    assert not leaks(shown)
    as_json = _run("generate", PROFILE, POSTING, "--base-url", hostile_server.url("keyecho"), "--model", "m",
                   "--words", "5-400", "--json", "--keep-flagged", env_key=True)
    assert as_json.returncode in (0, 8), as_json.stderr
    assert not leaks(as_json.stdout + as_json.stderr)


@pytest.mark.parametrize("debug", [[], ["--debug"]])
def test_a_key_prefix_in_a_401_message_is_masked(hostile_server, debug):
    done = _run(*debug, "generate", PROFILE, POSTING, "--base-url", hostile_server.url("401"), "--model", "m",
                "--api-key", CANARY)
    assert done.returncode == (1 if debug else 7), done.stderr  # --debug shows the traceback (masked too)
    assert "401" in done.stderr
    assert not leaks(done.stdout + done.stderr), done.stderr

"""What every hostile input must give: one 'Error: ...' line on stderr, a non-zero exit, no traceback."""

from __future__ import annotations

import subprocess


def one_line_error(done: subprocess.CompletedProcess, code: int | None = None) -> str:
    """The single 'Error: ...' line of a failed run (asserting there is nothing else on stderr)."""
    assert done.returncode != 0, done.stdout[-500:]
    if code is not None:
        assert done.returncode == code, (done.returncode, done.stderr[-2000:])
    lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr[-2000:]
    return lines[0]

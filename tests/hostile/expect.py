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


# A paragraph of the example CV's own facts, so a model's reply passes the quality gate (write/quality.py)
BACKED = ("At the University of Wisconsin-Madison I designed and built Loomcache, a distributed cache for training "
          "data written in Rust and Python, cutting data-loading stalls by 38% on a 64-GPU cluster.")

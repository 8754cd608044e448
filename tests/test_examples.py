"""The example letters in examples/ are what the current code writes (run examples/regenerate.sh after a change)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fixture_paths import EXAMPLES
from helpers import docx_paragraphs, run_module

DATE = re.search(r"^DATE=(\S+)$", (EXAMPLES / "regenerate.sh").read_text(), re.M).group(1)  # type: ignore[union-attr]


def _generate(tmp_path: Path, name: str, *extra: str) -> Path:
    out = tmp_path / name
    run = run_module("generate", "profile.json", "posting.txt", "--offline", "--date", DATE, "-o", out, *extra,
                     cwd=EXAMPLES)
    assert run.returncode == 0, run.stderr
    assert "all checks passed" in run.stderr
    return out


@pytest.mark.parametrize(("name", "extra"), [("letter.md", ()), ("letter-academic.md", ("--template", "academic"))])
def test_example_markdown_is_current(tmp_path: Path, name: str, extra: tuple[str, ...]) -> None:
    fresh = _generate(tmp_path, name, *extra).read_text(encoding="utf-8")
    stale = f"examples/{name} is stale: run examples/regenerate.sh"
    assert fresh == (EXAMPLES / name).read_text(encoding="utf-8"), stale


def test_example_docx_is_current(tmp_path: Path) -> None:
    assert docx_paragraphs(_generate(tmp_path, "letter.docx")) == docx_paragraphs(EXAMPLES / "letter.docx")

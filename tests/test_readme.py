"""The README's two set-up commands stay true: CI runs the test command word for word."""

from __future__ import annotations

import re

from fixture_paths import ROOT


def _commands(text: str) -> list[str]:
    return [line.strip() for line in re.findall(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S)]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = _commands(readme)
    test_commands = [b for b in blocks if b.endswith(".venv/bin/pytest") and "\n" not in b]
    assert test_commands, "README has no one-line command ending in .venv/bin/pytest"
    assert test_commands[0] in ci.splitlines(), "the README's test command is not in .ci/run word for word"


def test_readme_first_command_generates_the_example_offline() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = _commands(readme)[0]
    assert "pip install" in first
    assert "coverletter generate examples/profile.json examples/posting.txt" in first
    for example in ("profile.json", "posting.txt"):
        assert (ROOT / "examples" / example).is_file()

"""Start-up cost: `coverletter --help` and `--version` must not import openai or docx."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from helpers import run_module

PROBE = """
import json, sys
from coverletter.cli import main
try:
    main({args!r})
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('openai', 'docx', 'httpx', 'httpx2', 'trafilatura',
                                                             'lxml', 'pypdf', 'jsonschema', 'xllamacpp'))
sys.stderr.write('MODULES=' + json.dumps(heavy) + '\\n')
"""


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["generate", "--help"], ["job", "--help"]])
def test_help_imports_no_heavy_module(args: list[str]) -> None:
    run = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True, check=True)
    line = next(line for line in run.stderr.splitlines() if line.startswith("MODULES="))
    heavy = json.loads(line.removeprefix("MODULES="))
    assert heavy == [], f"coverletter {' '.join(args)} imported {heavy}"
    assert "Usage" in run.stdout or "version" in run.stdout


def test_every_command_has_an_example_in_its_help() -> None:
    from click.testing import CliRunner

    from coverletter.cli import COMMANDS, cli

    runner = CliRunner()
    for name in COMMANDS:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Example" in result.output, f"`coverletter {name} --help` shows no example"
        assert "coverletter " + name in result.output


def test_python_dash_m_runs() -> None:
    run = run_module("--version")
    assert run.returncode == 0
    assert run.stdout.startswith("coverletter, version ")


OFFLINE_PROBE = """
import json, sys
from coverletter.cli import main
try:
    main({args!r})
except SystemExit:
    pass
unused = sorted(m for m in sys.modules if m.split('.')[0] in ('openai', 'docx', 'httpx', 'trafilatura', 'lxml',
                                                              'pypdf', 'jsonschema', 'xllamacpp', 'rich', 'numpy',
                                                              'lemminflect', 'py3langid', 'dateparser', 'babel')
                or m in ('coverletter.write.llm_writer', 'coverletter.write.client', 'coverletter.write.prompt',
                         'coverletter.batch'))
sys.stderr.write('MODULES=' + json.dumps(unused) + '\\n')
"""


def test_an_offline_markdown_letter_imports_only_what_it_uses(tmp_path) -> None:
    from fixture_paths import EXAMPLES

    args = ["generate", str(EXAMPLES / "profile.json"), str(EXAMPLES / "posting.txt"), "-o", str(tmp_path / "l.md")]
    run = subprocess.run([sys.executable, "-c", OFFLINE_PROBE.format(args=args)], capture_output=True, text=True,
                         check=True)
    assert (tmp_path / "l.md").is_file(), run.stderr
    line = next(line for line in run.stderr.splitlines() if line.startswith("MODULES="))
    assert json.loads(line.removeprefix("MODULES=")) == []


GC_PROBE = """
import gc, json, sys
from coverletter.cli import main
{before}
sys.argv = ['coverletter', *{args!r}]
try:
    main({argv})
except SystemExit:
    pass
sys.stderr.write('GC=' + json.dumps([gc.isenabled(), gc.get_freeze_count()]) + '\\n')
"""


@pytest.mark.parametrize(("before", "args", "argv", "enabled", "frozen"), [
    ("", "generate", "", True, True),  # the command's modules frozen, the collector on again
    ("", ["--help"], "", True, False),  # no command imported: nothing frozen, the collector on again
    ("gc.disable()", "generate", "", False, False),  # a host that turned the collector off keeps it off
    ("", "generate", "sys.argv[1:]", True, False),  # a caller that passes argv keeps its collector as it was
])
def test_main_pauses_the_collector_only_while_the_command_is_imported(
        tmp_path, before: str, args: object, argv: str, enabled: bool, frozen: bool) -> None:
    from fixture_paths import EXAMPLES

    if args == "generate":
        args = ["generate", str(EXAMPLES / "profile.json"), str(EXAMPLES / "posting.txt"), "-o", str(tmp_path / "l.md")]
    probe = GC_PROBE.format(before=before, args=args, argv=argv)
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    line = next(line for line in run.stderr.splitlines() if line.startswith("GC="))
    is_enabled, freeze_count = json.loads(line.removeprefix("GC="))
    assert is_enabled is enabled
    assert (freeze_count > 10_000) is frozen
    assert args[0] != "generate" or (tmp_path / "l.md").is_file()

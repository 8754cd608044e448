"""Templates that would hang, exhaust memory or recurse: each is a one-line TemplateError with file and line,
within seconds, from `generate --template` and from `templates check` (which renders with sample data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run_module

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "profile.json"
POSTING = ROOT / "examples" / "posting.txt"
HEAD = "I am applying for {{ job.role }} at {{ job.employer }}.\n"

RUNAWAY = {
    "repeat": HEAD + "{{ 'x' * 10**10 }}\n",
    "repeat list": HEAD + "{{ ([1] * 10**9)|length }}\n",
    "nested range": HEAD + "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}\n",
    "power": HEAD + "{{ 9 ** (9 ** 9) }}\n",
    "format width": HEAD + "{{ '%0999999999d' % 1 }}\n",
    "concat doubling": HEAD + "{% set a = 'x' * 100000 %}" + "{% set a = a ~ a %}" * 30 + "{{ a|length }}\n",
    "center filter": HEAD + "{{ 'x'|center(10**9) }}\n",
    "macro fan-out": HEAD + "{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}"
                            "{{ m(40) }}\n",
    "recursive macro": HEAD + "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}\n",
    "loop over string": HEAD + "{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}\n",
}


def _one_line_error(done, code: int) -> str:
    assert done.returncode == code, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    return lines[0]


@pytest.mark.parametrize("name", list(RUNAWAY))
def test_a_runaway_template_is_one_line_with_its_line(tmp_path, name):
    template = tmp_path / "runaway.md.j2"
    template.write_text(RUNAWAY[name], encoding="utf-8")
    done = run_module("generate", PROFILE, POSTING, "--offline", "--template", template, "-o", tmp_path / "l.md",
                      timeout=30)
    line = _one_line_error(done, 4)
    assert "runaway.md.j2:2" in line
    assert not (tmp_path / "l.md").exists()


def test_include_loop(tmp_path):
    (tmp_path / "a.md.j2").write_text(HEAD + "{% include 'b.md.j2' %}\n", encoding="utf-8")
    (tmp_path / "b.md.j2").write_text("{% include 'a.md.j2' %}\n", encoding="utf-8")
    done = run_module("generate", PROFILE, POSTING, "--offline", "--template", tmp_path / "a.md.j2", timeout=30)
    line = _one_line_error(done, 4)
    assert ".md.j2" in line and "recursion" in line


@pytest.mark.parametrize("name", ["repeat", "nested range", "power", "recursive macro"])
def test_templates_check_renders_with_sample_data(tmp_path, name):
    template = tmp_path / "runaway.md.j2"
    template.write_text(RUNAWAY[name], encoding="utf-8")
    done = run_module("templates", "check", template, timeout=30)
    assert done.returncode != 0, done.stdout + done.stderr
    assert "runaway.md.j2:2" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_templates_check_still_passes_the_bundled_templates():
    for name in ("default", "concise", "academic"):
        done = run_module("templates", "check", ROOT / "templates" / "letters" / f"{name}.md.j2", timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr

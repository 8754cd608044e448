"""The ``coverletter job`` command: summary, --json, overrides, stdin and errors."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from fixture_paths import ROOT, SEED_POSTING, TEST_DATA
from helpers import run_cli, run_module

JOBS = TEST_DATA / "jobs"
LINKEDIN = JOBS / "text-linkedin-paste.txt"


def test_json_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "job", str(LINKEDIN), "--json")
    assert code == 0, err
    data = json.loads(out)
    for key in ("company", "title", "location", "remote", "employment_type", "compensation", "requirements",
                "preferred", "responsibilities", "benefits", "about", "skills", "language", "dropped", "source"):
        assert key in data
    assert "raw_text" not in data
    assert data["company"] == "Northwind Analytics"
    assert data["title"] == "Senior Data Engineer"
    assert data["requirements"][0] == "5+ years of experience in data engineering"
    assert "Python" in data["skills"]


def test_json_raw_includes_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "job", str(LINKEDIN), "--json", "--raw")
    assert code == 0
    assert json.loads(out)["raw_text"] == LINKEDIN.read_text(encoding="utf-8")


def test_summary_shows_facts_sections_skills_and_dropped_noise(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "job", str(LINKEDIN))
    assert code == 0
    assert out.splitlines()[0] == "Senior Data Engineer"
    for text in ("employer: Northwind Analytics", "location: Berlin, Germany (Hybrid)", "type: Full-time",
                 "Requirements (3)", "Preferred (1)", "Responsibilities (3)", "Benefits (2)", "Skills:",
                 "Easy Apply", "Save Senior Data Engineer at Northwind Analytics"):
        assert text in out
    assert re.search(r"Dropped as board noise: \d+ lines", out)


def test_summary_of_a_recruiter_posting_says_the_employer_is_not_named(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "job", str(JOBS / "text-recruiter-client.txt"))
    assert code == 0
    assert "employer: (not named" in out


def test_company_and_title_options_override(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "job", str(JOBS / "text-recruiter-client.txt"), "--json",
                           "--company", "Fintech Ltd", "--title", "Backend Engineer")
    assert code == 0
    data = json.loads(out)
    assert (data["company"], data["title"]) == ("Fintech Ltd", "Backend Engineer")


def test_empty_file_is_one_line_and_a_non_zero_exit(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "job.txt"
    path.write_text("\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "job", str(path))
    assert code == 3
    assert out == ""
    assert err.strip().splitlines() == [f"Error: {path}: the posting is empty; paste the job description into the file"]


def test_missing_file_is_an_input_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "job", str(tmp_path / "nope.txt"))
    assert code == 2
    assert "no such job posting" in err


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "job", "--help")
    assert code == 0
    assert "Example" in out and "coverletter job posting.txt" in out
    for option in ("--json", "--company", "--title"):
        assert option in out


def test_empty_stdin_says_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n"), encoding="utf-8"))
    code, _, err = run_cli(capsys, "job", "-")
    assert code == 3
    assert err.strip() == "Error: <stdin>: the posting is empty; paste the job description into standard input"


@pytest.mark.slow
def test_stdin_through_the_installed_command() -> None:
    data = SEED_POSTING.read_bytes() if SEED_POSTING.is_file() else LINKEDIN.read_bytes()
    run = run_module("job", "-", "--json", stdin=data, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr.decode()
    job = json.loads(run.stdout)
    assert job["source"] == "<stdin>"
    assert job["requirements"]

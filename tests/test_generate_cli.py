"""`coverletter generate` end to end, offline: outputs, --force, atomic writes and one-line errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from fixture_paths import EXAMPLES, SAMPLE_PROFILE, SEED_POSTING
from helpers import docx_paragraphs, docx_properties, run_module, write

PROFILE = EXAMPLES / "profile.json"
POSTING = EXAMPLES / "posting.txt"


def assert_one_line_error(run: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("Error: ")
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


def test_markdown_goes_to_stdout_and_says_offline() -> None:
    run = run_module("generate", PROFILE, POSTING)
    assert run.returncode == 0, run.stderr
    assert "offline" in run.stderr.splitlines()[0]
    letter = run.stdout
    assert "Maya Okafor-Lindqvist" in letter
    assert "Tidewater Labs" in letter
    assert "Research Intern, ML Infrastructure" in letter
    assert "JobHarbor" not in letter
    assert "Dear " in letter and "Sincerely," in letter


def test_seed_docx_names_dropbox_and_the_role_never_the_board(shared_fixtures: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    run = run_module("generate", SAMPLE_PROFILE, SEED_POSTING, "-o", out)
    assert run.returncode == 0, run.stderr
    text = "\n".join(docx_paragraphs(out))
    assert "Dropbox" in text
    assert "Systems & AI/ML Research Intern" in text
    assert "MisuJob" not in text
    assert "Richard Hendriks" in text
    properties = docx_properties(out)  # Word's "Subject" field names the role and the employer
    assert properties.subject == "PhD Systems & AI/ML Research Intern (Summer 2026), Dropbox"
    assert "MisuJob" not in properties.title


def test_existing_output_is_kept_without_force(tmp_path: Path) -> None:
    out = tmp_path / "letter.md"
    assert run_module("generate", PROFILE, POSTING, "-o", out).returncode == 0
    before = out.read_bytes()
    again = run_module("generate", PROFILE, POSTING, "-o", out, "--template", "concise")
    assert_one_line_error(again, str(out), "already exists", "--force")
    assert out.read_bytes() == before
    forced = run_module("generate", PROFILE, POSTING, "-o", out, "--template", "concise", "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes() != before
    assert [p.name for p in tmp_path.iterdir()] == ["letter.md"], "a temp file was left behind"


def test_a_failure_midway_leaves_no_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.md.j2"
    broken.write_text("Hello {{ job.title }\n", encoding="utf-8")
    out = tmp_path / "letter.docx"
    run = run_module("generate", PROFILE, POSTING, "-o", out, "--template", broken)
    assert_one_line_error(run, "broken.md.j2")
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.md.j2"]


def test_format_flag_and_extension(tmp_path: Path) -> None:
    out = tmp_path / "letter.txt"
    run = run_module("generate", PROFILE, POSTING, "-o", out)
    assert run.returncode == 0, run.stderr
    assert "**" not in out.read_text(encoding="utf-8")
    run = run_module("generate", PROFILE, POSTING, "--format", "html")
    assert run.returncode == 0, run.stderr
    assert run.stdout.lstrip().lower().startswith("<!doctype html>")


def test_docx_without_output_file_is_an_error() -> None:
    assert_one_line_error(run_module("generate", PROFILE, POSTING, "--format", "docx"), "-o")


def test_posting_from_stdin() -> None:
    run = run_module("generate", PROFILE, "-", stdin=POSTING.read_text(encoding="utf-8"))
    assert run.returncode == 0, run.stderr
    assert "Tidewater Labs" in run.stdout


def test_report_file_has_matrix_claims_and_checks(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    run = run_module("generate", PROFILE, POSTING, "--report", report)
    assert run.returncode == 0, run.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["mode"] == "offline"
    assert data["match"]["items"]
    assert isinstance(data["check"]["claims"], list)
    assert data["check"]["unsupported"] == []
    assert data["evidence_used"]


def test_company_and_title_overrides() -> None:
    run = run_module("generate", PROFILE, POSTING, "--company", "Blue Heron Systems",
                     "--title", "Storage Research Intern")
    assert run.returncode == 0, run.stderr
    assert "Blue Heron Systems" in run.stdout
    assert "Storage Research Intern" in run.stdout
    assert "Tidewater" not in run.stdout


@pytest.mark.parametrize(
    ("make", "needles"),
    [
        (lambda d: d / "missing.json", ["missing.json", "no such"]),
        (lambda d: d, ["directory"]),
        (lambda d: write(d, "photo.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ["photo.json", "binary"]),
        (lambda d: write(d, "latin1.json", '{"basics": {"name": "Jos\xe9"}}'.encode("latin-1")), ["UTF-8"]),
        (lambda d: write(d, "bad.json", b'{\n  "basics": {\n    "name": "A",\n  }\n}\n'), ["bad.json:4"]),
        (lambda d: write(d, "bad.yaml", b"basics:\n  name: A\n  label: [oops\n"), ["bad.yaml:"]),
        (lambda d: write(d, "noname.json", b'{"basics": {"label": "Engineer"}, "work": []}'), ["basics.name"]),
        (lambda d: write(d, "wrongkind.json", b'{"basics": {"name": "A"}, "work": [{"highlights": "x"}]}'),
         ["work[0].highlights"]),
    ],
    ids=["missing", "directory", "binary", "not-utf8", "bad-json", "bad-yaml", "no-name", "wrong-kind"],
)
def test_profile_mistakes_are_one_line(tmp_path: Path, make, needles: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert_one_line_error(run_module("generate", make(tmp_path), POSTING), *needles)


def test_empty_posting_is_one_line(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.txt", b"  \n\n")
    assert_one_line_error(run_module("generate", PROFILE, empty), "empty.txt", "empty")


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    run = run_module("--debug", "generate", tmp_path / "missing.json", POSTING)
    assert run.returncode != 0
    assert "Traceback" in run.stderr


def test_words_band_shapes_the_letter_and_its_check() -> None:
    short = run_module("generate", PROFILE, POSTING, "--words", "150-220")
    assert short.returncode == 0, short.stderr
    summary = short.stderr.strip().splitlines()[-1]
    words = int(summary.split(": ")[1].split(" words")[0])
    assert 150 <= words <= 220, summary
    assert "all checks passed" in summary


def test_json_gives_the_structured_letter_and_its_checks(tmp_path: Path) -> None:
    out = tmp_path / "letter.md"
    run = run_module("generate", PROFILE, POSTING, "--json", "-o", out)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    letter = data["letter"]
    assert letter["signature"] == "Maya Okafor-Lindqvist"
    assert letter["recipient"]["company"] == "Tidewater Labs"
    assert all(p["text"] for p in letter["paragraphs"])
    assert sum(bool(p["evidence"]) for p in letter["paragraphs"]) >= 3
    assert data["check"]["unsupported"] == []
    assert out.read_text(encoding="utf-8").count(letter["paragraphs"][0]["text"][:40]) == 1

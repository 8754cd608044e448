"""Outputs: nothing written when any output cannot be, no output over an input or over another output,
--force says when it replaces a read-only file, files follow the umask, and every check comes before the
(paid) model call."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from expect import one_line_error

from helpers import run_module

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "profile.json"
POSTING = ROOT / "examples" / "posting.txt"


def _posting_copy(tmp_path: Path) -> Path:
    path = tmp_path / "posting.txt"
    path.write_bytes(POSTING.read_bytes())
    return path


def _writable(folder: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


@pytest.fixture
def locked(tmp_path: Path):
    """A folder no file can be created in: mode 0500, or /sys for root (who may write anywhere else)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if not _writable(folder):
            yield folder
        elif Path("/sys").is_dir() and not _writable(Path("/sys")):
            yield Path("/sys")
        else:
            pytest.skip("no folder here refuses a new file")
    finally:
        folder.chmod(0o700)


def test_unwritable_output_folder(tmp_path, locked):
    line = one_line_error(run_module("generate", PROFILE, POSTING, "--offline", "-o", locked / "l.md", timeout=30), 5)
    assert "cannot write in this folder" in line


def test_unwritable_report_writes_no_letter(tmp_path, locked):
    out = tmp_path / "l.md"
    done = run_module("generate", PROFILE, POSTING, "--offline", "-o", out, "--report", locked / "r.json", timeout=30)
    one_line_error(done, 5)
    assert not out.exists()


def test_atomic_write_into_a_folder_it_cannot_write_is_an_output_error(tmp_path):
    """The same check in the library (not only in the CLI's preflight)."""
    from coverletter.errors import OutputError
    from coverletter.files import atomic_write

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        target = folder if not _writable(folder) else Path("/sys")
        if _writable(target):
            pytest.skip("no folder here refuses a new file")
        with pytest.raises(OutputError):
            atomic_write(target / "x.md", "text")
    finally:
        folder.chmod(0o700)


def test_report_and_letter_on_the_same_file(tmp_path):
    out = tmp_path / "out.md"
    done = run_module("generate", PROFILE, POSTING, "--offline", "-o", out, "--report", out, "--force", timeout=30)
    line = one_line_error(done, 5)
    assert "same file" in line
    assert not out.exists()


@pytest.mark.parametrize("which", ["posting", "profile"])
def test_output_over_an_input_is_refused_even_with_force(tmp_path, which):
    """The profile is named profile.md here, so that the output's format is known and only the clash is wrong."""
    posting = _posting_copy(tmp_path)
    profile = tmp_path / "profile.md"
    profile.write_bytes(PROFILE.read_bytes())
    target = posting if which == "posting" else profile
    before = target.read_bytes()
    for option in ("-o", "--report"):
        done = run_module("generate", profile, posting, "--offline", option, target, "--force", timeout=30)
        line = one_line_error(done, 5)
        assert "would overwrite an input file" in line
        assert target.read_bytes() == before


def test_output_over_an_input_through_a_symlink(tmp_path):
    posting = _posting_copy(tmp_path)
    link = tmp_path / "link.md"
    link.symlink_to(posting)
    done = run_module("generate", PROFILE, posting, "--offline", "-o", link, "--force", timeout=30)
    one_line_error(done, 5)
    assert posting.read_bytes() == POSTING.read_bytes()


def test_force_says_when_it_replaces_a_read_only_file(tmp_path):
    out = tmp_path / "l.md"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o444)
    done = run_module("generate", PROFILE, POSTING, "--offline", "-o", out, "--force", timeout=30)
    assert done.returncode == 0, done.stderr
    assert "read-only; replacing it" in done.stderr
    assert out.read_text(encoding="utf-8") != "old"
    assert stat.S_IMODE(out.stat().st_mode) == 0o444  # it keeps its mode


def test_new_files_follow_the_umask(tmp_path):
    out, report = tmp_path / "l.md", tmp_path / "r.json"
    code = ("import os, sys; os.umask(0o027); from coverletter.cli import main; "
            "main(['generate', sys.argv[1], sys.argv[2], '--offline', '-o', sys.argv[3], '--report', sys.argv[4]])")
    done = subprocess.run([sys.executable, "-c", code, str(PROFILE), str(POSTING), str(out), str(report)],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert stat.S_IMODE(report.stat().st_mode) == 0o640


def test_missing_output_folder_is_found_before_the_model_call(hostile_server, tmp_path):
    done = run_module("generate", PROFILE, POSTING, "--base-url", hostile_server.url("echo"), "--model", "m",
                      "-o", tmp_path / "nowhere" / "l.md", timeout=30)
    one_line_error(done, 5)
    assert not hostile_server.prompts, "the model was called before the output was checked"


def test_bad_reference_docx_is_found_before_the_model_call(hostile_server, tmp_path):
    bad = tmp_path / "ref.docx"
    bad.write_text("not a zip", encoding="utf-8")
    done = run_module("generate", PROFILE, POSTING, "--base-url", hostile_server.url("echo"), "--model", "m",
                      "-o", tmp_path / "l.docx", "--reference-docx", bad, timeout=30)
    line = one_line_error(done, 2)
    assert "ref.docx" in line
    assert not hostile_server.prompts


def test_pdf_without_libreoffice_is_found_before_the_model_call(hostile_server, tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}  # no soffice on this PATH
    done = subprocess.run([sys.executable, "-m", "coverletter", "generate", str(PROFILE), str(POSTING),
                           "--base-url", hostile_server.url("echo"), "--model", "m", "-o", str(tmp_path / "l.pdf")],
                          capture_output=True, text=True, timeout=30, env=env)
    one_line_error(done, 5)
    assert not hostile_server.prompts


def test_output_is_a_fifo(tmp_path):
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    line = one_line_error(run_module("generate", PROFILE, POSTING, "--offline", "-o", fifo, "--force", timeout=30),
                          5)
    assert "not a regular file" in line


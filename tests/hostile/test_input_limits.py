"""Inputs that hang or crash a reader: billion laughs, FIFOs and devices, huge numbers, deep nesting, bad
encodings, oversized files. Each is one line on stderr, a non-zero exit, no traceback, within seconds."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from expect import BACKED, one_line_error

from helpers import run_module

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "profile.json"
POSTING = ROOT / "examples" / "posting.txt"
LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True))
BIG = "1" * 5000


def test_billion_laughs_profile_is_refused(tmp_path):
    path = tmp_path / "laughs.yaml"
    path.write_text(LAUGHS, encoding="utf-8")
    assert len(LAUGHS.encode()) < 400
    for args in (("profile", path), ("generate", path, POSTING, "--offline")):
        line = one_line_error(run_module(*args, timeout=20), 2)
        assert "aliases expand to more than 100,000 values" in line


def test_self_referring_alias_is_refused(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text("basics: &b\n  name: Ada\n  self: *b\n", encoding="utf-8")
    line = one_line_error(run_module("profile", path, timeout=20), 2)
    assert "alias" in line


def test_billion_laughs_in_a_postings_front_matter_does_not_hang(tmp_path):
    path = tmp_path / "posting.md"
    path.write_text("---\n" + LAUGHS + "title: Data Engineer\n---\n" + POSTING.read_text(encoding="utf-8"),
                    encoding="utf-8")
    done = run_module("job", path, "--json", timeout=20)
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("role", ["profile", "posting", "template", "reference"])
def test_a_fifo_is_refused_without_blocking(tmp_path, role):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    args = {"profile": ("generate", fifo, POSTING, "--offline"),
            "posting": ("generate", PROFILE, fifo, "--offline"),
            "template": ("generate", PROFILE, POSTING, "--offline", "--template", fifo),
            "reference": ("generate", PROFILE, POSTING, "--offline", "--reference-docx", fifo, "-o",
                          tmp_path / "l.docx")}[role]
    line = one_line_error(run_module(*args, timeout=20))
    assert "not a regular file" in line or "not a file" in line


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    for args in (("profile", device), ("job", device)):
        line = one_line_error(run_module(*args, timeout=20), 2)
        assert "not a regular file" in line


def test_an_oversized_input_names_the_limit_and_how_to_raise_it(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Data Engineer at Acme. " * 50_000)  # 1.1 MB
    env = {**os.environ, "COVERLETTER_MAX_INPUT_MB": "1"}
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", "coverletter", "job", str(path)], capture_output=True, text=True,
                          timeout=20, env=env)
    line = one_line_error(done, 2)
    assert "larger than 1 MB" in line and "COVERLETTER_MAX_INPUT_MB" in line


@pytest.mark.parametrize(("name", "text", "command"), [
    ("big.json", '{"basics": {"name": "Ada Lovelace"}, "x": ' + BIG + "}", "profile"),
    ("big.yaml", "basics:\n  name: Ada Lovelace\nx: " + BIG + "\n", "profile"),
    ("job.json", '{"title": "Data Engineer", "company": "Acme", "salary": ' + BIG + "}", "job"),
])
def test_a_number_of_5000_digits_is_one_line(tmp_path, name, text, command):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    line = one_line_error(run_module(command, path, timeout=20), 2)
    assert "more than 4300 digits" in line


def test_a_number_of_5000_digits_in_front_matter_does_not_crash(tmp_path):
    for front in (f"---\ntitle: Data Engineer\nn: {BIG}\n---\n", f"+++\ntitle = 'Data Engineer'\nn = {BIG}\n+++\n"):
        path = tmp_path / "posting.md"
        path.write_text(front + POSTING.read_text(encoding="utf-8"), encoding="utf-8")
        done = run_module("job", path, timeout=20)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]


def test_a_number_of_5000_digits_in_config_toml(isolated_user_dir):
    (isolated_user_dir / "config.toml").write_text(f"temperature = {BIG}\n", encoding="utf-8")
    line = one_line_error(run_module("config", timeout=20), 2)
    assert "config.toml" in line and "more than 4300 digits" in line


def test_deeply_nested_json_profile_and_posting(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    for name, command in (("p.json", "profile"), ("j.json", "job")):
        path = tmp_path / name
        path.write_text('{"basics": {"name": "Ada"}, "x": ' + deep + "}", encoding="utf-8")
        line = one_line_error(run_module(command, path, timeout=20), 2)
        assert "nested too deeply" in line


@pytest.mark.parametrize("stream", [True, False])
@pytest.mark.parametrize("reply", ["[" * 100_000 + "]" * 100_000,
                                   '{"paragraphs": ' + "[" * 100_000 + "]" * 100_000 + "}",
                                   '{"paragraphs": [{"text": "x", "evidence": [' + BIG + "]}]}"])
def test_a_deeply_nested_or_huge_model_reply_is_no_traceback(hostile_server, tmp_path, reply, stream):
    hostile_server.script.extend([reply] * 3)
    done = run_module("generate", PROFILE, POSTING, "--base-url", hostile_server.url("script"), "--model", "m",
                      *([] if stream else ["--no-stream"]), "-o", tmp_path / "l.md", timeout=90)  # three huge replies:
    # seconds on a quiet machine, half a minute on a loaded one (a limit, not a measure)
    assert hostile_server.prompts
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr, done.stderr[-3000:]


def test_a_deeply_nested_letter_json_for_check(tmp_path):
    letter = tmp_path / "letter.json"
    letter.write_text('{"paragraphs": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    done = run_module("check", letter, "--profile", PROFILE, "--job", POSTING, timeout=30)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]


def test_a_non_utf8_cliche_list_in_the_user_directory(isolated_user_dir):
    (isolated_user_dir / "cliches.txt").write_bytes(b"team player\n\xff\xfe passionate\n")
    done = run_module("generate", PROFILE, POSTING, "--offline", timeout=30)
    line = one_line_error(done, 2)
    assert "cliches.txt" in line and "UTF-8" in line


def test_deep_yaml_is_one_line(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("x: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    line = one_line_error(run_module("profile", path, timeout=20), 2)
    assert "deep.yaml" in line


def test_json_reply_checked_by_the_loopback_model_is_used(hostile_server, tmp_path):
    """The loopback model works at all (so the deep-reply test above means something)."""
    hostile_server.script.append(json.dumps({"paragraphs": [
        {"text": "I am applying for the Research Intern role at Tidewater Labs.", "evidence": []},
        {"text": BACKED, "evidence": []}]}))
    done = run_module("generate", PROFILE, POSTING, "--base-url", hostile_server.url("script"), "--model", "m",
                      "--no-stream", "--words", "5-400", timeout=30)
    assert done.returncode == 0, done.stderr
    assert "Research Intern role at Tidewater Labs" in done.stdout

"""`coverletter generate` end to end in a subprocess: a real llama.cpp server, the fault server, --local.

Each run is the installed command (python -m coverletter) talking over loopback to a server in this test
process, so exit codes, stdout, stderr and the files left behind are what a user gets.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "profile.json"
POSTING = ROOT / "examples" / "posting.txt"
CANARY = "sk-canary-5b7d9f1e3c2a4b6d8f0e1a3c5b7d9f2e"
HEADER = ("Maya Okafor-Lindqvist", "Dear Tidewater Labs hiring team,", "Sincerely,")

pytestmark = pytest.mark.llm


@pytest.fixture(autouse=True)
def small_prompts(isolated_user_dir: Path) -> Path:
    """A config file that keeps the small model's work short: a 1500-token prompt, 200-token replies."""
    (isolated_user_dir / "config.toml").write_text(
        "temperature = 0\nseed = 5\nmax_prompt_tokens = 1500\nmax_tokens = 200\nmax_retries = 0\ntimeout = 300\n",
        encoding="utf-8")
    return isolated_user_dir


def run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coverletter", "generate", str(PROFILE), str(POSTING), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=os.environ.copy())


def _assert_letter(text: str) -> None:
    for part in HEADER:
        assert part in text
    body = text.split(HEADER[1], 1)[1].split(HEADER[2], 1)[0]
    assert body.strip() and "{" not in body and "[" not in body


def test_generate_with_a_real_model_gives_a_complete_letter(llama_server, tmp_path):
    report = tmp_path / "report.json"
    done = run("--base-url", llama_server.base_url, "--model", "smollm2", "--words", "40-120",
               "--report", str(report))
    assert done.returncode == 0, done.stderr
    _assert_letter(done.stdout)
    data = json.loads(report.read_text())
    assert data["mode"] == "llm" and data["llm"]["usage"]["total_tokens"] > 0
    assert data["llm"]["cost_usd"] is None  # not an OpenAI model


def test_no_stream_to_a_file(llama_server, tmp_path):
    out = tmp_path / "letter.md"
    done = run("--base-url", llama_server.base_url, "--model", "smollm2", "--words", "40-120", "--no-stream",
               "-o", str(out))
    assert done.returncode == 0, done.stderr
    _assert_letter(out.read_text())
    assert f"Wrote {out}" in done.stderr


def test_local_with_the_bundled_test_model_never_accepts_nonsense(tmp_path, llama_server):
    out = tmp_path / "letter.md"
    done = run("--local", "--model-path", "smollm2", "--words", "40-120", "--no-stream", "-o", str(out))
    assert done.returncode == 0, done.stderr
    _assert_letter(out.read_text())
    assert "is a test model" in done.stderr
    summary = next(line for line in done.stderr.splitlines() if line.startswith(f"Wrote {out}"))
    if "not usable" in done.stderr:  # the gate rejected SmolLM2's draft: the offline letter, said so
        assert "from the offline template" in summary
    else:
        assert "from the offline template" not in summary


def test_off_topic_reply_gives_the_offline_letter_said_so(fault_server, tmp_path):
    off_topic = ("I am writing to you today to inform you that I am writing to you about the recent publication of "
                 "my research, which is focused on the impact of climate change on the environment.")
    fault_server.script.append(json.dumps({"paragraphs": [{"text": off_topic, "evidence": []}]}))
    done = run("--base-url", fault_server.url("ok"), "--model", "m", "--no-stream")
    assert done.returncode == 0, done.stderr
    assert "climate change" not in done.stdout
    _assert_letter(done.stdout)
    lines = done.stderr.splitlines()
    assert any("not usable" in line and "off-topic" in line for line in lines)
    assert any(line.startswith("Letter (from the offline template") for line in lines)

    fault_server.script.append(json.dumps({"paragraphs": [{"text": off_topic, "evidence": []}]}))
    failed = run("--base-url", fault_server.url("ok"), "--model", "m", "--fallback", "none", "-o",
                 str(tmp_path / "x.md"))
    errors = [line for line in failed.stderr.splitlines() if line.startswith("Error:")]
    assert failed.returncode == 7 and len(errors) == 1 and "not usable" in errors[0]
    assert not (tmp_path / "x.md").exists()


def test_dry_run_sends_nothing(fault_server):
    done = run("--base-url", fault_server.url("ok"), "--model", "m", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "--- system ---" in done.stdout and "--- user ---" in done.stdout
    assert "tokens (estimated)" in done.stdout and "evidence kept" in done.stdout
    assert fault_server.requests == []


def test_canary_key_never_leaks(fault_server, tmp_path):
    draft = {"paragraphs": [{"text": "I designed and built Loomcache, a distributed cache for training data "
                                     "written in Rust and Python.", "evidence": ["work[0].highlights[0]"]}]}
    fault_server.script.append(json.dumps(draft))
    out, report = tmp_path / "letter.md", tmp_path / "report.json"
    done = run("--base-url", fault_server.url("ok"), "--model", "m", "--api-key", CANARY, "--words", "10-200",
               "-o", str(out), "--report", str(report))
    assert done.returncode == 0, done.stderr
    assert fault_server.requests[0].headers["authorization"] == f"Bearer {CANARY}"  # the key was used
    failed = run("--base-url", fault_server.url("401"), "--model", "m", "--api-key", CANARY,
                 "-o", str(tmp_path / "never.md"))
    assert failed.returncode == 7
    errors = [line for line in failed.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "set OPENAI_API_KEY or pass --api-key" in errors[0]
    assert not (tmp_path / "never.md").exists()
    config = subprocess.run([sys.executable, "-m", "coverletter", "config"], capture_output=True, text=True,
                            env={**os.environ, "OPENAI_API_KEY": CANARY}, timeout=60)
    texts = [done.stdout, done.stderr, failed.stdout, failed.stderr, config.stdout, config.stderr,
             *(p.read_text(errors="replace") for p in tmp_path.iterdir())]
    for text in texts:
        assert CANARY not in text and CANARY[4:-4] not in text


@pytest.mark.parametrize(("mode", "words"), [("404model", "the server offers: alpha, beta"),
                                             ("500", "failed (500)"), ("cut", "cut midway")])
def test_errors_are_one_line_and_leave_no_file(fault_server, tmp_path, mode, words):
    out = tmp_path / "letter.md"
    done = run("--base-url", fault_server.url(mode), "--model", "m", "-o", str(out))
    assert done.returncode == 7, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and words in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_no_server_at_the_base_url(closed_port, tmp_path):
    done = run("--base-url", f"http://127.0.0.1:{closed_port}/v1", "--model", "m", "-o", str(tmp_path / "x.md"))
    assert done.returncode == 7 and "(connection refused)" in done.stderr
    assert list(tmp_path.iterdir()) == []


def _default_ctrl_c() -> None:
    """The child starts with Ctrl-C's default disposition, as from a terminal. In two full runs from a fresh
    clone the child finished its letter despite the signal (never alone, never in the worktree's runs); a SIGINT
    ignored by the test worker and inherited is the likely cause, not proven."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_midway_leaves_no_partial_file(fault_server, tmp_path):
    out = tmp_path / "letter.md"
    process = subprocess.Popen(
        [sys.executable, "-m", "coverletter", "generate", str(PROFILE), str(POSTING), "--base-url",
         fault_server.url("drip"), "--model", "m", "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=os.environ.copy(),
        preexec_fn=_default_ctrl_c)
    deadline = time.monotonic() + 60
    while not fault_server.chat_requests("drip") and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.8)  # a few pieces have arrived
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert list(tmp_path.iterdir()) == []


def test_a_429_with_retry_after_is_shown_as_it_happens(fault_server, small_prompts, tmp_path):
    config = small_prompts / "config.toml"
    config.write_text(config.read_text().replace("max_retries = 0", "max_retries = 1"), encoding="utf-8")
    done = run("--base-url", fault_server.url("429wait"), "--model", "m", "-o", str(tmp_path / "x.md"))
    assert done.returncode == 7
    lines = done.stderr.splitlines()
    retry = next(i for i, line in enumerate(lines) if "retrying in 1 s" in line)
    error = next(i for i, line in enumerate(lines) if line.startswith("Error:"))
    assert retry < error and "(429)" in lines[retry] and "gave up after 1 retry" in lines[error]


def test_no_network_to_the_openai_host_is_named(tmp_path):
    done = run("--base-url", "https://api.openai.invalid/v1", "--api-key", "sk-test", "--model", "gpt-4o-mini",
               "-o", str(tmp_path / "x.md"))
    assert done.returncode == 7
    error = next(line for line in done.stderr.splitlines() if line.startswith("Error:"))
    assert "cannot reach https://api.openai.invalid/v1" in error and "DNS" in error and "network" in error


def test_a_plain_http_server_is_one_line_without_its_page(fault_server, tmp_path):
    done = run("--base-url", fault_server.url("plain"), "--model", "m", "-o", str(tmp_path / "x.md"))
    assert done.returncode == 7
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "not an OpenAI-compatible API" in errors[0] and "<" not in done.stderr


def test_what_the_user_sees_warnings_first_labelled_draft_and_revision_claims_listed(fault_server, tmp_path):
    profile = json.loads(PROFILE.read_text())
    profile["basics"]["phone"] = None  # a warning about the profile
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    supported = ("At Tidewater Labs I would build on Loomcache, a distributed cache for training data written in "
                 "Rust and Python.")
    invented = "I spent twelve years at Google leading a team of engineers."
    draft = {"paragraphs": [{"text": f"{supported} {invented}", "evidence": ["work[0].highlights[0]"]}]}
    fixed = {"paragraphs": [{"text": supported, "evidence": ["work[0].highlights[0]"]}]}
    fault_server.script += [json.dumps(draft), json.dumps(fixed)]
    done = subprocess.run([sys.executable, "-m", "coverletter", "generate", str(path), str(POSTING), "--base-url",
                           fault_server.url("ok"), "--model", "m", "--words", "10-200"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    err = done.stderr
    warning, draft_at, revision_at = err.index("profile: "), err.index("--- draft (m) ---"), \
        err.index("--- revision (m) ---")
    assert warning < draft_at < revision_at
    listed = err[draft_at:revision_at]
    assert "unsupported claims in the draft" in listed and "twelve years at Google" in listed.split("without:")[1]
    assert err.count("Loomcache") >= 2  # the draft and the revision were both streamed

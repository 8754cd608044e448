"""`coverletter batch` with a model: letters in parallel on one client, bounded by --jobs, 429 Retry-After waited
out by every request; against the tests' own loopback OpenAI-compatible server."""

from __future__ import annotations

import json

import pytest

from coverletter.batch import MANIFEST_NAME

from fixture_paths import EXAMPLES
from helpers import run_cli

PROFILE = str(EXAMPLES / "profile.json")
POSTING = EXAMPLES / "posting.txt"


def six_postings(tmp_path) -> str:
    listed = tmp_path / "jobs.txt"
    listed.write_text("".join(f"{POSTING} | Lab {n} | Research Intern\n" for n in range(6)))
    return f"@{listed}"


@pytest.mark.parametrize("stream", [True, False])
def test_letters_are_written_in_parallel_within_jobs(capsys, tmp_path, loopback, stream):
    out = tmp_path / "letters"
    args = ["batch", PROFILE, six_postings(tmp_path), "-o", str(out), "--base-url", loopback.base_url,
            "--api-key", "sk-test", "--model", "gpt-4o-mini", "--words", "10-200", "--jobs", "3"]
    code, _, stderr = run_cli(capsys, *args, *([] if stream else ["--no-stream"]))
    assert code == 0, stderr
    assert len([p for p in out.iterdir() if p.suffix == ".md"]) == 6
    assert 2 <= loopback.most_at_once <= 3
    records = [json.loads(line) for line in (out / MANIFEST_NAME).read_text().splitlines()]
    letters = [r for r in records if r["kind"] == "letter"]
    assert all(r["mode"] == "llm" and r["tokens"]["total_tokens"] >= 140 for r in letters)
    assert all(r["settings"]["model"] == "gpt-4o-mini" and "api_key" not in r["settings"] for r in letters)
    assert "tokens:" in stderr and "sk-test" not in (out / MANIFEST_NAME).read_text()
    # done and unchanged: nothing is sent again
    sent = len(loopback.calls)
    code, _, stderr = run_cli(capsys, *args)
    assert code == 0 and "skipped 6" in stderr and len(loopback.calls) == sent


def test_a_429_retry_after_holds_every_request(capsys, tmp_path, loopback):
    loopback.rate_limit_first = 1.0
    out = tmp_path / "letters"
    code, _, stderr = run_cli(capsys, "batch", PROFILE, six_postings(tmp_path), "-o", str(out), "--base-url",
                              loopback.base_url, "--api-key", "sk-test", "--model", "m", "--words", "10-200",
                              "--jobs", "3", "--no-stream")
    assert code == 0, stderr
    limited = loopback.calls[0]
    assert limited.status == 429
    # requests already on their way when the 429 was answered arrive within moments; every one sent after it
    # waits out the Retry-After second (without the shared wait, the other letters' next requests come at 0.3 s)
    after = [call.start - limited.end for call in loopback.calls[1:]]
    assert not [gap for gap in after if 0.15 < gap < 0.9], after
    assert max(after) >= 0.9
    assert "1 rate limit answer(s) waited out" in stderr
    assert len([p for p in out.iterdir() if p.suffix == ".md"]) == 6

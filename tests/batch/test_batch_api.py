"""`coverletter batch --batch-api`: the letters' first requests as one OpenAI Batch API batch, against the tests'
own loopback Batch API server (files and batches endpoints in the SDK's wire format); resumed from the manifest
after an interruption between upload and download."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from batchapi_server import BatchAPIServer, serve

from coverletter import api
from coverletter.batch import MANIFEST_NAME, Manifest

from fixture_paths import EXAMPLES
from helpers import run_cli

PROFILE = str(EXAMPLES / "profile.json")
POSTING = EXAMPLES / "posting.txt"


@pytest.fixture
def batch_server() -> Iterator[BatchAPIServer]:
    yield from serve()


def five_postings(tmp_path: Path) -> str:
    listed = tmp_path / "jobs.txt"
    listed.write_text("".join(f"{POSTING} | Lab {n} | Research Intern\n" for n in range(5)))
    return f"@{listed}"


def cli_args(server: BatchAPIServer, postings: str, out: Path) -> list[str]:
    return ["batch", PROFILE, postings, "-o", str(out), "--base-url", server.base_url, "--api-key", "sk-test",
            "--model", "gpt-4o-mini", "--words", "10-200", "--batch-api", "--poll", "0.02"]


def lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / MANIFEST_NAME).read_text().splitlines()]


def test_a_batch_of_five_goes_through_the_batch_api(capsys, tmp_path, batch_server):
    out = tmp_path / "letters"
    code, _, stderr = run_cli(capsys, *cli_args(batch_server, five_postings(tmp_path), out))
    assert code == 0, stderr
    assert batch_server.count("POST", "/v1/files") == 1 and batch_server.count("POST", "/v1/batches") == 1
    assert batch_server.count("POST", "/v1/chat/completions") == 0  # nothing went live
    assert len(batch_server.requests) == 5
    body = batch_server.requests[0]["body"]
    assert body["model"] == "gpt-4o-mini" and body["response_format"]["type"] == "json_schema"
    assert "stream" not in body
    written = sorted(p.name for p in out.glob("*.md"))
    assert len(written) == 5 and all(name.startswith("lab-") for name in written)
    letters = [r for r in lines(out) if r["kind"] == "letter"]
    assert all(r["status"] == "done" and r["mode"] == "llm" and r["tokens"]["total_tokens"] == 140 for r in letters)
    assert "Loomcache" in (out / written[0]).read_text()
    batches = [r for r in lines(out) if r["kind"] == "batch_api"]
    assert batches[0]["batch_id"] == "batch_1" and len(batches[0]["requests"]) == 5
    assert batches[-1]["status"] == "processed"
    assert "batch_1 completed (5 of 5 answered)" in stderr
    # done and unchanged: nothing is uploaded again
    code, _, stderr = run_cli(capsys, *cli_args(batch_server, five_postings(tmp_path), out))
    assert code == 0 and "skipped 5" in stderr and batch_server.count("POST", "/v1/files") == 1


def test_interrupted_between_upload_and_download_then_resumed(capsys, tmp_path, batch_server):
    out = tmp_path / "letters"
    postings = api.expand_postings([five_postings(tmp_path)])
    settings = api.resolve_settings(base_url=batch_server.base_url, api_key="sk-test", model="gpt-4o-mini")
    options = api.GenerateOptions(words=(10, 200), stream=False)
    batch_server.hold = True

    def interrupt_when_waiting(event: api.BatchEvent) -> None:
        if event.kind == "status" and "in_progress" in (event.note or ""):
            raise KeyboardInterrupt

    result = api.run_batch(PROFILE, postings, settings, options,
                           api.BatchOptions(out, batch_api=True, poll_seconds=0.02), on_event=interrupt_when_waiting)
    assert result.interrupted and result.written == 0
    assert not list(out.glob("*.md"))
    recorded = Manifest(out).open_batches()
    assert [b["batch_id"] for b in recorded] == ["batch_1"]
    batch_server.hold = False
    code, _, stderr = run_cli(capsys, *cli_args(batch_server, five_postings(tmp_path), out))
    assert code == 0, stderr
    assert batch_server.count("POST", "/v1/files") == 1 and batch_server.count("POST", "/v1/batches") == 1
    assert len(list(out.glob("*.md"))) == 5
    assert Manifest(out).open_batches() == []


def test_a_request_the_batch_api_rejects_fails_its_posting_alone_and_is_sent_again_next_run(capsys, tmp_path,
                                                                                           batch_server):
    out = tmp_path / "letters"
    batch_server.fail = {1}
    code, _, stderr = run_cli(capsys, *cli_args(batch_server, five_postings(tmp_path), out))
    assert code == 9, stderr
    assert "Invalid 'messages': too long" in stderr
    failed = [r for r in lines(out) if r["kind"] == "letter" and r["status"] == "failed"]
    assert len(failed) == 1 and "the Batch API answered 400" in failed[0]["error"]
    assert len(list(out.glob("*.md"))) == 4
    batch_server.fail = set()
    code, _, stderr = run_cli(capsys, *cli_args(batch_server, five_postings(tmp_path), out))
    assert code == 0, stderr
    assert batch_server.count("POST", "/v1/batches") == 2 and len(batch_server.requests) == 6  # 5, then the 1
    assert len(list(out.glob("*.md"))) == 5


def test_batch_api_needs_a_model(capsys, tmp_path):
    code, _, stderr = run_cli(capsys, "batch", PROFILE, str(POSTING), "-o", str(tmp_path / "o"), "--offline",
                              "--batch-api")
    assert code != 0 and "--batch-api needs a model" in stderr

"""The shared job scorer's checks over the shared fixtures and this project's own (tests/data/jobs).

Each posting is read by ``load_job`` in-process and judged with the scorer's own functions (company, title,
board noise, requirement recall), so a failure names the fixture and what was wrong; then the scorer itself
runs once over every folder through the real CLI, as CI's job-parsing gate.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from fixture_paths import FIXTURES, SHARED, TEST_DATA

SCORER = SHARED / "checks" / "score_jobs.py"
OUR_JOBS = TEST_DATA / "jobs"
SHARED_DIRS = [FIXTURES / "jobs", FIXTURES / "seed"]
POSTING_SUFFIXES = (".txt", ".md", ".html", ".pdf", ".json")
TRUTH_KEYS = {"company", "title", "location", "source", "company_accept", "title_accept", "board_noise",
              "requirements", "preferred", "key_skills", "notes"}
PER_POSTING_RECALL = 0.75

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason=f"shared scorer not found at {SCORER}")


@functools.cache
def _scorer() -> ModuleType:
    """The shared scorer as a module, loaded once for every posting's test."""
    spec = importlib.util.spec_from_file_location("score_jobs", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _postings(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for truth in sorted(folder.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        found = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".truth.json")]
        if found:
            pairs.append((found[0], truth))
    return pairs


def _all_postings() -> list[tuple[Path, Path]]:
    folders = [d for d in SHARED_DIRS if d.is_dir()] + [OUR_JOBS]
    return [pair for folder in folders for pair in _postings(folder)]


def test_each_truth_file_has_one_posting_and_every_field() -> None:
    truths = sorted(p.name[: -len(".truth.json")] for p in OUR_JOBS.glob("*.truth.json"))
    assert len(truths) >= 8
    for name in truths:
        postings = [p for p in OUR_JOBS.glob(name + ".*") if p.suffix in POSTING_SUFFIXES and ".truth." not in p.name]
        assert len(postings) == 1, f"{name}: postings {postings}"
        truth = json.loads((OUR_JOBS / f"{name}.truth.json").read_text(encoding="utf-8"))
        assert set(truth) >= TRUTH_KEYS, f"{name}: missing {TRUTH_KEYS - set(truth)}"
        assert truth["requirements"] and truth["title_accept"] and truth["board_noise"]
        assert truth["language"] in ("en", "de", "fr", "es")


def test_our_fixtures_cover_the_shapes_the_shared_ones_lack() -> None:
    names = {p.name for p in OUR_JOBS.iterdir()}
    for shape in ("linkedin.html", "indeed.html", "greenhouse-jsonld.html", "lever-jsonld.html",
                  "lever-nojsonld.html", "workday.html", "pdf-posting.pdf", "de-stellenanzeige.txt",
                  "fr-offre.md", "recruiter-unnamed.txt"):
        assert shape in names
    unnamed = json.loads((OUR_JOBS / "recruiter-unnamed.truth.json").read_text(encoding="utf-8"))
    assert unnamed["company_accept"] == []


@pytest.mark.parametrize(("posting", "truth_file"), _all_postings(), ids=lambda p: p.name)
def test_posting_is_read_right(posting: Path, truth_file: Path) -> None:
    from coverletter.api import load_job

    scorer = _scorer()
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    job = load_job(posting).to_dict()
    company, title = job.get("company") or "", job.get("title") or ""
    accept = truth["company_accept"]
    if accept:
        assert any(scorer.norm(a) in scorer.norm(company) for a in accept), f"company {company!r}, want {accept}"
    else:
        assert not scorer.norm(company), f"the posting names no employer, but company is {company!r}"
    assert any(scorer.norm(a) in scorer.norm(title) for a in truth["title_accept"]), f"title {title!r}"
    parsed = scorer.lines_of(job)
    leaked = [n for n in truth["board_noise"] if len(n) > 3 and any(n in s for s in [company, title, *parsed])]
    assert not leaked, f"board chrome taken for the job: {leaked}"
    wanted = truth["requirements"] + truth["preferred"]
    missed = [line for line in wanted if not scorer.found(line, parsed)]
    recall = 1 - len(missed) / len(wanted) if wanted else 1.0
    assert recall >= PER_POSTING_RECALL, f"recall {recall:.2f}; missed {missed}"
    if "language" in truth:
        assert job["language"] == truth["language"]


def test_scorer_passes_over_shared_and_our_fixtures() -> None:
    folders = [str(d) for d in SHARED_DIRS if d.is_dir()] + [str(OUR_JOBS)]
    env = {**os.environ, "COVERLETTER_CMD": shlex.join([sys.executable, "-m", "coverletter"])}
    run = subprocess.run([sys.executable, str(SCORER), *folders], capture_output=True, text=True, env=env,
                         timeout=600)
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr
    assert run.returncode == 0, run.stdout + run.stderr
    assert summary.startswith("postings right: ")
    right, total = summary.split(": ", 1)[1].split(",", 1)[0].split("/")
    assert right == total and int(total) == len(_all_postings())

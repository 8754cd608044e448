"""`coverletter batch` offline: inputs, names, the manifest, resuming, --force, failures, interruption."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from coverletter import api
from coverletter.batch import MANIFEST_NAME, Manifest, expand_postings
from coverletter.batch.naming import letter_stem, slug, unique_name
from coverletter.errors import InputError

from fixture_paths import EXAMPLES, TEST_DATA
from helpers import run_cli

PROFILE = str(EXAMPLES / "profile.json")
EXAMPLE_POSTING = EXAMPLES / "posting.txt"
JOBS = TEST_DATA / "jobs"
EXAMPLE_NAME = "tidewater-labs-research-intern-ml-infrastructure-phd.md"
NORTHWIND_NAME = "northwind-analytics-senior-data-engineer.md"


def letters(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != MANIFEST_NAME)


def manifest_lines(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / MANIFEST_NAME).read_text().splitlines()]


@pytest.fixture
def postings(tmp_path: Path) -> Path:
    """A folder with two real postings (and a truth file and a hidden file the batch must skip)."""
    folder = tmp_path / "postings"
    folder.mkdir()
    shutil.copy(JOBS / "text-linkedin-paste.txt", folder)
    shutil.copy(JOBS / "fr-offre.md", folder)
    shutil.copy(JOBS / "fr-offre.truth.json", folder)
    (folder / ".DS_Store").write_text("junk")
    return folder


def test_files_and_a_folder_give_one_named_letter_each(capsys, tmp_path, postings):
    out = tmp_path / "letters"
    code, stdout, stderr = run_cli(capsys, "batch", PROFILE, str(EXAMPLE_POSTING), str(postings), "-o", str(out))
    assert code == 0, stderr
    assert letters(out) == sorted([EXAMPLE_NAME, NORTHWIND_NAME,
                                   "maison-verlaine-chargee-de-communication-digitale-cdi.md"])
    assert "Dear" in (out / NORTHWIND_NAME).read_text() or "Northwind" in (out / NORTHWIND_NAME).read_text()
    records = [line for line in manifest_lines(out) if line["kind"] == "letter"]
    assert len(records) == 3
    first = records[0]
    for field in ("input_hash", "source", "employer", "role", "template", "mode", "settings", "match_score",
                  "checks_ok", "tokens", "output", "time", "words"):
        assert field in first
    assert first["employer"] == "Tidewater Labs" and first["mode"] == "offline" and first["output"] == EXAMPLE_NAME
    run = manifest_lines(out)[-1]
    assert run["kind"] == "run" and run["written"] == 3 and run["failed"] == 0
    for column in ("employer", "role", "match", "words", "checks", "file"):
        assert column in stderr
    assert NORTHWIND_NAME in stderr and "Wrote 3, skipped 0" in stderr
    assert stdout == ""


def test_list_files_with_overrides(tmp_path):
    shutil.copy(JOBS / "text-linkedin-paste.txt", tmp_path / "northwind.txt")
    text_list = tmp_path / "jobs.txt"
    text_list.write_text("# my applications\nnorthwind.txt | Acme Data | Pipeline Engineer\n\n"
                         f"{EXAMPLE_POSTING}\n")
    csv_list = tmp_path / "jobs.csv"
    csv_list.write_text("source,company,title\nnorthwind.txt,Globex,Analytics Engineer\n")
    jsonl_list = tmp_path / "jobs.jsonl"
    jsonl_list.write_text(json.dumps({"path": "northwind.txt", "title": "Staff Data Engineer"}) + "\n")
    found = expand_postings([f"@{text_list}", str(csv_list), str(jsonl_list)])
    assert [(Path(p.source).name, p.company, p.title) for p in found] == [
        ("northwind.txt", "Acme Data", "Pipeline Engineer"), ("posting.txt", None, None),
        ("northwind.txt", "Globex", "Analytics Engineer"), ("northwind.txt", None, "Staff Data Engineer")]
    out = tmp_path / "letters"
    result = api.run_batch(PROFILE, found, api.resolve_settings(offline=True), batch=api.BatchOptions(out))
    assert result.ok
    assert letters(out) == sorted(["acme-data-pipeline-engineer.md", EXAMPLE_NAME, "globex-analytics-engineer.md",
                                   "northwind-analytics-staff-data-engineer.md"])
    assert "Acme Data" in (out / "acme-data-pipeline-engineer.md").read_text()


def test_bad_inputs_are_one_line_errors(capsys, tmp_path):
    code, _, stderr = run_cli(capsys, "batch", PROFILE, str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o"))
    assert code == 2 and stderr.count("Error:") == 1 and "missing.txt" in stderr
    bad_csv = tmp_path / "jobs.csv"
    bad_csv.write_text("company,title\nAcme,Engineer\n")
    with pytest.raises(InputError, match="no source column"):
        expand_postings([str(bad_csv)])
    listed = tmp_path / "jobs.txt"
    listed.write_text("nowhere.txt\n")
    with pytest.raises(InputError, match="line 1: no such posting file"):
        expand_postings([f"@{listed}"])


def test_second_run_skips_done_and_unchanged_and_force_redoes(capsys, tmp_path, postings):
    out = tmp_path / "letters"
    args = ["batch", PROFILE, str(postings), "-o", str(out)]
    assert run_cli(capsys, *args)[0] == 0
    stamps = {name: (out / name).stat().st_mtime_ns for name in letters(out)}
    code, _, stderr = run_cli(capsys, *args)
    assert code == 0 and "Wrote 0, skipped 2" in stderr
    assert {name: (out / name).stat().st_mtime_ns for name in letters(out)} == stamps
    # a posting that changes is written again; the other is still skipped
    changed = postings / "text-linkedin-paste.txt"
    changed.write_text(changed.read_text() + "\n- Experience with Terraform\n")
    code, _, stderr = run_cli(capsys, *args)
    assert code == 0 and "Wrote 1, skipped 1" in stderr
    assert letters(out) == sorted(stamps)  # rewritten under its own name, no copy
    code, _, stderr = run_cli(capsys, *args, "--force")
    assert code == 0 and "Wrote 2, skipped 0" in stderr
    # a new option (another template) is a change too
    code, _, stderr = run_cli(capsys, *args, "--template", "concise")
    assert code == 0 and "Wrote 2, skipped 0" in stderr
    code, _, stderr = run_cli(capsys, *args, "--template", "concise", "--summary")
    assert code == 0 and NORTHWIND_NAME in stderr and "Wrote" not in stderr


def test_a_failing_posting_is_listed_and_fails_the_run(capsys, tmp_path):
    out = tmp_path / "letters"
    not_a_posting = JOBS / "text-not-a-posting.txt"
    code, _, stderr = run_cli(capsys, "batch", PROFILE, str(not_a_posting), str(EXAMPLE_POSTING), "-o", str(out))
    assert code == 9
    assert letters(out) == [EXAMPLE_NAME]
    failed = [line for line in stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "text-not-a-posting.txt" in failed[0] and "no job posting found" in failed[0]
    assert [line for line in stderr.splitlines() if line.startswith("Error:")] == [
        "Error: 1 of 2 postings failed (listed above) (fix them and run the same command again; letters done "
        "are skipped)"]
    assert "Traceback" not in stderr
    record = Manifest(out).letters[str(not_a_posting)]
    assert record.status == "failed" and "no job posting found" in record.error


def test_name_collisions_get_numbers_and_never_clobber(tmp_path):
    out = tmp_path / "letters"
    out.mkdir()
    mine = out / EXAMPLE_NAME
    mine.write_text("my own draft")
    copies = []
    for name in ("a.txt", "b.txt"):
        shutil.copy(EXAMPLE_POSTING, tmp_path / name)
        copies.append(str(tmp_path / name))
    result = api.run_batch(PROFILE, expand_postings(copies), api.resolve_settings(offline=True),
                           batch=api.BatchOptions(out))
    assert result.ok
    assert mine.read_text() == "my own draft"
    stem = EXAMPLE_NAME.removesuffix(".md")
    assert [r.output for r in result.records] == [f"{stem}-2.md", f"{stem}-3.md"]
    # run again: each posting keeps its own name
    again = api.run_batch(PROFILE, expand_postings(copies), api.resolve_settings(offline=True),
                          batch=api.BatchOptions(out, force=True))
    assert [r.output for r in again.records] == [f"{stem}-2.md", f"{stem}-3.md"]
    assert letters(out) == sorted([EXAMPLE_NAME, f"{stem}-2.md", f"{stem}-3.md"])


def test_safe_names():
    assert slug("Café Zürich GmbH") == "cafe-zurich-gmbh"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("C++ / C# Developer (m/w/d)") == "c-c-developer-m-w-d"
    assert len(slug("word " * 40)) <= 40
    assert letter_stem(None, None, "posting.txt") == "posting-txt"
    assert letter_stem("", "", "") == "letter"
    assert unique_name("a-b", "md", {"a-b.md", "a-b-2.md"}.__contains__) == "a-b-3.md"


def test_an_interrupted_run_leaves_whole_files_and_resumes(tmp_path, postings):
    out = tmp_path / "letters"
    items = expand_postings([str(EXAMPLE_POSTING), str(postings)])
    settings = api.resolve_settings(offline=True)
    started = []

    def interrupt_at_the_second(event: api.BatchEvent) -> None:
        if event.kind == "start":
            started.append(event.posting)
            if len(started) == 2:
                raise KeyboardInterrupt

    result = api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(out), on_event=interrupt_at_the_second)
    assert result.interrupted and not result.ok and result.written == 1
    assert letters(out) == [EXAMPLE_NAME]  # no temporary or partial file
    lines = manifest_lines(out)
    assert [line["kind"] for line in lines] == ["letter", "run"] and lines[-1]["interrupted"] is True
    resumed = api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(out))
    assert resumed.ok and resumed.skipped == 1 and resumed.written == 2
    assert len(letters(out)) == 3


def test_interrupted_while_writing_leaves_no_partial_file(tmp_path, monkeypatch):
    import os
    import types

    import coverletter.files as files

    out = tmp_path / "letters"

    def cut(*args, **kwargs):
        raise KeyboardInterrupt

    # Ctrl-C arrives midway through writing the letter's file (after its bytes, before the rename)
    monkeypatch.setattr(files, "os", types.SimpleNamespace(**{**vars(os), "fsync": cut}))
    result = api.run_batch(PROFILE, expand_postings([str(EXAMPLE_POSTING)]), api.resolve_settings(offline=True),
                           batch=api.BatchOptions(out))
    assert result.interrupted
    assert letters(out) == []


def test_a_letter_edited_by_hand_is_not_overwritten(tmp_path):
    out = tmp_path / "letters"
    posting = tmp_path / "posting.txt"
    shutil.copy(EXAMPLE_POSTING, posting)
    settings = api.resolve_settings(offline=True)
    assert api.run_batch(PROFILE, expand_postings([str(posting)]), settings, batch=api.BatchOptions(out)).ok
    (out / EXAMPLE_NAME).write_text("edited by hand")
    same = api.run_batch(PROFILE, expand_postings([str(posting)]), settings, batch=api.BatchOptions(out))
    assert same.ok and same.skipped == 1  # unchanged input: the edited letter is kept
    posting.write_text(posting.read_text() + "\n- Experience with Terraform\n")
    changed = api.run_batch(PROFILE, expand_postings([str(posting)]), settings, batch=api.BatchOptions(out))
    assert not changed.ok and "was changed since the batch wrote it" in changed.failures[0].error
    assert (out / EXAMPLE_NAME).read_text() == "edited by hand"
    forced = api.run_batch(PROFILE, expand_postings([str(posting)]), settings, batch=api.BatchOptions(out, force=True))
    assert forced.ok and (out / EXAMPLE_NAME).read_text() != "edited by hand"


def test_repeated_sentences_are_reported_and_recorded(capsys, tmp_path):
    listed = tmp_path / "jobs.txt"
    listed.write_text(f"{EXAMPLE_POSTING} | Alpha Labs | Research Intern\n"
                      f"{EXAMPLE_POSTING} | Beta Labs | Research Intern\n")
    out = tmp_path / "letters"
    code, _, stderr = run_cli(capsys, "batch", PROFILE, f"@{listed}", "-o", str(out))
    assert code == 0
    run = manifest_lines(out)[-1]
    pairs = run["repetition"]
    assert pairs and pairs[0]["letters"] == ["alpha-labs-research-intern.md", "beta-labs-research-intern.md"]
    assert pairs[0]["shared"]
    assert "pair(s) of letters share sentences" in stderr and "alpha-labs-research-intern.md" in stderr


def test_json_output(capsys, tmp_path):
    out = tmp_path / "letters"
    code, stdout, _ = run_cli(capsys, "batch", PROFILE, str(EXAMPLE_POSTING), "-o", str(out), "--json")
    assert code == 0
    data = json.loads(stdout)
    assert data["written"] == 1 and data["rows"][0]["file"] == EXAMPLE_NAME
    assert data["letters"][0]["employer"] == "Tidewater Labs"


def four_postings(tmp_path: Path) -> list[api.PostingInput]:
    names = ["text-linkedin-paste.txt", "fr-offre.md", "text-greenhouse-paste.txt"]
    return expand_postings([str(EXAMPLE_POSTING), *(str(JOBS / name) for name in names)])


def test_offline_letters_in_worker_processes_match_the_ones_written_in_order(tmp_path):
    settings = api.resolve_settings(offline=True)
    items = four_postings(tmp_path)
    parallel = api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(tmp_path / "two", jobs=2, vary=False))
    serial = api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(tmp_path / "one", jobs=1, vary=False))
    assert parallel.ok and serial.ok and parallel.written == 4
    assert letters(tmp_path / "two") == letters(tmp_path / "one")
    for name in letters(tmp_path / "one"):
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes()


def test_varied_letters_read_ahead_by_a_worker_match_the_ones_read_here(tmp_path):
    """With two cores, a worker process reads and matches the postings while the letters are drafted in order
    here; the letters are the same as when everything happens in this process (jobs=1), failures included."""
    settings = api.resolve_settings(offline=True)
    items = [*four_postings(tmp_path), *expand_postings([str(JOBS / "text-not-a-posting.txt")])]
    ahead = api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(tmp_path / "ahead", jobs=2))
    here = api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(tmp_path / "here", jobs=1))
    assert ahead.written == here.written == 4
    assert [r.error for r in ahead.failures] == [r.error for r in here.failures] and len(here.failures) == 1
    assert letters(tmp_path / "ahead") == letters(tmp_path / "here")
    for name in letters(tmp_path / "here"):
        if name.endswith(".md"):
            assert (tmp_path / "ahead" / name).read_bytes() == (tmp_path / "here" / name).read_bytes()


def test_letters_of_one_batch_vary_their_wording_against_each_other(tmp_path):
    from coverletter.text import sentences

    settings = api.resolve_settings(offline=True)
    items = four_postings(tmp_path)

    def repeated(folder: Path) -> int:
        seen: dict[str, int] = {}
        for name in letters(folder):
            for sentence in set(sentences((folder / name).read_text())):
                if len(sentence.split()) >= 6:
                    seen[sentence] = seen.get(sentence, 0) + 1
        return sum(n - 1 for n in seen.values())

    api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(tmp_path / "same", jobs=1, vary=False))
    api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(tmp_path / "varied", jobs=1))
    assert repeated(tmp_path / "varied") < repeated(tmp_path / "same")


def test_an_interrupted_run_with_worker_processes_leaves_whole_files(tmp_path):
    out = tmp_path / "letters"
    started = []

    def interrupt_at_the_third(event: api.BatchEvent) -> None:
        if event.kind == "start":
            started.append(event.posting)
            if len(started) == 3:
                raise KeyboardInterrupt

    items = four_postings(tmp_path)
    settings = api.resolve_settings(offline=True)
    result = api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(out, jobs=2),
                           on_event=interrupt_at_the_third)
    assert result.interrupted
    written = letters(out)
    assert len(written) == result.written and all(name.endswith(".md") for name in written)
    assert all((out / name).read_text().rstrip().endswith("Maya Okafor-Lindqvist") for name in written)  # whole
    resumed = api.run_batch(PROFILE, items, settings, batch=api.BatchOptions(out, jobs=2))
    assert resumed.ok and resumed.skipped == result.written and len(letters(out)) == 4

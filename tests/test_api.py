"""The public library API (coverletter.api): each stage on plain data, as the README shows it."""

from __future__ import annotations

import io

from coverletter import api

from fixture_paths import EXAMPLES


def test_the_readme_pipeline_runs_stage_by_stage() -> None:
    profile = api.load_profile(EXAMPLES / "profile.json")
    job = api.load_job(EXAMPLES / "posting.txt")
    assert job.company == "Tidewater Labs"
    matched = api.match(profile, job)
    assert matched.items and 0 < matched.score <= 1
    letter = api.compose(profile, job, matched)
    assert letter.signature == profile.basics.name
    assert 250 <= letter.word_count <= 400
    assert letter.evidence_ids, "an offline letter cites the evidence it uses"
    report = api.check(letter, profile, job)
    assert report.ok, report.to_dict()
    from docx import Document

    document = Document(io.BytesIO(api.render(letter, "docx")))
    assert any("Tidewater Labs" in p.text for p in document.paragraphs)


def test_api_names_survive_importing_the_stage_modules() -> None:
    import coverletter.check.report
    import coverletter.match.coverage  # noqa: F401

    assert callable(api.match) and callable(api.check)

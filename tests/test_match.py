"""The matcher: evidence ids that resolve, BM25 ranking with skill aliases, strengths, gaps, speed."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from coverletter.job.model import Job
from coverletter.match.coverage import Match, match_profile
from coverletter.match.rank import BM25, stem, tokenize
from coverletter.profile.evidence import iter_evidence
from coverletter.profile.model import Profile
from coverletter.skills import load_lexicon

from fixture_paths import RENDERCV_PROFILE, SAMPLE_PROFILE, SEED_POSTING, TEST_DATA
from helpers import run_cli, value_at


def _seed_job(shared_fixtures: object) -> Job:
    truth = json.loads(SEED_POSTING.with_name("dropbox-phd-systems-intern-misujob.truth.json").read_text())
    return Job(raw_text=SEED_POSTING.read_text(), source=str(SEED_POSTING), company=truth["company"],
               title=truth["title"], requirements=truth["requirements"], preferred=truth["preferred"],
               skills=truth["key_skills"])


@pytest.fixture(scope="module")
def sample(shared_fixtures: Path) -> Profile:
    return Profile.from_dict(json.loads(SAMPLE_PROFILE.read_text()))


@pytest.fixture(scope="module")
def doe(shared_fixtures: Path) -> Profile:
    from coverletter.profile import load_profile

    return load_profile(RENDERCV_PROFILE)


@pytest.fixture(scope="module")
def ada() -> Profile:
    return Profile.from_dict(json.loads((TEST_DATA / "letters" / "profile.json").read_text()))


def test_every_evidence_id_resolves_in_the_profile(sample: Profile, doe: Profile) -> None:
    for profile in (sample, doe):
        data = profile.to_dict()
        pieces = iter_evidence(profile)
        assert len({ev.id for ev in pieces}) == len(pieces)
        for ev in pieces:
            assert value_at(data, ev.id) is not None
            assert ev.text and ev.context


def test_evidence_covers_the_sections_with_readable_context(sample: Profile) -> None:
    by_id = {ev.id: ev for ev in iter_evidence(sample)}
    assert by_id["work[0].highlights[2]"].text.startswith("Optimized an algorithm")
    assert by_id["work[0]"].context == "CEO/President at Pied Piper (2013–2014)"
    assert by_id["education[0]"].text.startswith("Bachelor in Information Technology, University of Oklahoma")
    assert "Javascript" in by_id["skills[0]"].text
    for prefix in ("basics.summary", "volunteer[0]", "projects[0]", "publications[0]", "awards[0]", "languages[0]"):
        assert prefix in by_id


def test_bm25_ranks_the_matching_document_first() -> None:
    docs = [tokenize(t) for t in ("compression of video streams", "teaching children to code",
                                  "lossless compression algorithm record", "a garden")]
    index = BM25(docs)
    hits = index.rank(tokenize("lossless compression"))
    assert [h.index for h in hits] == [2, 0]
    assert hits[0].score > hits[1].score > 0
    assert index.idf(stem("compression")) < index.idf(stem("lossless"))
    assert index.rank(tokenize("kubernetes")) == []


def test_aliases_meet_through_the_lexicon() -> None:
    lexicon = load_lexicon()
    index = BM25([tokenize("Ran k8s clusters for the data team", lexicon), tokenize("Wrote Python", lexicon)])
    hits = index.rank(tokenize("Kubernetes", lexicon))
    assert hits and hits[0].index == 0


def test_match_items_and_strengths_on_the_seed(sample: Profile, doe: Profile, shared_fixtures: object) -> None:
    job = _seed_job(shared_fixtures)
    weak_profile, strong_profile = match_profile(sample, job), match_profile(doe, job)
    n = len(job.requirements) + len(job.preferred) + len(job.skills)
    lines = [i for i in strong_profile.items if i.kind != "skill"]
    assert len(lines) == len(job.requirements) + len(job.preferred)
    assert len(job.requirements) + len(job.preferred) < len(strong_profile.items) <= n
    assert [i.kind for i in strong_profile.items[: len(job.requirements)]] == ["requirement"] * len(job.requirements)
    assert 0 <= weak_profile.score < strong_profile.score <= 1
    coding = next(i for i in strong_profile.items if i.requirement.startswith("Strong coding skills"))
    assert coding.strength == "strong" and coding.evidence[0].id == "skills[0]"
    skills = {i.requirement: i for i in strong_profile.items if i.kind == "skill"}
    assert skills["Python"].strength == skills["Rust"].strength == "strong"
    sample_skills = {i.requirement: i for i in weak_profile.items if i.kind == "skill"}
    assert sample_skills["Go"].strength == "none"  # "(Go Sooners!)" in the summary is no skill
    assert sample_skills["Python"].strength == "none"
    for item in strong_profile.items:
        scores = [ev.score for ev in item.evidence]
        assert scores == sorted(scores, reverse=True)
        assert (item.strength == "none") == (not item.evidence)


def test_gaps_carry_their_nearest_evidence(ada: Profile) -> None:
    job = Job(raw_text="", source="t", requirements=["Experience running Kubernetes clusters in production",
                                                     "Fluent in Haskell"], skills=["Python"])
    result = match_profile(ada, job)
    assert "Fluent in Haskell" in [g.requirement for g in result.gaps]
    assert result.items[2].strength == "strong"  # Python, written "python" in the profile
    kube = result.items[0]
    assert kube.strength in ("weak", "none")
    near = result.closest_for_gap(kube)
    assert near is not None and value_at(ada.to_dict(), near.id)
    haskell = result.items[1]
    assert haskell.strength == "none" and haskell.evidence == []
    assert result.to_dict()["gaps"] == [g.requirement for g in result.gaps]


def test_top_evidence_is_distinct_and_strongest_first(doe: Profile, shared_fixtures: object) -> None:
    result = match_profile(doe, _seed_job(shared_fixtures))
    top = result.top_evidence(5)
    assert len(top) == len({ev.id for ev in top}) == 5
    strong_ids = {ev.id for i in result.items if i.strength == "strong" for ev in i.evidence}
    assert top[0].id in strong_ids


def test_match_is_deterministic_and_fast(doe: Profile, shared_fixtures: object) -> None:
    job = _seed_job(shared_fixtures)
    load_lexicon()
    first = match_profile(doe, job)
    start = time.perf_counter()
    again = match_profile(doe, job)
    elapsed = time.perf_counter() - start
    assert first.to_dict() == again.to_dict()
    assert elapsed < 0.5


def test_empty_posting_scores_zero(sample: Profile) -> None:
    result = match_profile(sample, Job(raw_text="", source="t"))
    assert isinstance(result, Match) and result.items == [] and result.score == 0.0


def test_cli_match_json_and_table(capsys: pytest.CaptureFixture[str], shared_fixtures: object) -> None:
    code, out, _ = run_cli(capsys, "match", str(RENDERCV_PROFILE), str(SEED_POSTING), "--json")
    assert code == 0
    data = json.loads(out)
    assert 0 < data["score"] <= 1
    assert {"requirement", "kind", "strength", "evidence", "adjacent"} <= set(data["items"][0])
    assert data["gaps"] == [i["requirement"] for i in data["items"] if i["strength"] == "none"]
    code, out, _ = run_cli(capsys, "match", str(RENDERCV_PROFILE), str(SEED_POSTING))
    assert code == 0
    assert "Match score" in out and "skills[0]" in out and "covered" in out


def test_a_skill_named_as_one_choice_among_held_ones_is_no_gap() -> None:
    """PartCycle asks for "Backend framework (Rails, Node, Django, etc.)": a CV listing Rails and Node lacks no
    Django; a skill the posting names without a choice stays a gap."""
    from coverletter.job import load_job
    from coverletter.profile import load_profile

    profile = load_profile(TEST_DATA / "profiles" / "real" / "other" / "dev" / "abhishek-keshri.md")
    job = load_job(TEST_DATA / "jobs" / "real" / "dev" / "en-issue-partcycle-senior-web-developer.md")
    assert {"Django", "Angular", "Ruby on Rails"} <= set(job.skills)
    result = match_profile(profile, job)
    skills = {i.requirement: i.strength for i in result.items if i.kind == "skill"}
    assert skills["Ruby on Rails"] == skills["React"] == "strong"
    assert "Django" not in skills and "Angular" not in skills
    assert not {"Django", "Angular"} & {g.requirement for g in result.gaps}

    plain = Job(raw_text="", source="t", requirements=["Experience with Ruby on Rails and Django"],
                skills=["Ruby on Rails", "Django"])
    assert "Django" in {g.requirement for g in match_profile(profile, plain).gaps}

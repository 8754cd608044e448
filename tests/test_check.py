"""The letter checker: claims found and traced to the profile, false claims caught, true paraphrases kept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coverletter.check.figures import figures
from coverletter.check.report import CheckReport, body_of, check_letter
from coverletter.job.model import Job
from coverletter.letter import Letter, Paragraph, Recipient, Sender
from coverletter.profile.model import Profile
from coverletter.style import find_cliches, find_placeholders, load_cliches
from coverletter.text import sentences

from fixture_paths import SAMPLE_PROFILE, SEED_POSTING, TEST_DATA
from helpers import run_cli, value_at

LETTERS = TEST_DATA / "letters"
_LEXICON: list[object] = []


def _check(letter: object, profile: Profile, job: Job, **options: object) -> CheckReport:
    """check_letter with the bundled lexicon loaded once for the module (it is cached per user directory)."""
    if not _LEXICON:
        from coverletter.skills import load_lexicon

        _LEXICON.append(load_lexicon())
    return check_letter(letter, profile, job, lexicon=_LEXICON[0], **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def profile() -> Profile:
    return Profile.from_dict(json.loads((LETTERS / "profile.json").read_text()))


@pytest.fixture(scope="module")
def job() -> Job:
    raw = (LETTERS / "posting.txt").read_text()
    return Job(
        raw_text=raw,
        source="posting.txt",
        company="Fabrikam",
        title="Senior Backend Engineer",
        requirements=["5+ years building backend services in Python or Go",
                      "Experience running Kubernetes and AWS in production",
                      "A degree in Computer Science or similar"],
        preferred=["PostgreSQL performance tuning"],
        skills=["Python", "Go", "Kubernetes", "AWS", "PostgreSQL"],
        compensation="$150,000",
    )


@pytest.fixture(scope="module")
def true_letter() -> str:
    return (LETTERS / "true-letter.md").read_text()


def _plant(letter: str, sentence: str) -> str:
    return letter.replace("Thank you for reading.", f"{sentence}\n\nThank you for reading.")


def test_true_letter_has_no_unsupported_claims(true_letter: str, profile: Profile, job: Job) -> None:
    report = _check(true_letter, profile, job)
    assert report.unsupported == [], [(c.kind, c.text, c.detail) for c in report.unsupported]
    kinds = {c.kind for c in report.claims}
    assert {"employer", "skill", "figure", "date", "degree", "institution", "title"} <= kinds
    data = profile.to_dict()
    for claim in report.claims:
        if claim.evidence and not claim.evidence.startswith("job") and claim.evidence != "work":
            value_at(data, claim.evidence)  # every evidence id is a real JSON path into the profile


@pytest.mark.parametrize(
    ("phrase", "evidence"),
    [
        ("five", "work[0].highlights[0]"),  # "led a team of five" for "Managed 5 engineers"
        ("Python", "work[0].highlights[0]"),  # "Python" for a profile that writes "python"
        ("doctorate in Computer Science", "education[0]"),  # "my doctorate" for PhD
        ("$1.2M", "work[0].highlights[2]"),  # "$1.2M" for "$1.2 million"
        ("three", "work[1].highlights[0]"),  # "three internal teams" for "3 internal teams"
        ("University of Edinburgh", "education[0].institution"),
    ],
)
def test_true_paraphrases_are_traced_to_their_evidence(
    true_letter: str, profile: Profile, job: Job, phrase: str, evidence: str
) -> None:
    report = _check(true_letter, profile, job)
    claim = next(c for c in report.claims if c.text == phrase)
    assert claim.supported
    assert claim.evidence == evidence


@pytest.mark.parametrize(
    "sentence",
    ["My PhD in CS taught me to measure first.", "I hold a Doctor of Philosophy in Computer Science.",
     "I hold a Ph.D. in Computer Science.", "I mastered Python at Northwind Traders.",
     "From your list, I bring Python/Java and PostgreSQL."],
)
def test_paraphrases_are_backed(true_letter: str, profile: Profile, job: Job, sentence: str) -> None:
    report = _check(_plant(true_letter, sentence), profile, job)
    assert report.unsupported == [], [(c.kind, c.text) for c in report.unsupported]


def test_posting_skills_named_as_the_target_are_not_claims(true_letter: str, profile: Profile, job: Job) -> None:
    report = _check(true_letter, profile, job)
    kube = [c for c in report.claims if c.text == "Kubernetes"]
    assert kube and all(c.supported and c.evidence == "job" for c in kube)


@pytest.mark.parametrize(
    "sentence",
    [
        "The role asks for Kubernetes, which I have not used yet.",
        "I would be glad to learn Kubernetes with your team.",
        "My background is in Python rather than Kubernetes.",
        "Your team runs Kubernetes in production, and I have deployed services to AWS.",
        "I look forward to learning how your team uses Kubernetes.",
        "I haven't used Kubernetes in production yet.",
    ],
)
def test_talk_about_the_posting_is_not_a_claim(true_letter: str, profile: Profile, job: Job, sentence: str) -> None:
    report = _check(_plant(true_letter, sentence), profile, job)
    assert [c.text for c in report.unsupported if c.text in ("Kubernetes", "AWS")] == []


def test_we_sentences_are_the_applicants_claims(true_letter: str, profile: Profile, job: Job) -> None:
    report = _check(_plant(true_letter, "At Northwind we moved everything to Kubernetes."), profile, job)
    assert "Kubernetes" in [c.text for c in report.unsupported]


FALSE_CLAIMS = json.loads((LETTERS / "false-claims.json").read_text())


@pytest.mark.parametrize("case", FALSE_CLAIMS, ids=[f"{c['kind']}-{c['key']}" for c in FALSE_CLAIMS])
def test_false_claims_are_caught(true_letter: str, profile: Profile, job: Job, case: dict) -> None:
    report = _check(_plant(true_letter, case["sentence"]), profile, job)
    flagged = [json.dumps(c, ensure_ascii=False).casefold() for c in report.to_dict()["unsupported"]]
    assert any(case["key"] in item for item in flagged), flagged
    assert not report.ok


def test_planted_claims_on_the_sample_profile_are_each_reported(shared_fixtures: object) -> None:
    """The four claims the letter scorer plants, against the JSON Resume sample and the seed posting."""
    profile = Profile.from_dict(json.loads(SAMPLE_PROFILE.read_text()))
    job = Job(raw_text=SEED_POSTING.read_text(), source=str(SEED_POSTING), company="Dropbox",
              title="PhD Systems & AI/ML Research Intern (Summer 2026)",
              skills=["distributed systems", "Python", "Rust", "Go", "C++"])
    letter = (
        "Dear Hiring Manager,\n\nI am applying for the PhD Systems & AI/ML Research Intern role at Dropbox. "
        "At Pied Piper I optimized an algorithm that holds the current world record for Weisman Scores.\n\n"
        "Before that, I spent four years at Initech Global as Principal Engineer, where I led a team of 37 "
        "engineers. I hold a PhD in Astrophysics from the University of Tromsø. In my last role I increased "
        "annual revenue by 84% in a single quarter. I am a certified expert in COBOL, Fortran and SAP ABAP.\n\n"
        "Sincerely,\n\nRichard Hendriks\n"
    )
    report = _check(letter, profile, job, words=(10, 400))
    flagged = json.dumps(report.to_dict()["unsupported"], ensure_ascii=False).casefold()
    for key in ("initech", "principal engineer", "37", "astrophysics", "tromsø", "84", "cobol", "fortran"):
        assert key in flagged
    supported = {c.text for c in report.claims if c.supported}
    assert {"Pied Piper", "Dropbox", "Weisman Scores"} <= supported


def test_a_letter_object_is_checked_on_its_paragraphs(profile: Profile, job: Job) -> None:
    letter = Letter(
        sender=Sender(name="Ada Example"),
        date="27 November 2026",
        recipient=Recipient(company="Fabrikam"),
        salutation="Dear [Hiring Manager Name],",
        paragraphs=[Paragraph("I am applying for the Senior Backend Engineer role at Fabrikam."),
                    Paragraph("At Northwind Traders I cut invoice processing time by 40%.")],
        closing="Sincerely,",
        signature="Ada Example",
    )
    report = _check(letter, profile, job)
    assert report.word_count == letter.word_count
    assert not report.unsupported
    checks = {c.name: c for c in report.checks}
    assert not checks["placeholders"].ok  # the salutation's placeholder is found outside the body too
    assert not checks["length"].ok
    assert checks["employer"].ok and checks["role"].ok


def test_employer_and_role_must_be_named(profile: Profile, job: Job) -> None:
    letter = "Dear Hiring Team,\n\nI cut invoice processing time by 40% at Northwind Traders.\n\nSincerely,\nAda\n"
    checks = {c.name: c for c in _check(letter, profile, job).checks}
    assert not checks["employer"].ok and "Fabrikam" in checks["employer"].detail
    assert not checks["role"].ok


def test_word_band_is_configurable(true_letter: str, profile: Profile, job: Job) -> None:
    count = _check(true_letter, profile, job).word_count
    assert count == len(re.findall(r"\b[\w'’-]+\b", body_of(true_letter)))
    inside = _check(true_letter, profile, job, words=(count - 5, count + 5))
    outside = _check(true_letter, profile, job, words=(count + 1, count + 50))
    assert next(c for c in inside.checks if c.name == "length").ok
    assert not next(c for c in outside.checks if c.name == "length").ok


@pytest.mark.parametrize(
    "debris",
    ["[Company Name]", "{{ company }}", "{% if x %}", "None", "null", "TODO", "<NAME>", "at , where", "()"],
)
def test_placeholders_are_found(debris: str) -> None:
    assert find_placeholders(f"I worked {debris} on payments.")


def test_clean_text_has_no_placeholders(true_letter: str) -> None:
    assert find_placeholders(true_letter) == []
    assert find_placeholders("See [FlashInfer](https://example.com) for None of the above.") == []


def test_cliche_list_is_bundled_and_matched() -> None:
    phrases = load_cliches()
    assert len(phrases) >= 60
    text = "I am writing to express my interest in this role. I love to delve into problems."
    found = find_cliches(text, phrases)
    assert "I am writing to express my interest" in found and "delve" in found
    assert find_cliches("I like delving-free prose.", ["delve"]) == []


def test_user_cliches_extend_the_list(isolated_user_dir: Path, true_letter: str, profile: Profile, job: Job) -> None:
    (isolated_user_dir / "cliches.txt").write_text("boring at three in the morning\n-delve\n")
    phrases = load_cliches()
    assert "boring at three in the morning" in phrases and "delve" not in phrases
    report = _check(true_letter, profile, job)
    assert report.cliches == ["boring at three in the morning"]


def test_report_json_shape(true_letter: str, profile: Profile, job: Job) -> None:
    data = _check(_plant(true_letter, "I am fluent in Haskell."), profile, job).to_dict()
    assert {"claims", "unsupported", "checks", "word_count", "ok"} <= set(data)
    assert data["ok"] is False
    assert all({"text", "kind", "supported", "evidence"} <= set(c) for c in data["claims"])
    assert all(not c["supported"] for c in data["unsupported"])
    assert json.loads(json.dumps(data)) == data


def test_sentences_keep_abbreviations() -> None:
    text = "I earned a Ph.D. in physics at MIT. Then I joined Acme Inc. in 2019. It went well."
    assert sentences(text) == ["I earned a Ph.D. in physics at MIT.", "Then I joined Acme Inc. in 2019.",
                               "It went well."]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("$1.2M", 1.2e6, ""), ("$18 million", 18e6, ""), ("5+", 5, ""), ("84%", 84, "%"), ("a team of five", 5, ""),
     ("four years", 4, "years"), ("2.8x", 2.8, "x"), ("8,500+", 8500, ""), ("in 2019", 2019, "year"),
     ("twenty-five", 25, ""), ("40 percent", 40, "%")],
)
def test_figures_are_read_as_values(text: str, value: float, unit: str) -> None:
    (found,) = figures(text)
    assert found.value == pytest.approx(value)
    assert found.unit == unit


def test_identifiers_are_not_figures() -> None:
    assert figures("on A100 GPUs with 3D video and one of my projects") == []


def test_cli_json_reports_planted_claims(tmp_path: Path, true_letter: str, capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "letter.md"
    letter.write_text(_plant(true_letter, "I hold a PhD in Astrophysics from the University of Tromsø."))
    code, out, _ = run_cli(capsys, "check", str(letter), "--profile", str(LETTERS / "profile.json"),
                        "--job", str(LETTERS / "posting.txt"), "--json")
    data = json.loads(out)
    assert code == 0  # without --strict a report is not a failure
    assert {c["text"] for c in data["unsupported"]} >= {"PhD in Astrophysics", "University of Tromsø"}
    assert data["ok"] is False


def test_cli_strict_exits_non_zero_and_table_names_claims(
    tmp_path: Path, true_letter: str, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.md"
    letter.write_text(_plant(true_letter, "I am fluent in Haskell."))
    args = ["check", str(letter), "--profile", str(LETTERS / "profile.json"), "--job", str(LETTERS / "posting.txt")]
    code, out, err = run_cli(capsys, *args, "--strict", "--words", "100-400")
    assert code != 0
    assert "Haskell" in out and "Claims" in out and "Checks" in out
    assert "--strict" in err
    letter.write_text(true_letter)
    code, out, _ = run_cli(capsys, *args, "--strict", "--words", "100-400")
    assert code == 0, out


def test_cli_rejects_a_bad_word_band(true_letter: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "check", str(LETTERS / "true-letter.md"), "--profile", str(LETTERS / "profile.json"),
                        "--job", str(LETTERS / "posting.txt"), "--words", "400-250")
    assert code != 0 and "word band" in err


def test_a_slash_skill_is_backed_by_its_parts(shared_fixtures: object) -> None:
    from coverletter.profile import load_profile

    from fixture_paths import RENDERCV_PROFILE

    doe = load_profile(RENDERCV_PROFILE)  # lists ML and AI apart, never "AI/ML"
    job = Job(raw_text="", source="t")
    letter = "Dear team,\n\nI bring AI/ML and Python to the role.\n\nSincerely,\nJohn\n"
    report = _check(letter, doe, job)
    claim = next(c for c in report.claims if c.text == "AI/ML")
    assert claim.supported and claim.evidence
    hendriks = Profile.from_dict(json.loads(SAMPLE_PROFILE.read_text()))
    assert "AI/ML" in [c.text for c in _check(letter, hendriks, job).unsupported]


def test_a_german_letter(profile: Profile, job: Job) -> None:
    """German capitalises every noun and puts the negation last; planted claims are still caught."""
    report = _check((LETTERS / "de-letter.md").read_text(), profile, job)
    assert {c.text for c in report.unsupported} == {"COBOL", "Initech GmbH", "12 Jahre"}
    kube = next(c for c in report.claims if c.text == "Kubernetes")
    assert kube.supported and kube.evidence == "job"  # "Mit Kubernetes habe ich noch nicht gearbeitet"
    assert {"Northwind Traders", "40%", "$1.2M", "University of Edinburgh"} <= {c.text for c in report.claims}


def test_a_company_suffix_can_end_a_sentence() -> None:

    text = "I worked at Marlowe Brewing Co. My work there was brewing. I met Dr. Smith at Acme Inc. Ltd in 2020."
    assert sentences(text) == [
        "I worked at Marlowe Brewing Co.",
        "My work there was brewing.",
        "I met Dr. Smith at Acme Inc. Ltd in 2020.",
    ]

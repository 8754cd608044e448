"""The parser on real postings nobody here wrote (tests/data/jobs/real), against hand-read truth files.

``dev/`` is what the parser was tuned on (190 postings: the first corpus's 90, the 37 of the second holdout, the
33 of the third and the 30 of the fourth, each moved in once their misses were read; blind they scored 24/37,
recall 0.91, 14/33, recall 0.78, and 7/30, recall 0.84): every posting's employer and title must be right (but
the ``KNOWN_MISSES`` below, which must stay wrong until a rule reads them), with no board chrome taken for the
job, and requirement recall must hold at its measured level.
A blind ``holdout/``, when there is one, counts toward the corpus's bars only; its figure is recorded by whoever
measures it.
``not-postings/`` are real texts about jobs that hold no posting.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from coverletter.api import load_job
from coverletter.errors import JobError

from fixture_paths import SHARED, TEST_DATA
from helpers import run_cli

REAL = TEST_DATA / "jobs" / "real"
SCORER = SHARED / "checks" / "score_jobs.py"
DEV_RECALL = 0.95  # measured on dev (190 postings: 0.97); see tests/data/jobs/real/README.md

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason=f"shared scorer not found at {SCORER}")


@functools.cache
def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_jobs", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pairs(part: str) -> list[tuple[Path, dict]]:
    out = []  # a part that is not there (no blind holdout between rounds) holds no pairs
    for truth in sorted((REAL / part).glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        posting = next(p for p in truth.parent.glob(stem + ".*") if not p.name.endswith(".truth.json"))
        out.append((posting, json.loads(truth.read_text(encoding="utf-8"))))
    return out


@functools.cache
def _read(posting: Path) -> dict | None:
    try:
        return load_job(posting).to_dict()
    except JobError:
        return None


def _judge(posting: Path, truth: dict) -> tuple[bool, float | None, str]:
    """(employer, title and noise right; requirement recall; what was wrong) as the shared scorer judges.

    A posting refused as "no job posting found" is wrong and, as the scorer counts, has no recall.
    """
    scorer, job = _scorer(), _read(posting)
    if job is None:
        return False, None, "refused as no job posting"
    company, title = job.get("company") or "", job.get("title") or ""
    accept = truth["company_accept"]
    company_ok = any(scorer.norm(a) in scorer.norm(company) for a in accept) if accept else not scorer.norm(company)
    title_ok = any(scorer.norm(a) in scorer.norm(title) for a in truth["title_accept"])
    parsed = scorer.lines_of(job)
    leaked = [n for n in truth["board_noise"] if len(n) > 3 and any(n in s for s in [company, title, *parsed])]
    wanted = truth["requirements"] + truth["preferred"]
    recall = sum(scorer.found(line, parsed) for line in wanted) / len(wanted) if wanted else 1.0
    why = f"company {company!r} (want {accept}), title {title!r}, leaked {leaked}"
    return company_ok and title_ok and not leaked, recall, why


def test_the_corpus_is_what_the_issue_asks() -> None:
    truths = [t for part in ("dev", "holdout") for _p, t in _pairs(part)]
    assert len(truths) >= 80
    languages = [t["language"] for t in truths]
    assert set(languages) == {"en", "de", "fr", "es", "it", "nl", "pt"}
    assert all(languages.count(code) >= 3 for code in ("de", "fr", "es", "it", "nl", "pt"))
    assert sum(code != "en" for code in languages) >= 25
    assert sum("software" not in t["field"] for t in truths) >= 30

    def kinds(*names: str) -> int:
        return sum(bool(set(names) & set(t["kinds"])) for t in truths)

    assert kinds("board") >= 15
    assert kinds("recruiter", "domain-only", "no-employer") >= 10
    assert kinds("academic") >= 10
    assert kinds("truncated") >= 1
    assert all(t["source"] and t["title_accept"] and "company_accept" in t for t in truths)


# postings of the fourth holdout still read wrong after its fixes (README, round 6): no rule reads them yet
KNOWN_MISSES = {
    # an aggregator's copy stripped of its title: the post shows only as "pädagogische Fachkraft" in a sentence
    "de-page-fuchsjobs-saarbruecken-erzieherinnen.txt": "refused: no title line and no sentence naming the post",
    # no employer field at all; the commune shows only as the workplace's town and "(école et mairie)"
    "fr-page-emploi-territorial-marcilly-restauration-scolaire.txt": "no employer: only the workplace names a town",
}


def _dev_cases() -> list:
    return [pytest.param(p, t, id=p.name, marks=[pytest.mark.xfail(reason=KNOWN_MISSES[p.name], strict=True)]
                         if p.name in KNOWN_MISSES else []) for p, t in _pairs("dev")]


@pytest.mark.parametrize(("posting", "truth"), _dev_cases())
def test_dev_posting_employer_and_title(posting: Path, truth: dict) -> None:
    right, _recall, why = _judge(posting, truth)
    assert right, why


def _mean(values: list[float | None]) -> float:
    scored = [v for v in values if v is not None]
    return sum(scored) / len(scored)


def test_dev_requirement_recall() -> None:
    assert _mean([_judge(p, t)[1] for p, t in _pairs("dev")]) >= DEV_RECALL


@pytest.mark.parametrize("text", sorted((REAL / "not-postings").glob("*.txt")), ids=lambda p: p.name)
def test_a_real_text_that_is_no_posting_is_refused(text: Path) -> None:
    with pytest.raises(JobError, match="no job posting found"):
        load_job(text)


# -- one test per confidence rule ---------------------------------------------------------------------------

def test_a_recruiters_posting_has_no_employer_and_says_so() -> None:
    job = load_job(REAL / "dev" / "en-issue-tech256-teksystems-web-developers.md")  # "one of TEKsystems' clients"
    assert job.company is None
    assert "recruiter" in job.extra["company_from"]
    notice = job.employer_notice() or ""
    assert "--company" in notice and "\n" not in notice


def test_a_department_called_client_experience_is_no_recruiter() -> None:
    job = load_job(REAL / "dev" / "en-issue-wwr-agent-pronto-client-specialist.md")  # "our Client Experience team"
    assert job.company == "Agent Pronto"
    assert job.extra["company_from"] == "the domain agentpronto"


def test_a_boards_category_or_form_line_is_never_the_employer() -> None:
    mulchen = load_job(REAL / "dev" / "es-page-mulchen-tecnico-enfermeria.txt")  # "Área de Trabajo" / "Salud"
    assert mulchen.company == "Hospital de Mulchén"
    cazeres = load_job(REAL / "dev" / "fr-page-cazeres-secretaire-general-mairie.txt")  # "Synthèse de l'offre"
    assert cazeres.company and "CAZÈRES-SUR-L’ADOUR" in cazeres.company


def test_an_employer_named_only_by_the_email_domain_is_a_flagged_guess() -> None:
    job = load_job(REAL / "dev" / "en-issue-callisto-frontend-developer.md")
    assert job.company == "Callisto"
    assert job.extra["company_confidence"] == "low"
    assert "e-mail domain" in job.extra["company_from"]
    assert "--company" in (job.employer_notice() or "")


def test_a_repository_name_or_a_vacancy_line_is_never_the_employer() -> None:
    jobsity = load_job(REAL / "dev" / "en-issue-jobsity-backend-developer.md")
    assert jobsity.company == "Jobsity"
    temse = load_job(REAL / "dev" / "nl-page-temse-consulent-onthaalouders.txt")
    assert temse.company and "Temse" in temse.company


def test_naming_the_employer_silences_the_notice() -> None:
    job = load_job(REAL / "dev" / "en-issue-callisto-frontend-developer.md", company="Callisto Network")
    assert job.company == "Callisto Network"
    assert job.employer_notice() is None


def test_the_job_view_says_where_employer_and_title_came_from(capsys: pytest.CaptureFixture[str]) -> None:
    posting = REAL / "dev" / "it-page-vasto-istruttore-polizia-municipale.txt"  # title inside the notice's sentence
    code, out, err = run_cli(capsys, "job", str(posting))
    assert code == 0, err
    flat = " ".join(out.split())
    assert "official name 'Comune di Vasto'" in flat
    assert "title from: a sentence of the posting" in flat


def test_a_workplace_tag_in_brackets_is_no_part_of_the_title() -> None:
    """Jobsity's issue is titled '[Remote] Back-end Developer'; a letter says 'the Back-end Developer position',
    never '[Remote] Back-end Developer' (which Markdown also escapes to '\\[Remote]')."""
    job = load_job(REAL / "dev" / "en-issue-jobsity-backend-developer.md")
    assert job.title == "Back-end Developer"


def test_a_hire_prefix_is_no_part_of_the_title() -> None:
    """Callisto's proposal is titled 'Hire: jr. Frontend Developer - ReactJS'; the role is what follows 'Hire:'."""
    job = load_job(REAL / "dev" / "en-issue-callisto-frontend-developer.md")
    assert job.title and not job.title.casefold().startswith("hire")

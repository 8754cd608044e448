"""Offline letters in the posting's language (issue 13): every non-English real posting x two profiles.

For each posting of tests/data/jobs/real (dev and holdout) whose truth says it is not in English, a letter from
an English CV (examples/profile.json) and one from a CV in the posting's language where the corpus has one
(tests/data/profiles/real), written as `coverletter generate --offline` writes them, rendered to Markdown and
checked as `coverletter check LETTER.md` checks it. Each letter must be in the posting's language (py3langid,
through coverletter.job.language), name the employer and the role (the posting's truth accept lists), pass the
checker's claims, placeholder and cliché checks, and show none of the shared scorer's seams
(../shared/checks/score_letters.py: SEAMS, the same expression); across each profile's letters the share of body
sentences another letter repeats word for word (the scorer's stock signal) stays at most 0.15. The length check is
reported, not required: a letter from an English CV says only its facts (employers, titles, years, skills) in
another language and is often shorter than the band.

    python bench/lang_letters.py            # one line per letter, then the summary
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

JOBS = ROOT / "tests" / "data" / "jobs" / "real"
PROFILES = ROOT / "tests" / "data" / "profiles" / "real"
SHARED = Path(os.environ.get("COVERLETTER_SHARED", ROOT.parent / "shared")).resolve()
ENGLISH_CV = ROOT / "examples" / "profile.json"
# A real CV in each language the corpus has one in (source in each truth file).
NATIVE_CV = {
    "de": PROFILES / "other" / "holdout" / "aaron-schneider-de.tex",
    "fr": PROFILES / "jsonresume" / "holdout" / "jeremy-buget-fr.json",
    "es": PROFILES / "jsonresume" / "dev" / "fernando-garcia-es.yaml",
    "pt": PROFILES / "other" / "dev" / "andre-santos-pt.tex",
}
TODAY = datetime.date(2026, 12, 1)
STOCK_MAX = 0.15
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")  # the shared scorer's sentence split
_SEAMS_FALLBACK = re.compile(
    r"\bto (?:will|is|are|was|has)\b|\b(?:a|an|the) (?:a|an|the|is|are|was|were|will|can|has|have)\b|"
    r"\b(\w{2,})\s+\1\b|\bI (?:is|has|was been)\b|[\"“]\w{1,2}[\"”]", re.I)


@dataclass
class Row:
    """One letter and what was found in it."""

    profile: str
    posting: str
    language: str
    found: str = ""
    words: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    body: str = ""
    skipped: str = ""  # why no letter was written (the posting could not be read)
    post: tuple[str, str] = ("", "")  # the employer and the short title as the parser read them


def seams_pattern() -> re.Pattern[str]:
    """The shared scorer's SEAMS expression (read from ../shared/checks/score_letters.py when it is there)."""
    path = SHARED / "checks" / "score_letters.py"
    if path.is_file():
        spec = importlib.util.spec_from_file_location("score_letters", path)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        return module.SEAMS
    return _SEAMS_FALLBACK


def postings() -> list[tuple[Path, dict]]:
    """Every real posting not in English, with its truth."""
    out = []
    for truth_path in sorted(JOBS.glob("*/*.truth.json")):
        if truth_path.parent.name not in ("dev", "holdout"):
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        stem = truth_path.name[: -len(".truth.json")]
        raw = [p for p in truth_path.parent.glob(f"{stem}.*") if not p.name.endswith(".truth.json")]
        if raw and truth.get("language", "en") != "en":
            out.append((raw[0], truth))
    return out


def pairs() -> list[tuple[Path, Path, dict]]:
    """(profile, posting, truth): the English CV and, where there is one, a CV in the posting's language."""
    out = []
    for posting, truth in postings():
        out.append((ENGLISH_CV, posting, truth))
        native = NATIVE_CV.get(truth["language"])
        if native:
            out.append((native, posting, truth))
    return out


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _named(letter: str, accept: list[str]) -> bool:
    return not accept or any(_norm(a) in _norm(letter) for a in accept)


def letter_row(profile_path: Path, posting: Path, truth: dict, seams: re.Pattern[str]) -> Row:
    """Write one letter as generate --offline does, render it as Markdown, and check it as check does."""
    from coverletter import api
    from coverletter.errors import JobError
    from coverletter.job.language import detect_language
    from coverletter.style.letter_locale import bare_title
    from coverletter.write.lang.phrases import short_title

    try:
        profile, job = api.load_profile(profile_path), api.load_job(posting)
    except JobError as exc:  # the job parser's own miss, counted apart: no letter is written for it
        return Row(profile_path.stem, posting.stem, truth["language"], skipped=f"no posting read: {exc.message}")
    letter = api.compose(profile, job, today=TODAY)
    text = api.render(letter, "md").decode("utf-8")
    body = letter.body
    row = Row(profile_path.stem, posting.stem, truth["language"], detect_language(body), len(body.split()),
              body=body, post=(job.company or posting.stem, short_title(bare_title(job.title)).casefold()))
    if row.found != job.language:
        row.problems.append(f"body in {row.found}, posting read as {job.language}")
    elif row.found != row.language:
        row.notes.append(f"the parser reads the posting as {job.language}, its truth says {row.language}")
    for what, accept, read in (("employer", truth.get("company_accept", []), job.company),
                               ("role", truth.get("title_accept", []), job.title)):
        if _named(text, accept):
            continue
        if read and not _named(text, [read, bare_title(read)]):
            row.problems.append(f"{what} {read!r} not named")
        else:  # the letter names what the parser read, which the truth does not accept: the parser's miss
            row.notes.append(f"{what}: the parser read {read!r}, the truth accepts {accept[:1]}")
    report = api.check(text, profile, job)
    for check in report.checks:
        if check.ok:
            continue
        (row.notes if check.name == "length" else row.problems).append(f"{check.name}: {check.detail}")
    found = sorted({m.group(0) for m in seams.finditer(body)} - {"that that", "had had"})
    own = [f for f in found if f not in f"{job.company} {job.title}"]  # 'Gemeente Gemeente Kaprijke' is the page's
    if own:
        row.problems.append(f"seams {own[:4]}")
    elif found:
        row.notes.append(f"seams in the posting's own names: {found[:2]}")
    return row


def stock(rows: list[Row]) -> dict[str, tuple[float, str]]:
    """For each profile, the largest share of one letter's body sentences (6+ words) that another letter of the
    same profile repeats word for word, and one such sentence; two letters for one post (the same employer and
    the same title without its tags, posted twice) are not compared."""
    by_profile: dict[str, list[Row]] = {}
    for row in rows:
        by_profile.setdefault(row.profile, []).append(row)
    out: dict[str, tuple[float, str]] = {}
    for name, letters in by_profile.items():
        sets = [{s.strip() for s in _SENTENCE.split(" ".join(r.body.split())) if len(s.split()) >= 6}
                for r in letters]
        worst, example = 0.0, ""
        for i, mine in enumerate(sets):
            others = set().union(*(s for j, s in enumerate(sets) if j != i and letters[j].post != letters[i].post))
            if mine and len(mine & others) / len(mine) > worst:
                worst = len(mine & others) / len(mine)
                example = sorted(mine & others)[0]
        out[name] = (worst, example)
    return out


def measure() -> tuple[list[Row], dict[str, tuple[float, str]]]:
    """Every letter's row, and the stock share per profile."""
    seams = seams_pattern()
    rows = [letter_row(p, j, t, seams) for p, j, t in pairs()]
    return rows, stock([r for r in rows if not r.skipped and r.found != "en"])  # the English writer's own letters
    # (postings our parser reads as English) are measured by the shared scorer, not here


def main() -> int:
    rows, shares = measure()
    skipped = [r for r in rows if r.skipped]
    rows = [r for r in rows if not r.skipped]
    for row in skipped:
        print(f"skip {row.profile} x {row.posting}: {row.skipped}")
    for row in rows:
        status = "FAIL" if row.problems else "ok  "
        extra = "; ".join(row.problems + row.notes)
        print(f"{status} {row.profile} x {row.posting} [{row.language}->{row.found}] {row.words} words"
              + (f" -- {extra}" if extra else ""))
    for name, (share, example) in sorted(shares.items()):
        print(f"stock {name}: {share:.2f}" + (f" ({example[:90]!r})" if share else ""))
    bad = sum(1 for r in rows if r.problems)
    short = sum(1 for r in rows if r.notes)
    worst = max((s for s, _ in shares.values()), default=0.0)
    print(f"letters right: {len(rows) - bad}/{len(rows)}, in the posting's language: "
          f"{sum(r.found == r.language for r in rows)}/{len(rows)}, below the word band: {short}, "
          f"worst stock share {worst:.2f}, postings not read: {len({r.posting for r in skipped})}")
    return 0 if not bad and worst <= STOCK_MAX else 1


if __name__ == "__main__":
    sys.exit(main())

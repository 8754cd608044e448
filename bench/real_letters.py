"""Measure `coverletter check` on real cover letters whose authors' CVs are public.

Run as ``python bench/real_letters.py [--split dev|holdout|holdout2|...|holdout7|all] [-v]``. The corpus is
``tests/data/letters/real/`` (see its README): each letter has a truth file naming the author's profile,
the posting as the applicant knew it, and, read by hand, the claims the CV does not back (``unbacked``,
which the checker should flag) and the ones a careful reader could take either way (``debatable``, which
count neither way). Every other flag is a false alarm.

Prints, per letter and in total: flags, false alarms, caught and missed unbacked claims; then false
alarms per letter and the share of flags that are false. ``-v`` lists each flag.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coverletter import api  # noqa: E402
from coverletter.job.model import Job  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "letters" / "real"


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


def _matches(flag: str, label: str) -> bool:
    """A flag answers a label when one holds the other as whole words."""
    a, b = f" {_key(flag)} ", f" {_key(label)} "
    return bool(a.strip()) and bool(b.strip()) and (a in b or b in a)


@dataclass
class LetterResult:
    """What the checker flagged in one letter, against the hand labels."""

    name: str
    flags: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    caught: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


@dataclass
class Totals:
    """The corpus's totals."""

    letters: list[LetterResult]

    @property
    def flags(self) -> int:
        return sum(len(r.flags) for r in self.letters)

    @property
    def false_alarms(self) -> int:
        return sum(len(r.false_alarms) for r in self.letters)

    @property
    def caught(self) -> int:
        return sum(len(r.caught) for r in self.letters)

    @property
    def missed(self) -> int:
        return sum(len(r.missed) for r in self.letters)

    @property
    def per_letter(self) -> float:
        return self.false_alarms / len(self.letters) if self.letters else 0.0

    @property
    def false_share(self) -> float:
        return self.false_alarms / self.flags if self.flags else 0.0


SPLITS = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7")


def truth_files(split: str) -> list[Path]:
    """The truth files of one split (dev, holdout, holdout2, ..., holdout7) or of all."""
    splits = list(SPLITS) if split == "all" else [split]
    return [p for s in splits for p in sorted((CORPUS / s).glob("*.truth.json"))]


def measure_letter(truth_path: Path) -> LetterResult:
    """Check one letter against its author's profile and score the flags against the hand labels."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    here = truth_path.parent
    profile = api.load_profile(here / truth["profile"])
    if truth.get("job"):
        job = api.load_job(here / truth["job"])
    else:  # no public posting: what the applicant knew, the employer and role the letter addresses
        job = Job(raw_text="", source="(not public)", company=truth.get("employer"), title=truth.get("role"))
    letter = (here / truth["letter"]).read_text(encoding="utf-8")
    report = api.check(letter, profile, job, words=(1, 10_000))
    unbacked = [u["claim"] for u in truth.get("unbacked", [])]
    debatable = [u["claim"] for u in truth.get("debatable", [])]
    result = LetterResult(truth_path.name.removesuffix(".truth.json"))
    for claim in report.unsupported:
        result.flags.append(claim.text)
        if not any(_matches(claim.text, label) for label in unbacked + debatable):
            result.false_alarms.append(claim.text)
    for label in unbacked:
        hit = any(_matches(c.text, label) for c in report.unsupported)
        (result.caught if hit else result.missed).append(label)
    return result


def measure(split: str = "dev") -> Totals:
    """Every letter of a split, measured."""
    return Totals([measure_letter(p) for p in truth_files(split)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every flag")
    args = parser.parse_args()
    totals = measure(args.split)
    if not totals.letters:
        print(f"{args.split}: no letters (between holdouts the holdout is empty; see the corpus README)")
        return 0
    print(f"{'letter':28} flags false caught missed")
    for r in totals.letters:
        print(f"{r.name:28} {len(r.flags):5} {len(r.false_alarms):5} {len(r.caught):6} {len(r.missed):6}")
        if args.verbose:
            for text in r.false_alarms:
                print(f"    false alarm: {text}")
            for text in r.missed:
                print(f"    missed:      {text}")
    print(f"{args.split}: {len(totals.letters)} letters, {totals.flags} flags, {totals.false_alarms} false alarms "
          f"({totals.per_letter:.2f} a letter, {totals.false_share:.0%} of flags), "
          f"unbacked claims caught {totals.caught} of {totals.caught + totals.missed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

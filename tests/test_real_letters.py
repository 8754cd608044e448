"""`coverletter check` on real cover letters whose authors' CVs are public (tests/data/letters/real/, issue 12):
few false alarms on honest prose, and every claim the CV does not back (read by hand) flagged. The bars are the
measured results with a little room; `python bench/real_letters.py -v` shows each flag."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import real_letters  # noqa: E402


@pytest.fixture(scope="module")
def dev() -> real_letters.Totals:
    return real_letters.measure("dev")


def test_the_corpus_is_whole() -> None:
    truths = real_letters.truth_files("all")
    assert len(truths) >= 25
    for path in truths:
        truth = json.loads(path.read_text())
        assert truth["source"]["repo"] and truth["source"]["commit"] and truth["source"]["path"]
        assert (path.parent / truth["letter"]).is_file()
        assert (path.parent / truth["profile"]).is_file()
        assert (path.parent / truth["cv"]["dir"] / truth["cv"]["main"]).is_file()


def test_few_false_alarms_on_honest_letters(dev: real_letters.Totals) -> None:
    # measured (session 4, the eight holdout letters of session 3 moved in): 0 false alarms in 34 letters (5 before
    # the session's fixes, 0.15 a letter); session 3: 1 in 26 (0.04); session 2: 0.09 a letter; before issue 12: 7.40
    assert dev.per_letter <= 0.1, [(r.name, r.false_alarms) for r in dev.letters if r.false_alarms]
    assert dev.false_share <= 0.02


def test_every_unbacked_claim_is_flagged(dev: real_letters.Totals) -> None:
    assert dev.missed == 0, [(r.name, r.missed) for r in dev.letters if r.missed]
    assert dev.caught >= 79


def test_the_holdout_holds_its_level_after_fixes() -> None:
    """The holdout (nine letters labelled before the checker's first run on them) keeps the level measured after
    the fixes its blind run led to (not blind): "holdout: 9 letters, 38 flags, 2 false alarms (0.22 a letter, 5% of
    flags), unbacked claims caught 19 of 25"; its one blind run gave 30 false alarms (3.33 a letter) and 12 of 25.
    Issue 12's false-alarm bar (at most one in four letters) is met there, its catch bar (every unbacked claim) is
    not; see tests/data/letters/real/README.md."""
    holdout = real_letters.measure("holdout")
    assert len(holdout.letters) == 9
    assert holdout.per_letter <= 2 / 9, [(r.name, r.false_alarms) for r in holdout.letters if r.false_alarms]
    assert holdout.caught >= 19


def test_holdout2_holds_its_level_after_fixes() -> None:
    """Holdout 2 (eight letters labelled before any run): blind "8 letters, 30 flags, 13 false alarms (1.62 a
    letter, 43% of flags), unbacked claims caught 8 of 14"; after the fixes its run led to (not blind): 3 false
    alarms (0.38 a letter) and 14 of 14 caught. See tests/data/letters/real/holdout2/README.md."""
    holdout2 = real_letters.measure("holdout2")
    assert len(holdout2.letters) == 8
    # session 7's field-of-work and years-of-experience policies: 2 ("version control", "HTTP" left)
    assert holdout2.per_letter <= 2 / 8, [(r.name, r.false_alarms) for r in holdout2.letters if r.false_alarms]
    assert holdout2.missed == 0, [(r.name, r.missed) for r in holdout2.letters if r.missed]


def test_holdout3_holds_its_level_after_fixes() -> None:
    """Holdout 3 (eight letters labelled before any run, to test holdout 2's fixes): blind "8 letters, 45 flags, 19
    false alarms (2.38 a letter, 42% of flags), unbacked claims caught 6 of 8"; after the fixes its run led to (not
    blind): 2 false alarms (0.25 a letter), 7 of 8 caught. See tests/data/letters/real/holdout3/README.md."""
    holdout3 = real_letters.measure("holdout3")
    assert len(holdout3.letters) == 8
    # session 7's field-of-work policy: 1 ("JVM" left)
    assert holdout3.per_letter <= 1 / 8, [(r.name, r.false_alarms) for r in holdout3.letters if r.false_alarms]
    assert holdout3.caught >= 7


def test_holdout4_holds_its_level_after_fixes() -> None:
    """Holdout 4 (five letters labelled before any run, to test holdout 3's fixes): blind "5 letters, 20 flags, 6
    false alarms (1.20 a letter, 30% of flags), unbacked claims caught 3 of 5"; after the fixes its run led to (not
    blind): 2 false alarms (0.40 a letter), 5 of 5 caught. See tests/data/letters/real/holdout4/README.md."""
    holdout4 = real_letters.measure("holdout4")
    assert len(holdout4.letters) == 5
    # session 7's kind-of-work policy: 1 ("event management" left)
    assert holdout4.false_alarms <= 1, [(r.name, r.false_alarms) for r in holdout4.letters if r.false_alarms]
    assert holdout4.missed == 0, [(r.name, r.missed) for r in holdout4.letters if r.missed]


def test_holdout5_holds_its_level_after_fixes() -> None:
    """Holdout 5 (three letters labelled before any run, to test holdout 4's fixes): blind "3 letters, 15 flags, 6
    false alarms (2.00 a letter, 40% of flags), unbacked claims caught 3 of 3"; after the fixes (not blind): 3 false
    alarms, 3 of 3 caught. See tests/data/letters/real/holdout5/README.md."""
    holdout5 = real_letters.measure("holdout5")
    assert len(holdout5.letters) == 3
    # session 7's field-of-work policy: 1 ("Uncertainty" left)
    assert holdout5.false_alarms <= 1, [(r.name, r.false_alarms) for r in holdout5.letters if r.false_alarms]
    assert holdout5.missed == 0


def test_holdout6_holds_its_level_after_its_fix() -> None:
    """Holdout 6 (three letters labelled before any run): blind "3 letters, 6 flags, 3 false alarms (1.00 a letter),
    unbacked claims caught 0 of 1"; after its fix (not blind) 2 false alarms, 0 of 1 caught (see its README)."""
    holdout6 = real_letters.measure("holdout6")
    assert len(holdout6.letters) == 3
    # session 7's acronym policy: 1 ("Oracle Certified Java SE" left)
    assert holdout6.false_alarms <= 1, [(r.name, r.false_alarms) for r in holdout6.letters if r.false_alarms]


def test_holdout7_holds_its_blind_level() -> None:
    """Holdout 7 (six letters labelled before any run, measured once after session 7's policies by category):
    blind "6 letters, 38 flags, 13 false alarms (2.17 a letter, 34% of flags), unbacked claims caught 11 of 12";
    read afterwards, not tuned on (see tests/data/letters/real/holdout7/README.md)."""
    holdout7 = real_letters.measure("holdout7")
    assert len(holdout7.letters) == 6
    assert holdout7.false_alarms <= 13, [(r.name, r.false_alarms) for r in holdout7.letters if r.false_alarms]
    assert holdout7.caught >= 11

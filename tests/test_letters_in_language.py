"""Offline letters in the posting's language (issue 13): every real posting not in English x an English CV and a
real CV in the posting's language where the corpus has one (bench/lang_letters.py measures and prints them).

Each letter's body is in the language the posting is read in (py3langid), names the employer and the post the
parser read, passes `coverletter check` (no unsupported claim, no placeholder, no cliché) and shows none of the
shared scorer's seams; across each profile's letters no more than 15% of a letter's sentences repeat another's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import lang_letters  # noqa: E402


@pytest.fixture(scope="module")
def measured() -> tuple[list[lang_letters.Row], dict[str, tuple[float, str]]]:
    return lang_letters.measure()


def test_the_corpus_has_every_language_and_a_native_cv_for_four() -> None:
    languages = {truth["language"] for _, truth in lang_letters.postings()}
    assert languages == {"de", "fr", "es", "it", "nl", "pt"}
    assert len(lang_letters.postings()) >= 50
    assert all(path.is_file() for path in lang_letters.NATIVE_CV.values())


def test_every_letter_is_in_the_posting_language_names_both_and_passes_the_checks(measured) -> None:
    rows, _ = measured
    written = [r for r in rows if not r.skipped]
    assert len(written) >= 85
    bad = [f"{r.profile} x {r.posting}: {'; '.join(r.problems)}" for r in written if r.problems]
    assert not bad, "\n".join(bad)
    in_language = [r for r in written if r.found == r.language]
    assert len(in_language) >= len(written) - 6  # the parser reads three Spanish postings as English


def test_a_profile_letters_do_not_share_their_sentences(measured) -> None:
    _, shares = measured
    worst = {name: share for name, (share, _) in shares.items()}
    assert max(worst.values()) <= lang_letters.STOCK_MAX, worst


def test_a_cv_line_is_quoted_only_in_its_own_language(measured) -> None:
    """The English CV's lines never stand in another language's letter: its letters say facts only."""
    rows, _ = measured
    from coverletter import api

    english = api.load_profile(lang_letters.ENGLISH_CV)
    lines = [h for w in english.work for h in w.highlights if len(h.split()) >= 6]
    for row in rows:
        if row.profile == lang_letters.ENGLISH_CV.stem and row.found != "en":
            assert not any(line.rstrip(".") in row.body for line in lines), row.posting

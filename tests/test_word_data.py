"""The word tables built by scripts/build_word_data.py answer exactly as the libraries they come from.

coverletter.text.forms stands in for lemminflect, coverletter.job.language for py3langid's identifier
(restricted to the letter's languages) and coverletter.style.cldr for Babel, so that an offline letter loads none.
These compare them on real text (every word and line of the test postings, profiles and examples, and a sample of
the table's own words) and, for Babel, on every locale of the seven languages.
"""

from __future__ import annotations

import datetime
import random
import re
import string
from pathlib import Path

import pytest

from coverletter.job import language
from coverletter.paths import data_file
from coverletter.text import forms

from fixture_paths import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
TAGS = ("VB", "VBD", "VBG", "VBN", "VBZ", "NNS", "NNP", "JJR", "RBS", "RP")


def _texts() -> list[str]:
    found = []
    for folder in (ROOT / "tests" / "data", EXAMPLES):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".md", ".json", ".html", ".yaml", ".tex"):
                found.append(path.read_text(encoding="utf-8", errors="replace"))
    return found


def _words() -> list[str]:
    words = {w for text in _texts() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)}
    table = data_file("english_forms.txt").read_text(encoding="utf-8").splitlines()
    sample = random.Random(14).sample([line.split("\t")[1] for line in table], 1200)
    words |= set(sample) | {w.capitalize() for w in sample[:300]} | {w.upper() for w in sample[:100]}
    return sorted(words | {"'d", "be", "can", "Will", "overed", "zorbled"})


def test_lemmas_and_inflections_are_lemminflects() -> None:
    lemminflect = pytest.importorskip("lemminflect")
    differ = []
    for word in _words():
        if forms.getAllLemmas(word) != lemminflect.getAllLemmas(word):
            differ.append((word, "lemmas"))
        for tag in TAGS:
            ours, theirs = forms.getInflection(word, tag=tag), lemminflect.getInflection(word, tag=tag)
            if ours != theirs or type(ours) is not type(theirs):
                differ.append((word, tag))
    assert differ == []


def test_out_of_vocabulary_guesses_are_lemminflects() -> None:
    lemminflect = pytest.importorskip("lemminflect")
    for word in ("zorbled", "overed", "refactored"):
        assert forms.getAllLemmasOOV(word, "VERB") == lemminflect.getAllLemmasOOV(word, "VERB")


def test_languages_are_py3langids() -> None:
    langid = pytest.importorskip("py3langid.langid")
    identifier = langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE)
    identifier.set_languages(list(language.LANGUAGES))
    samples = [piece for text in _texts() for piece in [text[:20_000], *text.splitlines()[:200]]]
    samples += ["", "   ", "AN ALL CAPITAL POSTING FOR A SENIOR ENGINEER", "Ingénieur logiciel (H/F) à Paris",
                "\ud800 a lone surrogate"]
    differ = [text[:60] for text in samples if language.classify(text) != identifier.classify(text)[0]]
    assert len(samples) > 1000
    assert differ == []


def test_dates_are_babels() -> None:
    """Every locale of the seven languages and every country, each month, one- and two-digit days."""
    babel_dates = pytest.importorskip("babel.dates")
    from babel import Locale, UnknownLocaleError

    from coverletter.style import cldr, letter_locale

    days = [datetime.date(year, month, day) for year in (1999, 2026) for month in range(1, 13) for day in (1, 9, 28)]
    differ, known = [], 0
    for lang in language.LANGUAGES:
        for region in [None, *(a + b for a in string.ascii_uppercase for b in string.ascii_uppercase)]:
            code = f"{lang}_{region}" if region else lang
            try:
                Locale.parse(code)
            except (UnknownLocaleError, ValueError):
                assert not cldr.has_locale(code), code
                continue
            known += 1
            assert cldr.has_locale(code), code
            differ += [(code, day) for day in days if cldr.long_date(day, code) != babel_dates.format_date(
                day, "long", locale=code)]
        for region in ("US", "AT", "CH", "BR", "XX", "us", None):
            expected = babel_dates.format_date(days[0], "long", locale=letter_locale.date_locale(lang, region))
            assert letter_locale.format_date(days[0], lang, region).replace("1er ", "1 ") == expected
    assert known > 200
    assert differ == []


def test_language_and_country_names_are_babels() -> None:
    babel = pytest.importorskip("babel")
    from coverletter.style import cldr

    names: set[str] = set()
    for code in language.LANGUAGES:
        locale = babel.Locale.parse(code)
        names.update(n.casefold() for n in (*locale.languages.values(), *locale.territories.values()))
    assert {"français", "deutschland", "nederlands", "espanha"} <= names
    assert cldr.language_and_country_names() == names
    territories = {n.casefold() for code in language.LANGUAGES
                   for n in babel.Locale.parse(code).territories.values()}
    assert {"europe", "deutschland", "italien"} <= territories and "français" not in territories
    assert cldr.territory_names() == territories

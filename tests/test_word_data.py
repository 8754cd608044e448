"""The word tables built by scripts/build_word_data.py answer exactly as the libraries they come from.

coverletter.text.forms stands in for lemminflect and coverletter.job.language for py3langid's identifier
(restricted to the letter's languages), so that an offline letter loads neither. These compare them on real
text: every word and line of the test postings, profiles and examples, and a sample of the table's own words.
"""

from __future__ import annotations

import random
import re
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

"""English lemmas and inflections exactly as lemminflect gives them, read from a table built from it.

lemminflect loads its whole look-up tables (and numpy) on first use: 0.4 s of every offline letter.
``scripts/build_word_data.py`` writes the same tables, overrides applied, to ``data/english_forms.txt``: sorted
lines, memory-mapped and found by bisection (nothing is loaded up front). The rare question the table cannot
answer (a word it does not know, which lemminflect answers with its learned rules) goes to lemminflect itself,
so every answer is lemminflect's. The names follow lemminflect's, so callers swap only their import.
"""

from __future__ import annotations

import json
import mmap
from functools import cache
from typing import Any

from ..paths import data_file

Forms = dict[str, Any]


@cache
def _table() -> mmap.mmap:
    with data_file("english_forms.txt").open("rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


def _line(data: mmap.mmap, prefix: bytes) -> bytes | None:
    """The line that starts with prefix, by bisection over the sorted lines (each ends with a newline)."""
    low, high = 0, len(data)  # low is always the start of a line
    while low < high:
        start = max(low, data.rfind(b"\n", low, (low + high) // 2) + 1)
        end = data.find(b"\n", start)
        line = data[start:end]
        if line.startswith(prefix):
            return line
        if line < prefix:
            low = end + 1
        else:
            high = start
    return None


@cache
def _entry(kind: str, word: str) -> Forms:
    """The table's entry for a lower-case word: 'L' its lemmas by upos, 'I' its inflections by Penn tag."""
    prefix = f"{kind}\t{word}\t".encode()
    line = _line(_table(), prefix)
    if line is None:
        return {}
    return {key: tuple(value) for key, value in json.loads(line[len(prefix):]).items()}


def _caps_style(word: str) -> str:
    if word.isupper():
        return "all_upper"
    return "first_upper" if word and word[0].isupper() else "lower"


def _with_caps(forms: Forms, style: str) -> Forms:
    def say(word: str) -> str:
        return word.upper() if style == "all_upper" else word.capitalize() if style == "first_upper" else word.lower()

    return {key: tuple(say(w) for w in value) if isinstance(value, (list, tuple)) else say(value)
            for key, value in forms.items()}


def getAllLemmas(word: str) -> Forms:
    """lemminflect.getAllLemmas(word): the lemmas of a word by universal POS, in the word's capitalisation."""
    return _with_caps(_entry("L", word.lower()), _caps_style(word))


def getAllLemmasOOV(word: str, upos: str) -> Forms:
    """lemminflect.getAllLemmasOOV: a guess from its learned rules (lemminflect and numpy load here)."""
    from lemminflect import getAllLemmasOOV as guess

    return guess(word, upos)


def _tag_upos(tag: str) -> str | None:
    """lemminflect's tagToUPos for the verb, noun, adjective and adverb tags."""
    tag = tag.upper()
    if tag[0] == "J":
        return "ADJ"
    if tag[0] == "R" and tag != "RP":
        return "ADV"
    if tag in ("NNP", "NNPS"):
        return "PROPN"
    return {"N": "NOUN", "V": "VERB"}.get(tag[0], "VERB" if tag == "MD" else None)


def _alternative_tags(tag: str) -> list[str]:
    """lemminflect's pennTagAlts: tags to try when a form is missing under its own."""
    fixed = {"RP": ["JJ", "RB"], "VBD": ["VBN"], "VBN": ["VBD"]}
    if tag in fixed:
        return fixed[tag]
    if tag.startswith(("JJ", "RB")):
        return [("RB" if tag.startswith("JJ") else "JJ") + tag[2:]]
    return []


def getInflection(lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect.getInflection(lemma, tag): the spellings of a lemma's form for a Penn tag."""
    if _tag_upos(tag) == "PROPN":
        from lemminflect import getInflection as inflect

        return tuple(inflect(lemma, tag=tag))
    forms = _with_caps(_entry("I", lemma.lower()), _caps_style(lemma))
    form = forms.get({"NNP": "NN", "NNPS": "NNS"}.get(tag, tag))
    if form is None:
        for alternative in _alternative_tags(tag):
            form = forms.get(alternative)
            if form:
                break
    if form is None:  # not in the table: lemminflect's rules
        from lemminflect import getInflection as inflect

        return tuple(inflect(lemma, tag=tag))
    return form

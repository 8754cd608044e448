"""Sentences that two letters of one batch share: the pairs, and the sentences each pair repeats.

Sentences are compared in their normal form (case, punctuation and Markdown marks ignored); sentences under
``MIN_WORDS`` words are left out, as too short to notice.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from ..datamodel import model
from ..text import norm, sentences

MIN_WORDS = 4


@model
class RepeatedPair:
    """Two letters (by file name) and the sentences both hold, as the first of them words it."""

    first: str
    second: str
    shared: list[str]

    def to_dict(self) -> dict[str, object]:
        return {"letters": [self.first, self.second], "shared": self.shared}


def body_sentences(body: str) -> list[str]:
    """A letter body's sentences, as the repetition report and the offline writer compare them."""
    return [s for s in sentences(body) if len(norm(s).split()) >= MIN_WORDS]


@model
class RepeatedSentence:
    """A sentence (as its first letter words it) and the letters that hold it."""

    text: str
    letters: list[str]

    def to_dict(self) -> dict[str, object]:
        return {"sentence": self.text, "letters": self.letters}


def _holders(letters: list[tuple[str, list[str]]]) -> tuple[dict[str, list[str]], dict[tuple[str, str], str]]:
    """Each normal-form sentence -> the letters holding it, and each (letter, normal form) -> its wording."""
    holders: dict[str, list[str]] = defaultdict(list)
    wording: dict[tuple[str, str], str] = {}
    for name, texts in letters:
        for text in texts:
            key = norm(text)
            if len(key.split()) < MIN_WORDS:
                continue
            if name not in holders[key]:
                holders[key].append(name)
            wording.setdefault((name, key), text)
    return holders, wording


def repeated_sentences(letters: list[tuple[str, list[str]]]) -> list[RepeatedSentence]:
    """Every sentence in two letters or more, the most widely repeated first."""
    holders, wording = _holders(letters)
    found = [RepeatedSentence(wording[(names[0], key)], names) for key, names in holders.items() if len(names) > 1]
    return sorted(found, key=lambda r: -len(r.letters))


def repeated_pairs(letters: list[tuple[str, list[str]]]) -> list[RepeatedPair]:
    """Every pair of letters sharing at least one sentence, most shared first."""
    holders, wording = _holders(letters)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, names in holders.items():
        for first, second in combinations(names, 2):
            shared[(first, second)].append(wording[(first, key)])
    pairs = [RepeatedPair(a, b, texts) for (a, b), texts in shared.items()]
    return sorted(pairs, key=lambda p: (-len(p.shared), p.first, p.second))

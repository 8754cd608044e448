"""A small, deterministic BM25 ranker in pure Python, with skill aliases folded into one token.

Text is cut into lower-case word tokens (keeping ``c++``, ``c#``, ``node.js``), stop words dropped and
a light suffix stemmer applied ("optimized" and "optimizing" -> "optim"). Where a lexicon is given,
every skill it finds in a text adds one token ``skill:<canonical name>``, so "k8s" in a highlight meets
"Kubernetes" in a requirement. Scores are Okapi BM25 (k1=1.2, b=0.75) with the non-negative
Lucene idf ``log(1 + (N - n + 0.5) / (n + 0.5))``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..datamodel import model

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*(?:[.\-/][a-z0-9+#]+)*")
_STOP_TEXT = """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each etc few for from further had has have having
    he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours e.g i.e eg ie ability able strong excellent proven plus well including include
    includes related field especially using use used work working experience experienced knowledge familiarity
    familiar skill skills good great solid deep year years least preferably prefer preferred like similar"""
STOPWORDS = frozenset(_STOP_TEXT.split())
_SUFFIXES = ("ations", "ation", "ingly", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly", "ment", "ments", "er",
             "ers", "ity", "ive", "al")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, deterministic suffix stemmer: long enough stems only, no dictionary."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            if suffix == "ies":
                base += "y"
            if len(base) > 4 and base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]
            return base.rstrip("e") if len(base) > 5 else base
    return word.rstrip("e") if len(word) > 5 else word


def words(text: str) -> list[str]:
    """Lower-case word tokens of a text, stop words kept."""
    return [t.strip(".-/") for t in _TOKEN.findall(text.casefold()) if t.strip(".-/")]


def tokenize(text: str, lexicon: Any = None, *, skill_text: str | None = None) -> list[str]:
    """Index terms of a text: stemmed content words, plus ``skill:<name>`` for each skill the lexicon finds
    (in ``skill_text`` when given: the text with the names of things blanked, see ``match.guards``)."""
    terms: list[str] = []
    for word in words(text):
        if word in STOPWORDS:
            continue
        terms.append(stem(word))
        if "/" in word or "-" in word:
            terms.extend(stem(part) for part in re.split(r"[/-]", word) if part and part not in STOPWORDS)
    if lexicon is not None:
        found = skills_in(text if skill_text is None else skill_text, lexicon)
        terms.extend(f"skill:{name.casefold()}" for name in found)
    return terms


def skills_in(text: str, lexicon: Any) -> list[str]:
    """Canonical skill names the lexicon finds in a text (none without a lexicon)."""
    if lexicon is None or not text:
        return []
    return list(dict.fromkeys(lexicon.find(text)))


@model
class Hit:
    """One ranked document: its index in the corpus, BM25 score and the query terms it holds."""

    index: int
    score: float
    matched: tuple[str, ...]


class BM25:
    """Okapi BM25 over a fixed corpus of token lists."""

    def __init__(self, documents: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.docs = [Counter(doc) for doc in documents]
        self.lengths = [sum(c.values()) for c in self.docs]
        self.n = len(self.docs)
        self.avg_len = (sum(self.lengths) / self.n) if self.n else 0.0
        df: Counter[str] = Counter()
        for doc in self.docs:
            df.update(doc.keys())
        self.df = df

    def idf(self, term: str) -> float:
        n = self.df.get(term, 0)
        return math.log(1.0 + (self.n - n + 0.5) / (n + 0.5))

    def score(self, query: Sequence[str], index: int) -> float:
        return self._score(Counter(query), index)

    def _score(self, weights: Counter[str], index: int) -> float:
        """The score of one document for the query's terms counted once (see ``rank``)."""
        doc, length = self.docs[index], self.lengths[index]
        total = 0.0
        for term, weight in weights.items():
            tf = doc.get(term, 0)
            if not tf:
                continue
            norm = tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * length / (self.avg_len or 1.0)))
            total += weight * self.idf(term) * norm
        return total

    def rank(self, query: Sequence[str], *, top: int | None = None) -> list[Hit]:
        """Documents with a positive score, best first; ties keep corpus order (deterministic)."""
        weights = Counter(query)
        hits = []
        for i, doc in enumerate(self.docs):
            matched = tuple(sorted(t for t in weights if t in doc))
            if matched:
                hits.append(Hit(i, self._score(weights, i), matched))
        hits.sort(key=lambda h: (-h.score, h.index))
        return hits[:top] if top else hits

    def coverage(self, query: Sequence[str], matched: Sequence[str]) -> float:
        """The idf-weighted share of the query's distinct terms that ``matched`` holds (0..1)."""
        terms = set(query)
        total = sum(self.idf(t) for t in terms)
        if not total:
            return 0.0
        have = set(matched)
        return sum(self.idf(t) for t in terms if t in have) / total

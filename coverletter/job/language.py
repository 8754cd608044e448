"""Which language a posting is written in, from profiles of common words; deterministic and offline.

Each language has a list of its most frequent function words (and a few job-posting words) in
``coverletter/data/stopwords-<code>.txt``. A text's language is the one whose words cover the most of its
tokens; words that several languages share count for each of them, so the words unique to one decide.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..paths import data_file

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
DEFAULT = "en"
_MIN_HITS = 3
_SAMPLE_CHARS = 20_000
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")


@cache
def stopwords(code: str) -> frozenset[str]:
    """The word profile of one language (lower-case); comment lines start with '#'."""
    path = data_file(f"stopwords-{code}.txt")
    words = (line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


def language_scores(text: str) -> dict[str, int]:
    """How many of the text's tokens each language's profile covers."""
    sample = _URL.sub(" ", text[:_SAMPLE_CHARS])
    counts = Counter(t.casefold().replace("’", "'") for t in _TOKEN.findall(sample))
    # French elisions (l'équipe, d'expérience) count as their article.
    for token, n in list(counts.items()):
        if "'" in token:
            head = token.split("'", 1)[0]
            counts[head] += n
    return {code: sum(n for word, n in counts.items() if word in stopwords(code)) for code in LANGUAGES}


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (en, de, fr, es, it, nl, pt); "en" when unsure."""
    scores = language_scores(text or "")
    best = max(LANGUAGES, key=lambda code: (scores[code], code == DEFAULT))
    if scores[best] < _MIN_HITS:
        return DEFAULT
    return best

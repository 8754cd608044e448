"""Which language a posting is written in, from py3langid's model (shipped in its wheel; offline).

The model is restricted to the languages the parser and the letter know. Too little text to judge (a few
words, a list of skills) is English, the default.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
DEFAULT = "en"
_MIN_WORDS = 5
_SAMPLE_CHARS = 20_000
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")


@cache
def _identifier() -> Any:
    """py3langid's identifier limited to LANGUAGES (loaded once, on first use: it takes a second)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (en, de, fr, es, it, nl, pt); "en" when unsure."""
    sample = _URL.sub(" ", (text or "")[:_SAMPLE_CHARS])
    if len(_WORD.findall(sample)) < _MIN_WORDS:
        return DEFAULT
    code, _score = _identifier().classify(sample)
    return code if code in LANGUAGES else DEFAULT

"""Normal forms of text for comparing: each keeps a different amount of the original, so each has its name."""

from __future__ import annotations

import re
from functools import lru_cache

from .clean import plain


def norm(text: str) -> str:
    """Casefolded words and numbers only, one space apart ("Crunch.io's" -> "crunch io")."""
    return _norm(text) if isinstance(text, str) else _norm(plain(text))


@lru_cache(maxsize=16384)  # the checker normalises the same CV lines for every letter
def _norm(text: str) -> str:
    text = plain(text).replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    return " ".join(re.findall(r"[^\W_]+(?:[+#]+)?", text.casefold()))


def name_key(text: str) -> str:
    """Letters and digits only, case-folded, no spaces: for comparing names."""
    return re.sub(r"[\W_]+", "", text.casefold())


def sentence_key(text: str) -> str:
    """A sentence without Markdown marks (* _ `), spacing collapsed, case-folded: for finding it again."""
    return " ".join(re.sub(r"[*_`]", "", text).split()).casefold()


def ascii_words(text: str) -> str:
    """Casefolded runs of a-z, 0-9, + and # only, one space apart: for letter-trigram comparison."""
    return " ".join(re.findall(r"[a-z0-9+#]+", text.casefold()))

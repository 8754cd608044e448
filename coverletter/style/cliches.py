"""The cliché list: bundled phrases plus the user's own, and finding them in a text.

Used by write (a phrase holding a cliché is not used) and by check (a letter holding one is flagged) alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..paths import data_file, user_file


def load_cliches() -> list[str]:
    """The bundled cliché list plus the user's own cliches.txt; one phrase a line, # comments."""
    phrases: dict[str, str] = {}
    for path in (data_file("cliches.txt"), user_file("cliches.txt")):
        if not path.is_file():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if line.startswith("-"):  # "-phrase" in the user's file takes a bundled phrase out
                phrases.pop(line[1:].strip().casefold(), None)
            elif line:
                phrases.setdefault(line.casefold(), line)
    return list(phrases.values())


def find_cliches(text: str, phrases: list[str]) -> list[str]:
    """The phrases that occur in text (case, apostrophes and spacing ignored), in list order."""
    flat = " " + " ".join(text.replace("’", "'").casefold().split()) + " "
    return [phrase for phrase, pattern in _patterns(tuple(phrases)) if pattern.search(flat)]


@lru_cache(maxsize=8)
def _patterns(phrases: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """Each phrase with its compiled pattern (compiled once per list: a letter is checked many times)."""
    out = []
    for phrase in phrases:
        key = " ".join(phrase.replace("’", "'").casefold().split())
        out.append((phrase, re.compile(r"(?<![\w])" + re.escape(key) + r"(?![\w])")))
    return out

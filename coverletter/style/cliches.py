"""The cliché list: bundled phrases plus the user's own, and finding them in a text.

Used by write (a phrase holding a cliché is not used) and by check (a letter holding one is flagged) alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..files import read_text
from ..paths import data_file, user_file


def cliche_files(language: str = "en") -> list[str]:
    """The names of the cliché lists for a language, bundled and the user's: cliches.txt for English,
    cliches-de.txt for German (the user's cliches.txt applies to every language)."""
    code = (language or "en").split("-")[0].split("_")[0].casefold()
    return ["cliches.txt"] if code == "en" else [f"cliches-{code}.txt"]


def load_cliches(language: str = "en") -> list[str]:
    """The bundled cliché list of a language plus the user's own (cliches.txt for every language, and
    cliches-<lang>.txt for one); one phrase a line, # comments. A language without a bundled list has none."""
    phrases: dict[str, str] = {}
    names = cliche_files(language)
    paths = [data_file(names[0]), user_file("cliches.txt")]
    if names[0] != "cliches.txt":
        paths.append(user_file(names[0]))
    for path in paths:
        if not path.is_file():
            continue
        for raw in read_text(path, what="cliché list").splitlines():
            line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if line.startswith("-"):  # "-phrase" in the user's file takes a bundled phrase out
                phrases.pop(line[1:].strip().casefold(), None)
            elif line:
                phrases.setdefault(line.casefold(), line)
    return list(phrases.values())


def find_cliches(text: str, phrases: list[str]) -> list[str]:
    """The phrases that occur in text (case, apostrophes and spacing ignored), in list order."""
    flat = " " + " ".join(text.replace("’", "'").casefold().split()) + " "
    each, anyone = _patterns(tuple(phrases))
    if anyone is None or not anyone.search(flat):  # most texts hold none: one search instead of one a phrase
        return []
    return [phrase for phrase, pattern in each if pattern.search(flat)]


@lru_cache(maxsize=8)
def _patterns(phrases: tuple[str, ...]) -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str] | None]:
    """Each phrase with its compiled pattern, and one pattern that finds any of them (compiled once per list: a
    letter is checked many times)."""
    out, keys = [], []
    for phrase in phrases:
        key = re.escape(" ".join(phrase.replace("’", "'").casefold().split()))
        keys.append(key)
        out.append((phrase, re.compile(r"(?<![\w])" + key + r"(?![\w])")))
    return out, re.compile(r"(?<![\w])(?:" + "|".join(keys) + r")(?![\w])") if keys else None

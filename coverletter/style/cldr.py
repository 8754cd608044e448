"""The CLDR data a letter needs, as Babel gives it, read from a table built from Babel.

Babel costs an offline letter about 80 ms (its modules, the local time zone it reads on import, and the pickled
locale data it merges at each load) for two answers: a date written in a locale ("1. Dezember 2026"), and
whether a word is a language's or a country's name ("Français"). ``scripts/build_word_data.py`` writes Babel's
answers for the seven languages to ``data/cldr7.json``: the long date pattern and month names of every locale
of a language and a country that Babel knows (``de_AT``, ``en_US``), and the names of languages and territories
as each of the seven writes them (and the territories' alone). tests/test_word_data.py checks that they are Babel's.
"""

from __future__ import annotations

import datetime
import json
import re
from functools import cache
from typing import Any

from ..paths import data_file

# the fields a long date pattern of the seven languages holds (the build refuses any other)
_FIELD = re.compile(r"'([^']*)'|(d{1,2}|M{4}|y)")


@cache
def _data() -> dict[str, Any]:
    return json.loads(data_file("cldr7.json").read_text(encoding="utf-8"))


def has_locale(code: str) -> bool:
    """Whether Babel knows the locale ``code`` ("de_AT") of one of the seven languages."""
    return code in _data()["dates"]


def long_date(day: datetime.date, code: str) -> str:
    """The date in the locale's long format, as ``babel.dates.format_date(day, "long", locale=code)`` writes it."""
    pattern, months = _data()["dates"][code]
    month = _data()["months"][months][day.month - 1]

    def field(match: re.Match[str]) -> str:
        quoted, token = match.groups()
        if token is None:
            return quoted or "'"  # '' is a quote
        if token.startswith("d"):
            return f"{day.day:0{len(token)}d}"
        return month if token.startswith("M") else str(day.year)

    return _FIELD.sub(field, pattern)


@cache
def language_and_country_names() -> frozenset[str]:
    """Every language's and country's name as each of the seven locales writes it, casefolded."""
    return frozenset(_data()["names"])


@cache
def territory_names() -> frozenset[str]:
    """Every continent's, region's and country's name as each of the seven locales writes it, casefolded."""
    return frozenset(_data()["territories"])


__all__ = ["has_locale", "language_and_country_names", "long_date", "territory_names"]

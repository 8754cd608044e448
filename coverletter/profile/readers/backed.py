"""Which values of a reading are text of the CV: the rule that a model's help must keep ("nothing invented").

A value is backed when it occurs in the CV's text, case and runs of white space aside; a space put between two
words a PDF ran together ("AndréSantos" read as "André Santos") does not count against it; a date as JSON
Resume writes it ("2021-06" for "Jun 2021") is backed by its year.
"""

from __future__ import annotations

import re
from typing import Any


def squeeze(text: str) -> str:
    """The text with every run of white space made one space, case folded."""
    return " ".join(str(text).split()).casefold()


class CVText:
    """A CV's text, ready to be asked whether a value occurs in it."""

    def __init__(self, text: str) -> None:
        self.flat = squeeze(text)
        self.solid = self.flat.replace(" ", "")

    def holds(self, value: object) -> bool:
        """True when the value occurs in the text (see the module docstring)."""
        wanted = squeeze(str(value))
        if _ISO_DATE.fullmatch(wanted):  # a date as JSON Resume writes it ('2021-06' for 'Jun 2021'): its year
            return wanted[:4] in self.flat
        return not wanted or wanted in self.flat or wanted.replace(" ", "") in self.solid


_ISO_DATE = re.compile(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?")


def keep_backed(data: Any, text: CVText, path: str = "") -> tuple[Any, list[str]]:
    """The data with every string value that the CV does not hold left out (an entry or list emptied by that goes
    too), and the dropped values as ``path: 'value'`` lines. Numbers and booleans are kept as they are."""
    dropped: list[str] = []
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            kept, lost = keep_backed(value, text, f"{path}.{key}" if path else str(key))
            dropped += lost
            if kept not in (None, "", [], {}):
                out[key] = kept
        return out, dropped
    if isinstance(data, list):
        items = []
        for i, value in enumerate(data):
            kept, lost = keep_backed(value, text, f"{path}[{i}]")
            dropped += lost
            if kept not in (None, "", [], {}):
                items.append(kept)
        return items, dropped
    if isinstance(data, str):
        if text.holds(data):
            return data.strip(), dropped
        return None, [f"{path}: {data!r}"]
    return data, dropped

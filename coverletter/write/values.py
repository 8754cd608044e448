"""Small value helpers of the offline writer: cleaned text, years, date spans, seeded draws.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ..templating.filters import plain


def _clean(value: Any) -> str:
    return plain(value) if value is not None else ""


def _year(value: Any) -> str:
    text = _clean(value)
    if text.casefold() in ("present", "now", "current", "today"):
        return "present"
    found = re.match(r"(\d{4})", text) or re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)  # '11/2011' too
    return found.group(1) if found else ""


def _when(start: Any, end: Any, current: bool = True) -> str:
    """'2019–2021'; 'since 2019' for an ongoing entry; '2019' for one whose end the CV left out."""
    first, last = _year(start), _year(end)
    if not current and not last:
        return first
    if first and (not last or last == "present"):
        return f"since {first}"
    if first and last and first != last:
        return f"{first}–{last}"
    return first or last


def _is_current(end: Any, start: Any = None, siblings: list[tuple[Any, Any]] | None = None) -> bool:
    """Whether an entry is ongoing: its end says so ('present'), or it has no end and nothing in its section
    (``siblings``: their start and end dates) says it ended: no open entry began later, and the later entries do
    not run on for years after it began. A 2009 role with no end date beside a job begun in 2014 and still held,
    or beside jobs of 2010-2020, is an end date the CV left out; beside a finished summer internship it is not."""
    if _year(end) == "present":
        return True
    if _clean(end):
        return False
    began = _year(start)
    if not began.isdigit():
        return True
    later = [(s, e) for s, e in siblings or [] if _year(s).isdigit() and int(_year(s)) > int(began)]
    if any(not _clean(e) or _year(e) == "present" for _, e in later):
        return False
    last = max((int(y) for s, e in later for y in (_year(s), _year(e)) if y.isdigit()), default=0)
    return last < int(began) + _LEFT_OPEN_YEARS


_LEFT_OPEN_YEARS = 4  # later entries ending this many years after an open entry began: its end was left out


def years_in(when: str | None) -> list[int]:
    """The years a span names ('2016–2019' -> [2016, 2019], 'since 2019' -> [2019])."""
    return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", when or "")]


def _draw(text: str, digits: int | None = None) -> int:
    """A number fixed by text: its SHA-1 (the first ``digits`` hex digits) as an integer, for repeatable variety."""
    digest = hashlib.sha1(text.encode()).hexdigest()
    return int(digest[:digits] if digits else digest, 16)

"""The filters and globals every template gets: citation markers, joining, sentence case, dates, quotes.

Citation markers: ``cite(ev)`` returns the evidence text followed by an invisible marker that carries the
evidence id; the composer reads the markers per paragraph and removes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import jinja2

from ..text import links_and_bold_off as plain

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
_MARK = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")




def _split_trailing_marks(text: str) -> tuple[str, str]:
    """('text', '<marks>') for text that ends in citation markers (and spaces)."""
    end = len(text)
    while True:
        stripped = text[:end].rstrip()
        if stripped.endswith(MARK_CLOSE):
            start = stripped.rfind(MARK_OPEN)
            if start < 0:
                break
            end = start
            continue
        break
    return text[:end].rstrip(), text[end:].strip()


def _leading_marks(text: str) -> tuple[str, str]:
    match = re.match(f"^((?:\\s*{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE})*)", text)
    head = match.group(1) if match else ""
    return head.strip(), text[len(head):]


def strip_marks(text: str) -> str:
    """Text without citation markers."""
    return _MARK.sub("", text)


def extract_marks(text: str) -> tuple[str, list[str]]:
    """(text without markers, the evidence ids the markers carried, in order, without repeats)."""
    ids = list(dict.fromkeys(_MARK.findall(text)))
    return strip_marks(text), ids


def cite(evidence: Any, text: str | None = None) -> str:
    """The evidence's text (or the given text) with a marker that records the evidence id.

    Works with any object that has ``id`` and ``text`` attributes; ``{{ ev|cite }}`` or ``{{ cite(ev) }}``.
    """
    if evidence is None or isinstance(evidence, jinja2.Undefined):
        return "" if text is None else str(text)
    ev_id = getattr(evidence, "id", None)
    shown = str(text) if text is not None else str(getattr(evidence, "text", evidence))
    return f"{shown}{MARK_OPEN}{ev_id}{MARK_CLOSE}" if ev_id else shown


def join_and(items: Iterable[Any], conjunction: str = "and", sep: str = ", ") -> str:
    """['A', 'B', 'C'] -> 'A, B and C'; empty items are skipped."""
    values = [str(x).strip() for x in items if x is not None and str(x).strip()]
    if len(values) <= 1:
        return "".join(values)
    return f"{sep.join(values[:-1])} {conjunction} {values[-1]}"


def sentence(text: Any) -> str:
    """Capitalise the first letter and end with a full stop (unless it already ends with . ! ? or :)."""
    body, marks = _split_trailing_marks(" ".join(str(text or "").split()))
    head, rest = _leading_marks(body)
    rest = rest.strip()
    if not rest:
        return f"{head}{marks}"
    rest = rest[0].upper() + rest[1:]
    if rest[-1] not in ".!?:…" and not (rest[-1] in "”\"')" and rest[-2:-1] in (".", "!", "?")):
        rest += "."
    return f"{head}{rest}{marks}"


def lower_first(text: Any) -> str:
    """Lower-case the first letter, unless the first word is an acronym or a name (e.g. 'AWS', 'iOS', 'McKinsey')."""
    value = str(text or "")
    head, rest = _leading_marks(value)
    if not rest:
        return value
    first = rest.split(" ", 1)[0]
    if first.rstrip(",.;:") in ("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d"):
        return value
    letters = [c for c in first if c.isalpha()]
    if len(letters) > 1 and any(c.isupper() for c in letters[1:]):
        return value
    return head + rest[0].lower() + rest[1:]


def strip_period(text: Any) -> str:
    """Drop a final full stop (for a quotation that continues the sentence)."""
    body, marks = _split_trailing_marks(str(text or "").strip())
    return body.rstrip().rstrip(".").rstrip() + marks


def _spelled_out(word: str) -> bool:
    """An abbreviation read letter by letter that starts with a vowel sound: MSc, MBA-like, NGO, SRE."""
    return word[0] in "MNS" and len(word) > 1 and word[1].isupper()


def a_an(word: Any) -> str:
    """'engineer' -> 'an engineer', 'PhD' -> 'a PhD', 'MSc' -> 'an MSc', 'hour' -> 'an hour'."""
    value = str(word or "").strip()
    if not value:
        return ""
    first = value.split()[0]
    lower = first.casefold()
    if first.isupper() and len(first) > 1:
        vowel = first[0] in "AEFHILMNORSX"
    elif lower.startswith(("uni", "use", "usu", "one", "eu", "ur")):
        vowel = False
    elif lower.startswith(("hour", "honest", "honou", "heir")) or _spelled_out(first):
        vowel = True
    else:
        vowel = lower[0] in "aeiou"
    return f"{'an' if vowel else 'a'} {value}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _year_month(value: Any) -> tuple[str, str]:
    text = str(value or "").strip()
    if text.casefold() in ("present", "now", "current", "today"):
        return "present", ""
    found = re.match(r"^(\d{4})(?:-(\d{1,2}))?", text)
    if not found:
        return text, ""
    month = int(found.group(2)) if found.group(2) else 0
    return found.group(1), _MONTHS[month - 1] if 1 <= month <= 12 else ""


def date_range(start: Any, end: Any = None, months: bool = False) -> str:
    """'2013-12-01', '2014-12-01' -> '2013–2014'; open end -> 'since 2013'; same year -> '2016'."""
    (y1, m1), (y2, m2) = _year_month(start), _year_month(end)
    first = f"{m1} {y1}" if months and m1 else y1
    last = f"{m2} {y2}" if months and m2 else y2
    if y1 and (not y2 or y2 == "present"):
        return f"since {first}"
    if y1 and y2 and first != last:
        return f"{first}–{last}"
    return first or last


def quote(text: Any) -> str:
    """Wrap in typographic quotes: “text”."""
    body, marks = _split_trailing_marks(str(text or "").strip())
    return f"“{body}”{marks}" if body else marks


FILTERS: dict[str, Callable[..., Any]] = {
    "a_an": a_an,
    "cite": cite,
    "date_range": date_range,
    "join_and": join_and,
    "lower_first": lower_first,
    "plain": plain,
    "quote": quote,
    "sentence": sentence,
    "strip_period": strip_period,
}
GLOBALS: dict[str, Any] = {"cite": cite}

"""Figures in a sentence: percentages, counts, money and durations, in digits or words, with "at least"
wording kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from ..datamodel import model

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}


_UNITS = {"one": 1, **{k: v for k, v in _NUMBER_WORDS.items() if v < 10}}


_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}


_FIGURE = re.compile(
    r"(?<![\w.,/$€£-])(?P<cur>[$€£]\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?P<pct>\s?%|\s?percent\b)?(?P<plus>\+)?(?P<scale>\s?(?:k|K|M|mn|B|bn|million|billion|thousand)\b)?"
    r"(?P<times>[xX×](?!\w))?(?P<tail>[^\W\d_])?",
)


_NUMBER_WORD = "|".join(sorted([*_NUMBER_WORDS, "one"], key=len, reverse=True))


_WORD_FIGURE = re.compile(
    rf"\b(?P<word>(?:{_NUMBER_WORD})(?:(?:[- ]|\s+and\s+)(?:{_NUMBER_WORD}|thousand|million)\b)*)\b"
    r"(?P<pct>\s+percent\b)?",
    re.IGNORECASE,
)


# "billions of dollars", "thousands of students": a magnitude named as a plural, at least that much.
MAGNITUDES = {"hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_MAGNITUDE = re.compile(rf"\b(?P<word>{'|'.join(MAGNITUDES)})\s+of\b", re.IGNORECASE)


_DURATION_AFTER = re.compile(
    r"^\s*(?P<plus>\+\s*|-?plus\s+)?(?:full\s+)?(?P<unit>years?|yrs?|months?|semesters?|jahren?|jahre|ans?|années?|"
    r"años|anni|anno|jaar|anos|monate?n?|mois|meses|mesi|maanden)\b",
    re.IGNORECASE,
)


_AT_LEAST_WORDS = ("over", "more than", "at least", "nearly", "almost", "about", "around", "some")


_AT_LEAST_BEFORE = re.compile(rf"(?:{'|'.join(_AT_LEAST_WORDS)})\s+$", re.IGNORECASE)


_A_BEFORE = re.compile(r"\ba\s+$", re.IGNORECASE)


def _just_before(pattern: re.Pattern[str], text: str, start: int, longest: int) -> bool:
    """Whether ``pattern`` (words then ``\\s+$``) matches the text right before ``start``: the same answer as
    ``pattern.search(text[:start])``, but looking back only over the spaces and ``longest`` characters, not the
    whole text once per figure."""
    words_end = start
    while words_end > 0 and text[words_end - 1].isspace():
        words_end -= 1
    return pattern.search(text, max(0, words_end - longest), start) is not None


@model(frozen=True)
class Figure:
    """A number as written and as a value; ``unit`` is "%", "years", "months", "semesters", "year" (a date) or ""."""

    text: str
    value: float
    unit: str
    start: int
    at_least: bool = False


# Letters after a number that make it hours or a rank, not an identifier: "110h", "7ième", "1er", "3rd", "2nd".
_SUFFIX = re.compile(r"(?:h|hrs?|st|nd|rd|th|er|re|ère|e|ème|ième|ieme|eme|te|ten|º|ª)(?![\w])", re.IGNORECASE)


def context_words(text: str, start: int, end: int, before: int = 3, after: int = 3) -> frozenset[str]:
    """The content words near a figure (up to ``before`` words before it and ``after`` after it, within its clause):
    what it counts ("6 in-person workshops", "110h de TD")."""
    head = re.split(r"[.;:!?()\[\]]", text[:start])[-1]
    tail = re.split(r"[.;:!?()\[\]]", text[end:])[0]
    words_before = re.findall(r"[^\W\d_][\w-]*", head)[-before:] if before else []
    near = words_before + re.findall(r"[^\W\d_][\w-]*", tail)[:after]
    return frozenset(w.casefold() for w in near
                     if (len(w) > 2 or (len(w) == 2 and w.isupper())) and w.casefold() not in _NOT_COUNTED)


# Words that say nothing of what a figure counts.
_NOT_COUNTED = {"the", "and", "for", "with", "from", "than", "more", "over", "about", "around", "some", "nearly",
                "almost", "least", "that", "this", "these", "those", "which", "who", "our", "their", "his", "her",
                "its", "was", "were", "are", "has", "had", "have", "been", "into", "per", "each", "all", "des", "les",
                "une", "pour", "avec", "dans", "sur", "der", "die", "das", "und", "mit", "von", "für", "bei", "den",
                "dem", "approximately", "roughly", "different", "total", "across", "within"}


def _duration_unit(word: str) -> str:
    """The unit of a duration word: "months", "semesters" or "years"."""
    word = word.casefold()
    return "semesters" if word.startswith("semester") else "months" if word.startswith("m") else "years"


def _word_value(word: str) -> float:
    """The value of number words ("twelve hundred" is 1200), by text2num (the text2num package)."""
    try:
        return float(text2num(word.casefold(), "en"))
    except ValueError:
        parts = re.split(r"[- ]", word.casefold())
        return float(sum(_NUMBER_WORDS.get(p, _UNITS.get(p, 0)) for p in parts))


def _at_least_before(text: str, start: int) -> bool:
    """"over", "more than", "at least" ... right before the figure at ``start``."""
    return _just_before(_AT_LEAST_BEFORE, text, start, max(map(len, _AT_LEAST_WORDS)))


_PHONE_LIKE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
_POSTCODE = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_PHONE_REGIONS = ("US", "GB", "IE", "DE", "FR", "IN", "AU")


def contact_spans(text: str) -> list[tuple[int, int]]:
    """Where a text holds a phone number (Google's libphonenumber, by the phonenumbers package) or a postcode:
    contact data, never figures."""
    spans = [m.span() for m in _POSTCODE.finditer(text)]
    if not any(sum(c.isdigit() for c in m.group(0)) >= 7 for m in _PHONE_LIKE.finditer(text)):
        return spans
    import phonenumbers  # only for a text with a long run of digits

    for region in _PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            spans.append((match.start, match.end))
    return spans


def figures(text: str) -> list[Figure]:
    """Every figure in a text: digits (with %, +, $, k/M/B, x) and number words from two up; phone numbers and
    postcodes are none."""
    return list(_figures(text))


@lru_cache(maxsize=4096)  # the checker reads the same CV lines for every letter of a batch
def _figures(text: str) -> tuple[Figure, ...]:
    out: list[Figure] = []
    contact = contact_spans(text)
    for m in _FIGURE.finditer(text):
        if any(start <= m.start() < end for start, end in contact):
            continue
        suffix = _SUFFIX.match(text, m.end() - 1) if m.group("tail") else None
        if m.group("tail") and not m.group("scale") and not m.group("pct") and not suffix:
            continue  # an identifier such as 3D, A100, 5G
        value = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
        scale = (m.group("scale") or "").strip()
        if scale:
            value *= _SCALE[scale.casefold()]
        unit = "%" if m.group("pct") else "x" if m.group("times") else ""
        end = m.end() - (1 if m.group("tail") else 0)
        words = text[m.start() : end].strip()
        if suffix:  # "110h", "7ième", "3rd": hours or a rank, the figure with its suffix
            words = text[m.start() : suffix.end()]
            out.append(Figure(words, float(m.group("num").replace(",", "")), "", m.start()))
            continue
        is_year = not (unit or scale or m.group("cur") or m.group("dec") or m.group("plus")) and 1900 <= value <= 2099
        after = _DURATION_AFTER.match(text[end:])
        if after and not is_year:
            unit = _duration_unit(after.group("unit"))
            words = text[m.start() : end + after.end()].strip()
        elif is_year and "," not in m.group("num"):
            unit = "year"
        at_least = bool(m.group("plus") or (after and after.group("plus"))) or _at_least_before(text, m.start())
        out.append(Figure(words, value, unit, m.start(), at_least))
    for m in _WORD_FIGURE.finditer(text):
        word = m.group("word")
        value = _word_value(word)
        if word.casefold() in ("hundred", "one") or value <= 1:
            continue
        if word.casefold() == "dozen" and not _just_before(_A_BEFORE, text, m.start(), 1):
            continue
        unit, words = ("%" if m.group("pct") else ""), m.group(0)
        after = _DURATION_AFTER.match(text[m.end() :])
        if after and not unit:
            unit = _duration_unit(after.group("unit"))
            words = text[m.start() : m.end() + after.end()]
        at_least = bool(after and after.group("plus")) or _at_least_before(text, m.start())
        out.append(Figure(words.strip(), value, unit, m.start(), at_least))
    for m in _MAGNITUDE.finditer(text):
        out.append(Figure(m.group("word"), MAGNITUDES[m.group("word").casefold()], "", m.start(), True))
    out.sort(key=lambda f: f.start)
    return tuple(out)

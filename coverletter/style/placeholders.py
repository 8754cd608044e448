"""Template debris a finished letter must not hold: brackets, template syntax, empty values, unfinished text."""

from __future__ import annotations

import re
from functools import cache

from .letter_locale import CONVENTIONS, resolve_language

_PLACEHOLDERS = [
    (re.compile(r"\[[^\]\n]{1,60}\](?!\()"), "bracketed placeholder"),
    (re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"), "template syntax"),
    (re.compile(r"\bNone\b(?!\s+of\b)|\bnull\b|\bundefined\b|\bNaN\b|\bnil\b"), "empty value"),
    (re.compile(r"\b(?:TODO|TBD|FIXME|XXX)\b|lorem ipsum", re.IGNORECASE), "unfinished text"),
    (re.compile(r"<[A-Z][A-Z _]{2,}>"), "angle-bracket placeholder"),
    (re.compile(r"\b(?:Company Name|Hiring Manager Name|Your Name|Job Title|Position Title|Your Address)\b",
                re.IGNORECASE), "placeholder name"),
    (re.compile(r"(?<=\w)[ \t]+[,;:.](?=\s|$)|\bDear\s*,"), "a word missing before punctuation"),
    (re.compile(r"\(\s*\)|\[\s*\]"), "empty brackets"),
]


_GAP_FRENCH = re.compile(r"(?<=\w)[ \t]+[,.](?=\s|$)|\bDear\s*,")
_UNFINISHED_CASED = re.compile(r"\b(?:TODO|TBD|FIXME|XXX)\b|(?i:lorem ipsum)")


# The stand-ins that hold words (a template's "[CONNECTION TO COMPANY]", "<NAME>", "Company Name"): what is
# inside them is no claim of the writer's.
_STAND_INS = {"bracketed placeholder", "angle-bracket placeholder", "placeholder name"}


def placeholder_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Where text holds a template's stand-in (brackets, angle brackets, a sample letter's stand-in names)."""
    return [m.span() for pattern, what in [*_PLACEHOLDERS, *_language_placeholders(language)] if what in _STAND_INS
            for m in pattern.finditer(text)]


def find_placeholders(text: str, language: str = "en") -> list[str]:
    """Template debris in text, each as 'what: "the text"'; sample letters' stand-ins in the letter's language
    ("Firmenname", "Nom de l'entreprise") count too."""
    found: list[str] = []
    for pattern, what in [*_PLACEHOLDERS, *_language_placeholders(language)]:
        if what == "unfinished text" and resolve_language(language) != "en":
            pattern = _UNFINISHED_CASED  # "sobre todo", "todo o processo": Spanish and Portuguese words
        if what == "a word missing before punctuation" and resolve_language(language) == "fr":
            pattern = _GAP_FRENCH  # French sets a space before the colon and the semicolon
        for m in pattern.finditer(text):
            snippet = text[max(0, m.start() - 12) : m.end() + 12].replace("\n", " ").strip()
            item = f'{what}: "{snippet}"'
            if item not in found:
                found.append(item)
    return found


@cache
def _language_placeholders(language: str) -> list[tuple[re.Pattern[str], str]]:
    """The stand-in names of a language's sample letters, as whole words (English's are in _PLACEHOLDERS)."""
    code = resolve_language(language)
    names = CONVENTIONS[code].placeholders if code != "en" else ()
    if not names:
        return []
    alternatives = "|".join(re.escape(name).replace("'", "['’]") for name in names)
    return [(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), "placeholder name")]

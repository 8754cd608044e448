"""Template debris a finished letter must not hold: brackets, template syntax, empty values, unfinished text."""

from __future__ import annotations

import re

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


def find_placeholders(text: str) -> list[str]:
    """Template debris in text, each as 'what: "the text"'."""
    found: list[str] = []
    for pattern, what in _PLACEHOLDERS:
        for m in pattern.finditer(text):
            snippet = text[max(0, m.start() - 12) : m.end() + 12].replace("\n", " ").strip()
            item = f'{what}: "{snippet}"'
            if item not in found:
                found.append(item)
    return found

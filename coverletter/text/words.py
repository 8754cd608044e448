"""Counting words: one rule for letters (the length band, the checks) and a plain split for posting lines."""

from __future__ import annotations

import re

_WORD = re.compile(r"\b[\w'’-]+\b")


def word_count(text: str) -> int:
    """Words in a letter's text: runs of letters, digits, apostrophes and hyphens."""
    return len(_WORD.findall(text))


def token_count(text: str) -> int:
    """Whitespace-separated tokens (a bullet or a dash counts): for judging a posting line's length."""
    return len(text.split())

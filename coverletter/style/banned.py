"""The phrases a model is told not to use: the cliché list, capped for the prompt."""

from __future__ import annotations

from .cliches import load_cliches

MAX_BANNED = 40


def banned_phrases(language: str = "en") -> list[str]:
    """The cliché list the checker uses for a letter in that language (bundled plus the user's own), capped
    for the prompt."""
    return load_cliches(language)[:MAX_BANNED]

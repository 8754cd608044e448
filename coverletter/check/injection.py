"""Signs that a posting steered the model: instructions addressed to a model, and long copies of the posting.

A posting is data, but a model may still obey text in it ("Ignore previous instructions ...",
"SYSTEM: ..."). A letter that holds such an instruction, or copies the posting word for word beyond a short
quotation, fails the ``injection`` check (and so ``--strict``).
"""

from __future__ import annotations

import re

from ..text import norm

# Phrases that speak to a model, not to a hiring team.
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|"
    r"preceding|former|system|original)\s+(?:instructions?|prompts?|rules?|messages?|directions?)\b"
    r"|(?:^|[\s(\[{\"'])(?:SYSTEM|ASSISTANT|USER|DEVELOPER)\s*:"
    r"|<\|?\s*(?:im_start|im_end|system|endoftext)\s*\|?>"
    r"|\b(?:you are now|as an ai(?: language)? model|developer mode|jailbreak|new instructions?\s*:|"
    r"system prompt|prompt injection)\b",
    re.IGNORECASE,
)

COPY_WORDS = 20  # a run of this many words of the posting, in order, is a copy rather than a quotation


def instructions(text: str) -> list[str]:
    """The phrases in text that address a model, as written."""
    return [m.group(0).strip(" (\"'[{") for m in _INSTRUCTION.finditer(text)]


def copied_runs(body: str, posting: str, size: int = COPY_WORDS) -> list[str]:
    """Runs of at least ``size`` words of the body that appear word for word in the posting (normal form)."""
    words = norm(body).split()
    have = norm(posting).split()
    if len(words) < size or len(have) < size:
        return []
    grams = {tuple(have[i : i + size]) for i in range(len(have) - size + 1)}
    found: list[str] = []
    i = 0
    while i <= len(words) - size:
        if tuple(words[i : i + size]) in grams:
            end = i + size
            while end < len(words) and tuple(words[end - size + 1 : end + 1]) in grams:
                end += 1
            found.append(" ".join(words[i:end]))
            i = end
        else:
            i += 1
    return found

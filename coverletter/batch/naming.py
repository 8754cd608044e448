"""Letter file names: ``<employer>-<role>.<ext>``, safe on every file system and unique within a folder."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

MAX_PART = 40


def slug(text: str | None) -> str:
    """Lower-case ASCII letters and digits joined by hyphens ("Café Zürich GmbH" -> "cafe-zurich-gmbh")."""
    if not text:
        return ""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.casefold())
    out = ""
    for word in words:
        longer = f"{out}-{word}" if out else word
        if len(longer) > MAX_PART:
            break
        out = longer
    return out or "-".join(words)[:MAX_PART]


def letter_stem(employer: str | None, role: str | None, fallback: str) -> str:
    """``employer-role``; a missing part is left out, and with neither the fallback (the posting's file name)."""
    parts = [p for p in (slug(employer), slug(role)) if p]
    return "-".join(parts) or slug(fallback) or "letter"


def unique_name(stem: str, ext: str, taken: Callable[[str], bool]) -> str:
    """``stem.ext``, or ``stem-2.ext``, ``stem-3.ext``... the first that ``taken`` refuses."""
    name = f"{stem}.{ext}"
    number = 2
    while taken(name.casefold()):
        name = f"{stem}-{number}.{ext}"
        number += 1
    return name

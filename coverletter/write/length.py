"""Fitting the body into its word band: the template's band, paragraphs and their length, the cost that
orders candidate renderings.
"""

from __future__ import annotations

import re

from ..letter import Letter, Paragraph
from ..templating.filters import extract_marks
from .views import WordsView

DEFAULT_WORDS = (250, 400)


def _template_words(settings: dict[str, str], band: tuple[int, int]) -> WordsView:
    """The body's word band: the template's ``words:`` setting narrowed into ``band``, else ``band``."""
    low, high = band
    target = (low + high) // 2
    found = re.match(r"^\s*(\d+)\s*[-–]\s*(\d+)", settings.get("words", ""))
    if found:
        t_low, t_high = max(low, int(found.group(1))), min(high, int(found.group(2)))
        if t_low <= t_high:
            low, high, target = t_low, t_high, (t_low + t_high) // 2
    return WordsView(min=low, max=high, target=target)


_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def split_paragraphs(body: str) -> list[Paragraph]:
    """Paragraphs on blank lines, with their evidence ids; lines inside a paragraph are joined by spaces."""
    paragraphs = []
    for chunk in _BLANK_LINES.split(body.strip()):
        text, ids = extract_marks(chunk)
        text = " ".join(text.split())
        text = re.sub(r"\s+([,;:!?]|\.(?!\w))", r"\1", text)  # a space the template left before a mark, not
        # the one before '.NET' or '.com'
        text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)  # 'at Marlowe Brewing Co.' ending a sentence
        if text:
            paragraphs.append(Paragraph(text=text, evidence=ids))
    return paragraphs


def _word_count(paragraphs: list[Paragraph]) -> int:
    return Letter(None, "", None, "", paragraphs, "", "").word_count  # type: ignore[arg-type]


def _length_cost(count: int, band: WordsView, words: tuple[int, int], plan: int, more: int) -> tuple[float, ...]:
    """Order renderings by length: first those near the template's band (up to 30 words under it, and 10
    words inside the word band's edges), then those inside the word band, then the nearest.

    Among the first, more of the plan (evidence chosen for the posting's lines) and less of ``more`` (the
    rest of the CV) is better, so letters for different postings share less; then nearness to the target.
    """
    low, high = max(words[0] + 10, band.min - 30), min(words[1] - 10, band.max)
    if low <= count <= high:
        return (0, -plan, count < band.min, more, abs(count - band.target))
    if words[0] <= count <= words[1]:
        return (1, low - count if count < low else count - high, -plan, more)
    distance = words[0] - count if count < words[0] else count - words[1]
    return (2, distance, -plan, more)

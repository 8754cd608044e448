"""Plain text: the Markdown layout without markup, body paragraphs wrapped at 78 columns."""

from __future__ import annotations

import textwrap

from ..letter import Letter
from .parts import clean, subject_label

WIDTH = 78


def wrap(text: str, width: int = WIDTH) -> str:
    """Wrap a paragraph without breaking words, URLs or hyphenated names."""
    return "\n".join(textwrap.wrap(clean(text), width=width, break_long_words=False, break_on_hyphens=False))


def render_text(letter: Letter, width: int = WIDTH) -> str:
    """The letter as plain text, ending in one newline."""
    head = [clean(letter.sender.name), clean(letter.sender.label)]
    blocks = ["\n".join([x for x in head if x] + [clean(x) for x in letter.sender.contact_lines if clean(x)])]
    blocks.append(clean(letter.date))
    blocks.append("\n".join(clean(x) for x in letter.recipient.lines if clean(x)))
    if clean(letter.subject):
        label = subject_label(letter.language)
        blocks.append(wrap(f"{label} {clean(letter.subject)}" if label else clean(letter.subject), width))
    blocks.append(clean(letter.salutation))
    blocks.extend(wrap(p.text, width) for p in letter.paragraphs)
    blocks.append("\n".join(x for x in (clean(letter.closing), clean(letter.signature)) if x))
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def render(letter: Letter) -> bytes:
    """The plain-text letter as UTF-8 bytes."""
    return render_text(letter).encode("utf-8")

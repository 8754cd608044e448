"""Cleaning text for comparison and display: Markdown marks off, whitespace collapsed."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_MD_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^)\s]{0,2000}\)")  # bounded: "[[[[..." stays linear
_MD_MARK = re.compile(r"(\*\*|__|`)")
_MD_EMPHASIS = re.compile(r"(?<![\w*])[*_](\S(?:[^*_\n]{0,500}\S)?)[*_](?![\w*])")


# C0 and C1 control characters but tab and newline (ESC, BEL, backspace, CR ...), and the Unicode bidi
# overrides and isolates that can make text read differently from what it holds
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def without_controls(text: str) -> str:
    """Text without control characters (tab and newline kept; CRLF becomes LF) or bidi overrides."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n")) if text else text


_TYPST_MARK = re.compile(r"#(?:underline|strong|emph|link|text)\[([^\]\n]{0,500})\]")  # bounded, like the rest
_BARE_LINK = re.compile(r"[ \t]{0,5}\[(?:link|here|pdf|paper|code|website|demo|github|doi|url|slides|video)\]"
                        r"\([^)\s]{0,2000}\)", re.I)


def plain(text: Any) -> str:
    """Text without Markdown links/emphasis and with collapsed whitespace ('' for None)."""
    if text is None:
        return ""
    return _plain(text if isinstance(text, str) else str(text))


@lru_cache(maxsize=16384)  # the checker asks again and again about the same CV lines
def _plain(text: str) -> str:
    value = _TYPST_MARK.sub(r"\1", text)  # rendercv's '#underline[Link]'
    value = _BARE_LINK.sub("", value)  # '[Link](https://...)' after a title says nothing
    value = _MD_LINK.sub(r"\1", value)
    value = _MD_MARK.sub("", value)
    value = _MD_EMPHASIS.sub(r"\1", value)
    return " ".join(value.split())


def links_and_bold_off(text: Any) -> str:
    """Text without Markdown links, bold or code marks, spacing collapsed; single * and _ kept ('' for falsy)."""
    return _links_and_bold_off(str(text or ""))


@lru_cache(maxsize=16384)  # a CV line is cleaned again for every view of it
def _links_and_bold_off(text: str) -> str:
    value = _BARE_LINK.sub("", _TYPST_MARK.sub(r"\1", text))
    value = _MD_LINK.sub(r"\1", value)
    value = _MD_MARK.sub("", value)
    return " ".join(value.split())


def squash(value: Any) -> str:
    """A value as one line: whitespace collapsed, Markdown kept ('' for None)."""
    return " ".join(str(value or "").split())


def strip_line_marks(line: str) -> str:
    """A line without markdown decoration at its ends (#, **, _, > and bullets)."""
    return line.lstrip("#>*_- \t•·").rstrip("*_ \t").strip()

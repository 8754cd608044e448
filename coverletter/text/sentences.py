"""Splitting text into sentences.

Two splitters with different jobs: `sentences` reads a letter's body (paragraphs, list items, Markdown,
company suffixes such as "Co." that may end a sentence); `paragraph_sentences` splits one paragraph of a
posting, keeping short abbreviations ("e.g.", "U.S.", "z.B.") whole.
"""

from __future__ import annotations

import re

from .clean import plain

_ABBREVIATIONS = {
    "ph.d", "d.phil", "e.g", "i.e", "u.s", "u.k", "b.s", "b.a", "m.s", "m.a", "b.sc", "m.sc", "dr", "mr", "mrs",
    "ms", "prof", "inc", "ltd", "co", "corp", "st", "vs", "etc", "no", "jr", "sr", "approx", "dept", "univ",
    "m.eng", "b.eng", "a.i", "al",
}
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9$€£])")


# Company suffixes and "etc." often end a sentence: "... at Marlowe Brewing Co. My work there ..."
_MAY_END = {"inc", "ltd", "co", "corp", "llc", "etc", "plc", "gmbh"}


def _ends_sentence(abbreviation: str, rest: str) -> bool:
    """Whether an abbreviation that can close a sentence does so here: the next words read as a new one."""
    if abbreviation not in _MAY_END:
        return False
    words = re.findall(r"[\w'’]+", rest[:80])
    if not words:
        return True
    if words[0].casefold() in _FUNCTION_WORDS:
        return True
    return len(words) > 1 and words[1][:1].islower() and words[0].casefold() not in _ABBREVIATIONS


_FUNCTION_WORDS = {
    "i", "my", "we", "our", "the", "this", "that", "these", "those", "in", "at", "on", "during", "until", "since",
    "after", "before", "as", "it", "there", "here", "when", "while", "with", "for", "from", "your", "you", "a",
    "an", "then", "later", "today", "now",
}


def sentences(body: str) -> list[str]:
    """The sentences of a body: paragraphs and list items first, then sentence ends (abbreviations kept)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", body):
        items = re.split(r"\n\s*(?=[-*•]\s|\d+[.)]\s)", block)
        for item in items:
            text = " ".join(re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", item).split())
            text = plain(text).replace("**", "")
            if not text:
                continue
            start = 0
            for match in _SPLIT.finditer(text):
                before = text[start : match.start()].rstrip(".!?\"”’)]")
                last = before.rsplit(" ", 1)[-1].casefold()
                if (last in _ABBREVIATIONS and not _ends_sentence(last, text[match.end():])) or re.fullmatch(
                    r"[a-z]", last
                ):
                    continue
                out.append(text[start : match.start()].strip())
                start = match.end()
            if text[start:].strip():
                out.append(text[start:].strip())
    return out


_SHORT_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|inc|ltd|co|corp|dr|mr|mrs|ms|jr|sr|st|no|nr|bzw|z\.b|"
                     r"u\.a|d\.h|ca|usw|p\.ex|ej|aprox)|\b[A-Z]|\d)\.$", re.IGNORECASE)
_LINE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-ZÀ-Ý0-9])")


def paragraph_sentences(text: str) -> list[str]:
    """A paragraph split into sentences, keeping abbreviations such as "e.g." and "U.S." whole."""
    parts: list[str] = []
    start = 0
    for match in _LINE_SPLIT.finditer(text):
        head = text[start : match.start()]
        if _SHORT_ABBREV.search(head[-8:]):
            continue
        parts.append(head.strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]

"""Take what the profile does not back out of a model's body, keeping the true facts that shared its sentence.

For each unsupported claim the smallest part of its sentence that carries it goes, when the rest still reads
as a sentence: a parenthesis ("(I led 37 engineers)"), a trailing clause (", where I led a team of 37
engineers"), an introductory phrase ("At Initech Global, ..."), or one item of a list ("Python, COBOL and
Go"). Otherwise the whole sentence goes, and so does a following sentence that points back at it ("Leading
that project meant ...", "There I ...", "This is when ..."), which would otherwise point at nothing.
Nothing here checks claims: the caller passes the checker's unsupported claims and checks the result again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field
from typing import Any

from ..datamodel import model
from ..letter import Paragraph
from ..text import sentence_key, sentences

# Words that open a clause or phrase which can go without taking its sentence's main clause along.
_TRAILING_OPENERS = frozenset({
    "where", "which", "who", "whom", "whose", "while", "whilst", "including", "especially", "notably", "such",
    "and", "but", "plus", "as", "with", "after", "before", "when", "since", "at", "in", "for", "during", "from",
    "by", "on", "through", "alongside", "together", "earning", "leading", "managing", "working", "building",
})
_INTRO_OPENERS = frozenset({
    "at", "in", "during", "while", "whilst", "after", "before", "as", "with", "since", "when", "through",
    "from", "on", "having", "besides", "alongside", "beyond",
})
# A remainder ending in one of these is a fragment ("I am a certified expert in").
_DANGLING_END = frozenset({
    "a", "an", "the", "and", "or", "but", "in", "of", "at", "on", "to", "for", "from", "with", "by", "as", "my",
    "our", "your", "their", "its", "including", "such", "like", "than", "that", "which", "where", "who",
})
_MIN_WORDS = 4
_MAX_INTRO_WORDS = 6
_SUBJECTS = frozenset({"i", "we", "he", "she", "they", "my", "our"})
_POSTING_NOUNS = ("role", "position", "opportunity", "job", "posting", "vacancy", "internship", "program",
                  "programme", "company", "team", "organisation", "organization", "letter", "application")
# A sentence that opens by pointing back at the one before it.
_POINTS_BACK = re.compile(
    r"^(?:(?:\w+ing|in|at|from|through|during|with|on|after|since|for|by)\s+)?"
    r"(?:(?:that|those|such)\s+(?!said\b)\w+"
    rf"|(?:this|these)\s+(?!(?:{'|'.join(_POSTING_NOUNS)})s?\b)\w+"
    r"|there\s*,?\s+(?:i|we|my|our)\b|doing\s+so\b|they\s+\w+|the\s+same\b)",
    re.IGNORECASE,
)


@model
class Removal:
    """The body after removal, and what went: whole sentences, cut parts (with their sentences), and sentences
    that went because they pointed back at a removed one."""

    paragraphs: list[Paragraph]
    removed: list[str] = field(default_factory=list)
    cut: list[tuple[str, str, str]] = field(default_factory=list)  # (sentence, the part cut, what is left)
    dangling: list[str] = field(default_factory=list)

    @property
    def gone(self) -> list[str]:
        """Everything taken out, as the user should read it: sentences, and the cut parts."""
        return [*self.removed, *(part for _, part, _ in self.cut), *self.dangling]


def remove_claims(paragraphs: Sequence[Paragraph], claims: Sequence[Any], *, whole: bool = False) -> Removal:
    """Paragraphs without the claims (each with ``text`` and ``sentence``); ``whole`` removes their sentences
    whole. Empty paragraphs are dropped; a paragraph nothing touched keeps its text byte for byte."""
    by_sentence: dict[str, list[str]] = {}
    for claim in claims:
        sentence = str(getattr(claim, "sentence", "") or getattr(claim, "text", ""))
        if sentence.strip():
            by_sentence.setdefault(sentence_key(sentence), []).append(str(getattr(claim, "text", "") or ""))
    result = Removal([])
    previous_removed = False
    for paragraph in paragraphs:
        parts = sentences(paragraph.text)
        kept: list[str] = []
        for sentence in parts:
            texts = _claims_of(sentence, by_sentence)
            if texts is None:
                if previous_removed and _POINTS_BACK.match(sentence):
                    result.dangling.append(sentence)
                    continue
                kept.append(sentence)
                previous_removed = False
                continue
            shorter = None if whole else cut_claims(sentence, texts)
            if shorter is None:
                result.removed.append(sentence)
                previous_removed = True
            else:
                result.cut.append((sentence, _removed_part(sentence, shorter), shorter))
                kept.append(shorter)
                previous_removed = False
        if kept:
            text = paragraph.text if kept == parts else " ".join(kept)
            result.paragraphs.append(Paragraph(text, list(paragraph.evidence)))
    return result


def _claims_of(sentence: str, by_sentence: dict[str, list[str]]) -> list[str] | None:
    """The claim texts the checker found in this sentence (its key equal to, or holding, theirs), or None."""
    key = sentence_key(sentence)
    found = [text for target, texts in by_sentence.items() if target and (target == key or target in key)
             for text in texts]
    return found or None


def cut_claims(sentence: str, texts: Sequence[str]) -> str | None:
    """The sentence without the smallest parts carrying these claims, or None when what is left would not be a
    sentence (then the whole sentence must go)."""
    body, end = _split_end(sentence)
    for text in dict.fromkeys(t for t in texts if t):
        start = body.casefold().find(text.casefold())
        if start < 0:
            return None
        shorter = _cut_one(body, start, start + len(text))
        if shorter is None:
            return None
        body = shorter
    body = re.sub(r"\s+([,;.])", r"\1", re.sub(r"\s{2,}", " ", body)).strip(" ,;")
    if not _is_sentence(body) or body == _split_end(sentence)[0]:
        return None
    return body[:1].upper() + body[1:] + end


def _split_end(sentence: str) -> tuple[str, str]:
    text = sentence.strip()
    match = re.search(r"[.!?…]+[\"”’)\]]*$", text)
    return (text[: match.start()], match.group()) if match else (text, ".")


def _cut_one(body: str, start: int, end: int) -> str | None:
    """``body`` without the smallest part around [start, end) that can go; None when only the sentence can."""
    for cut in (_parenthesis, _list_item, _clause):
        shorter = cut(body, start, end)
        if shorter is not None:
            return shorter
    return None


def _parenthesis(body: str, start: int, end: int) -> str | None:
    """Remove the parenthesis or dash pair that holds the claim (or a dash aside that runs to the end)."""
    left, right = body.rfind("(", 0, start), body.find(")", end)
    if left >= 0 and right >= 0 and ")" not in body[left:start] and "(" not in body[end:right]:
        return body[:left].rstrip() + body[right + 1:]
    for dash in (" — ", " -- ", " – "):
        left = body.rfind(dash, 0, start)
        if left < 0:
            continue
        right = body.find(dash, end)
        return body[:left] + (" " + body[right + len(dash):] if right >= 0 else "")
    return None


def _segments(body: str) -> list[tuple[int, int]]:
    """Spans of the comma- and semicolon-separated parts of a sentence (not inside parentheses)."""
    spans, depth, begin = [], 0, 0
    for index, char in enumerate(body):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ",;" and depth == 0:
            spans.append((begin, index))
            begin = index + 1
    spans.append((begin, len(body)))
    return spans


def _list_item(body: str, start: int, end: int) -> str | None:
    """Remove the claim when it is one item of a list: "A, COBOL, and B", "Python and COBOL", "COBOL and Go"."""
    spans = _segments(body)
    index = next(i for i, (a, b) in enumerate(spans) if a <= start <= b)
    a, b = spans[index]
    item = body[a:b].strip()
    bare = re.sub(r"^(?:and|or)\s+", "", item, flags=re.IGNORECASE)
    claim = body[start:end]
    if bare.casefold() == claim.casefold() and len(spans) > 2:
        shorter = body[:spans[index - 1][1]] + body[b:] if index else body[b + 1:]
        if bare != item:  # the last item went: its conjunction joins the two before it
            head, _, tail = shorter.rpartition(",")
            shorter = f"{head} {item.split()[0]}{tail}" if head else shorter
        elif len(spans) == 3:  # two items left: "Python and Go", not "Python, and Go"
            shorter = re.sub(r",\s+(and|or)\s", r" \1 ", shorter, count=1)
        return shorter
    before, after = body[:start], body[end:]
    if re.search(r"\s(?:and|or)\s+$", before) and (not after.strip() or after[:1] in ",;"):
        return re.sub(r"\s(?:and|or)\s+$", "", before) + after
    following = re.match(r"\s+(?:and|or)\s+(?=\w)", after)
    if following and re.search(r"(?:^|\s)(?:in|with|of|using|on)\s+$", before):
        return before + after[following.end():]
    return None


def _clause(body: str, start: int, end: int) -> str | None:
    """Remove a trailing clause (", where I led ...") or an introductory phrase ("At Initech Global, ...")."""
    spans = _segments(body)
    index = next(i for i, (a, b) in enumerate(spans) if a <= start <= b)
    a, b = spans[index]
    if end > b or len(spans) < 2:
        return None
    words = body[a:b].split()
    first = words[0].casefold() if words else ""
    if index > 0 and (first in _TRAILING_OPENERS or first.endswith("ing")):
        return body[:spans[index - 1][1]] + body[b:]
    if index == 0 and first in _INTRO_OPENERS and len(words) <= _MAX_INTRO_WORDS and not _SUBJECTS & {
            w.casefold() for w in words}:  # "At Initech Global," but not "In 2019 I founded Initech Global,"
        return body[b + 1:].lstrip()
    return None


def _is_sentence(body: str) -> bool:
    words = re.findall(r"[\w'’-]+", body)
    return len(words) >= _MIN_WORDS and words[-1].casefold() not in _DANGLING_END


def _removed_part(sentence: str, shorter: str) -> str:
    """The words of ``sentence`` that ``shorter`` lacks, as one quotable piece (first to last missing word)."""
    old, new = sentence.split(), shorter.split()

    def same(a: str, b: str) -> bool:
        return a.strip(".,;:!?").casefold() == b.strip(".,;:!?").casefold()

    head = 0
    while head < min(len(old), len(new)) and same(old[head], new[head]):
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and same(old[-1 - tail], new[-1 - tail]):
        tail += 1
    return " ".join(old[head: len(old) - tail]).strip(" ,;.") or sentence

"""The frame of a letter people write themselves: letterhead, contact lines, date, addressee, subject,
salutation, section headings, closing, signature and enclosures. None of it is a claim; only the body is.

``body_of`` keeps the body: from the salutation (or, with none, the first paragraph of prose) to the closing
(or to the trailing lines that are no prose: a signature, "Enclosure: CV"). Inside it, Markdown headings and
short heading lines ("Why Acme?", "About Me"), links, e-mail addresses and bare URLs are dropped, and a
table row that quotes the posting keeps only the applicant's own cells.
"""

from __future__ import annotations

import re

_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # Markdown backslash escapes: \$ \* \_ \[
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_MARKS = r"\s*(?:[#*_>]\s*)*"
_SALUTATION = re.compile(
    _MARKS + r"(?:dear|hello|hi|hey|to whom|to those|to the|greetings|good (?:morning|afternoon|day)|"
    r"sehr geehrte|liebe|guten tag|bonjour|madame|monsieur|estimad[oa]s?|hola|geachte|beste|gentile|gentili|"
    r"egregi[oa]|prezad[oa]s?|exm[oa]s?\.?|car[oa]|distinguid[oa]s?)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    _MARKS + r"(?:sincerely|best regards|kind regards|warm regards|warmest regards|regards|best wishes|best,|"
    r"yours|respectfully|thank you,|thanks,|with thanks|cheers,|mit freundlichen|mit besten grüßen|"
    r"freundliche grüße|viele grüße|cordialement|bien à vous|atentamente|saludos cordiales|un saludo|"
    r"met vriendelijke groet|hoogachtend|cordiali saluti|distinti saluti|atenciosamente|"
    r"com os melhores cumprimentos|melhores cumprimentos|(?:--|—|–)\s*\w)",
    re.IGNORECASE,
)
# A French closing is a whole sentence ("Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.")
_LONG_CLOSING = re.compile(_MARKS + r"(?:je vous prie d['’]agréer|veuillez agréer|je vous prie de recevoir|"
                           r"veuillez recevoir)\b", re.IGNORECASE)
_FRAME_LINE = re.compile(
    _MARKS + r"(?:subject|re|betreff|objet|asunto|enclosures?|encl|attachments?|cc|date|to|from|phone|mobile|"
    r"tel|email|e-mail|address|linkedin|github|website|location|betreft|oggetto|assunto)\s*[:.]",
    re.IGNORECASE,
)
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def letter_lines(text: str) -> list[str]:
    """The letter's lines with HTML tags and Markdown escapes off."""
    text = _TAG.sub(" ", text) if _TAG.search(text) else text
    return [_MD_ESCAPE.sub(r"\1", line).rstrip() for line in text.splitlines()]


def _is_prose(line: str) -> bool:
    """A line of running text: enough words, and a sentence's end or a lower-case word among them."""
    if re.search(r"\s[·|•]\s", line) or (len(_URL.findall(line)) >= 1 and len(line.split()) < 20):
        return False  # a contact line: "12 Main St · (206) 555-0100 · me@example.com"
    words = line.split()
    plain_words = sum(bool(re.fullmatch(r"[a-z]+[,.;:]?", w)) for w in words)
    return len(words) >= 8 and (bool(re.search(r"[.!?:;]\s*$", line)) or plain_words >= 4)


def _is_heading(line: str) -> bool:
    """A Markdown heading, or a short line with no sentence in it ("Why Acme?", "About Me")."""
    stripped = line.strip()
    if stripped.startswith("#"):
        return True
    words = stripped.strip("*_ ").split()
    is_item = re.match(r"[-*•]\s|\d+[.)]\s", stripped)
    return 0 < len(words) <= 6 and not re.search(r"[.,;]\s*$", stripped) and not is_item


def _is_salutation(line: str) -> bool:
    return bool(_SALUTATION.match(line)) and len(line.split()) <= 12 and not _is_prose(line.rstrip(",:"))


# How far past a short first line of prose a salutation is still looked for, over short lines only: a note the
# writer kept above it ("Give them something high on their goal hierarchy" before "Dear OpenAI Hiring Manager,"),
# or a motto in the letterhead before the addressee's lines ('"I want to put a ding in the universe." - Steve Jobs').
_NOTE_LINES, _NOTE_WORDS = 15, 20


def _start(lines: list[str]) -> int:
    """The index of the first body line: after the salutation, else the first paragraph of prose. A salutation
    that follows a few short lines of prose (a note above the letter) still opens the body."""
    for i, line in enumerate(lines):
        if _FRAME_LINE.match(line):
            continue
        if _is_salutation(line):
            return i + 1
        if _is_prose(line):
            for j in range(i + 1, min(len(lines), i + 1 + _NOTE_LINES) if len(line.split()) < _NOTE_WORDS else i):
                if _is_salutation(lines[j]):
                    return j + 1
                if len(lines[j].split()) >= _NOTE_WORDS:
                    break
            return i
    return 0


def _end(lines: list[str], start: int) -> int:
    """The index after the last body line: the closing, else the end of the last paragraph of prose."""
    for i in range(start, len(lines)):
        line = lines[i].strip()
        if (_CLOSING.match(line) and len(line) < 60) or (_LONG_CLOSING.match(line) and len(line) < 200):
            return i
    last = max((i for i in range(start, len(lines)) if _is_prose(lines[i])), default=len(lines) - 1)
    return last + 1


def _table_row(line: str, posting: str) -> str:
    """A Markdown or pipe table row: the cells the posting itself holds are the posting's, not claims."""
    if line.count("|") < 1:
        return line
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    key = _key(posting)
    own = [c for c in cells if c and not (key and _key(c) and _key(c) in key) and not re.fullmatch(r"[-: ]+", c)]
    if all(len(c.split()) <= 6 for c in own):
        return ""  # a header row: "Requirement | How I Meet the Requirement"
    return " ".join(c if re.search(r"[.!?]$", c) else c + "." for c in own)


def _key(text: str) -> str:
    return " ".join(re.findall(r"[0-9a-z]+", text.casefold()))


def body_of(text: str, posting: str = "") -> str:
    """The body of a Markdown, plain-text or HTML letter, without its frame (see the module's docstring)."""
    lines = letter_lines(text)
    start = _start(lines)
    end = _end(lines, start)
    kept: list[str] = []
    for line in lines[start:end]:
        if _FRAME_LINE.match(line) or (_is_heading(line) and not _is_prose(line)):
            kept.append("")
            continue
        line = _URL.sub("", _LINK.sub(r"\1", line))
        kept.append(_table_row(line, posting) if "|" in line else line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()

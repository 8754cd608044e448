"""Pieces every renderer shares: links in contact lines and prose, the subject label, the letter's date."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from ..datamodel import model
from ..letter import Letter, Sender

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}", re.UNICODE)
_URL_IN_PROSE = re.compile(r"\bhttps?://[^\s<>\"]+|\bwww\.[^\s<>\"]+\.[^\s<>\"]+|" + EMAIL.pattern, re.UNICODE)
_TRAILING_PUNCT = ".,;:!?'\"’”»"
_BARE_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}(?:[/?#]\S*)?$", re.UNICODE)
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}$")
_SPACE = re.compile(r"\s+")

# The word before the subject line, by language (ISO 639-1); English for any other language. German letters
# write the subject without one (DIN 5008 has dropped "Betreff:"), so a plain-text subject is bold or alone.
SUBJECT_LABELS = {
    "en": "Subject:",
    "de": "",
    "fr": "Objet :",
    "es": "Asunto:",
    "it": "Oggetto:",
    "nl": "Betreft:",
    "pt": "Assunto:",
}


@model(frozen=True)
class Segment:
    """A run of text, with the address it links to when it is an email or web address."""

    text: str
    href: str | None = None


def primary_language(language: str | None) -> str:
    """The ISO 639-1 part of a language tag: "en-US" -> "en", "pt_BR" -> "pt"."""
    return re.split(r"[-_]", (language or "en").strip().lower() or "en", maxsplit=1)[0]


def subject_label(language: str | None) -> str:
    """The label before the subject in the letter's language ("Subject:", "Objet :", ...; none in German)."""
    return SUBJECT_LABELS.get(primary_language(language), SUBJECT_LABELS["en"])


def clean(text: str | None) -> str:
    """Collapse runs of whitespace (newlines included) to single spaces and trim."""
    return _SPACE.sub(" ", text or "").strip()


def contact_href(line: str) -> str | None:
    """The link a contact line should carry: mailto: for an email, tel: for a phone, https: for a web address."""
    value = line.strip()
    if not value or (" " in value and not _PHONE.match(value)):
        return None
    if value.lower().startswith("mailto:"):
        return value
    if EMAIL.fullmatch(value):
        return f"mailto:{value}"
    if re.match(r"^https?://\S+$", value, re.I):
        return value
    if _PHONE.match(value) and sum(c.isdigit() for c in value) >= 6:
        return "tel:" + re.sub(r"[^\d+]", "", value)
    if _BARE_DOMAIN.match(value):
        return f"https://{value}"
    return None


def contact_rows(sender: Sender) -> list[list[str]]:
    """The contact block in at most three rows: the address; phone, email and web site; other links."""
    address = [clean(x) for x in sender.address_lines if clean(x)]
    direct = [clean(x) for x in (sender.phone, sender.email, sender.url) if clean(x)]
    links = [clean(x) for x in sender.links if clean(x) and clean(x) != clean(sender.url)]
    return [row for row in (address, direct, links) if row]


def prose_segments(text: str) -> list[Segment]:
    """Split prose into plain runs and the email and web addresses in it (trailing punctuation kept out)."""
    segments: list[Segment] = []
    pos = 0
    for found in _URL_IN_PROSE.finditer(text):
        start, token = found.start(), found.group(0)
        token = _trim_url(token)
        if not token:
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        if EMAIL.fullmatch(token):
            href = f"mailto:{token}"
        elif token.lower().startswith("www."):
            href = f"https://{token}"
        else:
            href = token
        segments.append(Segment(token, href))
        pos = start + len(token)
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


def _trim_url(token: str) -> str:
    """Drop sentence punctuation and an unbalanced closing bracket from the end of an address."""
    while token and (token[-1] in _TRAILING_PUNCT or (token[-1] == ")" and token.count("(") < token.count(")"))):
        token = token[:-1]
    return token


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%d.%m.%Y", "%d/%m/%Y")


def letter_datetime(letter: Letter) -> datetime | None:
    """The letter's date as a UTC datetime (for document metadata), or None when it cannot be read.

    ``letter.meta.date_iso`` wins; otherwise the display date is tried in common English and ISO forms.
    """
    candidates = [letter.meta.date_iso or "", clean(letter.date)]
    for candidate in candidates:
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(candidate, fmt)
            except ValueError:
                continue
            return parsed.replace(hour=9, tzinfo=timezone.utc)
    return None


def job_line(letter: Letter) -> str:
    """"Role, Company" (either may be missing) for a document's subject metadata."""
    title = letter.meta.job_title
    company = letter.recipient.company or letter.meta.company
    return ", ".join(str(v) for v in (title, company) if v)


_LETTER_REGIONS = ("US", "CA")


def default_page_size(language: str | None, country: str | None = None) -> str:
    """ "Letter" where letters are printed on it: a sender in the US or Canada, or a language tag with a US or
    Canadian region (en-US, fr-CA); "A4" anywhere else."""
    if (country or "").upper() in _LETTER_REGIONS:
        return "Letter"
    parts = re.split(r"[-_]", (language or "").strip())
    return "Letter" if len(parts) > 1 and parts[-1].upper() in _LETTER_REGIONS else "A4"


def page_size_for(letter: Letter, page_size: str | None = None) -> str:
    """The paper a letter is laid out on: the one asked for, else the default for its sender and language."""
    return page_size or default_page_size(letter.language, letter.meta.country)

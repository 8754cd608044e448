"""Saved or fetched HTML pages: the posting's JSON-LD first, else the page's main content without chrome.

Order of trust:
1. schema.org ``JobPosting`` JSON-LD (employer, title, place, salary, description) — see ``jsonld``;
2. the description container of a known board or ATS page (LinkedIn, Indeed, Greenhouse, Lever, Workday)
   or a microdata ``itemprop="description"``;
3. trafilatura's main-content extraction (Apache-2.0) of the page with its chrome removed;
4. a plain lxml extractor of ``<main>``/``<article>``/``<body>`` with the same chrome removed.
Whatever is found becomes Markdown-like text (``## Heading`` lines, ``- bullet`` lines) for the text parser,
with the facts read from the page's markup passed along as hints.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import InputError, JobError
from ..files import looks_binary
from . import jsonld, noise
from .employer import is_recruiter_posting
from .htmlcontent import MIN_CONTENT_CHARS, main_content
from .htmltext import html_to_text  # also part of this module's API
from .pagehints import company_from_site, page_hints
from .text import parse_posting

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from .model import Job

NO_POSTING = "no job posting found in this HTML page; save the posting's own page or paste its text"

_PARSER_KEYS = ("title", "company", "location", "remote", "employment_type", "compensation")
_FRONT_MATTER = re.compile(r"\A\ufeff?---\s*\n.*?\n---\s*\n(?=\s*<)", re.DOTALL)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)

# Words that a posting's text carries and other pages rarely do (en, de, fr, es, it, nl, pt).
_SECTION_SIGNALS = re.compile(
    r"\b(requirements?|qualifications?|responsibilities|what you['’]ll do|what we['’]re looking for|"
    r"about the (?:role|job|position)|your role|who you are|you will|you['’]ll|must have|nice to have|"
    r"preferred|the role|apply|job description|anforderungen|aufgaben|ihr profil|dein profil|"
    r"wir bieten|qualifikation(?:en)?|profil recherché|missions?|vos missions|le poste|compétences|"
    r"requisitos|responsabilidades|funciones|ofrecemos|experience with|years of experience|"
    r"berufserfahrung|expérience|experiencia|"
    r"requisiti|responsabilità|mansioni|offriamo|esperienza|"  # it
    r"functie-?eisen|vereisten|wat wij bieden|wat ga je doen|ervaring|verantwoordelijkheden|"  # nl
    r"experiência|atividades|oferecemos|qualificações)(?!\w)",  # pt
    re.IGNORECASE,
)



def decode_html(data: bytes, *, source: str, content_type: str | None = None) -> str:
    """Bytes of an HTML page as text, in the charset its HTTP header, BOM or <meta> declares (else UTF-8)."""
    if not data.strip():
        raise JobError("is empty", path=source, hint="save the posting's page again or paste its text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if looks_binary(data):
        raise InputError("is a binary file, not an HTML page", path=source,
                         hint="give the saved .html page, a PDF, or the posting's text")
    declared = None
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        declared = match.group(1) if match else None
    if not declared:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "replace") if match else None
    for charset in (declared, "utf-8"):
        if not charset:
            continue
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def _parse(page: str) -> HtmlElement | None:
    from lxml import etree
    from lxml import html as lxml_html

    page = _XML_DECL.sub("", page, count=1)
    if not page.strip():
        return None
    try:
        return lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return None



def looks_like_posting(text: str) -> bool:
    """True when text reads like a job posting: enough words and the words postings use."""
    words = len(text.split())
    if words < 40:
        return False
    signals = {m.group(0).casefold() for m in _SECTION_SIGNALS.finditer(text)}
    return len(signals) >= 3 or (len(signals) >= 2 and words >= 150)


def _jsonld_extra_sections(fields: dict[str, Any], text: str) -> str:
    """schema.org's separate responsibilities/qualifications/skills properties, when the description lacks them."""
    titles = {
        "responsibilities": "Responsibilities",
        "qualifications": "Qualifications",
        "experienceRequirements": "Experience",
        "educationRequirements": "Education",
        "skills": "Skills",
        "jobBenefits": "Benefits",
    }
    parts = []
    for key, heading in titles.items():
        value = fields.get(key)
        if not value:
            continue
        items = value if isinstance(value, list) else [value]
        lines = []
        for item in items:
            if isinstance(item, dict):
                item = item.get("name") or item.get("description") or ""
            body = html_to_text(str(item)) if item else ""
            for line in body.splitlines():
                line = line.strip()
                if line and line.lstrip("-• ").strip() not in text:
                    lines.append(line if line.startswith(("-", "#")) else f"- {line.lstrip('•* ')}")
        if lines:
            parts.append(f"## {heading}\n\n" + "\n".join(lines))
    return "\n\n".join(parts)


def extract_posting(page: str, *, source: str) -> tuple[str, dict[str, Any]]:
    """The posting's text and the hints read from the page's markup; JobError when the page holds none."""
    page = _FRONT_MATTER.sub("", page, count=1)
    postings = jsonld.find_job_postings(page)
    if len(postings) > 1:
        raise JobError(f"this page lists {len(postings)} jobs, not one posting", path=source,
                       hint="open the job you want and save that job's own page")
    posting = postings[0] if postings else None
    tree = _parse(page)
    hints: dict[str, Any] = page_hints(tree) if tree is not None else {}
    text = _jsonld_text(posting, hints) if posting is not None else ""
    if len(text) < MIN_CONTENT_CHARS and tree is not None:
        page_text, method = main_content(tree)
        if len(page_text) > len(text):
            text = page_text
            hints["method"] = method if posting is None else f"json-ld+{method}"
            heading = hints.get("title") or hints.get("h1")
            first_line = text.lstrip().split("\n", 1)[0]
            if heading and heading.casefold() not in first_line.casefold():
                text = f"# {heading}\n\n{text}"  # the extractor dropped the page's title: the parser needs it
    if "company" not in hints:
        named = company_from_site([hints.get("site_name", ""), hints.get("page_title", "")], text)
        if named:
            hints["company"] = named
    text = text.strip()
    if not text or (posting is None and not looks_like_posting(text)):
        raise JobError(NO_POSTING, path=source)
    return text, hints


def _jsonld_text(posting: dict[str, Any], hints: dict[str, Any]) -> str:
    """The JSON-LD posting's description as text; its facts go into hints (trusted for the parser's keys)."""
    data = jsonld.fields(posting)
    for key in ("title", "company", "location", "remote", "employment_type", "compensation", "date_posted",
                "valid_through", "url", "applicant_location", "identifier"):
        if data.get(key) is not None:
            hints[key] = data[key]
            if key in _PARSER_KEYS:
                hints.setdefault("trusted", []).append(key)
    if data.get("language"):
        hints["in_language"] = data["language"]
    host = urlsplit(str(data.get("url") or "")).hostname
    if host and host not in hints.get("domains", []):
        hints.setdefault("domains", []).append(host)
    hints["method"] = "json-ld"
    text = html_to_text(data.get("description_html") or "")
    extra = _jsonld_extra_sections(data, text)
    if extra:
        text = f"{text}\n\n{extra}".strip()
    return text


_JOB_FIELDS = ("title", "location", "remote", "employment_type", "compensation")
_EXTRA_FIELDS = ("date_posted", "valid_through", "url", "identifier", "applicant_location", "in_language", "site",
                 "site_name", "method", "workplace")


def parser_hints(hints: dict[str, Any], body: str) -> dict[str, Any]:
    """The page's facts in the text parser's terms: candidates, and ``trusted`` keys that win over the text.

    A recruiter's posting ("our client, …") keeps its employer unnamed even when the page's markup names the
    agency as the hiring organization.
    """
    out = {key: hints[key] for key in _PARSER_KEYS if hints.get(key) not in (None, "")}
    trusted = {key for key in hints.get("trusted", ()) if key in out}
    if is_recruiter_posting(body):
        trusted.discard("company")
    out["trusted"] = sorted(trusted)
    if hints.get("date_posted"):
        out["posted"] = hints["date_posted"]
    known = noise.KNOWN_BY_FOLDED
    boards = [known[n.casefold()] for n in (hints.get("site_name"), hints.get("site")) if n and n.casefold() in known]
    if boards:
        out["boards"] = sorted(set(boards))
    if hints.get("domains"):
        out["domains"] = list(hints["domains"])
    return out


def parse_html(text: str, *, source: str) -> Job:
    """A Job from an HTML page's text (JSON-LD first, else the main content without the page's chrome)."""
    body, hints = extract_posting(text, source=source)
    job = parse_posting(body, source=source, source_format="html", hints=parser_hints(hints, body))
    for key in _JOB_FIELDS:
        if getattr(job, key, None) in (None, "") and hints.get(key) not in (None, ""):
            setattr(job, key, hints[key])
    for key in _EXTRA_FIELDS:
        if hints.get(key) not in (None, "") and key not in job.extra:
            job.extra[key] = hints[key]
    job.__post_init__()  # the typed fields (workplace) follow what extra now holds
    return job

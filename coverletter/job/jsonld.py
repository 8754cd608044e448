"""The schema.org JobPosting in a page's JSON-LD, and its fields read into plain values.

Job boards and applicant-tracking systems (Greenhouse, Lever, Workday, LinkedIn, Indeed…) embed a
``<script type="application/ld+json">`` block for search engines. It names the employer, title and place
more reliably than the page's visible chrome, so it is read first.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from typing import Any

_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_WRAPPERS = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")

EMPLOYMENT_TYPES = {
    "FULL_TIME": "Full-time",
    "PART_TIME": "Part-time",
    "CONTRACTOR": "Contract",
    "CONTRACT": "Contract",
    "TEMPORARY": "Temporary",
    "INTERN": "Internship",
    "INTERNSHIP": "Internship",
    "VOLUNTEER": "Volunteer",
    "PER_DIEM": "Per diem",
    "OTHER": "Other",
}
_UNITS = {"HOUR": "per hour", "DAY": "per day", "WEEK": "per week", "MONTH": "per month", "YEAR": "per year"}


def json_ld_blocks(page: str) -> Iterator[Any]:
    """Every JSON-LD block of a page that parses (lenient about comments, CDATA and trailing commas)."""
    for match in _SCRIPT.finditer(page):
        body = _WRAPPERS.sub("", match.group(1).strip()).strip()
        if not body:
            continue
        for candidate in (body, _TRAILING_COMMA.sub(r"\1", body)):
            try:
                yield json.loads(candidate, strict=False)
                break
            except (ValueError, RecursionError):  # not JSON, a number too long, or nested too deeply
                continue


def _values(node: dict[str, Any], key: str) -> list[Any]:
    """A JSON-LD property's values: a list as it is, a single value (or none) as a list of one."""
    value = node.get(key)
    return value if isinstance(value, list) else [value]


def _is_job_posting(node: dict[str, Any]) -> bool:
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting"
               for k in _values(node, "@type"))


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        if _is_job_posting(node):
            yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item", "about"):
            if key in node:
                yield from _walk(node[key], depth + 1)


def job_postings(node: Any) -> Iterator[dict[str, Any]]:
    """Every JobPosting object inside parsed JSON-LD (a dict, a list, an @graph, a page's mainEntity)."""
    return _walk(node)


def find_job_postings(page: str) -> list[dict[str, Any]]:
    """Every distinct JobPosting in the page's JSON-LD; a repeated one (same title and employer) counts once."""
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for block in json_ld_blocks(page):
        for posting in _walk(block):
            key = ((_text(posting.get("title")) or "").casefold(), (organization_name(posting) or "").casefold())
            seen.setdefault(key, posting)
    return list(seen.values())


def find_job_posting(page: str) -> dict[str, Any] | None:
    """The first schema.org JobPosting object in the page's JSON-LD (inside @graph, lists or a WebPage)."""
    postings = find_job_postings(page)
    return postings[0] if postings else None


def _text(value: Any) -> str | None:
    """A plain string from a JSON-LD value: a string, a {"name": …} / {"@value": …} object, or a list."""
    if value is None:
        return None
    if isinstance(value, str):
        text = html_lib.unescape(value).strip()
        return text or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "@value", "value", "text"):
            if key in value:
                return _text(value[key])
        return None
    if isinstance(value, list):
        parts = [t for t in (_text(v) for v in value) if t]
        return ", ".join(dict.fromkeys(parts)) or None
    return None


def organization_name(posting: dict[str, Any]) -> str | None:
    """hiringOrganization's name (an Organization object, a list of them, or a bare string)."""
    org = posting.get("hiringOrganization")
    if isinstance(org, list):
        org = org[0] if org else None
    return _text(org)


def _place(place: Any) -> str | None:
    if isinstance(place, str):
        return _text(place)
    if not isinstance(place, dict):
        return None
    address = place.get("address", place)
    if isinstance(address, str):
        return _text(address)
    if not isinstance(address, dict):
        return _text(place.get("name"))
    parts = [_text(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
    parts = [p for p in parts if p]
    # "Berlin, Berlin, DE" -> "Berlin, DE"
    unique = list(dict.fromkeys(parts))
    return ", ".join(unique) or _text(place.get("name"))


def location(posting: dict[str, Any]) -> str | None:
    """jobLocation as "City, Region, Country"; several places are joined with "; "."""
    names = [p for p in (_place(place) for place in _values(posting, "jobLocation")) if p]
    return "; ".join(dict.fromkeys(names)) or None


def applicant_locations(posting: dict[str, Any]) -> str | None:
    """applicantLocationRequirements (where a remote worker may live), e.g. "United States"."""
    names = [t for t in (_text(v) for v in _values(posting, "applicantLocationRequirements")) if t]
    return ", ".join(dict.fromkeys(names)) or None


def is_remote(posting: dict[str, Any]) -> bool | None:
    """True when jobLocationType is TELECOMMUTE; None when the posting does not say."""
    if any(isinstance(k, str) and "TELECOMMUTE" in k.upper() for k in _values(posting, "jobLocationType")):
        return True
    return None


def employment_type(posting: dict[str, Any]) -> str | None:
    """employmentType in words: FULL_TIME -> "Full-time"; several are joined with ", "."""
    out = []
    for item in _values(posting, "employmentType"):
        if isinstance(item, str) and item.strip():
            for part in re.split(r"\s*,\s*", item.strip()):
                key = part.upper().replace("-", "_").replace(" ", "_")
                out.append(EMPLOYMENT_TYPES.get(key, part))
    return ", ".join(dict.fromkeys(out)) or None


def _amount(number: Any) -> str | None:
    if isinstance(number, bool):
        return None
    if isinstance(number, (int, float)):
        return f"{number:,.0f}" if float(number).is_integer() else f"{number:,.2f}"
    if isinstance(number, str) and number.strip():
        try:
            return _amount(float(number.replace(",", "")))
        except ValueError:
            return number.strip()
    return None


def compensation(posting: dict[str, Any]) -> str | None:
    """baseSalary (a MonetaryAmount) as text, e.g. "USD 120,000–150,000 per year"."""
    salary = posting.get("baseSalary") or posting.get("estimatedSalary")
    if isinstance(salary, list):
        salary = salary[0] if salary else None
    if salary is None:
        return None
    if not isinstance(salary, dict):
        return _text(salary)
    currency = _text(salary.get("currency")) or ""
    value = salary.get("value", salary)
    unit = ""
    if isinstance(value, dict):
        unit = _UNITS.get(str(value.get("unitText", "")).upper(), _text(value.get("unitText")) or "")
        low, high = _amount(value.get("minValue")), _amount(value.get("maxValue"))
        single = _amount(value.get("value"))
        figure = f"{low}–{high}" if low and high and low != high else low or high or single or ""
    else:
        figure = _amount(value) or ""
    if not figure:
        return None
    return " ".join(p for p in (currency, figure, unit) if p)


def _identifier(value: Any) -> str | None:
    """identifier: a string, or a PropertyValue whose value is the requisition id (its name is the employer)."""
    if isinstance(value, dict):
        return _text(value.get("value"))
    return _text(value)


def fields(posting: dict[str, Any]) -> dict[str, Any]:
    """The JobPosting read into plain values; keys with nothing in them are left out."""
    out: dict[str, Any] = {
        "title": _text(posting.get("title")) or _text(posting.get("name")),
        "company": organization_name(posting),
        "location": location(posting),
        "applicant_location": applicant_locations(posting),
        "remote": is_remote(posting),
        "employment_type": employment_type(posting),
        "compensation": compensation(posting),
        "date_posted": _text(posting.get("datePosted")),
        "valid_through": _text(posting.get("validThrough")),
        "url": _text(posting.get("url")),
        "identifier": _identifier(posting.get("identifier")),
        "language": _text(posting.get("inLanguage")),
        "description_html": posting.get("description") if isinstance(posting.get("description"), str) else None,
    }
    for key in ("responsibilities", "qualifications", "skills", "experienceRequirements", "educationRequirements",
                "jobBenefits"):
        value = posting.get(key)
        if isinstance(value, (str, list, dict)) and value:
            out[key] = value
    return {k: v for k, v in out.items() if v not in (None, "", [])}

"""Every citable piece of a profile, each with a JSON path id into ``profile.to_dict()``.

The ids use JSON Resume's camelCase names (``work[0].highlights[2]``, ``education[1]``,
``basics.summary``), so a claim in a letter can be traced to the line of the CV that backs it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..datamodel import model
from ..text import plain
from .model import Profile


@model
class Evidence:
    """One piece of the profile that can back a claim.

    ``id`` is a JSON path into the profile (``work[0].highlights[2]``, ``projects[1]``); ``context`` says
    where it stands ("Software Engineer at Pied Piper, 2013-2014"); ``score`` is its rank score for one
    requirement (0 when not ranked).
    """

    id: str
    text: str
    kind: str
    context: str = ""
    score: float = 0.0


_SKIP_EXTRA = {"meta", "$schema", "design", "locale", "settings"}


def year_of(date: str | None) -> str:
    """The year of an ISO-ish date ('2013-12-01' -> '2013'), 'present' kept, else ''."""
    if not date:
        return ""
    text = str(date).strip()
    if text.casefold() in ("present", "now", "current", "today"):
        return "present"
    match = re.match(r"(\d{4})", text)
    return match.group(1) if match else ""


def span(start: str | None, end: str | None) -> str:
    """'2013–2014', 'since 2020' or '' from two dates."""
    first, last = year_of(start), year_of(end)
    if first and last and first != last:
        return f"{first}–{last}"
    if first and not last:
        return f"since {first}"
    return first or last


def _join(*parts: Any, sep: str = " ") -> str:
    return sep.join(p for p in (plain(x) for x in parts) if p)


def _with_span(text: str, start: str | None, end: str | None, *, ongoing: bool = True) -> str:
    """text (2013–2014); a single date (ongoing=False) gives just its year; a year already shown is not repeated."""
    when = span(start, end) if ongoing else year_of(start)
    if not text or not when or when.removeprefix("since ") in text:
        return text
    return f"{text} ({when})"


def _role(position: str | None, org: str | None) -> str:
    position, org = plain(position), plain(org)
    if position and org:
        return f"{position} at {org}"
    return position or org


def iter_evidence(profile: Profile) -> list[Evidence]:
    """Every citable piece of the profile, in CV order, with non-empty text."""
    out: list[Evidence] = []

    def add(id_: str, text: str, kind: str, context: str = "") -> None:
        text = plain(text)
        if text:
            out.append(Evidence(id=id_, text=text, kind=kind, context=context or text))

    for section in (_basics_evidence, _roles_evidence, _projects_evidence, _education_evidence, _honours_evidence,
                    _extra_evidence):
        section(add, profile)
    return out


_Add = Callable[..., None]


def _basics_evidence(add: _Add, profile: Profile) -> None:
    """The headline, summary and location."""
    basics = profile.basics
    add("basics.label", basics.label or "", "label", "Headline")
    add("basics.summary", basics.summary or "", "summary", "Profile summary")
    if basics.location:
        loc = basics.location
        add("basics.location", _join(loc.city, loc.region, loc.country_code, sep=", "), "location", "Location")


def _roles_evidence(add: _Add, profile: Profile) -> None:
    """Work and volunteering: each role, its summary and highlights."""
    for i, job in enumerate(profile.work):
        employer = job.name or (job.extra or {}).get("company")  # "company": JSON Resume before v1.0
        context = _with_span(_role(job.position, employer), job.start_date, job.end_date)
        add(f"work[{i}]", _join(_role(job.position, employer), job.description, sep=". "), "work", context)
        add(f"work[{i}].summary", job.summary or "", "work", context)
        for j, line in enumerate(job.highlights):
            add(f"work[{i}].highlights[{j}]", line, "highlight", context)

    for i, vol in enumerate(profile.volunteer):
        context = _with_span(_role(vol.position, vol.organization), vol.start_date, vol.end_date)
        add(f"volunteer[{i}]", _role(vol.position, vol.organization), "volunteer", context)
        add(f"volunteer[{i}].summary", vol.summary or "", "volunteer", context)
        for j, line in enumerate(vol.highlights):
            add(f"volunteer[{i}].highlights[{j}]", line, "highlight", context)


def _projects_evidence(add: _Add, profile: Profile) -> None:
    """Projects and their highlights; publications."""
    for i, proj in enumerate(profile.projects):
        name = plain(proj.name)
        context = _with_span(f"Project {name}" if name else "Project", proj.start_date, proj.end_date)
        head = f"{name}: {plain(proj.description)}" if name and proj.description else name or plain(proj.description)
        add(f"projects[{i}]", _join(head, ", ".join(proj.keywords), ", ".join(proj.roles), proj.entity, sep=". "),
            "project", context)
        for j, line in enumerate(proj.highlights):
            add(f"projects[{i}].highlights[{j}]", line, "highlight", context)

    for i, pub in enumerate(profile.publications):
        context = _with_span(f"Publication “{plain(pub.name)}”", pub.release_date, None, ongoing=False)
        add(f"publications[{i}]", _join(pub.name, pub.publisher, pub.summary, sep=". "), "publication", context)


def _education_evidence(add: _Add, profile: Profile) -> None:
    """Degrees (with courses) and skills."""
    for i, edu in enumerate(profile.education):
        degree = _join(edu.study_type, edu.area, sep=" in ")
        head = _join(degree, edu.institution, sep=", ")
        context = _with_span(head, edu.start_date, edu.end_date)
        courses = "; ".join(plain(c) for c in edu.courses if plain(c))
        add(f"education[{i}]", _join(head, f"Courses: {courses}" if courses else "", sep=". "), "education",
            context)

    for i, skill in enumerate(profile.skills):
        keywords = ", ".join(plain(k) for k in skill.keywords if plain(k))
        text = f"{plain(skill.name)}: {keywords}" if skill.name and keywords else plain(skill.name) or keywords
        add(f"skills[{i}]", text, "skill", f"Skills: {plain(skill.name)}" if skill.name else "Skills")


def _honours_evidence(add: _Add, profile: Profile) -> None:
    """Awards, certificates and languages."""
    for i, award in enumerate(profile.awards):
        context = _with_span(_join(award.title, award.awarder, sep=", "), award.date, None, ongoing=False)
        add(f"awards[{i}]", _join(award.title, award.awarder, award.summary, sep=". "), "award", context)

    for i, cert in enumerate(profile.certificates):
        context = _with_span(_join(cert.name, cert.issuer, sep=", "), cert.date, None, ongoing=False)
        add(f"certificates[{i}]", _join(cert.name, cert.issuer, sep=", "), "certificate", context)

    for i, lang in enumerate(profile.languages):
        add(f"languages[{i}]", _join(lang.language, f"({plain(lang.fluency)})" if lang.fluency else ""),
            "language", "Languages")


def _extra_evidence(add: _Add, profile: Profile) -> None:
    """Sections the schema does not know (talks, patents...), from the profile's extra keys."""
    for key, value in profile.extra.items():
        if key in _SKIP_EXTRA or not isinstance(value, list):
            continue
        for i, item in enumerate(value):
            text = _flatten(item)
            add(f"{key}[{i}]", text, "other", key)


def _flatten(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(t for t in (_flatten(v) for v in value.values()) if t)
    if isinstance(value, list):
        return "; ".join(t for t in (_flatten(v) for v in value) if t)
    return plain(value) if value is not None else ""


def dated_entries(profile: Profile) -> list[tuple[str, str, str | None, str | None]]:
    """(id, name, start, end) of every dated entry: work, volunteer, education, projects."""
    rows: list[tuple[str, str, str | None, str | None]] = []
    for i, w in enumerate(profile.work):
        rows.append((f"work[{i}]", plain(w.name), w.start_date, w.end_date))
    for i, v in enumerate(profile.volunteer):
        rows.append((f"volunteer[{i}]", plain(v.organization), v.start_date, v.end_date))
    for i, e in enumerate(profile.education):
        rows.append((f"education[{i}]", plain(e.institution), e.start_date, e.end_date))
    for i, p in enumerate(profile.projects):
        rows.append((f"projects[{i}]", plain(p.name), p.start_date, p.end_date))
    return rows


def dates_of(profile: Profile) -> list[tuple[str, str]]:
    """(id, date string) of every date field in the profile."""
    out = [(row[0], d) for row in dated_entries(profile) for d in (row[2], row[3]) if d]
    out += [(f"awards[{i}]", a.date) for i, a in enumerate(profile.awards) if a.date]
    out += [(f"certificates[{i}]", c.date) for i, c in enumerate(profile.certificates) if c.date]
    out += [(f"publications[{i}]", p.release_date) for i, p in enumerate(profile.publications) if p.release_date]
    return out

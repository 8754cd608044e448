"""Postings as JSON: JSON Resume's job schema (job-schema.json), or a bare schema.org JobPosting.

The structured fields are taken as they are (responsibilities, qualifications, skills); the description and
those lists are also handed to the text parser as one Markdown-like text, for the skills lexicon, the
language and whatever the description says beyond the lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import JobError
from ..files import parse_json

if TYPE_CHECKING:
    from .model import Job

_REMOTE = {"full": True, "none": False}


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [str(v).strip() for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
    return []


def _location(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, dict):
        return None
    parts = [value.get(k) for k in ("city", "region", "countryCode")]
    parts = [str(p).strip() for p in parts if isinstance(p, str) and p.strip()]
    if not parts and isinstance(value.get("address"), str):
        parts = [line.strip() for line in value["address"].splitlines() if line.strip()]
    return ", ".join(dict.fromkeys(parts)) or None


def _skills(value: Any) -> list[str]:
    out: list[str] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            out.extend(_strings(item.get("keywords")))
            if isinstance(item.get("name"), str) and item["name"].strip():
                out.append(item["name"].strip())
    return list(dict.fromkeys(s for s in out if s))


def posting_text(data: dict[str, Any]) -> str:
    """The job as Markdown-like text: title, company, description, then the lists under their headings."""
    from .htmltext import html_to_text

    parts = []
    if isinstance(data.get("title"), str):
        parts.append(f"# {data['title'].strip()}")
    facts = []
    for label, key in (("Company", "company"), ("Type", "type"), ("Experience", "experience"), ("Salary", "salary")):
        if isinstance(data.get(key), (str, int, float)) and str(data[key]).strip():
            facts.append(f"{label}: {str(data[key]).strip()}")
    where = _location(data.get("location"))
    if where:
        facts.append(f"Location: {where}")
    if isinstance(data.get("remote"), str) and data["remote"].strip():
        facts.append(f"Remote: {data['remote'].strip()}")
    if facts:
        parts.append("\n".join(facts))
    if isinstance(data.get("description"), str) and data["description"].strip():
        parts.append(html_to_text(data["description"]))
    for heading, key in (("Responsibilities", "responsibilities"), ("Qualifications", "qualifications")):
        items = _strings(data.get(key))
        if items:
            parts.append(f"## {heading}\n\n" + "\n".join(f"- {item}" for item in items))
    skills = _skills(data.get("skills"))
    if skills:
        parts.append("## Skills\n\n" + "\n".join(f"- {s}" for s in skills))
    return "\n\n".join(parts).strip()


def _from_schema_org(data: dict[str, Any]) -> dict[str, Any]:
    """A schema.org JobPosting re-read into JSON Resume's job shape."""
    from . import jsonld

    found = jsonld.fields(data)
    return {
        "title": found.get("title"),
        "company": found.get("company"),
        "type": found.get("employment_type"),
        "date": found.get("date_posted"),
        "description": found.get("description_html"),
        "location": found.get("location"),
        "remote": "Full" if found.get("remote") else None,
        "salary": found.get("compensation"),
        "responsibilities": _strings(found.get("responsibilities")),
        "qualifications": _strings(found.get("qualifications")),
        "skills": [{"name": s} for s in _strings(found.get("skills"))],
    }


def parse_json_job(text: str, *, source: str) -> Job:
    """A Job from JSON in JSON Resume's job schema (or a schema.org JobPosting object)."""
    from .jsonld import job_postings
    from .text import parse_posting

    data = parse_json(text, source, problem="is not valid JSON")
    postings = list(job_postings(data))
    if postings:
        data = _from_schema_org(postings[0])
    if not isinstance(data, dict):
        raise JobError("is JSON but not a job posting (expected an object)", path=source,
                       hint="use JSON Resume's job schema: title, company, description, qualifications…")
    known = ("title", "company", "description", "responsibilities", "qualifications", "skills")
    if not any(data.get(k) for k in known):
        raise JobError("is JSON but holds no job posting (no title, company, description or qualifications)",
                       path=source, hint="use JSON Resume's job schema (see jsonresume.org)")
    body = posting_text(data)
    remote_word = str(data.get("remote") or "").strip().casefold()
    hints: dict[str, Any] = {
        "title": data.get("title") if isinstance(data.get("title"), str) else None,
        "company": data.get("company") if isinstance(data.get("company"), str) else None,
        "location": _location(data.get("location")),
        "remote": _REMOTE.get(remote_word),
        "employment_type": data.get("type") if isinstance(data.get("type"), str) else None,
        "compensation": str(data["salary"]) if isinstance(data.get("salary"), (str, int, float)) else None,
    }
    hints = {k: v for k, v in hints.items() if v not in (None, "")}
    job = parse_posting(body, source=source, source_format="json", hints=hints)
    for key, value in hints.items():
        setattr(job, key, value)
    responsibilities = _strings(data.get("responsibilities"))
    qualifications = _strings(data.get("qualifications"))
    if responsibilities:
        job.responsibilities = responsibilities
    if qualifications:
        job.requirements = qualifications
    job.skills = list(dict.fromkeys([*_skills(data.get("skills")), *job.skills]))
    for key in ("date", "experience", "meta"):
        if data.get(key):
            job.extra[key] = data[key]
    if remote_word == "hybrid":
        job.extra["workplace"] = job.workplace = "hybrid"
    return job

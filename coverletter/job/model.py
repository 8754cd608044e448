"""The Job model: what was understood of one job posting."""

from __future__ import annotations

from dataclasses import field
from typing import Any

from ..datamodel import model, to_dict

TYPED_EXTRA = ("workplace", "deadline", "agency")


@model
class Job:
    """A job posting. Text fields are the posting's own words; ``raw_text`` is the posting as read.

    ``company`` is None when the posting names no employer (a recruiter's "our client"): the letter adapts,
    and a job board's name is never used in its place.
    """

    raw_text: str
    source: str
    company: str | None = None
    title: str | None = None
    location: str | None = None
    remote: bool | None = None
    employment_type: str | None = None
    compensation: str | None = None
    workplace: str | None = None  # "remote", "hybrid" or "on-site", as the posting says it
    deadline: str | None = None  # the closing date, in the posting's words
    agency: str | None = None  # the recruiter posting for an unnamed client
    about: list[str] = field(default_factory=list)
    responsibilities: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)
    preferred: list[str] = field(default_factory=list)
    benefits: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    language: str = "en"
    source_format: str = "text"
    dropped: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Readers that still leave these in ``extra`` (by string key) fill the typed fields too."""
        for name in TYPED_EXTRA:
            value = self.extra.get(name)
            if getattr(self, name) is None and value not in (None, ""):
                setattr(self, name, str(value))

    def to_dict(self, *, include_raw: bool = False) -> dict[str, Any]:
        """JSON-ready data with snake_case keys; every list key is present, even when empty."""
        data = to_dict(self, camel=False, drop_empty=False)
        if not include_raw:
            data.pop("raw_text", None)
        return data

    def employer_notice(self) -> str | None:
        """One line when the employer or the title is missing or only guessed, naming the options that fix it."""
        source = str(self.extra.get("company_from") or "")
        if self.company is None and "recruiter" in source:
            return ("a recruiter's posting for an unnamed client: the letter addresses the hiring team; "
                    "name the employer with --company if you know it")
        if self.company is None:
            return "no employer named in the posting: the letter addresses the hiring team; name it with --company"
        if self.company and self.extra.get("company_confidence") == "low":
            return (f"the employer {self.company!r} is a guess from {source or 'the text'}; "
                    "check it, or name it with --company")
        if not self.title:
            return "no job title found in the posting; name it with --title"
        return None

    @property
    def all_requirements(self) -> list[str]:
        """Required lines first, then preferred ones."""
        return [*self.requirements, *self.preferred]

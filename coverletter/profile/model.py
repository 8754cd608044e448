"""The Profile model: a CV shaped like JSON Resume (https://jsonresume.org/schema), unknown keys kept.

Attribute names are JSON Resume's in snake_case (``startDate`` -> ``start_date``); ``to_dict`` gives the
JSON Resume shape back. Evidence ids are JSON paths in that shape: ``work[0].highlights[2]``.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from ..datamodel import from_dict, model, to_dict


@model
class Location:
    """Where the applicant lives (JSON Resume ``basics.location``)."""

    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country_code: str | None = None
    region: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@model
class SocialProfile:
    """A profile on a network (JSON Resume ``basics.profiles[]``)."""

    network: str | None = None
    username: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Basics:
    """Name, contact and summary (JSON Resume ``basics``)."""

    name: str | None = None
    label: str | None = None
    image: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[SocialProfile] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Work:
    """A job held (JSON Resume ``work[]``)."""

    name: str | None = None
    location: str | None = None
    description: str | None = None
    position: str | None = None
    url: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    summary: str | None = None
    highlights: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Volunteer:
    """Unpaid work (JSON Resume ``volunteer[]``)."""

    organization: str | None = None
    position: str | None = None
    url: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    summary: str | None = None
    highlights: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Education:
    """A degree or course of study (JSON Resume ``education[]``)."""

    institution: str | None = None
    url: str | None = None
    area: str | None = None
    study_type: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    score: str | None = None
    courses: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Award:
    """An award (JSON Resume ``awards[]``)."""

    title: str | None = None
    date: str | None = None
    awarder: str | None = None
    summary: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Certificate:
    """A certificate (JSON Resume ``certificates[]``)."""

    name: str | None = None
    date: str | None = None
    url: str | None = None
    issuer: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Publication:
    """A publication (JSON Resume ``publications[]``)."""

    name: str | None = None
    publisher: str | None = None
    release_date: str | None = None
    url: str | None = None
    summary: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Skill:
    """A skill with its keywords (JSON Resume ``skills[]``)."""

    name: str | None = None
    level: str | None = None
    keywords: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Language:
    """A spoken language (JSON Resume ``languages[]``)."""

    language: str | None = None
    fluency: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Interest:
    """An interest (JSON Resume ``interests[]``)."""

    name: str | None = None
    keywords: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Reference:
    """A reference (JSON Resume ``references[]``)."""

    name: str | None = None
    reference: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Project:
    """A project (JSON Resume ``projects[]``)."""

    name: str | None = None
    description: str | None = None
    highlights: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    start_date: str | None = None
    end_date: str | None = None
    url: str | None = None
    roles: list[str] = field(default_factory=list)
    entity: str | None = None
    type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@model
class Profile:
    """An applicant's CV. ``source`` is where it was read from; ``warnings`` what was forgiven on load."""

    basics: Basics = field(default_factory=Basics)
    work: list[Work] = field(default_factory=list)
    volunteer: list[Volunteer] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    certificates: list[Certificate] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    skills: list[Skill] = field(default_factory=list)
    languages: list[Language] = field(default_factory=list)
    interests: list[Interest] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    source: str | None = field(default=None, compare=False)
    warnings: list[str] = field(default_factory=list, compare=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str | None = None) -> Profile:
        """Build a Profile from a JSON Resume dict that has already been checked for types."""
        profile = from_dict(cls, data)
        profile.extra.pop("source", None)
        profile.extra.pop("warnings", None)
        profile.source = source
        if profile.basics is None:
            profile.basics = Basics()
        return profile

    def to_dict(self) -> dict[str, Any]:
        """The profile as JSON Resume data (camelCase keys, empty values left out)."""
        data = to_dict(self)
        data.pop("source", None)
        data.pop("warnings", None)
        return data

    @property
    def name(self) -> str | None:
        return self.basics.name

"""What the field finders share while reading one posting, and what they found."""

from __future__ import annotations

from dataclasses import field

from ..datamodel import model
from .sections import Block, Section

HEAD = 20_000  # characters of the posting searched for the employer, remote work and recruiter wording
FIELD_TEXT = 5_000  # characters of one paragraph searched for pay or employment type

# the posting's own title line and its block (None for a heading)
TitleLine = tuple[str, Block | None]


@model
class Fields:
    """What fields.extract found, with the evidence kept in ``extra``."""

    company: str | None = None
    title: str | None = None
    location: str | None = None
    remote: bool | None = None
    workplace: str | None = None
    employment_type: str | None = None
    compensation: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    used_blocks: set[int] = field(default_factory=set)  # id() of blocks consumed as fields


@model
class Posting:
    """What the field finders share: the sections, hints, labels and the texts they search."""

    sections: list[Section]
    hints: dict
    boards: list[str]
    skills: list[str]
    out: Fields
    trusted: set[str] = field(default_factory=set)
    header: Section | None = None
    header_blocks: list[Block] = field(default_factory=list)
    short_header: list[Block] = field(default_factory=list)
    labels: dict[str, tuple[str, Block]] = field(default_factory=dict)
    body_text: str = ""
    head_text: str = ""


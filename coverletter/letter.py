"""The Letter model: a business letter as structured data, ready for any renderer.

Only ``paragraphs`` are ever written by a template or a model; the sender block, date, recipient,
salutation, closing and signature come from code and the profile.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from .datamodel import model, to_dict
from .text import word_count


@model
class Paragraph:
    """One body paragraph and the evidence ids (JSON paths into the profile) it relies on."""

    text: str
    evidence: list[str] = field(default_factory=list)


@model
class Sender:
    """The applicant's contact block."""

    name: str
    label: str | None = None
    address_lines: list[str] = field(default_factory=list)
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    links: list[str] = field(default_factory=list)

    @property
    def contact_lines(self) -> list[str]:
        """Address, then phone, email and web addresses, one a line, none empty."""
        lines = [*self.address_lines]
        lines += [v for v in (self.phone, self.email, self.url) if v]
        lines += [link for link in self.links if link and link != self.url]
        return lines


@model
class Recipient:
    """Who the letter goes to; any part may be unknown, and then it is left out (never a placeholder)."""

    name: str | None = None
    company: str | None = None
    address_lines: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return [v for v in (self.name, self.company, *self.address_lines) if v]


@model
class Provenance:
    """Where a letter came from: the posting it answers, its date, how it was written, the evidence it used.

    The frame fills the posting's part (job title, company, ISO date, sender's country); the composer or the
    model writer fills how it was written. Renderers read it (a DOCX's subject names the role) and never
    write to it.
    """

    job_title: str | None = None
    company: str | None = None
    date_iso: str | None = None
    country: str | None = None
    mode: str | None = None  # offline, openai, local, server
    template: str | None = None
    model: str | None = None
    gaps: str | None = None
    evidence_used: list[str] = field(default_factory=list)
    plan_size: int | None = None  # offline: evidence in the plan and in the "more" list
    more_size: int | None = None
    structured: bool | None = None  # model: JSON reply, revision, evidence budget, what the checks removed
    revised: bool | None = None
    evidence_kept: int | None = None
    evidence_dropped: int | None = None
    removed_claims: list[str] = field(default_factory=list)
    flagged_claims: list[str] = field(default_factory=list)
    body_source: str | None = None  # "model" or "offline template"
    fit_notices: list[str] = field(default_factory=list)  # offline: eligibility and weak-fit warnings
    stories: list[str] = field(default_factory=list)  # offline: titles of the story bank's stories used


@model
class Letter:
    """A whole letter: the frame from code and the profile, and the body paragraphs."""

    sender: Sender
    date: str
    recipient: Recipient
    salutation: str
    paragraphs: list[Paragraph]
    closing: str
    signature: str
    subject: str | None = None
    language: str = "en"
    meta: Provenance = field(default_factory=Provenance)

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def word_count(self) -> int:
        """Words in the body paragraphs."""
        return word_count(self.body)

    @property
    def evidence_ids(self) -> list[str]:
        """Every evidence id the body uses, in order, without repeats."""
        seen: dict[str, None] = {}
        for paragraph in self.paragraphs:
            seen.update(dict.fromkeys(paragraph.evidence))
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self, camel=False, drop_empty=False)

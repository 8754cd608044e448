"""The Letter model: a business letter as structured data, ready for any renderer.

Only ``paragraphs`` are ever written by a template or a model; the sender block, date, recipient,
salutation, closing and signature come from code and the profile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .datamodel import to_dict
from .text import word_count


@dataclass
class Paragraph:
    """One body paragraph and the evidence ids (JSON paths into the profile) it relies on."""

    text: str
    evidence: list[str] = field(default_factory=list)


@dataclass
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


@dataclass
class Recipient:
    """Who the letter goes to; any part may be unknown, and then it is left out (never a placeholder)."""

    name: str | None = None
    company: str | None = None
    address_lines: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return [v for v in (self.name, self.company, *self.address_lines) if v]


@dataclass
class Letter:
    sender: Sender
    date: str
    recipient: Recipient
    salutation: str
    paragraphs: list[Paragraph]
    closing: str
    signature: str
    subject: str | None = None
    language: str = "en"
    meta: dict[str, Any] = field(default_factory=dict)

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

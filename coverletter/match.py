"""Tailoring: rank profile evidence for each requirement of a posting; coverage and gaps.

The data model lives here; the ranking itself is added below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .datamodel import to_dict

Strength = Literal["strong", "weak", "none"]


@dataclass
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


@dataclass
class RequirementMatch:
    """A requirement (or preferred line, or key skill) with the evidence ranked for it."""

    requirement: str
    kind: Literal["requirement", "preferred", "skill", "responsibility"]
    strength: Strength
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Match:
    """The coverage matrix of one profile against one posting."""

    items: list[RequirementMatch]
    score: float

    @property
    def gaps(self) -> list[RequirementMatch]:
        return [item for item in self.items if item.strength == "none"]

    def to_dict(self) -> dict[str, Any]:
        data = to_dict(self, camel=False, drop_empty=False)
        data["gaps"] = [item.requirement for item in self.gaps]
        return data

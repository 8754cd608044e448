"""What a posting asks for by name: the skills of its title and its requirement, preferred and duty lines, and
the lexicon's categories of tools (not fields of work) that a letter names."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..job.model import Job

TOOL_KINDS = frozenset({"programming languages", "web and mobile", "testing and quality", "data and databases",
                        "machine learning and AI", "cloud and devops", "systems and security", "design",
                        "finance and accounting", "office and collaboration tools", "sales and marketing",
                        "healthcare and education"})


def asked_skills(job: Job) -> list[str]:
    """The skills the posting asks for in its title and its requirement, preferred and duty lines, in the order of
    its skills; not those its about text or benefits name in passing ('we hire for cloud infrastructure')."""
    from ..skills import load_lexicon

    asked = set(load_lexicon().find(" ".join([job.title or "", *job.requirements, *job.preferred,
                                              *job.responsibilities])))
    return [s for s in job.skills if s in asked]

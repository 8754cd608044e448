"""The skill guard: a phrase may name only skills the profile backs (and no cliché); the skills the profile
and the posting share.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..style import find_cliches, load_cliches

if TYPE_CHECKING:
    from ..job.model import Job
    from ..profile.model import Profile
from ..profile.evidence import iter_evidence
from ..skills import load_lexicon
from .values import _clean

_DOCUMENT_WORD = re.compile(r"\b(my|your|the|a|this)\s+$", re.I)


class SkillGuard:
    """Decides whether a phrase from the posting may appear in the letter: every skill it names must be backed.

    Soft skills ("communication") do not count: quoting an ask for them claims nothing. A compound such as
    "AI/ML" is backed when each of its parts is. Everyday words that are also skill names ("rest", "react",
    "security") are checked in any capitalisation.
    """
    IGNORED_CATEGORIES = frozenset({"soft skills"})  # a spoken language ("fluent German") must be backed too
    EVERYDAY = ("rest", "react", "spring", "lean", "agile", "node", "sketch", "security", "containers",
                "networking", "statistics", "chef", "puppet", "lambda", "branding", "negotiation",
                "accessibility", "compilers", "scrum", "kanban", "swift", "rust", "julia", "ruby", "rails")

    def __init__(self, profile_text: str) -> None:
        self.lexicon: Any = load_lexicon()  # a broken skills.txt is the user's error to see, not a guard off
        self.profile_text = profile_text
        self.backed = {s.casefold() for s in self.find(profile_text)}
        self._cliches: list[str] | None = None

    def find(self, text: str) -> list[str]:
        if self.lexicon is None or not text:
            return []
        found: list[str] = []
        for name, start, _end in self.lexicon.find_spans(text):
            if _DOCUMENT_WORD.search(text[max(0, start - 6):start]) and text[start:start + 2] == "CV":
                continue  # "my CV" is the document, not computer vision
            if (self.lexicon.category(name) or "") not in self.IGNORED_CATEGORIES and name not in found:
                found.append(name)
        return found

    def _backed(self, skill: str) -> bool:
        if skill.casefold() in self.backed:
            return True
        if "/" in skill and self.lexicon is not None:
            parts = [p.strip() for p in skill.split("/") if p.strip()]
            return bool(parts) and all(
                (self.lexicon.canonical(p) or p).casefold() in self.backed or p.casefold() in self.backed
                for p in parts)
        return False

    def unbacked(self, text: str) -> list[str]:
        missing = [s for s in self.find(text) if not self._backed(s)]
        for word in self.EVERYDAY:
            pattern = rf"(?<![\w+#]){re.escape(word)}(?![\w+#])"
            if re.search(pattern, text, re.I) and not re.search(pattern, self.profile_text, re.I):
                missing.append(word)
        return list(dict.fromkeys(missing))

    def safe(self, text: str | None) -> bool:
        """The phrase names no skill the profile lacks and holds no phrase of the cliché list (a posting's
        "proven track record", quoted, would still read as a cliché in the letter)."""
        return bool(text) and not self.unbacked(text or "") and not self.cliched(text or "")

    def cliched(self, text: str) -> bool:
        if self._cliches is None:
            self._cliches = load_cliches()
        if not self._cliches:
            return False
        return bool(find_cliches(text, self._cliches))


def _profile_text(profile: Profile) -> str:

    return " \n".join(ev.text for ev in iter_evidence(profile))


_BROAD = frozenset({"research", "infrastructure", "engineering", "software", "development", "design", "science",
                    "technology", "management", "analysis", "operations", "business"})


def shared_skills(profile: Profile, job: Job, guard: SkillGuard, limit: int = 6) -> list[str]:
    """Skill keywords of the profile, spelt as the CV spells them, that the posting names: tools, languages
    and methods, not soft skills or broad fields ('research'), so a sentence can list them naturally."""
    if guard.lexicon is None:
        return []
    posting = " \n".join([job.title or "", *job.requirements, *job.preferred, *job.responsibilities, *job.skills])
    asked = {s.casefold() for s in guard.find(posting)}

    def listable(name: str) -> bool:
        """A skill the posting names that is a tool or method, not a soft skill, a language or a broad field."""
        return (name.casefold() in asked and guard.lexicon.category(name) not in ("soft skills", "languages")
                and name.casefold() not in _BROAD)

    out: list[str] = []
    for skill in profile.skills:
        for keyword in (_clean(k) for k in skill.keywords):
            name = guard.lexicon.canonical(keyword) if keyword else None
            if name and listable(name) and keyword not in out:
                out.append(keyword)
    # skills the CV shows outside its skills section: courses and certificates ('DB1101 - Basic SQL')
    studied = " \n".join([*(c for e in profile.education for c in (_clean(x) for x in e.courses) if c),
                           *(_clean(c.name) for c in profile.certificates)])
    for name in guard.find(studied):
        if listable(name) and name.casefold() not in {k.casefold() for k in out}:
            out.append(name)
    # named tools ('Kubernetes', 'C++') before methods and fields ('distributed systems')
    out.sort(key=lambda k: k == k.casefold() and not re.search(r"[+#.]", k))
    return out[:limit]

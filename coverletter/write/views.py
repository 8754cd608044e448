"""The views a letter template sees: roles, degrees, evidence (with its sentence), the match, the profile,
the posting. Plain attributes, so a template reads ``job.role`` or ``ev.sentence``.
"""

from __future__ import annotations

import re
from dataclasses import field
from typing import TYPE_CHECKING

from ..datamodel import model
from ..templating.filters import (
    a_an,
    cite,
    join_and,
    lower_first,
    sentence,
    strip_period,
)

if TYPE_CHECKING:
    from ..profile.model import Profile
from .english import _IRREGULAR, _NOT_CITABLE, _PASSIVE, _SECTION_NAMES, _degree_rank, _first_person, the_org
from .values import _clean


@model
class RoleView:
    """A role held, as a template sees it."""

    position: str | None
    org: str | None
    when: str
    current: bool
    id: str

    @property
    def phrase(self) -> str:
        if self.position and self.org:
            return f"{self.position} at {the_org(self.org)}"
        return self.position or self.org or ""


@model
class DegreeView:
    """A degree, as a template sees it."""

    study_type: str | None
    area: str | None
    institution: str | None
    when: str
    ongoing: bool
    id: str
    open_ended: bool = False  # begun, never ended, not under way: finished or left, the CV does not say

    @property
    def phrase(self) -> str:
        degree = " in ".join(p for p in (self.study_type, self.area) if p) or "a degree"
        if self.institution:
            school = the_org(self.institution)
            return f"{degree} at {school}" if self.ongoing or self.open_ended else f"{degree} from {school}"
        return degree


@model
class EvidenceView:
    """One piece of profile evidence, with ready-made phrasings that cite it."""

    id: str
    text: str
    kind: str
    context: str
    score: float
    org: str | None = None
    position: str | None = None
    when: str = ""
    section: str = ""
    name: str | None = None
    current: bool = False
    description: str | None = None
    degree: str | None = None
    variant: int = 0
    open_ended: bool = False  # a degree begun and never ended on the CV: 'I studied for', never 'I hold'

    @property
    def where(self) -> str:
        if not self.org:
            return ""
        if self.section == "projects":
            return f"in the {self.org} project"
        return f"at {the_org(self.org)}"

    @property
    def quote(self) -> str:
        return cite(self, f"“{strip_period(self.text)}”")

    @property
    def short(self) -> str:
        """A noun phrase naming the entry, citing itself: '“Title” (EuroSys 2025)' for a paper, 'the Best
        Student Paper Award (ACM SoCC 2024)' for an award, the project's name; else the text."""
        if self.kind in ("publication", "patent") and self.name:
            venue = ", ".join(p for p in (self.org, self.when) if p and p not in self.name)
            if self.org and self.when and self.when in self.org:
                venue = self.org
            return cite(self, f"“{self.name}”" + (f" ({venue})" if venue else ""))
        if self.kind == "award" and self.name:
            source = ", ".join(p for p in (self.org, self.when) if p and (p != self.when or p not in (self.org or "")))
            article = "" if re.match(r"^(the|a|an)\s", self.name, re.I) else "the "
            return cite(self, f"{article}{self.name}" + (f" ({source})" if source else ""))
        if self.kind == "project" and self.org:
            return cite(self, self.org)
        return cite(self, strip_period(self.text))

    @property
    def sentence(self) -> str:
        return cite(self, self._sentence())

    def _framed(self, mine: str) -> str:
        """'I optimized X' with one of a few openings naming where it happened (chosen by ``variant``)."""
        if not self.org or (self.variant == 0 and self.section not in ("work", "projects")) or (
                self.variant == 0 and self.section == "work" and self.current):
            return mine
        if self.section == "projects":
            name = self.org
            frames = [f"With {name}, ", f"In the {name} project, ", f"For {name}, ", f"Working on {name}, "]
        elif self.section == "volunteer":
            org = the_org(self.org)
            frames = ["", f"As a volunteer at {org}, ", f"At {org}, ", f"Volunteering at {org}, "]
        else:
            org = the_org(self.org)
            role = f"As {self.position} at {org}, " if self.position else f"At {org}, "
            frames = ["", f"At {org}, ", role, f"During my time at {org}, "]
            if not self.current:  # a past role: always say where it happened
                frames[0] = f"While at {org}, "
        return frames[self.variant % len(frames)] + mine

    def _noun_highlight(self, text: str) -> str | None:
        """A highlight that does not start with a verb, said as a sentence when its shape allows:
        'Maintainer; 40 contributors' -> 'I am the maintainer of tracekit (40 contributors)';
        'Using modern tools such as X' -> 'My work on Miss Direction involved using modern tools such as X';
        'Research integrated into Azure' -> 'At Microsoft Research, my research was integrated into Azure'."""
        if not self.org:
            return None
        org = self.org if self.section == "projects" else the_org(self.org)
        role = re.match(r"^(maintainer|creator|author|co-author|lead|founder|co-founder|owner|lead developer|"
                        r"core developer|contributor)\s*[;,:–—-]\s*(.+)$", text, re.I)
        if role:
            return f"I am the {role.group(1).casefold()} of {org} ({role.group(2)})"
        words = text.split(" ")
        first = words[0].casefold()
        if first.endswith("ing") and first not in ("bring", "string", "thing", "spring") and len(words) > 2:
            where = f"on {org}" if self.section == "projects" else f"at {org}"
            return f"My work {where} involved {lower_first(text)}"
        if (len(words) > 2 and words[0][:1].isupper() and not words[0].isupper() and words[1].islower()
                and (words[1].endswith("ed") or words[1] in _IRREGULAR) and words[1] not in ("led",)
                and first not in _PASSIVE and not first.endswith(("ed", "ly", "s"))):
            at = f"In the {org} project" if self.section == "projects" else f"At {org}"
            return f"{at}, my {first} was {' '.join(words[1:])}"
        return None

    def _sentence(self) -> str:
        text = strip_period(self.text)
        when = f" ({self.when})" if self.when and self.when not in text else ""
        if self.section in ("work", "volunteer") and "." not in self.id:
            return self._role_sentence(when)
        if self.id.endswith(".summary"):
            return sentence(text)
        phrase = _PHRASERS.get(self.kind)
        phrased = phrase(self, text, when) if phrase is not None else None
        return phrased if phrased is not None else sentence(text)

    def _role_sentence(self, when: str) -> str:
        """A role itself: "I worked as X at Y (2019-2021)."."""
        verb = ("work" if self.current else "worked") if self.section == "work" else "volunteered"
        role = f" as {self.position}" if self.position else ""
        return sentence(f"I {verb}{role} {self.where}{when}".replace("  ", " "))

    def _highlight_sentence(self, text: str, when: str) -> str | None:
        first_word = text.split(" ", 1)[0].casefold()
        if self.section == "projects" and self.org and first_word in _PASSIVE:
            return sentence(f"{self.org} was {lower_first(text)}")
        mine = _first_person(text)
        if mine:
            return sentence(self._framed(mine))
        words = text.split(" ", 2)
        if self.section == "projects" and self.org and len(words) > 1 and words[1].casefold() == "by":
            return sentence(f"{self.org} was {lower_first(text)}")
        phrased = self._noun_highlight(text)
        if phrased:
            return sentence(phrased)
        if self.section == "projects" and self.org:
            return sentence(f"In the {self.org} project: {lower_first(text)}")
        if self.org:
            return sentence(f"From my time {self.where}: {lower_first(text)}")
        return sentence(text)

    def _project_sentence(self, text: str, when: str) -> str | None:
        if not self.org:
            return None
        what = ""
        if self.description:
            desc = lower_first(strip_period(self.description))
            what = ", " + (desc if re.match(r"^(a|an|the)\s", desc, re.I) else a_an(desc))
        roles = join_and(lower_first(r) for r in self.position.split(", ")) if self.position else ""
        if self.variant % 2 and roles:
            return sentence(f"I worked on {self.org}{what}{when}, as {roles}")
        if self.variant % 2:
            return sentence(f"One of my projects is {self.org}{what}{when}")
        lead = f"As {roles}, I" if roles else "I"
        return sentence(f"{lead} worked on {self.org}{what}{when}")

    def _publication_sentence(self, text: str, when: str) -> str | None:
        title = self.name or text
        parts = [self.org] if self.org and self.org not in title else []
        if self.when and self.when not in title and self.when not in (self.org or ""):
            parts.append(self.when)
        venue = ", ".join(parts)
        if self.kind == "patent" or "patent" in title.casefold():
            return sentence(f"I hold the patent “{title}”")
        if self.variant % 2:
            where = f" in {self.org}" if self.org and self.org not in title else ""
            year = f" ({self.when})" if self.when and self.when not in title + where else ""
            return sentence(f"My paper “{title}” appeared{where}{year}")
        return sentence(f"I published “{title}”" + (f" ({venue})" if venue else ""))

    def _education_sentence(self, text: str, when: str) -> str | None:
        if not self.degree:
            return None
        lead = "I am studying for" if self.current else "I studied for" if self.open_ended else "I hold"
        courses = text.partition("Courses: ")[2]
        extra = ""
        if courses:
            extra = ", with courses including " + join_and(c.strip() for c in courses.split(";"))
        if self.variant % 2 and not self.current and not self.open_ended:
            return sentence(f"I earned {a_an(self.degree)}{when}{extra}")
        return sentence(f"{lead} {a_an(self.degree)}{when}{extra}")

    def _skill_sentence(self, text: str, when: str) -> str | None:
        keywords = text.partition(": ")[2]
        if keywords:
            tools = join_and(k.strip() for k in keywords.split(","))
            return sentence(f"My tools include {tools}" if self.variant % 2 else f"I work with {tools}")
        return sentence(f"My skills include {text}")

    def _award_sentence(self, text: str, when: str) -> str | None:
        title = self.name or text.split(". ")[0]
        source = f" from {self.org}" if self.org else ""
        if re.search(r"award|prize|medal|fellowship|scholarship|grant", title, re.I):
            if self.variant % 2 and self.when and self.when in when:
                return sentence(f"In {self.when}, I received the {title}{source}")
            return sentence(f"I received the {title}{source}{when}")
        return sentence(f"My honours include {title}{source}{when}")

    def _certificate_sentence(self, text: str, when: str) -> str | None:
        name = self.name or text
        source = f" from {self.org}" if self.org else ""
        return sentence(f"I hold the {name} certificate{source}{when}")

    def _other_sentence(self, text: str, when: str) -> str | None:
        if not self.section:
            return None
        label = self.section.replace("_", " ").strip().casefold()
        if self.variant % 2:
            return sentence(f"“{text}” is among my {label}")
        return sentence(f"My {label} include “{text}”")



_PHRASERS = {
    "highlight": EvidenceView._highlight_sentence,
    "project": EvidenceView._project_sentence,
    "publication": EvidenceView._publication_sentence,
    "patent": EvidenceView._publication_sentence,
    "education": EvidenceView._education_sentence,
    "skill": EvidenceView._skill_sentence,
    "award": EvidenceView._award_sentence,
    "certificate": EvidenceView._certificate_sentence,
    "other": EvidenceView._other_sentence,
}

@model
class ItemView:
    """A requirement of the posting and how well the profile meets it."""

    requirement: str
    kind: str
    strength: str
    topic: str | None
    evidence: list[EvidenceView]


@model
class PlanItem:
    """A requirement the letter answers, with the evidence chosen for it."""

    requirement: str
    kind: str
    strength: str
    topic: str | None
    evidence: EvidenceView
    support: EvidenceView | None = None
    skills: list[str] = field(default_factory=list)


@model
class GapItem:
    """A requirement the profile does not meet, with the nearest evidence if any."""

    requirement: str
    topic: str
    adjacent: EvidenceView | None = None


@model
class GapsView:
    """The gaps and the policy for writing about them."""

    policy: str
    items: list[GapItem]


@model
class WordsView:
    """The letter's word band and target."""

    min: int
    max: int
    target: int


@model
class MatchView:
    """The match between profile and posting, as a template sees it."""

    score: float
    items: list[ItemView]
    top_evidence: list[EvidenceView]
    backed_skills: list[str]
    shared_skills: list[str] = field(default_factory=list)

    @property
    def strengths(self) -> list[ItemView]:
        return [i for i in self.items if i.strength == "strong"]

    @property
    def gaps(self) -> list[ItemView]:
        return [i for i in self.items if i.strength == "none"]


@model
class ProfileView:
    """The applicant, as a template sees it."""

    name: str
    label: str | None
    summary: str | None
    email: str | None
    roles: list[RoleView]
    education: list[DegreeView]
    top_skills: list[str]
    skills: list[str]
    projects: list[str]
    publications: list[str]
    awards: list[str]
    languages: list[str]
    years: int | None
    research: list[EvidenceView] = field(default_factory=list)

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name else ""

    @property
    def current_role(self) -> RoleView | None:
        return self.roles[0] if self.roles else None

    @property
    def degree(self) -> DegreeView | None:
        return self.education[0] if self.education else None

    mentions_research: bool = False

    @property
    def is_researcher(self) -> bool:
        doctorate = any(_degree_rank(d.study_type or "") == 5 for d in self.education)
        return doctorate or (bool(self.publications) and self.mentions_research)


_POST_NOUN = re.compile(r"position|role|post|job|vacancy|internship|studentship|fellowship|scholarship|traineeship|"
                        r"apprenticeship|project|phd|ph\.d\.?|doctorate|programme|program", re.I)


def _head_word(title: str) -> str:
    """The word a title is about: the last before its first qualifier ('Postdoc position for X' -> 'position',
    'PhD in Chemistry' -> 'PhD', 'Summer Internship 2025' -> 'Internship', 'PhD Research Intern' -> 'Intern')."""
    head = re.split(r"\s+(?:for|in|on|at|with|of|to)\s+|\s+[-–—:|]\s+|\s*\(|,", title, maxsplit=1)[0]
    words = [w for w in head.split() if not re.fullmatch(r"[\d/.'’-]+", w)]
    return words[-1] if words else ""


@model
class JobView:
    """The posting, as a template sees it."""

    company: str | None
    title: str | None
    role_title: str | None
    location: str | None
    remote: bool | None
    requirements: list[str]
    preferred: list[str]
    responsibilities: list[str]
    skills: list[str]
    focus_list: list[str]
    asks: list[str]
    is_internship: bool
    is_research: bool
    variant: int = 0

    @property
    def employer(self) -> str:
        return self.company or "your organisation"

    @property
    def role(self) -> str:
        if not self.role_title or len(self.role_title.split()) > 8:  # a sentence, not a title
            return "this internship" if self.is_internship else "this position"
        if _POST_NOUN.fullmatch(_head_word(self.role_title)):
            return f"the {self.role_title}"  # 'the Postdoc position for ...' is not said '... position position'
        return f"the {self.role_title} position"  # 'the PhD Systems & AI/ML Research Intern position

    @property
    def focus(self) -> str | None:
        return self.focus_list[0] if self.focus_list else None


def _restates_papers(ev: EvidenceView, profile: Profile) -> bool:
    """A highlight such as 'Published papers at EuroSys 2025 and SoCC 2024' when the CV lists those papers:
    the letter names the papers themselves, so the highlight would say the same thing twice."""
    if ev.kind != "highlight" or not re.match(r"^(published|publishing|co-authored|authored)\b", ev.text, re.I):
        return False
    venues = [_clean(p.publisher) for p in profile.publications if _clean(p.publisher)]
    words = {w.casefold() for v in venues for w in re.findall(r"[A-Za-z]{3,}", v)}
    return bool(words) and any(w.casefold() in words for w in re.findall(r"[A-Za-z]{3,}", ev.text))


def _citable(ev: EvidenceView) -> bool:
    if ev.section in ("work", "volunteer") and ev.id.endswith(".summary"):
        return _first_person(strip_period(ev.text)) is not None  # 'Research on X.' is a heading, not a claim
    if ev.kind == "other":
        return bool(_SECTION_NAMES.search(ev.section))
    if ev.kind == "statement":
        return True
    return ev.kind not in _NOT_CITABLE and ev.section not in ("", "basics")

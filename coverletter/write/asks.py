"""What the posting asks that the CV's own lists answer: the posting's technologies the skills list names, a field
of work the skills list has a group for, the years of experience a requirement asks for. Each is said once,
after the letter's introduction, and only from what the CV states."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from ..text.clean import plain
from .asked import TOOL_KINDS, asked_skills
from .realise import join_and
from .values import _is_current
from .view_builders import _job_spans

if TYPE_CHECKING:
    from ..job.model import Job
    from ..profile.model import Profile


def tools_listed(profile: Profile, job: Job, most: int = 4, *, named_only: bool = False) -> list[str]:
    """The posting's skills that the CV's skills section lists (lexicon names), in the posting's order;
    ``named_only``: only named technologies (React, AWS), not fields of work (machine learning), that the posting
    asks for in its title or its requirement, preferred and duty lines."""
    from ..skills import load_lexicon

    lexicon = load_lexicon()
    listed = profile_skills(profile)
    spelled: dict[str, str] = {}  # the CV's own spelling of each skill ('AWS', not 'Amazon Web Services')
    for name, start, end in lexicon.find_spans(listed):
        spelled.setdefault(name, listed[start:end])
    asked = asked_skills(job) if named_only else job.skills
    return [spelled[s] for s in asked if s in spelled and lexicon.category(s) in TOOL_KINDS
            and not (named_only and s == s.casefold())][:most]


_FILLER = re.compile(r"^(?:others?|etc\.?|misc\w*|more|and more|\.\.\.|…)$", re.IGNORECASE)  # no skill's name


def field_group(profile: Profile, job: Job) -> tuple[str, list[str]]:
    """A field of work the posting asks for (a lexicon name in lower case, 'backend development') and the skills
    of the CV's skills-list group that its word names ('backend: Node, Python, Java'); ('', []) when none."""
    for kind in asked_skills(job):
        if kind != kind.casefold() or " " not in kind:
            continue
        words = kind.split()
        names = {_squash(kind)} | ({_squash(words[0])} if words[-1] in PRACTICE_WORDS else set())
        for group in profile.skills:
            if _squash(group.name or "") in names:
                tools = [plain(k) for k in group.keywords if plain(k or "") and not _FILLER.match(plain(k))]
                if tools:
                    return kind, tools
    return "", []


def field_tools(profile: Profile, job: Job, said: str) -> str:
    """'For backend development, I work with Node.js, REST and RabbitMQ.': a field of work the posting asks for
    (a lexicon name in lower case, 'backend development') whose word names a group of the CV's skills list
    ('Back End'), with the group's first three skills the letter has not said; '' when there is none."""
    kind, listed = field_group(profile, job)
    posting = " ".join([job.title or "", *job.requirements, *job.preferred, *job.responsibilities]).casefold()
    fresh = [k for k in listed if not re.search(rf"(?<!\w){re.escape(k.casefold())}(?!\w)", said)]
    asked = [k for k in fresh if re.search(rf"(?<!\w){re.escape(k.casefold())}(?:js)?(?!\w)", posting)]
    tools = [*asked, *(k for k in fresh if k not in asked)][:3]  # reading Q: 'Vue, Angular and Next.js' for a
    # ReactJS post, React left out because the title had said 'ReactJS'; the posting's own tools first
    return f"For {kind}, I work with {join_and(tools)}." if len(tools) >= 2 else ""


_YEARS_ASKED = re.compile(r"\b(\d{1,2})\s*\+?\s*(?:\+\s*)?(?:years?|yrs)\b(?![^.;]*\b(?:ago|old)\b)", re.IGNORECASE)
_NOT_WORK = re.compile(r"\b(intern|internship|student|trainee|volunteer|caregiving|career break|sabbatical|thesis|"
                       r"placement|organi[sz]er|mentor|member)\b",
                       re.IGNORECASE)


def years_line(profile: Profile, job: Job, today: datetime.date | None) -> str:
    """'I have at least 5 years of professional experience.' when a requirement of the posting asks for years of
    experience ('+3 years of experience') and the CV's dated jobs (no internship, study or break) add up to at
    least that many; '' otherwise (a shortfall is the reader's to weigh, not the letter's to announce).

    A job held to 'present' counts up to the latest date the CV writes, not to today: a CV of 2023 read in 2026
    does not show three more years (a reader of set P caught "9 years" beside the CV's own "6+")."""
    asked = [int(m.group(1)) for line in job.requirements for m in _YEARS_ASKED.finditer(line)]
    if not asked:
        return ""
    written = [m for w in profile.work for m in (_month_index(w.start_date), _month_index(w.end_date)) if m]
    now = today or datetime.date.today()
    latest = min(max(written, default=0), now.year * 12 + now.month - 1)
    months: set[int] = set()
    spans = _job_spans(profile)
    for work in profile.work:
        if _NOT_WORK.search(f"{work.position or ''} {work.name or ''}"):
            continue
        start, end = _month_index(work.start_date), _month_index(work.end_date)
        if end is None and _is_current(work.end_date, work.start_date, spans):  # 'present', or open and still held
            end = latest
        if start is not None and end is not None and end >= start:
            months.update(range(start, end + 1))
    years = len(months) // 12
    if years < max(asked) or years < 1:
        return ""
    return f"I have at least {years} years of professional experience."


def _month_index(value: object) -> int | None:
    """'2019-04' -> 2019 * 12 + 3; a year alone counts from its January; None when there is no year."""
    found = re.match(r"^\s*((?:19|20)\d\d)(?:-(\d{1,2}))?", str(value or ""))
    if not found:
        return None
    return int(found.group(1)) * 12 + (int(found.group(2) or 1) - 1)


PRACTICE_WORDS = frozenset({"development", "engineering", "programming"})  # 'backend development': 'Back End'


def _squash(text: str) -> str:
    """'Back End' -> 'backend': a name without its spaces, marks and case."""
    return re.sub(r"[\W_]+", "", text).casefold()


def profile_skills(profile: Profile) -> str:
    """The profile's skills section as one text."""
    return " ; ".join(x for s in profile.skills for x in (s.name or "", *s.keywords) if x)

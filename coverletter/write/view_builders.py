"""Building the template views from the profile, the posting and the match.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..templating.filters import plain

if TYPE_CHECKING:
    from ..job.model import Job
    from ..match.coverage import Match
    from ..profile.evidence import Evidence
    from ..profile.model import Profile
from .english import (
    _DANGLING,
    _LOGISTICS,
    SIDE_ROLE,
    _degree_rank,
    _is_heading,
    _keep_name_case,
    _starts_with_verb,
    _variant,
    applicant_voice,
    org_as_said,
    topic_of,
)
from .skill_guard import SkillGuard, _profile_text, shared_skills
from .values import _clean, _draw, _is_current, _when, _year
from .views import (
    DegreeView,
    EvidenceView,
    GapItem,
    GapsView,
    ItemView,
    JobView,
    MatchView,
    ProfileView,
    RoleView,
    _citable,
)


def _entry_for(profile: Profile, ev_id: str) -> tuple[str, Any]:
    found = re.match(r"^([A-Za-z_]+)\[(\d+)\]", ev_id)
    if not found:
        return "", None
    section, index = found.group(1), int(found.group(2))
    items = getattr(profile, section, None)
    if not isinstance(items, list):
        items = profile.extra.get(section) if isinstance(profile.extra.get(section), list) else None
    if items is None or index >= len(items):
        return section, None
    return section, items[index]


def evidence_view(
    profile: Profile, ev: Evidence, seed: str = "", today: datetime.date | None = None
) -> EvidenceView:
    """An Evidence from the matcher with its entry's organisation, role and years looked up in the profile.

    ``seed`` (from the posting) picks the wording of ``sentence`` among equivalent ones; ``today`` (the
    letter's date) decides whether a degree is still ongoing.
    """
    section, entry = _entry_for(profile, ev.id)
    variant = _draw(f"{seed}|{ev.id}", 6) % 4 if seed else 0
    view = EvidenceView(id=ev.id, text=plain(ev.text), kind=ev.kind, context=plain(ev.context),
                        score=float(ev.score or 0.0), section=section, variant=variant)
    if entry is None or isinstance(entry, (str, dict)):
        return view
    if section == "work":
        view.org, view.position = _clean(entry.name) or None, _clean(entry.position) or None
        view.current = _is_current(entry.end_date, entry.start_date, _job_spans(profile))
        view.when = _when(entry.start_date, entry.end_date, view.current)
    elif section == "volunteer":
        view.org, view.position = _clean(entry.organization) or None, _clean(entry.position) or None
        view.current = _is_current(entry.end_date, entry.start_date,
                                   [(v.start_date, v.end_date) for v in profile.volunteer])
        view.when = _when(entry.start_date, entry.end_date, view.current)
    elif section == "projects":
        view.org = _clean(entry.name) or None
        view.position = ", ".join(_clean(r) for r in entry.roles if _clean(r)) or None
        view.when = _when(entry.start_date, entry.end_date)
        view.description = _clean(entry.description) or None
    elif section == "education":
        degree = _degree_views_one(entry, ev.id, today)
        view.org, view.when, view.current, view.degree = degree.institution, degree.when, degree.ongoing, degree.phrase
        view.open_ended = degree.open_ended
    elif section == "publications":
        view.name, view.org = _clean(entry.name) or None, _clean(entry.publisher) or None
        view.when = _year(entry.release_date)
        if re.search(r"\bpatent\b", f"{view.name} {view.org}", re.I):
            view.kind = "patent"  # held, not published: its own sentence and no place in a list of papers
    elif section == "certificates":
        view.name, view.org, view.when = _clean(entry.name) or None, _clean(entry.issuer) or None, _year(entry.date)
    elif section == "awards":
        view.name = _clean(entry.title) or None
        view.org, view.when = _clean(entry.awarder) or None, _year(entry.date)
    return view


def _degree_ongoing(end: Any, today: datetime.date | None = None, start: Any = None) -> bool:
    """A degree is ongoing when it ends after this year, says 'present', or has no end and began less than
    seven years ago (a CV that leaves out the end date of an old degree is not still studying)."""
    year = _year(end)
    if not year or year == "present":
        if not _clean(end):
            began = _year(start)  # no start either: nothing says the degree is still under way
            return bool(began and began.isdigit() and int(began) >= (today or datetime.date.today()).year - 6)
        return year == "present"
    return int(year) > (today or datetime.date.today()).year


def _job_spans(profile: Profile) -> list[tuple[Any, Any]]:
    """The start and end dates of the profile's jobs, for whether an open-ended one is still held: an organiser's
    or a mentor's role begun later does not end a job."""
    return [(w.start_date, w.end_date) for w in profile.work if not SIDE_ROLE.search(_clean(w.position))]


def _role_views(profile: Profile) -> list[RoleView]:
    rows = []
    starts = _job_spans(profile)
    for i, work in enumerate(profile.work):
        current = _is_current(work.end_date, work.start_date, starts)
        rows.append(RoleView(_clean(work.position) or None, org_as_said(_clean(work.name)) or None,
                             _when(work.start_date, work.end_date, current), current, f"work[{i}]"))
    order = {id(r): (r.current, _year(w.start_date) or "0") for r, w in zip(rows, profile.work, strict=True)}
    return sorted(rows, key=lambda r: order[id(r)], reverse=True)


def _degree_views_one(edu: Any, ev_id: str, today: datetime.date | None = None) -> DegreeView:
    ongoing = _degree_ongoing(edu.end_date, today, edu.start_date)
    open_ended = not ongoing and bool(_year(edu.start_date)) and not _clean(edu.end_date)
    return DegreeView(_clean(edu.study_type) or None, _clean(edu.area) or None, _clean(edu.institution) or None,
                      _when(edu.start_date, edu.end_date), ongoing, ev_id, open_ended)


def _degree_views(profile: Profile, today: datetime.date | None) -> list[DegreeView]:
    rows = [_degree_views_one(edu, f"education[{i}]", today) for i, edu in enumerate(profile.education)]
    return sorted(rows, key=lambda d: _degree_rank(d.study_type or ""), reverse=True)


def _years(profile: Profile, today: datetime.date | None = None) -> int | None:
    starts = [int(y) for w in profile.work if (y := _year(w.start_date)) and y != "present"]
    ends = [int(y) if y != "present" else (today or datetime.date.today()).year
            for w in profile.work if (y := _year(w.end_date) or ("present" if w.start_date else ""))]
    if not starts or not ends:
        return None
    return max(0, max(ends) - min(starts)) or None


def profile_view(profile: Profile, job_skills: Iterable[str], today: datetime.date | None = None) -> ProfileView:
    """The profile with convenient views for templates."""
    skills: list[str] = []
    for skill in profile.skills:
        skills += [_clean(skill.name)] if _clean(skill.name) else []
        skills += [_clean(k) for k in skill.keywords if _clean(k)]
    skills = list(dict.fromkeys(skills))
    wanted = {s.casefold() for s in job_skills}
    keywords = [k for skill in profile.skills for k in (_clean(x) for x in skill.keywords) if k] or skills
    top = [k for k in keywords if k.casefold() in wanted] + [k for k in keywords if k.casefold() not in wanted]
    basics = profile.basics
    return ProfileView(
        name=_clean(basics.name),
        label=_clean(basics.label) or None,
        summary=_clean(basics.summary) or None,
        email=_clean(basics.email) or None,
        roles=_role_views(profile),
        education=_degree_views(profile, today),
        top_skills=list(dict.fromkeys(top))[:8],
        skills=skills,
        projects=[_clean(p.name) for p in profile.projects if _clean(p.name)],
        publications=[_clean(p.name) for p in profile.publications if _clean(p.name)],
        awards=[_clean(a.title) for a in profile.awards if _clean(a.title)],
        languages=[_clean(x.language) for x in profile.languages if _clean(x.language)],
        years=_years(profile, today),
        mentions_research=bool(re.search(r"\bresearch", _profile_text(profile), re.I)),
    )


_INTERN = re.compile(r"\bintern(ship)?s?\b|\bpraktik", re.I)


_RESEARCH = re.compile(r"\b(phd|ph\.d|postdoc\w*|post-doc\w*|research\w*|doctoral|scientist|lecturer|professor)\b",
                       re.I)


_AT_WORDS = r"(?:at|@|na|no|em|bei|chez|à|a|en|in|presso|bij|para|for|für|with)"


def _title_core(title: str, company: str, location: str) -> str:
    """The title as a letter says it: without its parentheses, nor a trailing employer ('Analista de Negócios na
    [CESAR]', 'Engineer @ Acme') or place ('Senior Developer - Wellington') the letter names anyway."""
    core = re.sub(r"\s*\([^)]*\)", "", title)
    for name in (company, location.split(",")[0].strip() if location else ""):
        if len(name) >= 2:
            core = re.sub(rf"\s*(?:[-–|,]\s*|\s{_AT_WORDS}\s+)\[?{re.escape(name)}\]?\s*$", "", core,
                          flags=re.IGNORECASE)
    return _as_said(core.strip(" -–,"))


_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "in", "at", "to", "on", "with", "a", "an", "or", "&"})


def _as_said(core: str) -> str:
    """A title as a sentence can hold it: a board's underscored qualifiers off ('Head of Sales_Fintech_HCMC'), a
    leading code name that is no role off ('PEGASI - CHIEF TECHNOLOGY OFFICER'), and capitals written as a title
    ('Chief Technology Officer'), acronyms such as QA, HR, IT or CTO kept."""
    from ..job.facts import is_role_like

    fields = re.findall(r"\[([^\[\]]+)\]", core)
    if len(fields) >= 2 and not re.sub(r"\[[^\[\]]+\]|[\s\-–—|/,]", "", core):  # '[Customer Implementation
        core = next((f for f in fields if is_role_like(f)), fields[0]).strip()  # Manager] - [Markham]': fields
    core = re.sub(r"^\[([^\[\]]+)\]$", r"\1", core)
    if " " in core and "_" in core:
        core = core.split("_")[0].strip()
    coded = re.match(r"^[A-Z0-9]{2,10}:\s+(.+)$", core)  # 'OCIS: Experienced Postdoctoral Researcher'
    if coded and is_role_like(coded.group(1)):
        core = coded.group(1)
    parts = re.split(r"\s+[-–—|:]\s+", core)
    if len(parts) == 2 and not is_role_like(parts[0]) and is_role_like(parts[1]):
        core = parts[1].strip()
    if re.match(r"^(?:jr|sr|junior|senior|lead|head)\b", core):  # 'jr. Frontend Developer' opens a title
        core = core[0].upper() + core[1:]
    words = core.split()
    if len(words) >= 2 and not any(c.islower() for c in core) and sum(w.isalpha() for w in words) >= 2:
        core = " ".join(_title_word(w, first=i == 0) for i, w in enumerate(words))
    return core


def _title_word(word: str, first: bool) -> str:
    """One word of an all-capitals title in title case: function words lower, short acronyms kept."""
    if word.casefold() in _FUNCTION_WORDS:
        return word.capitalize() if first else word.casefold()
    if len(word.strip("().,/-")) <= 3:
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


_PLURAL_ROLE = re.compile(r"^(?P<stem>[A-Z][a-z]*(?:er|or|ist|yst|ian|ant|ent|ee|ive|urse))s$")


def _one_of_them(title: str) -> str:
    """A posting for several people names them in the plural ('Web Application Developers'); an applicant
    applies for one post ('the Web Application Developer position')."""
    head, _, last = title.rpartition(" ")
    found = _PLURAL_ROLE.match(last)
    return f"{head} {found.group('stem')}".strip() if found else title


def job_view(job: Job, guard: SkillGuard, matched: Match | None = None, language: str = "en") -> JobView:
    """The posting as template data; phrases that name skills the profile lacks are held back, and so is
    every phrase of a posting written in another language than the letter (no Spanish quote in English)."""
    title = _clean(job.title) or None
    core = _title_core(title or "", _clean(job.company), _clean(job.location)) or title
    if core and (job.language or "en").startswith("en"):
        core = _one_of_them(core)
    foreign = bool(job.language) and job.language.split("-")[0].casefold() != language.split("-")[0].casefold()
    focus = []
    for line in [] if foreign else job.responsibilities:
        if _is_heading(line):
            continue
        phrase = applicant_voice(topic_of(line, max_words=14, whole=True))
        if phrase and len(phrase.split()) >= 3 and _starts_with_verb(phrase) and guard.safe(phrase):
            focus.append(phrase)
    return JobView(
        company=_clean(job.company) or None,
        title=title,
        role_title=core if title and guard.safe(title) else None,
        location=_clean(job.location) or None,
        remote=job.remote,
        requirements=[_clean(x) for x in job.requirements if _clean(x)],
        preferred=[_clean(x) for x in job.preferred if _clean(x)],
        responsibilities=[_clean(x) for x in job.responsibilities if _clean(x)],
        skills=[_clean(x) for x in job.skills if _clean(x)],
        focus_list=focus[:3],
        asks=[] if foreign else _asks(job, guard, matched=matched),
        is_internship=bool(_INTERN.search(f"{title or ''} {job.employment_type or ''}")),
        is_research=bool(_RESEARCH.search(title or "")),
        variant=_variant(job),
    )


def _asks(job: Job, guard: SkillGuard, limit: int = 4, matched: Match | None = None) -> list[str]:
    """Up to four requirement lines, shortened, that name no skill the profile lacks and are not logistics
    (citizenship, travel, background checks); lines the profile covers come first, then the rest."""
    out: list[str] = []
    lines = [*job.requirements, *job.preferred]
    if matched is not None:
        strength = {i.requirement: {"strong": 0, "weak": 1}.get(i.strength, 2) for i in matched.items}
        lines.sort(key=lambda line: strength.get(line, 2))
    for line in lines:
        if _is_heading(line) or _LOGISTICS.search(line):
            continue
        phrase = topic_of(line, max_words=12, whole=True)
        if phrase and (_DANGLING.search(phrase) or re.search(r"\b(?:you|your|we|our|us)\b", phrase, re.I)):
            continue  # a quote cut mid-thought ('... or a related'), or one that speaks to the reader
        phrase = _keep_name_case(phrase, line, guard)
        if phrase and len(phrase.split()) >= 2 and guard.safe(phrase) and phrase not in out:
            out.append(phrase)
        if len(out) >= limit:
            break
    return out


_SOFT_GAP = re.compile(r"\b(communication|teamwork|team player|attention to detail|problem[- ]solving|interpersonal|"
                       r"self[- ]starter|motivated|passion\w*|work ethic|organi[sz]ational|time management)\b", re.I)


def _real_gap(line: str, employer: str | None) -> bool:
    """A gap worth naming: not a soft skill, not the employer's own name, not a one- or two-letter token."""
    text = plain(line)
    longest = max((len(w) for w in re.findall(r"\w+", text)), default=0)
    return longest > 2 and not _SOFT_GAP.search(text) and not (employer and employer.casefold() in text.casefold())


def gaps_view(
    profile: Profile, matched: Match, policy: str, guard: SkillGuard, today: datetime.date | None = None,
    employer: str | None = None,
) -> GapsView:
    """The requirements the profile does not cover (never a soft skill, the employer or a tiny token), each
    with the closest real evidence; empty when the policy is omit."""
    if policy == "omit":
        return GapsView(policy, [])
    items = []
    for item in matched.gaps:
        if item.kind == "responsibility" or not _real_gap(item.requirement, employer):
            continue
        closest = matched.closest_for_gap(item)
        adjacent = evidence_view(profile, closest, today=today) if closest is not None else None
        if adjacent is not None and not _citable(adjacent):
            adjacent = None
        items.append(GapItem(plain(item.requirement), topic_of(item.requirement), adjacent))
    return GapsView(policy, items[:3])


def match_view(
    profile: Profile, matched: Match, guard: SkillGuard, job: Job | None = None, today: datetime.date | None = None
) -> MatchView:
    items = []
    for item in matched.items:
        topic = topic_of(item.requirement)
        items.append(ItemView(plain(item.requirement), item.kind, item.strength,
                              topic if guard.safe(topic) else None,
                              [evidence_view(profile, ev, today=today) for ev in item.evidence]))
    top = matched.top_evidence(6)
    backed: list[str] = []
    for item in matched.items:
        if item.strength == "none":
            continue
        for skill in guard.find(item.requirement):
            if guard._backed(skill) and skill not in backed:
                backed.append(skill)
    shared = shared_skills(profile, job, guard) if job is not None else []
    top_views = [evidence_view(profile, ev, today=today) for ev in top]
    return MatchView(float(matched.score), items, top_views, backed, shared)

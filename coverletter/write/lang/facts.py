"""The language-neutral facts a letter in another language than English is written from.

Only structured facts travel between languages: the employer and the role of the posting, the applicant's
employers, job titles and years, degrees and institutions, and skill names (the lexicon's, which are the same
in every language). A CV line is said in the applicant's own words only when it is written in the letter's
language (py3langid, as the posting's language is found); an English line never stands in a German letter.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from ...job.language import detect_language
from ...profile.evidence import iter_evidence
from ...text import plain
from ..draft import TOOL_KINDS
from ..values import _draw


class Writer(Protocol):
    """What of the offline writer (``write.writer.Writer``) the facts are read from; a protocol, so this package
    does not import the writer that dispatches to it."""

    profile: Any
    job: Any
    matched: Any
    person: Any
    setting: Any
    outline: Any
    tools: list[str]

_KIND_WEIGHT = {"requirement": 1.0, "responsibility": 0.6, "preferred": 0.4, "skill": 0.5}
_NOT_A_JOB = re.compile(r"\b(career break|sabbatical|gap year|parental leave|elternzeit|student|candidate)\b", re.I)
_YOU = re.compile(r"\b(sie|ihr|ihre|du|dein\w*|vous|votre|vos|tu|ton|ta|tes|usted|tú|tu|su|sus|você|voce|seu|sua|"
                  r"voi|vostr\w|lei|tuo|tua|u|uw|jij|je|jouw|wij|we|wir|nous|nosotros|noi|nós|our|unser\w*|notre)\b",
                  re.I)


@dataclass
class RoleFact:
    """One job of the applicant: employer, title, years, and the lines of it in the letter's language."""

    id: str
    org: str
    position: str
    start: str = ""
    end: str = ""
    current: bool = False
    lines: list[tuple[str, str]] = field(default_factory=list)  # (evidence id, the line as written)
    skills: list[str] = field(default_factory=list)  # the posting's skills this job's lines show
    other_skills: list[str] = field(default_factory=list)  # further tools this job's lines name
    weight: float = 0.0  # how much of the posting this job answers


@dataclass
class DegreeFact:
    """A degree: its type, subject and school as the CV writes them, and when it ends."""

    id: str
    study_type: str
    area: str
    institution: str
    year: str
    ongoing: bool
    end: datetime.date | None = None


@dataclass
class Facts:
    """Everything a letter in another language says, before any wording."""

    language: str
    employer: str | None
    title: str | None
    roles: list[RoleFact]
    degree: DegreeFact | None
    tools: list[str]
    topics: dict[str, str]  # role id -> a requirement of the posting, in the letter's language, it answers
    since: str = ""
    weak_fit: bool = False
    extras: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, evidence id, what to name)
    own_lines: int = 0  # CV lines in the letter's language
    foreign_lines: int = 0  # CV lines in another language (never said)


def gather(writer: Writer, language: str) -> Facts:
    """The facts of one letter, from the writer's profile, posting and match."""
    profile, job = writer.profile, writer.job
    texts = {ev.id: ev.text for ev in iter_evidence(profile)}
    roles = _roles(writer, texts, language)
    _rank_lines(roles, writer)
    weights, topics = _weights(writer, roles, language)
    for role in roles:
        role.weight = weights.get(role.id, 0.0) + 0.5 * len(role.skills)
    years = [int(y) for r in roles for y in (r.start, r.end) if y.isdigit()]
    lines = [t for i, t in texts.items() if i.startswith("work[") and (".highlights[" in i or i.endswith(".summary"))]
    own = sum(1 for t in lines if _in_language(t, language))
    title = writer.setting.title or (plain(job.title) or None)
    return Facts(language=language, employer=plain(job.company) or None, title=title, roles=roles,
                 degree=_degree(writer), tools=_tools(writer), topics=topics, extras=_extras(writer),
                 since=str(min(years)) if years else "", weak_fit=_weak(writer, roles, topics),
                 own_lines=own, foreign_lines=len(lines) - own)


def _weak(writer: Writer, roles: list[RoleFact], topics: dict[str, str]) -> bool:
    """A weak fit: no job of the profile shows a skill the posting asks, no tool of it is on the CV, and no line
    of the posting in the letter's language is answered (the matcher's score alone says little across two
    languages)."""
    shown = any(r.skills for r in roles) or bool(writer.tools) or bool(topics)
    return not shown or not writer.matched.items


def _rank_lines(roles: list[RoleFact], writer: Writer) -> None:
    """Each job's own lines, those sharing most words with the posting first."""
    from ...match.rank import tokenize

    job = writer.job
    posting = set(tokenize(" ".join([job.title or "", *job.requirements, *job.responsibilities, *job.preferred,
                                     *job.skills, *job.about])))
    seed = writer.setting.seed
    for role in roles:  # lines as near the posting as each other: a draw fixed for the posting picks among them
        role.lines.sort(key=lambda line: (-min(2, len(set(tokenize(line[1])) & posting) // 2),
                                          _draw(f"{seed}|{line[0]}")))


def _in_language(text: str, language: str) -> bool:
    """Whether a CV line is written in the letter's language (a line too short to tell is not)."""
    return len(text.split()) >= 5 and detect_language(text) == language


def _year(value: object) -> str:
    match = re.match(r"^\s*(\d{4})", str(value or ""))
    return match.group(1) if match else ""


def _roles(writer: Writer, texts: dict[str, str], language: str) -> list[RoleFact]:
    """The applicant's jobs with employer and title, most recent first (one per employer and title)."""
    from ...skills import load_lexicon

    lexicon = load_lexicon()
    wanted = set(writer.job.skills)
    out: list[RoleFact] = []
    seen: set[tuple[str, str]] = set()
    for view in writer.person.roles:
        index = int(re.search(r"\[(\d+)\]", view.id).group(1))  # type: ignore[union-attr]
        work = writer.profile.work[index]
        org, position = plain(view.org), plain(view.position)
        if not org or not position or _NOT_A_JOB.search(f"{org} {position}") or (org, position) in seen:
            continue
        seen.add((org, position))
        own = [(i, t) for i, t in texts.items() if i.startswith(f"{view.id}.") and _in_language(t, language)
               and len(t.split()) <= 40]
        found = lexicon.find(" ".join(t for i, t in texts.items() if i == view.id or i.startswith(f"{view.id}.")))
        skills = [s for s in writer.job.skills if s in set(found) & wanted]
        spelled = _spelled(texts, view.id, lexicon)
        others = [spelled.get(s, s) for s in dict.fromkeys(found)
                  if s not in wanted and _names_a_tool(spelled.get(s, s), lexicon.category(s))]
        said = [spelled.get(s, s) for s in skills if _names_a_tool(spelled.get(s, s), lexicon.category(s))]
        out.append(RoleFact(view.id, org, _title(position), _year(work.start_date), _year(work.end_date),
                            view.current, own, said[:3], others[:3]))
    return out


def _names_a_tool(spelled: str, category: str | None) -> bool:
    """Whether a skill as the CV spells it names a tool in any language ('PostgreSQL', 'C++', 'AWS', 'Go'), not an
    English word ('Cloud', 'infrastructure', 'deep learning') that would leave English in another language."""
    from ...text.forms import getAllLemmas

    if category not in TOOL_KINDS:
        return False
    if category == "programming languages" or not spelled.replace(" ", "").isalpha():
        return True
    if spelled.isupper() and len(spelled) >= 2:
        return True
    return " " not in spelled and not getAllLemmas(spelled.casefold())


def _tools(writer: Writer) -> list[str]:
    """The posting's tools the CV's skills list names, where the name is no English word."""
    from ...skills import load_lexicon

    lexicon = load_lexicon()
    out = []
    for tool in writer.tools:
        found = lexicon.find(tool)
        if _names_a_tool(tool, lexicon.category(found[0]) if found else None):
            out.append(tool)
    return out


def _title(position: str) -> str:
    """A job title without what follows a comma, a dash or a parenthesis ('Research Assistant, Systems Lab')."""
    return re.split(r",|\s[-–—|]\s|\s\(", position)[0].strip() or position


def _spelled(texts: dict[str, str], entry: str, lexicon: object) -> dict[str, str]:
    """Each skill as this job's lines spell it ('AWS', not 'Amazon Web Services')."""
    text = " ; ".join(t for i, t in texts.items() if i == entry or i.startswith(f"{entry}."))
    out: dict[str, str] = {}
    for name, start, end in lexicon.find_spans(text):  # type: ignore[attr-defined]
        out.setdefault(name, text[start:end])
    return out


def _extras(writer: Writer) -> list[tuple[str, str, str]]:
    """A paper (the first listed), the awards and up to two projects, by their names as the CV writes them."""
    profile = writer.profile
    out: list[tuple[str, str, str]] = []
    for i, pub in enumerate(profile.publications[:1]):
        name = plain(pub.name)
        year = _year(pub.release_date)
        publisher = plain(pub.publisher)
        venue = ", ".join(p for p in (publisher, "" if year in publisher else year) if p)
        if name:
            out.append(("paper", f"publications[{i}]", f"{name}" + (f" ({venue})" if venue else "")))
    awards = [(i, plain(a.title)) for i, a in enumerate(profile.awards) if plain(a.title)][:2]
    if awards:
        out.append(("awards", f"awards[{awards[0][0]}]", "; ".join(t for _, t in awards)))
    for i, project in enumerate(profile.projects[:2]):
        if plain(project.name) and len(plain(project.name).split()) <= 6:
            out.append(("project", f"projects[{i}]", plain(project.name)))
    return out


def _weights(writer: Writer, roles: list[RoleFact], language: str) -> tuple[dict[str, float], dict[str, str]]:
    """How strongly the match ties each job to the posting, and for each job the first requirement line of the
    posting (in the letter's language, short, not addressed to the reader) that its lines answer."""
    ids = {r.id for r in roles}
    weights: dict[str, float] = {}
    topics: dict[str, str] = {}
    for item in writer.matched.items:
        if item.strength == "none":
            continue
        for rank, ev in enumerate(item.evidence[:4]):
            entry = ev.id.split(".")[0]
            if entry not in ids:
                continue
            weights[entry] = weights.get(entry, 0.0) + _KIND_WEIGHT.get(item.kind, 0.3) / (1 + rank)
            if item.kind == "requirement" and entry not in topics and writer.job.language == language:
                topic = requirement_topic(item.requirement)
                if topic and topic not in topics.values():
                    topics[entry] = topic
    return weights, topics


def requirement_topic(line: str) -> str:
    """A requirement line short enough to be named after a colon ('fundierte Kenntnisse in SQL'), or ''."""
    text = re.sub(r"^[-*•·▪◦–—\s]+", "", plain(line)).strip().rstrip(".;:,")
    text = re.sub(r"\s*\([^)]*\)", "", text)
    words = text.split()
    if not 3 <= len(words) <= 10 or _YOU.search(text) or re.search(r"[!?:;/]|\d", text):
        return ""
    return text


def _degree(writer: Writer) -> DegreeFact | None:
    """The degree in progress, else the highest finished one."""
    from ..plan import _end_date

    views = writer.person.education
    chosen = next((d for d in views if d.ongoing), None) or next(iter(views), None)
    if chosen is None or not (chosen.study_type or chosen.area):
        return None
    index = int(re.search(r"\[(\d+)\]", chosen.id).group(1))  # type: ignore[union-attr]
    edu = writer.profile.education[index]
    return DegreeFact(chosen.id, plain(chosen.study_type), plain(chosen.area), plain(chosen.institution),
                      _year(edu.end_date), chosen.ongoing, _end_date(edu.end_date))


def ranked_roles(facts: Facts, most: int) -> list[RoleFact]:
    """The jobs a letter's body speaks of: those the posting's lines tie to it, strongest first; for a weak fit or
    a posting nothing ties to, the most recent ones."""
    tied = sorted((r for r in facts.roles if r.weight > 0), key=lambda r: -r.weight)
    if facts.weak_fit or not tied:
        tied = sorted(facts.roles, key=lambda r: (r.current, r.end or "9999", r.start), reverse=True)
    return tied[:most]

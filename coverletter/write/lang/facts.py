"""The facts a letter in another language than English says, read off the offline writer's plan.

The plan (``write.plan.make_outline``) is the one the English letter is written from: the posting's must-haves
that matter most with the strongest evidence for each, which job is current, the degree held or in progress and
when it ends, the extras worth a line and whether the fit is weak. This module only turns it into facts a
language's frames can say: each point's job (employer, title, years), its CV line as written (in the letter's
language, or to be quoted), the tools the posting asks that the line names (spelled as the CV or the posting
writes them), and the requirement it answers when that can be named in the letter's language.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from ...text import plain
from ..asked import TOOL_KINDS
from ..pieces import AWARD, PROJECT, PUBLICATION, ROLE, Piece, entry_of
from ..values import years_in


class Writer(Protocol):
    """What of the offline writer (``write.writer.Writer``) the facts are read from; a protocol, so this package
    does not import the writer that dispatches to it."""

    profile: Any
    job: Any
    person: Any
    setting: Any
    outline: Any
    tools: list[str]
    pieces: list[Piece]
    current: Piece | None
    latest: Piece | None


_YOU = re.compile(r"\b(sie|ihr|ihre|du|dein\w*|vous|votre|vos|tu|ton|ta|tes|usted|tú|su|sus|você|voce|seu|sua|"
                  r"voi|vostr\w|lei|tuo|tua|u|uw|jij|je|jouw|wij|we|wir|nous|nosotros|noi|nós|our|unser\w*|notre)\b",
                  re.I)


@dataclass
class Place:
    """A job or project of the applicant: employer (or project name), title as written, its years."""

    id: str
    org: str
    position: str = ""
    start: str = ""
    end: str = ""
    current: bool = False
    project: bool = False


@dataclass
class Line:
    """A CV line as written: said as a sentence when it is a first-person sentence in the letter's language,
    else quoted."""

    id: str
    text: str
    own: bool  # written in the letter's language
    role: bool = False  # a job whose lines are only tool names: said as the job and its tools, never quoted


@dataclass
class PointFacts:
    """One paragraph: the requirement it answers (its tools, or a short phrase of it), the job, the lines."""

    place: Place | None
    line: Line
    support: Line | None = None
    asked: list[str] = field(default_factory=list)  # the requirement's tools the lines show, spelled as written
    topic: str = ""  # the requirement as a short phrase in the letter's language, when it names no tool
    tools: list[str] = field(default_factory=list)  # further tools the lines name


@dataclass
class StudyFacts:
    """The degree the plan names: in progress (and when it ends), finished (with its year), or without an end
    date (said as studied, never as finished)."""

    id: str
    degree: str
    area: str
    institution: str
    end: datetime.date | None
    ongoing: bool

    @property
    def finished(self) -> bool:
        return not self.ongoing and self.end is not None


@dataclass
class Facts:
    """Everything a letter in another language says, before any wording."""

    language: str
    employer: str | None
    title: str | None
    intro: Place | None
    study: StudyFacts | None
    points: list[PointFacts]
    tools: list[str] = field(default_factory=list)  # the posting's tools the CV lists
    extras: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, evidence id, name)
    weak_fit: bool = False
    unrelated: bool = False
    wants_degree: bool = False  # a student post, or a posting that asks for a degree
    foreign_lines: int = 0  # lines of the points quoted in another language than the letter's


def gather(writer: Writer, language: str) -> Facts:
    """The facts of one letter, from the writer's plan."""
    from ...skills import load_lexicon

    lexicon = load_lexicon()
    outline, job = writer.outline, writer.job
    spelling = _Spelling(lexicon, " ; ".join(p.source or p.text for p in writer.pieces), plain(job.raw_text or ""))
    places = {r.id: r for r in writer.person.roles}
    title = (plain(job.title) or "").casefold()
    points = [_point(point, places, spelling, language, job.language == language, list(job.skills), title)
              for point in outline.points]
    intro = _place(writer.current or writer.latest, places)
    named = " ".join(f"{p.line.text} {p.support.text if p.support else ''}" for p in points).casefold()
    tools = [spelling.tool(t) for t in writer.tools]
    return Facts(language=language, employer=plain(job.company) or None,
                 title=writer.setting.title or plain(job.title) or None, intro=intro,
                 study=_study(outline.study, writer.profile), points=points,
                 tools=[t for t in tools if t and t.casefold() not in named],
                 extras=_extras(outline.extras, writer.profile), weak_fit=outline.weak_fit,
                 unrelated=outline.unrelated, wants_degree=outline.wants_degree,
                 foreign_lines=sum(1 for p in points if not p.line.own))


class _Spelling:
    """Tools as the CV's lines write them ('AWS', 'PostgreSQL'), else as the posting does, else the lexicon's
    name; never a keyword in lower case ('docker') or an English word ('cloud') in another language."""

    def __init__(self, lexicon: Any, cv: str, posting: str) -> None:
        self.lexicon = lexicon
        self.forms: dict[str, str] = {}
        for text in (cv, posting):
            for name, start, end in lexicon.find_spans(text):
                form = text[start:end]
                if name not in self.forms and not form.islower():
                    self.forms[name] = form

    def tools(self, text: str) -> list[str]:
        """The tools a text names, spelled, in order; one named within another ('CI/CD' in 'GitLab CI/CD') once."""
        out = [t for t in dict.fromkeys(self.spell(name) for name in self.lexicon.find(text)) if t]
        return [t for t in out if not any(t != o and t.casefold() in o.casefold() for o in out)]

    def tool(self, written: str) -> str:
        found = self.lexicon.find(written)
        return self.spell(found[0]) if found else ""

    def spell(self, name: str) -> str:
        """A lexicon name as written, or '' for a practice rather than a product ('machine learning' written
        'ML', 'microservices')."""
        form = self.forms.get(name) or name
        category = self.lexicon.category(name)
        if name.islower() and category != "programming languages":
            return ""
        return form if _names_a_tool(form, category) else ""


def _names_a_tool(spelled: str, category: str | None) -> bool:
    """Whether a skill as spelled names a tool in any language ('PostgreSQL', 'C++', 'AWS', 'Go'), not an
    English word ('Cloud', 'infrastructure', 'deep learning') that would leave English in another language."""
    from ...text.forms import getAllLemmas

    if category not in TOOL_KINDS or spelled.islower():
        return False
    if category == "programming languages" or not spelled.replace(" ", "").isalpha():
        return True
    if spelled.isupper() and len(spelled) >= 2:
        return True
    return " " not in spelled and not getAllLemmas(spelled.casefold())


def _place(piece: Piece | None, places: dict[str, Any]) -> Place | None:
    """The job a piece comes from, its title as the CV writes it (in whatever language)."""
    if piece is None or not piece.org:
        return None
    entry = entry_of(piece.id)
    view = places.get(entry)
    position = plain(view.position) if view and view.position else (piece.position or "")
    years = [str(y) for y in years_in(piece.when)]
    current = bool(view.current) if view else piece.current
    start = years[0] if years else ""
    end = "" if current else (years[-1] if years else "")
    return Place(entry, plain(piece.org), short_position(position), start, end, current,
                 project=piece.section == "projects")


def short_position(position: str) -> str:
    """A job title without what follows a comma, a dash or a parenthesis ('Research Assistant, Systems Lab')."""
    return re.split(r",|\s[-–—|]\s|\s\(", position)[0].strip() or position


def _line(piece: Piece, language: str) -> Line:
    if piece.kind == ROLE:
        return Line(piece.id, piece.clause, own=False, role=True)
    text = " ".join((piece.source or piece.text or piece.clause).split()).strip()
    if piece.kind == PROJECT and piece.name:  # 'tracekit: Open-source toolkit ...': the project is named apart
        text = re.sub(rf"^{re.escape(piece.name)}\s*[:–—-]\s*", "", text)
    return Line(piece.id, text, piece.language == language)


def _point(point: Any, places: dict[str, Any], spelling: _Spelling, language: str, same: bool,
           posting_skills: list[str], title: str) -> PointFacts:
    """A point of the plan: its job, its lines, the tools of the posting they show (those of its requirement, else
    any the posting names), else the requirement as a short phrase."""
    line = _line(point.piece, language)
    support = _line(point.support, language) if point.support else None
    shown = [t for t in spelling.tools(f"{line.text} ; {support.text if support else ''}")
             if t.casefold() not in title]  # 'DevOps' in 'DevOps Engineer' names the post, not a tool
    wanted = {spelling.spell(s).casefold() for s in point.item.skills} - {""}
    named = {spelling.spell(s).casefold() for s in posting_skills} - {""}
    asked = ([t for t in shown if t.casefold() in wanted] or [t for t in shown if t.casefold() in named])[:3]
    answered = same and not asked and _answers(point, line, support, language)
    topic = requirement_topic(point.item.requirement) if answered else ""
    return PointFacts(_place(point.piece, places), line, support, asked, topic,
                      [t for t in shown if t not in asked][:3])


def _answers(point: Any, line: Line, support: Line | None, language: str) -> bool:
    """Whether a line of the posting can be quoted as answered by the point's CV lines: the matcher finds the
    evidence strong and the lines share a word of it ('Travail en équipe' and 'Coaching d'une équipe projet')."""
    said = _content_words(f"{line.text} {support.text if support else ''}", language)
    return point.item.strength == "strong" and bool(_content_words(point.item.requirement, language) & said)


def _content_words(text: str, language: str) -> set[str]:
    """A text's words of four letters or more that are not the language's function words (stopwords-iso)."""
    from stopwordsiso import stopwords

    return {w for w in re.findall(r"\w{4,}", text.casefold()) if w not in stopwords(language)}


def requirement_topic(line: str) -> str:
    """A requirement line short enough to be quoted in a sentence ('fundierte Kenntnisse in SQL'), or ''."""
    text = re.sub(r"^[-*•·▪◦–—\s]+", "", plain(line)).strip().rstrip(".;:,")
    text = re.sub(r"\s*\([^)]*\)", "", text)
    words = text.split()
    if not 3 <= len(words) <= 10 or _YOU.search(text) or re.search(r"[!?:;/]|\d", text):
        return ""
    return text


def _study(study: Any, profile: Any) -> StudyFacts | None:
    """The plan's degree with its words as the CV writes them."""
    if study is None:
        return None
    index = int(re.search(r"\[(\d+)\]", study.piece.id).group(1))  # type: ignore[union-attr]
    edu = profile.education[index]
    degree, area, school = plain(edu.study_type), plain(edu.area), plain(edu.institution)
    if not (degree or area):
        return None
    return StudyFacts(study.piece.id, degree, area, school, study.end, study.ongoing)


def _extras(pieces: list[Piece], profile: Any) -> list[tuple[str, str, str]]:
    """The plan's extras (an award, a paper for a research post, a project the posting's lines touch) by their
    names as the CV writes them."""
    out = []
    for piece in pieces:
        index = int(re.search(r"\[(\d+)\]", piece.id).group(1))  # type: ignore[union-attr]
        if piece.kind == PUBLICATION:
            pub = profile.publications[index]
            year = "".join(re.findall(r"^\d{4}", str(pub.release_date or "")))
            venue = ", ".join(v for v in (plain(pub.publisher), year) if v and v not in plain(pub.name))
            out.append(("paper", piece.id, plain(pub.name).rstrip(".") + (f" ({venue})" if venue else "")))
        elif piece.kind == AWARD:
            out.append(("award", piece.id, plain(profile.awards[index].title).rstrip(".")))
        elif piece.kind == PROJECT and piece.name and len(piece.name.split()) <= 6:
            out.append(("project", piece.id, piece.name))
    return out

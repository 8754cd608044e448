"""Plan before words: the posting's must-haves that matter most, the strongest piece of evidence for each,
what the applicant's status says about eligibility, and how well the profile fits.

Requirements come before responsibilities, responsibilities before nice-to-haves, each in the posting's
order; eligibility lines (enrolment, work permits, travel) are not points but the eligibility line's job.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import field
from typing import Any

from ..datamodel import model
from ..job.model import Job
from ..match.coverage import Match, RequirementMatch
from ..match.rank import BM25, tokenize
from ..profile.model import Profile
from ..text import plain
from .english import _LOGISTICS, topic_of
from .pieces import (
    AWARD,
    CERTIFICATE,
    DEED,
    DEGREE,
    PROJECT,
    PUBLICATION,
    ROLE,
    STATEMENT,
    Piece,
    degree_rank,
    entry_of,
)
from .values import years_in

_KIND_ORDER = {"requirement": 0, "responsibility": 1, "preferred": 2}
_ELIGIBILITY = re.compile(r"\b(enrol+ed|pursuing|currently (?:a )?student|graduat\w*|degree program|phd program|"
                          r"returning to school|work authori[sz]ation|authori[sz]ed to work|right to work|"
                          r"visa|sponsorship|citizen\w*|relocat\w*|start date|available (?:to|from))\b", re.I)
_STUDENT_ROLE = re.compile(r"\b(intern|internship|praktik\w*|stage|student|graduate program|phd)\b", re.I)
_ENROLMENT = re.compile(r"\b(enrol+ed|pursuing|currently (?:a )?student|returning to school|degree program|"
                        r"phd program|phd (?:candidate|student)|(?:master'?s|bachelor'?s|graduate) student|"
                        r"graduating (?:between|in|by|before|after))\b", re.I)
_SOFT = re.compile(r"^(?:excellent |strong |good |clear |great )?"
                   r"(?:written and (?:spoken|verbal) |verbal and written )?"
                   r"(?:communication|teamwork|team player|attention to detail|problem[- ]solving|self[- ]starter|"
                   r"interpersonal|organi[sz]ational|time management|leadership|collaboration|adaptability|"
                   r"work ethic|motivated|passion\w*|curiosity|english|fluent|judgment|judgement)", re.I)
_DEGREE_ASKED = re.compile(r"\b(ph\.?d|doctor\w*|master'?s|bachelor'?s|degree|postdoc\w*|post-doc\w*|msc|bsc|"
                           r"\w*studium|hochschulabschluss|promotion|doctorat|licence|bac ?\+ ?\d|grado|licenciatura|"
                           r"titulaci[oó]n|laurea|dottorato|gradua[çc][ãa]o|bacharelado|mestrado|doutorado|"
                           r"hbo|wo-niveau|universitair)\b", re.I)  # in the languages write/lang writes too
WEAK_FIT = 0.35
UNRELATED = 0.2  # below this, the letter says the role would be a change of direction


@model
class Point:
    """One paragraph's reason to meet the applicant: a line of the posting and the evidence that answers it."""

    item: RequirementMatch
    piece: Piece
    support: Piece | None = None

    @property
    def topic(self) -> str:
        return topic_of(self.item.requirement, 10, whole=True)


@model
class Study:
    """A degree the applicant is studying for (or has just finished), for the eligibility line."""

    piece: Piece
    level: str
    end: datetime.date | None
    ongoing: bool
    area: str = ""

    @property
    def finishes(self) -> str | None:
        """'May 2027' (or '2027' when only the year is known)."""
        if not self.end:
            return None
        return self.end.strftime("%B %Y") if self.end.day != 31 or self.end.month != 12 else str(self.end.year)


@model
class Outline:
    """What the letter will say, before any wording."""

    points: list[Point]
    extras: list[Piece]
    study: Study | None
    student_role: bool
    weak_fit: bool
    score: float
    missing: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    foreign_cv: bool = False  # most of the CV is in another language than the letter
    same_trade: bool = False  # a job title or two tools in common: never called a change of field
    wants_degree: bool = False  # a student role, or a posting that asks for a degree or is a postdoc

    @property
    def unrelated(self) -> bool:
        """The profile and the posting share almost nothing: the applicant would change field (not said of a
        CV in another language, which the matcher cannot read, nor of one in the same trade)."""
        return self.weak_fit and self.score < UNRELATED and not self.foreign_cv and not self.same_trade


def _is_point_item(item: RequirementMatch) -> bool:
    text = plain(item.requirement)
    return (item.kind in _KIND_ORDER and not _ELIGIBILITY.search(text) and not _LOGISTICS.search(text)
            and not _SOFT.search(text.strip()))


def _candidates(item: RequirementMatch, pieces: list[Piece],
                fresh: dict[str, float] | None = None) -> list[tuple[float, Piece]]:
    """Pieces that answer an item, best first: the matcher's ranked evidence, mapped to sayable pieces, a recent
    job's line before an old one's (``fresh``)."""
    fresh = fresh or {}
    scored: dict[str, tuple[float, Piece]] = {}
    worked = any(p.kind == DEED and p.section == "work" for p in pieces)  # a job's line beats a side project's
    for rank, ev in enumerate(item.evidence[:8]):
        for piece in pieces:
            if piece.kind in (STATEMENT, DEGREE, PUBLICATION, AWARD):  # papers and prizes go in the extras
                continue
            if piece.id == ev.id:
                weight = 1.0
            elif "[" in ev.id and "." not in ev.id.split("]", 1)[1] and entry_of(piece.id) == ev.id:
                weight = 0.6  # the entry as a whole matched: its lines share the credit
            else:
                continue
            weight *= _SIDE_PROJECT if piece.section == "projects" and worked else 1.0
            score = (ev.score or 1.0) * weight / (1 + 0.15 * rank) * (1 + 0.08 * piece.specificity) \
                * fresh.get(piece.id, 1.0)
            if piece.id not in scored or scored[piece.id][0] < score:
                scored[piece.id] = (score, piece)
    for skill in item.skills:
        pattern = re.compile(rf"(?<!\w){re.escape(skill)}(?!\w)", re.I)
        for piece in pieces:
            if piece.kind in (DEED, PROJECT, ROLE) and piece.id not in scored and pattern.search(piece.clause):
                scored[piece.id] = (0.5 * (1 + 0.08 * piece.specificity) * fresh.get(piece.id, 1.0), piece)
    return sorted(scored.values(), key=lambda row: -row[0])


def _freshness(pieces: list[Piece], student_role: bool, today: datetime.date | None) -> dict[str, float]:
    """How much each piece's age counts against it: 1 for work of the last three years, 5% less a year before
    that (at least 0.55); an internship's line 0.8 of that unless the posting is for a student."""
    year = (today or datetime.date.today()).year
    out: dict[str, float] = {}
    for piece in pieces:
        last = year if piece.current else max(years_in(piece.when), default=0)
        factor = 1.0 if not last or year - last <= 3 else max(0.55, 1 - 0.05 * (year - last - 3))
        if not student_role and piece.section == "work" and _STUDENT_ROLE.search(piece.position or ""):
            factor *= 0.8
        out[piece.id] = max(out.get(piece.id, 0.0), factor)
    return out


_STALE = 0.8  # a freshness below this (about seven years old, or an internship of five) is old work
_SIDE_PROJECT = 0.7  # a project's weight beside an applicant's jobs: readers want the production work first


def make_outline(profile: Profile, job: Job, matched: Match, pieces: list[Piece], *, max_points: int = 3,
                 today: datetime.date | None = None) -> Outline:
    """The plan of one letter: up to ``max_points`` points, extras worth a line, eligibility and fit."""
    items = sorted((i for i in matched.items if _is_point_item(i) and i.strength != "none"),
                   key=lambda i: (_KIND_ORDER[i.kind], i.strength != "strong"))
    used: set[str] = set()
    points: list[Point] = []
    student_role = bool(_STUDENT_ROLE.search(f"{job.title or ''} {job.employment_type or ''}")) or any(
        _ENROLMENT.search(plain(line)) for line in job.requirements)
    fresh = _freshness(pieces, student_role, today)
    from .asks import field_group  # asks reads the draft, which reads the plan

    strong = [i for i in matched.items if i.kind == "requirement" and i.strength == "strong"]
    weak_fit = matched.score < WEAK_FIT or (bool(job.requirements) and not strong and matched.score < 0.5)
    relevance = {key: value * fresh.get(key, 1.0) for key, value in
                 _relevance(pieces, job, field_group(profile, job)[1], by_title=weak_fit).items()}
    if weak_fit:  # lead with what transfers: the most concrete lines closest to the posting
        points = _credentials(items, pieces) + _transferable(pieces, relevance, _in_trade(pieces, job))
        items = []
        used = {p.piece.id for p in points}
    for item in items:
        choice = next((p for _, p in _candidates(item, pieces, fresh) if p.id not in used), None)
        if choice is None:
            continue
        used.add(choice.id)
        support = next((p for _, p in _candidates(item, pieces, fresh)
                        if p.id not in used and p.entry == choice.entry and p.kind == DEED), None) or max(
            (p for p in pieces if p.id not in used and p.entry == choice.entry and p.kind == DEED),
            key=lambda p: relevance.get(p.id, 0.0) + 0.1 * p.specificity, default=None)
        if support:
            used.add(support.id)
        points.append(Point(item, choice, support))
        if len(points) >= max_points:
            break
    points.sort(key=lambda p: -p.piece.specificity * fresh.get(p.piece.id, 1.0)
                if p.item.kind == "requirement" and p.item.requirement else 0)  # a weak fit's lines keep the
    # order of their nearness to the posting: a CTO posting's letter opens on the team the applicant led
    if not weak_fit:  # padding from old work or an internship comes after recent work, whatever its
        # relevance: with no line of the posting to answer, a reader expects the current job before an old internship
        filled = _fill(pieces, relevance, used, max_points - len(points))
        points += sorted(filled, key=lambda p: fresh.get(p.piece.id, 1.0) < _STALE)
    study = _study(profile, pieces, today)
    weak_fit = weak_fit or not points
    outline = Outline(points, _extras(matched, pieces, used, job), study, student_role, weak_fit,
                      matched.score, _missing(matched, job.title or ""))
    outline.wants_degree = student_role or bool(_DEGREE_ASKED.search(" ".join([job.title or "", *job.requirements])))
    outline.notices = _eligibility_notices(outline, job)
    return outline


def _relevance(pieces: list[Piece], job: Job, field: list[str] | None = None, *,
               by_title: bool = False) -> dict[str, float]:
    """Each piece's BM25 score against the posting's requirements, duties and title, plus a share for the
    kindred skills it names: a PHP posting finds a JavaScript developer's web work, never nothing. ``field``: the
    skills the CV's own skills list files under the field the posting asks for ('backend: Node, Express'); a
    line naming them is work in that field ('a data platform based on Express and Node' for a backend posting),
    whatever words it shares with the posting. ``by_title`` (a weak fit, where no line of the posting is
    answered): the posting's title weighs most and no word counts more than twice (see ``_query``)."""
    if not pieces:
        return {}
    index = BM25([tokenize(f"{p.clause} {p.org or ''} {p.position or ''}") for p in pieces])
    wanted = " ".join([job.title or "", *job.requirements, *job.responsibilities, *job.preferred, *job.skills])
    query = _query(job, wanted) if by_title else tokenize(wanted)
    scores = {pieces[hit.index].id: hit.score for hit in index.rank(query)}
    kindred = _kindred(pieces, wanted)
    unit = 0.35 * max([1.0, *scores.values()])  # one skill of the same kind: just above the padding floor
    named = [re.compile(rf"(?<![\w.]){re.escape(t)}(?!\w)", re.I) for t in field or [] if len(t) > 1]
    in_field = {p.id: sum(1 for rx in named if rx.search(p.clause)) for p in pieces if p.kind in (DEED, PROJECT)}
    return {p.id: max(scores.get(p.id, 0.0), unit * min(kindred.get(p.id, 0.0), 2.0),
                      3 * unit * min(in_field.get(p.id, 0), 2)) for p in pieces}


def _query(job: Job, wanted: str) -> list[str]:
    """The posting's terms as a query: each at most twice (a word its conditions repeat, 'months' in 'in the last
    36 months', is not its subject), and the words of its title, its parenthesis aside, always twice (the title
    names the trade: a truck driver posting's 'driver'). Not more: the light stemmer makes 'engine' of 'Engineer',
    and a title that weighed more would make a 'mapping engine' the applicant's nearest line."""
    from collections import Counter

    counts = Counter(tokenize(wanted))
    title = set(tokenize(re.sub(r"\([^)]*\)", " ", job.title or "")))
    return [term for term, n in counts.items() for _ in range(2 if term in title else min(n, 2))]


_TECH_KINDS = frozenset({"programming languages", "web and mobile", "testing and quality", "data and databases",
                        "machine learning and AI", "cloud and devops", "systems and security", "software engineering"})
_KINDRED_KINDS = _TECH_KINDS | {"design", "finance and accounting", "sales and marketing", "healthcare and education",
                                "people and operations"}


def _kindred(pieces: list[Piece], wanted: str) -> dict[str, float]:
    """How many skills of the posting's kinds each piece names, by the skills lexicon: a skill of the same kind
    (web, data, cloud ...) counts 1, another technical skill for a technical posting counts a half."""
    from ..skills import load_lexicon

    lexicon = load_lexicon()
    kinds = _kinds_named(lexicon, wanted) & _KINDRED_KINDS
    if not kinds:
        return {}
    near = _TECH_KINDS if kinds & _TECH_KINDS else frozenset()

    def weight(name: str) -> float:
        kind = lexicon.category(name)
        return 1.0 if kind in kinds else 0.5 if kind in near else 0.0

    out: dict[str, float] = {}
    for piece in pieces:  # a line said as two pieces shares its id: it counts what either names
        if piece.kind in (DEED, PROJECT, ROLE):
            found = sum(weight(name) for name in set(lexicon.find(piece.clause)))
            out[piece.id] = max(out.get(piece.id, 0.0), found)
    return out


def shares_kind(mine: str, wanted: str) -> bool:
    """Whether the applicant's text names a skill of a kind the posting's text names (web, data, finance ...):
    a web engineer for a PHP posting is in the same trade, whatever the words the two share."""
    from ..skills import load_lexicon

    lexicon = load_lexicon()
    return bool(_kinds_named(lexicon, wanted) & _KINDRED_KINDS & _kinds_named(lexicon, mine))


def _kinds_named(lexicon: Any, text: str) -> set[str | None]:
    """The lexicon's categories of the skills a text names ('PHP, React' -> programming languages, web)."""
    return {lexicon.category(name) for name in lexicon.find(text)}


def _blank(kind: str = "responsibility") -> RequirementMatch:
    return RequirementMatch(requirement="", kind=kind, strength="weak")  # type: ignore[arg-type]


_FILL_FLOOR = 0.3


def _fill(pieces: list[Piece], relevance: dict[str, float], used: set[str], room: int) -> list[Point]:
    """More points from the pieces closest to the posting as a whole, when its lines gave too few."""
    out: list[Point] = []
    floor = _FILL_FLOOR * max(relevance.values(), default=0.0)  # far weaker than the best line: padding
    ranked = sorted((p for p in pieces if p.kind in (DEED, PROJECT, ROLE) and p.id not in used
                     and relevance[p.id] > max(floor, 0.0)),
                    key=lambda p: -(relevance[p.id] * (1 + 0.08 * p.specificity)))
    for piece in ranked:
        if len(out) >= room:
            break
        if piece.id in used:
            continue
        used.add(piece.id)
        support = next((p for p in ranked if p.id not in used and p.entry == piece.entry and p.kind == DEED), None)
        if support:
            used.add(support.id)
        out.append(Point(_blank(), piece, support))
    return out


def _credentials(items: list[RequirementMatch], pieces: list[Piece]) -> list[Point]:
    """The licence or certification a requirement asks for, when the matcher found it among the applicant's
    certificates: said first, even in a weak fit (a reader of set P missed a teacher's licence)."""
    for item in items:
        if item.kind != "requirement":
            continue
        ids = [ev.id for ev in item.evidence if ev.kind == "certificate"]
        held = [p for i in ids for p in pieces if p.id == i and p.kind == CERTIFICATE]
        if held:
            return [Point(item, held[0])]  # the one that answers best: a list of certificates reads as a CV
    return []


_TRADE = 1.5  # a weak fit's line from a job held in the posting's trade, beside lines of other trades


def _in_trade(pieces: list[Piece], job: Job) -> set[str]:
    """The pieces of jobs whose title meets the posting's ('Amazon Driver' for 'Truck Driver'), its parenthesis
    aside."""
    from ..match.coverage import title_terms, titles_meet

    wanted = title_terms(re.sub(r"\([^)]*\)", " ", job.title or ""))
    return {p.id for p in pieces if p.section == "work" and p.position and titles_meet(wanted, title_terms(p.position))}


def _transferable(pieces: list[Piece], relevance: dict[str, float], in_trade: set[str] | None = None) -> list[Point]:
    """For a weak fit: per entry, its most concrete line nearest the posting; the three best entries. With no
    line of the posting answered, its title weighs the lines (``in_trade``): a truck driver posting's letter
    tells of the applicant's driving before a car salesman's sales figures, whatever words those share with it."""
    deeds = [p for p in pieces if p.kind in (DEED, PROJECT, ROLE) and p.subject == "I"]
    in_trade = in_trade or set()

    def worth(p: Piece) -> float:
        return 0.5 * p.specificity + 4 * relevance.get(p.id, 0.0) * (_TRADE if p.id in in_trade else 1.0)

    best_per_entry: dict[str, Piece] = {}
    floor = _FILL_FLOOR * max(relevance.values(), default=0.0)
    deeds = [p for p in deeds if relevance.get(p.id, 0.0) > max(floor, 0.0)]  # nothing near the posting: say less
    for piece in deeds:
        if piece.entry not in best_per_entry or worth(piece) > worth(best_per_entry[piece.entry]):
            best_per_entry[piece.entry] = piece
    chosen = sorted(best_per_entry.values(), key=lambda p: -worth(p))[:2]
    out = []
    for best in chosen:
        support = max((p for p in deeds if p.entry == best.entry and p is not best), key=worth, default=None)
        out.append(Point(_blank("requirement"), best, support))
    return out


def _extras(matched: Match, pieces: list[Piece], used: set[str], job: Job) -> list[Piece]:
    """Papers, awards and projects worth a line of their own: relevant ones first, at most three."""
    relevant = {ev.id for item in matched.items if item.strength != "none" for ev in item.evidence}
    research = bool(re.search(r"\b(research|phd|scien\w+|publication|academic|postdoc|lab)\b",
                              f"{job.title} {' '.join(job.requirements)}", re.I))
    out: list[Piece] = []
    for piece in pieces:
        if piece.id in used or piece.kind not in (PUBLICATION, AWARD, PROJECT):
            continue
        if piece.kind == PUBLICATION and not research:
            continue
        if piece.kind == PROJECT and piece.id not in relevant:
            continue
        out.append(piece)
    out.sort(key=lambda p: (p.kind != AWARD, p.id not in relevant, p.order))
    return out[:3]


def _missing(matched: Match, title: str = "") -> list[str]:
    """The posting's must-haves the profile shows nothing for, as short topics (never a soft skill); first a key
    skill its title names ('Senior Ruby on Rails Developer': Ruby on Rails), the one a reader looks for first."""
    out = [item.requirement for item in matched.items if item.kind == "skill" and item.strength == "none"
           and re.search(rf"(?<!\w){re.escape(item.requirement)}(?!\w)", title, re.I)][:1]
    for item in matched.items:
        text = plain(item.requirement)
        if item.kind == "requirement" and item.strength == "none" and not _SOFT.search(text.strip()) \
                and not _ELIGIBILITY.search(text):
            topic = topic_of(text, 8)
            if len(topic) > 2 and not re.search(r"\b(you|your|you'll|we|we're|our|us)\b", topic, re.I):
                out.append(topic)
    return out[:3]


def _study(profile: Profile, pieces: list[Piece], today: datetime.date | None) -> Study | None:
    """The degree in progress, or else the latest finished one."""
    degrees = [p for p in pieces if p.kind == DEGREE]
    if not degrees:
        return None
    ongoing = [p for p in degrees if p.current]
    piece = ongoing[0] if ongoing else max(degrees, key=lambda p: (degree_rank(p), -p.order))  # the highest;
    # a CV that lists its school-leaving certificate first ('Abitur') still names its doctorate
    index = int(re.search(r"\[(\d+)\]", piece.id).group(1))  # type: ignore[union-attr]
    edu = profile.education[index]
    level = plain(edu.study_type) or "degree"
    return Study(piece, level, _end_date(edu.end_date), bool(ongoing), plain(edu.area))


def _end_date(value: str | None) -> datetime.date | None:
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?", str(value or ""))
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2) or 0)
    return datetime.date(year, month, 1) if 1 <= month <= 12 else datetime.date(year, 12, 31)


def _eligibility_notices(outline: Outline, job: Job) -> list[str]:
    """Warnings when the profile contradicts what the posting requires of the applicant's status."""
    notices = []
    enrolment = next((plain(line) for line in job.requirements if _ENROLMENT.search(plain(line))), None)
    study = outline.study
    if enrolment and not (study and study.ongoing):
        notices.append(f"the posting asks for current enrolment ({enrolment[:80]!r}), and the profile shows no "
                       "degree in progress (education endDate in the future)")
    elif enrolment and study and study.end:
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", enrolment)]
        if len(years) >= 2 and not min(years) <= study.end.year <= max(years):
            notices.append(f"the posting asks for graduation between {min(years)} and {max(years)}; the profile's "
                           f"degree ends {study.finishes}")
    if outline.weak_fit:
        missing = "; ".join(outline.missing) or "most of its requirements"
        notices.append(f"weak fit: match score {outline.score:.2f}; the profile shows nothing for: {missing}")
    return notices

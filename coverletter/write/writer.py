"""The offline writer: plan, then words, sized to the word band.

``Writer.draft(budget)`` gives a ``DraftView`` (the letter body as paragraphs, each with its citation markers)
for a budget (how many points, whether each point gets a supporting line, whether extras are said). The
composer renders the letter template with the drafts from the richest budget down and keeps the first that
fits the template's word band.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import field, replace

from ..datamodel import model
from ..job.model import Job
from ..match.coverage import Match
from ..profile.evidence import iter_evidence
from ..profile.model import Profile
from ..templating.filters import strip_marks
from .asks import field_tools, profile_skills, tools_listed, years_line
from .draft import _FREELANCE, Setting, as_position, opening, point_paragraphs
from .ending import closing, extras_sentences, gap_sentences, story_paragraph
from .english import SIDE_ROLE, _posting_seed, english_title, looks_like_org, org_with_article
from .pieces import STATEMENT, Piece, build_pieces, is_english
from .plan import _SOFT, Outline, Point, make_outline, shares_kind
from .realise import cut_long, drop_cross_references, drop_trailing_labels, join_and, trim_lists
from .stories import Story, pick_stories
from .values import years_in
from .views import GapsView, JobView, ProfileView, RoleView


@model(frozen=True)
class Budget:
    """How much of the plan a draft says."""

    points: int
    support: bool
    extras: bool
    stories: int = 2
    paragraphs: int = 3  # employers the body tells of; more only when three leave the letter under its band


# Richest first; the composer keeps the first whose letter fits the word band.
BUDGETS = [Budget(6, True, True), Budget(5, True, True), Budget(4, True, True),
           Budget(3, True, True), Budget(3, True, False),
           Budget(3, False, True), Budget(2, True, False), Budget(3, False, False), Budget(2, False, False),
           Budget(1, False, False)]
BUDGETS += [Budget(2, False, False, stories=1), Budget(1, False, False, stories=1)]
WEAK_FIT_BUDGETS = [Budget(3, True, False), Budget(2, True, False), Budget(2, False, False), Budget(1, False, False)]
# a weak fit's plan has two lines that transfer, and a third point only for a credential the posting asks for


@model
class DraftView:
    """The letter body the offline writer wrote, for a letter template to print (``draft.paragraphs``)."""

    opening: str
    points: list[str]
    extras: str
    closing: str
    weak_fit: bool = False
    notices: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        """Every paragraph in order; the close joins the extras when both are short."""
        body = [self.opening, *self.points]
        if self.extras and len(self.extras.split()) + len(self.closing.split()) < 45:
            return [*body, f"{self.extras} {self.closing}"]
        return [p for p in (*body, self.extras, self.closing) if p]

    @property
    def words(self) -> int:
        return sum(len(strip_marks(p).split()) for p in self.paragraphs)


@model
class Material:
    """What the writer may use besides the profile, posting and match."""

    gaps: GapsView | None = None  # the --gaps policy and its items
    safe: Callable[[str], bool] | None = None  # whether posting text names only skills the profile backs
    stories: list[Story] = field(default_factory=list)  # the story bank
    avoid: set[str] = field(default_factory=set)  # sentences of earlier letters of a batch
    language: str = "en"  # the letter's language; another than English is written by write/lang


class Writer:
    """Writes the body of one letter from the profile, the posting and the match."""

    def __init__(self, profile: Profile, job: Job, matched: Match, person: ProfileView, job_view: JobView,
                 *, today: datetime.date | None = None, material: Material | None = None) -> None:
        material = material or Material()
        self.profile, self.job, self.matched, self.person = profile, job, matched, person
        self.language = material.language
        avoid, gaps, safe, stories = material.avoid, material.gaps, material.safe, material.stories
        posting = " ".join([job.title or "", *job.requirements, *job.preferred, *job.responsibilities, *job.skills])
        self.pieces: list[Piece] = [p if p.language != "en" else  # a line in another language is said as written
                                    replace(p, clause=_tidy(p.clause, posting))
                                    for p in build_pieces(profile, today, material.language)]
        self.stories = pick_stories(stories or [], job)
        untold = [p for p in self.pieces if not _told(p, self.stories)]
        self.outline: Outline = make_outline(profile, job, matched, untold, max_points=9, today=today)
        lines = [e.text for e in iter_evidence(profile) if e.kind in ("highlight", "work", "summary")]
        foreign = sum(1 for t in lines if not is_english(t))
        if lines and foreign / len(lines) >= 0.3:
            self.outline.foreign_cv = True
            self.outline.notices.append(f"{foreign} of the CV's {len(lines)} lines are not in English; the letter "
                                        "leaves them out (translate the profile, or use a model)")
        title = job_view.role_title  # None when the title names a skill the profile lacks: not repeated
        role = job_view.role
        employer = org_with_article(job_view.employer) if self.language == "en" else job_view.employer  # every use
        # follows a preposition: 'at the University of Cambridge'
        self.setting = Setting(job=job, employer=employer, role=role, title=title,
                               seed=_posting_seed(job), avoid=avoid or set(), safe=safe or (lambda text: True),
                               latest_year=_latest_year(person, today))
        by_id = {p.id: p for p in self.pieces}
        self.gap_policy = gaps.policy if gaps else "omit"
        self.gaps = [(g.topic, by_id.get(g.adjacent.id) if g.adjacent else None)
                     for g in (gaps.items if gaps else []) if not _SOFT.search(g.topic)]
        self.current, self.latest = _roles(person)
        studying = bool(self.outline.study and self.outline.study.ongoing)
        self.career = _career(person, single=studying)  # a student's one job is worth naming
        self.tools = tools_listed(profile, job)
        self.named_tools = tools_listed(profile, job, named_only=True)  # the same for every draft: found once
        self.years = years_line(profile, job, today)
        self.outline.same_trade = len(self.tools) >= 2 or _titles_meet(person, job) or shares_kind(
            " ".join(p.clause for p in self.pieces) + " " + profile_skills(profile), posting)
        self.setting.many_current = sum(1 for r in person.roles if r.current) > 1
        self.statement = next((p for p in self.pieces if p.kind == STATEMENT and p.words <= 30
                               and (self.outline.weak_fit or _shared_terms(p.clause, posting) >= 1)
                               and not _boasts(p.clause)), None)
        # the summary line is said when it speaks to the job, or, for a weak fit, as background; never when it
        # praises the applicant ('I am constantly keeping up to date the newest ... technologies')

    @property
    def budgets(self) -> list[Budget]:
        return WEAK_FIT_BUDGETS if self.outline.weak_fit else BUDGETS

    def draft(self, budget: Budget) -> DraftView:
        """The body for one budget."""
        if self.language != "en":
            from .lang import draft_in

            return DraftView(**draft_in(self, budget, self.language))
        outline, setting = self.outline, self.setting
        setting.used, setting.named = {}, set()  # each draft varies its own wordings
        points = [Point(p.item, p.piece, p.support if budget.support else None)
                  for p in outline.points[:budget.points]]
        first = " ".join(opening(outline, setting, self.current, self.latest, self.statement, self.career))
        told = [story_paragraph(s) for s in self.stories[:budget.stories]]
        points = points[: max(1, len(points) - len(told))] if told else points  # a story stands for a point
        body = told + [" ".join(s) for s in point_paragraphs(points, setting, first_lead=not outline.weak_fit,
                                                                 most=budget.paragraphs)]
        said = " ".join([first, *body]).casefold()
        tools = [t for t in self.named_tools if t.casefold() not in said]
        title = (self.job.title or "").casefold()
        if self.years and "years" not in first:
            first = f"{first} {self.years}"
        field_line = field_tools(self.profile, self.job, said)
        if field_line:  # the posting asks for a field the CV's skills list has a group for ('Back End')
            first = f"{first} {field_line}"
        elif len(tools) >= 2 or (tools and tools[0].casefold() in title):  # the posting's tools that the CV's
            # skills list names and no line above said, once, after the introduction; one alone only when the
            # title names it ('Senior Ruby on Rails Developer'), never 'GitHub' from the posting's greeting
            first = f"{first} I also work with {join_and(tools)}."
        extras = ""
        if budget.extras:
            extras = " ".join(extras_sentences(outline.extras, setting, said))
        gaps = " ".join(gap_sentences(self.gap_policy, self.gaps, setting))
        if gaps:
            body.append(gaps)
        return DraftView(opening=first, points=body, extras=extras, closing=" ".join(closing(outline, setting)),
                         weak_fit=outline.weak_fit, notices=list(outline.notices))


def _tidy(clause: str, posting: str) -> str:
    """A CV line's clause as a letter can say it: no cross-references, no labels a PDF ran into its end, lists
    cut to the posting's names, a long line without its trailing aside."""
    return cut_long(trim_lists(drop_trailing_labels(drop_cross_references(clause)), posting))


_TITLE_NOISE = re.compile(r"\b(senior|junior|sr|jr|lead|head|principal|staff|chief|intern|trainee|assistant|"
                          r"associate|manager|remote|hybrid|m/w/d|f/m/d|h/f)\b", re.I)


def _titles_meet(person: ProfileView, job: Job) -> bool:
    """Whether one of the applicant's job titles shares a word with the posting's title ('Web Developer' and
    'Front-End Developer'), leaving out seniority and the like."""
    from ..match.rank import tokenize

    wanted = set(tokenize(_TITLE_NOISE.sub(" ", job.title or "")))
    held = set(tokenize(_TITLE_NOISE.sub(" ", " ".join(r.position or "" for r in person.roles))))
    return any(a.startswith(b) or b.startswith(a) for a in wanted for b in held if min(len(a), len(b)) >= 4)
    # 'developer' and 'develop': the stemmer does not always agree on plurals


_BOAST = re.compile(r"\b(constantly|state[- ]of[- ]the[- ]art|cutting[- ]edge|passionate|highly motivated|"
                    r"hard[- ]?working|self[- ]starter|go-getter|team player|results[- ]driven|detail[- ]oriented|"
                    r"dynamic|enthusiastic|proven track record|best[- ]in[- ]class|world[- ]class|rockstar|ninja|"
                    r"guru)\b", re.I)


def _boasts(text: str) -> bool:
    """Whether a summary line praises the applicant rather than saying what they do, by its words or by the
    project's list of clichés."""
    from ..style.cliches import find_cliches, load_cliches

    return bool(_BOAST.search(text) or find_cliches(text, load_cliches("en")))


def _told(piece: Piece, stories: list[Story]) -> bool:
    """Whether a story already tells this CV line (most of its words, figures included, are in the story)."""
    from ..match.rank import tokenize

    mine = set(tokenize(piece.clause))
    return any(len(mine & set(tokenize(s.text))) >= 0.6 * len(mine) for s in stories) if mine else False


def _shared_terms(text: str, other: str) -> int:
    """How many content words (stemmed) two texts share."""
    from ..match.rank import tokenize

    return len(set(tokenize(text)) & set(tokenize(other)))


def _roles(person: ProfileView) -> tuple[Piece | None, Piece | None]:
    """The current role and the latest role, as pieces that name the employer and the position."""
    roles = [_role_piece(r) for r in person.roles
             if r.org and r.position and not _NOT_A_JOB.search(f"{r.org} {r.position}")]
    roles = [r if english_title(r.position or "") else replace(r, position=None) for r in roles]  # a title in
    # another language is left out, its employer kept ('I currently work at UCSD Qualcomm Institute')
    roles = [r for r in roles if (r.position is None or as_position(r.position)) and looks_like_org(r.org or "")]
    # as a title ('Macro Trading Team'), nor a CV reader's artefact as the employer ('Completed in', 'Present')
    jobs = [r for r in roles if not SIDE_ROLE.search(r.position or "")] or roles  # an organiser's title is
    # never the job the applicant holds, unless the CV names nothing else
    current = [r for r in jobs if r.current and not _FREELANCE.search(r.org or "")]
    employed = [r for r in jobs if not _FREELANCE.search(r.org or "")] or jobs  # a freelancer's label last
    latest = max(employed, key=_recency, default=None)  # by dates, not by the CV's order
    return (current[0] if current else None), latest


def _career(person: ProfileView, *, single: bool = False) -> tuple[str, list[Piece]] | None:
    """Since when and where the applicant has worked ('2012', [Klarna, Kaltura, ...], most recent first), for
    one sentence of the opening; None with fewer than two employers or no dates."""
    roles = [_role_piece(r) for r in person.roles
             if r.org and not _FREELANCE.search(r.org) and not _NOT_A_JOB.search(f"{r.org} {r.position or ''}")
             and not SIDE_ROLE.search(r.position or "") and is_english(r.org)]
    years = [y for r in roles for y in years_in(r.when)]
    by_org: dict[str, Piece] = {}
    for role in sorted(roles, key=_recency, reverse=True):
        by_org.setdefault(role.org.casefold(), role)  # type: ignore[union-attr]
    chosen = list(by_org.values())[:3]
    if not chosen or (len(chosen) < 2 and not single) or not years \
            or not all(looks_like_org(r.org or "") for r in chosen):
        return None  # a list of names the CV reader may have garbled reads worse than no list
    return str(min(years)), chosen




def _latest_year(person: ProfileView, today: datetime.date | None) -> int:
    """The last year the CV's jobs reach: this year when one is still held, else the last year they name."""
    if any(r.current for r in person.roles):
        return (today or datetime.date.today()).year
    return max((y for r in person.roles for y in years_in(r.when)), default=0)


def _recency(role: Piece) -> tuple[int, int]:
    """Ongoing roles first, then by the last year named ('2016–2019' -> 2019); roles without dates last."""
    years = years_in(role.when)
    return (1 if role.current else 0, max(years) if years else 0)


def _role_piece(role: RoleView) -> Piece:
    """A role of the profile as a piece that names its employer, position and years."""
    return Piece(id=role.id, kind="role", clause="", entry=role.id, section="work", org=role.org,
                 position=role.position, when=role.when, current=role.current)


_NOT_A_JOB = re.compile(r"\b(career break|sabbatical|gap year|parental leave|caregiving|travell?ing|student|"
                        r"candidate|pupil)\b", re.I)

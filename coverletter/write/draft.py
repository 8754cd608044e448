"""Words for a plan: the opening (who the applicant is, the role, eligibility, why this employer), a paragraph
per point grouped by the entry it comes from, one of extras (papers, awards, tools), and a close.

Every connecting phrase is chosen from the plan's content (current or past role, student or not, a duty or a
mission found in the posting) and, among equivalent wordings, by a draw fixed for one posting, so letters for
different postings differ and the same posting always gives the same letter. Each sentence made from a CV
line carries a citation marker with its evidence id.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import field

from ..datamodel import model
from ..job.model import Job
from ..templating.filters import MARK_CLOSE, MARK_OPEN
from .asked import TOOL_KINDS
from .english import SIDE_ROLE, looks_like_org, the_org
from .order import ended_before, refers_back
from .pieces import PROJECT, PUBLICATION, ROLE, Piece
from .plan import Outline, Point
from .realise import a_an, join_and
from .values import _draw, years_in
from .work_leads import FREELANCE as _FREELANCE
from .work_leads import work_leads as _work_leads

_NO_ARTICLE = re.compile(r"^(?:ceo|cto|cfo|coo|cio|head|chief|founder|co-?founder|president|vice|director|"
                         r"lead|principal investigator)\b", re.I)  # 'President', not 'Presidential Innovation Fellow'


@model
class Setting:
    """What the words depend on besides the plan: the posting, who writes, what is already said elsewhere."""

    job: Job
    employer: str
    role: str  # 'the Research Intern position' or 'this position'
    title: str | None
    seed: str
    avoid: set[str] = field(default_factory=set)  # sentences of earlier letters (a batch) not to repeat
    safe: Callable[[str], bool] = lambda text: True  # whether posting text names only skills the profile backs
    many_current: bool = False  # the CV leaves several jobs open-ended: none is called "current"
    used: dict[str, set[int]] = field(default_factory=dict)  # wordings already used in this letter, by family
    named: set[str] = field(default_factory=set)  # entries the opening already names (role and employer)
    latest_year: int = 0  # the last year the CV's jobs name (0 when none): how old a job is

    def pick_fresh(self, family: str, key: str, options: list[str]) -> str:
        """Like ``pick``, but a wording of the family not used yet in this letter when there is one."""
        options = [o for o in options if o]
        if not options:
            return ""
        seen = self.used.setdefault(family, set())
        start = _draw(f"{self.seed}|{key}") % len(options)
        order = [(start + i) % len(options) for i in range(len(options))]
        fresh = [i for i in order if i not in seen] or order
        index = next((i for i in fresh if not self.said_before(options[i])), fresh[0])
        seen.add(index)
        return options[index]

    def pick(self, slot: str, options: list[str]) -> str:
        """One of equivalent wordings, fixed for this posting; one not used in an earlier letter if possible."""
        options = [o for o in options if o]
        if not options:
            return ""
        start = _draw(f"{self.seed}|{slot}") % len(options)
        ordered = options[start:] + options[:start]
        return next((o for o in ordered if not self.said_before(o)), ordered[0])

    def said_before(self, option: str) -> bool:
        """Whether an earlier letter of the batch has one of this wording's sentences."""
        return any(_key(part) in self.avoid for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", option))


def sentence_keys(sentences: list[str]) -> set[str]:
    """The normal forms of sentences of earlier letters, for ``Setting.avoid``."""
    return {_key(s) for s in sentences if s.strip()}


def _key(sentence: str) -> str:
    return re.sub(r"\W+", " ", re.sub(f"{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE}", "", sentence)).strip().casefold()


def cited(text: str, *pieces: Piece | None) -> str:
    """A sentence with the citation markers of the pieces it says."""
    marks = "".join(f"{MARK_OPEN}{p.id}{MARK_CLOSE}" for p in pieces if p)
    return f"{text}{marks}"


def as_position(position: str | None) -> str:
    """'Backend Engineer' -> 'a Backend Engineer'; 'CEO/President' -> 'CEO/President'; the part before a comma,
    a dash ('Full Stack Developer - SlashDB') or a parenthesis; '' for a team's name ('Macro Trading Team')."""
    parts = re.split(r",|\s[-–—|•·]\s|\s\(", position or "")
    head = parts[0].strip()
    if len(parts) > 2 and head and " " not in head:  # 'Mathematics, Data Science, CS, and Statistics Teacher'
        from ..job.facts import is_role_like

        last = parts[-1].split()
        if last and not is_role_like(head) and is_role_like(last[-1]):
            head = f"{head} {last[-1]}"  # 'Mathematics Teacher', not 'a Mathematics'
    if not head or re.search(r"\b(team|group|department|division|unit|lab|office)$", head, re.I):
        return ""
    return head if _NO_ARTICLE.match(head) else a_an(head)


def _org(piece: Piece) -> str:
    return the_org(piece.org or "")


# ------------------------------------------------------------------------------------------------ opening

def opening(outline: Outline, setting: Setting, current: Piece | None, latest: Piece | None,
            statement: Piece | None = None, career: tuple[str, list[Piece]] | None = None) -> list[str]:
    """Who the applicant is and what they apply for; eligibility; why this employer."""
    study = outline.study
    out = _introduction(outline, setting, current, latest)
    named = current if (current and current.position and current.org) else latest
    if named and named.org and not (study and study.ongoing):
        setting.named.add(named.entry)  # the opening names this role; the body need not list it again
    if career and study and study.ongoing:  # a student who has also worked says where (not the university)
        school = (study.piece.org or "").casefold()
        jobs = [r for r in career[1] if (r.org or "").casefold() != school]
        setting.named.update(r.entry for r in jobs)
        if jobs:
            where = join_and(_org(r) for r in jobs)
            if all(ended_before(r.when, study.piece.when) for r in jobs):  # a reader of set P: Kestrel Analytics came
                # before the PhD, not 'alongside' it
                options = [f"Before my studies, I worked at {where}.", f"I have also worked at {where}."]
            elif any(ended_before(r.when, study.piece.when) for r in jobs):
                options = [f"I have also worked at {where}."]
            else:
                options = [f"Alongside my studies, I have worked at {where}.", f"I have also worked at {where}.",
                           f"Outside my studies, I have worked at {where}."]
            out.append(cited(setting.pick("studies-work", options), *jobs))
    elif career:
        line = _career_sentence(career, setting, named if named and named.org else None)
        if line:
            out.append(line)
    if study and not study.ongoing and outline.wants_degree and study.piece.org \
            and not _UNFINISHED.search(study.piece.name or study.level):  # a graduate applying for a PhD, a
        # postdoc or a post that asks for a degree says which one they hold ('PhD Candidate' is none held); a
        # degree begun and never ended on the CV is one they studied for, not one they hold
        degree = study.piece
        name = degree.name or study.level
        if " in " not in name:
            name = re.sub(r"^([^,]{2,30}), ", r"\1 in ", name, count=1)  # 'PhD, Biology' -> 'PhD in Biology'
        began = re.match(r"^\s*(?:since\s+)?((?:19|20)\d\d)\s*(?:[–-]\s*)?$", degree.when or "")
        if study.end is not None:
            out.append(cited(f"I hold {a_an(name)} from {_org(degree)}.", degree))
        elif began:
            out.append(cited(f"I studied for {a_an(name)} at {_org(degree)} from {began.group(1)}.", degree))
    if statement is not None:
        out.append(cited(statement.sentence, statement))
    out.extend(reason_sentences(outline, setting))
    if outline.unrelated:
        line = _change_of_field(None if (current or latest) else study, None, setting)
        told = any(p.piece.kind != ROLE for p in outline.points)  # something to show, not only job titles
        out.append(line if told else line.split(";")[0].split(", so ")[0].rstrip(".") + ".")
    return out


_UNFINISHED = re.compile(r"\b(candidate|student|in progress|expected|ongoing|completed\)|\d+\s*%|incomplete|"
                         r"partial)", re.I)


def _introduction(outline: Outline, setting: Setting, current: Piece | None, latest: Piece | None) -> list[str]:
    """The first sentences: what the applicant applies for, and what they study or where they work."""
    study, role, employer = outline.study, setting.role, setting.employer
    if study and study.ongoing:
        degree = study.piece
        student = f"{a_an(_level(study.level))} student" + (f" in {study.area}" if study.area else "")
        out = [cited(setting.pick("open-student", [
            f"I am {student} at {_org(degree)}, and I would like to apply for {role} at {employer}.",
            f"I would like to apply for {role} at {employer}. I am currently studying for "
            f"{a_an(degree.name or study.level)} at {_org(degree)}.",
        ]), degree)]
        if study.finishes:  # a reader of set P missed it in a letter for a full-time post: when the studies end
            # is what an employer asks first of a student, whatever the post
            out.append(cited(setting.pick("finishes", [
                f"I expect to graduate in {study.finishes}.",
                f"My expected graduation date is {study.finishes}.",
            ]), degree))
        return out
    if current and current.position and current.org:
        return [cited(setting.pick("open-current", [
            f"I am {as_position(current.position)} at {_org(current)}, and I am applying for {role} at {employer}.",
            f"I would like to apply for {role} at {employer}. I currently work as {as_position(current.position)} "
            f"at {_org(current)}.",
            f"Please consider my application for {role} at {employer}. I am {as_position(current.position)} at "
            f"{_org(current)}.",
        ]), current)]
    if latest and latest.position and latest.org:
        return [cited(setting.pick("open-past", [
            f"I am applying for {role} at {employer}. Most recently I worked as "
            f"{as_position(latest.position)} at {_org(latest)}.",
            f"I would like to apply for {role} at {employer}, drawing on my time as {as_position(latest.position)} "
            f"at {_org(latest)}.",
            f"Please consider my application for {role} at {employer}. My most recent job was as "
            f"{as_position(latest.position)} at {_org(latest)}.",
        ]), latest)]
    job = current or latest
    if job and not _FREELANCE.search(job.org or "x"):  # a job whose title is in another language: its employer
        where = f"I currently work at {_org(job)}." if job is current else f"Most recently I worked at {_org(job)}."
        return [cited(f"I would like to apply for {role} at {employer}. {where}", job)]
    return [setting.pick("open-plain", [f"I am applying for {role} at {employer}.",
                                        f"I would like to apply for {role} at {employer}."])]


def _career_sentence(career: tuple[str, list[Piece]], setting: Setting, named: Piece | None) -> str:
    """Where else the applicant has worked: 'Before that, I worked at Kaltura and Zone4Play.' after a sentence
    that named the latest employer, else 'Since 2012 I have worked at Klarna, Kaltura and Zone4Play.'"""
    since, roles = career
    if named is not None:
        earlier = [r for r in roles if (r.org or "").casefold() != (named.org or "").casefold() and not r.current
                   and _began(r) <= _began(named)]  # a job begun after the named one is not 'before that'
        if not earlier or len(earlier) == len(roles):
            return ""  # another job still held is not 'before that'
        setting.named.update(r.entry for r in earlier)
        where = join_and(_org(r) for r in earlier)
        return cited(setting.pick("career-before", [f"Before that, I worked at {where}.",
                                                    f"Earlier in my career I worked at {where}."]), *earlier)
    setting.named.update(r.entry for r in roles)
    where = join_and(_org(r) for r in roles)
    return cited(setting.pick("career-since", [f"Since {since} I have worked at {where}.",
                                               f"My work since {since} has been at {where}."]), *roles)


def _began(role: Piece) -> int:
    """The first year a role's dates name (0 when none)."""
    return min(years_in(role.when), default=0)


def _level(study_type: str) -> str:
    """'Bachelor's Degree' -> "bachelor's", 'Master of Science' -> "master's", 'PhD' -> 'PhD'."""
    low = study_type.casefold()
    for word, said in (("bachelor", "bachelor's"), ("master", "master's"), ("associate", "associate's")):
        if word in low:
            return said
    return re.sub(r"\s+degree$", "", study_type, flags=re.I)


# How a letter says plainly that the role is in another field than the applicant's (one per posting).
CHANGE_OF_FIELD = ["This role would be a change of direction for me, so here is what I would bring to it.",
                   "This would be a move into a new field for me, so these are the parts of my work that carry over.",
                   "My background is in a different field, so let me say what I would bring from it."]


def _change_of_field(study: object, role: Piece | None, setting: Setting | None = None) -> str:
    """For a weak fit, said plainly: the applicant comes from another field."""
    area = getattr(getattr(study, "piece", None), "name", None) if getattr(study, "ongoing", False) else None
    if area:
        background = f"my studies ({area})"
    elif role and role.position and role.org:
        background = f"my work as {as_position(role.position)} at {_org(role)}"
    else:
        return setting.pick("change", CHANGE_OF_FIELD) if setting else CHANGE_OF_FIELD[0]
    return f"Most of my experience comes from {background}, so this role would be a change of direction for me; " \
           f"here is what I would bring to it."


def reason_sentences(outline: Outline, setting: Setting) -> list[str]:
    """One sentence on why this employer, from what the posting's about text says it does; none without one.
    A duty of the posting is never given as the reason: readers took every such sentence for posting text slotted
    into a frame ("What draws me to the role is the chance to provide operational support ...")."""
    from .reason import mission

    company = setting.job.company
    what = mission(setting.job) if company else None
    if not what or not setting.safe(what):
        return []
    return [setting.pick("mission", [
        f"{company} {what}, and I would like to help with that work.",
        f"I am drawn to {company} because it {what}.",
        f"{company} {what}; that is work I would like to be part of.",
    ])]


# ------------------------------------------------------------------------------------------------ points

def _bare_roles(roles: list[Piece], setting: Setting) -> list[Piece]:
    """Of the points that are only a job's title, those to list in one sentence: no side role, none the opening
    named, no team's name nor graduate study, none ten years older than the CV's last year."""
    bare = [p for p in roles if not SIDE_ROLE.search(p.position or "") and p.entry not in setting.named
            and as_position(p.position) and not _STUDY_ROLE.search(p.position or "")]  # a team's name is no job
    # title to list, nor graduate study ('work as a Graduate Student at Boston University', reading O)
    latest = setting.latest_year
    bare = [p for p in bare if not latest or max(years_in(p.when), default=latest) >= latest - 10]  # reading Q:
    # "My experience includes work as an Oceanographic Engineer at APASA (2006)" for a research fellow of 2024
    return bare


def point_paragraphs(points: list[Point], setting: Setting, *, first_lead: bool = True,
                     most: int = 3) -> list[list[str]]:
    """A paragraph per employer (or entry) the points come from, in the order of the points; an entry that gives
    a single sentence shares its paragraph with the next one."""
    groups: dict[str, list[Piece]] = {}
    topics: dict[str, str] = {}
    leads: dict[str, Piece] = {}  # the piece chosen for the group's first point: it answers the requirement
    roles = [p.piece for p in points if p.piece.kind == ROLE and " with " not in p.piece.clause]
    points = [p for p in points if p.piece not in roles]  # a job's title alone is listed, or left out
    bare = _bare_roles(roles, setting)
    for point in points:
        key = _group_key(point.piece)
        skills = _skill_topic(point, setting) if point.item.requirement else ""  # a line chosen for the posting
        # as a whole answers no line of it: no "Your posting mentions SQL;" before it (readers of N and O took
        # that for keyword matching)
        topic = skills or _topic(point, setting)
        if topic and key not in groups and len(topics) < 3:
            topics[key] = f"{_SKILLS if skills else ''}{topic}"
        leads.setdefault(key, _lead_piece(point, skills if key not in groups else ""))
        for piece in (point.piece, point.support):
            if piece:
                groups.setdefault(key, []).append(piece)
    ordered = list(groups.items())  # in the plan's order: the must-haves answered, the duties, the nearest lines
    said: set[str] = set()  # the figures told so far
    paragraphs: list[list[str]] = []
    alone: list[str] = []  # entries that give one sentence each
    for index, (key, pieces) in enumerate(ordered):
        ranked = sorted(pieces, key=lambda p: (p is not _first_said(leads[key], pieces), p.subject != "I",
                                               -p.specificity))
        pieces = _without_repeats(_by_entry(ranked), said)[:_MOST_PER_EMPLOYER]
        if not pieces:
            continue
        said.update(figure for piece in pieces for figure in _figures(piece.clause))
        first = pieces[0]
        strong = any(p.item.strength == "strong" for p in points if _group_key(p.piece) == key)
        lead = _lead(first, setting, first_of_letter=index == 0 and first_lead and strong, topic=topics.get(key, ""))
        sentences = [cited(lead, first), *_follows(first, pieces[1:], setting)]
        if len(sentences) == 1:
            alone.extend(sentences)
        elif len(paragraphs) < most:
            paragraphs.append(sentences)
    room = 2 if not paragraphs else min(2, max(0, _MOST_EMPLOYERS - len(paragraphs)))
    alone = alone[:room]  # lone lines of other employers: a short paragraph of their own, or the last one's end;
    # a letter tells of at most four employers
    if len(alone) > 1 or not paragraphs:
        paragraphs.append(alone)
    elif alone:
        paragraphs[-1].extend(alone)
    if bare:
        roles = join_and(f"{as_position(p.position)} at {_org(p)}" + (f" ({p.when})" if p.when else "") for p in bare)
        line = cited(f"My experience includes work as {roles}.", *bare)
        if paragraphs:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


_STUDY_ROLE = re.compile(r"\b(student|phd candidate|doctoral candidate|graduate program)\b", re.IGNORECASE)
_MOST_EMPLOYERS = 4
_MOST_PER_EMPLOYER = 3  # a lead and two more lines; beyond that a paragraph reads as a pasted CV
_SHORT = 12  # clauses of at most this many words are joined in pairs ('I also X, and Y.')


def _group_key(piece: Piece) -> str:
    """Lines from two roles at one employer share a paragraph; anything else groups by its entry."""
    if piece.section == "work" and piece.org and not _FREELANCE.search(piece.org):
        return f"org:{piece.org.casefold()}"
    return piece.entry


def _first_said(lead: Piece, pieces: list[Piece]) -> Piece:
    """The group's opening line: the point's own evidence, or, for a project, the line that names it ('built
    FlashInfer, a library ...' before 'achieved a 2.8x speedup')."""
    if lead.section == "projects":
        naming = [p for p in pieces if p.entry == lead.entry and p.kind == PROJECT]
        if naming:
            return naming[0]
    return lead if lead.subject == "I" else next((p for p in pieces if p.subject == "I"), lead)


_FIGURE = re.compile(r"(?<![\w.])\d(?:[\d,.]*\d)?\s*(?:million|billion|thousand|[kmb]\b)?", re.IGNORECASE)


def _figures(text: str) -> set[str]:
    """The figures a line tells ('1.2 million', '38'), written one way: a year is no figure, nor a lone digit
    ('Dota 2', 'Angular 2')."""
    found = {" ".join(m.group(0).casefold().replace(",", "").split()) for m in _FIGURE.finditer(text)}
    return {f for f in found if not re.fullmatch(r"(19|20)\d\d|\d", f)}


def _without_repeats(pieces: list[Piece], said: set[str]) -> list[Piece]:
    """The pieces less those whose every figure the letter has already told ('a game of around 1.2 million
    players' and 'a community of 1.2 Million players' read as the same boast twice), and less a line whose every
    word an earlier line of the paragraph says ('authored Technical Documentation' after 'authored and published
    technical documentation supporting ...')."""
    out: list[Piece] = []
    seen = set(said)
    for piece in pieces:
        figures = _figures(piece.clause)
        words = _words(piece.clause)
        if (figures and figures <= seen) or any(words <= _words(p.clause) for p in out):
            continue
        seen |= figures
        out.append(piece)
    return out


def _words(clause: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", clause)}


def _by_entry(pieces: list[Piece]) -> list[Piece]:
    """The pieces with each entry's lines together, entries in the order of their best line."""
    entries = list(dict.fromkeys(p.entry for p in pieces))
    return [p for entry in entries for p in pieces if p.entry == entry]


def _follows(first: Piece, rest: list[Piece], setting: Setting) -> list[str]:
    """The sentences after a paragraph's lead: another role at the same employer is introduced by its title,
    and two short lines of one entry share a sentence."""
    out: list[str] = []
    pending: list[Piece] = []
    entry = first.entry
    for piece in rest:
        new_role = piece.entry != entry
        entry = piece.entry
        if piece.subject != "I":
            out.append(cited(piece.sentence, piece))
        elif new_role and as_position(piece.position) and piece.position != first.position:
            out.extend(cited(_follow(p, setting, len(out)), p) for p in pending)
            pending.clear()
            bare = re.sub(r"^an? ", "", as_position(piece.position)).casefold()
            if bare and bare in piece.clause.casefold():  # a role line names its title
                out.append(cited(f"I also {piece.clause}.", piece))  # itself ('... as a Field Sales Engineer')
            else:
                out.append(cited(f"As {as_position(piece.position)} there, I {piece.clause}.", piece))
        elif pending and piece.words <= _SHORT and pending[0].words <= _SHORT:
            out.append(_pair(pending.pop(), piece, len(out)))
        elif piece.words <= _SHORT and not pending:
            pending.append(piece)
        else:
            out.append(cited(_follow(piece, setting, len(out)), piece))
    out.extend(cited(_follow(p, setting, len(out)), p) for p in pending)
    return out


def _pair(one: Piece, two: Piece, n: int) -> str:
    """Two short lines of one entry in one sentence."""
    opener = "I also" if n == 0 else "I"
    return cited(f"{opener} {one.clause}, and {two.clause}.", one, two)


_TOPIC_START = re.compile(r"^(?:[a-z][\w-]*|[A-Z][\w+#.-]*)\b")
_NOT_TOPIC = re.compile(r"\b(you|your|we|our|must|should|will|able|ability|years?|degree|bachelor|master|phd|"
                        r"plus|preferred|required|etc)\b", re.I)


# Lexicon categories of things a posting asks experience with (not soft skills, not languages or roles).
_SKILLS = "skills:"  # marks a topic made of skill names a must-have asks for ('Terraform and AWS')


def _skill_topic(point: Point, setting: Setting) -> str:
    """The skills a must-have names that the point's own lines show too ('Terraform and AWS'), or ''."""
    from ..skills import load_lexicon

    wanted = point.item.skills
    if point.item.kind not in ("requirement", "responsibility") or not wanted:
        return ""
    lexicon = load_lexicon()
    said = set(lexicon.find(" ".join(p.clause for p in (point.piece, point.support) if p)))
    shared = [s for s in wanted if s in said and lexicon.category(s) in TOOL_KINDS]  # 'research' is no topic
    return join_and(shared[:3])


def _lead_piece(point: Point, skills: str) -> Piece:
    """The line a group opens on: the one naming the skills its lead names; the line answering a requirement;
    for a line chosen for the posting as a whole, the most concrete of its two lines, which names what the other
    may refer back to ('the scheduler was adopted')."""
    if skills:
        lead = _naming(point, skills)
    elif point.item.requirement or (point.item.kind == "requirement" and point.piece.subject == "I"):
        lead = point.piece  # a weak fit's line (a blank requirement) was chosen for its nearness to the posting
    else:
        lead = max((p for p in (point.piece, point.support) if p), key=lambda p: p.specificity)
    other = point.support if lead is point.piece else point.piece
    if other is not None and refers_back(lead.clause, other.clause):
        return other  # 'the scheduler was adopted' comes after the line that built the scheduler
    return lead


def _naming(point: Point, skills: str) -> Piece:
    """Of a point's two lines, the one that names the first of the skills its lead will name."""
    first = skills.split(",")[0].split(" and ")[0].strip().casefold()
    if point.support and first not in point.piece.clause.casefold() and first in point.support.clause.casefold():
        return point.support
    return point.piece


def _topic(point: Point, setting: Setting) -> str:
    """A requirement said as a short noun phrase ('experience with Kubernetes'), or '' when it would not read."""
    if point.item.kind != "requirement" or not point.item.requirement:
        return ""
    topic = point.topic
    words = topic.split()
    if not 2 <= len(words) <= 8 or _NOT_TOPIC.search(topic) or not _TOPIC_START.match(topic) \
            or not setting.safe(topic):
        return ""
    from .realise import is_base_verb

    if is_base_verb(words[0]) or (words[0].endswith("ing") and words[0] != "engineering"):
        return ""
    return topic if _speaks_to(topic, point) else ""


_GENERIC = re.compile(r"\b(experience|knowledge|understanding|familiarity|expertise|skills?|solid|strong|good|"
                      r"proven|excellent|deep|hands-on|working|ability|background|track|record|interest(ed)?|"
                      r"demonstrable|demonstrated|passion(ate)?|desire|willingness|motivation|enthusiasm)\b", re.I)


def _speaks_to(topic: str, point: Point) -> bool:
    """Whether the point's own lines share a content word with the requirement they are led by (a paragraph
    headed 'As for the talent market ...' must be about the talent market)."""
    from ..match.rank import tokenize

    wanted = set(tokenize(_GENERIC.sub(" ", topic)))
    said = set(tokenize(" ".join(p.clause for p in (point.piece, point.support) if p)))
    return bool(wanted & said)


def _lead(piece: Piece, setting: Setting, *, first_of_letter: bool, topic: str = "") -> str:
    """The first sentence of a point's paragraph: where the piece comes from, then what the applicant did."""
    if piece.subject != "I" or piece.kind == ROLE:
        return piece.sentence
    clause = piece.clause
    if piece.section in ("work", "volunteer") and piece.org and looks_like_org(piece.org):
        org, position = _org(piece), as_position(piece.position)
        if re.match(r"(?:worked|work|served|serve)\s+as\b", clause, re.I):  # 'where I was a Full Stack Developer,
            position = ""  # I worked as a full stack developer on ...' (reading Q): the line says the title itself
        if topic:
            return _topic_lead(topic, org, clause, setting, piece.entry)
        options = _work_leads(piece, org, position, clause, tensed=not setting.many_current)
        family = f"lead-{piece.section}-{'current' if piece.current else 'past'}-{bool(position)}"
        chosen = setting.pick_fresh(family, f"lead|{piece.entry}", options)
        if first_of_letter and _draw(f"{setting.seed}|closest") % 3 == 0 and not _FREELANCE.search(org):
            return f"The experience closest to what {setting.employer} needs comes from {org}, where I {clause}."
        return chosen
    if piece.kind == PROJECT:
        return setting.pick(f"lead|{piece.entry}", [f"Outside my main work, I {clause}.",
                                                    f"In one of my projects, I {clause}."])
    if piece.section == "projects" and piece.org:
        return setting.pick(f"lead|{piece.entry}", [f"In my project {piece.org}, I {clause}.",
                                                    f"For {piece.org}, I {clause}."])
    if piece.kind == PUBLICATION:
        return setting.pick(f"lead|{piece.entry}", [piece.sentence, f"My research speaks to this: I {clause}."])
    return piece.sentence


def _topic_lead(topic: str, org: str, clause: str, setting: Setting, entry: str) -> str:
    """A paragraph's lead that names what the posting asks for, then where the applicant did it."""
    if topic.startswith(_SKILLS):
        skills = topic.removeprefix(_SKILLS)
        if skills == skills.casefold():  # fields of work ('infrastructure'), not tools: 'The posting asks for
            # infrastructure' reads as a keyword match
            return setting.pick_fresh("lead-skills", f"lead-skills|{entry}", [
                f"For the {skills} side of the role, my best example is from {org}, where I {clause}.",
                f"My closest experience of {skills} comes from {org}, where I {clause}."])
        return setting.pick_fresh("lead-skills", f"lead-skills|{entry}", [
            f"You are looking for experience with {skills}. At {org}, I {clause}.",
            f"The posting asks for {skills}; at {org}, I {clause}.",
            f"For the {skills} side of the role, my best example is from {org}, where I {clause}."])
    return setting.pick_fresh("lead-topic", f"lead-topic|{entry}", [
        f"For {topic}, the closest example is from {org}, where I {clause}.",
        f"As for {topic}, at {org} I {clause}.",
        f"On {topic}: at {org}, I {clause}."])


def _follow(piece: Piece, setting: Setting, n: int) -> str:
    """A further sentence from the same entry; the n-th of a paragraph never opens like the one before."""
    if piece.subject != "I":
        return piece.sentence
    clause = piece.clause
    if n:
        return f"I {clause}."
    if piece.section not in ("work", "volunteer") or not (piece.org and looks_like_org(piece.org)):
        return f"I also {clause}."  # 'There' and 'the same job' need a lead that named the place
    options = [f"I also {clause}.", f"There I also {clause}."]  # 'In the same job I' read as a stock connector
    return setting.pick_fresh("follow", f"follow|{piece.entry}", options)  # not the same link twice in a letter

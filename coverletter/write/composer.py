"""The offline composer: a letter body from a Jinja letter template, the profile, the posting and the match.

The letter template renders only the body. The frame (sender, date, recipient, salutation, closing,
signature) comes from ``coverletter.write.frame``. The body is split into paragraphs on blank lines, and each
paragraph records the evidence ids it used: whatever a template prints through ``ev.sentence``,
``ev.quote`` or ``cite(ev)`` carries an invisible marker with ``ev.id``, which the composer collects per
paragraph and removes.

The context (every variable is listed in ``VARIABLES`` and documented in docs/templates.md):

* ``profile`` -- the applicant, with convenient views (name, label, current role, degree, top skills);
* ``job`` -- the posting as data (company or None, title, an ``employer`` and ``role`` phrase that never
  leave a blank, requirements...). Posting text is never compiled as a template;
* ``match`` -- the coverage of the posting's requirements by the profile's evidence;
* ``plan`` -- the strongest evidence for the top requirements, no piece of evidence twice;
* ``more`` -- further relevant evidence, not in the plan;
* ``gaps`` -- the gap policy and each gap with the closest real evidence;
* ``language`` and ``words`` -- the letter's language and word band.

Only the profile's facts are used: a phrase from the posting (a requirement's topic, the role's title in
the body) is offered only when every skill it names is one the profile backs.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import TemplateError
from ..letter import Letter, Paragraph
from ..match.coverage import check_gap_policy
from ..style import find_cliches, load_cliches
from ..templating.filters import (
    MARK_CLOSE,
    MARK_OPEN,
    a_an,
    cite,
    extract_marks,
    join_and,
    lower_first,
    plain,
    sentence,
    strip_period,
)
from ..templating.schema import register_schema

if TYPE_CHECKING:
    from ..job.model import Job
    from ..match.coverage import Match
    from ..profile.evidence import Evidence
    from ..profile.model import Profile

DEFAULT_TEMPLATE = "default"
DEFAULT_WORDS = (250, 400)
MAX_PLAN = 6
MAX_MORE = 16
MAX_STATEMENTS = 3  # summary sentences per letter
# Evidence that does not make a claim worth a sentence of its own in a letter.
_NOT_CITABLE = {"label", "summary", "location", "language"}
_IRREGULAR = frozenset({
    "built", "led", "won", "ran", "wrote", "made", "grew", "drove", "taught", "began", "set", "cut",
    "brought", "took", "gave", "held", "kept", "sold", "spoke", "found", "got", "saw", "shipped",
    "co-founded", "co-authored", "founded", "rebuilt", "redesigned", "rewrote",
})

# ------------------------------------------------------------------------------------- documentation
# variable -> (type, description, example). docs/templates.md lists exactly these (a test keeps it so).
VARIABLES: dict[str, tuple[str, str, str]] = {
    "profile": ("ProfileView", "the applicant", "profile.name -> 'Richard Hendriks'"),
    "job": ("JobView", "the posting, as data", "job.employer -> 'Dropbox' or 'your organisation'"),
    "match": ("MatchView", "coverage of the posting by the profile", "match.score -> 0.42"),
    "plan": ("list[PlanItem]", "strongest evidence per top requirement, no repeats; its length is tuned by "
             "the composer to land the body in the word band", "plan[0].evidence.sentence"),
    "more": ("list[EvidenceView]", "further relevant evidence not in the plan (length tuned like plan)",
             "more[0].sentence"),
    "gaps": ("GapsView", "the gap policy and the requirements the profile does not cover",
             "gaps.policy -> 'omit'"),
    "language": ("str", "the letter's language code", "'en'"),
    "words": ("WordsView", "the body's word band", "words.min -> 250"),
    "cite": ("function", "cite(ev[, text]) prints ev.text (or text) and records ev.id in the paragraph",
             "{{ cite(ev) }}"),
    "vary": ("function", "vary(slot, a, b, ...) picks one wording per slot, fixed for one posting",
             "{{ vary('close', 'I would welcome...', 'I would be glad...') }}"),
}

# type -> attribute -> (type, description, example)
TYPES: dict[str, dict[str, tuple[str, str, str]]] = {
    "ProfileView": {
        "name": ("str", "full name", "'Richard Hendriks'"),
        "first_name": ("str", "first word of the name", "'Richard'"),
        "label": ("str | None", "headline", "'Programmer'"),
        "summary": ("str | None", "the profile's summary", "'Richard hails from Tulsa...'"),
        "email": ("str | None", "e-mail address", "'richard.hendriks@mail.com'"),
        "current_role": ("RoleView | None", "the latest work entry", "profile.current_role.position"),
        "roles": ("list[RoleView]", "work entries, latest first", "profile.roles[1].org"),
        "degree": ("DegreeView | None", "the highest degree", "profile.degree.phrase"),
        "education": ("list[DegreeView]", "education entries, highest first", "profile.education[0].institution"),
        "top_skills": ("list[str]", "skill keywords the posting asks for first, then the rest (up to 8)",
                       "['HTML', 'CSS', 'Javascript']"),
        "skills": ("list[str]", "every skill name and keyword of the profile", "['Web Development', 'HTML']"),
        "projects": ("list[str]", "project names", "['Miss Direction']"),
        "publications": ("list[str]", "publication titles", "['Video compression for 3d media']"),
        "awards": ("list[str]", "award titles", "['Digital Compression Pioneer Award']"),
        "languages": ("list[str]", "spoken languages", "['English']"),
        "years": ("int | None", "years between the first and the last dated work entry", "1"),
        "is_researcher": ("bool", "a doctorate (begun or done), or publications and a CV that speaks of research",
                          "True"),
        "mentions_research": ("bool", "the CV uses the word research", "False"),
        "research": ("list[EvidenceView]", "publications (and patents), as evidence, in CV order",
                     "profile.research[0].sentence"),
    },
    "RoleView": {
        "position": ("str | None", "job title", "'CEO/President'"),
        "org": ("str | None", "employer", "'Pied Piper'"),
        "when": ("str", "years, e.g. '2013–2014' or 'since 2023'", "'2013–2014'"),
        "current": ("bool", "no end date, or 'present'", "False"),
        "phrase": ("str", "'CEO/President at Pied Piper'", "'CEO/President at Pied Piper'"),
        "id": ("str", "evidence id", "'work[0]'"),
    },
    "DegreeView": {
        "study_type": ("str | None", "degree type", "'Bachelor'"),
        "area": ("str | None", "field of study", "'Information Technology'"),
        "institution": ("str | None", "school", "'University of Oklahoma'"),
        "when": ("str", "years", "'2011–2014'"),
        "ongoing": ("bool", "not finished yet (end date in the future or missing)", "False"),
        "phrase": ("str", "'Bachelor in Information Technology from the University of Oklahoma'", "..."),
        "id": ("str", "evidence id", "'education[0]'"),
    },
    "JobView": {
        "company": ("str | None", "the employer as the posting names it; None when it names none", "'Dropbox'"),
        "title": ("str | None", "the role's title as the posting says it", "'Staff Accountant'"),
        "employer": ("str", "company, else 'your organisation'", "'Dropbox'"),
        "role": ("str", "'the Staff Accountant position', or 'this position' when the title is unknown or "
                 "names a skill the profile lacks", "'the Staff Accountant position'"),
        "role_title": ("str | None", "the title without its parenthesis (when it is safe to repeat in the body), "
                       "else None", "'Staff Accountant'"),
        "location": ("str | None", "location as the posting says it", "'Remote'"),
        "remote": ("bool | None", "remote work", "True"),
        "is_internship": ("bool", "the title or type says intern/internship", "False"),
        "is_research": ("bool", "a PhD, postdoc or research role", "False"),
        "requirements": ("list[str]", "required lines, the posting's words", "['Fluency in Python']"),
        "preferred": ("list[str]", "preferred lines", "['Remote working experience']"),
        "responsibilities": ("list[str]", "responsibility lines", "['Execute a defined project']"),
        "skills": ("list[str]", "key skills the posting names", "['Python', 'Rust']"),
        "focus": ("str | None", "a responsibility, shortened, safe to quote (names no skill the profile "
                  "lacks)", "'implement a prototype that addresses a concrete infrastructure challenge'"),
        "focus_list": ("list[str]", "up to three such responsibilities", "[...]"),
        "asks": ("list[str]", "up to four requirement lines, shortened, that name no skill the profile lacks "
                 "(what the posting asks, not a claim)", "['exceptional English communication']"),
        "variant": ("int", "0, 1 or 2, fixed for one posting, to vary wording between letters", "1"),
    },
    "MatchView": {
        "score": ("float", "weighted coverage 0..1", "0.42"),
        "items": ("list[ItemView]", "every requirement, preferred line and key skill with its evidence", "..."),
        "strengths": ("list[ItemView]", "items with strong evidence", "..."),
        "gaps": ("list[ItemView]", "items with no evidence", "..."),
        "top_evidence": ("list[EvidenceView]", "up to 6 distinct pieces of evidence, strongest first", "..."),
        "backed_skills": ("list[str]", "skills (lexicon names) that the posting's lines name and the profile backs",
                          "['Python', 'C++']"),
        "shared_skills": ("list[str]", "the profile's own skill keywords (its spelling) that the posting names: "
                          "named tools first, then methods; no soft skills or broad words such as 'research'; up to 6",
                          "['Python', 'Rust', 'Kubernetes']"),
    },
    "ItemView": {
        "requirement": ("str", "the posting's line", "'Fluency in Python'"),
        "kind": ("str", "requirement, preferred, skill or responsibility", "'requirement'"),
        "strength": ("str", "strong, weak or none", "'strong'"),
        "topic": ("str | None", "the line shortened to a phrase, None when it names a skill the profile lacks",
                  "'fluency in Python'"),
        "evidence": ("list[EvidenceView]", "ranked evidence", "..."),
    },
    "EvidenceView": {
        "id": ("str", "JSON path into the profile", "'work[0].highlights[2]'"),
        "text": ("str", "the profile's own words", "'Optimized an algorithm ...'"),
        "kind": ("str", "highlight, work, volunteer, project, education, publication, patent, skill, award, "
                 "certificate, "
                 "statement (a summary sentence in the first person), other", "'highlight'"),
        "context": ("str", "where it stands", "'CEO/President at Pied Piper (2013–2014)'"),
        "score": ("float", "rank score for its requirement", "3.2"),
        "org": ("str | None", "employer, school, organisation or project of the entry", "'Pied Piper'"),
        "position": ("str | None", "the applicant's role in that entry", "'CEO/President'"),
        "when": ("str", "years of the entry", "'2013–2014'"),
        "where": ("str", "'at Pied Piper', 'in the Miss Direction project', or ''", "'at Pied Piper'"),
        "sentence": ("str", "a first-person sentence from the text; cites itself", "'I optimized an ...'"),
        "quote": ("str", "the text in quotation marks; cites itself", "'“Optimized an ...”'"),
        "short": ("str", "a noun phrase naming the entry (a paper's title and venue, an award and its awarder, a "
                  "project's name); cites itself", "'“Loomcache” (EuroSys 2025)'"),
        "section": ("str", "the CV section of the entry", "'work'"),
        "name": ("str | None", "title of a publication or award", "'Video compression for 3d media'"),
        "current": ("bool", "the entry is ongoing", "False"),
        "description": ("str | None", "a project's description", "'A mapping engine that misguides you'"),
        "degree": ("str | None", "an education entry's degree phrase", "'Bachelor in Information Technology ...'"),
        "variant": ("int", "0-3, fixed per posting and evidence: picks the opening of sentence", "2"),
    },
    "PlanItem": {
        "requirement": ("str", "the posting's line", "'Fluency in Python'"),
        "kind": ("str", "requirement, preferred or skill", "'requirement'"),
        "strength": ("str", "strong or weak", "'strong'"),
        "topic": ("str | None", "see ItemView.topic", "'fluency in Python'"),
        "evidence": ("EvidenceView", "the strongest unused evidence", "..."),
        "support": ("EvidenceView | None", "a second piece of evidence, when there is one", "..."),
        "skills": ("list[str]", "skills the line names that the profile backs", "['Python']"),
    },
    "GapsView": {
        "policy": ("str", "omit, acknowledge or adjacent", "'omit'"),
        "items": ("list[GapItem]", "gaps (empty when the policy is omit)", "..."),
    },
    "GapItem": {
        "requirement": ("str", "the posting's line", "'Terraform best practices on AWS'"),
        "topic": ("str", "the line shortened to a phrase", "'Terraform best practices on AWS'"),
        "adjacent": ("EvidenceView | None", "the closest real evidence, if any", "..."),
    },
    "WordsView": {
        "min": ("int", "fewest body words", "250"),
        "max": ("int", "most body words", "400"),
        "target": ("int", "what the template aims at", "320"),
    },
}
CONTEXT_TYPES: dict[str, dict[str, str]] = {t: {a: spec[0] for a, spec in attrs.items()} for t, attrs in TYPES.items()}
register_schema("letters", VARIABLES, CONTEXT_TYPES)


# ----------------------------------------------------------------------------------------- utilities


def _clean(value: Any) -> str:
    return plain(value) if value is not None else ""


def _year(value: Any) -> str:
    text = _clean(value)
    if text.casefold() in ("present", "now", "current", "today"):
        return "present"
    found = re.match(r"(\d{4})", text)
    return found.group(1) if found else ""


def _when(start: Any, end: Any) -> str:
    first, last = _year(start), _year(end)
    if first and (not last or last == "present"):
        return f"since {first}"
    if first and last and first != last:
        return f"{first}–{last}"
    return first or last


def _is_current(end: Any) -> bool:
    return not _clean(end) or _year(end) == "present"


def _draw(text: str, digits: int | None = None) -> int:
    """A number fixed by text: its SHA-1 (the first ``digits`` hex digits) as an integer, for repeatable variety."""
    digest = hashlib.sha1(text.encode()).hexdigest()
    return int(digest[:digits] if digits else digest, 16)


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
        try:
            from ..match.lexicon import load_lexicon

            self.lexicon: Any = load_lexicon()
        except Exception:  # the lexicon is optional; without it only everyday skill words are checked
            self.lexicon = None
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


_CUT = re.compile(r"\s+(?:through|where|which|that solve|so that|in order to|to ensure|including|such as|e\.g\.|"
                  r"i\.e\.|plus|as well as|especially|preferably|ideally|with the goal)\b|[;:—–(]|\s-\s", re.I)
_LEAD = re.compile(r"^(?:[-*•·]\s*|\d+[.)]\s*|(?:you have|you've got|you are|you're|you)\s+)", re.I)


def topic_of(line: str, max_words: int = 14, *, whole: bool = False) -> str:
    """A requirement line shortened to a phrase: bullets, parentheses, trailing clauses and the period go.

    A phrase still longer than max_words is cut at a word boundary, or, with ``whole``, given up ('').
    """
    text = _LEAD.sub("", plain(line)).strip()
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and (_is_heading(head + ":") or len(head.split()) <= 3):
        text = _LEAD.sub("", rest.strip())  # 'Duties include: Conceiving projects; ...' -> 'Conceiving projects'
    text = re.split(r";|\.\s+(?=[A-Z])", text)[0]
    text = re.sub(r"\([^)]*\)", "", text)
    cut = _CUT.search(text, 12)
    if cut:
        text = text[: cut.start()]
    text = " ".join(text.split()).strip(" ,.;:")
    words = text.split()
    if len(words) > max_words:
        if whole:
            return ""
        text = " ".join(words[:max_words])
        boundary = max(text.rfind(", "), text.rfind(" and "), text.rfind(" or "))
        if boundary > 0 and len(text[:boundary].split()) >= 4:
            text = text[:boundary]
        text = text.rstrip(",;:")
        text = re.sub(r"\s+(?:and|or|of|in|on|for|to|with|the|a|an|as|at|by|more|most|than)$", "", text, flags=re.I)
    return lower_first(text)


# ------------------------------------------------------------------------------------------ the views


def the_org(name: str) -> str:
    """'University of Toronto' -> 'the University of Toronto' (after 'at' or 'from'); other names as they are."""
    if re.match(r"^(university|college|school|institute|department|faculty|ministry|office|bureau)\b", name, re.I):
        return "the " + name
    return name


@dataclass
class RoleView:
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


@dataclass
class DegreeView:
    study_type: str | None
    area: str | None
    institution: str | None
    when: str
    ongoing: bool
    id: str

    @property
    def phrase(self) -> str:
        degree = " in ".join(p for p in (self.study_type, self.area) if p) or "a degree"
        if self.institution:
            school = the_org(self.institution)
            return f"{degree} from {school}" if not self.ongoing else f"{degree} at {school}"
        return degree


_DEGREE_RANK = [(r"\b(phd|ph\.d|doctor|doctorate|dphil)\b", 5),
                (r"\b(master|msc|m\.sc|ms|ma|mba|meng|mphil|mres|mfa|llm|masc)\b", 4),
                (r"\b(bachelor|bsc|b\.sc|bs|ba|beng|basc|bba|bfa|bcom|llb)\b", 3), (r"\b(associate)\b", 2)]


def _degree_rank(text: str) -> int:
    for pattern, rank in _DEGREE_RANK:
        if re.search(pattern, text, re.I):
            return rank
    return 1


_PASSIVE = frozenset({
    "awarded", "selected", "invited", "named", "nominated", "featured", "elected", "promoted",
    "recognized", "recognised", "honored", "honoured", "chosen", "accepted", "granted", "funded",
    "adopted", "cited", "ranked", "shortlisted", "admitted", "appointed",
})
_BASE_VERBS = {"build": "built", "lead": "led", "design": "designed", "develop": "developed", "create": "created",
               "implement": "implemented", "manage": "managed", "write": "wrote", "run": "ran", "optimize": "optimized",
               "optimise": "optimised", "launch": "launched", "maintain": "maintained", "teach": "taught",
               "deliver": "delivered", "drive": "drove", "own": "owned", "ship": "shipped", "mentor": "mentored",
               "organize": "organized", "organise": "organised", "coordinate": "coordinated", "analyze": "analyzed",
               "analyse": "analysed", "prepare": "prepared", "support": "supported", "improve": "improved",
               "reduce": "reduced", "increase": "increased", "migrate": "migrated", "automate": "automated"}
_SECTION_NAMES = re.compile(r"talk|patent|hono(u)?r|award|grant|fellowship|presentation|certif|teaching|"
                            r"exhibition|conference|lecture|speaking", re.I)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _first_person(text: str) -> str | None:
    """'Optimized an algorithm' -> 'I optimized an algorithm'; None when the text does not start with an action."""
    words = text.split(" ", 2)
    first = words[0]
    low = first.casefold().strip(",")
    second = words[1].casefold() if len(words) > 1 else ""
    if not first[:1].isupper():
        return None
    if low in _PASSIVE:
        return f"I was {lower_first(text)}"
    if second == "by":
        return None
    if low in _BASE_VERBS:
        return f"I {_BASE_VERBS[low]} {text.split(' ', 1)[1]}" if len(words) > 1 else None
    if low.endswith("ed") or low in _IRREGULAR:
        return f"I {lower_first(text)}"
    if low.endswith("ly") and len(words) > 1:
        inner = _first_person(_upper_first(text.split(" ", 1)[1]))
        if inner:
            return f"I {low} {inner[2:]}"
    return None


@dataclass
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
        top_level = "." not in self.id
        if self.section in ("work", "volunteer") and top_level:
            verb = ("work" if self.current else "worked") if self.section == "work" else "volunteered"
            role = f" as {self.position}" if self.position else ""
            return sentence(f"I {verb}{role} {self.where}{when}".replace("  ", " "))
        if self.id.endswith(".summary"):
            return sentence(text)
        if self.kind == "highlight":
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
        if self.kind == "project" and self.org:
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
        if self.kind in ("publication", "patent"):
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
        if self.kind == "education" and self.degree:
            lead = "I am studying for" if self.current else "I hold"
            courses = text.partition("Courses: ")[2]
            extra = ""
            if courses:
                extra = ", with courses including " + join_and(c.strip() for c in courses.split(";"))
            if self.variant % 2 and not self.current:
                return sentence(f"I earned {a_an(self.degree)}{when}{extra}")
            return sentence(f"{lead} {a_an(self.degree)}{when}{extra}")
        if self.kind == "skill":
            keywords = text.partition(": ")[2]
            if keywords:
                tools = join_and(k.strip() for k in keywords.split(","))
                return sentence(f"My tools include {tools}" if self.variant % 2 else f"I work with {tools}")
            return sentence(f"My skills include {text}")
        if self.kind == "award":
            title = self.name or text.split(". ")[0]
            source = f" from {self.org}" if self.org else ""
            if re.search(r"award|prize|medal|fellowship|scholarship|grant", title, re.I):
                if self.variant % 2 and self.when and self.when in when:
                    return sentence(f"In {self.when}, I received the {title}{source}")
                return sentence(f"I received the {title}{source}{when}")
            return sentence(f"My honours include {title}{source}{when}")
        if self.kind == "certificate":
            name = self.name or text
            source = f" from {self.org}" if self.org else ""
            return sentence(f"I hold the {name} certificate{source}{when}")
        if self.kind == "other" and self.section:
            label = self.section.replace("_", " ").strip().casefold()
            if self.variant % 2:
                return sentence(f"“{text}” is among my {label}")
            return sentence(f"My {label} include “{text}”")
        return sentence(text)


@dataclass
class ItemView:
    requirement: str
    kind: str
    strength: str
    topic: str | None
    evidence: list[EvidenceView]


@dataclass
class PlanItem:
    requirement: str
    kind: str
    strength: str
    topic: str | None
    evidence: EvidenceView
    support: EvidenceView | None = None
    skills: list[str] = field(default_factory=list)


@dataclass
class GapItem:
    requirement: str
    topic: str
    adjacent: EvidenceView | None = None


@dataclass
class GapsView:
    policy: str
    items: list[GapItem]


@dataclass
class WordsView:
    min: int
    max: int
    target: int


@dataclass
class MatchView:
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


@dataclass
class ProfileView:
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


@dataclass
class JobView:
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
        if not self.role_title:
            return "this internship" if self.is_internship else "this position"
        return f"the {self.role_title} position"

    @property
    def focus(self) -> str | None:
        return self.focus_list[0] if self.focus_list else None


# ------------------------------------------------------------------------------------ building views


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
        view.when, view.current = _when(entry.start_date, entry.end_date), _is_current(entry.end_date)
    elif section == "volunteer":
        view.org, view.position = _clean(entry.organization) or None, _clean(entry.position) or None
        view.when, view.current = _when(entry.start_date, entry.end_date), _is_current(entry.end_date)
    elif section == "projects":
        view.org = _clean(entry.name) or None
        view.position = ", ".join(_clean(r) for r in entry.roles if _clean(r)) or None
        view.when = _when(entry.start_date, entry.end_date)
        view.description = _clean(entry.description) or None
    elif section == "education":
        degree = _degree_views_one(entry, ev.id, today)
        view.org, view.when, view.current, view.degree = degree.institution, degree.when, degree.ongoing, degree.phrase
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


def _degree_ongoing(end: Any, today: datetime.date | None = None) -> bool:
    year = _year(end)
    if not year or year == "present":
        return not _clean(end) or year == "present"
    return int(year) > (today or datetime.date.today()).year


def _role_views(profile: Profile) -> list[RoleView]:
    rows = []
    for i, work in enumerate(profile.work):
        rows.append(RoleView(_clean(work.position) or None, _clean(work.name) or None,
                             _when(work.start_date, work.end_date), _is_current(work.end_date), f"work[{i}]"))
    order = {id(r): (r.current, _year(w.start_date) or "0") for r, w in zip(rows, profile.work, strict=True)}
    return sorted(rows, key=lambda r: order[id(r)], reverse=True)


def _degree_views_one(edu: Any, ev_id: str, today: datetime.date | None = None) -> DegreeView:
    return DegreeView(_clean(edu.study_type) or None, _clean(edu.area) or None, _clean(edu.institution) or None,
                      _when(edu.start_date, edu.end_date), _degree_ongoing(edu.end_date, today), ev_id)


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


def job_view(job: Job, guard: SkillGuard, matched: Match | None = None, language: str = "en") -> JobView:
    """The posting as template data; phrases that name skills the profile lacks are held back, and so is
    every phrase of a posting written in another language than the letter (no Spanish quote in English)."""
    title = _clean(job.title) or None
    core = re.sub(r"\s*\([^)]*\)", "", title or "").strip(" -–,") or title
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


_HEADING_END = re.compile(
    r"(:|\b(?:include|includes|including|limited to|following|below|are|is|to|of|for|and|or)[.:]?)\s*$", re.I)


def _is_heading(line: str) -> bool:
    """A line that introduces a list ('Typical duties include but are not limited to:') rather than saying one."""
    return bool(_HEADING_END.search(plain(line)))


_NOT_A_VERB = frozenset({"the", "a", "an", "our", "your", "you", "we", "they", "this", "these", "that", "its",
                         "their", "my", "all", "any", "each"})
_LOGISTICS = re.compile(r"\b(citizen\w*|nationals?|travel|background (check|investigation)|clearance|public trust|"
                        r"eligib\w*|authori[sz]ation|visa|relocat\w*|salary|deposit|selective service|"
                        r"trial period|must be|drug|driver'?s licen[cs]e)\b", re.I)


def _starts_with_verb(phrase: str) -> bool:
    """A duty that reads after 'I would ...': 'implement a prototype', not 'conceiving projects'."""
    first = phrase.split(" ", 1)[0].casefold()
    return first.isalpha() and first not in _NOT_A_VERB and not first.endswith(("ing", "ed", "ly"))


_VOICE = [(r"\byour own\b", "my own"), (r"\byours\b", "mine"), (r"\byourself\b", "myself"), (r"\byour\b", "my"),
          (r"\bour\b", "your"), (r"\bours\b", "yours"), (r"\bwe\b", "you"), (r"\bus\b", "you")]
_DANGLING = re.compile(r"\b(?:a|an|the|and|or|of|in|on|for|to|with|related|similar|equivalent|relevant|other|"
                       r"etc|e\.g|i\.e|such|like|plus|including|especially|preferably|ideally)$|"
                       r"\b(?:in|across|on|for|of)\s+(?:areas|fields|topics|domains|aspects|ways|things|others)$", re.I)


def applicant_voice(phrase: str) -> str | None:
    """A duty from the posting, said by the applicant after 'I would ...': the posting's 'your findings' (the
    intern's) becomes 'my findings', its 'our team' (the employer's) 'your team'. None when the phrase still
    speaks to 'you' (it cannot be turned round safely) or ends mid-thought."""
    if re.search(r"\byou\b|\byou['’]", phrase, re.I):
        return None
    for pattern, repl in _VOICE:
        phrase = re.sub(pattern, repl, phrase, flags=re.I)
    phrase = phrase.strip(" ,;:")
    return None if not phrase or _DANGLING.search(phrase) else phrase


def _keep_name_case(phrase: str, line: str, guard: SkillGuard) -> str:
    """'python for analysis' -> 'Python for analysis' when the line wrote the name capitalised."""
    first = phrase.split(" ", 1)[0] if phrase else ""
    original = re.search(rf"\b{re.escape(first)}\b", line, re.I) if first else None
    if original and original.group(0)[:1].isupper() and guard.lexicon is not None:
        name = guard.lexicon.canonical(original.group(0))
        if name and name == original.group(0):
            return original.group(0) + phrase[len(first):]
    return phrase


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


class Vary:
    """``vary("slot", "wording A", "wording B", ...)``: one wording per slot, fixed for one posting.

    Two letters for different postings then differ in their connecting sentences as well as their facts;
    the same posting always gets the same wording (the output is repeatable).
    """

    def __init__(self, seed: str) -> None:
        self.seed = seed

    def __call__(self, slot: str, *options: str) -> str:
        if not options:
            return ""
        return options[_draw(f"{self.seed}|{slot}") % len(options)]


def _variant(job: Job) -> int:
    """0, 1 or 2, fixed for one posting: lets a template vary its wording between letters."""
    return _draw(_posting_seed(job)) % 3


_THIRD = [
    (r"\bhe is\b|\bshe is\b", "I am"),
    (r"\bhe has\b|\bshe has\b", "I have"),
    (r"\bhe was\b|\bshe was\b", "I was"),
    (r"\bhe\b|\bshe\b", "I"),
    (r"\bhis\b|\bher\b", "my"),
    (r"\bhim\b", "me"),
    (r"\bhimself\b|\bherself\b", "myself"),
]


def first_person(sentence_text: str, name: str) -> str | None:
    """A summary sentence in the first person: 'Richard hails from Tulsa' -> 'I hail from Tulsa'.

    Third-person sentences about the applicant (by name, he or she) are turned round; sentences already in
    the first person are kept; anything else (a fragment, an exclamation, a joke in brackets) gives None.
    """
    text = " ".join(sentence_text.split())
    if not text or "!" in text or text.startswith("("):
        return None
    names = [n for n in (name, name.split()[0] if name else "") if n]
    subject = next((n for n in names if text.startswith(n + " ")), None)
    if subject:
        text = "I " + text[len(subject) + 1:]
    elif re.match(r"^(I|I'm|I’m|I've|My)\b", text):
        return text
    elif not re.search(r"\b(he|she|his|her)\b", text, re.I):
        return None
    for pattern, repl in _THIRD:
        text = re.sub(pattern, repl, text, flags=re.I)
    text = text[:1].upper() + text[1:]
    for name_part in names:
        text = re.sub(rf"\b{re.escape(name_part)}(’s|'s)\b", "my", text)
        if re.search(rf"\b{re.escape(name_part)}\b", text):
            return None
    text = re.sub(r"\bI (\w+?)(?<!s)s\b", r"I \1", text)  # I hails -> I hail
    text = re.sub(r"\bI (\w+?)ies\b", r"I \1y", text)
    text = text.replace("I haves", "I have").replace("I ams", "I am").replace("I does", "I do")
    if re.search(r"\b[A-Z]{4,}\b", text):  # shouting in a CV's aside
        return None
    return text


def summary_evidence(profile: Profile) -> list[Evidence]:
    """The profile summary's sentences about the applicant, in the first person, each citing basics.summary."""
    from ..profile.evidence import Evidence

    summary = re.sub(r"\s*\([^)]*\)", "", _clean(profile.basics.summary))
    name = _clean(profile.basics.name)
    out = []
    for chunk in re.split(r"(?<=[.?!])\s+(?=[A-Z(])", summary):
        mine = first_person(chunk, name)
        if mine and len(mine.split()) >= 4:
            out.append(Evidence(id="basics.summary", text=mine, kind="statement", context="Profile summary"))
    return out


def _publication_evidence(profile: Profile, index: int) -> Evidence:
    from ..profile.evidence import Evidence

    pub = profile.publications[index]
    text = ". ".join(p for p in (_clean(pub.name), _clean(pub.publisher), _clean(pub.summary)) if p)
    return Evidence(id=f"publications[{index}]", text=text, kind="publication", context=_clean(pub.name))


def _profile_text(profile: Profile) -> str:
    from ..profile.evidence import iter_evidence

    return " \n".join(ev.text for ev in iter_evidence(profile))


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


_RESULT_WORDS = re.compile(
    r"\b(adopted|production|published|publication|paper|award|prize|first-author|patent|open-source|open source|"
    r"stars|contributors|users|customers|launched|shipped|deployed|saved|reduced|cut|cutting|increased|improved|"
    r"grew|won|led|mentored|faster|fewer|revenue|cited|accepted|selected)\b", re.I)
# How much a kind of evidence is worth as a sentence of its own, before its specificity.
_KIND_WEIGHT = {"highlight": 1.0, "publication": 0.9, "patent": 0.8, "award": 0.9, "project": 0.85, "certificate": 0.7,
                "other": 0.7, "volunteer": 0.6, "work": 0.45, "statement": 0.45, "education": 0.35, "skill": 0.3}


def specificity(ev: EvidenceView) -> float:
    """How concrete a piece of evidence is: figures, named systems and venues, results (adoption, a paper,
    an award) make a line worth more than a list of skills or a bare job title. 1.0 for a plain highlight."""
    text = ev.text
    bonus = 0.0
    if re.search(r"\d", text):
        bonus += 0.3
    if re.search(r"\d\s?%|\d+(?:\.\d+)?x\b|\b\d[\d,.]*\s?(?:million|billion|k|m)\b", text, re.I):
        bonus += 0.2
    bonus += 0.15 * min(2, len(_RESULT_WORDS.findall(text)))
    names = re.findall(r"(?<=[a-z,;] )[A-Z][\w+#.-]*[A-Za-z0-9+#]", text)  # capitalised words inside the line
    bonus += 0.1 * min(3, len(names))
    if len(text.split()) < 5 and ev.kind in ("highlight", "project"):
        bonus -= 0.3
    return _KIND_WEIGHT.get(ev.kind, 0.6) * (1.0 + bonus)


def _weight(ev: EvidenceView, top: float) -> float:
    """Relevance (the matcher's score, relative to the item's best) times specificity."""
    relevance = ev.score / top if top > 0 else 1.0
    return (0.4 + 0.6 * relevance) * specificity(ev)


def spread_variants(views: Iterable[EvidenceView], seed: str) -> None:
    """Give the evidence of one organisation different openings ('At X, I ...', 'As P at X, I ...'), in the
    order the letter is likely to use them, starting at a per-posting offset: no opening twice in a row."""
    counters: dict[str, int] = {}
    for view in views:
        key = f"{view.section}|{view.org}"
        if key not in counters:
            counters[key] = _draw(f"{seed}|{key}", 6) % 4
        view.variant = counters[key] % 4
        counters[key] += 1


def build_plan(
    profile: Profile,
    matched: Match,
    guard: SkillGuard,
    limit: int,
    job: Job | None = None,
    today: datetime.date | None = None,
) -> tuple[list[PlanItem], list[EvidenceView]]:
    """(plan, rest): the strongest unused evidence for each covered line in posting order; then the rest.

    Required lines come first, then key skills, then preferred lines; no piece of evidence is used twice,
    and no two plan items quote the same entry's sentence twice.
    """
    order = {"requirement": 0, "skill": 1, "preferred": 2, "responsibility": 3}
    items = sorted((i for i in matched.items if i.strength != "none"),
                   key=lambda i: (0 if i.strength == "strong" else 1, order.get(i.kind, 4)))
    seed = _posting_seed(job) if job is not None else ""
    latest = _role_views(profile)[:1]
    used: set[str] = {latest[0].id} if latest else set()  # the letter's opening names the latest role
    degrees = _degree_views(profile, today)
    if degrees:
        used.add(degrees[0].id)  # ... and the highest degree
    plan: list[PlanItem] = []
    for item in items:
        views = [v for v in (evidence_view(profile, ev, seed, today) for ev in item.evidence)
                 if _citable(v) and not _restates_papers(v, profile)]
        fresh = [v for v in views if v.id not in used]
        if not fresh:
            continue
        top = max(v.score for v in fresh)
        fresh.sort(key=lambda v: -_weight(v, top))  # a concrete result before a skills line
        main = fresh[0]
        if main.kind in ("education", "skill"):
            continue  # the opening states the degree, and a skills line is no lead: both stay in the rest
        support = next((v for v in fresh[1:] if (v.org != main.org or v.kind != main.kind)
                        and v.kind not in ("skill", "education") and specificity(v) >= 0.6), None)
        used.add(main.id)
        if support is not None:
            used.add(support.id)
        topic = topic_of(item.requirement, whole=True)
        if item.kind == "skill" and guard.lexicon is not None:
            topic = guard.lexicon.canonical(item.requirement) or topic
        named = getattr(item, "skills", None) or guard.find(item.requirement)
        plan.append(PlanItem(
            requirement=plain(item.requirement), kind=item.kind, strength=item.strength,
            topic=topic if topic and guard.safe(item.requirement if item.kind == "skill" else topic) else None,
            evidence=main, support=support,
            skills=[s for s in named if s.casefold() in guard.backed],
        ))
        if len(plan) >= limit:
            break
    # the strongest, most concrete evidence leads the letter; the posting's order breaks ties
    strength = {id(p): specificity(p.evidence) * (1.1 if p.kind == "requirement" else 1.0) for p in plan}
    plan.sort(key=lambda p: -strength[id(p)])
    rest = _ranked_rest(profile, matched, used, job, today)
    chosen = [v for p in plan for v in (p.evidence, p.support) if v is not None]
    spread_variants([*chosen, *rest], seed)
    return plan, rest


_REST_ORDER = {"highlight": 0, "publication": 1, "project": 2, "award": 3, "other": 3, "certificate": 4,
               "statement": 4, "education": 5, "work": 6, "volunteer": 6, "skill": 7}


def _posting_query(job: Job) -> str:
    parts = [job.title or "", *job.requirements, *job.preferred, *job.responsibilities, *job.skills, *job.about]
    return "\n".join(p for p in parts if p)


def _posting_seed(job: Job) -> str:
    return f"{job.company or ''}|{job.title or ''}|{'|'.join(job.requirements[:3])}"


def _ranked_rest(
    profile: Profile, matched: Match, used: set[str], job: Job | None = None, today: datetime.date | None = None
) -> list[EvidenceView]:
    """Citable evidence not in the plan: what the posting's lines ranked first (by score), then the rest of
    the CV by its overlap with the whole posting (ties broken per posting, so two postings draw on
    different parts of a thin CV); one bare job title at most; organisations' own descriptions left out."""
    from ..profile.evidence import iter_evidence

    scored: dict[str, tuple[float, Evidence]] = {}
    for item in matched.items:
        for ev in item.evidence:
            if ev.id not in used and (ev.id not in scored or scored[ev.id][0] < ev.score):
                scored[ev.id] = (ev.score, ev)
    top = max((score for score, _ in scored.values()), default=0.0)
    ranked_views = {i: evidence_view(profile, ev, today=today) for i, (_, ev) in scored.items()}
    ranked = [ev for _, ev in sorted(scored.values(),
                                     key=lambda pair: -_weight(ranked_views[pair[1].id], top))]
    seen = {ev.id for ev in ranked} | used
    unranked = [ev for ev in iter_evidence(profile) if ev.id not in seen]
    unranked += [] if "basics.summary" in used else summary_evidence(profile)
    relevance = {ev.id: 0.0 for ev in unranked}
    if job is not None and unranked:
        from ..match.rank import BM25, tokenize

        index = BM25([tokenize(ev.text) for ev in unranked])
        query = tokenize(_posting_query(job))
        relevance = {ev.id: index.score(query, i) for i, ev in enumerate(unranked)}
    seed = _posting_seed(job) if job is not None else ""

    def spread(ev: Evidence) -> float:
        """Kind order (concrete results first) blurred by a per-posting draw, so that two postings with no
        relevance signal still draw on different parts of a thin CV."""
        draw = _draw(f"{seed}|{ev.id}|{ev.text[:40]}", 8) / 0xFFFFFFFF
        return _REST_ORDER.get(ev.kind, 8) * 0.5 + draw * 4

    unranked.sort(key=lambda ev: (-round(relevance[ev.id], 1), spread(ev)))
    views = [v for v in (evidence_view(profile, ev, seed, today) for ev in ranked + unranked) if _citable(v)]
    out: list[EvidenceView] = []
    roles: set[str] = set()
    statements = 0
    latest = _role_views(profile)[:1]
    said = {latest[0].id} if latest else set()  # the letter's opening names the latest role already
    for view in views:
        if view.id in said or _restates_papers(view, profile):
            continue
        if view.section in ("work", "volunteer") and view.id.endswith(".summary"):
            continue
        if view.kind == "statement":
            statements += 1
            if statements > MAX_STATEMENTS:
                continue
        if view.kind in ("work", "volunteer") and "." not in view.id:
            if roles:
                continue
            roles.add(view.org or "")
        out.append(view)
    # results, papers, awards and projects before the background (skills lines, degrees, job titles)
    out.sort(key=lambda v: _KIND_WEIGHT.get(v.kind, 0.6) < 0.5)
    return out


def gaps_view(
    profile: Profile, matched: Match, policy: str, guard: SkillGuard, today: datetime.date | None = None
) -> GapsView:
    if policy == "omit":
        return GapsView(policy, [])
    items = []
    for item in matched.gaps:
        if item.kind == "responsibility":
            continue
        closest = matched.closest_for_gap(item)
        adjacent = evidence_view(profile, closest, today=today) if closest is not None else None
        if adjacent is not None and not _citable(adjacent):
            adjacent = None
        items.append(GapItem(plain(item.requirement), topic_of(item.requirement), adjacent))
    return GapsView(policy, items[:3])


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


# ------------------------------------------------------------------------------------------- compose


def _letter_language(path: Path, settings: dict[str, str], requested: str | None) -> str:
    """The language of the whole letter: the template's (``language:`` in its first comment, English when
    it says none). Asking for another language than the template is written in is an error, since the
    frame and the body would not match."""
    from ..templating.environment import display_path
    from .frame import resolve_language

    declared = settings.get("language")
    written = resolve_language(declared) if declared else "en"
    if requested and resolve_language(requested) != written:
        raise TemplateError(
            f"the letter template is written in {written!r}, not {resolve_language(requested)!r}",
            path=display_path(path),
            hint="give a template in that language with --template (see docs/templates.md), or leave out "
                 "--language for an offline letter")
    return written


def _template_words(settings: dict[str, str], band: tuple[int, int]) -> WordsView:
    """The body's word band: the template's ``words:`` setting narrowed into ``band``, else ``band``."""
    low, high = band
    target = (low + high) // 2
    found = re.match(r"^\s*(\d+)\s*[-–]\s*(\d+)", settings.get("words", ""))
    if found:
        t_low, t_high = max(low, int(found.group(1))), min(high, int(found.group(2)))
        if t_low <= t_high:
            low, high, target = t_low, t_high, (t_low + t_high) // 2
    return WordsView(min=low, max=high, target=target)


def build_context(
    profile: Profile,
    job: Job,
    matched: Match,
    *,
    gaps: str = "omit",
    language: str = "en",
    words: WordsView | None = None,
    plan_size: int = 4,
    more_size: int = 2,
    today: datetime.date | None = None,
    guard: SkillGuard | None = None,
) -> dict[str, Any]:
    """The context a letter template gets (every key is documented in VARIABLES and docs/templates.md)."""
    check_gap_policy(gaps)
    guard = guard or SkillGuard(_profile_text(profile))
    plan, rest = build_plan(profile, matched, guard, plan_size, job, today)
    person = profile_view(profile, job.skills, today)
    person.research = [evidence_view(profile, _publication_evidence(profile, i), today=today)
                       for i, pub in enumerate(profile.publications) if _clean(pub.name)]
    return {
        "profile": person,
        "job": job_view(job, guard, matched, language),
        "match": match_view(profile, matched, guard, job, today),
        "plan": plan,
        "more": rest[:more_size],
        "gaps": gaps_view(profile, matched, gaps, guard, today),
        "language": language,
        "words": words or WordsView(DEFAULT_WORDS[0], DEFAULT_WORDS[1], sum(DEFAULT_WORDS) // 2),
        "cite": cite,
        "vary": Vary(_posting_seed(job)),
    }


_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def split_paragraphs(body: str) -> list[Paragraph]:
    """Paragraphs on blank lines, with their evidence ids; lines inside a paragraph are joined by spaces."""
    paragraphs = []
    for chunk in _BLANK_LINES.split(body.strip()):
        text, ids = extract_marks(chunk)
        text = " ".join(text.split())
        text = re.sub(r"\s+([,.;:!?])", r"\1", text)
        text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)  # 'at Marlowe Brewing Co.' ending a sentence
        if text:
            paragraphs.append(Paragraph(text=text, evidence=ids))
    return paragraphs


def _word_count(paragraphs: list[Paragraph]) -> int:
    return Letter(None, "", None, "", paragraphs, "", "").word_count  # type: ignore[arg-type]


def _length_cost(count: int, band: WordsView, words: tuple[int, int], plan: int, more: int) -> tuple[float, ...]:
    """Order renderings by length: first those near the template's band (up to 30 words under it, and 10
    words inside the word band's edges), then those inside the word band, then the nearest.

    Among the first, more of the plan (evidence chosen for the posting's lines) and less of ``more`` (the
    rest of the CV) is better, so letters for different postings share less; then nearness to the target.
    """
    low, high = max(words[0] + 10, band.min - 30), min(words[1] - 10, band.max)
    if low <= count <= high:
        return (0, -plan, count < band.min, more, abs(count - band.target))
    if words[0] <= count <= words[1]:
        return (1, low - count if count < low else count - high, -plan, more)
    distance = words[0] - count if count < words[0] else count - words[1]
    return (2, distance, -plan, more)


def compose_letter(
    profile: Profile,
    job: Job,
    matched: Match,
    *,
    template: str | None = None,
    template_dir: str | Path | None = None,
    gaps: str = "omit",
    today: datetime.date | None = None,
    language: str | None = None,
    words: tuple[int, int] = DEFAULT_WORDS,
) -> Letter:
    """Write a letter offline: the frame from code, the body from a letter template.

    The composer renders the template with a growing plan (and ``more`` list) and keeps the rendering
    whose body lands nearest the template's target inside the word band.
    """
    from ..templating.environment import load_template, render_loaded
    from ..templating.lookup import resolve_template, template_settings
    from .frame import letter_frame

    path = resolve_template(template or DEFAULT_TEMPLATE, kind="letters", template_dir=template_dir)
    settings = template_settings(path.read_text(encoding="utf-8", errors="replace"))
    letter = letter_frame(profile, job, language=_letter_language(path, settings, language), today=today)
    band = _template_words(settings, words)
    compiled = load_template(path, kind="letters", template_dir=template_dir)
    guard = SkillGuard(_profile_text(profile))
    base = build_context(profile, job, matched, gaps=gaps, language=letter.language, words=band,
                         plan_size=0, more_size=0, today=today, guard=guard)
    best: tuple[tuple[float, ...], list[Paragraph], int, int] | None = None
    previous_plan = -1
    for plan_size in range(1, MAX_PLAN + 1):
        plan, rest = build_plan(profile, matched, guard, plan_size, job, today)
        if len(plan) == previous_plan:  # the posting's lines are used up: a bigger limit changes nothing
            break
        previous_plan = len(plan)
        for more_size in range(0, min(MAX_MORE, len(rest)) + 1):
            context = {**base, "plan": plan, "more": rest[:more_size]}
            rendered = render_loaded(compiled, path, context, kind="letters", template_dir=template_dir)
            paragraphs = split_paragraphs(rendered)
            count = _word_count(paragraphs)
            cost = _length_cost(count, band, words, len(plan), more_size)
            if best is None or cost < best[0]:
                best = (cost, paragraphs, len(plan), more_size)
            if count > max(band.max, words[1]):
                break
    assert best is not None
    _, paragraphs, plan_size, more_size = best
    if not paragraphs:
        raise TemplateError("the letter template gave an empty body", path=str(path),
                            hint="a letter template must write at least one paragraph")
    leftover = next((p.text for p in paragraphs if MARK_OPEN in p.text or MARK_CLOSE in p.text), None)
    if leftover:  # pragma: no cover - extract_marks removes every well-formed marker
        raise TemplateError("a citation marker was cut in half by a filter", path=str(path))
    letter.paragraphs = paragraphs
    letter.meta.update({"template": str(path), "mode": "offline", "gaps": gaps,
                        "plan_size": plan_size, "more_size": more_size})
    return letter


def context_keys() -> list[str]:
    """The variable names a letter template gets."""
    return list(VARIABLES)


def describe_context() -> str:
    """The context as Markdown tables (what docs/templates.md shows)."""
    lines = ["| variable | type | what | example |", "| --- | --- | --- | --- |"]
    lines += [f"| `{k}` | `{t}` | {d} | `{e}` |" for k, (t, d, e) in VARIABLES.items()]
    for type_name, attrs in TYPES.items():
        lines += ["", f"### {type_name}", "", "| attribute | type | what | example |", "| --- | --- | --- | --- |"]
        lines += [f"| `{a}` | `{t}` | {d} | `{e}` |" for a, (t, d, e) in attrs.items()]
    return "\n".join(lines)

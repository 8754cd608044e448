"""The letter template's context: its documented variables (registered with templating's checker) and
``build_context``, which fills them from the profile, the posting and the match.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..match.coverage import check_gap_policy
from ..templating.filters import cite
from ..templating.schema import register_schema

if TYPE_CHECKING:
    from ..job.model import Job
    from ..match.coverage import Match
    from ..profile.model import Profile
from ..style.letter_locale import resolve_language
from .english import Vary, _posting_seed
from .length import DEFAULT_WORDS
from .selection import _publication_evidence, build_plan
from .skill_guard import SkillGuard, _profile_text
from .stories import Story
from .values import _clean
from .view_builders import evidence_view, gaps_view, job_view, match_view, profile_view
from .views import WordsView
from .writer import Material, Writer

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
    "draft": ("DraftView", "the offline writer's letter body, sized to the word band: print "
              "draft.paragraphs, or its parts", "{% for p in draft.paragraphs %}{{ p }}\n\n{% endfor %}"),
    "outline": ("Outline", "the writer's plan: the points (posting line, evidence), extras, study, fit",
                "outline.points[0].piece.sentence"),
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
        "ongoing": ("bool", "not finished yet (end date in the future, or missing on a degree begun in the last seven "
                    "years)", "False"),
        "open_ended": ("bool", "begun, with no end date, and not under way: finished or left, the CV does not say "
                       "('studied for', never 'holds')", "False"),
        "phrase": ("str", "'Bachelor in Information Technology from the University of Oklahoma' ('at' for one "
                   "ongoing or open-ended)", "..."),
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
        "open_ended": ("bool", "a degree begun and never ended on the CV: 'I studied for', never 'I hold'", "False"),
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
    "DraftView": {
        "paragraphs": ("list[str]", "every paragraph of the body, in order", "draft.paragraphs[0]"),
        "opening": ("str", "who the applicant is, the role, eligibility, why this employer", "draft.opening"),
        "points": ("list[str]", "the stories picked from --stories (verbatim), then a paragraph per group of "
                   "evidence answering the posting's top lines", "draft.points[0]"),
        "extras": ("str", "papers, awards, projects and tools not said in a point ('' when none)", "draft.extras"),
        "closing": ("str", "the last paragraph, on this role", "draft.closing"),
        "weak_fit": ("bool", "the profile fits the posting badly (the draft stays short)", "False"),
        "notices": ("list[str]", "eligibility and fit warnings that generate prints", "[]"),
        "words": ("int", "words in the body", "312"),
    },
    "Outline": {
        "points": ("list[Point]", "the posting's top lines, each with its strongest piece of evidence",
                   "outline.points[0].item.requirement"),
        "extras": ("list[Piece]", "papers, awards and projects worth a line", "outline.extras[0].sentence"),
        "study": ("Study | None", "the degree in progress (or the latest one)", "outline.study.finishes -> 'May 2027'"),
        "student_role": ("bool", "the posting is for students (internship, enrolment asked)", "True"),
        "weak_fit": ("bool", "the match is weak", "False"),
        "score": ("float", "the match score", "0.84"),
        "missing": ("list[str]", "must-haves the profile shows nothing for", "['Terraform']"),
        "notices": ("list[str]", "eligibility and fit warnings", "[]"),
        "unrelated": ("bool", "a weak fit with almost nothing shared (score under 0.2)", "False"),
        "foreign_cv": ("bool", "most of the CV is in another language than the letter", "False"),
        "same_trade": ("bool", "a job title, two tools or a skill of one kind in common with the posting: "
                       "never a change of field", "False"),
        "wants_degree": ("bool", "a student role, or a posting that asks for a degree or is a postdoc: the opening "
                         "names the degree held", "False"),
    },
    "Point": {
        "item": ("RequirementMatch", "the posting's line (requirement, kind, strength; requirement is '' for a "
                 "point chosen for the posting as a whole)", "point.item.requirement"),
        "piece": ("Piece", "the strongest evidence for it", "point.piece.sentence"),
        "support": ("Piece | None", "a second line from the same entry", "point.support.sentence"),
        "topic": ("str", "the line shortened to a phrase ('' when it cannot be)", "'strong Python skills'"),
    },
    "Piece": {
        "id": ("str", "evidence id", "'work[0].highlights[1]'"),
        "kind": ("str", "deed, project, publication, award, degree, statement or certificate", "'deed'"),
        "clause": ("str", "what the applicant did, said after 'I'", "'built a benchmark harness'"),
        "sentence": ("str", "the clause as a sentence", "'I built a benchmark harness.'"),
        "org": ("str | None", "employer, school or project", "'Kestrel Analytics'"),
        "position": ("str | None", "the applicant's role there", "'Backend Engineer'"),
        "when": ("str", "years", "'2017–2020'"),
        "current": ("bool", "the entry is ongoing", "False"),
        "entry": ("str", "the CV entry it belongs to", "'work[0]'"),
        "section": ("str", "the CV section", "'work'"),
        "text": ("str", "the CV line as written", "'Built a benchmark harness'"),
        "order": ("int", "position in the CV", "3"),
        "name": ("str | None", "a paper's, award's or project's name", "'Loomcache'"),
        "subject": ("str", "who the sentence is about: 'I', or a project's name", "'I'"),
        "source": ("str", "the CV sentence the clause was made from, as written", "'Built a benchmark harness.'"),
        "language": ("str", "the language of source ('en', or the letter's)", "'en'"),
        "words": ("int", "words in the sentence", "12"),
        "specificity": ("float", "how concrete: figures, names, length", "4.5"),
    },
    "Study": {
        "piece": ("Piece", "the degree as a piece", "study.piece.sentence"),
        "level": ("str", "the degree type", "'PhD'"),
        "area": ("str", "the field of study", "'Computer Science'"),
        "end": ("date | None", "the education endDate", "2027-05-01"),
        "ongoing": ("bool", "still studying", "True"),
        "finishes": ("str | None", "'May 2027' from the education endDate", "'May 2027'"),
    },
    "WordsView": {
        "min": ("int", "fewest body words", "250"),
        "max": ("int", "most body words", "400"),
        "target": ("int", "what the template aims at", "320"),
    },
}


CONTEXT_TYPES: dict[str, dict[str, str]] = {t: {a: spec[0] for a, spec in attrs.items()} for t, attrs in TYPES.items()}


register_schema("letters", VARIABLES, CONTEXT_TYPES)


def build_context(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """The context a letter template gets (every key is documented in VARIABLES and docs/templates.md);
    the arguments are those of ``context_and_writer``."""
    return context_and_writer(*args, **kwargs)[0]


def context_and_writer(  # noqa: PLR0913 - one keyword per input a template's context depends on
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
    avoid: set[str] | None = None,
    stories: list[Story] | None = None,
) -> tuple[dict[str, Any], Writer]:
    """The context a letter template gets, and the writer whose drafts the composer sizes to the band."""
    check_gap_policy(gaps)
    guard = guard or SkillGuard(_profile_text(profile))
    plan, rest = build_plan(profile, matched, guard, plan_size, job, today)
    person = profile_view(profile, job.skills, today)
    person.research = [evidence_view(profile, _publication_evidence(profile, i), today=today)
                       for i, pub in enumerate(profile.publications) if _clean(pub.name)]
    posting = job_view(job, guard, matched, language)
    matched_view = match_view(profile, matched, guard, job, today)
    gap_view = gaps_view(profile, matched, gaps, guard, today, employer=job.company)
    material = Material(gaps=gap_view, safe=guard.safe, stories=stories or [], avoid=avoid or set(),
                        language=resolve_language(language))
    writer = Writer(profile, job, matched, person, posting, today=today, material=material)
    return {
        "profile": person,
        "job": posting,
        "match": matched_view,
        "draft": writer.draft(writer.budgets[0]),
        "outline": writer.outline,
        "plan": plan,
        "more": rest[:more_size],
        "gaps": gap_view,
        "language": language,
        "words": words or WordsView(DEFAULT_WORDS[0], DEFAULT_WORDS[1], sum(DEFAULT_WORDS) // 2),
        "cite": cite,
        "vary": Vary(_posting_seed(job)),
    }, writer


def context_classes() -> dict[str, type]:
    """The class behind each type name of TYPES (for the test that keeps docs and code equal)."""
    from . import pieces, plan, views, writer

    return {name: getattr(views, name, None) or getattr(writer, name, None) or getattr(plan, name, None)
            or getattr(pieces, name) for name in TYPES}


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

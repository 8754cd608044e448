"""Choosing the evidence a letter uses: the plan (the best evidence for the top requirements, no piece
twice) and the ranked rest.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..templating.filters import plain

if TYPE_CHECKING:
    from ..job.model import Job
    from ..match.coverage import Match
    from ..profile.evidence import Evidence
    from ..profile.model import Profile
from ..match.rank import BM25, tokenize
from ..profile.evidence import Evidence, iter_evidence
from .english import _posting_seed, first_person, topic_of
from .skill_guard import SkillGuard
from .values import _clean, _draw
from .view_builders import _degree_views, _role_views, evidence_view
from .views import EvidenceView, PlanItem, _citable, _restates_papers

MAX_STATEMENTS = 3  # summary sentences per letter


def summary_evidence(profile: Profile) -> list[Evidence]:
    """The profile summary's sentences about the applicant, in the first person, each citing basics.summary."""
    summary = re.sub(r"\s*\([^)]*\)", "", _clean(profile.basics.summary))
    name = _clean(profile.basics.name)
    out = []
    for chunk in re.split(r"(?<=[.?!])\s+(?=[A-Z(])", summary):
        mine = first_person(chunk, name)
        if mine and len(mine.split()) >= 4:
            out.append(Evidence(id="basics.summary", text=mine, kind="statement", context="Profile summary"))
    return out


def _publication_evidence(profile: Profile, index: int) -> Evidence:

    pub = profile.publications[index]
    text = ". ".join(p for p in (_clean(pub.name), _clean(pub.publisher), _clean(pub.summary)) if p)
    return Evidence(id=f"publications[{index}]", text=text, kind="publication", context=_clean(pub.name))


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


def _ranked_rest(
    profile: Profile, matched: Match, used: set[str], job: Job | None = None, today: datetime.date | None = None
) -> list[EvidenceView]:
    """Citable evidence not in the plan: what the posting's lines ranked first (by score), then the rest of
    the CV by its overlap with the whole posting (ties broken per posting, so two postings draw on
    different parts of a thin CV); one bare job title at most; organisations' own descriptions left out."""
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

"""One realiser for every language but English: the facts of a letter said with a language's frames.

The letter: an opening that names the post, the employer and who the applicant is (the current or latest job,
or the studies and when they end), where else they have worked; a paragraph per job the posting's lines tie to
the profile (the skills the posting asks that the job shows, its years and title, and the applicant's own CV
lines when they are in the letter's language); the posting's skills the CV lists and the degree; a close on
this post. Each frame is chosen by a draw fixed for the posting (and, in a batch, one not used in an earlier
letter), and most sentences carry something of this posting (its employer, its post, its skills), so letters
for two postings do not share their sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..draft import cited
from .facts import DegreeFact, Facts, RoleFact, ranked_roles
from .phrases import Phrases, after_colon, items, mark, month, tidy, unmark

if TYPE_CHECKING:
    from ..draft import Setting


@dataclass
class Speaker:
    """A language's frames with the posting's draw: turns a slot and its values into one sentence."""

    phrases: Phrases
    facts: Facts
    setting: Setting
    job_named: int = 0  # sentences that have named the post
    starts: set[str] = field(default_factory=set)  # the first words of the sentences said

    @property
    def language(self) -> str:
        return self.phrases.code

    def say(self, slot: str, key: str = "", **values: str) -> str:
        """One sentence of a slot, its frame chosen for this posting (``key`` tells apart uses of a slot), and
        not a frame this letter has used already when the slot has another."""
        frames = self.phrases.slots.get(slot, [])
        if not frames:
            return ""
        # the post tells this letter's sentences apart from those of a letter to the same employer for another
        # post (an employer often posts several): a frame that names it (by its short title after the first time),
        # until it has been named five times; then one that names the employer instead
        wanted = self.job_named < 5 or slot == "close" or not self.facts.employer
        frames = [f for f in frames if ("{job}" in f) == wanted] or frames
        marked = _Values(self.common(), {k: mark(v) for k, v in values.items()})
        filled = [tidy(unmark(self.phrases.fix(frame.format_map(marked))), self.language) for frame in frames]
        fresh = [f for f in filled if _start(f) not in self.starts] or filled  # no two sentences open alike
        family = re.sub(r"_(?:current|past)", "", slot)
        chosen = self.setting.pick_fresh(f"{self.language}|{family}", f"{slot}|{key}", fresh)
        self.starts.add(_start(chosen))
        if "{job}" in frames[filled.index(chosen)]:
            self.job_named += 1
        return chosen

    def common(self) -> dict[str, str]:
        """The post (its full title the first time, its short title after) and the employer after its preposition."""
        return {"job": self.phrases.job_phrase(self.facts.title, short=self.job_named > 0),
                "at_employer": self.phrases.at(self.facts.employer)}


def _start(sentence: str) -> str:
    """A sentence's first three words, lower-cased."""
    return " ".join(sentence.casefold().split()[:3])


class _Values(dict):  # type: ignore[type-arg]
    """The values of one frame: the slot's own, then the letter's (the post, the employer)."""

    def __init__(self, common: dict[str, str], own: dict[str, str]) -> None:
        super().__init__({**common, **own})

    def __missing__(self, key: str) -> str:
        return ""


def opening(speaker: Speaker, named: list[RoleFact]) -> list[str]:
    """The post and employer, and who the applicant is; where else they worked."""
    facts, phrases = speaker.facts, speaker.phrases
    degree = facts.degree
    current = next((r for r in facts.roles if r.current), None)
    latest = facts.roles[0] if facts.roles else None
    out: list[str] = []
    if degree and degree.ongoing:
        details = ", ".join(p for p in (degree.study_type, degree.institution) if p and p != degree.area)
        finish = phrases.finish.format(month=month(degree.end, speaker.language)) if degree.end else ""
        out.append(cited(speaker.say("open_student", area=degree.area or degree.study_type,
                                     details=f" ({details})" if details else "", finish=finish), _piece(degree.id)))
    elif current or latest:
        role = current or latest
        assert role is not None
        slot = "open_current" if role.current else "open_past"
        out.append(cited(speaker.say(slot, position=role.position, at_org=phrases.at(role.org)), _piece(role.id)))
        named.append(role)
    else:
        out.append(speaker.say("open_plain"))
    if facts.weak_fit and speaker.setting.job and _unrelated(speaker):
        out.append(speaker.say("weak_intro"))
    return out


def _unrelated(speaker: Speaker) -> bool:
    """Whether the post would be a change of field (nothing of the posting in the profile)."""
    return not any(r.skills for r in speaker.facts.roles) and not speaker.facts.tools and not speaker.facts.topics


def career(speaker: Speaker, named: list[RoleFact], body: list[RoleFact]) -> str:
    """The employers the letter does not otherwise name, with the year the applicant started working."""
    said = {r.org.casefold() for r in [*named, *body]}
    others: list[RoleFact] = []
    for role in speaker.facts.roles:
        if role.org.casefold() not in said and role.org.casefold() not in {o.org.casefold() for o in others}:
            others.append(role)
    if not others or not speaker.facts.since:
        return ""
    orgs = items([speaker.phrases.at(r.org) for r in others[:3]], speaker.language)
    return cited(speaker.say("career", since=speaker.facts.since, orgs=orgs), *(_piece(r.id) for r in others[:3]))



def role_paragraph(speaker: Speaker, role: RoleFact, *, lines: int) -> list[str]:
    """A paragraph on one job: what of the posting it shows, then the applicant's own lines from it (in one
    sentence), or the further tools it names."""
    phrases = speaker.phrases
    tense = "_current" if role.current else ""
    values = {"position": role.position, "at_org": phrases.at(role.org),
              "years": phrases.years(role.start, role.end, role.current)}
    out: list[str] = []
    topic = speaker.facts.topics.get(role.id)
    if role.skills:
        skills = items(role.skills, speaker.language)
        lead = speaker.say(f"lead{tense or '_past'}_skills", role.id, skills=skills, **values)
    else:
        if topic:
            out.append(speaker.say("topic", role.id, topic=after_colon(topic, phrases)))
        lead = speaker.say(f"lead{tense or '_past'}", role.id, **values)
    out.append(cited(lead, _piece(role.id)))
    own = role.lines[:lines]
    if own:
        said = "; ".join(after_colon(line, phrases) for _, line in own)
        out.append(cited(speaker.say("lines", role.id, line=said), *(_piece(i) for i, _ in own)))
    elif role.other_skills:
        out.append(cited(speaker.say(f"more_skills{tense}", role.id, skills=items(role.other_skills, speaker.language),
                                     at_org=phrases.at(role.org)), _piece(role.id)))
    return out


def extras(speaker: Speaker, said: str) -> list[str]:
    """The posting's skills the CV lists that the letter has not named, and the finished degree."""
    out = []
    tools = [t for t in speaker.facts.tools if t.casefold() not in said.casefold()]
    if tools:
        out.append(speaker.say("tools", tools=items(tools[:4], speaker.language)))
    degree = speaker.facts.degree
    if degree and not degree.ongoing:
        out.append(cited(speaker.say("degree", degree=_degree_text(degree)), _piece(degree.id)))
    for kind, ev_id, name in speaker.facts.extras[:1]:  # one: a paper, else an award, else a project
        if name.casefold() not in said.casefold():
            out.append(cited(speaker.say(kind, ev_id, name=name), _piece(ev_id)))
    return out


def _degree_text(degree: DegreeFact) -> str:
    """'Master of Science, Informatik (TU München, 2019)': the CV's words, in the CV's order."""
    name = ", ".join(p for p in (degree.study_type, degree.area) if p)
    details = ", ".join(p for p in (degree.institution, degree.year) if p)
    return f"{name} ({details})" if details else name


def closing(speaker: Speaker) -> str:
    """The last sentence: on this post at this employer."""
    return speaker.say("weak_close" if speaker.facts.weak_fit else "close")


def stations(speaker: Speaker) -> str:
    """For a weak fit: every job in one sentence, with its title and years ('Tutor bei Heidelberg (2020)')."""
    phrases, roles = speaker.phrases, speaker.facts.roles[:4]
    if not roles:
        return ""
    said = [f"{r.position} {phrases.at(r.org)}" + (f" ({_span(r, phrases)})" if r.start or r.end else "")
            for r in roles]
    return cited(speaker.say("stations", stations=items(said, speaker.language)), *(_piece(r.id) for r in roles))


def _span(role: RoleFact, phrases: Phrases) -> str:
    """'seit 2021', '2016–2019', '2020'."""
    if role.current and role.start:
        return phrases.years_current.format(start=role.start)
    if role.start and role.end and role.start != role.end:
        return f"{role.start}–{role.end}"
    return role.start or role.end


def weak_lines(speaker: Speaker, *, lines: int) -> list[str]:
    """For a weak fit: the applicant's own lines (in the letter's language) from the two latest jobs that have
    them, each job's in one sentence."""
    out = []
    for role in [r for r in speaker.facts.roles if r.lines][:2]:
        own = role.lines[:lines]
        said = "; ".join(after_colon(line, speaker.phrases) for _, line in own)
        out.append(cited(speaker.say("lines_at", role.id, at_org=speaker.phrases.at(role.org), line=said),
                         *(_piece(i) for i, _ in own)))
    return out


def body(speaker: Speaker, *, points: int, support: bool, with_extras: bool) -> tuple[str, list[str], str, str]:
    """The opening, the paragraphs on jobs, the extras and the close, for one budget."""
    named: list[RoleFact] = []
    first = opening(speaker, named)
    if speaker.facts.weak_fit:  # nothing to lead with: the jobs in one sentence, then the applicant's own lines
        first.append(stations(speaker))
        said = " ".join(first)
        more = " ".join(extras(speaker, said))
        paragraphs = weak_lines(speaker, lines=2 if support else 1)
        return " ".join(s for s in first if s), paragraphs, more, closing(speaker)
    roles = ranked_roles(speaker.facts, min(3, points))
    paragraphs = [" ".join(s for s in role_paragraph(speaker, r, lines=2 if support else 1) if s) for r in roles]
    line = career(speaker, named, roles)
    if line:
        first.append(line)
    said = " ".join([*first, *paragraphs])
    more = " ".join(extras(speaker, said)) if with_extras else ""
    return " ".join(s for s in first if s), [p for p in paragraphs if p], more, closing(speaker)


def _piece(ev_id: str) -> object:
    """A stand-in with the evidence id a sentence cites (``draft.cited`` reads only ``id``)."""
    return _Cite(ev_id)


@dataclass(frozen=True)
class _Cite:
    id: str

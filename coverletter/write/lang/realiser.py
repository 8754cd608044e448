"""One realiser for every language but English: the writer's plan said with a language's frames.

The letter: an opening that names the post and the employer, and who the applicant is (the current or latest
job, or the studies and when they end), with a change of field said when the plan finds one; one sentence per
point of the plan: what the posting asks (its tools the CV line shows, or one short line of it the CV line
shares a word with, or for one point the employer), then the job and the CV line that answers it, said as a
sentence when it is a first-person sentence in the letter's language, else quoted as written; the posting's
tools the CV lists, one extra, the degree (finished only when the CV gives its end) joined to a close that
names the post. The post is named at most twice; each frame is chosen by a draw fixed for the posting, no two
sentences of a letter open alike, and every sentence carries something of its posting, so one applicant's
letters for different postings do not share sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ...templating.filters import MARK_CLOSE, MARK_OPEN
from ..draft import cited
from .facts import Facts, Place, PointFacts, StudyFacts
from .phrases import Phrases, items, mark, month, tidy, unmark

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
        """One sentence of a slot, its frame chosen for this posting (``key`` tells apart uses of a slot), not
        opening as another sentence of the letter does when the slot has another frame; the post is named in at
        most two sentences."""
        frames = self.phrases.slots.get(slot, [])
        if not frames:
            return ""
        if self.job_named >= 2:
            frames = [f for f in frames if "{job}" not in f] or frames
        marked = _Values(self.common(), {k: mark(v) for k, v in values.items()})
        filled = [tidy(unmark(self.phrases.fix(frame.format_map(marked))), self.language) for frame in frames]
        fresh = [f for f in filled if _start(f) not in self.starts] or filled
        if slot.endswith("close") and self.job_named < 2:  # the close names the post when only the opening has:
            fresh = [f for f in fresh if "{job}" in frames[filled.index(f)]] or fresh  # employers post several
        family = re.sub(r"_(?:current|past)$", "", slot)
        chosen = self.setting.pick_fresh(f"{self.language}|{family}", f"{slot}|{key}", fresh)
        self.starts.add(_start(chosen))
        if "{job}" in frames[filled.index(chosen)]:
            self.job_named += 1
        return chosen

    def common(self) -> dict[str, str]:
        """The post (its full title the first time, its short title after) and the employer after its preposition."""
        return {"job": self.phrases.job_phrase(self.facts.title, short=True),
                "at_employer": self.phrases.at(self.facts.employer)}


def _start(sentence: str) -> str:
    """A sentence's first two words, lower-cased."""
    return " ".join(sentence.casefold().split()[:2])


class _Values(dict):  # type: ignore[type-arg]
    """The values of one frame: the slot's own, then the letter's (the post, the employer)."""

    def __init__(self, common: dict[str, str], own: dict[str, str]) -> None:
        super().__init__({**common, **own})

    def __missing__(self, key: str) -> str:
        return ""


def _place_values(phrases: Phrases, place: Place) -> dict[str, str]:
    return {"position": place.position, "at_org": phrases.at(place.org), "org": place.org,
            "years": phrases.years(place.start, place.end, place.current), "span": phrases.span(place)}


# ------------------------------------------------------------------------------------------------ opening

def opening(speaker: Speaker) -> list[str]:
    """Who the applicant is and the post applied for; a change of field said as one."""
    facts, phrases = speaker.facts, speaker.phrases
    study, intro = facts.study, facts.intro
    out: list[str] = []
    if study and study.ongoing:
        finish = phrases.finish.format(month=month(study.end, speaker.language)) if study.end else ""
        out.append(cited(speaker.say("open_student", area=study.area or study.degree,
                                     at_school=phrases.at_school(study.institution) if study.institution else "",
                                     degree=f" ({study.degree})" if study.degree and study.area else "",
                                     finish=finish), _Cite(study.id)))
    elif intro and intro.position:
        slot = "open_current" if intro.current else "open_past"
        out.append(cited(speaker.say(slot, **_place_values(phrases, intro)), _Cite(intro.id)))
    else:
        out.append(speaker.say("open_plain"))
    if facts.unrelated:  # said inside the opening sentence, which names this post: a sentence of its own would
        # be the same in every letter of a candidate changing field
        clause = speaker.phrases.slots.get("change_clause", [""])[0]
        head, mark_at, marks = out[-1].partition(MARK_OPEN)
        if clause and head.endswith("."):
            out[-1] = f"{head[:-1]}{clause}.{mark_at}{marks}"
        else:
            out.append(speaker.say("change"))
    return out


# ------------------------------------------------------------------------------------------------ points

def point_paragraph(speaker: Speaker, point: PointFacts, named: set[str], *, support: bool) -> list[str]:
    """One sentence per point: what the posting asks (its tools, a short phrase of it, or, for a point the plan
    found without a requirement, the employer), then the job and the CV line that answers it, and the tools the
    line names; a second line of the same job in the letter's language when the budget has room."""
    phrases = speaker.phrases
    lead = _lead(speaker, point)
    place, line = point.place, point.line
    values = _place_values(phrases, place) if place else {}
    tense = "current" if place and place.current else "past"
    if line.role:
        return [joined(lead, *_role_only(speaker, point, named))]
    if line.own and phrases.says_itself(line.text):
        intro = speaker.say(f"role_{tense}", line.id, **values) if place and place.id not in named else ""
        parts = [lead, intro, _as_sentence(line.text, speaker.language)]
    else:
        if place is None:
            slot = "quote_plain"
        elif place.project:
            slot = "quote_project_again" if place.id in named else "quote_project"
        elif place.id in named:
            slot = f"quote_again_{tense}"
        elif not place.position:
            slot = f"quote_org_{tense}"
        else:
            slot = f"quote_{tense}"
        parts = [lead, speaker.say(slot, line.id, quote=phrases.quote(line.text), **values)]
    extra = point.support
    if support and extra and not extra.role and (extra.own or not line.own) \
            and len(f"{line.text} {extra.text}".split()) <= 50:
        parts.append(_as_sentence(extra.text, speaker.language) if phrases.says_itself(extra.text)
                     else speaker.say("support", extra.id, quote=phrases.quote(extra.text, most=18)))
    elif point.tools and not line.own:
        parts.append(speaker.say(f"tools_{tense}", line.id, skills=items(point.tools, speaker.language)))
    if place:
        named.add(place.id)
    return [cited(joined(*parts), _Cite(line.id), *([_Cite(extra.id)] if extra and len(parts) > 2 else []))]


def _lead(speaker: Speaker, point: PointFacts) -> str:
    """What of the posting a point answers: its tools, else one short phrase of it (once a letter), else the
    employer the evidence is for."""
    if point.asked:
        return speaker.say("ask_skills", point.line.id, skills=items(point.asked, speaker.language))
    if point.topic:
        return speaker.say("ask_topic", point.line.id, topic=speaker.phrases.quote(point.topic))
    key = f"{speaker.language}|open-said"
    if speaker.setting.used.get(key):
        return ""
    speaker.setting.used[key] = {1}  # the employer as a point's lead once a letter: more reads as a stock phrase
    return speaker.say("ask_open", point.line.id)


def _answering(points: list[PointFacts]) -> list[PointFacts]:
    """The points that answer something the posting names (its tools, or one of two lines of it quoted), and one
    that does not:
    the plan's best transferable line. More lines that answer nothing of the posting pad a letter, and each
    would read the same in every letter of the applicant."""
    out, loose, quoted = [], 0, 0
    for point in points:
        if point.line.role and not (point.asked or point.tools):
            continue  # a job with no line and no tool of its own: nothing to say for it
        if point.topic and not point.asked and quoted >= _QUOTED_TOPICS:
            point = replace(point, topic="")
        if point.asked or point.topic or not loose:
            loose += not (point.asked or point.topic)
            quoted += bool(point.topic and not point.asked)
            out.append(point)
    return out


_QUOTED_TOPICS = 2  # lines of the posting a letter quotes, each answered by a line of the CV


def joined(*sentences: str) -> str:
    """Sentences said as one, joined by semicolons: what the posting asks and the evidence that answers it belong
    together (and each letter's sentence then carries something of its own posting)."""
    parts = [s.strip() for s in sentences if s and s.strip()]
    out = parts[0] if parts else ""
    for part in parts[1:]:
        letters = re.sub(r"[^\w]", "", part.split()[0])
        lower = letters.isalpha() and (len(letters) == 1 or letters[1:].islower())
        head = re.sub(rf"\.((?:{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE})*)$", r"\1", out)  # its stop, not its marks
        out = f"{head}; {part[:1].lower() + part[1:] if lower else part}"
    return out


def _role_only(speaker: Speaker, point: PointFacts, named: set[str]) -> list[str]:
    """A job whose lines are only tool names: the job and its tools in one sentence."""
    place, line = point.place, point.line
    values = _place_values(speaker.phrases, place) if place else {}
    tense = "current" if place and place.current else "past"
    out = []
    if point.tools or point.asked:
        skills = items([*point.asked, *point.tools][:4], speaker.language)
        slot = f"tools_at_{tense}" if place and place.id in named else f"role_tools_{tense}"
        out.append(cited(speaker.say(slot, line.id, skills=skills, **values), _Cite(line.id)))
    elif place and place.id not in named:
        out.append(cited(speaker.say(f"role_{tense}", line.id, **values), _Cite(place.id)))
    if place:
        named.add(place.id)
    return out


def _as_sentence(line: str, language: str) -> str:
    """A first-person CV line as a sentence of the letter: its bullet gone, a stop at its end."""
    text = re.sub(r"^[-*•·▪◦–—]\s*", "", " ".join(line.split())).rstrip(" ;,")
    return tidy(text if text.endswith((".", "!", "?")) else f"{text}.", language)


# ------------------------------------------------------------------------------------------------ extras

def extras(speaker: Speaker, said: str, *, degree: bool) -> list[str]:
    """The posting's tools the CV lists that the letter has not named, the degree (when the posting asks for one,
    or the letter has little else) unless the opening said it, and a paper for a research post or a project the
    plan found relevant."""
    facts, phrases = speaker.facts, speaker.phrases
    out = []
    tools = [t for t in facts.tools if t.casefold() not in said.casefold()]
    if tools:
        out.append(speaker.say("listed", tools=items(tools[:4], speaker.language)))
    research = any(kind == "paper" for kind, _, _ in facts.extras)
    for kind, ev_id, name in [e for e in facts.extras if e[0] != "award" or research][:1]:
        if name.casefold() not in said.casefold():
            shown = phrases.quote(name) if kind == "paper" else name
            out.append(cited(speaker.say(kind, ev_id, name=shown), _Cite(ev_id)))
    study = facts.study
    if study and not study.ongoing and degree:  # last: it joins the close, which names the post
        out.append(cited(_degree(speaker, study), _Cite(study.id)))
    return out


def _degree(speaker: Speaker, study: StudyFacts) -> str:
    """A finished degree with its year; one without an end date as studied, never as finished."""
    phrases = speaker.phrases
    degree = ", ".join(p for p in (study.degree, study.area) if p)
    values = {"degree": degree, "school": study.institution,
              "at_school": phrases.at_school(study.institution) if study.institution else ""}
    if study.finished and study.end:
        return speaker.say("degree_done", year=str(study.end.year), **values)
    return speaker.say("degree_studied", **values)


def closing(speaker: Speaker) -> str:
    """The last sentence: on this post at this employer."""
    return speaker.say("weak_close" if speaker.facts.weak_fit else "close")


def body(speaker: Speaker, *, points: int, support: bool, with_extras: bool) -> tuple[str, list[str], str, str]:
    """The opening, a paragraph per point, the extras and the close, for one budget."""
    first = opening(speaker)
    facts = speaker.facts
    named = {facts.intro.id} if facts.intro and not (facts.study and facts.study.ongoing) else set()
    paragraphs = [" ".join(s for s in point_paragraph(speaker, p, named, support=support) if s)
                  for p in _answering(facts.points)[:points]]
    said = " ".join(paragraphs)  # the opening names the post, which may name a tool ('Java Developer')
    more = " ".join(extras(speaker, said, degree=facts.wants_degree or len(paragraphs) < 3)) \
        if with_extras or facts.weak_fit or len(paragraphs) < 2 else ""
    close = closing(speaker)
    if more:  # the last of the extras and the close as one sentence: the close then carries the post
        more, close = "", joined(more, close)
    return " ".join(s for s in first if s), [p for p in paragraphs if p], more, close


@dataclass(frozen=True)
class _Cite:
    """A stand-in with the evidence id a sentence cites (``draft.cited`` reads only ``id``)."""

    id: str


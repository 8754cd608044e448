"""Whether the profile (or the posting, in talk about the posting) backs a claim, kind by kind: degrees,
titles, names, figures and skills.
"""

from __future__ import annotations

import re
from typing import Any

from ..match.lexicon import CONTEXT_WORDS
from ..text import norm
from .facts import Facts, contains
from .figures import Figure
from .kinds import _ORG_WORDS, _SUFFIX_ORG, Name, _field_words, _initials_match, _marked, degree_level, name_kind
from .speaker import _PAST_WORK

_UNCHECKED_CATEGORIES = {"soft skills"}


_GENERIC_CATEGORIES = {"software engineering", "product and management"}


def _checkable(lexicon: Any, name: str, text: str) -> bool:
    """Whether a skill mention is a factual claim to check: not a soft skill ("communication"), and not one
    everyday word for a general practice ("research", "documentation", "architecture")."""
    category = (getattr(lexicon, "category", lambda _n: None)(name) or "").casefold()
    if category in _UNCHECKED_CATEGORIES:
        return False
    generic = category in _GENERIC_CATEGORIES and text.islower() and re.fullmatch(r"[a-z]+", text) is not None
    return not generic


def _german_name(name: Name) -> bool:
    """In German, a capitalised run counts as a name only when marked (COBOL, GmbH), an organisation, or
    right after "bei"/"für" (at/for)."""
    words = name.text.split()
    if any(_marked(w) or w.casefold().strip(".") in _SUFFIX_ORG | _ORG_WORDS for w in words):
        return True
    return bool(re.search(r"\b(?:bei|für)\s+(?:der\s+|dem\s+|die\s+)?$", name.before, re.IGNORECASE))


def _distinctive(spelling: str) -> bool:
    """A skill spelling that is no everyday word, so finding it in the profile's text means the skill."""
    return len(spelling) > 2 and spelling.casefold() not in CONTEXT_WORDS


def _degree_support(degree: str, field_text: str | None, facts: Facts) -> tuple[bool, str | None, str]:
    level = degree_level(degree)
    wanted = _field_words(re.sub(r"\b(?:degree|in|of)\b", " ", field_text or ""))
    for path, have, area in facts.degrees:
        if have is not None and level is not None and have != level:
            continue
        if have is None and not wanted:
            continue
        if wanted and not (wanted & _field_words(area)) and not _initials_match(wanted, area):
            continue
        return True, path, "matches the profile's education"
    if level is None:
        return False, None, "a degree the profile does not list"
    return False, None, f"no {level} degree{' in that field' if wanted else ''} in the profile"


def _title_support(title: str, facts: Facts, mode: str, before: str) -> tuple[bool, str | None, str]:
    words = norm(title).split()
    for path, position in facts.positions:
        held = set(norm(position).split())
        # the head noun is a position held, and every other word of the title is in the profile somewhere
        if words and words[-1] in held and all(w in held or w in facts.profile_words for w in words):
            return True, path, "a position in the profile"
    path = facts.find(title) or facts.find(re.sub(r"^(?:project|publication|award)\s+", "", title, flags=re.I))
    if path:
        return True, path, "named in the profile"
    past = bool(_PAST_WORK.search(before)) or re.search(r"\b(?:was|worked|served)\b", before, re.IGNORECASE)
    if facts.title and (contains(norm(facts.title), title) or facts.in_job(title)) and not past:
        return True, "job.title", "the posting's role"
    if mode == "target" and facts.in_job(title):
        return True, "job", "named in the posting"
    return False, None, "a position the profile does not hold"


def _name_support(name: Name, facts: Facts, mode: str) -> tuple[str, bool, str | None, str] | None:
    kind = name_kind(name)
    words = {w.casefold() for w in name.text.split()}
    if words <= facts.owner:
        return None  # the applicant's own name
    if kind == "title":
        return (kind, *_title_support(name.text, facts, mode, name.before))
    path = facts.find(name.text)
    if path:
        return kind, True, path, "named in the profile"
    past = bool(_PAST_WORK.search(name.before))
    for addressee in facts.addressee:
        if norm(addressee) == norm(name.text) or (norm(name.text) and contains(norm(addressee), name.text)):
            if past and kind in ("employer", "name"):
                return kind, False, None, "the posting's employer, claimed as the applicant's past employer"
            where = "job.company" if addressee == facts.company else "job.title"
            return kind, True, where, "the posting's, as addressee"
    if facts.in_job(name.text) and mode == "target":  # the posting backs talk about the posting only
        return kind, True, "job", "named in the posting"
    if len(words) > 1:
        path = facts.find_all_words(name.text)
        if path:
            return kind, True, path, "its words are in one line of the profile"
    detail = {"employer": "an employer the profile does not list", "institution": "an institution the profile does "
              "not list", "title": "a position the profile does not hold", "skill": "not in the profile"}
    return kind, False, None, detail.get(kind, "named neither in the profile nor in the posting")


_CERTIFIED = re.compile(r"\b(?:certified|certification|certificate|licensed|accredited)\b", re.IGNORECASE)


def _clause_start(sentence: str, offset: int) -> int:
    return max(sentence.rfind(m, 0, offset) for m in ",;:—–(") + 1


def _clause_at(sentence: str, offset: int) -> str:
    """The clause of a sentence around an offset: between the nearest , ; : — or ( on either side."""
    marks = ",;:—–("
    start = max(sentence.rfind(m, 0, offset) for m in marks) + 1
    ends = [i for i in (sentence.find(m, offset) for m in marks) if i >= 0]
    return sentence[start : min(ends) if ends else len(sentence)]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _year_support(fig: Figure, facts: Facts) -> tuple[bool, str | None, str]:
    year = int(fig.value)
    if year in facts.years:
        return True, facts.years[year], "a year in the profile"
    for path, _name, start, end in facts.spans:
        if int(start) <= year <= int(end):
            return True, path, "within dates in the profile"
    if any(_close(v, fig.value) for v, _ in facts.job_numbers):
        return True, "job", "a year in the posting"
    return False, None, "a year the profile does not give"


def _figure_support(fig: Figure, sentence: str, facts: Facts, mode: str) -> tuple[bool, str | None, str]:
    if fig.unit == "year":
        return _year_support(fig, facts)
    for value, unit, path in facts.numbers:
        # a bare number may echo any figure; "5 years" or "84%" only the same kind of figure
        if _close(value, fig.value) and (unit == fig.unit or not fig.unit):
            return True, path, "the same figure is in the profile"
    if fig.unit in ("years", "months"):
        years = fig.value if fig.unit == "years" else fig.value / 12
        clause = _clause_at(sentence, fig.start)
        named = [s for s in facts.spans if s[1] and contains(norm(clause), s[1])]
        pool = named or facts.spans
        for path, _name, start, end in pool:
            length = end - start
            if abs(length - years) < 1 or (fig.at_least and length >= years):
                return True, path, "matches the dates in the profile"
        if facts.spans and not named:
            total = max(s[3] for s in facts.spans) - min(s[2] for s in facts.spans)
            work = [s for s in facts.spans if s[0].startswith("work")]
            if work:
                total = max(s[3] for s in work) - min(s[2] for s in work)
            if abs(total - years) < 1 or ((fig.at_least or years < total) and total >= years):
                return True, "work", "within the span of the profile's work history"
    if mode == "target" and any(_close(v, fig.value) for v, _ in facts.job_numbers):
        return True, "job", "the posting's figure"
    return False, None, "a figure the profile does not give"

"""Years and durations a letter claims, against the profile's dates: 'in 2019', 'five years of experience'."""

from __future__ import annotations

from ..text import norm
from .facts import Facts, contains
from .figures import Figure
from .variants import (
    _FAMILIES,
)


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


def _with_families(words: frozenset[str]) -> frozenset[str]:
    """The words with their role family ("engineers" -> developer, programmer): "5 engineers" counts the people the
    CV's "5 developers" does."""
    out = set(words)
    for word in words:
        out.update(_FAMILIES.get(word[:-1] if word.endswith("s") else word, ()))
    return frozenset(out)


def _work_history(facts: Facts) -> float | None:
    """The years from the first dated entry to the last (of the work entries when there are dated ones), or,
    with no dated entry, from the first to the last year the work entries' text names."""
    work = [s for s in facts.spans if s[0].startswith("work")] or facts.spans
    if work:
        return max(s[3] for s in work) - min(s[2] for s in work)
    if len(set(facts.work_years)) > 1:
        return float(max(facts.work_years) - min(facts.work_years))
    return None


def _duration_support(fig: Figure, sentence: str, facts: Facts) -> tuple[bool, str | None, str] | None:
    """A duration against the profile's dates: one entry's length (the entry the clause names, if any), the
    whole work history, or the time since a career began (``_since_a_start``)."""
    years = fig.value / {"years": 1, "months": 12, "semesters": 2}[fig.unit]  # two semesters a year
    clause = _clause_at(sentence, fig.start)
    named = [s for s in facts.spans if s[1] and contains(norm(clause), s[1])]
    pool = named or facts.spans
    slack = {"years": 1.0, "months": 2 / 12, "semesters": 0.5}[fig.unit]  # "6 months" is no 14-month stay
    for path, _name, first, last in pool:
        length = last - first
        if abs(length - years) < slack or (fig.at_least and length >= years):
            return True, path, "matches the dates in the profile"
    if named:
        return None
    total = _work_history(facts)
    # the whole history, or at least some of it ("over 5 years" for 8 of them)
    if total is not None and (abs(total - years) < slack or (fig.at_least and total >= years)):
        return True, "work", "within the span of the profile's work history"
    since = _since_a_start(years, slack, fig.at_least, facts) if fig.unit == "years" else None
    if since:
        return True, since, "the time since the profile's career began (its first job, or a course ended)"
    return None


def _since_a_start(years: float, slack: float, at_least: bool, facts: Facts) -> str | None:
    """A duration of experience counted from the start of a career to the end of the profile's history: from
    the first dated job, or from the end of a course or degree ("eight years building enterprise software" for
    a web development bootcamp finished eight years before, after jobs in other trades). The path of that start.
    Where the last entry is open ("present"), the end lies between the latest date the profile gives and a year
    after it (the letter's own date is not known, and a letter is written about when its CV is last brought up
    to date), never after today."""
    work = [s for s in facts.spans if s[0].startswith("work")]
    if not facts.spans:
        return None
    first_job = min(work, key=lambda s: s[2]) if work else None
    starts = [(first_job[0], first_job[2])] if first_job else []
    starts += [(path, last) for path, _name, _first, last in facts.spans if path.startswith("education")]
    latest = max(s[3] for s in facts.spans)
    known = facts.known_until if facts.known_until is not None else latest
    now = min(latest, known + 1.0)
    for path, first in starts:
        low, high = known - first, now - first
        if low - slack < years < high + slack or (at_least and high >= years):
            return path
    return None


# People counted: a reach claimed ("hundreds of students per semester") is backed only by a count of people.

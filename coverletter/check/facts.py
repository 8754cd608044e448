"""The facts a letter may use: every string of the profile by JSON path, the posting's own facts, the
lexicon's skills in both, and the years of experience the profile shows.
"""

from __future__ import annotations

import re
from dataclasses import field
from datetime import date
from typing import Any

from ..datamodel import model
from ..profile.evidence import dated_entries
from ..text import norm, plain
from .figures import context_words, figures
from .kinds import degree_level
from .lexis import fold
from .orgs import profile_orgs
from .speaker import _phrase_regex
from .variants import stem_in


def contains(haystack_norm: str, needle: str) -> bool:
    """Whether the normalised needle appears as whole words in a normalised haystack."""
    key = norm(needle)
    return bool(key) and f" {key} " in f" {haystack_norm} "


@model
class Facts:
    """What may back a claim: the profile's strings by JSON path, its figures, dates and skills; the posting's."""

    leaves: list[tuple[str, str, str]] = field(default_factory=list)  # (path, key, plain text)
    leaf_norms: list[str] = field(default_factory=list)
    leaf_folds: list[str] = field(default_factory=list)  # leaf_norms without accents
    numbers: list[tuple[float, str, str]] = field(default_factory=list)  # (value, unit, path)
    number_words: list[frozenset[str]] = field(default_factory=list)  # the words near each of numbers
    work_years: list[int] = field(default_factory=list)  # every year the work entries' text names
    years: dict[int, str] = field(default_factory=dict)
    spans: list[tuple[str, str, float, float]] = field(default_factory=list)  # (path, name, start, end)
    known_until: float | None = None  # the latest date the profile gives (an open end is no date)
    skills: dict[str, str] = field(default_factory=dict)  # canonical casefold -> path
    positions: list[tuple[str, str]] = field(default_factory=list)
    degrees: list[tuple[str, str | None, str]] = field(default_factory=list)  # (path, level, area)
    owner: set[str] = field(default_factory=set)
    profile_words: set[str] = field(default_factory=set)
    job_norm: str = ""
    job_numbers: list[tuple[float, str]] = field(default_factory=list)
    job_skills: set[str] = field(default_factory=set)
    company: str | None = None
    title: str | None = None
    addressee: list[str] = field(default_factory=list)
    orgs: list[tuple[str, str]] = field(default_factory=list)  # (path, organisation name)

    def find(self, phrase: str) -> str | None:
        """The JSON path of the first profile string that holds the phrase as whole words."""
        key = norm(phrase)
        if not key:
            return None
        padded = f" {key} "
        for (path, _, _), text in zip(self.leaves, self.leaf_norms, strict=True):
            if padded in f" {text} ":
                return path
        folded = f" {fold(key)} "  # "Thalès" for "Thales", "Universitat" for "Universität"
        for (path, _, _), text in zip(self.leaves, self.leaf_folds, strict=True):
            if folded in f" {text} ":
                return path
        return None

    def find_all_words(self, phrase: str) -> str | None:
        """The path of one profile string that holds every word of the phrase, in any order."""
        words = set(norm(phrase).split()) - {"of", "the", "and", "for", "at", "in"}
        if not words:
            return None
        for (path, _, _), text in zip(self.leaves, self.leaf_norms, strict=True):
            if words <= set(text.split()):
                return path
        return None

    def find_joined(self, phrase: str) -> str | None:
        """The path of a profile string that holds the phrase written as one word ("Google Maps", "GoogleMaps")."""
        key = norm(phrase).replace(" ", "")
        if len(key) < 6 or " " not in norm(phrase):
            return None
        for (path, _, _), text in zip(self.leaves, self.leaf_norms, strict=True):
            if key in text.split():
                return path
        return None

    def find_stems(self, phrase: str) -> str | None:
        """The path of one profile string that holds each content word of the phrase, or a word of its stem."""
        words = [w for w in norm(phrase).split() if len(w) > 2 and w not in ("and", "the", "for", "with")]
        if not words:
            return None
        for (path, key, _), text in zip(self.leaves, self.leaf_norms, strict=True):
            if key in _DATE_KEYS:
                continue
            have = set(text.split())
            if all(stem_in(w, have) for w in words):
                return path
        return None

    def certificate(self, spellings: Any) -> str | None:
        """The path of a certificate (or award) in the profile that names one of the spellings."""
        keys = [f" {key} " for key in map(norm, spellings) if key]
        for (path, _, _), text in zip(self.leaves, self.leaf_norms, strict=True):
            if path.startswith(("certificates", "awards")) and any(key in f" {text} " for key in keys):
                return path
        return None

    def in_job(self, phrase: str) -> bool:
        return contains(self.job_norm, phrase)


_SKIP_KEYS = {"url", "email", "phone", "image", "$schema", "meta", "postalCode", "address", "username", "canonical",
              "lastModified", "version"}


_DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}


def _walk(value: Any, path: str, key: str, out: list[tuple[str, str, str]]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k in _SKIP_KEYS:
                continue
            _walk(v, f"{path}.{k}" if path else k, k, out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _walk(v, f"{path}[{i}]", key, out)
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = plain(value)
        if text:
            out.append((path, key, text))


def _years_of(text: str) -> float | None:
    """The date's year (and month) as a number: ISO ("2019-06"), else the first month/year or year it writes
    ("06/2019-08/2019", "Jun 2019")."""
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?", text or "")
    if m:
        return int(m.group(1)) + (int(m.group(2)) - 1) / 12 if m.group(2) else float(m.group(1))
    m = _OTHER_DATE.search(text or "")
    if not m:
        return None
    month = int(m.group("month") or 1)
    return int(m.group("year")) + ((month - 1) / 12 if 1 <= month <= 12 else 0)


# A year in a date field written otherwise than ISO: "06/2019", "2019".
_OTHER_DATE = re.compile(r"(?<!\d)(?:(?P<month>\d{1,2})[/.])?(?P<year>(?:19|20)\d\d)(?!\d)")


def _range_end(start: str) -> str | None:
    """The end of a range written in one date field ("06/2019-08/2019" -> "08/2019", "10/2020-Present")."""
    first = _OTHER_DATE.search(start)
    rest = start[first.end() :] if first else ""
    m = re.match(r"\s*(?:[-–—]|to\b)\s*(.+)$", rest, re.IGNORECASE)
    return m.group(1).strip() if m else None


def _entry_path(path: str) -> str:
    """work[0].highlights[2] -> work[0]."""
    m = re.match(r"^([A-Za-z_$][\w$]*\[\d+\])", path)
    return m.group(1) if m else path


def build_facts(profile: Any, job: Any, lexicon: Any = None, *, today: date | None = None) -> Facts:
    """Index the profile and the posting for claim checking."""
    facts = Facts()
    _profile_leaves(facts, profile)
    _profile_spans(facts, profile, today or date.today())
    _profile_roles(facts, profile)
    facts.orgs = profile_orgs(profile)
    if lexicon is not None:
        _profile_skills(facts, lexicon)
    _posting_facts(facts, job, lexicon)
    return facts


def _profile_leaves(facts: Facts, profile: Any) -> None:
    """Every string of the profile by JSON path, its words, and its years and figures."""
    _walk(profile.to_dict(), "", "", facts.leaves)
    facts.leaf_norms = [norm(text) for _, _, text in facts.leaves]
    facts.leaf_folds = [fold(text) for text in facts.leaf_norms]
    facts.profile_words = {w for text in facts.leaf_norms for w in text.split()}
    for path, key, text in facts.leaves:
        if key in _DATE_KEYS:  # every year a date field names ("06/2019-08/2019")
            for m in _OTHER_DATE.finditer(text):
                facts.years.setdefault(int(m.group("year")), path)
            continue
        for fig in figures(text):
            if fig.unit == "year":
                facts.years.setdefault(int(fig.value), path)
                if path.startswith("work"):
                    facts.work_years.append(int(fig.value))
            facts.numbers.append((fig.value, fig.unit, path))
            facts.number_words.append(context_words(text, fig.start, fig.start + len(fig.text)))


def _profile_spans(facts: Facts, profile: Any, now: date) -> None:
    """The dated entries as (path, name, first year, last year), an open end being now."""
    now_years = now.year + (now.month - 1) / 12
    for path, name, start, end in dated_entries(profile):
        first = _years_of(start or "")
        if first is None:
            continue
        if not end and start:
            end = _range_end(start)
        last = _years_of(end or "") if end and end.strip().casefold() not in ("present", "now", "current") else None
        facts.spans.append((path, name, first, last if last is not None else now_years))
        known = max(first, last) if last is not None else first
        facts.known_until = known if facts.known_until is None else max(facts.known_until, known)


def _profile_roles(facts: Facts, profile: Any) -> None:
    """Positions held, degrees with their level, and the owner's names."""
    for i, w in enumerate(profile.work):
        if w.position:
            facts.positions.append((f"work[{i}].position", plain(w.position)))
    for i, v in enumerate(profile.volunteer):
        if v.position:
            facts.positions.append((f"volunteer[{i}].position", plain(v.position)))
    for i, p in enumerate(profile.projects):
        facts.positions.extend((f"projects[{i}].roles[{j}]", plain(r)) for j, r in enumerate(p.roles))
    if profile.basics.label:
        facts.positions.append(("basics.label", plain(profile.basics.label)))
    for i, e in enumerate(profile.education):
        level = degree_level(e.study_type) or degree_level(e.area)
        # the field as the CV gives it: its area, else the words of its degree ("Master of Computer Application");
        # a field the degree names after "in" counts too ("Masters in Teaching Math and Science (MTMS)")
        named = re.search(r"\bin\s+(.+)$", e.study_type or "") if e.area else None
        area = f"{e.area} {named.group(1)}" if named else e.area or e.study_type or ""
        facts.degrees.append((f"education[{i}]", level, plain(area)))
    if profile.basics.name:
        facts.owner = {w.casefold() for w in profile.basics.name.split()}


def _profile_skills(facts: Facts, lexicon: Any) -> None:
    """The lexicon's skills in the profile's leaves, by the first path that names each."""
    for (path, key, text) in facts.leaves:
        if key in _DATE_KEYS:
            continue
        # a keyword leaf ("Rust") is a skill name even without the context an everyday word needs in prose
        named = [lexicon.canonical(part) for part in re.split(r"\s*[,;|]\s*", text) if part]
        if path.startswith("publications") and key == "name":
            continue  # a paper's title ("Emergent Communication") is no skill
        found = [name for name, start, _end in _spans(lexicon, text) if not _heads_a_name(text, start, _end)]
        for name in [*found, *(n for n in named if n)]:
            facts.skills.setdefault(name.casefold(), path)


def _heads_a_name(text: str, start: int, end: int) -> bool:
    """A skill's spelling that begins a longer name ("Go" in "Go Sooners", "Rust" in "Rust Analytics"); a
    spelling that is no word ("C#" in "C# Developer Certification") is the skill itself."""
    if not text[start:end].isalpha():
        return False
    return text[start:start + 1].isupper() and bool(re.match(r"\s+[A-Z][a-z]", text[end:])) and (
        start == 0 or not text[start - 1].isalnum())


def _posting_facts(facts: Facts, job: Any, lexicon: Any) -> None:
    """The posting's employer, title, words, figures and skills, and the names the letter may address."""
    facts.company = plain(job.company) if job.company else None
    facts.title = plain(job.title) if job.title else None
    job_texts = [job.raw_text or "", job.company or "", job.title or "", job.location or "", job.compensation or "",
                 *job.about, *job.responsibilities, *job.requirements, *job.preferred, *job.benefits, *job.skills]
    job_text = "\n".join(t for t in job_texts if t)
    facts.job_norm = norm(job_text)
    facts.job_numbers = [(f.value, f.unit) for f in figures(job_text)]
    if lexicon is not None:
        facts.job_skills = {n.casefold() for n in _find(lexicon, job_text)}
        for skill in job.skills:
            facts.job_skills.update(n.casefold() for n in _find(lexicon, skill))
    facts.addressee = [n for n in (facts.company, *_title_cores(facts.title)) if n]
    if facts.company:
        core = re.sub(r"\s*(?:,?\s*(?:Inc|LLC|Ltd|GmbH|Corp|Co)\.?)$", "", facts.company)
        if core and core != facts.company:
            facts.addressee.append(core)


def _title_cores(title: str | None) -> list[str]:
    """The posting's title and its core without parentheses or a trailing qualifier."""
    if not title:
        return []
    cores = [title, re.sub(r"\s*\([^)]*\)", "", title).strip()]
    cores += [part.strip() for part in re.split(r"\s+[-–—|]\s+|;|,", cores[-1]) if len(part.strip()) > 3]
    return list(dict.fromkeys(c for c in cores if c))


def _find(lexicon: Any, text: str) -> list[str]:
    return list(lexicon.find(text))


def _spans(lexicon: Any, text: str) -> list[tuple[str, int, int]]:
    finder = getattr(lexicon, "find_spans", None)
    if finder is not None:
        return list(finder(text))
    out = []
    for name in _find(lexicon, text):
        for spelling in lexicon.spellings(name):
            m = _phrase_regex(spelling).search(text)
            if m:
                out.append((name, m.start(), m.end()))
                break
    return out

"""Plain-text and Markdown CVs read into JSON Resume data.

The text is cut into sections at headings (Markdown ``#`` lines, or short lines naming a known section in
English, German, French, Spanish or Portuguese, capitalised or spaced out like ``S U M M A R Y``). In the
experience section every heading line, or line with a date range, starts an entry; its parts (split at
``|``, `` — ``, `` at ``, commas) are told apart by a list of job-title words, so "Tech Lead | Incubyte",
"Software engineer at Redgage LLC" and "SALSIFY, Staff SE" all give an employer and a title. Education
lines give the institution (the part naming a university, college, school, institute ...). Skills lines are
split at commas. Every value is text of the CV; lines that fit nowhere are listed by line number.
"""

from __future__ import annotations

import re
from dataclasses import field
from typing import Any

from ...datamodel import model
from .lines import (
    DATE_RANGE,
    EMAIL,
    MONTH,
    Line,
    cells,
    continues,
    front_matter,
    header_columns,
    joined_wrap,
    read_lines,
    span_of,
    table_job,
)
from .names import name_case, name_prefix, split_run_together

SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "work": ("experience", "work experience", "professional experience", "employment", "employment history",
             "work history", "career", "positions", "professional experience", "berufserfahrung", "erfahrung",
             "berufliche erfahrung", "experiência", "experiência profissional", "experiencia",
             "experiencia laboral", "expérience", "expériences", "expérience professionnelle",
             "research experience", "relevant experience", "industry experience", "work"),
    "education": ("education", "educational background", "academic background", "studies", "bildung",
                  "ausbildung", "educação", "formação", "formación", "educación", "formation", "degrees"),
    "skills": ("skills", "technical skills", "technical experience", "skills & interests", "core skills",
               "competencies", "kenntnisse", "conhecimentos", "principais conhecimentos", "habilidades",
               "compétences", "programmieren", "technologies", "tools", "tools & protocols",
               "programming languages", "technical skills and interests", "qualifications"),
    "summary": ("summary", "profile", "about", "about me", "objective", "über mich", "sobre", "resumen",
                "professional summary"),
    "projects": ("projects", "selected projects", "personal projects", "professional projects",
                 "open source", "open source impact"),
    "languages": ("languages", "sprachen", "idiomas", "langues"),
}
_SECTION_OF = {word: kind for kind, words in SECTION_WORDS.items() for word in words}
_OTHER_SECTION = re.compile(
    r"^(publications?|awards?|honou?rs?|interests?|hobbies|references?|certifications?|certificates|"
    r"teaching|talks|presentations|volunteer\w*|activities|patents|research|contact|interesses|interessen|"
    r"softwaredevelopment.*|first-author.*|páginas e contactos|outreach.*|service|community service)$", re.I)
_CERTIFICATES = re.compile(r"^(certifications?|certificates?|licenses?|licen[cs]es and certifications)$", re.I)

TITLE_WORDS = re.compile(
    r"\b(engineer|developer|programmer|manager|lead|leader|intern|internship|director|analyst|consultant|"
    r"designer|researcher|research|assistant|associate|fellow|professor|lecturer|teacher|tutor|nurse|officer|"
    r"founder|co-founder|owner|administrator|admin|scientist|architect|specialist|coordinator|technician|"
    r"editor|writer|head|chief|president|vp|se|sde|swe|cto|ceo|coo|cfo|student|postdoc|trainee|apprentice|"
    r"maintainer|advisor|adviser|contractor|freelancer|freelance|member|chair|speaker|mentor|creator|"
    r"coach|instructor|clerk|cashier|representative|agent|partner|principal|staff|senior|junior|"
    r"journalist|reporter|driver|accountant|auditor|paralegal|attorney|lawyer|chef|cook|barista|teller|"
    r"therapist|pharmacist|physician|technologist|electrician|mechanic|operator|supervisor|foreman|secretary|"
    r"receptionist|librarian|curator|economist|planner|producer|photographer|translator|interpreter|"
    r"postdoctoral|representative|salesperson|missionary|volunteer|oceanographer|geologist|biologist|chemist|"
    r"physicist|mathematician|statistician|scholar|post-doctoral|demonstrator|phlebotomist|"
    r"desarrollador|ingeniero|entwickler|ingenieur|berater|praktikant|estagiário|desenvolvedor|"
    r"stagiaire|développeur|ingénieur|chercheur|doktorand|wissenschaftlicher)\b", re.I)
INSTITUTION_WORDS = re.compile(
    r"(universit|college|school|institut|academy|hochschule|universidad|universidade|école|ecole|"
    r"polytechn|gymnasium|escola|liceo|lycée|faculty|faculdade|facultad|\bmit\b|media lab|"
    r"\bhigh\b(?=\s*(?:,|$)))", re.I)
DEGREE_WORDS = re.compile(
    r"\b(b\.?sc?|m\.?sc?|b\.?a|m\.?a|ph\.?d|bachelor|master|diploma|degree|doctor|mba|bscs|licenciatura|"
    r"mestrado|abitur|gpa|grade|honou?rs)\b", re.I)
_SPLIT = re.compile(r"\s*(?:\||—|–| - | -(?=[A-Z])|\s-{2,}\s*|·|•|\bat\b|@(?=\s))\s*")


@model
class Reading:
    """What was read of a text CV: JSON Resume data and the line numbers of lines left unread."""

    data: dict[str, Any] = field(default_factory=dict)
    unread: list[tuple[int, str]] = field(default_factory=list)
    wrapped: bool = True  # lines may be wrapped (PDF, text); a DOCX paragraph is whole


def section_kind(raw: str, cleaned: str) -> str | None:
    """The section a heading line opens ('work', 'education', ... or 'other'), or None if not a heading."""
    if re.match(r"^\s*[-*+•]\s", raw):
        return None
    text = cleaned.strip(" :.-=_").lower()
    if re.fullmatch(r"(\w\s){2,}\w", text):
        text = text.replace(" ", "")
    text = re.sub(r"\s*\(.*\)$", "", text)
    is_md_heading = bool(re.match(r"^\s{0,3}#{1,2}\s", raw)) or bool(re.match(r"^[=-]{3,}$", raw.strip()))
    if text in _SECTION_OF:
        return _SECTION_OF[text]
    squeezed = text.replace(" ", "")
    for word, kind in _SECTION_OF.items():
        if squeezed == word.replace(" ", ""):
            return kind
    fuzzy = _fuzzy_section(text) if len(text.split()) <= 6 else None
    if fuzzy and (is_md_heading or len(text.split()) <= 4):
        return fuzzy
    pieces = [p for p in re.split(r"\s*(?:,|&|\band\b|/)\s*", text) if p]
    if pieces and all(_OTHER_SECTION.match(p) or _CERTIFICATES.match(p) for p in pieces):
        return "certificates" if any(_CERTIFICATES.match(p) for p in pieces) else "other"
    if _OTHER_SECTION.match(text) or (is_md_heading and len(text.split()) <= 4 and not DATE_RANGE.search(text)
                                       and raw.lstrip().startswith("## ")):
        return "other"
    return None


_FUZZY = (("skills", re.compile(r"skill|technolog|expertise|competen|kenntnis|vaardighed|conhecimento|programm")),
          ("work", re.compile(r"experience|employment|career|werkervaring|berufs|erfahrung|experiência|experiencia")),
          ("education", re.compile(r"educat|studies|opleiding|bildung|formação|formación|academic")))


def _fuzzy_section(text: str) -> str | None:
    """A section kind from a word inside a longer title ('Recently used languages/technologies')."""
    if DATE_RANGE.search(text) or EMAIL.search(text):
        return None
    return next((kind for kind, pattern in _FUZZY if pattern.search(text)), None)


#: Words that name an organisation, a place of work or a part of a CV, never a person.
_NOT_NAME_WORDS = re.compile(
    r"\b(the|of|and|for|museum|cent(?:re|er)|group|team|survey|laborator(?:y|ies)|lab|society|department|"
    r"hospital|clinic|company|council|foundation|association|agency|office|ministry|bank|inc|ltd|llc|gmbh|"
    r"corporation|international|national|skills?|procedural|experience|education|summary|qualifications?|"
    r"publications?|references?|contact|welcome|overview|portfolio|healthcare|home|page|blog)\b", re.I)


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words without digits or '@': how a CV's first line names its owner. Words of
    an organisation, a degree, a school or a CV section ('Carnegie Museum', 'PhD, University', 'Procedural
    Skills') are no person's name."""
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() or ch in "@|/:" for ch in text):
        return False
    if text.lower() in ("curriculum vitae", "resume", "my resume", "my cv") or TITLE_WORDS.search(text):
        return False
    bare = re.sub(r"(?:,?\s+(?:[A-Z][a-z]{0,2}\.){2,})+$", "", text)  # without 'Ph.D.', 'M.D.' after the name
    if _NOT_NAME_WORDS.search(bare) or INSTITUTION_WORDS.search(bare) or DEGREE_WORDS.search(bare):
        return False
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in ("de", "da", "van", "von", "der", "del")
               for w in words)


def split_parts(text: str) -> list[str]:
    """The parts of an entry heading: split at |, dashes, ' at ', then commas; dates removed."""
    text = DATE_RANGE.sub(" | ", text)
    parts = [_trim(p) for p in _SPLIT.split(text)]
    parts = [p for p in parts if p and not re.fullmatch(r"[\W\d]*|\([^()]*\)", p) and not re.fullmatch(MONTH, p, re.I)]
    out: list[str] = []  # a month alone is the start of a range ("February-August 2022")
    for part in parts:
        alone = all(is_location(q) for q in parts if q is not part)
        out += [p.strip() for p in part.split(",") if p.strip()] if alone and _comma_split(part) else [part]
    return [p for p in out if p and not re.fullmatch(r"[\W\d]*", p)]


def _trim(part: str) -> str:
    """A part without edge punctuation; a bracket is cut only when its partner is missing."""
    part = part.strip(" ,;:-–—")
    if part.startswith("(") and ")" not in part:
        part = part[1:]
    if part.endswith(")") and "(" not in part:
        part = part[:-1]
    if part.endswith("("):  # "Hays, Preston (" before a bracketed date range
        part = part[:-1]
    return part.strip()


def title_strength(part: str) -> int:
    """How much a part reads as a job title: title words, most of all as the last word before a comma."""
    head = part.split(",")[0].split()
    if not head or INSTITUTION_WORDS.search(" ".join(head)):
        return 0
    last = 3 if TITLE_WORDS.fullmatch(head[-1]) else 0
    first = 1 if TITLE_WORDS.fullmatch(head[0]) else 0
    return last + first + len(TITLE_WORDS.findall(part)) if (last or first or TITLE_WORDS.search(part)) else 0


def _comma_split(part: str) -> bool:
    """Split 'SALSIFY, Staff SE' but not 'Nara Logics, Inc' or 'Washington, D.C.'."""
    pieces = [p.strip() for p in part.split(",")]
    if len(pieces) < 2:
        return False
    if any(re.fullmatch(r"(inc|llc|ltd|gmbh|co|corp|d\.c|s\.a|s\.r\.l)\.?", p, re.I) for p in pieces[1:]):
        return False
    return any(TITLE_WORDS.search(p) for p in pieces) and not all(TITLE_WORDS.search(p) for p in pieces)


def is_location(part: str) -> bool:
    """'Berlin, Germany', 'Remote', 'Boston MA' and the like."""
    if re.fullmatch(r"(remote|hybrid|on-?site|remote job|worldwide)", part, re.I):
        return True
    if "," in part and len(part.split()) <= 6 and not TITLE_WORDS.search(part) and not INSTITUTION_WORDS.search(part):
        from ...style.cldr import territory_names  # "Cape Town, South Africa": a country's name after the comma

        if part.rsplit(",", 1)[1].strip().casefold() in territory_names():
            return True
    return bool(re.fullmatch(r"[A-Z][\w.' ]+(?:,\s*|\s)(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)", part)) and \
        not TITLE_WORDS.search(part) and not INSTITUTION_WORDS.search(part) and len(part.split()) <= 4 and \
        part.split()[-1] in _PLACES


_PLACES = {"Germany", "USA", "US", "UK", "India", "China", "Japan", "France", "Spain", "Portugal", "Brazil",
           "Canada", "Netherlands", "Sweden", "Russia", "Israel", "Italy", "Egypt", "Morocco", "Nepal",
           "California", "Colorado", "Washington", "MA", "CA", "NY", "TX", "WA", "CO", "IL", "AZ", "TN", "NM",
           "Remote", "D.C.", "Kingdom", "States", "Switzerland", "Austria", "Belgium", "Denmark"}


def job_from_line(text: str) -> dict[str, str]:
    """Employer and position of an entry line; in "Front-End Captain at Synthesio", when title words tell
    neither part, the part before 'at' is the title and the part after it the employer."""
    job = job_from_parts(split_parts(text))
    at = re.search(r"\s+at\s+", text)
    if at and not (job.get("name") and job.get("position")):
        before, after = split_parts(text[:at.start()]), split_parts(text[at.end():])
        if before and after:
            return {"position": before[-1], "name": after[0]}
    return job


def job_from_parts(parts: list[str]) -> dict[str, str]:
    """Employer and position from the parts of an entry heading, told apart by job-title words."""
    parts = [p for p in parts if not is_location(p)]
    if len(parts) == 1:
        caps = re.match(r"^((?:[A-Z0-9&.'-]{2,}\s+)+)(.+)$", parts[0])
        if caps and caps.group(2)[0].isupper() and not caps.group(2).isupper() and TITLE_WORDS.search(caps.group(2)):
            parts = [caps.group(1).strip(), caps.group(2).strip()]
    ranked = sorted(parts, key=title_strength, reverse=True)
    job: dict[str, str] = {}
    if ranked and title_strength(ranked[0]) > 0:
        job["position"] = ranked[0]
    others = [p for p in parts if p != job.get("position")]
    if others:
        job["name"] = others[0]
    return job


def names_school(part: str) -> bool:
    """True when the part names a school with a capitalised word (University, Hochschule, MIT ...)."""
    return any(part[m.start()].isupper() for m in INSTITUTION_WORDS.finditer(part))


def _school_pieces(parts: list[str]) -> list[str]:
    """Parts with 'Degree, School' cut at the comma before the school ('University of X, City' stays whole)."""
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",")]
        first = next((i for i, p in enumerate(pieces) if names_school(p)), 0)
        if first == 0:
            out.append(part)
            continue
        out.append(", ".join(pieces[:first]))
        school = [pieces[first]]
        for piece in pieces[first + 1:]:
            if len(piece.split()) > 3 or DEGREE_WORDS.search(piece):
                break
            school.append(piece)
        out.append(", ".join(school))
    return [p for p in out if p]


def education_from_parts(parts: list[str]) -> dict[str, str]:
    """Institution (the part naming a school) and degree (the first other part) of an education line."""
    parts = _school_pieces(parts)
    schools = sorted((p for p in parts if names_school(p)), key=lambda p: bool(DEGREE_WORDS.search(p)))
    rest = [p for p in parts if p not in schools and not is_location(p)]
    entry: dict[str, str] = {}
    pieces = [p.strip() for p in ", ".join(parts).split(",") if p.strip()]
    if not schools and len(pieces) >= 2 and DEGREE_WORDS.search(pieces[0]) and not is_location(pieces[1]):
        schools, rest = [pieces[1]], [pieces[0]]  # "M.S in Hydrography and Oceanography, ENSTA Bretagne, 2018"
    if schools:
        entry["institution"] = schools[0]
    if rest and schools:
        entry["studyType"] = rest[0]
    if "studyType" in entry:
        entry.update(degree_fields(DATE_RANGE.sub(" ", entry["studyType"]).strip(" ,;|") or entry["studyType"]))
    return entry


def _head_lines(lines: list[Line]) -> list[Line]:
    """The lines before the first section heading and not in a list: where a CV names its owner. A name-like
    line inside a section ('Shelf Seas group, ...' under 'Work experience') is some other name."""
    out: list[Line] = []
    for line in lines:
        kind = section_kind(line.raw, line.text) if len(line.text) <= 60 else None
        if (kind and not (kind == "other" and looks_like_name(line.text))) or DATE_RANGE.search(line.text):
            break  # a section, or a dated entry, has begun
        if not re.match(r"^\s*[-*+•]\s", line.raw):
            out.append(line)
    return out


_NAME_FIELD = re.compile(r"^(?:full\s+)?name\s*:\s*(.+)$", re.I)


def _name_field(lines: list[Line]) -> str | None:
    """The value of a 'Name: ...' line near the top, when it reads as a person's name."""
    for line in lines[:30]:
        field_ = _NAME_FIELD.match(line.text)
        if field_ and looks_like_name(field_.group(1).strip()):
            return field_.group(1).strip()
    return None


def _basics(lines: list[Line], meta: dict[str, Any], full: str) -> dict[str, Any]:
    basics: dict[str, Any] = {}
    name = meta.get("name") if isinstance(meta.get("name"), str) else None
    if not name:
        name = _name_field(lines)
    if not name:
        for line in _head_lines(lines)[:12]:
            candidate = re.sub(r"(?<=[^\W\d_]{3})\.$", "", split_run_together(name_prefix(line.text)))
            if candidate.lower() not in _SECTION_OF and looks_like_name(candidate):
                name = " ".join(name_case(word) for word in candidate.split())
                break
    if name:
        basics["name"] = name
    email = EMAIL.search(full)
    if email:
        basics["email"] = email.group(0)
    return basics


def _sections(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    sections: list[tuple[str, list[Line]]] = [("head", [])]
    for line in lines:
        kind = section_kind(line.raw, line.text) if len(line.text) <= 60 else None
        label = re.match(r"^([a-z][a-z ]{3,30}?)\s{1,3}(?=[A-Z])", line.text)
        if not kind and label and label.group(1).strip() in _SECTION_OF:
            sections.append((_SECTION_OF[label.group(1).strip()], []))
            line = Line(line.number, line.raw, line.text[label.end():])
        if kind:
            sections.append((kind, []))
        elif line.text:
            sections[-1][1].append(line)
    return sections


def _starts_entry(line: Line, previous: Line | None) -> bool:
    if line.is_heading:
        return True
    if re.match(r"^\s*[-*•]\s", line.raw):
        return False
    has_date = bool(DATE_RANGE.search(line.text))
    return has_date and len(line.text) <= 120 and (previous is None or not previous.is_heading or
                                                    DATE_RANGE.search(previous.text) is not None)


def read_work(lines: list[Line], reading: Reading) -> list[dict[str, Any]]:
    """Jobs of an experience section: a heading or dated line starts one; the next short line may add a part."""
    jobs: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    previous: Line | None = None
    one_liners = False  # a list of one-line jobs: "* 2 years as Front-End Captain at Synthesio from 2014 to today"
    group_title: str | None = None  # "<u>Nurse Practitioner</u>" over the jobs held with that title
    columns: dict[str, int] = {}  # a Markdown table's header: which column holds the role, the employer, the dates
    for line in lines:
        row = cells(line.raw)
        columns = columns if row else {}
        if row and (columns or header_columns(row)):
            columns = columns or header_columns(row)
            job = table_job(row, columns)
            if job:
                current = job
                jobs.append(job)
            previous = line
            continue
        site = _WEBSITE.fullmatch(line.text)
        one_line = _one_line_job(line) and (current is None or one_liners)
        if _GROUP_TITLE.match(line.raw) and list(job_from_line(line.text)) == ["position"]:
            group_title, current = line.text, None
        elif current is not None and _title_over_employer(current, line, previous):
            pass
        elif site:  # an employer shown by its logo, whose link is all the text layer keeps
            current = {"name": site.group(1), "url": line.text}
            jobs.append(current)
        elif current is not None and _dates_of_heading(current, line, previous):
            pass
        elif one_line or (_starts_entry(line, previous) and not (
                previous is not None and previous.is_heading and not split_parts(line.text) and current is not None)):
            one_liners = one_line
            current = job_from_line(_YEARS_AS.sub("", line.text))
            _employer_above(current, line, previous, jobs)
            if group_title and "position" not in current:
                current["position"] = group_title
            dates = DATE_RANGE.search(line.text)
            if dates:
                current.update(span_of(dates))
            jobs.append(current)
        elif current is not None and _fills_gap(current, line):
            pass
        elif current is not None and continues(current, line, reading.wrapped):
            current["highlights"][-1] = joined_wrap(current["highlights"][-1], line.text)
        elif current is not None:
            current.setdefault("highlights", []).append(line.text)
        else:
            reading.unread.append((line.number, line.text))
        previous = line
    return [j for j in jobs if j.get("name") or j.get("position")]


#: A line underlined as a whole: a title over the several jobs that follow it.
_GROUP_TITLE = re.compile(r"^\s*<u>[^<]+</u>\s*$")


def _title_over_employer(job: dict[str, Any], line: Line, previous: Line | None) -> bool:
    """A heading of title units ("### Registered Nurse • Labor & Delivery, and Antepartum") right over a heading
    of employer and place ("#### Denver Health • Denver, CO"): one job whose title is the first heading, whole."""
    if previous is None or not (previous.is_heading and line.is_heading) or job.get("highlights") or \
            "position" not in job or DATE_RANGE.search(line.text):
        return False
    below = job_from_line(line.text)
    if list(below) != ["name"]:
        return False
    job["position"], job["name"] = DATE_RANGE.sub(" ", previous.text).strip(" ,|"), below["name"]
    return True


def _dates_of_heading(job: dict[str, Any], line: Line, previous: Line | None) -> bool:
    """A line of dates (and a place) right under a job's heading gives that job its dates: "### Tech Lead |
    Incubyte" then "**Jun 2021 – Present | Remote**" is one job, not a second one without a name."""
    dates = DATE_RANGE.search(line.text)
    if previous is None or not previous.is_heading or not dates or "startDate" in job or job.get("highlights"):
        return False
    rest = job_from_line(re.sub(r"\([^)]*\)", " ", DATE_RANGE.sub(" ", line.text)))  # "(part-time, graduate)"
    if (rest.get("name") or rest.get("position")) and not (job.get("name") and job.get("position")):
        return False  # a heading that named both title and employer is followed by its dates and a place
        # ('*08.2014 - 12.2014* | Saint-Petersburg'), never by another job
    job.update(span_of(dates))
    return True


#: "9 years as", "1 year" before a title in a one-line job.
_YEARS_AS = re.compile(r"^\d+\+?\s+(?:years?|yrs?|months?)\s+(?:as\s+)?", re.I)


def _one_line_job(line: Line) -> bool:
    """A bullet that is a whole job: a date range, and a title and an employer told apart ('Title at Employer');
    or an unindented bullet of dates and a title ("* 2023.11 - present: PDRA physical oceanographer"), whose
    employer is on the indented bullet under it."""
    if not re.match(r"^\s*[-*+•]\s", line.raw) or len(line.text) > 140 or not DATE_RANGE.search(line.text):
        return False
    job = job_from_line(_YEARS_AS.sub("", line.text))
    starts_dated = re.match(rf"(?:{MONTH}|(?:19|20)\d\d)", line.text, re.I)
    if re.match(r"^[-*+•]\s", line.raw) and starts_dated and list(job) == ["position"]:
        return True
    return bool(job.get("name") and job.get("position"))


#: A line that is only a web address; group 1 is its host without "www." ("https://www.gong.io/" -> "gong.io").
_WEBSITE = re.compile(r"https?://(?:www\.)?([\w-]+(?:\.[\w-]+)+)/?")


def _comma_title(text: str) -> str | None:
    """The whole of a dated line that only a comma split ("Developer, WordPress Document Revisions"), else None."""
    parts = [_trim(p) for p in _SPLIT.split(DATE_RANGE.sub(" | ", text))]
    parts = [p for p in parts if p and not re.fullmatch(r"[\W\d]*", p)]
    return parts[0] if len(parts) == 1 and "," in parts[0] else None


def _employer_above(job: dict[str, Any], line: Line, previous: Line | None, jobs: list[dict[str, Any]]) -> None:
    """A dated title line under an undated organisation line ("Executive Office of the President  Washington,
    D.C.") takes that organisation as employer, and the line stops being the last job's highlight. Under a short
    organisation line ("Google Summer of Code"), "Developer, WordPress Document Revisions" is one title."""
    whole = _comma_title(line.text) if "name" in job else None
    if ("name" in job and not whole) or previous is None or DATE_RANGE.search(previous.text) or \
            len(previous.text) > 90:
        return
    if re.match(r"^\s*[-*•]\s", previous.raw) or (previous.text.endswith(".") and len(previous.text.split()) > 8):
        return
    if whole and (len(previous.text.split()) > 6 or previous.text.endswith((".", ",", ";", ":"))):
        return
    parts = [p for p in split_parts(previous.text) if not is_location(p)]
    if parts and previous.text[0].isupper() and ("position" in job or not TITLE_WORDS.search(parts[0])):
        if whole:
            job["position"] = whole
        job["name"] = re.sub(r"\s+(Washington|Boston|New York|Berlin|London)\b.*$", "", parts[0]).strip()
        if jobs and jobs[-1].get("highlights") and jobs[-1]["highlights"][-1] == previous.text:
            jobs[-1]["highlights"].pop()


def _fills_gap(job: dict[str, Any], line: Line) -> bool:
    """A short line right under a heading that gives the missing title or employer."""
    if job.get("highlights") or len(line.text) > 100 or line.text.endswith("."):
        return False
    parts = split_parts(line.text)
    if not parts:
        return bool(DATE_RANGE.search(line.text))
    more = job_from_parts(parts)
    if "name" in job and re.fullmatch(r"\s*([*_])[^*_]+\1\s*", line.raw) and TITLE_WORDS.search(line.text):
        more["position"] = line.text  # an emphasised line under an employer's heading is its title, whole
    if "position" in job and len(parts) == 1 and not is_location(parts[0]):
        more["name"] = parts[0]  # the title is known: the line under it is the employer, whole
    added = False
    for key in ("position", "name"):
        if key not in job and more.get(key):
            job[key] = more[key]
            added = True
    return added


_SCHOOL = re.compile(r"\b(universit\w*|universidad|université|universität|college|school|institut\w*|centre|center|"
                     r"academy|polytechnic|hochschule|école|ecole)\b", re.IGNORECASE)


def read_education(lines: list[Line], reading: Reading) -> list[dict[str, Any]]:
    """Degrees: every line naming an institution is one; a degree on the line before or after is kept."""
    out: list[dict[str, Any]] = []
    pending: str | None = None
    for line in lines:
        entry = education_from_parts(split_parts(line.text))
        if "institution" in entry:
            if "studyType" not in entry and pending:
                entry["studyType"] = pending
            dates = DATE_RANGE.search(line.text)
            if dates and _SCHOOL.search(entry["institution"]):  # "Ph.D in Physical Oceanography, GEOMAR ...,
                # 2022": a lone year is when the degree ended; not for a field read as the school ('Data
                # Analytics and Computational Social Science, May 2022 - Present', the school on the next line)
                span = span_of(dates)
                entry.update(span if span.get("endDate") != span["startDate"] else {"endDate": span["endDate"]})
            out.append(entry)
            pending = None
        elif out and DEGREE_WORDS.search(line.text) and len(line.text) <= 160:
            degree = degree_fields(degree_name(line.text))
            if "studyType" in out[-1]:
                out.append({"institution": out[-1]["institution"], **degree})
            else:
                out[-1].update(degree)
        elif out and "studyType" not in out[-1] and len(line.text) <= 80:
            out[-1]["studyType"] = line.text
        else:
            pending = line.text if len(line.text) <= 80 else None
    return out


def degree_name(text: str) -> str:
    """The degree of a line such as 'B.S. in Computer Science, graduated with honors (GPA: 3.9) | 2016-2020'."""
    text = DATE_RANGE.sub(" | ", text).split(" | ")[0]
    name = re.sub(r"\s*\((gpa|grade|note)[^)]*\)", "", text.split(",")[0], flags=re.I).strip(" ,;|")
    return name or text.strip()


def degree_fields(degree: str) -> dict[str, str]:
    """JSON Resume's studyType and area from 'B.S. in Computer Science' ('Mestrado em ...', 'Grado en ...')."""
    match = re.match(r"^(.+?)\s+(?:in|em|en)\s+(.+)$", degree)
    if match and DEGREE_WORDS.search(match.group(1)):
        return {"studyType": match.group(1), "area": match.group(2)}
    return {"studyType": degree}


def read_skills(lines: list[Line]) -> list[dict[str, Any]]:
    """Skills: 'Label: a, b, c' lines become a named group; other lines are split at commas."""
    out: list[dict[str, Any]] = []
    for line in lines:
        label, _, rest = line.text.partition(":") if ":" in line.text[:40] else ("", "", line.text)
        items = [i.strip(" .") for i in re.split(r",|;|\s\|\s| / |\s•\s", rest) if i.strip(" .")]
        if not items:
            continue
        out.append({"name": label.strip() or items[0], "keywords": items})
    return out


def parse_text(text: str, *, wrapped: bool = True) -> Reading:
    """Read a plain-text or Markdown CV into JSON Resume data (see the module docstring); ``wrapped`` is False for
    text whose lines are whole paragraphs (a DOCX)."""
    meta, body = front_matter(text)
    lines = read_lines(body)
    reading = Reading(wrapped=wrapped)
    data: dict[str, Any] = {"basics": _basics(lines, meta, text)}
    for kind, part in _sections(lines):
        if kind == "work":
            data.setdefault("work", []).extend(read_work(part, reading))
        elif kind == "education":
            data.setdefault("education", []).extend(read_education(part, reading))
        elif kind in ("skills", "languages"):
            data.setdefault("skills", []).extend(read_skills(part))
        elif kind == "summary":
            summary = " ".join(line.text for line in part)
            if summary:
                data["basics"].setdefault("summary", summary)
        elif kind == "certificates":
            data.setdefault("certificates", []).extend({"name": line.text} for line in part if len(line.text) <= 120)
        elif kind == "projects":
            data.setdefault("projects", []).extend({"name": line.text} for line in part if len(line.text) <= 100)
        elif kind == "other":
            reading.unread.extend((line.number, line.text) for line in part)
    reading.data = {k: v for k, v in data.items() if v}
    return reading

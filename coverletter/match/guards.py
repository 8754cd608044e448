"""What a piece of evidence cannot claim: skills inside names, and degrees outside a posting's window.

* **Names are not skills.** A paper's title ("... with Emergent Communication"), a project's or product's
  name ("Active Learning"), an employer's name ("Nexus AI") and an institution's name say what something is
  called, not what the applicant can do. ``masked_texts`` gives each piece of evidence its text with those
  names blanked, and the matcher finds skills only there.
* **Eligibility is about dates.** "PhD candidate ... graduating between Winter 2026 and Spring 2028" or
  "currently enrolled in a PhD program" is met by a degree of that level that is still under way (no end
  date, or one in the future) or ends inside the posting's window -- not by a PhD finished in 2023.
  ``eligibility`` says True or False for such a line, and None for any other line.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from ..text import plain

_ENROLMENT = re.compile(
    r"\b(graduat\w*|enrol+ed|enrol+ment|currently\s+(?:pursuing|studying|working\s+towards?)|pursuing|"
    r"candidates?\s+in|students?\b|final[- ]year|expected\s+graduation)", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_LEVELS = (
    ("doctorate", re.compile(r"\b(ph\.?\s?d|doctor\w*|dphil)\b", re.IGNORECASE)),
    ("master", re.compile(r"\b(master\w*|m\.?\s?sc|m\.?\s?s|msc|meng|mba)\b", re.IGNORECASE)),
    ("bachelor", re.compile(r"\b(bachelor\w*|b\.?\s?sc|b\.?\s?a|basc|beng|undergraduate)\b", re.IGNORECASE)),
)
_ONGOING = ("present", "now", "current", "today", "")


def masked_texts(profile: Any, pieces: list[Any]) -> list[str]:
    """Each piece's text with the names of its entry (titles, project, employer, institution) blanked."""
    names = _names_by_entry(profile)
    out = []
    for ev in pieces:
        entry = ev.id.split(".", 1)[0]
        text = ev.text
        for name in names.get(entry, ()):
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
        out.append(text)
    return out


def _names_by_entry(profile: Any) -> dict[str, list[str]]:
    """'publications[2]' -> [its title], 'work[0]' -> [the employer's name], ...; longest first."""
    found: dict[str, list[str]] = {}

    def put(key: str, *values: Any) -> None:
        texts = [plain(v) for v in values if v and plain(v)]
        if texts:
            found[key] = sorted(texts, key=len, reverse=True)

    for i, pub in enumerate(getattr(profile, "publications", []) or []):
        put(f"publications[{i}]", pub.name)
    for i, proj in enumerate(getattr(profile, "projects", []) or []):
        put(f"projects[{i}]", proj.name)
    for i, award in enumerate(getattr(profile, "awards", []) or []):
        put(f"awards[{i}]", award.title, award.awarder)
    for i, cert in enumerate(getattr(profile, "certificates", []) or []):
        put(f"certificates[{i}]", cert.issuer)
    for i, job in enumerate(getattr(profile, "work", []) or []):
        put(f"work[{i}]", job.name, (job.extra or {}).get("company"))
    for i, vol in enumerate(getattr(profile, "volunteer", []) or []):
        put(f"volunteer[{i}]", vol.organization)
    for i, edu in enumerate(getattr(profile, "education", []) or []):
        put(f"education[{i}]", edu.institution)
    return found


def _level(text: str) -> str | None:
    for name, pattern in _LEVELS:
        if pattern.search(text or ""):
            return name
    return None


def _year_of(value: str | None) -> int | None:
    match = _YEAR.search(str(value or ""))
    return int(match.group(1)) if match else None


def eligibility(line: str, profile: Any, today: datetime.date | None = None) -> bool | None:
    """Whether the profile's education meets an enrolment or graduation line; None for other lines.

    A line is about eligibility when it names a degree level and enrolment ("currently enrolled",
    "graduating", "candidate in", "student"). It is met by a degree of that level (any level when the
    line names none) that is under way today, or whose end year falls inside the years the line names.
    """
    level = _level(line)
    if level is None or not _ENROLMENT.search(line):
        return None
    today = today or datetime.date.today()
    years = [int(y) for y in _YEAR.findall(line)]
    window = (min(years), max(years)) if years else None
    for edu in getattr(profile, "education", []) or []:
        own = _level(f"{edu.study_type or ''} {edu.area or ''}")
        if own is not None and own != level:
            continue
        end_text = str(edu.end_date or "").strip().casefold()
        end = _year_of(end_text)
        ongoing = end_text in _ONGOING or end is None or _ends_after(end_text, today)
        if window is not None and end is not None:
            if window[0] <= end <= window[1]:
                return True
        elif ongoing:
            return True
    return False


def _ends_after(end_text: str, today: datetime.date) -> bool:
    """An ISO-ish end date later than today (a degree expected to finish)."""
    match = re.match(r"(\d{4})(?:-(\d{1,2}))?", end_text)
    if not match:
        return False
    year, month = int(match.group(1)), int(match.group(2) or 12)
    return (year, month) >= (today.year, today.month)

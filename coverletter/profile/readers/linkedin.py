"""LinkedIn's data export (the .zip with Profile.csv, Positions.csv, Education.csv, Skills.csv) as JSON Resume."""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any


def _rows(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    for member in archive.namelist():
        if member.lower().endswith(name.lower()):
            text = archive.read(member).decode("utf-8-sig", errors="replace")
            rows = csv.DictReader(io.StringIO(text))
            return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in rows]
    return []


def read_linkedin(raw: bytes) -> tuple[dict[str, Any], list[str]]:
    """JSON Resume data from the export's CSV files, and the files that were not read."""
    archive = zipfile.ZipFile(io.BytesIO(raw))
    profile = (_rows(archive, "Profile.csv") or [{}])[0]
    name = " ".join(p for p in (profile.get("First Name"), profile.get("Last Name")) if p)
    basics = {"name": name, "label": profile.get("Headline"), "summary": profile.get("Summary")}
    emails = _rows(archive, "Email Addresses.csv")
    if emails:
        basics["email"] = emails[0].get("Email Address")
    work = [{"name": r.get("Company Name"), "position": r.get("Title"), "summary": r.get("Description"),
             "location": r.get("Location"), "startDate": r.get("Started On"), "endDate": r.get("Finished On")}
            for r in _rows(archive, "Positions.csv")]
    education = [{"institution": r.get("School Name"), "studyType": r.get("Degree Name"),
                  "startDate": r.get("Start Date"), "endDate": r.get("End Date")}
                 for r in _rows(archive, "Education.csv")]
    skills = [{"name": r.get("Name")} for r in _rows(archive, "Skills.csv") if r.get("Name")]
    data = {"basics": {k: v for k, v in basics.items() if v}, "work": work, "education": education, "skills": skills}
    read = ("profile.csv", "positions.csv", "education.csv", "skills.csv", "email addresses.csv")
    unread = [m for m in archive.namelist() if m.lower().endswith(".csv") and not m.lower().endswith(read)]
    return {k: v for k, v in data.items() if v}, unread

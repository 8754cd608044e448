"""JSON/YAML CVs in shapes other than JSON Resume 1.x, turned into JSON Resume data.

Recognised: JSON Resume's older keys (``work[].company``, ``website``, ``picture``), look-alikes with
``experience[]`` (``company``/``position``/``from``/``to``), FRESH (HackMyResume: ``employment.history``,
``education.history``, ``skills.sets``, ``contact``, ``info``), ``info``-headed personal layouts, and
Jekyll/al-folio ``_data/cv.yml`` (a list of sections with ``title`` and ``contents``). Values are moved,
never made up; what could not be placed is listed in ``unread``.
"""

from __future__ import annotations

from typing import Any

#: Old or look-alike key -> JSON Resume key, per kind of entry.
WORK_KEYS = {"company": "name", "employer": "name", "organization": "name", "organisation": "name",
             "place": "name", "institution": "name", "title": "position", "role": "position",
             "website": "url", "from": "startDate", "start": "startDate", "start_date": "startDate",
             "to": "endDate", "end": "endDate", "end_date": "endDate", "activities": "highlights",
             "bullets": "highlights", "responsibilities": "highlights", "achievements": "highlights",
             "description": "summary", "date": "startDate"}
EDU_KEYS = {"school": "institution", "university": "institution", "name": "institution",
            "degree": "studyType", "title": "studyType", "type": "studyType", "major": "area",
            "field": "area", "from": "startDate", "start": "startDate", "to": "endDate", "end": "endDate",
            "graduation": "endDate", "year": "endDate"}
PROJECT_KEYS = {"title": "name", "link": "url", "website": "url", "from": "startDate", "start": "startDate",
                "date": "startDate", "to": "endDate", "end": "endDate", "bullets": "highlights",
                "achievements": "highlights", "responsibilities": "highlights", "activities": "highlights",
                "position": "roles", "role": "roles", "technologies": "keywords", "stack": "keywords"}
BASICS_KEYS = {"website": "url", "picture": "image", "title": "label", "headline": "label",
               "brief": "summary", "fullname": "name", "full_name": "name"}
WORK_SECTIONS = ("work", "experience", "workExperience", "work_experience", "employment", "jobs", "positions")
EDU_SECTIONS = ("education", "educations", "studies")


LOOK_ALIKE_KEYS = ("experience", "employment", "info", "contact", "personal", "basic", "personalInfo",
                   "workExperience", "work_experience")


def is_jsonresume_like(data: dict[str, Any]) -> bool:
    """True unless the data shows a look-alike's marks: older work keys, FRESH or personal section names."""
    if any(k in data for k in LOOK_ALIKE_KEYS):
        return False
    work = data.get("work")
    if isinstance(work, list) and any(isinstance(w, dict) and ("company" in w or "employer" in w)
                                      and "name" not in w for w in work):
        return False
    return not (isinstance(data.get("education"), dict) and "basics" not in data)


def _text(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _entry(item: dict[str, Any], keys: dict[str, str], target: str) -> dict[str, Any]:
    """One entry with look-alike keys renamed; lists of text kept as highlights."""
    out: dict[str, Any] = {}
    if target == "work" and "place" in item and _text(item.get("name")):
        out["position"] = item["name"]
    for key, value in item.items():
        new = keys.get(key, key)
        if new == "summary" and isinstance(value, list):  # 'description': ["Built ...", "Led ..."] is bullets
            new = "highlights"
        if new == "highlights":
            if isinstance(value, list):
                out.setdefault("highlights", []).extend(str(v) for v in value if _text(v))
            elif _text(value):
                out.setdefault("highlights", []).append(str(value))
            continue
        if new in out:
            continue
        out[new] = value
    if target == "work" and "name" not in out and _text(item.get("name")):
        out["name"] = item["name"]
    return out


def _project(item: dict[str, Any]) -> dict[str, Any]:
    """A project with look-alike keys renamed ('bullets' -> highlights, 'position' -> roles, 'link' -> url)."""
    out = _entry(item, PROJECT_KEYS, "project")
    for key in ("roles", "keywords"):
        if isinstance(out.get(key), str):
            out[key] = [out[key]] if _text(out[key]) else []
    return out


def _entries(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        if any(k in value for k in ("name", "institution", "school", "company")):
            return [value]
        value = value.get("history") or value.get("items") or value.get("list") or []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _basics(data: dict[str, Any]) -> dict[str, Any]:
    basics = dict(data.get("basics") or data.get("basic") or {}) if isinstance(
        data.get("basics") or data.get("basic") or {}, dict) else {}
    for holder in ("info", "contact", "personal", "personalInfo", "personal_information"):
        part = data.get(holder)
        if isinstance(part, dict):
            for key, value in part.items():
                if _text(value) and key not in basics:
                    basics[key] = value
    for key in ("name", "email", "phone", "label", "summary", "website", "url"):
        if key not in basics and _text(data.get(key)):
            basics[key] = data[key]
    if "name" not in basics:
        first, last = _text(basics.get("firstName")), _text(basics.get("lastName"))
        if first or last:
            basics["name"] = " ".join(p for p in (first, last) if p)
    return {BASICS_KEYS.get(k, k): v for k, v in basics.items()}


def _skills(value: Any) -> list[dict[str, Any]]:
    """Skills as JSON Resume skills from lists of text, {name, keywords}, FRESH sets, or {group: [..]}."""
    if isinstance(value, dict) and isinstance(value.get("sets"), list):
        return [{"name": s.get("name"), "keywords": [str(k) for k in s.get("skills") or [] if _text(k)]}
                for s in value["sets"] if isinstance(s, dict)]
    if isinstance(value, dict):
        out = []
        for group, items in value.items():
            names = [i.get("name") if isinstance(i, dict) else i for i in items] if isinstance(items, list) else []
            out.append({"name": str(group), "keywords": [str(n) for n in names if _text(n)]})
        return out
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, str):
                out.append({"name": item})
            elif isinstance(item, dict):
                out.append(_skill_item(item))
        return out
    return []


def _skill_item(item: dict[str, Any]) -> dict[str, Any]:
    name = _text(item.get("name")) or _text(item.get("summary")) or _text(item.get("type")) or ""
    keywords = item.get("keywords") or item.get("items") or item.get("item") or item.get("skills") or []
    if isinstance(keywords, list):
        keywords = [k.get("summary") or k.get("name") if isinstance(k, dict) else k for k in keywords]
    return {"name": name, "keywords": [str(k) for k in keywords if _text(k)]}


def convert_shape(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """JSON Resume data from a look-alike mapping, and the top-level keys left unread."""
    out: dict[str, Any] = {"basics": _basics(data)}
    used = {"basics", "basic", "info", "contact", "personal", "personalInfo", "personal_information",
            "name", "email", "phone", "label", "summary", "website", "url", "meta"}
    work: list[dict[str, Any]] = []
    for key in WORK_SECTIONS:
        if key in data:
            work += [_entry(w, WORK_KEYS, "work") for w in _entries(data[key])]
            used.add(key)
    if work:
        out["work"] = work
    edu: list[dict[str, Any]] = []
    for key in EDU_SECTIONS:
        if key in data:
            edu += [_entry(e, EDU_KEYS, "education") for e in _entries(data[key])]
            used.add(key)
    if edu:
        out["education"] = edu
    if "skills" in data:
        out["skills"] = _skills(data["skills"])
        used.add("skills")
    if isinstance(data.get("projects"), list):  # a project's 'bullets' are its highlights, its 'position' its role
        out["projects"] = [_project(p) for p in data["projects"] if isinstance(p, dict)]
        used.add("projects")
    for key in ("publications", "awards", "languages", "interests", "volunteer", "certificates"):
        if isinstance(data.get(key), list):
            out[key] = data[key]
            used.add(key)
    unread = [k for k in data if k not in used]
    return out, unread


def is_section_list(data: Any) -> bool:
    """True for a Jekyll/al-folio ``cv.yml``: a list of sections each with a ``title``."""
    return isinstance(data, list) and bool(data) and all(
        isinstance(s, dict) and "title" in s for s in data)


def convert_section_list(data: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """JSON Resume data from an al-folio style list of sections; titles not understood are listed."""
    out: dict[str, Any] = {"basics": {}}
    unread: list[str] = []
    for section in data:
        title = str(section.get("title", "")).lower()
        contents = [c for c in section.get("contents") or [] if isinstance(c, dict)]
        if "educat" in title:
            out.setdefault("education", []).extend(
                {"institution": c.get("institution"), "studyType": c.get("title"), "endDate": _text(c.get("year"))}
                for c in contents)
        elif any(w in title for w in ("experience", "employment", "work", "career", "position")):
            out.setdefault("work", []).extend(
                {"name": c.get("institution") or c.get("company"), "position": c.get("title"),
                 "startDate": _text(c.get("year"))} for c in contents)
        elif "skill" in title:
            out["skills"] = [{"name": _text(c.get("name")) or _text(c.get("title")) or "",
                              "keywords": [str(v) for v in (c.get("items") or []) if _text(v)]} for c in contents]
        elif title in ("general information", "contact"):
            for c in contents:
                if str(c.get("name", "")).lower() in ("full name", "name") and _text(c.get("value")):
                    out["basics"]["name"] = c["value"]
        else:
            unread.append(str(section.get("title")))
    return out, unread

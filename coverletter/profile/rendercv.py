"""Reading a rendercv CV (https://rendercv.com, a YAML file with a top-level ``cv:``) as JSON Resume data.

Header: ``cv.name`` -> ``basics.name``; ``cv.headline`` (or ``cv.label``) -> ``basics.label``; ``email``,
``phone`` and ``website`` (-> ``basics.url``) may be lists in rendercv 2: the first is used, the others are
kept in ``basics.additionalEmails`` / ``additionalPhones`` / ``additionalUrls``; ``photo`` -> ``basics.image``;
``location`` ("San Francisco, CA") -> ``basics.location`` {city: "San Francisco", region: "CA"};
``social_networks`` -> ``basics.profiles`` with the URL rendercv would build; ``custom_connections`` are kept
as ``basics.customConnections``. ``design``, ``locale``, ``settings`` and ``rendercv_settings`` only style the
PDF and are left out.

Sections have free titles; like rendercv, the entry type of a section is found from the keys of its first
recognisable entry, and the section is mapped by that type (and, for some types, by words in its title):

=================================================  ==========================================================
rendercv entry type (its keys)                     goes to
=================================================  ==========================================================
ExperienceEntry (company, position)                ``work`` (``volunteer`` when the title says volunteer)
EducationEntry (institution, area, degree)         ``education`` (degree -> studyType; highlights, location
                                                   and summary kept on the entry)
PublicationEntry (title, authors, doi, journal)    ``publications`` (journal -> publisher, date ->
                                                   releaseDate, doi -> url https://doi.org/...; authors kept)
NormalEntry (name, ...)                            ``awards`` when the title says award/honor/prize/
                                                   scholarship/fellowship, ``certificates`` for certificates/
                                                   licenses, ``publications`` for publications/papers/
                                                   patents, else ``projects`` (summary -> description)
OneLineEntry (label, details)                      ``skills`` (name = label, keywords = details split on
                                                   commas outside brackets); ``languages`` in a section
                                                   titled "Languages" when details hold no comma
BulletEntry (bullet), NumberedEntry (number),      lines: the summary (title says summary/about/profile/
ReversedNumberedEntry (reversed_number),           objective), awards, publications, certificates or
TextEntry (plain strings)                          interests by title; any other section is kept as a list
                                                   of text under its snake_case title (``invited_talks``)
=================================================  ==========================================================

Lines of an unrecognised section are *not* turned into a made-up project: a heading such as "Invited Talks"
is not a project, and a letter must not call it one. They stay as a top-level list (evidence ids
``invited_talks[0]``), which the matcher reads like any other unknown list.

Dates: ``start_date``/``end_date`` -> ``startDate``/``endDate``; ``end_date: present`` (or no end date) leaves
``endDate`` out, which JSON Resume reads as ongoing; a lone ``end_date`` or ``date`` in YYYY[-MM[-DD]] form
becomes both start and end (a one-off), a free-text ``date`` ("Fall 2023") is kept as ``dateText`` on the entry
(never in a JSON Resume date field, which must be YYYY[-MM[-DD]]).
YAML dates arrive as ISO strings. Markdown in the text is kept as written, except that a name written as a
link, ``[FlashInfer](https://...)``, becomes the name "FlashInfer" and the entry's url.
rendercv's own templates leave many keys blank (``summary:``), so blank values are dropped silently here.
"""

from __future__ import annotations

import re
from typing import Any

from .jsonresume import RESUME, TEXT, TEXTS, Problems, is_empty, wrong_kind
from .source import describe

#: Top-level keys of a rendercv file that only style the output.
STYLE_KEYS = ("design", "locale", "locale_catalog", "settings", "rendercv_settings")

#: rendercv's characteristic keys per entry type, in the order rendercv tries them.
ENTRY_TYPES: tuple[tuple[str, frozenset[str]], ...] = (
    ("OneLineEntry", frozenset({"label", "details"})),
    ("NormalEntry", frozenset({"name"})),
    ("ExperienceEntry", frozenset({"company", "position"})),
    ("EducationEntry", frozenset({"institution", "area", "degree"})),
    ("PublicationEntry", frozenset({"title", "authors", "doi", "journal"})),
    ("BulletEntry", frozenset({"bullet"})),
    ("NumberedEntry", frozenset({"number"})),
    ("ReversedNumberedEntry", frozenset({"reversed_number"})),
)
_LINE_KEYS = {"BulletEntry": "bullet", "NumberedEntry": "number", "ReversedNumberedEntry": "reversed_number"}

#: rendercv's social network URL prefixes (rendercv/schema/models/cv/social_network.py).
NETWORK_URLS = {
    "LinkedIn": "https://linkedin.com/in/",
    "GitHub": "https://github.com/",
    "GitLab": "https://gitlab.com/",
    "IMDB": "https://imdb.com/name/",
    "Instagram": "https://instagram.com/",
    "ORCID": "https://orcid.org/",
    "StackOverflow": "https://stackoverflow.com/users/",
    "ResearchGate": "https://researchgate.net/profile/",
    "YouTube": "https://youtube.com/@",
    "Google Scholar": "https://scholar.google.com/citations?user=",
    "Telegram": "https://t.me/",
    "Leetcode": "https://leetcode.com/u/",
    "X": "https://x.com/",
    "Twitter": "https://twitter.com/",
}

_TITLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("summary", re.compile(r"\b(summary|about|profile|objective|overview|introduction|bio)\b")),
    ("awards", re.compile(r"award|hono(u)?r|prize|scholarship|fellowship")),
    ("certificates", re.compile(r"certific|licen[cs]e")),
    ("publications", re.compile(r"publication|paper|patent")),
    ("volunteer", re.compile(r"volunteer")),
    ("interests", re.compile(r"interest|hobb")),
    ("education", re.compile(r"educa|formaci|formação|ausbildung|studies|studium|academic")),
)
#: Where the lines of a bullet/numbered/text section go, by the field that holds one line.
_LINE_FIELD = {"publications": "name", "certificates": "name", "interests": "name", "skills": "name",
               "projects": "name", "languages": "language"}
_LINE_TITLES = {"skills": "skills", "technical_skills": "skills", "projects": "projects",
                "languages": "languages", "spoken_languages": "languages"}
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_TRAILING_YEAR = re.compile(r"\((\d{4})\)\s*$")
_MD_LINK = re.compile(r"^\s*\[([^\]]+)\]\(([^)\s]+)\)\s*$")


def is_rendercv(data: dict[str, Any]) -> bool:
    """True for a rendercv file: a top-level ``cv`` object and no JSON Resume ``basics``."""
    return isinstance(data.get("cv"), dict) and "basics" not in data


def title_kind(title: str) -> str | None:
    """What a section title says its lines are: summary, awards, certificates, publications, … or None."""
    words = title.replace("_", " ").lower()
    for kind, pattern in _TITLE_RULES:
        if pattern.search(words):
            return kind
    return None


def entry_type(entries: list[Any]) -> str | None:
    """rendercv's entry type of a section, from its first recognisable entry (None if there is none)."""
    for entry in entries:
        if isinstance(entry, str):
            return "TextEntry"
        if isinstance(entry, dict):
            for name, keys in ENTRY_TYPES:
                if keys & entry.keys():
                    return name
    return None


def snake_title(title: str) -> str:
    """rendercv's snake_case title: "Invited Talks" -> "invited_talks"."""
    return re.sub(r"\s+", "_", title.strip().lower()) or "section"


def split_details(details: str) -> list[str]:
    """Split "Python, C++ (17, 20), CUDA" on commas outside brackets -> ["Python", "C++ (17, 20)", "CUDA"]."""
    parts, depth, current = [], 0, []
    for char in details:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


class _Reader:
    """Reads typed values out of rendercv entries, recording wrong kinds with their rendercv path."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def value_text(self, value: Any, path: str) -> str | None:
        """Text (numbers made text), None for a blank value; any other kind is recorded as an error."""
        if is_empty(value):
            return None
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        self.problems.errors.append(wrong_kind(path, TEXT, value))
        return None

    def text(self, entry: dict[str, Any], key: str, path: str) -> str | None:
        return self.value_text(entry.get(key), f"{path}.{key}")

    def texts(self, entry: dict[str, Any], key: str, path: str) -> list[str]:
        value = entry.get(key)
        if is_empty(value):
            return []
        if not isinstance(value, list):
            self.problems.errors.append(wrong_kind(f"{path}.{key}", TEXTS, value))
            return []
        found = (self.value_text(item, f"{path}.{key}[{i}]") for i, item in enumerate(value))
        return [text for text in found if text]

    def first(self, entry: dict[str, Any], key: str, path: str) -> tuple[str | None, list[str]]:
        """A field that rendercv 2 allows as one value or a list: (first, others)."""
        value = entry.get(key)
        if isinstance(value, list):
            values = self.texts(entry, key, path)
            return (values[0] if values else None), values[1:]
        return self.text(entry, key, path), []


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if not is_empty(value):
        target[key] = value


# A NormalEntry under one of these headings: (JSON Resume key of its name, key of its single date).
_DATED_NORMAL = {"awards": ("title", "date"), "certificates": ("name", "date"), "publications": ("name", "releaseDate")}


def _dates(reader: _Reader, entry: dict[str, Any], path: str, target: dict[str, Any],
           start: str = "startDate", end: str = "endDate") -> None:
    """rendercv's date / start_date / end_date semantics as JSON Resume start and end dates."""
    date = reader.text(entry, "date", path)
    first = reader.text(entry, "start_date", path)
    last = reader.text(entry, "end_date", path)
    if last and last.lower() == "present":
        last = None
    if date is None and first is None and last is not None:
        date = last
        last = None
    if date is not None:
        if _ISO_DATE.fullmatch(date):
            target[start] = date
            if end:
                target[end] = date
        else:
            target["dateText"] = date
        return
    _put(target, start, first)
    if end:
        _put(target, end, last)


def _name_and_url(name: str | None) -> tuple[str | None, str | None]:
    match = _MD_LINK.match(name or "")
    if match:
        return match.group(1).strip(), match.group(2)
    return name, None


def _location(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    city, _, region = text.partition(",")
    out = {"city": city.strip()}
    _put(out, "region", region.strip())
    return out


def _basics(cv: dict[str, Any], reader: _Reader) -> dict[str, Any]:
    basics: dict[str, Any] = {}
    _put(basics, "name", reader.text(cv, "name", "cv"))
    _put(basics, "label", reader.text(cv, "headline", "cv") or reader.text(cv, "label", "cv"))
    for key, target, more in (("email", "email", "additionalEmails"), ("phone", "phone", "additionalPhones"),
                              ("website", "url", "additionalUrls")):
        first, others = reader.first(cv, key, "cv")
        _put(basics, target, first)
        _put(basics, more, others)
    _put(basics, "image", reader.text(cv, "photo", "cv"))
    _put(basics, "location", _location(reader.text(cv, "location", "cv")))
    profiles = []
    networks = cv.get("social_networks")
    if not is_empty(networks) and not isinstance(networks, list):
        reader.problems.errors.append(f"cv.social_networks should be a list of objects, not {describe(networks)}")
    for i, item in enumerate(networks if isinstance(networks, list) else []):
        path = f"cv.social_networks[{i}]"
        if not isinstance(item, dict):
            if not is_empty(item):
                reader.problems.errors.append(f"{path} should be an object, not {describe(item)}")
            continue
        network, username = reader.text(item, "network", path), reader.text(item, "username", path)
        link: dict[str, Any] = {}
        _put(link, "network", network)
        _put(link, "username", username)
        _put(link, "url", _network_url(network, username))
        if link:
            profiles.append(link)
    _put(basics, "profiles", profiles)
    connections = cv.get("custom_connections")
    if not is_empty(connections):
        basics["customConnections"] = connections
    return basics


def _network_url(network: str | None, username: str | None) -> str | None:
    if not network or not username:
        return None
    if network == "Mastodon":
        parts = username.split("@")
        return f"https://{parts[2]}/@{parts[1]}" if len(parts) == 3 and parts[0] == "" else None
    prefix = NETWORK_URLS.get(network)
    return prefix + username if prefix else None


class _Sections:
    """Builds the JSON Resume sections from rendercv sections."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.out: dict[str, Any] = {}
        self.summary: list[str] = []

    def add(self, key: str, item: dict[str, Any]) -> None:
        if item:
            self.out.setdefault(key, []).append(item)

    def keep(self, title: str, values: list[Any]) -> None:
        key = snake_title(title)
        taken = set(self.out) | set(RESUME.fields) | {"cv"}
        base, n = key, 2
        while key in taken:
            key, n = f"{base}_{n}", n + 1
        self.out[key] = values

    def section(self, title: str, entries: Any) -> None:
        path = f"cv.sections.{title}"
        if is_empty(entries):
            return
        if not isinstance(entries, list):
            self.reader.problems.errors.append(f"{path} should be a list of entries, not {describe(entries)}")
            return
        kind = entry_type(entries)
        if kind is None:
            self.reader.problems.errors.append(
                f"{path}: no entry matches a rendercv entry type (company/position, institution/area, "
                "title/authors, name, label/details, bullet, number, reversed_number or plain text)")
            return
        by_title = title_kind(title)
        lines: list[str] = []
        for i, entry in enumerate(entries):
            where = f"{path}[{i}]"
            if is_empty(entry):
                continue
            if kind == "TextEntry" or kind in _LINE_KEYS:
                text = self.line(kind, entry, where)
                if text:
                    lines.append(text)
                continue
            if not isinstance(entry, dict):
                self.reader.problems.errors.append(
                    f"{where} should be an object like the others in the section ({kind}), not {describe(entry)}")
                continue
            self.entry(kind, by_title, title, entry, where)
        if lines:
            self.lines(by_title, title, lines)

    def line(self, kind: str, entry: Any, path: str) -> str | None:
        """The text of a one-line entry: a plain string, or the bullet/number/reversed_number of an object."""
        if kind == "TextEntry":
            if isinstance(entry, dict):
                self.reader.problems.errors.append(
                    f"{path} should be text like the section's first entry, not an object")
                return None
            return self.reader.value_text(entry, path)
        if isinstance(entry, dict):
            return self.reader.text(entry, _LINE_KEYS[kind], path)
        return self.reader.value_text(entry, path)

    def entry(self, kind: str, by_title: str | None, title: str, entry: dict[str, Any], path: str) -> None:
        r = self.reader
        item: dict[str, Any] = {}
        if kind == "ExperienceEntry" and by_title == "education":  # a school written as company/position
            _put(item, "institution", r.text(entry, "company", path))
            _put(item, "studyType", r.text(entry, "position", path))
            _dates(r, entry, path, item)
            _put(item, "location", r.text(entry, "location", path))
            _put(item, "summary", r.text(entry, "summary", path))
            _put(item, "highlights", r.texts(entry, "highlights", path))
            self.add("education", item)
        elif kind == "ExperienceEntry":
            volunteer = by_title == "volunteer"
            _put(item, "organization" if volunteer else "name", r.text(entry, "company", path))
            _put(item, "position", r.text(entry, "position", path))
            if not volunteer:
                _put(item, "location", r.text(entry, "location", path))
            _dates(r, entry, path, item)
            _put(item, "summary", r.text(entry, "summary", path))
            _put(item, "highlights", r.texts(entry, "highlights", path))
            if volunteer:
                _put(item, "location", r.text(entry, "location", path))
            self.add("volunteer" if volunteer else "work", item)
        elif kind == "EducationEntry":
            _put(item, "institution", r.text(entry, "institution", path))
            _put(item, "area", r.text(entry, "area", path))
            _put(item, "studyType", r.text(entry, "degree", path))
            _dates(r, entry, path, item)
            _put(item, "location", r.text(entry, "location", path))
            _put(item, "summary", r.text(entry, "summary", path))
            _put(item, "highlights", r.texts(entry, "highlights", path))
            self.add("education", item)
        elif kind == "PublicationEntry":
            _put(item, "name", r.text(entry, "title", path))
            _put(item, "publisher", r.text(entry, "journal", path))
            _dates(r, entry, path, item, start="releaseDate", end="")
            doi = r.text(entry, "doi", path)
            _put(item, "url", f"https://doi.org/{doi}" if doi else r.text(entry, "url", path))
            _put(item, "summary", r.text(entry, "summary", path))
            _put(item, "doi", doi)
            _put(item, "authors", r.texts(entry, "authors", path))
            self.add("publications", item)
        elif kind == "OneLineEntry":
            label, details = r.text(entry, "label", path), r.text(entry, "details", path)
            if by_title is None and snake_title(title) in {"languages", "spoken_languages", "language_skills"} \
                    and label and details and "," not in details:
                self.add("languages", {"language": label, "fluency": details})
                return
            _put(item, "name", label)
            _put(item, "keywords", split_details(details or ""))
            self.add("skills", item)
        else:  # NormalEntry
            self.normal(by_title, entry, path)

    def normal(self, by_title: str | None, entry: dict[str, Any], path: str) -> None:
        r = self.reader
        name, link = _name_and_url(r.text(entry, "name", path))
        url = r.text(entry, "url", path) or link
        summary, highlights = r.text(entry, "summary", path), r.texts(entry, "highlights", path)
        item: dict[str, Any] = {}
        if by_title in _DATED_NORMAL:
            name_key, date_key = _DATED_NORMAL[by_title]
            _put(item, name_key, name)
            _dates(r, entry, path, item, start=date_key, end="")
            _put(item, "url", url)
            _put(item, "summary", summary)
            _put(item, "highlights", highlights)
            self.add(by_title, item)
            return
        _put(item, "name", name)
        _put(item, "description", summary)
        _put(item, "url", url)
        _dates(r, entry, path, item)
        _put(item, "highlights", highlights)
        _put(item, "location", r.text(entry, "location", path))
        self.add("projects", item)

    def lines(self, by_title: str | None, title: str, lines: list[str]) -> None:
        if by_title == "summary":
            self.summary.extend(lines)
        elif by_title == "awards":
            for line in lines:
                year = _TRAILING_YEAR.search(line)
                self.add("awards", {"title": line, **({"date": year.group(1)} if year else {})})
        elif (target := by_title or _LINE_TITLES.get(snake_title(title))) in _LINE_FIELD:
            for line in lines:
                self.add(target, {_LINE_FIELD[target]: line})
        else:
            self.keep(title, lines)


def rendercv_to_resume(data: dict[str, Any], problems: Problems) -> dict[str, Any]:
    """JSON Resume data from a rendercv document (see the module docstring for the mapping)."""
    cv = data["cv"]
    reader = _Reader(problems)
    sections = _Sections(reader)
    raw_sections = cv.get("sections")
    if not is_empty(raw_sections) and not isinstance(raw_sections, dict):
        problems.errors.append(f"cv.sections should be an object of titled sections, not {describe(raw_sections)}")
    elif isinstance(raw_sections, dict):
        for title, entries in raw_sections.items():
            sections.section(str(title), entries)
    basics = _basics(cv, reader)
    if sections.summary:
        basics["summary"] = "\n".join(sections.summary)
    known = {"name", "headline", "label", "email", "phone", "website", "photo", "location",
             "social_networks", "custom_connections", "sections"}
    for key, value in cv.items():
        if key not in known and not is_empty(value):
            basics[key] = value
    resume: dict[str, Any] = {"basics": basics, **sections.out}
    for key, value in data.items():
        if key != "cv" and key not in STYLE_KEYS and key not in resume:
            resume[key] = value
    return resume

"""Front matter at the top of a Markdown posting: YAML between ``---`` lines, TOML between ``+++`` lines.

Front matter written by a job board's scraper is often noisy (hashtags, generated summaries, a category
in ``jobType``), so only the keys that name the job's facts become hints, and the posting's own words
can still overrule them.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any
from urllib.parse import urlparse

from ..files import load_yaml

_YAML = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TOML = re.compile(r"\A\ufeff?\+\+\+[ \t]*\r?\n(?P<body>.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_SIMPLE = re.compile(r"^\s*(?P<key>[\w.-]+)\s*[:=]\s*(?P<value>.*?)\s*$")

_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "jobtitle", "job", "position", "role", "positiontitle", "name"),
    "company": ("company", "companyname", "employer", "organization", "organisation", "hiringorganization",
                "org", "companytitle", "brand"),
    "location": ("location", "joblocation", "locations", "city", "place", "office", "joblocationtype"),
    "remote": ("remote", "isremote", "remoteok", "remotefriendly"),
    "employment_type": ("employmenttype", "type", "jobtype", "contract", "contracttype", "schedule", "commitment"),
    "compensation": ("salary", "compensation", "pay", "payrange", "salaryrange", "basesalary"),
    "posted": ("date", "dateposted", "posted", "published", "publishdate", "timestamp", "created"),
}
_URL_KEYS = ("url", "applyurl", "link", "companywebsite", "website", "host", "images", "image", "logo",
             "companyurl", "homepage", "canonical", "source")


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """(metadata, body, kind) where kind is "yaml", "toml" or None when the text has no front matter.

    Front matter that does not parse is read line by line as ``key: value`` / ``key = value``, so a
    posting is never lost to a stray quote in its header.
    """
    for kind, pattern in (("yaml", _YAML), ("toml", _TOML)):
        match = pattern.match(text)
        if not match:
            continue
        raw = match.group("body")
        body = text[match.end() :]
        data = _parse(raw, kind)
        return data, body, kind
    return {}, text, None


def _parse(raw: str, kind: str) -> dict[str, Any]:
    try:
        if kind == "yaml":
            data = load_yaml(raw, "front matter")  # aliases bounded (a "billion laughs" is refused)
        else:
            try:
                import tomllib
            except ModuleNotFoundError:  # Python 3.10
                import tomli as tomllib  # type: ignore[no-redef]
            data = tomllib.loads(raw)
    except Exception:
        data = None
    if isinstance(data, dict):
        return data
    loose: dict[str, Any] = {}
    for line in raw.splitlines():
        match = _SIMPLE.match(line)
        if match:
            loose[match.group("key")] = match.group("value").strip().strip("\"'")
    return loose


def _flat_key(key: str) -> str:
    return re.sub(r"[\W_]+", "", str(key).casefold())


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        for key in ("name", "title", "value", "text", "addressLocality"):
            if key in value:
                return _text(value[key])
        return None
    if isinstance(value, (list, tuple)):
        parts = [t for t in (_text(v) for v in value) if t]
        return "; ".join(parts) if parts else None
    text = " ".join(str(value).split())
    return text or None


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in {"true", "yes", "1", "remote", "y"}:
        return True
    if text in {"false", "no", "0", "onsite", "on-site", "n"}:
        return False
    return None


def hints_from(meta: dict[str, Any]) -> dict[str, Any]:
    """Hints for parse_posting from front matter: title, company, location, remote, employment type,
    compensation, posted, and the web domains named in URL fields (``domains``)."""
    flat = {_flat_key(k): v for k, v in meta.items()}
    hints: dict[str, Any] = {}
    for name, keys in _KEYS.items():
        for key in keys:
            if key not in flat:
                continue
            value = flat[key]
            if name == "remote":
                parsed = _bool(value)
                if parsed is not None:
                    hints["remote"] = parsed
                    break
                continue
            if name == "posted" and isinstance(value, (int, float)) and value > 10**11:
                value = _dt.datetime.fromtimestamp(value / 1000, tz=_dt.timezone.utc).date()
            text = _text(value)
            if not text:
                continue
            if name == "employment_type" and not re.search(
                r"full|part|contract|intern|temporary|permanent|freelance|apprentice|fixed", text, re.I
            ):
                continue  # a board's category ("software", "other"), not an employment type
            hints[name] = text
            break
    domains: list[str] = []
    for key in _URL_KEYS:
        value = flat.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and "://" in item:
                host = urlparse(item.strip()).hostname or ""
                if host and host not in domains:
                    domains.append(host)
    if domains:
        hints["domains"] = domains
    return hints

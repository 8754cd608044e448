"""Strict validation of a JSON Resume file against the JSON Resume schema (v1.2.1, bundled).

This is the check JSON Resume's own tooling does (``resume validate``): the draft-07 ``schema.json`` with
its ``email`` and ``uri`` formats enforced, as the npm ``jsonschema`` package behind the upstream validator
does. Formats are checked with two small, fixed rules so the result never depends on optional packages:
an email is ``something@something`` without spaces; a URI starts with a scheme (``https:``, ``mailto:``).
Unlike the forgiving loader, ``null`` and wrong kinds are all reported, one issue per problem.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datamodel import model
from ..errors import ProfileError
from ..paths import data_file
from .rendercv import is_rendercv
from .source import describe, read_document

SCHEMA_FILE = "resume-schema.json"
TOP_LEVEL = "(top level)"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S*")
_KINDS = {"string": "text", "object": "an object", "array": "a list", "number": "a number",
          "integer": "a whole number", "boolean": "true or false", "null": "null"}


@model(frozen=True)
class ValidationIssue:
    """One problem: where (``work[0].startDate``; ``(top level)`` for the whole file) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@lru_cache(maxsize=1)
def resume_schema() -> dict[str, Any]:
    """The bundled JSON Resume schema (coverletter/data/resume-schema.json)."""
    return json.loads(data_file(SCHEMA_FILE).read_text(encoding="utf-8"))


def json_path(parts: Any) -> str:
    """('work', 0, 'startDate') -> 'work[0].startDate'; () -> '(top level)'."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or TOP_LEVEL


def _message(error: Any) -> str:
    kind = error.validator
    value = error.instance
    if kind == "type":
        wanted = error.validator_value
        wanted = [wanted] if isinstance(wanted, str) else list(wanted)
        return f"should be {' or '.join(_KINDS.get(w, w) for w in wanted)}, not {describe(value)}"
    if kind == "pattern" and "[1-2][0-9]{3}" in str(error.validator_value):
        return f"{describe(value)} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"
    if kind == "format" and error.validator_value == "email":
        return f"{describe(value)} is not an email address"
    if kind == "format" and error.validator_value == "uri":
        return f"{describe(value)} is not a URL with a scheme (such as https://)"
    return error.message


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    checker.checks("email")(lambda value: not isinstance(value, str) or bool(_EMAIL.fullmatch(value)))
    checker.checks("uri")(lambda value: not isinstance(value, str) or bool(_URI.fullmatch(value)))
    return jsonschema.Draft7Validator(resume_schema(), format_checker=checker)


def validate_data(data: Any) -> list[ValidationIssue]:
    """Every way data breaks the JSON Resume schema, sorted by path; [] when valid."""
    issues = {ValidationIssue(json_path(error.absolute_path), _message(error))
              for error in _validator().iter_errors(data)}
    return sorted(issues, key=lambda issue: (issue.path != TOP_LEVEL, issue.path, issue.message))


def validate_profile(path: str | Path) -> list[ValidationIssue]:
    """Validate a JSON Resume file (.json, .yaml, .yml) strictly; [] when valid.

    A file that cannot be read or parsed raises InputError/ParseError; a rendercv CV raises ProfileError,
    since it is not JSON Resume (``coverletter profile CV.yaml --json`` converts it).
    """
    data, name = read_document(path)
    if isinstance(data, dict) and is_rendercv(data):
        raise ProfileError("is a rendercv CV, not JSON Resume; only JSON Resume files can be validated",
                           path=name, hint=f"`coverletter profile {name} --json` prints it as JSON Resume")
    return validate_data(data)

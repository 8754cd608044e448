"""Reading a profile file into plain JSON data: JSON or YAML, with parse errors that point at line and column.

The format comes from the extension (``.json``; ``.yaml``/``.yml``); any other name (or stdin, "-") is
sniffed: JSON when the text starts with ``{``, else YAML. YAML's own types are turned into JSON's:
dates become ISO strings (``2020-01-15``), keys become strings.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ..errors import InputError, ParseError, ProfileError
from ..files import STDIN, load_yaml, parse_json, read_text

JSON_SUFFIXES = {".json"}
YAML_SUFFIXES = {".yaml", ".yml"}


def display_name(path: str | Path) -> str:
    """How a profile's origin is named in messages: the path as given, or ``<stdin>``."""
    return "<stdin>" if str(path) == STDIN else str(path)


def detect_format(path: str | Path, text: str) -> str:
    """'json' or 'yaml', from the extension, else from the first character of the text."""
    suffix = Path(str(path)).suffix.lower() if str(path) != STDIN else ""
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in YAML_SUFFIXES:
        return "yaml"
    return "json" if text.lstrip().startswith("{") else "yaml"


def parse_yaml(text: str, name: str) -> Any:
    """Parse YAML with ``yaml.safe_load``; a syntax error is a ParseError with 1-based line and column."""
    import yaml

    try:
        return load_yaml(text, name)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        raise ParseError(f"not valid YAML: {problem}", path=name, line=line, column=column,
                         hint="fix the YAML syntax at that position (indentation, a ':' or quotes)") from exc
    except yaml.YAMLError as exc:
        raise ParseError(f"not valid YAML: {exc}", path=name) from exc
    except RecursionError as exc:
        raise ParseError("not valid YAML: nested too deeply", path=name) from exc


def to_json_data(value: Any) -> Any:
    """YAML values as JSON values: dates to ISO strings, keys to strings, sets and tuples to lists."""
    if isinstance(value, dict):
        return {_key(k): to_json_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_data(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((to_json_data(v) for v in value), key=str)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    return value


def _key(key: Any) -> str:
    if isinstance(key, (dt.date, dt.datetime)):
        return key.isoformat()
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def describe(value: Any) -> str:
    """A short, user-facing name for the kind of a JSON value: 'null', 'a list', 'text "abc"'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f"text {json.dumps(shown, ensure_ascii=False)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def read_document(path: str | Path) -> tuple[Any, str]:
    """Read and parse a profile file; returns (JSON data, display name). The data may be any JSON value."""
    name = display_name(path)
    text = read_text(path, what="profile")
    if not text.strip():
        raise InputError("is empty", path=name, hint="write a JSON Resume or rendercv profile in it")
    suffix = Path(str(path)).suffix.lower() if str(path) != STDIN else ""
    if suffix not in JSON_SUFFIXES | YAML_SUFFIXES and text.lstrip().startswith("<"):
        raise InputError("is XML or HTML, which is not read as a profile", path=name,
                         hint="give a JSON Resume (.json) or a rendercv / JSON Resume YAML (.yaml) file")
    if detect_format(path, text) == "json":
        data = parse_json(text, name)
    else:
        data = to_json_data(parse_yaml(text, name))
        if data is None:
            raise InputError("holds no data (only comments or blank lines)", path=name,
                             hint="write a JSON Resume or rendercv profile in it")
    return data, name


def read_mapping(path: str | Path) -> tuple[dict[str, Any], str]:
    """Like read_document, but the top level must be an object (a mapping of sections)."""
    data, name = read_document(path)
    if not isinstance(data, dict):
        raise ProfileError(
            f"the top level is {describe(data)}, not an object of sections", path=name,
            hint='a JSON Resume profile looks like {"basics": {"name": ...}, "work": [...]}; '
                 "a rendercv CV starts with cv:",
        )
    return data, name

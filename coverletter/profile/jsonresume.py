"""The forgiving reading of JSON Resume data, before it becomes a Profile.

Rules (the ones ``coverletter generate`` lives by; ``coverletter profile FILE --validate`` is the strict check):

* **Empty is absent.** A known field whose value is ``null``, ``""`` (or only spaces), ``[]`` or ``{}`` is
  dropped, and a warning naming its path is recorded: ``work[0].url is empty; ignored``. The same holds
  for an empty item in a list (``work[0].highlights[2] is empty; ignored``). Dropping an item shifts the
  indices after it, so evidence ids follow the loaded profile (``coverletter profile FILE --json``).
* **A number where text belongs is text.** ``startDate: 2020`` or ``phone: 5551234`` in YAML is read as
  ``"2020"`` / ``"5551234"``, silently.
* **Any other wrong kind is an error.** Text where a list belongs, a list where text belongs, a number or
  text where an object belongs, true/false anywhere text belongs: a ProfileError that names the field path
  and the kind expected, e.g. ``work[0].highlights should be a list of text, not text "Led a team"``.
  Every such problem is found; the message shows the first and counts the rest.
* **Unknown keys are kept** as they are (in ``extra``) and come back out of ``Profile.to_dict()``.

Paths use JSON Resume's own camelCase names as they stand in the file: ``basics.location.city``,
``work[0].startDate``.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from ..datamodel import model
from ..errors import ProfileError
from .source import describe


class Text:
    """A string field (numbers are accepted and turned into text)."""

    expected = "text"


@model
class ListOf:
    """A list whose items follow ``item``."""

    item: Any

    @property
    def expected(self) -> str:
        return f"a list of {'objects' if isinstance(self.item, Obj) else 'text'}"


@model
class Obj:
    """An object with known ``fields``; other keys are kept untouched."""

    fields: dict[str, Any]
    expected: str = "an object"
    hint: str | None = None


TEXT = Text()
TEXTS = ListOf(TEXT)


def _entry(*text: str, lists: tuple[str, ...] = ()) -> Obj:
    spec: dict[str, Any] = {name: TEXT for name in text}
    spec.update({name: TEXTS for name in lists})
    return Obj(spec)


LOCATION = Obj({k: TEXT for k in ("address", "postalCode", "city", "countryCode", "region")},
               hint='write it as an object, e.g. location: {city: "Berlin", countryCode: "DE"}')
PROFILE_LINK = _entry("network", "username", "url")
BASICS = Obj({
    **{k: TEXT for k in ("name", "label", "image", "email", "phone", "url", "summary")},
    "location": LOCATION,
    "profiles": ListOf(PROFILE_LINK),
})

#: The JSON Resume 1.x shape, field by field (the part of schema.json that the loader enforces).
RESUME = Obj({
    "basics": BASICS,
    "work": ListOf(_entry("name", "location", "description", "position", "url", "startDate", "endDate",
                          "summary", lists=("highlights",))),
    "volunteer": ListOf(_entry("organization", "position", "url", "startDate", "endDate", "summary",
                               lists=("highlights",))),
    "education": ListOf(_entry("institution", "url", "area", "studyType", "startDate", "endDate", "score",
                               lists=("courses",))),
    "awards": ListOf(_entry("title", "date", "awarder", "summary")),
    "certificates": ListOf(_entry("name", "date", "url", "issuer")),
    "publications": ListOf(_entry("name", "publisher", "releaseDate", "url", "summary")),
    "skills": ListOf(_entry("name", "level", lists=("keywords",))),
    "languages": ListOf(_entry("language", "fluency")),
    "interests": ListOf(_entry("name", lists=("keywords",))),
    "references": ListOf(_entry("name", "reference")),
    "projects": ListOf(_entry("name", "description", "startDate", "endDate", "url", "entity", "type",
                              lists=("highlights", "keywords", "roles"))),
    "meta": _entry("canonical", "version", "lastModified"),
})

_ABSENT = object()


@model
class Problems:
    """What reading found: warnings (forgiven) and errors (each a path and a sentence)."""

    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def raise_errors(self, source: str) -> None:
        """Raise one ProfileError for the errors found, if any: the first one, and how many more."""
        if not self.errors:
            return
        first, *rest = self.errors
        hint = f"and {len(rest)} more; `coverletter profile {source} --validate` lists them all" if rest else None
        raise ProfileError(first, path=source, hint=hint)


def join(path: str, key: str) -> str:
    """``basics`` + ``name`` -> ``basics.name``; at the top level just ``name``."""
    return f"{path}.{key}" if path else key


def is_empty(value: Any) -> bool:
    """None, blank text, an empty list or an empty object."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, (list, dict)) and not value


def wrong_kind(path: str, spec: Any, value: Any) -> str:
    """The sentence for a value of the wrong kind, with a hint on how to write it."""
    message = f"{path} should be {spec.expected}, not {describe(value)}"
    if isinstance(spec, ListOf) and isinstance(value, str):
        message += f' (write it as a list, e.g. ["{_short(value)}"])'
    elif isinstance(spec, Obj) and spec.hint:
        message += f" ({spec.hint})"
    return message


def _short(text: str) -> str:
    text = " ".join(text.split()).replace('"', "'")
    return text if len(text) <= 24 else text[:21] + "..."


def clean(value: Any, spec: Any, path: str, problems: Problems) -> Any:
    """The value checked against spec: empties dropped (with a warning), wrong kinds recorded as errors."""
    if is_empty(value):
        problems.warnings.append(f"{path} is empty; ignored")
        return _ABSENT
    if isinstance(spec, Text):
        if isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        problems.errors.append(wrong_kind(path, spec, value))
        return _ABSENT
    if isinstance(spec, ListOf):
        if not isinstance(value, list):
            problems.errors.append(wrong_kind(path, spec, value))
            return _ABSENT
        items = [clean(item, spec.item, f"{path}[{i}]", problems) for i, item in enumerate(value)]
        kept = [item for item in items if item is not _ABSENT]
        return kept if kept else _ABSENT
    if not isinstance(value, dict):
        problems.errors.append(wrong_kind(path, spec, value))
        return _ABSENT
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key in spec.fields:
            cleaned = clean(item, spec.fields[key], join(path, key), problems)
            if cleaned is not _ABSENT:
                out[key] = cleaned
        else:
            out[key] = item
    return out


def clean_resume(data: dict[str, Any], problems: Problems) -> dict[str, Any]:
    """A JSON Resume dict made safe for ``Profile.from_dict`` under the rules in this module's docstring."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in RESUME.fields:
            cleaned = clean(value, RESUME.fields[key], key, problems)
            if cleaned is not _ABSENT:
                out[key] = cleaned
        else:
            out[key] = value
    return out

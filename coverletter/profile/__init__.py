"""Profiles: JSON Resume (.json, .yaml, .yml) and rendercv YAML CVs read into a ``Profile``.

``load_profile`` is forgiving (see ``coverletter.profile.jsonresume`` for the rules: empty values are
dropped with a warning in ``profile.warnings``, values of the wrong kind are a ProfileError naming the field
path); ``validate_profile`` is the strict JSON Resume schema check; ``require_name`` is what ``generate``
asks of a profile before it writes a letter.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ProfileError
from .jsonresume import Problems, clean_resume
from .model import Profile
from .readers import CVReading, read_cv
from .rendercv import is_rendercv, rendercv_to_resume
from .validate import ValidationIssue, validate_data, validate_profile

__all__ = [
    "Profile",
    "ValidationIssue",
    "load_profile",
    "profile_from_data",
    "read_profile",
    "require_name",
    "summarize_warnings",
    "validate_data",
    "validate_profile",
]


def profile_from_data(data: dict, *, source: str = "profile", lenient: bool = False) -> Profile:
    """A Profile from parsed JSON Resume or rendercv data, under the forgiving rules.

    Raises ProfileError (naming ``source`` and the field path) for a value of the wrong kind; with
    ``lenient`` (data converted from another format) such values are dropped with a warning instead.
    """
    problems = Problems()
    if is_rendercv(data):
        data = rendercv_to_resume(data, problems)
    resume = clean_resume(data, problems)
    if lenient:
        problems.warnings += [f"{error}; not read" for error in problems.errors]
        problems.errors = []
    problems.raise_errors(source)
    profile = Profile.from_dict(resume, source=source)
    profile.warnings = problems.warnings
    return profile


def read_profile(path: str | Path) -> tuple[Profile, CVReading]:
    """Read a CV of any supported format into a Profile, with the reading (format found, parts left unread)."""
    reading = read_cv(path)
    name = "<stdin>" if str(path) == "-" else str(path)
    if not isinstance(reading.data, dict):
        raise ProfileError("the top level is not an object of sections", path=name)
    converted = reading.kind not in ("jsonresume", "rendercv")
    profile = profile_from_data(reading.data, source=name, lenient=converted)
    return profile, reading


def load_profile(path: str | Path) -> Profile:
    """Read a profile: JSON Resume as .json/.yaml/.yml (other names are sniffed), or a rendercv YAML CV.

    Errors: InputError (missing, a directory, binary, not UTF-8, empty), ParseError (bad JSON/YAML, with
    line and column), ProfileError (top level not an object; a value of the wrong kind, with its path).
    """
    return read_profile(path)[0]


def summarize_warnings(warnings: list[str], *, verbose: bool = False) -> list[str]:
    """Warnings to show: the "X is empty; ignored" ones folded into one counting line unless ``verbose``."""
    empty = [w for w in warnings if w.endswith("is empty; ignored")]
    if verbose or len(empty) <= 1:
        return list(warnings)
    rest = [w for w in warnings if w not in empty]
    return [f"{len(empty)} empty fields ignored; `coverletter profile FILE --verbose` lists them", *rest]


def require_name(profile: Profile) -> str:
    """The applicant's name, or a ProfileError: a letter needs a name to sign."""
    name = (profile.basics.name or "").strip()
    if not name:
        raise ProfileError("basics.name is missing; a letter needs a name to sign",
                           path=profile.source or "profile", hint="add basics.name to the profile")
    return name

"""coverletter: a truthful cover letter tailored to one job, from a CV as data and the job posting.

The public API is in :mod:`coverletter.api`; the names below are imported from it on first use, so
importing ``coverletter`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = [
    "check",
    "compose",
    "generate",
    "load_job",
    "load_profile",
    "match",
    "render",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'coverletter' has no attribute {name!r}")

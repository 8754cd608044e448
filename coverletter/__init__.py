"""coverletter: a truthful cover letter tailored to one job, from a CV as data and the job posting.

The public library API is :mod:`coverletter.api` (``from coverletter import api``). It is a module of its own,
not names re-exported here, because several stages share their name with the module that implements them
(``coverletter.match.coverage``, ``coverletter.check.report``), and importing ``coverletter`` stays cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"

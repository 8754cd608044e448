"""check: the claims of a letter against the profile and the posting; placeholders, length, clichés; the report.

May import: the leaves, profile, job, match and templating. Never changes the letter.
"""

from .claims import Claim
from .report import CheckReport, CheckResult, body_of, check_letter

__all__ = ["CheckReport", "CheckResult", "Claim", "body_of", "check_letter"]

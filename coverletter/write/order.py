"""What a letter tells first: a line that refers back to another comes after it; a job that ended before the
studies began is not 'alongside' them."""

from __future__ import annotations

import re

from .values import years_in

_DEFINITE = re.compile(r"\b(?:the|this|these|those)\s+([\w-]+(?:\s+[\w-]+)?)", re.I)


def refers_back(line: str, other: str) -> bool:
    """Whether ``line`` names with 'the'/'this' a thing that ``other`` introduces with 'a' or bare ('the
    scheduler was adopted' after 'prototyped an erasure-coding repair scheduler'): it must be told second."""
    introduced = {w.casefold() for m in re.finditer(r"\b(?:an?|one)\s+((?:[\w-]+\s*){1,4})", other, re.I)
                  for w in m.group(1).split()}
    for found in _DEFINITE.finditer(line):
        for noun in found.group(1).casefold().split():
            if len(noun) > 3 and noun in introduced and noun not in line[:found.start()].casefold():
                return True
    return False


def ended_before(job_when: str, study_when: str) -> bool:
    """Whether a job's years ('2018–2021') ended by the studies' first year ('2021–2027'); False when either
    has no year."""
    job_years, study_years = years_in(job_when), years_in(study_when)
    if not job_years or not study_years or re.search(r"present|now|current|today", job_when or "", re.I):
        return False
    return max(job_years) <= min(study_years)  # ended in the year the studies began: before them

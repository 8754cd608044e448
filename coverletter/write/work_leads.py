"""The frames that lead a paragraph with a job: where, as what and when ('At Kestrel Analytics, where I was a
Backend Engineer (2018–2021), I ...')."""

from __future__ import annotations

import re

from .pieces import Piece
from .realise import a_an
from .values import years_in

FREELANCE = re.compile(r"\b(freelance\w*|self-?employed|independ\w*|indépendant\w*|autónomo|autonomo|"
                        r"autônomo|freiberuflich\w*|selbstständig\w*|zzp)\b", re.I)


def work_leads(piece: Piece, org: str, position: str, clause: str, *, tensed: bool = True) -> list[str]:
    if FREELANCE.search(org):
        bare = re.sub(r"^an? ", "", position) if position else "developer"
        return [f"As a freelance {bare}, I {clause}.", f"Working freelance as {a_an(bare)}, I {clause}."]
    if not tensed and position:
        return [f"As {position} at {org}, I {clause}.", f"At {org}, as {position}, I {clause}."]
    if piece.section == "volunteer":
        return [f"As a volunteer at {org}, I {clause}.", f"Outside paid work, at {org}, I {clause}."]
    if not position:
        return [f"At {org}, I {clause}.", f"During my time at {org}, I {clause}."]
    if piece.current:
        return [f"In my current role as {position} at {org}, I {clause}.",
                f"At {org}, where I work as {position}, I {clause}.",
                f"As {position} at {org}, I {clause}."]
    when = f" ({piece.when})" if piece.when else ""
    return [f"At {org}, where I was {position}{when}, I {clause}.",
            f"As {position} at {org}{when}, I {clause}.",
            f"During my time as {position} at {org}, I {clause}.",
            f"In my years at {org} as {position.removeprefix('a ').removeprefix('an ')}, I {clause}."
            if _years_span(piece.when) >= 2 else f"While I was at {org}{when}, I {clause}."]


def _years_span(when: str) -> int:
    """2 for '2019–2021'; 0 for a single year or none."""
    years = years_in(when)
    return max(years) - min(years) if len(years) == 2 else 0

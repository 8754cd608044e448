"""Organisations as wholes: an employer or institution named in a letter is backed only by an organisation of
the profile that it names, by its whole name, an alias (without legal form or "The", a part before a dash or
comma, a parenthesised short name) or an abbreviation ("UW" for University of Washington, "UMass" for
University of Massachusetts Amherst, "UC Santa Barbara"), never by words it shares with skills or other names.
Legal forms are cleanco's list (``basename``: "Agile Solutions GmbH" is "Agile Solutions").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from cleanco import basename as _cleanco_basename

from ..text import norm
from .lexis import fold

_STOP = {"of", "the", "at", "and", "for", "in", "de", "du", "der", "und", "&", "d", "l", "des", "la", "le", "et", "di"}


@lru_cache(maxsize=8192)  # cleanco tries every legal form on every call; a letter asks about the same names often
def basename(name: str) -> str:
    """cleanco's basename: the name without its legal form ("Agile Solutions GmbH" -> "Agile Solutions")."""
    return _cleanco_basename(name)


def profile_orgs(profile: Any) -> list[tuple[str, str]]:
    """(JSON path, name) of every organisation in the profile: employers, schools, volunteer organisations,
    awarders, certificate issuers, publishers and project entities."""
    data = profile.to_dict()
    fields = (("work", "name"), ("education", "institution"), ("volunteer", "organization"), ("awards", "awarder"),
              ("certificates", "issuer"), ("publications", "publisher"), ("projects", "entity"))
    out = []
    for section, key in fields:
        for i, entry in enumerate(data.get(section) or []):
            value = entry.get(key) if isinstance(entry, dict) else None
            if isinstance(value, str) and value.strip():
                out.append((f"{section}[{i}].{key}", value.strip()))
    return out


@lru_cache(maxsize=4096)
def aliases(name: str) -> frozenset[str]:
    """The normal forms a name may be written in: whole, without legal form or "The", its parts around a dash,
    comma or parentheses, its parenthesised short name."""
    forms = {name}
    forms.update(p for p in re.split(r"\s+[-–—|]\s+|,\s*|\s*\(|\)|(?<=\w{3})/(?=\w{3})", name) if p and p.strip())
    forms.update(re.findall(r"\(([^)]+)\)", name))
    # "Mons University" and "University of Mons": one school named in either order
    forms.update(f"University of {m.group(1)}" for m in re.finditer(r"^([A-Z][\w'’-]+) University$", name.strip()))
    forms.update(f"{m.group(1)} University" for m in re.finditer(r"^University of ([A-Z][\w'’-]+)$", name.strip()))
    forms.update(f"University of {m.group(1)}" for f in list(forms)
                 for m in re.finditer(r"^([A-Z][\w'’-]+) University$", f.strip()))
    out = set()
    for form in forms:
        form = form.strip()
        for variant in (form, basename(form) or form, re.sub(r"^the\s+", "", form, flags=re.IGNORECASE)):
            key = fold(norm(variant))  # accents folded: "Thalès" and "Thales"
            if key:
                out.add(key)
                out.add(key.replace(" ", ""))  # joined spellings: "Google Maps" and "GoogleMaps"
    return frozenset(out)


def _pieces(claim: str) -> list[str]:
    """An abbreviation's pieces: "UW" -> u, w; "UMass" -> u, mass; "UC Santa Barbara" -> u, c, santa, barbara."""
    out: list[str] = []
    for word in re.findall(r"[^\W_]+", claim):
        if word.casefold() in _STOP:
            continue
        if word.isupper() and len(word) <= 6:
            out.extend(word.casefold())
        else:
            out.extend(p.casefold() for p in re.findall(r"[A-Z][a-z]+|[A-Z]|[a-z]+|\d+", word))
    return out


def abbreviates(claim: str, name: str) -> bool:
    """Whether the claim is an abbreviation of the name: each piece, in order, begins the next word of the name
    (initials for capitals), covering its first words; later place words may be left out."""
    if not re.search(r"[A-Z]{2}|[A-Z][a-z]+[A-Z]", claim):
        return False
    pieces = _pieces(claim)
    if len(pieces) < 2:
        return False
    every = norm(basename(name) or name).split()
    for words in ([w for w in every if w not in _STOP], every):  # "POS" for "Point-of-Sale" keeps its "of"
        if len(pieces) <= len(words) and all(w.startswith(p) for p, w in zip(pieces, words, strict=False)):
            return True
    return False


def _key(text: str) -> str:
    text = re.sub(r"['’]s$", "", text.strip())
    return fold(norm(basename(text) or text))


def org_path(claim: str, orgs: list[tuple[str, str]]) -> str | None:
    """The path of the profile's organisation the claim names as a whole (or by alias or abbreviation)."""
    key = _key(re.sub(r"^the\s+", "", claim, flags=re.IGNORECASE))
    if not key:
        return None
    joined = key.replace(" ", "")
    for path, name in orgs:
        forms = aliases(name)
        if key in forms or joined in forms or abbreviates(claim, name):
            return path
        # the name's first words ("Choice Hotels" of "Choice Hotels International - Edge Connect")
        if any(f.startswith(key + " ") for f in forms) and len(key) > 2:
            return path
    return None


# "Delta Dental of Michigan (DDMI)": a capitalised name and the short name the letter gives it in parentheses.
_DEFINED = re.compile(r"(?P<long>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|the|and|for|at|&)\s+)*[A-Z][\w&.'’-]*)+)"
                      r"\s*\((?P<short>[A-Z][A-Za-z0-9&.-]{1,9})\)")


def defined_short_names(text: str) -> dict[str, str]:
    """The short names a letter defines for itself ("Delta Dental of Michigan (DDMI)"), each with its long
    name: the short name begins with the long name's first letter and is written with capitals."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        short, words = m.group("short"), m.group("long").split()
        if sum(ch.isupper() for ch in short) < 2:
            continue
        # "VP of Treasury for the FIRST Alumni ... (FAMNM)": the long name starts at the short name's letter
        first = next((i for i, w in enumerate(words) if w[0].isupper() and w[0] == short[0]), None)
        if first is not None and len(words) - first >= 2:
            out.setdefault(short.casefold(), " ".join(words[first:]))
    return out

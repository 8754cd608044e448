"""Titles that public notices and posters bury in a longer line.

A public notice names its post inside a heading that is a whole sentence ("AVVISO DI SELEZIONE PUBBLICA ... DI
EDUCATORI PER GLI ASILI NIDO COMUNALI, CAT. C"), a form's "Convocatoria" value carries codes and units
("112-25 ENFERMERO(A) SUPERVISOR(A), GRADO 9°, UNIDAD DE ONCOLOGÍA, ..."), and a poster puts the employer and
its verb on one line and the role on the next ("Wonen in Vlaanderen zoekt" / "3 dossierbehandelaars ...").
A table of contents' entry ("4.3. Kennis en vaardigheden van een dossierbehandelaar 6") is never a title.
"""

from __future__ import annotations

import re

from .facts import ROLE_WORDS
from .roles import MORE_ROLES

# words that make a long line a notice's heading rather than a sentence about someone in office
_NOTICE = re.compile(
    r"\b(?:avviso|bando|concorso|selezione|assunzion[ei]|posti?|profilo|convocatoria|bases|plazas?|oposici[oó]n|"
    r"concurso|vacantes?|bolsa de (?:trabajo|empleo)|recrutement|concours|vacature|vacatures|ausschreibung|"
    r"stellenausschreibung|edital|sele[cç][aã]o|processo seletivo|recruitment|vacancy|vacancies)\b",
    re.IGNORECASE,
)
# where a notice names the body the post belongs to: "d'un Jardinier à la Direction de l'Aménagement Urbain"
_AT_BODY = r"\s(?:à la|à l['’]|au|auprès d[eu']|presso (?:la|il|l['’])|bei der|beim)\s*(?=[A-ZÀ-Þ])"
_BODY_AFTER = re.compile(_AT_BODY + r"(?P<org>[A-ZÀ-Þ][^.,;:()]{2,80}?)\s*(?:[.,;:(]|$)")
# a line that opens with a notice's words is its heading, however short ("Avis de recrutement n° 2023-94 d'un ...")
_NOTICE_OPENING = re.compile(r"^(?:avis de (?:recrutement|vacance)|avviso (?:di|pubblico)|bando di|convocatoria|"
                             r"stellenausschreibung|recruitment notice|vacancy notice|edital)\b", re.IGNORECASE)
# the preposition a notice puts before the post it fills ("... DI EDUCATORI", "plaza de Ingeniero")
_BEFORE_ROLE = re.compile(r"(?:^|[\s,;:])(?:(?:di|de|del|della|dei|degli|des|du|of|for|per|para|pour|van|voor|für|"
                          r"als|d['’])\s+|d['’](?=une?\s))", re.IGNORECASE)
# where the post's name ends: a comma, a colon, a spaced bracket or dash, a sentence's full stop
# (an abbreviation's dot does not end it: "Analista de T.I. Pleno")
_AFTER_ROLE = re.compile(r"\s*(?:[,;:]|\s\(|\s[-–—]\s|(?<!\b[A-Z]\.[A-Z])\.(?:\s|$)|"
                         r"\s(?:cat|grado|grupo|groep|niveau)\b\.?)|" + _AT_BODY, re.I)
_AFTER_POST = re.compile(r"\s+(?:del|della|delle|dello|dei|degli|of the|de la|del|des|van de|van het|der|do|da)\s+",
                         re.IGNORECASE)
_LEADING = re.compile(r"^(?:[\d][\w./-]*\s+|(?:un[ao]?|a|an|the|le|la|el|il|lo|gli|i|los|las|les|een|de|het|"
                      r"eine?n?|o|os|as|uma?|two|three|duas|dois|dos|due|deux|zwei|twee|tres|três|tre|trois|drei|drie)"
                      r"\s+)+", re.IGNORECASE)
_TOC_ENTRY = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S.*\s\d{1,3}$|(?:\.{3,}|…)\s*\d{1,3}$")
_SEEKS_LINE = re.compile(  # "Wir suchen" names nobody
    r"^(?!(?i:wir|we|wij|nous|nosotros|noi|nós|ik|ich|je|yo|io|eu)\b)(?P<org>[A-ZÀ-Þ][^.!?:]{1,60}?)\s+"
    r"(?:zoekt|zoeken|sucht|suchen|recrute|recherche|busca|cerca|ricerca|procura|is hiring|seeks|is looking for|"
    r"is seeking)\s*:?$"
)


def is_notice_line(text: str) -> bool:
    """Whether a line opens with a notice's words ("Selezione per assunzione di ...", "Avviso di ...")."""
    return bool(_NOTICE.match(text.strip()))


def is_toc_entry(text: str) -> bool:
    """Whether a line is a table of contents' entry: a numbered section with its page number."""
    return bool(_TOC_ENTRY.search(text.strip()))


def seeking_org(text: str) -> str | None:
    """The employer of a poster's line that ends in its verb ("Wonen in Vlaanderen zoekt"), or None."""
    match = _SEEKS_LINE.match(text.strip())
    return match.group("org") if match else None


def _first_role(line: str) -> re.Match[str] | None:
    found = [m for m in (ROLE_WORDS.search(line), MORE_ROLES.search(line)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def role_phrase(line: str) -> str | None:
    """The post a long notice line names: from its first role word (or the preposition before it) to the
    next comma, bracket or full stop; None when no role word stands in it or the phrase is not short."""
    role = _first_role(line)
    if role is None:
        return None
    starts = [m.end() for m in _BEFORE_ROLE.finditer(line, 0, role.start())]
    commas = [m.end() for m in re.finditer(r"[,;:]\s*", line[:role.start()])]
    start = max([0, *starts, *commas])
    end_match = _AFTER_ROLE.search(line, role.end())
    phrase = line[start:end_match.start() if end_match else len(line)].strip(" -–—,;:")
    phrase = _LEADING.sub("", phrase).strip()
    if len(phrase.split()) > 10:  # "tecnologo di terzo livello del vigente CCNL delle istituzioni ...": the post
        phrase = _AFTER_POST.split(phrase, maxsplit=1)[0]  # ends before the body it belongs to
    if not phrase or len(phrase.split()) > 10 or not _first_role(phrase):
        return None
    return phrase


def _notice_heading(lines: list[str]) -> tuple[str, str] | None:
    """(the first notice heading among long lines (more than 14 words) or lines that open with a notice's words,
    the post it names), or None."""
    for line in lines:
        if (len(line.split()) > 14 and _NOTICE.search(line)) or _NOTICE_OPENING.match(line.strip()):
            phrase = role_phrase(line)
            if phrase:
                return line, phrase
    return None


def notice_title(lines: list[str]) -> str | None:
    """The post named by the first notice heading, or None."""
    found = _notice_heading(lines)
    return found[1] if found else None


def notice_body(lines: list[str]) -> str | None:
    """The body a notice heading puts its post in ("... d'un Jardinier à la Direction de l'Aménagement Urbain"),
    or None."""
    found = _notice_heading(lines)
    if not found:
        return None
    line, phrase = found
    match = _BODY_AFTER.search(line, line.find(phrase) + len(phrase) if phrase in line else 0)
    return match.group("org").strip() if match else None


__all__ = ["is_notice_line", "is_toc_entry", "notice_body", "notice_title", "role_phrase", "seeking_org"]

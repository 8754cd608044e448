"""A form's labels on their own line with the value on the next ("Institución" / "Ministerio de Salud / ... /
Hospital de Mulchén"), as public-sector boards and saved pages lay them out."""

from __future__ import annotations

import re
from itertools import pairwise

from .sections import Block, Section, label_field

# labels such boards use beyond the common ones the sections module knows
_MORE: list[tuple[str, re.Pattern[str]]] = [
    ("company", re.compile(r"^(?:instituci[óo]n|institution|instituição|organismo|organisme|employeur|"
                           r"collectivit[ée]|werkgever|organisatie|datore di lavoro|ente|empregador|"
                           r"órgão|dienstherr|behörde|"
                           # a research post's host: "Laboratoire : Hypoxie Physiopathologie (HP2), Grenoble"
                           r"laboratoire|laboratory|laboratorio|laboratório|laboratorium|labor|lab)$", re.I)),
    ("title", re.compile(r"^(?:intitul[ée] de l['’]offre|convocatoria|cargo|functie|functietitel|"
                         r"profilo|posizione|denominación del puesto)$", re.I)),
    ("department", re.compile(r"^(?:[áa]rea de trabajo|área|famille de métiers|vakgebied|fachbereich|"
                              r"settore|sector)$", re.I)),
    ("location", re.compile(r"^(?:ciudad|región|regi[oó]n|lieu de travail|werklocatie|standplaats|"
                            r"sede di lavoro|localidade)$", re.I)),
]


def field_of(text: str) -> str | None:
    """The field a bare label line names ("Institución" -> "company"), or None."""
    bare = " ".join(text.strip(" :：").split())
    if not bare or len(bare.split()) > 5:
        return None
    for name, pattern in _MORE:
        if pattern.match(bare):
            return name
    return label_field(bare)


def _value(text: str, name: str) -> str:
    if name == "company" and " / " in text:  # "Ministerio / Servicio / Hospital": the last body is the employer
        return text.rsplit(" / ", 1)[1].strip()
    return text.strip()


def stacked_labels(sections: list[Section]) -> dict[str, tuple[str, Block]]:
    """{field: (value, value's block)} for label lines followed by their value on the next line."""
    out: dict[str, tuple[str, Block]] = {}
    for section in sections:
        blocks = section.blocks
        for label, value in pairwise(blocks):
            if label.bullet or value.bullet or label.label or value.label:
                continue
            name = field_of(label.text)
            if not name or name in out or field_of(value.text) or len(value.text.split()) > 16:
                continue
            out[name] = (_value(value.text, name), value)
    return out


__all__ = ["field_of", "stacked_labels"]

"""A form's labels on their own line with the value on the next ("Institución" / "Ministerio de Salud / ... /
Hospital de Mulchén"), as public-sector boards and saved pages lay them out."""

from __future__ import annotations

import re
from itertools import pairwise

from .facts import is_role_like
from .sections import Block, Section, label_field

# labels such boards use beyond the common ones the sections module knows
_MORE: list[tuple[str, re.Pattern[str]]] = [
    ("company", re.compile(r"^(?:instituci[óo]n|institution|instituição|organismo|organisme|employeur|"
                           r"collectivit[ée]|werkgever|organisatie|datore di lavoro|ente|empregador|"
                           r"órgão|dienstherr|behörde|"
                           # a research post's host: "Laboratoire : Hypoxie Physiopathologie (HP2), Grenoble"
                           r"laboratoire|laboratory|laboratorio|laboratório|laboratorium|labor|lab)$", re.I)),
    ("title", re.compile(r"^(?:intitul[ée] de l['’]offre|convocatoria|cargo|functie|functietitel|"
                         r"profilo|posizione|denominación del puesto|puesto\s*/\s*servicio)$", re.I)),
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


def _table_title(sections: list[Section]) -> tuple[str, Block] | None:
    """The title a table flattened one cell a line gives: its header row ("Cargo", "Vagas", "Vencimento Inicial R$",
    ...) stands above its values ("Auxiliar de Enfermagem", "04", ...), so the role is the first role-like cell after
    the title's column label and the short cells beside it (which may read as headings)."""
    cells: list[tuple[str, Block | None]] = []
    for section in sections:
        if section.heading:
            cells.append((section.heading, None))
        cells.extend((b.text, b) for b in section.blocks)
    for index, (text, _block) in enumerate(cells):
        if field_of(text) != "title":
            continue
        for later, block in cells[index + 1:index + 13]:
            if len(later.split()) > 6 or (block is not None and block.bullet):
                break
            if block is not None and is_role_like(later):
                return later.strip(), block
    return None


def stacked_labels(sections: list[Section]) -> dict[str, tuple[str, Block]]:
    """{field: (value, value's block)} for label lines followed by their value on the next line; a title label
    whose next line is no role is read as a flattened table's column."""
    out = _stacked(sections)
    if "title" not in out or not is_role_like(out["title"][0]):
        found = _table_title(sections)
        if found:
            out["title"] = found
    return out


def _stacked(sections: list[Section]) -> dict[str, tuple[str, Block]]:
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

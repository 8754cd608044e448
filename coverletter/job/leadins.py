"""Lists introduced by what their lead-in asks for, not by a known heading.

"The successful candidate will have" / bullets, "Preference will be given to candidates with" / bullets,
"Wat wij vragen", "Si richiede": a sentence or a short line that asks for something opens a requirements (or
preferred) list, whatever the section it stands in. Headings the sections module does not know ("Eisen") are
given their kind here too.
"""

from __future__ import annotations

import re

from .sections import LIST_KINDS, Block, Section, heading_kind

_REQUIRED = re.compile(
    r"^(?:(?:the |an? )?(?:successful|ideal|right|suitable|qualified) (?:candidate|applicant|person)s? "
    r"(?:will|should|must|would) (?:have|be|possess|bring|hold|demonstrate)|"
    r"(?:(?:eligible|all|interested) )?(?:candidates|applicants) (?:will|should|must) (?:have|be|possess|hold)|"
    r"you (?:will |should |must )?(?:need|have|bring|possess|hold)\b"
    r"(?! (?:the |an? )?(?:opportunity|chance|access|fun|freedom|support|responsibilit\w*|ownership|to\b))|"
    r"we(?:'re|’re| are) looking for (?:someone|a person|people|candidates?|an? \w+) (?:who|with|that)|"
    r"we (?:expect|require)|we get excited about candidates|requirements?|eisen|"
    r"(?:sie|du) (?:bringen|bringst|verfügen|verfügst|haben|hast)\b|wir erwarten|wir wünschen uns|"
    r"(?:vous|tu) (?:avez|possédez|disposez|êtes)\b|nous recherchons (?:une personne|un profil|quelqu)|"
    r"l[ea](?:\s*[-/]\s*l[ae])?\s*candidat(?:e|-e|\(e\)|·e)?\s+(?:idéal(?:e)?\s+)?(?:doit|devra)|"
    r"la personne recherchée|"
    r"(?:se requiere|requerimos|el candidato (?:ideal )?(?:debe|deberá))|"
    r"(?:si richiede|si richiedono|il candidato (?:ideale )?(?:deve|dovrà|possiede))|"
    r"(?:wij vragen|we vragen|wat (?:wij|we) vragen|je beschikt over|jij beschikt over)|"
    r"(?:o candidato (?:ideal )?(?:deve|deverá)|exigimos|essa vaga é (?:pra|para) você que|"
    r"(?:buscamos|procuramos) (?:alguém|pessoas?) que))",
    re.IGNORECASE,
)
_PREFERRED = re.compile(
    r"^(?:preference (?:will be|is) given to|(?:it would be|it's|it is) (?:a )?(?:plus|nice|great) (?:if|to)|"
    r"bonus (?:points )?(?:if|for)|nice to have|ideally|(?:the following )?(?:is|are|would be) (?:a )?plus|"
    r"(?:es ist |wäre )?von vorteil|wünschenswert|idealerweise|serait un plus|un plus|se valorará|valorable|"
    r"deseable|titolo preferenziale|costituisc(?:e|ono) (?:un )?(?:titolo|plus)|pluspunt|een pré|wensen|"
    r"diferenciais?|desejáve(?:l|is))",
    re.IGNORECASE,
)
# a lead-in that says what is required at its end: "Les conditions de diplôme et d'expérience exigées sont :"
_REQUIRED_END = re.compile(
    r"\b(?:(?:exigé|requis|demandé)e?s?|requise?s?) sont$|\b(?:are|is) (?:required|essential)$|"
    r"\bse (?:requiere|exige)n?$|\b(?:sono )?richiest[ie](?: sono)?$|\bsão (?:exigid|requerid)[oa]s$|"
    r"\bwerden (?:erwartet|vorausgesetzt)$|\bworden (?:gevraagd|verwacht)$",
    re.IGNORECASE,
)
_MAX_WORDS = 25
# a heading a PDF or a saved page glued to the end of the line before it ("... te stimuleren Wat verwachten we van je?")
_GLUED = re.compile(r"(?<=[\w)])\s+(?P<h>[A-ZÀ-Þ][^.!?:•]{2,60}[?:])$")


def lead_in_kind(text: str) -> str | None:
    """"requirements" or "preferred" for a lead-in that asks for something, else None."""
    bare = text.strip(" *_:").strip()
    if not bare or len(bare.split()) > _MAX_WORDS or bare.endswith((".", "!", "?")):
        return None
    if _PREFERRED.match(bare):
        return "preferred"
    if _REQUIRED.match(bare) or _REQUIRED_END.search(bare):
        return "requirements"
    return None


def _split(section: Section) -> list[Section]:
    out: list[Section] = []
    current = Section(section.heading, section.kind)
    blocks = section.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        kind = None
        if not block.bullet and index + 1 < len(blocks) and blocks[index + 1].bullet:
            kind = lead_in_kind(block.text)
        if kind is None or kind == section.kind:
            current.blocks.append(block)
            index += 1
            continue
        if current.blocks:
            out.append(current)
        listed = Section(block.text, kind)
        index += 1
        while index < len(blocks) and blocks[index].bullet:
            listed.blocks.append(blocks[index])
            index += 1
        out.append(listed)
        current = Section(section.heading, section.kind)
    if current.blocks or not out:
        out.append(current)
    return out


def _glued_kind(heading: str) -> str | None:
    kind = heading_kind(heading)
    return kind if kind in LIST_KINDS else lead_in_kind(heading)


def _unglue(section: Section) -> list[Section]:
    """The section cut where a list's heading was glued to the end of a line."""
    for index, block in enumerate(section.blocks):
        match = _GLUED.search(block.text)
        kind = _glued_kind(match.group("h")) if match else None
        if match and kind:
            head = Section(section.heading, section.kind, [*section.blocks[:index],
                                                           Block(block.text[:match.start()].rstrip(), block.bullet)])
            rest = Section(match.group("h"), kind, section.blocks[index + 1:])
            return [head, *_unglue(rest)]
    return [section]


# "b) essere inquadrati ...; c) aver superato ...": lettered items a saved page ran together on one line
_INLINE_ITEM = re.compile(r"(?<=[;.])\s+(?=[a-z]\)\s+\w)")


def _split_inline_items(section: Section) -> Section:
    blocks: list[Block] = []
    for block in section.blocks:
        parts = _INLINE_ITEM.split(block.text) if block.bullet else [block.text]
        blocks.extend([block] if len(parts) == 1 else [Block(re.sub(r"^[a-z]\)\s+", "", p), True) for p in parts])
    return Section(section.heading, section.kind, blocks)


def apply_lead_ins(sections: list[Section]) -> list[Section]:
    """Sections with each lead-in's bullets made a list of the kind the lead-in asks for."""
    out: list[Section] = []
    for section in (_split_inline_items(part) for whole in sections for part in _unglue(whole)):
        if section.kind in ("unknown", "about") and section.heading and lead_in_kind(section.heading):
            section = Section(section.heading, lead_in_kind(section.heading) or section.kind, section.blocks)
        elif section.kind == "responsibilities" and section.heading \
                and lead_in_kind(section.heading) == "requirements":  # "You will have or shortly be expected to
            # achieve:" asks for what the applicant has, though it opens like a list of duties ("You will ...")
            section = Section(section.heading, "requirements", section.blocks)
        if section.kind in ("board", "benefits", "compensation"):
            out.append(section)
            continue  # an "Applications" part may still hold "An ideal applicant will have ... some or all of:"
        out.extend(_split(section))
    return out


__all__ = ["apply_lead_ins", "lead_in_kind"]

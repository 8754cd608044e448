"""The job title: a "Job Title:" label, a role-like line at the head, a role-like heading, the metadata's title,
or the role named in a sentence ("We are hiring a Site Reliability Engineer")."""

from __future__ import annotations

import re

from ..text import name_key as norm
from .facts import MONTHS, find_employment_type, find_money, is_location_like, is_role_like
from .notice import is_notice_line, is_toc_entry, notice_title, role_phrase, seeking_org
from .placeholder import is_template
from .posting import Posting, TitleLine
from .roles import title_in_sentence
from .sections import Block


def find_title(post: Posting) -> tuple[str | None, TitleLine | None, list[str]]:
    """(title, the posting's own title line and its block, employer names seen beside the title)."""
    out, hint_title = post.out, post.hints.get("title")
    candidates = _title_lines(post)
    templates = [line for line, _block in candidates if is_template(line)]
    if templates:  # "[Alocação] Back-end developer - NomeDaEmpresa": the board's example, left unfilled
        out.extra["title_rejected"] = f"{templates[0]} (a template left unfilled)"
        candidates = [c for c in candidates if not is_template(c[0])]
    beside: list[str] = []  # "Acme" in "Acme | Engineer | Remote"
    body_title = candidates[0] if candidates else None
    title: str | None = None
    if hint_title and ("title" in post.trusted or not body_title):
        title = str(hint_title)
        out.extra["title_from"] = "structured data" if "title" in post.trusted else "the metadata"
    elif body_title:
        title, beside = _read_title_line(body_title[0], hint_title)
        title = _post_of_notice_line(title)
        out.extra["title_from"] = _line_source(post, body_title)
        official = title_in_sentence(post.head_text) if is_notice_line(title) else None
        if official and is_role_like(official):
            # "Selezione per assunzione di infermieri": a headline; the notice's "n. 3 posti di Collaboratore
            # Professionale Sanitario - Infermiere" names the post
            title = official
            out.extra["title_from"] = "the post the notice's sentence names"
    if title is None:
        title, source = _title_from_body(post, bool(templates))
        if title:
            out.extra["title_from"] = source
    if body_title and body_title[1] is not None and title == body_title[0]:
        out.used_blocks.add(id(body_title[1]))
    if title and norm(out.extra.get("official_title", "")) == norm(title):
        out.extra.pop("official_title")
    if hint_title and title and norm(str(hint_title)) != norm(title):
        out.extra["title_hint"] = str(hint_title)
    return title, body_title, beside


def _title_from_body(post: Posting, templated: bool) -> tuple[str | None, str]:
    """(the title, where it came from) for a posting without a title line: a sentence naming the post, a
    notice's heading, the line under the description's heading, or (after an unfilled template) the first role
    the description names."""
    work_of = _WORK_OF.search(post.head_text)
    title = title_in_sentence(post.head_text) or (work_of.group("t") if work_of else None) or _duty_subject(
        post.head_text) or next(
        (found for section in post.sections if section.kind in ("about", "header", "unknown")
         for block in section.blocks if (found := _title_from_sentence(block.text))), None)
    if title:
        return title, "a sentence of the posting"
    heads = [text for s in post.sections for text in (s.heading, *(b.text for b in s.blocks)) if text]
    title = notice_title(heads[:60])
    if title:
        return title, "the post a notice's heading names"
    title = _described_role(post)
    if title:
        return title, "the first line under the description's heading"
    if templated:
        title = _first_role_phrase(post)
        if title:
            return title, "the first role the description names"
    return None, ""


# the heading of the job's description ("## Descrição da vaga", "Job description", "Stellenbeschreibung")
_DESCRIPTION_HEADING = re.compile(
    r"^(?:(?:job|role|position) description|description (?:du poste|de l['’]offre)|descrição da vaga|"
    r"descripción (?:del puesto|de la vacante)|stellenbeschreibung|functieomschrijving|descrizione (?:del ruolo|"
    r"della posizione))\s*:?$",
    re.IGNORECASE,
)


def _described_role(post: Posting) -> str | None:
    """The role a description opens with when it is only that ("## Descrição da vaga" / "Analista de Suporte TI")."""
    for section in post.sections:
        if section.heading and _DESCRIPTION_HEADING.match(section.heading.strip()):
            first = next((b for b in section.blocks if not b.label), None)
            if first is not None and len(first.text.split()) <= 8 and _role_line(first.text):
                return first.text.strip()
    return None


def _first_role_phrase(post: Posting) -> str | None:
    """The role the description's first paragraphs name ("Analista de T.I. Pleno, com foco em ..."), for a
    posting whose title line is a template left unfilled."""
    blocks = [b for s in post.sections if s.kind not in ("board", "other") for b in s.blocks if not b.label]
    return next((phrase for b in blocks[:6] if (phrase := role_phrase(b.text))), None)


# a notice's word before the post it announces: "Stellenausschreibung X", "Concurso para atribuição de duas X"
_NOTICE_LEAD = re.compile(
    r"^(?:stellenausschreibung|ausschreibung|vacature|vacancy|vacante|convocatoria|concurso|avviso|bando|edital|"
    r"concours|offre d['’]emploi|oferta de empleo)\b[\s:–—-]*",
    re.IGNORECASE,
)


def _post_of_notice_line(title: str) -> str:
    """The post a title line names after a notice's word, or the line as it is."""
    lead = _NOTICE_LEAD.match(title)
    if not lead:
        return title
    rest = title[lead.end():].strip()
    if rest[:1].isupper() and is_role_like(rest):
        return rest
    return role_phrase(rest) or title


def _line_source(post: Posting, line: TitleLine) -> str:
    """Where a title line stands: the Title label, a heading, or a line at the head of the posting."""
    label = post.labels.get("title")
    if label and label[1] is line[1]:
        return "the Title label"
    if line[1] is None:
        return f"the heading {line[0]!r}"
    return f"the line {line[0]!r}"


def _title_lines(post: Posting) -> list[TitleLine]:
    """The lines that may be the title, best first: a "Job Title:" label at the head, the first role-like short
    line of the head, the first role-like heading before the lists, a "Job Title:" label deep in the page (which is
    also kept as the official title)."""
    candidates: list[TitleLine] = []
    label_title = post.labels.get("title")
    if label_title and (len(label_title[0].split()) > 12 or label_title[0].rstrip().endswith(".")):
        # "Convocatoria: 112-25 ENFERMERO(A) SUPERVISOR(A), GRADO 9°, ...": the post the long value names
        phrase = role_phrase(label_title[0]) if len(label_title[0].split()) > 12 else None
        label_title = (phrase, label_title[1]) if phrase else None
    # a label at the head of the posting (its header, or the first section under its heading) names the title
    head_blocks = [*post.header_blocks, *_first_section_blocks(post)]
    label_in_header = label_title is not None and any(b is label_title[1] for b in head_blocks)
    if label_title and label_in_header:
        candidates.append(label_title)
    for index, block in enumerate(post.short_header):
        following = post.short_header[index + 1] if index + 1 < len(post.short_header) else None
        if seeking_org(block.text) and following and is_role_like(following.text):
            # "Wonen in Vlaanderen zoekt" / "3 dossierbehandelaars Mijn VerbouwPremie"
            candidates.append((re.sub(r"^\d+\s+", "", following.text), following))
            break
        if _role_line(block.text) and not is_location_like(block.text) and not is_toc_entry(block.text):
            candidates.append((block.text, block))
            break
    for section in post.sections:
        if section is post.header:
            continue
        if (section.kind == "unknown" and section.heading and is_role_like(section.heading)
                and not is_toc_entry(section.heading) and not _PART_HEADING.search(section.heading)):
            candidates.append((section.heading, None))
            break
        if section.kind in ("requirements", "responsibilities", "preferred"):
            break
    if post.header is None and not candidates:
        cover = _cover_line(post)
        if cover is not None:
            candidates.append((cover.text, cover))
    if label_title and not label_in_header:  # "Job Title: ..." deep in the page: the official name
        candidates.append(label_title)
        post.out.extra["official_title"] = label_title[0]
    return candidates


# "... (for the 2025-2026 School Year) at San Leandro Unified School District": the employer after the role
_AT_EMPLOYER = re.compile(r"\s(?:at|bei|chez|presso|bij|na|no)\s+\[?[A-Z][^,|·•()]{1,60}\]?\s*$")


# a heading that names a part of the posting ("Specific PhD Project Description"), not the post
_PART_HEADING = re.compile(r"\b(?:description|overview|summary|details|background|context|beschreibung|descriptif|"
                           r"descripción|descrizione|omschrijving|descrição)\s*:?$", re.IGNORECASE)


def bare_title_line(text: str) -> str:
    """A title line without the employer after it ("... at Acme") and its asides in brackets."""
    return re.sub(r"\s*\([^()]*\)", "", _AT_EMPLOYER.sub("", text)).strip()


# a line of links ("https://www.jobbnorge.no/.../phd-research-fellow-in-marine-biogeochemistry"): its slug is no title
_LINKS_ONLY = re.compile(r"^(?:\s*(?:https?://|www\.)\S+)+\s*$", re.IGNORECASE)


def _role_line(text: str) -> bool:
    """Whether a line reads as a title, also when its employer ("... at Acme") and asides in brackets make it longer
    than a title line; a line of links never does."""
    if _LINKS_ONLY.match(text):
        return False
    if is_role_like(text):
        return True
    bare = bare_title_line(text)
    return bare != text.strip() and is_role_like(bare)


def _cover_line(post: Posting) -> Block | None:
    """The role line of a cover page that opens under a heading of its own ("BURGERZAKEN" / "Infobundel vacature"
    / "Administratief medewerker"), for a posting without a header: a short role-like line among its first
    section's first lines."""
    first = next((s for s in post.sections if s.kind not in ("board",)), None)
    if first is None or first.kind != "unknown":
        return None
    for block in first.blocks[:6]:
        if (not block.bullet and not block.label and len(block.text.split()) <= 8 and _role_line(block.text)
                and not re.search(r"https?://|www\.", block.text)
                and not is_location_like(block.text) and not is_toc_entry(block.text)):
            return block
    return None


def _first_section_blocks(post: Posting) -> list[Block]:
    """The blocks of the posting's first section after its header, when no list has come before it."""
    for section in post.sections:
        if section is post.header or section.kind == "board":
            continue
        return section.blocks if section.kind not in ("requirements", "responsibilities", "preferred") else []
    return []


# a board's tags in brackets before the role ("[Cascavel/PR | Cascavel/PR | Presencial] ...")
_LEADING_TAGS = re.compile(r"^\s*\[[^\]]{1,80}\]\s*")


def _read_title_line(line: str, hint_title: object) -> tuple[str, list[str]]:
    """(the title, the employer names beside it) from the posting's title line; a metadata title that contains
    the line's title wins."""
    title = line
    beside: list[str] = []
    tagged = _LEADING_TAGS.match(title)
    if tagged and is_role_like(title[tagged.end():]):  # "[Cascavel/PR | Presencial] Analista ...": places and modes
        title = title[tagged.end():]
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", title) if p.strip()]
    roles = [p for p in parts if is_role_like(p) and not find_money(p)] if len(parts) > 1 else []
    if roles:  # "Acme | Senior Engineer | Remote (US) | Full-time | $150k": the role is the title
        title = roles[0]
        beside = [p for p in parts if p is not roles[0] and not (
            is_location_like(p) or find_money(p) or MONTHS.search(p) or find_employment_type([p]))]
    if hint_title:
        a, b = norm(title), norm(str(hint_title))
        if a and b and a in b and len(str(hint_title).split()) <= 12:
            title = str(hint_title)
    return title, beside


# "Ability to do the work of a(n) Electrician without more than normal supervision": a federal trade's screen-out
_WORK_OF = re.compile(r"\bthe work of an?(?:\(n\))? (?P<t>[A-Z][\w -]{2,40}?) without\b")
# "The Cluster Store Manager is responsible for ...": the role a sentence gives its duties to
_RESPONSIBLE = re.compile(
    r"(?:^|[.!?]\s+)(?:The|This|Le|La|Der|Die|El|Il|O|A)\s+(?P<t>[A-ZÀ-Þ][\w&/-]*(?:\s+[A-ZÀ-Þ&][\w&/-]*){0,5})\s+"
    r"(?:is|will be|est|ist|es|è|é) (?:responsible|accountable|responsable|verantwortlich|responsabile|responsável)\b"
    # "Working under the direction of the staff nurses, the Certified Nurse’s Aide (C.N.A.) provides personal care":
    # a capitalised role, its abbreviation after it, doing the post's work
    r"|(?:^|[.!?,]\s+)(?:[Tt]he|[Tt]his)\s+(?P<t2>[A-ZÀ-Þ][\w&/’'-]*(?:\s+[A-ZÀ-Þ&][\w&/’'-]*){0,5})"
    r"\s+\([A-Z][A-Z.]{1,8}\)\s+(?:provides|performs|assists|supports|works|delivers|ensures|carries out|"
    r"is responsible)\b"
)


# a linking word inside a title written after its role word ("Analista em Programação", "Técnico de Laboratorio")
_TITLE_LINKS = frozenset({"em", "de", "da", "do", "di", "del", "della", "du", "des", "of", "for", "für", "en", "van"})


def _duty_subject(text: str) -> str | None:
    """The role a sentence of the posting's head gives the post's duties to, or None."""
    duty = _RESPONSIBLE.search(text)
    role = duty and (duty.group("t") or duty.group("t2"))
    return role if role and is_role_like(role) else None


def _title_from_sentence(text: str) -> str | None:
    """"We are hiring an experienced Site Reliability Engineer to ..." -> "Site Reliability Engineer"; likewise
    "looking for Full stack developer", "buscando cubrir unas vacantes de Desarrollador Backend SR", "The Cluster
    Store Manager is responsible for"."""
    duty = _RESPONSIBLE.search(text) or _WORK_OF.search(text)
    role = duty and (duty.group("t") or duty.groupdict().get("t2"))
    if role and is_role_like(role):
        return role
    match = re.search(
        # "Empresa de Tecnologia da Informação contrata Analista em Programação Júnior": a poster's verb in pt/es/fr
        r"\b(?:hiring|looking for|seeking|seeks|searching for|recruiting|buscando(?: cubrir)?|buscamos|procuramos|"
        r"contrata|contratamos|recruta|recrutamos|recrute|recrutons|"
        r"cerchiamo|recherchons|suchen|zoeken|op zoek naar|alla ricerca di|à la recherche d['’]u?n?e?)\s+"
        r"(?:an?|one|our|the|un[ao]?s?|uma?|une?|einen?|eine|een)?\s*"
        r"(?:vacantes? de\s+|vagas? de\s+)?"
        r"(?:(?:experienced|talented|passionate|motivated|skilled|new|first|dedicated|driven|curious|strong|"
        r"junior|intermediate|senior|level|and|or),?\s+)*"
        r"(?:[a-zà-ÿ]+e\s+)?"  # one inflected adjective before the title ("een energieke Beleidsmedewerker")
        # "a highly strategic and commercially-minded (Senior) Retail Manager": adjectives and a bracketed level
        r"(?:(?:highly|very|truly|really|and|[a-z]+(?:-[a-z]+)*(?:ed|ic|al|ive|ful|ous|ent|ant|ble|ly))\s+)*"
        r"(?:\([A-Z][\w -]{1,15}\)\s+)?"
        r"(?P<t>[A-Z][\w/&+.-]*(?:\s+[\w/&+.-]+){0,5}(?:\s+\([^)]{1,20}\))?)",
        text,
    )
    if not match:
        return _lowercase_role(text)
    words = match.group("t").split()
    first_role = next((i for i, w in enumerate(words) if is_role_like(w)), None)
    if first_role is None:
        return None
    end = first_role + 1
    while end < len(words):
        if words[end][:1].isupper() or is_role_like(words[end]):
            end += 1  # "Developer Backend SR", "Engineer II"
        elif words[end] in _TITLE_LINKS and end + 1 < len(words) and words[end + 1][:1].isupper():
            end += 2  # "Analista em Programação Júnior", "Assistente de Direção"
        else:
            break
    title = " ".join(words[:end]).rstrip(".,;:")
    return title if is_role_like(title) else None




# "De griffie is op zoek naar een rolbewuste en nauwgezette raadsadviseur met ...": a role written in lower case
_SOUGHT = re.compile(
    r"\b(?:op zoek naar|looking for|sucht|suchen|recherche|busca|cerca|procura)\s+"
    r"(?:een|an?|einen?|eine|une?|un[ao]?|uma?)\s+(?P<words>(?:[\w-]+,?\s+){0,4}?[\w-]+)(?=\s+(?:met|with|mit|avec|con|com|die|who|der|qui|que|to|om)\b|[.,;])"
)


def _lowercase_role(text: str) -> str | None:
    """The role word a sentence seeks when it is written in lower case after its adjectives, or None."""
    match = _SOUGHT.search(text)
    if not match:
        return None
    last = match.group("words").split()[-1]
    return last if is_role_like(last) and last.islower() else None

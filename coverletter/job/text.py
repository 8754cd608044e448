"""Parse the text of a job posting (pasted from a board, Markdown, or text taken from HTML or PDF) into a Job."""

from __future__ import annotations

import re
from typing import Any

from ..skills import load_lexicon
from ..text import paragraph_sentences as sentences
from . import facts, fields, noise
from .leadins import apply_lead_ins
from .model import Job
from .sections import (
    LIST_KINDS,
    Block,
    Section,
    label_field,
    requirement_label,
    settle_headings,
    split_lines,
    split_sections,
)

_LEAD_IN = re.compile(r":\s*$")
_PREFERRED_PREFIX = re.compile(
    r"(?:bonus(?: points)?|nice[ -]to[ -]have|preferred|plus|a plus|ideally|optional|desirable)\s*[:\-–—]\s*",
    re.IGNORECASE,
)
_PREFERRED_SUFFIX = re.compile(
    r"(?:\((?:preferred|nice[ -]to[ -]have|a plus|bonus|optional|desirable|desired)\)|"
    r"\b(?:is|are|would be|will be) (?:an? (?:big |huge |strong |real )?(?:plus|bonus|advantage|asset)|"
    r"(?:highly )?(?:desirable|preferred|advantageous|nice to have))|\bnice to have|\bvon vorteil|"
    r"\bwünschenswert|\b(?:est|serait) un (?:plus|atout)|\bse valorará|\bvalorable)[.!]?$",
    re.IGNORECASE,
)
_PREFERRED_SENTENCE = re.compile(
    r"^(?:strong|ideal|successful|top|the best) (?:applicants|candidates) (?:will|would|should|may) (?:also )?have\b|"
    r"\b(?:it(?:'|’)?s|it is|it would be) a (?:big )?plus\b|\bbonus points? (?:if|for)\b|^ideally,? you\b|"
    r"\b(?:would be|is) (?:a (?:big )?plus|an advantage|(?:highly )?desirable)\b|"
    r"\b(?:is|zijn) een (?:groot |extra )?(?:pluspunt|pré)\b|\bstrekt tot aanbeveling\b|\bist von vorteil\b|"
    r"\bwäre (?:ein )?(?:plus|von vorteil)\b|\bserait (?:un plus|un atout|apprécié)|\bse valorará\b|"
    r"\b(?:é|será) um diferencial\b|\bserá (?:ainda |também )?valorizad[oa]\b|"
    r"\bcostituisce (?:titolo preferenziale|un plus)\b",
    re.IGNORECASE,
)
_MUST = re.compile(
    r"\b(?:you must|must (?:have|be|hold)|(?:is|are) required|requires?|at least|minimum of|\d+\+?\s*years?|"
    r"to qualify)\b",
    re.IGNORECASE,
)
_RESPONSIBILITY_START = re.compile(
    r"^(?:you(?:'|’)?ll |you will )?(?:build|design|develop|own|lead|drive|create|implement|maintain|manage|"
    r"work|collaborate|partner|write|ship|deliver|support|help|define|improve|monitor|coordinate|assist|"
    r"analy[sz]e|research|execute|review|mentor|participate|contribute|run|operate|plan|prepare|provide|"
    r"ensure|identify|establish|conduct|oversee|administer|automate|diagnose|document|evangelize|promote|"
    r"record|handle|track|report|communicate|organi[sz]e|test|deploy|architect|scale|optimi[sz]e)\b",
    re.IGNORECASE,
)
_REQUIREMENT_CUE = re.compile(
    r"\b(?:\d+\+?\s*(?:years?|yrs)|experience|degree|bachelor|master|phd|proficien|fluen|knowledge|familiar|"
    r"skills?|ability to|able to|background|understanding|expertise|certif|track record|you have|you are|"
    # the same cues in de, fr, es, it, nl, pt
    r"erfahrung|kenntnisse?|ausbildung|studium|expérience|connaissances?|maîtrise|diplôme|formation|"
    r"experiencia|conocimientos?|dominio|capacidad|formación|titulación|esperienza|conoscenz[ae]|competenz[ae]|"
    r"capacità|laurea|diploma|ervaring|kennis|opleiding|vaardigheden|experiência|conhecimentos?|domínio|"
    r"capacidade|competência|compreensão|formação|graduação)\b",
    re.IGNORECASE,
)


_DISCLAIMER = re.compile(
    r"\bis acting as an? (?:employment )?(?:agency|business)\b|\bequal (?:employment )?opportunity employer\b|"
    r"\bwe are an equal opportunit|\bby applying,? you (?:accept|agree)|\bprivacy (?:notice|policy)\b|"
    r"\ball qualified applicants will receive\b|\bonly shortlisted candidates\b|\bno agencies\b|"
    r"\brecruitment agencies\b|\bagency (?:fees|submissions)\b",
    re.IGNORECASE,
)
# a sentence inviting some to apply ("... are especially encouraged to apply") asks nothing of the applicant
_INVITATION = re.compile(r"\bencouraged to apply\b|\bwelcome(?:s)? applications from\b", re.IGNORECASE)
_AGENCY = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<name>[A-Z][\w&'’ -]{1,60}?) (?:is|are) acting as an? (?:employment )?(?:agency|business)\b"
)
# a government page's conditions of employment, not qualifications a letter should answer
_BOILERPLATE = re.compile(
    r"\bdirect deposit\b|\bselective service\b|\btrial period\b|\be-?verify\b|\bfinancial disclosure\b|"
    r"\bidentity and work status\b|\bdiscrepancies must be resolved\b|\bsuitable for federal employment\b",
    re.IGNORECASE,
)
# a paragraph that opens with a short label of its own ("Business Acumen: ...") is one item of its list
_ITEM_LABEL = re.compile(r"^[A-Z][\w&/'’-]*(?: [\w&/'’-]+){0,3}: [A-Z]")
# a numbered list of the documents to send, run together ("Letter of Interest 2. Resume 3. Copy of College
# Transcripts ..."): how to apply, not what the post asks of the applicant
_DOCUMENTS = re.compile(
    r"^(?:letter of (?:interest|intent)|cover letter|r[ée]sum[ée]|cv|curriculum vitae|lettre de motivation|"
    r"anschreiben|lebenslauf|carta de (?:presentación|motivación))\b.{0,80}?\s2\.\s",
    re.IGNORECASE,
)
_YOU_WILL = re.compile(r"^(?:in this role,? )?(?:you(?:'|’)ll|you will) (?!be (?:joining|part of|working with))",
                       re.IGNORECASE)
_PROSE = 20_000  # characters of one paragraph searched for requirement or preferred sentences
_NON_WORD = re.compile(r"[\W_]+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")


_CONTACT = re.compile(
    r"[\w.+-]+@(?P<mail>[\w-]+(?:\.[\w-]+)+)|https?://(?:www\.)?(?P<web>[\w-]+(?:\.[\w-]+)+)|"
    # a bare domain after a URL or website label ("<strong>URL:</strong> hotjar.com")
    r"\b(?:URL|Website|Web|Site|Homepage|Webseite|Site web|Sitio web)\s*:\s*(?:</?\w+[^>]*>\s*)*(?:www\.)?"
    r"(?P<bare>[\w-]+(?:\.[\w-]+)+)",
    re.IGNORECASE,
)


def contact_domains(text: str) -> list[str]:
    """The domains of the posting's e-mail addresses, then of its links (where an employer's name may hide)."""
    mails, webs = [], []
    for match in _CONTACT.finditer(text[:_PROSE * 3]):
        if match.group("mail"):
            mails.append(match.group("mail").casefold())
        elif match.group("web") or match.group("bare"):
            webs.append((match.group("web") or match.group("bare")).casefold())
    return list(dict.fromkeys([*mails, *webs]))


# an issue thread as a tracker shows it: the posting is its description, the comments after it discuss it
_THREAD_POST = re.compile(r"^\S+ · (?P<kind>description|comment|review thread|review) · \d{4}-\d{2}-\d{2}\b")


def _without_comments(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the lines up to the thread's first comment, the comments) when the text is an issue thread whose
    description holds the posting ("rodrigocardosodev · comment · 2020-03-02" / "A vaga é remota?")."""
    kinds = [(i, m.group("kind")) for i, line in enumerate(lines) if (m := _THREAD_POST.match(line))]
    if not kinds or kinds[0][1] != "description":
        return lines, []
    cut = next((i for i, kind in kinds[1:] if kind != "description"), None)
    return (lines, []) if cut is None else (lines[:cut], lines[cut:])


def _norm_item(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    if " " in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text.strip(" ;")


def _is_preferred(item: str) -> bool:
    """"Bonus: ...", "... (nice to have)", "... is a plus": a preferred line inside a requirements list."""
    return bool(_PREFERRED_PREFIX.match(item[:40]) or _PREFERRED_SUFFIX.search(item[-60:])
                or _DESIRED_LEAD.match(item))


# an item that opens with the word for desired ("Desejável experiência nos sistemas de SAS"), wherever it is listed
_DESIRED_LEAD = re.compile(r"^(?:desejáve(?:l|is)|deseables?|wünschenswert(?:e[rs]?)?|souhaitée?s?|auspicabil[ei]|"
                           r"gewenst)\s+\w", re.IGNORECASE)


def _guess_kind(section: Section) -> str:
    """The kind of a section whose heading is unknown, from what its bullets say."""
    bullets = [b.text for b in section.blocks if b.bullet]
    if len(bullets) < 2:
        return "about"
    duties = [bool(_RESPONSIBILITY_START.match(t)) for t in bullets]
    doing = sum(duties)
    needing = sum(not duty and bool(_REQUIREMENT_CUE.search(t)) for t, duty in zip(bullets, duties, strict=True))
    if needing * 2 > len(bullets):
        return "requirements"
    if doing * 2 > len(bullets):
        return "responsibilities"
    return "about"


_ROLE_HEADING = re.compile(r"\b(?:job|role|position)\b|^description$", re.IGNORECASE)


def _role_bullets(section: Section) -> bool:
    """A 'Job description' section that is nothing but a list of duties: most bullets open on a verb's base form
    by lemminflect's table ('Formulate a plan ...', 'Source, employ, and integrate ...') and ask for nothing.
    Its bullets are the role's duties, not the company's prose."""
    if section.kind != "about" or not _ROLE_HEADING.search(section.heading or "") or len(section.blocks) < 2 \
            or not all(b.bullet for b in section.blocks):
        return False
    from ..text.forms import getAllLemmas

    def duty(text: str) -> bool:
        head = (text.split() or [""])[0].strip(",.:;").casefold()
        return head in getAllLemmas(head).get("VERB", ()) and not _REQUIREMENT_CUE.search(text)

    return sum(duty(b.text) for b in section.blocks) * 2 > len(section.blocks)


def _list_items(section: Section, used: set[int], *, guessed: bool = False) -> tuple[list[str], list[str]]:
    """(items, prose) of a list section: each bullet one item; long prose after the list goes back to about.

    In a section whose kind was guessed from its bullets, only the bullets are items.
    """
    blocks = [b for b in section.blocks if id(b) not in used and not (b.label and label_field(b.label))]
    if guessed:
        return [_tidy(b.text) for b in blocks if b.bullet], [_tidy(b.text) for b in blocks if not b.bullet]
    has_bullets = any(b.bullet for b in blocks)
    items: list[str] = []
    prose: list[str] = []
    seen_bullet = False
    for index, block in enumerate(blocks):
        text = _tidy(block.text)
        if not text:
            continue
        if not block.bullet and _DISCLAIMER.search(text):
            prose.append(text)  # an agency's or employer's legal line, not a requirement
            continue
        if block.bullet:
            seen_bullet = True
            items.append(text)
            continue
        following_bullet = index + 1 < len(blocks) and blocks[index + 1].bullet
        if _LEAD_IN.search(text) and (following_bullet or not has_bullets):
            # "We're looking for someone who:" introduces the list; a condition before it stays
            items.extend(_tidy(p) for p in sentences(text)[:-1] if _MUST.search(p))
            continue
        words = len(text.split())
        if has_bullets:
            if words <= 30 and not (not seen_bullet and following_bullet and words > 15):
                items.append(text)
            elif section.kind in ("requirements", "preferred"):
                # "To qualify, you must have one year of ... . Specialized experience is:" keeps its condition
                rest = []
                for sentence in sentences(text):
                    if _MUST.search(sentence) and not _LEAD_IN.search(sentence):
                        items.append(_tidy(sentence))
                    else:
                        rest.append(sentence)
                if rest:
                    prose.append(" ".join(rest))
            else:
                prose.append(text)
            continue
        parts = _item_parts(text, words)
        if words > 120 and len(parts) > 6:
            prose.append(text)
            continue
        items.extend(_tidy(p) for p in parts if p.strip() and not _INVITATION.search(p))
        prose.extend(_tidy(p) for p in parts if _INVITATION.search(p))
    return items, prose


def _item_parts(text: str, words: int) -> list[str]:
    """A paragraph's items: its sentences, or the whole when a short label of its own opens it ("Business Acumen:
    Strong logical reasoning ... . You should be able to ...")."""
    return [text] if _ITEM_LABEL.match(text) and words <= 60 else sentences(text)


def _dedupe(items: list[str], seen: set[str] | None = None) -> list[str]:
    seen = set() if seen is None else seen
    out = []
    for item in items:
        key = _norm_item(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _collect(sections: list[Section], used: set[int]) -> tuple[dict[str, list[str]], list[str], dict[str, list[str]]]:
    """(lists by kind, about paragraphs, other sections by heading) from the parsed sections."""
    lists: dict[str, list[str]] = {kind: [] for kind in LIST_KINDS}
    about: list[str] = []
    other: dict[str, list[str]] = {}
    for section in sections:
        if section.kind in LIST_KINDS:
            continue
        for block in section.blocks:  # "Who may apply: ...", "Security clearance: ..." state conditions
            if block.value and requirement_label(block.label) and id(block) not in used:
                lists["requirements"].append(_tidy(block.value))
                used.add(id(block))
            row = [c.strip() for c in block.text.strip(" |").split(" | ")] if " | " in block.text else []
            if len(row) == 2 and requirement_label(row[0]) and row[1] and id(block) not in used:
                lists["requirements"].append(_tidy(row[1]))  # a table's row: "Titulación exigible | Graduado ..."
                used.add(id(block))
    for section in sections:
        kind = _guess_kind(section) if section.kind == "unknown" else section.kind
        if _role_bullets(section):
            kind = "responsibilities"
        if kind == "header":
            about.extend(_tidy(b.text) for b in section.blocks
                         if id(b) not in used and not b.label and (len(b.text.split()) > 12 or b.bullet))
        elif kind in LIST_KINDS:
            items, prose = _list_items(section, used, guessed=section.kind == "unknown")
            lists[kind].extend(items)
            about.extend(prose)
        elif kind == "about":
            about.extend(_tidy(b.text) for b in section.blocks
                         if id(b) not in used and not (b.label and label_field(b.label)))
        elif kind != "compensation":  # how to apply, equal opportunity, ...
            other.setdefault(section.heading or "", []).extend(_tidy(b.text) for b in section.blocks)
    return lists, about, other


def _move_preferred(lists: dict[str, list[str]], about: list[str]) -> None:
    """Preferred lines hiding elsewhere: "Strong applicants will have ..." in the description, and
    "Bonus: ...", "... is a plus" or "English; Spanish is a plus" inside the requirements."""
    for paragraph in about:
        for sentence in sentences(paragraph[:_PROSE]):
            if _PREFERRED_SENTENCE.search(sentence) and len(sentence.split()) <= 60:
                lists["preferred"].append(_tidy(sentence))
    duties = [item for item in lists["responsibilities"] if _DESIRED_LEAD.match(item)]
    lists["preferred"].extend(duties)  # "Atividades: ... Desejável experiência nos sistemas de SAS"
    lists["responsibilities"] = [item for item in lists["responsibilities"] if item not in duties]
    required: list[str] = []
    for item in lists["requirements"]:
        head, _, tail = item.rpartition("; ")
        if head and _is_preferred(tail) and not _is_preferred(head):
            required.append(head)
            lists["preferred"].append(tail[:1].upper() + tail[1:])
        elif _is_preferred(item):
            lists["preferred"].append(item)
        else:
            required.append(item)
    lists["requirements"] = required


def _from_prose(lists: dict[str, list[str]], about: list[str]) -> None:
    """A posting without lists: its requirements and duties are sentences of the description."""
    if not lists["requirements"]:
        taken = {_norm_item(p) for p in lists["preferred"]}
        lists["requirements"] = [s for s in facts.requirement_sentences(Block(p[:_PROSE]) for p in about)
                                 if _norm_item(s) not in taken]
    if not lists["responsibilities"]:
        lists["responsibilities"] = [s for p in about for s in sentences(p[:_PROSE])
                                     if _YOU_WILL.match(s) and len(s.split()) <= 45]


def parse_posting(
    text: str,
    *,
    source: str,
    source_format: str = "text",
    hints: dict[str, Any] | None = None,
) -> Job:
    """Read a posting's text: its employer, title, facts, sections and skills, without the board's chrome.

    ``hints`` carries what metadata already says (``title``, ``company``, ``location``, ``remote``,
    ``employment_type``, ``compensation``, ``posted``, ``domains``); they are candidates that the text can
    overrule, except the keys listed in ``hints["trusted"]`` (e.g. from JSON-LD), which win.
    Extra hint ``boards`` names job boards known to have wrapped the text.
    """
    hints = dict(hints or {})
    lines, thread = _without_comments(split_lines(text))
    boards = noise.find_boards(lines) | set(hints.get("boards") or ())
    sections, dropped = split_sections(lines, frozenset(boards))
    dropped.extend(line for line in thread if line.strip())
    sections = apply_lead_ins(settle_headings(sections))
    hints.setdefault("domains", [])
    hints["domains"] = [*hints["domains"], *contact_domains(text)]

    lexicon = load_lexicon()
    found = fields.extract(sections, hints=hints, boards=boards, skills=[e.name for e in lexicon.entries])
    lists, about, other = _posting_lists(sections, found.used_blocks)
    title = found.title
    skill_text = "\n".join([*lists["requirements"], *lists["preferred"], *lists["responsibilities"],
                            title or "", *about])
    return Job(
        raw_text=text,
        source=source,
        company=found.company,
        title=title,
        location=found.location,
        remote=found.remote,
        employment_type=found.employment_type,
        compensation=found.compensation,
        about=about,
        responsibilities=lists["responsibilities"],
        requirements=lists["requirements"],
        preferred=lists["preferred"],
        benefits=lists["benefits"],
        skills=lexicon.find(skill_text),
        language=str(hints.get("language") or "en"),
        source_format=source_format,
        dropped=_dedupe(dropped),
        extra=_extra(found, about, boards, other, hints),
    )


def _posting_lists(
    sections: list[Section], used: set[int]
) -> tuple[dict[str, list[str]], list[str], dict[str, list[str]]]:
    """(the posting's lists by kind, its paragraphs of prose, sections of no known kind), boilerplate and
    repeats removed; preferred items moved out of the requirements, requirements read from prose when no list
    gives them."""
    lists, about, other = _collect(sections, used)
    _move_preferred(lists, about)
    _from_prose(lists, about)
    seen: set[str] = set()
    for kind in ("requirements", "preferred"):
        lists[kind] = [item for item in lists[kind] if not (_BOILERPLATE.search(item) or _DOCUMENTS.match(item))]
    for kind in ("requirements", "preferred", "responsibilities", "benefits"):
        lists[kind] = _dedupe(lists[kind], seen)
    return lists, _dedupe([p for p in about if p]), other


def _extra(found: fields.Fields, about: list[str], boards: set[str], other: dict[str, list[str]],
           hints: dict[str, Any]) -> dict[str, Any]:
    """The Job's further facts: what the field finders noted, the hiring agency, workplace, boards, other
    sections and the posting date."""
    extra: dict[str, Any] = dict(found.extra)
    for paragraph in about:
        agency = _AGENCY.search(paragraph[:_PROSE])
        if agency:
            extra["agency"] = agency.group("name")
            break
    if found.workplace:
        extra["workplace"] = found.workplace
    if boards:
        extra["boards"] = sorted(boards)
    if other:
        extra["other_sections"] = other
    if hints.get("posted") and "posted" not in extra:
        extra["posted"] = str(hints["posted"])
    return extra


def is_posting(job: Job) -> bool:
    """Whether what was read looks like a job posting at all.

    A role-like title; or a title with requirements; or duties and requirements together. A question is no
    title ("Am I qualified for this nurse job?"), and a guide's list of what ads ask for is no posting.
    """
    title = job.title if job.title and not job.title.rstrip().endswith("?") else None
    if title and facts.is_role_like(title):
        return True
    if job.requirements and job.responsibilities:
        return True
    if title and (job.requirements or job.responsibilities or job.preferred):
        return True
    words = sum(len(p.split()) for p in job.about)
    return title is not None and len(job.skills) >= 2 and words >= 30


__all__ = ["is_posting", "parse_posting"]

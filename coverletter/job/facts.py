"""What a short piece of a posting says: a role, a place, pay, an employment type, a workplace, a requirement.

The recognisers the field finders share (job/fields.py, job/title.py, job/employer.py) and the readers
that call them directly (job/text.py, job/html.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import paragraph_sentences as sentences
from .placeholder import strip_withheld
from .roles import MORE_ROLES
from .sections import Block

ROLE_WORDS = re.compile(
    r"\b(?:engineer|developer|programmer|architect|scientist|researcher|analyst|designer|"
    r"manager|director|head|lead|leader|chief|officer|vp|vice president|president|intern|internship|"
    r"trainee|apprentice|graduate|fellow|specialist|consultant|advisor|adviser|coordinator|administrator|"
    r"admin|associate|assistant|accountant|controller|bookkeeper|auditor|technician|operator|writer|editor|"
    r"copywriter|marketer|strategist|planner|producer|representative|rep|agent|recruiter|partner|"
    r"executive|nurse|teacher|tutor|instructor|lecturer|professor|postdoc|clerk|cashier|driver|"
    r"mechanic|electrician|owner|expert|generalist|student|"
    r"entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|"
    r"mitarbeiter(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|praktikum|kaufmann|kauffrau|projektleiter(?:in)?|"
    r"ingénieur(?:e)?|développeur(?:se)?|chef de projet|stagiaire|stage|alternance|alternant|responsable|"
    r"chargée?|consultante?|commerciale?|"
    r"desarrollador(?:a)?|ingenier[oa]|analista|gerente|becari[oa]|jef[ea]|técnic[oa]|programador(?:a)?|"
    r"m/w/d|w/m/d|f/m/x|m/f/d|h/f|f/h|w/m/x|m/w/x|all gender|"
    r"desenvolvedor(?:a|es|as)?|engenheir[oa]s?|estagiári[oa]|"  # pt
    r"medewerker|verpleegkundige|consulent|adviseur|ontwikkelaar|stagiair|beheerder|"  # nl
    r"sviluppat(?:ore|rice)|ingegnere|addett[oa]|impiegat[oa]|tecnic[oa]|stagista|"  # it
    r"acheteu(?:r|se)|projeteu(?:r|se)|assistante?)\b|"  # fr
    r"\b\w+(?:manager|ingenieur|entwickler|berater|leiter|techniker|behandelaar)(?:in|innen)?\b",
    re.IGNORECASE,
)

MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d", re.IGNORECASE)

REMOTE = re.compile(
    r"\bremote(?:ly)?\b(?![ -](?:sensing|control|monitoring|patient|access|desktop|support|procedures?|"
    r"operations? cent(?:er|re)|viewing|pilot))|\bwork from (?:home|anywhere)\b|\bwfh\b|\bdistributed team\b|"
    r"\bhome ?office\b|"
    r"\bmobiles arbeiten\b|\btélétravail\b|\bfull remote\b|\bteletrabajo\b|\bremoto\b|\ben remoto\b|\bdesde casa\b",
    re.IGNORECASE,
)
_NOT_REMOTE = re.compile(r"\bnot (?:a )?remote\b|\bno remote\b|\bremote work is not\b", re.IGNORECASE)
_HYBRID = re.compile(
    r"\bhybrid\b|\bhybride?\b|\bhíbrido\b|\btélétravail partiel\b|\bteletrabajo parcial\b|"
    r"\bteilweise (?:remote|homeoffice)\b",
    re.IGNORECASE,
)
_ONSITE = re.compile(r"\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|\bvor ort\b|\bprésentiel\b|\bpresencial\b",
                     re.IGNORECASE)
STRONG_REMOTE = re.compile(
    r"\b(?:fully|100\s?%|full[- ]time|completely|entirely|forever)\s+remote\b|\bremote[- ](?:first|friendly|only)\b|"
    r"\bthis is a remote\b|\bremote (?:position|role|job|opportunity|team)\b|\bwork from anywhere\b",
    re.IGNORECASE,
)

_EMPLOYMENT = [
    ("Internship", r"\bintern(?:ship)?s?\b|\bpraktik(?:um|ant(?:in)?)\b|\bwerkstudent(?:in)?\b|\bstagiaire\b|"
                   r"\bstage (?:de|d'|en|conventionné)|^stage\b|\bbecari[oa]\b|\bprácticas\b|\btrainee\b|\bco-?op\b"),
    ("Apprenticeship", r"\bapprentice(?:ship)?\b|\bausbildung\b|\balternance\b|\balternant\b"),
    ("Part-time", r"\bpart[- ]?time\b|\bteilzeit\b|\btemps partiel\b|\bmedia jornada\b|\btiempo parcial\b"),
    ("Full-time", r"\bfull[- ]?time\b|\bvollzeit\b|\btemps plein\b|\bjornada completa\b|\btiempo completo\b"),
    ("Contract", r"\bcontract(?:or)?\b(?! (?:type|negotiation|management|law))|\bfixed[- ]term\b|\bbefristet\b|"
                 r"\bcdd\b|\bfreelance\b|\bfreiberuflich\b|\bcontrat à durée déterminée\b|"
                 r"\btemporary (?:role|position|contract|assignment)\b|\btemp(?:orary)?$|^temp(?:orary)?\b"),
    ("Permanent", r"\bpermanent(?! residen|ly| solution| fix| record)\b|\bunbefristet\b|\bfestanstellung\b|\bcdi\b|"
                  r"\b(?:contrato )?indefinido\b"),
]
# In the body's prose only unambiguous phrases count ("full-time role", not "early-stage" or "contractors").
_EMPLOYMENT_BODY = [
    ("Internship", r"\binternship\b|\bpraktikum\b|\bwerkstudent(?:in)?\b|\bstage (?:de|d')|\bprácticas\b"),
    ("Part-time", r"\bpart[- ]time (?:role|position|job|basis|contract)\b|\bteilzeit\b|\btemps partiel\b|"
                  r"\bmedia jornada\b"),
    ("Full-time", r"\bfull[- ]time (?:role|position|job|basis|employee|employment|contract|opportunity|"
                  r"[a-z]+ (?:specialist|engineer|manager|developer|designer|analyst|accountant|coordinator))\b|"
                  r"\bseeks? a full[- ]time\b|\bvollzeit\b|\btemps plein\b|\bjornada completa\b"),
    ("Contract", r"\b(?:\d+[- ]month )?contract (?:role|position|basis|assignment)\b|\bfixed[- ]term\b|"
                 r"\bbefristet\b|\bcdd\b|\bfreelance (?:role|position|basis)\b"),
    ("Permanent", r"\bpermanent (?:role|position|contract|job|employment)\b|\bunbefristet\b|\bcdi\b"),
]
_EMPLOYMENT_BODY_RX = [(name, re.compile(p, re.IGNORECASE)) for name, p in _EMPLOYMENT_BODY]
_EMPLOYMENT_RX = [(name, re.compile(p, re.IGNORECASE)) for name, p in _EMPLOYMENT]

_CUR = r"(?:[$€£¥₹]|US\$|CA\$|A\$|USD|EUR|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|INR|JPY|SGD)"
_AMT = r"\d{1,3}(?:[,.\u202f ]\d{3})*(?:[.,]\d{1,2})?\s?[kKmM]?\b|\d+(?:[.,]\d+)?\s?[kKmM]\b|\d{4,7}\b"
_MONEY = rf"(?:{_CUR}\s?(?:{_AMT})|(?:{_AMT})\s?{_CUR})"
_PERIOD = (r"(?:\s*(?:per|/|a|an|p\.?\s?a\.?|pro|par|al|por)\s*(?:year|yr|annum|hour|hr|month|week|day|jahr|monat|"
           r"stunde|an|année|mois|heure|año|mes|hora)\b\.?)?")
_MONEY_RANGE = re.compile(
    rf"{_MONEY}(?:\s*(?:[-–—~]|to|bis|à|a|y)\s*(?:{_MONEY}|(?:{_AMT})))?(?:\s?{_CUR}(?![\w]))?{_PERIOD}",
)
_GRADE_PAY = re.compile(
    r"\b(?:GS|GG|WG)-\d{1,2}\b[^$\n]{0,30}\$[\d,]+"
    r"(?:\s*(?:[-–—]|to)\s*(?:(?:GS|GG|WG)-\d{1,2}[^$\n]{0,30})?\$[\d,]+)?"
)



def is_role_like(text: str) -> bool:
    """Whether a short line reads like a job title."""
    words = text.split()
    limit = 30 if GENDER_MARK.search(text) else 14  # "Contrat doctoral : « ... » (H/F)" is a long title line
    return (0 < len(words) <= limit and bool(ROLE_WORDS.search(text) or MORE_ROLES.search(text))
            and not text.rstrip().endswith((".", "!")))


GENDER_MARK = re.compile(r"\((?:[hfmwdx]|all genders?)(?:[-/*][hfmwdx]){1,2}\)", re.IGNORECASE)


_WORKPLACE_TAG = re.compile(r"^\s*[\[(](?:100%\s*)?(?:remote|hybrid|on-?site|urgent|hiring|full[- ]time|part[- ]time|"
                           r"contract|freelance)\b[^\])]{0,30}[\])]\s*|\s*[\[(](?:100%\s*)?(?:remote|hybrid|on-?site|"
                           r"urgent)\b[^\])]{0,30}[\])]\s*$", re.I)


_HOURS = re.compile(r"\s*[-–—|,]\s*\d{1,2}(?:[-–]\d{1,2})?\s*(?:uur|hours?|h|stunden|std\.?|heures|horas|ore)\s*"
                    r"(?:per|a|pro|par|por|alla|/)\s*(?:week|woche|semaine|semana|settimana)$", re.IGNORECASE)


def clean_title(text: str, company: str | None = None, boards: Iterable[str] = ()) -> str:
    """A title without board or employer decoration ("Job Application for X at Y", "X | Board")."""
    title = " ".join(text.split()).strip(" -–—|:·•")
    title = re.sub(r"^(?:job application for|apply for|apply now:?|job:|vacancy:|vacature:|stellenangebot:|"
                   r"offre d['’]emploi\s?:|oferta de empleo:|vaga:|hiring:?|hire:|"
                   r"we(?:'re| are) hiring:?|(?:executive )?search for(?: (?:the|an?|our))?)\s+", "", title,
                   flags=re.I)
    for name in [*boards, *(n for n in [company] if n)]:
        n = re.escape(name)
        title = re.sub(rf"\s*[-–—|·•@]\s*[{{\[]?{n}\b.*$", "", title, flags=re.I)  # "... @ {Acme}"
        title = re.sub(rf"\s+at\s+{n}\b.*$", "", title, flags=re.I)
        title = re.sub(rf"^{n}\s*[-–—|:·•]\s*", "", title, flags=re.I)
    title = strip_withheld(title)  # "Analista (PO) na Empresa não Informado"
    title = re.sub(r"\s+(?:wanted|gesucht|gezocht)\s*!*$", "", title, flags=re.I)  # "PhD Student Wanted!"
    title = _HOURS.sub("", title)  # "Ondersteuner (x/v/m) - 16 uur per week": the hours are no part of the title
    title = _WORKPLACE_TAG.sub("", title).strip()  # "[Remote] Back-end Developer" -> "Back-end Developer"
    tag = re.match(r"^\[[^\]]{1,40}\]\s*", title)  # "[Belo Horizonte] Analista de Sistemas": a board's tag
    if tag and is_role_like(title[tag.end():]):
        title = title[tag.end():]
    title = re.sub(r"\s*[(\[]#\s?\d+[)\]]$", "", title)  # "Technical Recruiter (#983033)": a requisition number
    title = re.sub(r"\s*[|]\s*[^|]*\b(?:jobs?|board|careers?|hiring|vacancies)\b[^|]*$", "", title, flags=re.I)
    title = re.sub(r"\s*[-–—|]\s*(?:job post(?:ing)?|job|vacancy|stellenanzeige|offre d'emploi)$", "", title,
                   flags=re.I)
    # "Certified Nursing Assistant Job Opening": a board's words after the role
    title = re.sub(r"(?<=\w)\s+(?:job openings?|job vacancy|job posting|job offer)$", "", title, flags=re.I)
    parts = re.split(r"\s+[-–—|]\s+", title)
    while len(parts) > 1 and is_location_like(parts[-1]) and not is_role_like(parts[-1]):
        parts.pop()
    title = " - ".join(parts)
    return title.strip(" -–—|:·•")


# a line announcing several openings: "2 posizioni: A e B", "Two positions: A and B", "3 vacatures: A en B"
_OPENINGS = re.compile(
    r"^(?:\d+|two|three|four|zwei|drei|deux|trois|dos|tres|due|tre|twee|drie|duas|três)\s+"
    r"(?:positions?|posizioni|openings|roles|vacancies|vacatures|functies|stellen|postes|plazas|puestos|vagas)\s*"
    r"[:\-–—]\s*(?P<roles>.+)$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+(?:and|e|und|et|y|en|&|/)\s+|\s*[,;]\s*", re.IGNORECASE)


def split_openings(title: str) -> tuple[str, list[str]]:
    """(the first role, the other roles) of a line that announces several openings; (title, []) otherwise."""
    match = _OPENINGS.match(title.strip())
    if not match:
        return title, []
    roles = [r.strip() for r in _AND.split(match.group("roles")) if r.strip()]
    if len(roles) < 2 or not all(is_role_like(r) for r in roles):
        return match.group("roles").strip(), []
    return roles[0], roles[1:]


def clean_location(text: str) -> str:
    """A location as the posting says it, without trailing prose ("Remote - US: All locations ..." -> "Remote - US")."""
    value = " ".join(text.split()).strip(" -–—|·•,;")
    if ":" in value:
        head, tail = value.split(":", 1)
        if head.strip() and (REMOTE.search(head) or "," in head or len(head.split()) <= 4) and tail.strip():
            value = head.strip()
    value = re.sub(r"^(?:remote) job$", "Remote", value, flags=re.I)
    value = re.sub(r"\s*\(\s*\)$", "", value)
    return value.strip(" -–—|·•,;")


_PLACE = re.compile(r"^[A-Z][\w.'’ -]+,\s*[A-Z][\w.'’ -]+(?:,\s*[A-Z][\w.'’ -]+)?(?:\s*\([^)]*\))?$")
_COUNTRY = re.compile(
    r"\b(?:USA?|United States|UK|United Kingdom|Germany|Deutschland|France|Spain|España|Canada|Netherlands|"
    r"Sweden|Ireland|Australia|India|Singapore|Switzerland|Austria|Poland|Portugal|Italy|Europe|EMEA|APAC|"
    r"LATAM|Americas|Worldwide|Anywhere|Berlin|Munich|München|Hamburg|London|Paris|Madrid|Barcelona|"
    r"New York|San Francisco|Seattle|Austin|Boston|Chicago|Toronto|Amsterdam|Stockholm|Dublin|Zurich|Zürich|"
    r"Vienna|Wien|Lisbon|Warsaw|Remote|Hybrid|On-?site)\b"
)


def is_location_like(text: str) -> bool:
    """Whether a short line reads like a place or a workplace ("Berlin, Germany", "Remote - US")."""
    bare = text.strip()
    if not bare or len(bare.split()) > 12 or bare.endswith("."):
        return False
    if is_role_like(bare) and not REMOTE.search(bare[:12]):
        return False
    if _LEGAL_FORM.search(bare):  # "Generations, LLC" is a company, not "City, ST"
        return False
    return bool(_PLACE.match(bare) or _COUNTRY.search(bare))


_LEGAL_FORM = re.compile(r"(?:,\s*|\s)(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|LLP|GmbH|AG|S\.?A\.?|S\.?L\.?|B\.?V\.?|N\.?V\.?|"
                         r"SRL|S\.r\.l\.|SpA|S\.p\.A\.|SARL|SAS|Ltda\.?|Lda\.?|PLC|Pty Ltd|Corp\.?)$")


def find_money(text: str) -> str | None:
    """The first pay figure or range in text ("$120,000 - $150,000 per year"), or None."""
    grade = _GRADE_PAY.search(text)
    match = _MONEY_RANGE.search(text)
    if grade and (not match or grade.start() <= match.start()):
        return grade.group(0).strip()
    if not match:
        return None
    value = match.group(0).strip().rstrip(".,;")
    digits = re.sub(r"\D", "", value)
    if len(digits) < 2:
        return None
    return value


def find_employment_type(texts: Iterable[str], *, prose: bool = False) -> str | None:
    """The employment type named first among texts, in English ("Full-time", "Internship", ...).

    With ``prose``, the texts are sentences of the description and only unambiguous phrases count.
    """
    patterns = _EMPLOYMENT_BODY_RX if prose else _EMPLOYMENT_RX
    for text in texts:
        best: tuple[int, str] | None = None
        for name, pattern in patterns:
            match = pattern.search(text)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), name)
        if best:
            return best[1]
    return None


def workplace_of(texts: Iterable[str]) -> str | None:
    """'remote', 'hybrid' or 'on-site' from the first text that says so."""
    for text in texts:
        if _NOT_REMOTE.search(text):
            return "on-site"
        if _HYBRID.search(text):
            return "hybrid"
        if REMOTE.search(text):
            return "remote"
        if _ONSITE.search(text):
            return "on-site"
    return None



_PAY_CUE = re.compile(
    r"\b(?:salary|salaries|pay|paid|compensation|base|range|per (?:year|annum|hour|month)|hourly|annual(?:ly)?|"
    r"stipend|ote|wage|rate|gehalt|vergütung|brutto|salaire|rémunération|salario|sueldo|bruto)\b|/\s?(?:yr|year|hr|hour)\b",
    re.IGNORECASE,
)
_NOT_PAY = re.compile(r"\b(?:million|billion|funding|raised|revenue|series [a-e]|valuation|customers|users|arr)\b",
                      re.IGNORECASE)


def find_pay_sentence(text: str) -> str | None:
    """Pay named in prose: the money in a sentence that speaks of salary, not of funding or revenue."""
    for sentence in sentences(text):
        if _PAY_CUE.search(sentence) and not _NOT_PAY.search(sentence):
            money = find_money(sentence)
            if money:
                return money
    return None


_REQUIREMENT_SENTENCE = re.compile(
    r"\b(?:\d+\+?\s*(?:years?|yrs)|experience (?:with|in|of)|degree|proficien|fluen|knowledge of|"
    r"familiar(?:ity)? with|you (?:have|bring|are)|must (?:have|be)|required|expertise in|strong "
    r"(?:background|skills)|understanding of|background in|(?:will|should|must) be an? (?:experienced|seasoned|"
    r"proven|accomplished|skilled|qualified)|(?:is|are) suitable for (?:graduates?|graduate level|those|candidates|"
    r"applicants))\b|"
    # the same cues in de, nl, fr, es, it, pt
    r"\b(?:(?:du|sie) (?:verfügst|verfügen) über|(?:du|sie) (?:bringst|bringen)\b[^.]{0,80}\bmit\b|"
    r"erfahrung (?:in|mit)|kenntnisse (?:in|der|von)|"
    r"abgeschlossene[sn]? (?:studium|ausbildung)|je (?:hebt|beschikt)|ervaring (?:met|in)|kennis van|"
    r"(?:je )?bereid (?:bent|om)|vous (?:maîtrisez|disposez d|êtes titulaire|justifiez)|"
    r"expérience (?:en|dans|de)|maîtrise (?:de|du|des)|"
    r"connaissances? (?:de|en|du|des)|experiencia (?:en|con|de)|conocimientos? (?:de|en)|dominio de|"
    r"esperienza (?:in|con|di|nel)|conoscenza (?:di|del|della|dei)|experiência (?:em|com|de)|"
    r"conhecimentos? (?:em|de)|formação (?:em|superior)|"
    r"(?:deverá|deberá|dovrà|devra) (?:demonstrar|possuir|ter|poseer|tener|acreditar|possedere|avere|justifier|"
    r"disposer|être titulaire))\b",
    re.IGNORECASE,
)


def requirement_sentences(blocks: Iterable[Block]) -> list[str]:
    """Sentences of prose that state a requirement, for postings with no requirements list."""
    out = []
    for block in blocks:
        for sentence in sentences(block.text):
            if _REQUIREMENT_SENTENCE.search(sentence) and 4 <= len(sentence.split()) <= 45:
                out.append(sentence)
    return out

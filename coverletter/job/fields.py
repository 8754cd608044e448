"""The posting's facts: employer, title, location, remote, employment type and compensation.

Each is read from the posting's own words first (labels such as "Location:", the lines above the body,
"About Acme", "Acme is hiring"), with metadata hints (front matter, JSON-LD) as candidates that the text
can confirm or overrule. A job board's name is never the employer, and a recruiter's posting for
"our client" has no employer.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from ..text import name_key as norm
from ..text import paragraph_sentences as sentences
from . import noise, orgnames, stacked
from .roles import MORE_ROLES, title_in_sentence
from .sections import Block, Section, label_field

# -- vocabularies ------------------------------------------------------------------------------------------

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
_GENERIC_COMPANY = {
    "we", "us", "our", "the", "this", "you", "your", "company", "the company", "our company", "the team",
    "our team", "team", "client", "our client", "the client", "confidential", "undisclosed", "stealth",
    "stealth startup", "anonymous", "private", "n/a", "na", "none", "unknown", "tbd", "various", "remote",
    "hybrid", "on-site", "onsite", "full-time", "part-time", "contract", "job", "role", "position", "you'll",
    "it", "they", "he", "she", "here", "there", "today", "now", "in", "join", "apply", "about", "and",
    "vacature", "vacancy", "vacancies", "stellenangebot", "stellenausschreibung", "offre d'emploi", "oferta",
    "oferta de empleo", "vaga", "vagas", "offerta di lavoro", "job offer", "hiring", "we're hiring",
    "wat", "was", "wer", "wie", "quoi", "qui", "qué", "quién", "o que", "cosa", "chi", "hoe", "waar", "wo",
}
_RECRUITER = re.compile(
    r"\b(?:our|my) (?-i:client)(?!s)\b|\bone of [\w’']+ (?:\w+ ){0,3}clients\b|"
    r"\bon behalf of (?:our|a|my|an?) (?:client|customer)\b|\bclient of ours\b|"
    r"\bconfidential (?:client|company|employer)\b|\b(?:unser(?:em|en)?|unseres) (?:kunden?|mandanten?)\b|"
    r"\bfür (?:einen|unseren) (?:kunden|mandanten)\b|\bnotre client\b|\bnuestro cliente\b|\bun cliente nuestro\b|"
    r"\bautorizzazione ministeriale\b|\bagenzia per il lavoro\b|\bnostro cliente\b",
    re.IGNORECASE,
)
_NAME = (r"(?P<name>(?:[A-Z0-9][\w&.'’+-]*[\w+])"
         r"(?:[ \t]+(?:[A-Z0-9&][\w&.'’+-]*|of|and|de|der|des|di|del|van|für|for|la|du|von|&)){0,4})")
_COMPANY_PATTERNS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(rf"\b(?:[Aa]t|[Hh]ere at) {_NAME},? (?:we|our|you)\b"), 3.0),
    (re.compile(rf"\b(?:[Jj]oin|[Jj]oining) {_NAME}(?= (?:as|and|to|in|on|at|is)\b|[.,!])"), 2.5),
    (re.compile(rf"\b{_NAME} (?:is|are) (?:hiring|looking for|seeking|searching for|growing|expanding)\b"), 3.5),
    (re.compile(rf"\b{_NAME} (?:seeks|is seeking|wishes to hire|wants to hire|needs)\b"), 3.0),
    (re.compile(rf"(?:^|[.!?] ){_NAME} (?:is|was|has|powers|builds|helps|makes|creates|provides|develops|"
                rf"offers|enables|empowers|delivers|designs|operates|serves|believes|runs|brings|connects|"
                rf"transforms|combines|gives|lets|sells|produces|manufactures|supports)\b", re.MULTILINE), 1.5),
    (re.compile(rf"\b(?:[Ww]ork(?:ing)? (?:at|for)|career at|careers at|team at|engineers at) {_NAME}\b"), 2.0),
    (re.compile(rf"\b[Ff]ounded in \d{{4}},? {_NAME}\b"), 2.0),
    (re.compile(rf"\b{_NAME} (?:was founded|employees|team members|engineers)\b"), 1.5),
    (re.compile(rf"\b[Tt]he {_NAME} (?:platform|team|product|way|family|community|organi[sz]ation)\b"), 1.0),
    (re.compile(rf"\b(?:for|of) the {_NAME} organi[sz]ation\b"), 1.5),
    (re.compile(rf"\b{_NAME} (?:ist|sucht|bietet|zoekt|organiseert|biedt|geeft|geven|cerca|ricerca|busca|procura|"
                rf"contrata)\b"), 1.5),
    (re.compile(rf"\b(?:[Bb]ei|[Cc]hez|[Ee]n) {_NAME},? (?:wir|nous|somos|we)\b"), 2.5),
    (re.compile(rf"\b{_NAME} (?:recrute|recherche)\b"), 3.0),
    (re.compile(rf"\b{_NAME}['’]s (?:[A-Z][\w-]+ )*(?:Faculty|Department|School|Institute|Hospital|Laborator)"), 2.0),
    (re.compile(rf"(?:^|[.!?] ){_NAME} (?:strives|welcomes|encourages|invites)\b", re.MULTILINE), 1.5),
    (re.compile(rf"\b(?:vacantes?|puestos?|posiciones|vagas?|posizioni|postes?) de [^.!?]{{3,60}}? "
                rf"(?:para|per|pour|für) {_NAME}"), 5.0),
    (re.compile(rf"^(?:[Cc]areers|[Jj]obs|[Ww]ork|[Ll]ife) (?:at|@) {_NAME}[ \t]*$", re.MULTILINE), 4.0),
]
_ABOUT_HEADING = re.compile(
    r"^(?:about|über|à propos de|a propos de|acerca de|sobre|why|working at|life at)\s+(?P<x>.+)$", re.IGNORECASE
)
_ABOUT_GENERIC = re.compile(
    r"^(?:the |this |our |your )?(?:role|job|position|opportunity|team|company|us|you|the team|the role|"
    r"the company|uns|nous|nosotros|the job|this role|this job|this position|the opportunity|the position|"
    r"the department|the work|the project|the candidate|you and|the hiring team|our client|the client|"
    r"the client company|the employer)\b",
    re.IGNORECASE,
)
_MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d", re.IGNORECASE)

_REMOTE = re.compile(
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
_STRONG_REMOTE = re.compile(
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


_HEAD = 20_000  # characters of the posting searched for the employer, remote work and recruiter wording
_FIELD_TEXT = 5_000  # characters of one paragraph searched for pay or employment type


@dataclass
class Fields:
    """What fields.extract found, with the evidence kept in ``extra``."""

    company: str | None = None
    title: str | None = None
    location: str | None = None
    remote: bool | None = None
    workplace: str | None = None
    employment_type: str | None = None
    compensation: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    used_blocks: set[int] = field(default_factory=set)  # id() of blocks consumed as fields


def is_role_like(text: str) -> bool:
    """Whether a short line reads like a job title."""
    words = text.split()
    limit = 30 if _GENDER_MARK.search(text) else 14  # "Contrat doctoral : « ... » (H/F)" is a long title line
    return (0 < len(words) <= limit and bool(ROLE_WORDS.search(text) or MORE_ROLES.search(text))
            and not text.rstrip().endswith((".", "!")))


_GENDER_MARK = re.compile(r"\((?:[hfmwdx]|all genders?)(?:[-/*][hfmwdx]){1,2}\)", re.IGNORECASE)


def clean_title(text: str, company: str | None = None, boards: Iterable[str] = ()) -> str:
    """A title without board or employer decoration ("Job Application for X at Y", "X | Board")."""
    title = " ".join(text.split()).strip(" -–—|:·•")
    title = re.sub(r"^(?:job application for|apply for|apply now:?|job:|vacancy:|hiring:?|we(?:'re| are) hiring:?)\s+",
                   "", title, flags=re.I)
    for name in [*boards, *(n for n in [company] if n)]:
        n = re.escape(name)
        title = re.sub(rf"\s*[-–—|·•@]\s*{n}\b.*$", "", title, flags=re.I)
        title = re.sub(rf"\s+at\s+{n}\b.*$", "", title, flags=re.I)
        title = re.sub(rf"^{n}\s*[-–—|:·•]\s*", "", title, flags=re.I)
    title = re.sub(r"\s*[|]\s*[^|]*\b(?:jobs?|board|careers?|hiring|vacancies)\b[^|]*$", "", title, flags=re.I)
    title = re.sub(r"\s*[-–—|]\s*(?:job post(?:ing)?|job|vacancy|stellenanzeige|offre d'emploi)$", "", title,
                   flags=re.I)
    parts = re.split(r"\s+[-–—|]\s+", title)
    while len(parts) > 1 and is_location_like(parts[-1]) and not is_role_like(parts[-1]):
        parts.pop()
    title = " - ".join(parts)
    return title.strip(" -–—|:·•")


def clean_location(text: str) -> str:
    """A location as the posting says it, without trailing prose ("Remote - US: All locations ..." -> "Remote - US")."""
    value = " ".join(text.split()).strip(" -–—|·•,;")
    if ":" in value:
        head, tail = value.split(":", 1)
        if head.strip() and (_REMOTE.search(head) or "," in head or len(head.split()) <= 4) and tail.strip():
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
    if is_role_like(bare) and not _REMOTE.search(bare[:12]):
        return False
    return bool(_PLACE.match(bare) or _COUNTRY.search(bare))


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
        if _REMOTE.search(text):
            return "remote"
        if _ONSITE.search(text):
            return "on-site"
    return None


def is_recruiter_posting(text: str) -> bool:
    """Whether the posting is a recruiter's for an unnamed client ("our client, a leading fintech")."""
    return bool(_RECRUITER.search(text))


def _usable_company(
    name: str, boards: Iterable[str], skills: Collection[str] = (), *, known_board_ok: bool = False
) -> bool:
    """Whether a candidate can be an employer's name: not generic, not this text's job board, not a skill.

    A known board's name (LinkedIn, Indeed, ...) counts only with explicit evidence (``known_board_ok``:
    a "Company:" label, an "About X" heading, trusted metadata) and when the text does not show it as the board.
    ``skills`` holds casefolded skill names.
    """
    folded = name.casefold().strip()
    if not folded or folded in _GENERIC_COMPANY or len(folded) < 2 or len(name.split()) > 6:
        return False
    if any(norm(b) == norm(name) or norm(b) in norm(name).split() for b in boards):
        return False
    if not known_board_ok and folded in noise.KNOWN_BY_FOLDED:
        return False
    if folded in skills:
        return False
    if _MONTHS.search(name) or re.fullmatch(r"[\d\W]+", name) or _NOT_A_NAME.search(name):
        return False
    from .sections import heading_kind

    if heading_kind(name) is not None or orgnames.never_a_name(name) or stacked.field_of(name):
        return False
    if len(name.split()) == 1 and is_role_like(name):  # "[Cargo] na Recruiter": a role word is no employer
        return False
    first = name.split()[0].casefold()
    return first not in {"the", "our", "we", "you", "your", "this", "a", "an", "as", "in", "if", "with", "for",
                         "all", "each", "every", "any", "some", "no", "at", "and", "or", "but", "to", "from",
                         "careers", "jobs", "search", "join", "apply", "sign", "posted", "back", "home",
                         "dit", "dat", "deze", "wij", "ons", "onze", "jij", "je", "wir", "unser", "unsere", "dies",
                         "diese", "nous", "notre", "nos", "ce", "cette", "nuestro", "nuestra", "somos", "este",
                         "esta", "questo", "questa", "noi", "nosso", "nossa", "isso", "esse", "essa"}


# an "owner/repo" path, a URL or an e-mail, a location or salary line: never an employer's name
_NOT_A_NAME = re.compile(r"^[\w.-]+/[\w.-]+$|\(\w*\d|https?://|@|\d{2,}[,.]?\d{3}|[$€£]\s?\d")

_ABBREVIATED = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr)\.$")


_ARTICLE = re.compile(r"^(?:[Tt]he|Die|Der|Das|La|Le|Les|El|Los|Las|Il|Lo|De|Het|O|A)\s+(?=[A-Z])")


def _trim_name(name: str) -> str:
    name = _ARTICLE.sub("", name.strip())
    keep_dot = _ABBREVIATED.search(name.strip())
    name = name.strip(" ,;:!?'’\"" if keep_dot else " .,;:!?'’\"")
    name = re.sub(r"(?:'s|’s)$", "", name)
    return name


class _Candidates:
    """Weighted employer candidates; the heaviest wins, the earliest among equals."""

    def __init__(self, boards: Iterable[str], skills: Iterable[str]) -> None:
        self.scores: dict[str, float] = {}
        self.names: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self.sources: dict[str, tuple[float, str]] = {}
        self.boards = list(boards)
        self.skills = frozenset(s.casefold() for s in skills)

    def add(self, name: str | None, weight: float, *, weak: bool = False, explicit: bool = False,
            source: str = "the text") -> None:
        if not name:
            return
        name = _trim_name(name)
        if not _usable_company(name, self.boards, self.skills if weak else (), known_board_ok=explicit):
            return
        key = norm(name)
        if not key:
            return
        self.scores[key] = self.scores.get(key, 0.0) + weight
        if weight > self.sources.get(key, (0.0, ""))[0]:
            self.sources[key] = (weight, source)
        self.names.setdefault(key, name)
        self.order.setdefault(key, len(self.order))

    def confidence(self, name: str) -> tuple[str, str]:
        """("high" | "medium" | "low", where the name came from) for a chosen name."""
        key = norm(name)
        score = self.scores.get(key, 0.0)
        level = "high" if score >= 5 else "medium" if score >= 2.5 else "low"
        return level, self.sources.get(key, (0.0, "the text"))[1]

    def best(self) -> str | None:
        if not self.scores:
            return None
        key = max(self.scores, key=lambda k: (self.scores[k], -self.order[k]))
        return self.names[key]


_HOSTING = {
    "recruitee", "lever", "greenhouse", "workable", "amazonaws", "cloudfront", "github", "githubusercontent",
    "googleapis", "linkedin", "indeed", "ashbyhq", "smartrecruiters", "myworkdayjobs", "workday", "bamboohr",
    "jobvite", "teamtailor", "personio", "breezy", "jazzhr", "applytojob", "wordpress", "medium", "google",
    "cloudinary", "imgix", "gstatic", "wp", "icims", "taleo", "successfactors", "recruiterbox", "join",
    "welcometothejungle", "wellfound", "angel", "stepstone", "xing", "glassdoor", "ziprecruiter", "monster",
}


def _domain_stems(domains: Iterable[str], boards: Iterable[str]) -> list[str]:
    """"crunch.io" -> "crunch"; hosting and job-board domains give nothing."""
    board_keys = {norm(b) for b in boards}
    stems = []
    for host in domains:
        parts = [p for p in host.casefold().split(".") if p and p != "www"]
        if len(parts) < 2:
            continue
        stem = parts[-3] if parts[-2] in {"co", "com", "org", "net", "ac", "gov"} and len(parts) >= 3 else parts[-2]
        if stem in _HOSTING or stem in board_keys or stem in noise.KNOWN_BY_FOLDED or orgnames.is_freemail(stem):
            continue
        if len(stem) >= 2 and stem not in stems:
            stems.append(stem)
    return stems


def _title_from_sentence(text: str) -> str | None:
    """"We are hiring an experienced Site Reliability Engineer to ..." -> "Site Reliability Engineer"; likewise
    "looking for Full stack developer", "buscando cubrir unas vacantes de Desarrollador Backend SR"."""
    match = re.search(
        r"\b(?:hiring|looking for|seeking|seeks|searching for|recruiting|buscando(?: cubrir)?|buscamos|procuramos|"
        r"cerchiamo|recherchons|suchen|zoeken)\s+(?:an?|one|our|the|un[ao]?s?|uma?|une?|einen?|eine|een)?\s*"
        r"(?:vacantes? de\s+|vagas? de\s+)?"
        r"(?:(?:experienced|talented|passionate|motivated|skilled|new|first|dedicated|driven|curious|strong|"
        r"junior|intermediate|senior|level|and|or),?\s+)*"
        r"(?P<t>[A-Z][\w/&+.-]*(?:\s+[\w/&+.-]+){0,5}(?:\s+\([^)]{1,20}\))?)",
        text,
    )
    if not match:
        return None
    words = match.group("t").split()
    first_role = next((i for i, w in enumerate(words) if is_role_like(w)), None)
    if first_role is None:
        return None
    end = first_role + 1
    while end < len(words) and (words[end][:1].isupper() or is_role_like(words[end])):
        end += 1  # "Developer Backend SR", "Engineer II"
    title = " ".join(words[:end]).rstrip(".,;:")
    return title if is_role_like(title) else None


@dataclass
class _Posting:
    """What the field finders share: the sections, hints, labels and the texts they search."""

    sections: list[Section]
    hints: dict
    boards: list[str]
    skills: list[str]
    out: Fields
    trusted: set[str] = field(default_factory=set)
    header: Section | None = None
    header_blocks: list[Block] = field(default_factory=list)
    short_header: list[Block] = field(default_factory=list)
    labels: dict[str, tuple[str, Block]] = field(default_factory=dict)
    body_text: str = ""
    head_text: str = ""


def extract(
    sections: list[Section],
    *,
    hints: dict | None = None,
    boards: Iterable[str] = (),
    skills: Iterable[str] = (),
) -> Fields:
    """Employer, title, location, remote, employment type and compensation of a parsed posting."""
    hints = dict(hints or {})
    post = _Posting(sections, hints, list(boards), list(skills), Fields(), trusted=set(hints.get("trusted") or ()))
    post.header = sections[0] if sections and sections[0].kind == "header" else None
    post.header_blocks = post.header.blocks if post.header else []
    post.short_header = [b for b in post.header_blocks
                         if label_field(b.label) is None and not b.bullet
                         and len(b.text.split()) <= (30 if _GENDER_MARK.search(b.text) else 16)]
    for section in sections:
        for block in section.blocks:
            name = stacked.field_of(block.label) if block.label else None
            if name and block.value and name not in post.labels:
                post.labels[name] = (block.value, block)
    for section in sections:  # a form's question as a heading, its one-line answer below ("### Company" / "Acme")
        name = stacked.field_of(section.heading) if section.heading else None
        if name in {"title", "company", "location"} and len(section.blocks) == 1 and name not in post.labels:
            block = section.blocks[0]
            if len(block.text.split()) <= 12 and not block.bullet:
                post.labels[name] = (block.text, block)
    for name, found in stacked.stacked_labels(sections).items():
        post.labels.setdefault(name, found)
    label_blocks = {id(block) for _value, block in post.labels.values()}
    post.short_header = [b for b in post.short_header if id(b) not in label_blocks]
    for name, (value, block) in post.labels.items():
        post.out.used_blocks.add(id(block))
        if name in {"department", "reports_to", "posted", "start_date", "experience_level", "deadline", "contact",
                    "requisition"}:
            post.out.extra[name] = value
    post.body_text = "\n".join(b.text for s in sections for b in s.blocks if s.kind not in {"board"})
    post.head_text = post.body_text[:_HEAD]

    title, body_title, beside_title = _find_title(post)
    company = _find_company(post, body_title, beside_title)
    post.out.company = company
    post.out.title = clean_title(title, company, post.boards) or None if title else None
    post.out.location = _find_location(post, body_title)
    post.out.workplace = _find_workplace(post)
    post.out.remote = {"remote": True, "on-site": False}.get(post.out.workplace or "")
    post.out.employment_type = _find_employment(post)
    post.out.compensation = _find_pay(post)
    return post.out


def _find_title(post: _Posting) -> tuple[str | None, tuple[str, Block | None] | None, list[str]]:
    """(title, the posting's own title line and its block, employer names seen beside the title)."""
    out, hints = post.out, post.hints
    candidates: list[tuple[str, Block | None]] = []
    beside: list[str] = []  # "Acme" in "Acme | Engineer | Remote"
    label_title = post.labels.get("title")
    if label_title and (len(label_title[0].split()) > 12 or label_title[0].rstrip().endswith(".")):
        label_title = None
    label_in_header = label_title is not None and any(b is label_title[1] for b in post.header_blocks)
    if label_title and label_in_header:
        candidates.append(label_title)
    for block in post.short_header:
        if is_role_like(block.text) and not is_location_like(block.text):
            candidates.append((block.text, block))
            break
    for section in post.sections:
        if section is post.header:
            continue
        if section.kind == "unknown" and section.heading and is_role_like(section.heading):
            candidates.append((section.heading, None))
            break
        if section.kind in ("requirements", "responsibilities", "preferred"):
            break
    if label_title and not label_in_header:  # "Job Title: ..." deep in the page: the official name
        candidates.append(label_title)
        out.extra["official_title"] = label_title[0]
    hint_title = hints.get("title")
    body_title = candidates[0] if candidates else None
    title: str | None = None
    if hint_title and ("title" in post.trusted or not body_title):
        title = str(hint_title)
    elif body_title:
        title = body_title[0]
        parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", title) if p.strip()]
        roles = [p for p in parts if is_role_like(p) and not find_money(p)] if len(parts) > 1 else []
        if roles:  # "Acme | Senior Engineer | Remote (US) | Full-time | $150k": the role is the title
            title = roles[0]
            beside = [p for p in parts if p is not roles[0] and not (
                is_location_like(p) or find_money(p) or _MONTHS.search(p) or find_employment_type([p]))]
        if hint_title:
            a, b = norm(title), norm(str(hint_title))
            if a and b and a in b and len(str(hint_title).split()) <= 12:
                title = str(hint_title)
    if title is None:
        title = title_in_sentence(post.head_text)
    if title is None:
        title = next((found for section in post.sections if section.kind in ("about", "header", "unknown")
                      for block in section.blocks if (found := _title_from_sentence(block.text))), None)
    if body_title and body_title[1] is not None and title == body_title[0]:
        out.used_blocks.add(id(body_title[1]))
    if title and norm(out.extra.get("official_title", "")) == norm(title):
        out.extra.pop("official_title")
    if hint_title and title and norm(str(hint_title)) != norm(title):
        out.extra["title_hint"] = str(hint_title)
    return title, body_title, beside


def _header_candidates(post: _Posting, body_title: tuple[str, Block | None] | None, cands: _Candidates) -> None:
    """The short lines around the title: "Acme", "Acme · Berlin", "Title at Acme", "Title - Acme"."""
    title_block = body_title[1] if body_title else None
    after_title = False
    title_at = next((i for i, b in enumerate(post.short_header) if b is title_block), None)
    for index, block in enumerate(post.short_header):
        text = block.text
        if block is title_block:
            after_title = True
            at = re.search(r"\s+(?:at|@|bei|chez)\s+(?P<c>[A-Z0-9][^,|·•]{1,60})$", text)
            if at:
                cands.add(at.group("c"), 6, source="the title line")
            parts = re.split(r"\s+[|·•–—-]\s+", text)
            for part in parts[1:]:
                if not is_location_like(part) and not is_role_like(part):
                    cands.add(part, 5, source="the title line")
                    break
            continue
        first = re.split(r"\s+[|·•–—-]\s+", text)[0].strip()
        if (
            is_role_like(first) or is_location_like(first) or _MONTHS.search(first)
            or re.search(r"\d{4}", first) or len(first.split()) > 5
            or (first.endswith((".", "?", "!", ":")) and not _ABBREVIATED.search(first))
        ):
            continue
        near = title_at is None or abs(index - title_at) <= 2  # a board's form lines further down say little
        cands.add(first, (5 if after_title else 3) if near else 1, weak=not near, source="a line beside the title")


def _find_company(post: _Posting, body_title: tuple[str, Block | None] | None, beside: list[str]) -> str | None:
    """The employer: the heaviest of the names the posting gives it, or None for a recruiter's posting."""
    hints, labels, head_text = post.hints, post.labels, post.head_text
    cands = _Candidates(post.boards, post.skills)
    for name in beside:
        cands.add(name, 5)
    if "company" in labels:
        cands.add(labels["company"][0], 10, explicit=True, source="the Company label")
    if hints.get("company"):
        trusted = "company" in post.trusted
        cands.add(str(hints["company"]), 100 if trusted else 6, explicit=trusted,
                  source="structured data" if trusted else "the metadata")
    _header_candidates(post, body_title, cands)
    if body_title and body_title[1] is None:
        named = _TITLE_EMPLOYER.search(body_title[0])
        if named:
            cands.add(named.group("c") or named.group("c2"), 6, source="the title line")
    for section in post.sections:
        about = _ABOUT_HEADING.match(section.heading or "")
        if about and not _ABOUT_GENERIC.match(about.group("x")):
            cands.add(about.group("x"), 5, explicit=True, source=f"the heading {section.heading!r}")
    for name in orgnames.institutions(head_text):
        cands.add(name, 3.0, source=f"the official name {name!r}")
    for pattern, weight in _COMPANY_PATTERNS:
        for match in pattern.finditer(head_text):
            cands.add(match.group("name"), weight, weak=weight < 2, source=f"the sentence {match.group(0).strip()!r}")
    for stem in _domain_stems(hints.get("domains") or (), post.boards):
        addresses = max(1, len(re.findall(rf"@(?:[\w-]+\.)*{re.escape(stem)}\.", head_text, re.I)))
        named = next((m.group(0) for m in re.finditer(rf"(?<![\w.]){re.escape(stem)}(?:\.[a-z]{{2,4}})?(?![\w])",
                                                       head_text, re.I) if not m.group(0)[0].islower()), None)
        named = named or orgnames.name_for_stem(stem, head_text)
        cands.add(named, 3 * addresses, source=f"the domain {stem}")
    # a candidate confirmed by the text counts more; a name seen many times too
    for key, name in list(cands.names.items()):
        mentions = len(re.findall(rf"(?<![\w]){re.escape(name)}(?![\w])", head_text))
        cands.scores[key] += min(mentions, 6) * 0.5
    company = cands.best()
    if company:  # "Cambridge" from a domain, "University of Cambridge" in the text: the full official name
        company = next((n for n in orgnames.institutions(head_text) if norm(company) in norm(n)), company)
    if is_recruiter_posting(head_text) and not ("company" in post.trusted or "company" in labels):
        post.out.extra["company_confidence"] = "high"
        post.out.extra["company_from"] = "a recruiter's posting for an unnamed client"
        return None
    if company:
        level, source = cands.confidence(company)
        if level == "low" and not _named_mid_sentence(company, post.head_text):
            # one capitalised word that only opens sentences ("Sommige engineers ...") is no evidence
            post.out.extra["company_rejected"] = f"{company} ({source})"
            company = None
    if not company:
        company, level, source = _company_from_mail(post), "low", "the e-mail domain"
    if company:
        post.out.extra["company_confidence"] = level
        post.out.extra["company_from"] = source
    if company:
        longer = re.search(rf"(?<![\w.]){re.escape(company)}\.(?:io|com|ai|co|dev|app|net|org|de|fr|es)\b", head_text)
        if longer:
            company = longer.group(0)
    return company


def _named_mid_sentence(name: str, text: str) -> bool:
    """Whether the name stands inside a sentence somewhere (a name), not only as a sentence's first word."""
    if len(name.split()) > 1:
        return True
    for match in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        before = text[max(0, match.start() - 2):match.start()]
        if match.start() > 0 and not re.search(r"(?:[.!?:]\s|\n)$|^\s*$", before):
            return True
    return False


def _company_from_mail(post: _Posting) -> str | None:
    """The name behind the apply address's domain when nothing else names the employer ("x@acme.io")."""
    mails = [d for d in post.hints.get("domains") or () if d in post.body_text.casefold()]
    for stem in _domain_stems(mails[:3], post.boards):
        if re.search(rf"[\w.+-]+@(?:[\w-]+\.)*{re.escape(stem)}\.", post.body_text, re.IGNORECASE):
            name = stem[:1].upper() + stem[1:]
            if _usable_company(name, post.boards):
                return name
    return None


_TITLE_EMPLOYER = re.compile(
    r"\s(?:at|@|bei|chez|na|no|presso|bij)\s+(?P<c>[A-Z0-9][^,|·•\[\]()]{1,50}?)\s*(?:\[[^\]]*\])?\s*$|"
    r"\[(?P<c2>[A-Z][^\]\d]{1,40})\]\s*$"
)


def _find_location(post: _Posting, body_title: tuple[str, Block | None] | None) -> str | None:
    """A "Location:" label, a place line near the title, a place in the title line, or the metadata's."""
    company = post.out.company
    location: str | None = None
    if "location" in post.labels:
        location = post.labels["location"][0]
    else:
        title_block = body_title[1] if body_title else None
        for block in post.short_header:
            if block is title_block:
                continue
            for part in re.split(r"\s+[|·•]\s+", block.text):
                if is_location_like(part) and not (company and norm(part) == norm(company)):
                    location = part
                    post.out.used_blocks.add(id(block))
                    break
            if location:
                break
    if location is None and body_title:
        for part in re.split(r"\s+[-–—|·•]\s+", body_title[0])[1:]:
            if is_location_like(part) and not is_role_like(part):
                location = part
                break
    if location is None and post.hints.get("location"):
        location = str(post.hints["location"])
    return clean_location(location) if location else None


def _header_texts(post: _Posting) -> list[str]:
    return [b.text[:_FIELD_TEXT] for b in post.header_blocks[:40]]


def _find_workplace(post: _Posting) -> str | None:
    """'remote', 'hybrid' or 'on-site' from the location, a label, the title or the header; then the body."""
    out = post.out
    places = [t for t in (out.location, post.labels.get("remote", ("", None))[0], out.title) if t]
    workplace = workplace_of(places) or workplace_of(_header_texts(post))
    if workplace is None and _STRONG_REMOTE.search(post.head_text):
        workplace = "remote"
    if isinstance(post.hints.get("remote"), bool) and workplace is None:
        workplace = "remote" if post.hints["remote"] else "on-site"
    return workplace


def _find_employment(post: _Posting) -> str | None:
    """The employment type from a label, the metadata, the title or the header, else the body's prose."""
    order = []
    if "employment_type" in post.labels:
        order.append(post.labels["employment_type"][0])
    if post.hints.get("employment_type"):
        order.append(str(post.hints["employment_type"]))
    if post.out.title:
        order.append(post.out.title)
    order.extend(t for t in _header_texts(post) if len(t.split()) <= 16)
    return find_employment_type(order) or find_employment_type([post.body_text[:_FIELD_TEXT]], prose=True)


def _find_pay(post: _Posting) -> str | None:
    """Pay from a label, the metadata, a compensation section, a header line, or a sentence about salary."""
    if "compensation" in post.labels:
        value = post.labels["compensation"][0]
        return find_money(value) or value
    if post.hints.get("compensation"):
        return str(post.hints["compensation"])
    for kinds in (("compensation",), ("header",), ("benefits", "about", "unknown", "other")):
        for section in post.sections:
            if section.kind not in kinds:
                continue
            for block in section.blocks:
                short = kinds == ("compensation",) or (kinds == ("header",) and len(block.text.split()) <= 25)
                pay = (find_money if short else find_pay_sentence)(block.text[:_FIELD_TEXT])
                if pay:
                    return pay
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
    r"proven|accomplished|skilled|qualified))\b",
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

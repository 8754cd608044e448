"""The employer: the heaviest of the names a posting gives it, or none for a recruiter's posting.

Candidates come from a "Company:" label, metadata, the lines beside the title, an "About Acme" heading,
sentences such as "Acme is hiring" and the posting's web or e-mail domains; a job board's name, a skill or
a generic word ("our client", "the team") is never the employer.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import pairwise

from ..text import name_key as norm
from . import noise, orgnames, placeholder, stacked
from .facts import MONTHS, find_employment_type, is_location_like, is_role_like
from .notice import notice_body, seeking_org
from .posting import Posting, TitleLine
from .sections import Block, heading_kind

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
         r"(?:[ \t]+(?:[A-Z0-9&][\w&.'’+-]*|of|and|de|der|des|di|del|van|für|for|per|la|du|von|&)){0,4})")
_COMPANY_PATTERNS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(rf"\b(?:[Aa]t|[Hh]ere at) {_NAME},? (?:we|our|you)\b"), 3.0),
    (re.compile(rf"\b(?:[Jj]oin|[Jj]oining) {_NAME}(?= (?:as|and|to|in|on|at|is)\b|[.,!])"), 2.5),
    (re.compile(rf"\b(?:[Jj]oin|[Jj]oining) the {_NAME} team\b"), 2.5),  # "to join the Lumen Books team"
    (re.compile(rf"\b{_NAME} (?:is|are) (?:currently |now |actively )?(?:hiring|looking for|seeking|searching for|"
                rf"growing|expanding)\b"), 3.5),
    (re.compile(rf"\b{_NAME} (?:seeks|is seeking|wishes to hire|wants to hire|needs)\b"), 3.0),
    # "The MPI-M invites applications for a 2.5-year position": the employer asks for the applications
    (re.compile(rf"\b{_NAME} (?:invites|welcomes|seeks|accepts) applications\b"), 3.5),
    # "Il Team per la Trasformazione Digitale è alla ricerca di", "X est à la recherche d'", "X está buscando"
    (re.compile(rf"\b{_NAME} (?:è alla ricerca|sta cercando|est à la recherche|está (?:buscando|à procura|"
                rf"procurando|em busca de))\b"), 3.5),
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
    # a legal form in lower case after the name (a capitalised one, "Acme GmbH", is part of the name already):
    # "Territoires de la Mémoire asbl", "Rossi srl"
    (re.compile(rf"\b{_NAME} (?:asbl|vzw|a\.s\.b\.l\.|srl|s\.r\.l\.|spa|s\.p\.a\.|sarl|lda|ltda|bv|nv)(?![\w])"), 3.0),
    # a public body calling its competition: "la Comunidad de Madrid convoca", "il Comune di X bandisce"
    (re.compile(rf"\b{_NAME} (?:convoca|convocan|bandisce|indice|avvia una selezione|schreibt \w+ aus)\b"), 3.0),
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

# a recruiter or platform naming the client it posts for: "Il nostro partner Atlantic Technologies è alla ricerca di"
_NAMED_CLIENT = re.compile(
    rf"\b(?i:il nostro|our|notre|unser(?:em)?|nuestro|nosso|onze)\s+(?i:partner|client|cliente|kunden?|klant)"
    rf",?\s+{_NAME},?\s+(?=(?i:è alla ricerca|sta cercando|cerca|ricerca|is looking|is hiring|is seeking|seeks|"
    rf"recherche|est à la recherche|sucht|busca|está buscando|procura|zoekt)\b)"
)


# a staffing agency or job agency by its name: a firm known for placing others' staff, or a name that says so
# ("Golden Empregos", "Acme Staffing", "XY Personaldienstleistungen"); it posts for a client it does not name
_AGENCY_NAME = re.compile(
    r"\b(?:robert half|randstad|adecco|manpower(?:group)?|hays|michael page|page personnel|kelly services|"
    r"teksystems|aerotek|kforce|insight global|gi group|synergie|tempo-team|start people|experis|spherion|"
    r"allegis|akkodis|lhh|proffice|olsten|express employment|"
    r"\w*(?:empregos|empleos|staffing|recruiting|recrutamento|reclutamiento|personaldienstleist\w*|zeitarbeit|"
    r"uitzendbureau|intérim|interim))\b",
    re.IGNORECASE,
)


def is_agency_name(name: str) -> bool:
    """Whether a would-be employer's name is a staffing or job agency's ("ROBERT HALF", "Golden Empregos")."""
    return bool(_AGENCY_NAME.search(name))


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
    if (not folded or folded in _GENERIC_COMPANY or len(folded) < 2 or len(name.split()) > 8
            or placeholder.is_withheld(name) or placeholder.is_template(name)):  # "Empresa não Informado"
        return False
    if any(norm(b) == norm(name) or norm(b) in norm(name).split() for b in boards):
        return False
    if not known_board_ok and folded in noise.KNOWN_BY_FOLDED:
        return False
    if folded in skills:
        return False
    if MONTHS.search(name) or re.fullmatch(r"[\d\W]+", name) or _NOT_A_NAME.search(name):
        return False
    # a heading, a form's word, a label or a board's row of column labels ("Geplaatst Deadline Locatie")
    if heading_kind(name) is not None or orgnames.never_a_name(name) or stacked.field_of(name) or _label_row(name):
        return False
    # "[Cargo] na Recruiter": a role word is no employer; "Teilzeit", "Freelance": a form's value
    if len(name.split()) == 1 and (is_role_like(name) or find_employment_type([name])):
        return False
    first = name.split()[0].casefold()
    return first not in {"the", "our", "we", "you", "your", "this", "a", "an", "as", "in", "if", "with", "for",
                         "all", "each", "every", "any", "some", "no", "at", "and", "or", "but", "to", "from",
                         "careers", "jobs", "search", "join", "apply", "sign", "posted", "back", "home",
                         "dit", "dat", "deze", "wij", "ons", "onze", "jij", "je", "wir", "unser", "unsere", "dies",
                         "diese", "nous", "notre", "nos", "ce", "cette", "nuestro", "nuestra", "somos", "este",
                         "ein", "eine", "einen", "einem", "einer", "un", "une", "uno", "una", "um", "uma", "een",
                         "esta", "questo", "questa", "noi", "nosso", "nossa", "isso", "esse", "essa"}


# an "owner/repo" path, a URL or an e-mail, a location or salary line: never an employer's name
_NOT_A_NAME = re.compile(r"^[\w.-]+/[\w.-]+$|\(\w*\d|https?://|@|\d{2,}[,.]?\d{3}|[$€£]\s?\d")

_ABBREVIATED = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr)\.$")


_ARTICLE = re.compile(r"^(?:[Tt]he|Die|Der|Das|La|Le|Les|El|Los|Las|Il|Lo|De|Het|O|A)\s+(?=[A-Z])")


# an image's alt text names the employer around the word logo: "Logo van Gemeente X", "Acme logo"
_LOGO = re.compile(r"^(?:logo|beeldmerk)(?:\s+(?:van|of|de|der|des|du|di|do|da|von))?\s+(?=\S)|\s+(?:logo|beeldmerk)$",
                   re.IGNORECASE)


def _label_row(name: str) -> bool:
    """Whether every word of a line of two or more is a field's label (a board's column headings)."""
    words = name.split()
    return len(words) >= 2 and all(stacked.field_of(w) for w in words)


# a name runs on to a linking word only inside it: "Tests and develops ..." gives "Tests", not "Tests and"
_TRAILING_LINK = re.compile(r"(?:\s+(?:and|of|for|und|et|y|e|de|der|des|di|del|van|von|la|du|für|&))+$")


# "Hypoxie Physiopathologie (HP2), Grenoble": the name without its abbreviation and its town
_ABBREVIATION_AND_TOWN = re.compile(r"\s*\([A-Z][A-Za-z0-9-]{1,10}\)(?:,\s*[A-ZÀ-Þ][\w’' -]{1,30})?$")


def _trim_name(name: str) -> str:
    name = _ABBREVIATION_AND_TOWN.sub("", name.strip())
    name = _TRAILING_LINK.sub("", _LOGO.sub("", name))
    name = _ARTICLE.sub("", name.strip())
    keep_dot = _ABBREVIATED.search(name.strip())
    name = name.strip(" ,;:!?'’\"" if keep_dot else " .,;:!?'’\"")
    name = re.sub(r"(?:'s|’s)$", "", name)
    return name


def _initials(name: str) -> str:
    """"Instituto Politécnico de Bragança" -> "IPB": the first letters of its capitalised words (which an
    abbreviation may write with a hyphen: "MPI-M" for the Max Planck Institute for Meteorology)."""
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


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

    def merge_parts(self) -> None:
        """A name cut short by a line break ("Instituto Politécnico" / "... de Bragança") or written as its
        initials ("IPB") counts toward the full name it is part of."""
        official = {k for k, (_w, source) in self.sources.items() if source.startswith("the official name")}
        for key in list(self.scores):
            whole = next((other for other in self.scores if other != key and (
                (other.startswith(key) and {key, other} <= official)
                or _initials(self.names[other]) == re.sub(r"[\W_]", "", self.names[key]))), None)
            if whole and len(key) >= 3:
                self.scores[whole] += self.scores.pop(key)
                self.order[whole] = min(self.order[whole], self.order.pop(key))
                self.names.pop(key)
                self.sources.pop(key, None)

    def best(self) -> str | None:
        if not self.scores:
            return None
        key = max(self.scores, key=lambda k: (self.scores[k], -self.order[k]))
        return self.names[key]


# the host part a platform gives its own pages, never a tenant's name ("boards.greenhouse.io")
_SERVICE_HOSTS = {"boards", "jobs", "careers", "apply", "app", "api", "cdn", "static", "media", "images", "img",
                  "assets", "help", "support", "docs", "blog", "mail", "en", "de", "fr", "es", "it", "nl", "pt"}
_HOSTING = {
    "recruitee", "lever", "greenhouse", "workable", "amazonaws", "cloudfront", "github", "githubusercontent",
    "googleapis", "linkedin", "indeed", "ashbyhq", "smartrecruiters", "myworkdayjobs", "workday", "bamboohr",
    "jobvite", "teamtailor", "personio", "breezy", "jazzhr", "applytojob", "wordpress", "medium", "google",
    "cloudinary", "imgix", "gstatic", "wp", "icims", "taleo", "successfactors", "recruiterbox", "join",
    "welcometothejungle", "wellfound", "angel", "stepstone", "xing", "glassdoor", "ziprecruiter", "monster",
    "sedelectronica", "gestiona", "tramita",  # Spanish councils' e-office platforms ("X.sedelectronica.es")
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
        at = parts.index(stem)
        if stem in _HOSTING and at >= 1 and parts[at - 1] not in _SERVICE_HOSTS and re.fullmatch(
                r"[a-z][a-z-]{2,}", parts[at - 1]):
            stem = parts[at - 1]  # "torvizcon.sedelectronica.es", "acme.recruitee.com": the tenant names itself
        if (stem in _HOSTING or stem in board_keys or stem in noise.KNOWN_BY_FOLDED or orgnames.is_freemail(stem)
                or placeholder.is_placeholder_domain(stem)):
            continue
        if len(stem) >= 2 and stem not in stems:
            stems.append(stem)
    return stems


def _header_candidates(post: Posting, body_title: TitleLine | None, cands: _Candidates) -> None:
    """The short lines around the title: "Acme", "Acme · Berlin", "Title at Acme", "Title - Acme"."""
    title_block = body_title[1] if body_title else None
    after_title = False
    title_at = next((i for i, b in enumerate(post.short_header) if b is title_block), None)
    values = _label_values(post.header_blocks)
    for index, block in enumerate(post.short_header):
        text = block.text
        if id(block) in values:  # "Art:" / "Teilzeit": the value of a label the reader does not know
            continue
        if block is title_block:
            after_title = True
            at = _TITLE_EMPLOYER.search(text)
            if at and at.group("c"):  # "Front-End Developer na VAGAS.com": a role at a board is a job there
                cands.add(at.group("c"), 6, explicit=is_role_like(text[:at.start()]), source="the title line")
            parts = re.split(r"\s+[|·•–—-]\s+", text)
            for part in parts[1:]:
                if not is_location_like(part) and not is_role_like(part):
                    cands.add(part, 5, source="the title line")
                    break
            continue
        org = seeking_org(text)
        if org:  # a poster's "Wonen in Vlaanderen zoekt" above the role
            cands.add(org, 5, source=f"the line {text!r}")
            continue
        first = re.split(r"\s+[|·•–—-]\s+", text)[0].strip()
        if _abbreviates(first, text[len(first):]):
            continue  # "CNA - Certified Nursing Assistant": the role's initials, not a name
        if (
            is_role_like(first) or is_location_like(first) or MONTHS.search(first)
            or re.search(r"\d{4}", first) or len(first.split()) > 5
            or (first.endswith((".", "?", "!", ":")) and not _ABBREVIATED.search(first))
            or re.search(r"\w{4,}\. [A-ZÀ-Þ]", first)  # "PRIMERA. Objeto de la Convocatoria": two sentences
        ):
            continue
        if title_at is None and not _near_label(post, title_block, block):
            continue  # a form's lines far from its title label: other fields, an organogram, a table of contents
        near = title_at is None or abs(index - title_at) <= 2  # a board's form lines further down say little
        cands.add(first, (5 if after_title else 3) if near else 1, weak=not near, source="a line beside the title")


def _abbreviates(short: str, rest: str) -> bool:
    """Whether a short word in capitals is the initials of the words after it ("CNA" / "Certified Nursing
    Assistant")."""
    letters = re.sub(r"[^A-Z]", "", short)
    initials = _initials(rest.strip(" -–—|·•"))
    return len(letters) >= 2 and short.replace(".", "").isupper() and initials.startswith(letters)


def _near_label(post: Posting, title_block: Block | None, block: Block) -> bool:
    """Whether a header line stands within two lines of the title's label line ("Functie | ..."); any line is
    near when the title came from elsewhere (a heading, a sentence)."""
    at = {id(b): i for i, b in enumerate(post.header_blocks)}
    if title_block is None or id(title_block) not in at or id(block) not in at:
        return True
    return abs(at[id(block)] - at[id(title_block)]) <= 2


def _label_values(blocks: list[Block]) -> set[int]:
    """id() of the lines that follow a bare label line ("Art:", "Entgeltgruppe:"): a form's values, no names."""
    return {id(value) for label, value in pairwise(blocks)
            if label.text.rstrip().endswith((":", "：")) and len(label.text.split()) <= 4 and not label.bullet}


def find_company(post: Posting, body_title: TitleLine | None, beside: list[str]) -> str | None:
    """The employer: the heaviest of the names the posting gives it, or None for a recruiter's posting."""
    cands = _candidates(post, body_title, beside)
    company = chosen = cands.best()
    if company:  # "Cambridge" from a domain, "University of Cambridge" in the text (or its front matter): the full name
        searched = post.head_text + "\n" + str(post.hints.get("meta_text") or "")
        fuller = [n for n in orgnames.institutions(searched) if norm(company) in norm(n)]
        company = min(fuller, key=len) if fuller else company
    client = _NAMED_CLIENT.search(post.head_text)
    explicit = "company" in post.trusted or "company" in post.labels or client
    if is_recruiter_posting(post.head_text) and not explicit:
        post.out.extra["company_confidence"] = "high"
        post.out.extra["company_from"] = "a recruiter's posting for an unnamed client"
        return None
    if company and is_agency_name(company) and not explicit:
        # "[Alphaville] Desenvolvedor Backend [ROBERT HALF]": an agency posts for a client it does not name
        post.out.extra["company_confidence"] = "high"
        post.out.extra["company_from"] = f"a recruiter's posting ({company} is an agency)"
        post.out.extra["company_rejected"] = f"{company} (a staffing agency)"
        return None
    if company:
        level, source = cands.confidence(chosen or company)
        if level == "low" and (not source.startswith("the official name")
                               or not _named_mid_sentence(company, post.head_text)):
            # one line beside the title or one sentence ("Eine Verlängerung ist", "The Cluster Store Manager is"),
            # named nowhere else, is too weak a guess; an official name ("Comune di Vasto") stands on its own
            post.out.extra["company_rejected"] = f"{company} ({source})"
            company = None
    withheld = placeholder.withheld_in_title(body_title[0]) if body_title else None
    if withheld and not company:  # "Analista de Sistemas (PO) na Empresa não Informado": the board says so
        post.out.extra["company_confidence"] = "high"
        post.out.extra["company_from"] = f"the posting withholds the employer ({withheld!r})"
        return None
    if not company:
        company, level, source = _company_from_mail(post), "low", "the e-mail domain"
    if company:
        post.out.extra["company_confidence"] = level
        post.out.extra["company_from"] = source
        longer = re.search(rf"(?<![\w.]){re.escape(company)}\.(?:io|com|ai|co|dev|app|net|org|de|fr|es)\b",
                           post.head_text)
        if longer:
            company = longer.group(0)
    return company


def _candidates(post: Posting, body_title: TitleLine | None, beside: list[str]) -> _Candidates:
    """Every name the posting gives its employer, weighted by how plainly it says so."""
    hints, labels = post.hints, post.labels
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
    if body_title:  # "ADAPTIS - Technical Recruiter - HCM - [FT Remote Hybrid]": employer, role, place, ...
        parts = [p.strip() for p in re.split(r"\s+[|·•–—-]\s+", body_title[0])]
        first = parts[0]
        if (len(parts) >= 3 and is_role_like(parts[1]) and not is_role_like(first) and not re.search(r"[\[\]()]", first)
                and not is_location_like(first) and not _abbreviates(first, " ".join(parts[1:]))):
            cands.add(first, 5, source="the title line")
    client = _NAMED_CLIENT.search(post.head_text)
    if client:  # the client a recruiter names outweighs the recruiter's own "Company:" line
        cands.add(client.group("name"), 12, source=f"the client named in {client.group(0).strip()!r}")
    if body_title and body_title[1] is None:
        named = _TITLE_EMPLOYER.search(body_title[0])
        if named:  # "Front-End Developer na VAGAS.com": a role at the board is a job at the board's company
            role_at = bool(named.group("c")) and is_role_like(body_title[0][:named.start()])
            cands.add(named.group("c") or named.group("c2"), 6, explicit=role_at, source="the title line")
    hall = _TOWN_HALL.search(post.head_text)
    if hall:  # "Lieu de travail: Mairie - 2, Place du Gué, Guécélard": the town whose hall it is employs
        cands.add(f"{hall.group('hall')} de {hall.group('town')}", 3, source=f"the workplace {hall.group(0)!r}")
    else:
        hall = _TOWN_HALL_ADDRESS.search(post.head_text)
        if hall:
            cands.add(f"Mairie de {hall.group('town')}", 3, source=f"the workplace {' '.join(hall.group(0).split())!r}")
    heads = [text for s in post.sections for text in (s.heading, *(b.text for b in s.blocks)) if text][:60]
    body = notice_body(heads)
    if body:  # "Avis de recrutement ... d'un Jardinier à la Direction de l'Aménagement Urbain."
        cands.add(body, 5, source="the body a notice's heading names")
    _prose_candidates(post, cands)
    cands.merge_parts()
    # a candidate confirmed by the text counts more; a name seen many times too
    for key, name in list(cands.names.items()):
        mentions = len(re.findall(rf"(?<![\w]){re.escape(name)}(?![\w])", post.head_text))
        cands.scores[key] += min(mentions, 6) * 0.5
    return cands


def _prose_candidates(post: Posting, cands: _Candidates) -> None:
    """Names from "About Acme" headings, sentences such as "Acme is hiring", and the posting's web domains."""
    head_text = post.head_text
    for section in post.sections:
        about = _ABOUT_HEADING.match(section.heading or "")
        if about and not _ABOUT_GENERIC.match(about.group("x")):
            cands.add(about.group("x"), 5, explicit=True, source=f"the heading {section.heading!r}")
    listed = "\n".join(b.text for s in post.sections if s.kind in ("requirements", "preferred") for b in s.blocks)
    for name in orgnames.institutions(head_text):
        # a name inside the requirements ("Diploma Istituto Tecnologico") is weak evidence of the employer
        inside = name in listed and name not in head_text.replace(listed, "")
        cands.add(name, 1.0 if inside else 3.0, weak=inside, source=f"the official name {name!r}")
    prose = _URL.sub(".\n", head_text)  # "http://ift.tt/2kVBvXU Harris ... is seeking": a link's tail is no name
    for pattern, weight in _COMPANY_PATTERNS:
        for match in pattern.finditer(prose):
            if len(match.group("name").split()) == 1 and _LINKED_BEFORE.search(prose, 0, match.start("name")):
                continue  # "Empresa de Tecnologia da Informação contrata": one word ending a longer phrase
            cands.add(match.group("name"), weight, weak=weight < 2, source=f"the sentence {match.group(0).strip()!r}")
    for stem in _domain_stems(post.hints.get("domains") or (), post.boards):
        addresses = max(1, len(re.findall(rf"@(?:[\w-]+\.)*{re.escape(stem)}\.", head_text, re.I)))
        named = next((m.group(0) for m in re.finditer(rf"(?<![\w.]){re.escape(stem)}(?:\.[a-z]{{2,4}})?(?![\w])",
                                                       head_text, re.I) if not m.group(0)[0].islower()), None)
        cands.add(named or orgnames.name_for_stem(stem, head_text), 3 * addresses, source=f"the domain {stem}")


# a linking word just before a name: the name is the tail of a longer phrase ("... da Informação")
_LINKED_BEFORE = re.compile(r"\b[A-ZÀ-Þ][\w’'-]*[ \t]+(?:da|de|do|das|dos|di|del|della|of|der|des|du|van|von)[ \t]$")
# a workplace that is a town hall names the municipality: "Lieu de travail: Mairie - 2, Place du Gué, Guécélard"
_TOWN_HALL = re.compile(
    r"^(?:Lieu de travail|Adresse|Work location|Arbeitsort|Lugar de trabajo)\s*:\s*(?P<hall>Mairie|Ville|Commune)\b"
    r"[^\n]*?,\s*(?P<town>[A-ZÀ-Þ][\w’'-]+(?:[- ][A-ZÀ-Þ][\w’'-]+)*)\s*(?:\(|$)",
    re.MULTILINE,
)
# "Lieu de travail" / "80 Route de la MAIRIE, Générac (Gironde (33))": the town hall in the workplace's address
_TOWN_HALL_ADDRESS = re.compile(
    r"^(?:Lieu de travail|Adresse|Work location|Arbeitsort|Lugar de trabajo)\s*:?\s*\n?"
    r"[^\n]*?\b(?i:mairie|h[ôo]tel de ville)\b[^\n]*?,\s*"
    r"(?P<town>[A-ZÀ-Þ][\w’'-]+(?:[- ][A-ZÀ-Þ][\w’'-]+)*)\s*(?:\(|$)",
    re.MULTILINE,
)
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)


def _named_mid_sentence(name: str, text: str) -> bool:
    """Whether the name stands inside a sentence somewhere (a name), not only as a sentence's first word."""
    if len(name.split()) > 1:
        return True
    for match in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        before = text[max(0, match.start() - 2):match.start()]
        if match.start() > 0 and not re.search(r"(?:[.!?:]\s|\n)$|^\s*$", before):
            return True
    return False


def _company_from_mail(post: Posting) -> str | None:
    """The name behind the apply address's domain when nothing else names the employer ("x@acme.io")."""
    mails = [d for d in post.hints.get("domains") or () if d in post.body_text.casefold()]
    for stem in _domain_stems(mails[:3], post.boards):
        if re.search(rf"[\w.+-]+@(?:[\w-]+\.)*{re.escape(stem)}\.", post.body_text, re.IGNORECASE):
            name = stem[:1].upper() + stem[1:]
            if _usable_company(name, post.boards):
                return name
    return None


_TITLE_EMPLOYER = re.compile(
    # "Analista de Infraestrutura @ {Centro Universitário FAG}": a board template's braces around the employer
    r"\s(?:at|@|bei|chez|na|no|presso|bij)\s+\{?(?P<c>[A-Z0-9][^,|·•\[\](){}]{1,50}?)\}?\s*(?:\[[^\]]*\])?\s*$|"
    r"\[(?P<c2>[A-Z][^\]\d]{1,40})\]\s*$"
)



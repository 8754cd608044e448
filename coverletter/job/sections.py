"""A posting's structure: headings, the kind of each section, and its paragraphs and bullet items.

Headings are recognised in Markdown (``## Requirements``), bold (``**What you'll do**``), capitals
(``REQUIREMENTS``), with a colon (``Your profile:``) or as a short line in the words postings use for them,
in English, German, French and Spanish. Each heading is given a kind: ``about``, ``responsibilities``,
``requirements``, ``preferred``, ``benefits``, ``compensation``, ``other`` (how to apply, equal
opportunity) or ``board`` (the board's pitch, FAQ and other jobs, which are dropped).
"""

from __future__ import annotations

import re
from dataclasses import field
from functools import lru_cache
from itertools import pairwise

from ..datamodel import model
from ..text import token_count as _word_count
from . import noise

LIST_KINDS = ("responsibilities", "requirements", "preferred", "benefits")
POSTING_KINDS = ("about", "compensation", *LIST_KINDS)


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Heading vocabulary, checked in this order (the first that matches gives the kind).
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("preferred", _rx(
        r"\bpreferred\b", r"\bnice[ -]to[ -]haves?\b", r"\bbonus(?: points)?\b", r"\bpluses\b",
        r"\b(?:it'?s |would be )?a (?:big )?plus\b", r"\bdesir(?:ed|able)\b", r"\bgood[ -]to[ -]haves?\b",
        r"\bextra (?:credit|points)\b", r"\beven better\b", r"\bbonus if\b", r"\bnice if\b",
        r"\boptional\b", r"\bideally\b", r"\bwhat would make you stand out\b",
        r"\bstand out\b", r"\badditional (?:qualifications|skills)\b",
        r"\bwünschenswert\b", r"\bvon vorteil\b", r"pluspunkte?\b", r"\bidealerweise\b",
        r"\batouts?\b", r"\bun plus\b", r"^les plus\b", r"^(?:le|les) petits? plus\b",
        r"\bpoints? forts?\b", r"\bserait un plus\b", r"\bsouhaitée?s?\b", r"\bapprécié",
        r"\bdeseables?\b", r"\bvalorables?\b", r"\bse valorará\b", r"\bsuma puntos\b",
        r"\bdesejáve(?:l|is)\b", r"\bdiferenciais\b", r"\bcostituiscono un plus\b", r"\bè un plus\b",
        r"pluspunt(?:en)?\b", r"\bpré\b",
    )),
    ("board", _rx(r"^why (?:apply|search|join) (?:through|with|on|via)\b", r"^frequently asked questions$",
                  r"^faqs?$", r"^similar jobs?$", r"^people also viewed$")),
    ("benefits", _rx(
        r"\bbenefits?\b", r"\bperks\b", r"\bwhat we offer\b", r"\bwe offer\b", r"\bwhy (?:join|work)\b",
        r"\bwhy you(?:'|’)?ll love\b", r"\bwhat(?:'|’)?s in it for you\b", r"\bour offer\b", r"\bwhat you get\b",
        r"\bwhat(?:'|’)?s on offer\b", r"\bin return\b", r"\bwhat do we offer\b", r"\bwhat you(?:'|’)?ll get\b",
        r"\bwir bieten\b", r"\bwas wir (?:dir |ihnen )?bieten\b", r"\bunser angebot\b", r"\bdeine vorteile\b",
        r"\bihre vorteile\b", r"\bwas dich erwartet\b.*\bbenefits\b",
        r"\bavantages\b", r"\bce que nous (?:vous )?offrons\b", r"\bnous (?:vous )?offrons\b",
        r"\bpourquoi nous rejoindre\b",
        r"\bbeneficios\b", r"\bqué ofrecemos\b", r"\bofrecemos\b", r"\bte ofrecemos\b",
        r"^benefícios\b", r"\bo que oferecemos\b",  # pt
    )),
    ("compensation", _rx(
        r"\bcompensation\b", r"\bsalary\b", r"\bpay(?: range| rate| scale| transparency)?\b", r"\bremuneration\b",
        r"\bgehalt\b", r"\bvergütung\b", r"\bsalaire\b", r"\brémunération\b", r"\bsalario\b", r"\bretribución\b",
    )),
    ("requirements", _rx(
        r"\brequirements?\b", r"\bqualifications?\b", r"\brequired\b", r"\bmust[ -]haves?\b",
        r"\bwhat you(?:'|’)?(?:ll| will)? (?:need|bring|have)\b", r"\bwhat we(?:'|’)?(?:re| are)? looking for\b",
        r"\bwho you are\b", r"\babout you\b", r"\byou have\b", r"\byou(?:'|’)?(?:re| are)\b",
        r"\byour (?:profile|skills|experience|background)\b",
        r"^skills\b", r"\bskills (?:and|&) (?:experience|qualifications)\b", r"^experience\b", r"\bideal candidate\b",
        r"^relevant experiences?\b",
        r"\byou should have\b", r"\bwho we(?:'|’)?re looking for\b", r"\bwhat it takes\b", r"\bto be successful\b",
        r"\bknowledge,? skills\b", r"\bcompetenc", r"\bwhat are we looking for\b", r"\bwho are you\b",
        r"\bwhat (?:do )?you need\b", r"\bkey skills\b", r"\bessential\b", r"\bneeded\b",
        r"\beligibility\b", r"^education\b", r"^profile$",
        r"\banforderungen\b", r"\b(?:ihr|dein) profil\b", r"\bwas (?:du|sie) mitbringst\b", r"\bmitbringen\b",
        r"\bqualifikation(?:en)?\b", r"\bvoraussetzungen\b", r"\bdas bringst du mit\b",
        r"\bprofil recherché\b", r"\bvotre profil\b", r"\bcompétences\b", r"\bprérequis\b", r"\bexigences\b",
        r"\bvous êtes\b", r"\bce que nous recherchons\b",
        r"\brequisitos\b", r"\bperfil\b", r"\bqué buscamos\b", r"\bbuscamos\b", r"\bcualificaciones\b",
        r"\bcompetencias\b",
        # de
        r"\bqualifikationserfordernisse\b", r"\bwas (?:wir|erwarten wir)\b.*\berwarten\b", r"^was erwarten wir\b",
        r"^(?:du|sie)\s*(?:…|\.\.\.)$",
        # nl
        r"\bwat (?:wij|we) vragen\b", r"\bwat vragen wij\b", r"\bwat verwachten (?:wij|we)\b", r"\bfunctie-?eisen\b",
        r"\bjouw profiel\b", r"\bdit ben jij\b", r"\bwie ben jij\b", r"\bwat (?:je|jij) meebrengt\b",
        r"\b(?:toelatings|aanwervings)?voorwaarden\b", r"\bvereiste kwalificaties\b",
        # pt
        r"\bo que (?:estamos buscando|buscamos|esperamos)\b", r"\brequisitos\b", r"\bobrigatórios?\b",
        r"\bqualificações\b", r"\bo que você precisa\b",
        # it
        r"\brequisiti\b", r"\bprofilo ricercato\b", r"\bil candidato ideale\b", r"\bcosa cerchiamo\b",
        r"\bcompetenze richieste\b", r"\brequired skills\b",
        # es
        r"\bnecesitamos\b", r"\bqué esperamos de (?:ti|tu perfil)\b", r"\blo que buscamos\b",
        # the degree a post asks for: "Titulación necesaria", "Titolo di studio richiesto", "Diplôme requis"
        r"^titulaci[óo]n(?: académica)?(?: necesaria| requerida| exigida| exigible)?$",
        r"^titolo di studio(?: richiesto)?$",
        r"^(?:diplôme|formation) (?:requise?|exigée?)$", r"^forma[çc][ãa]o (?:exigida|necess[áa]ria)$",
        # fr
        r"\bvos atouts\b", r"\bles prérequis\b", r"\bprofil\b",
    )),
    ("responsibilities", _rx(
        r"\bresponsibilit", r"\bwhat you(?:'|’)?(?:ll| will)? (?:do|be doing|work on|achieve)\b", r"\byour role\b",
        r"\bwhat will you (?:do|be doing|work on)\b", r"\bwhat does the (?:role|job) involve\b",
        r"\bduties\b", r"\byour impact\b", r"\bin this role\b", r"\bday[ -]to[ -]day\b", r"\byour mission\b",
        r"^tasks\b", r"\byour tasks\b", r"\bthe job\b.*\binvolves\b", r"\bwhat the job involves\b",
        r"\bkey (?:accountabilities|activities)\b", r"\byou will\b", r"\byou(?:'|’)ll\b", r"\bwhat you(?:'|’)?ll own\b",
        r"\bhow you(?:'|’)?ll (?:contribute|make an impact)\b", r"\bthe work\b", r"\bjob functions\b",
        r"\baufgaben\b", r"\bwas dich erwartet\b", r"\bwas sie erwartet\b", r"\btätigkeit", r"\bverantwortung",
        r"\bdeine rolle\b", r"\bihre rolle\b",
        r"(?<!durée de la )\bmissions?\b",  # "Durée de la mission": a form's duration, no list of duties
        r"\bresponsabilités\b", r"\bce que vous ferez\b", r"\bvotre rôle\b", r"\bvos tâches\b",
        r"\bresponsabilidades\b", r"\bfunciones\b", r"\bqué harás\b", r"\btareas\b", r"\btu rol\b",
        r"^atividades\b", r"^atribuições\b", r"\bo que você (?:vai|irá) fazer\b",  # pt
    )),
    ("other", _rx(
        r"\bhow to apply\b", r"^(?:the )?applications?$", r"^to apply$", r"\bapplication process\b",
        r"\bhiring process\b", r"\binterview process\b",
        r"\bnext steps\b", r"\bequal (?:employment )?opportunit", r"\beeo\b", r"\bdiversity\b", r"\binclusion\b",
        r"\baccommodations?\b", r"\bdisclaimer\b", r"\bprivacy\b", r"\bwork authori[sz]ation\b",
        r"\bbewerbung\b", r"\bkontakt\b", r"\bcandidature\b", r"\bpostula\b", r"\bcontact\b",
        r"^dokumente$", r"^documents?$", r"\bcomo se candidatar\b", r"\bsollicit", r"\bcandidatura\b",
        # a public call's application, deadline and selection parts
        r"^solicitudes$", r"^plazo(?: de (?:solicitud|presentación|inscripción))?$", r"\bselection process\b",
        r"\bproceso (?:de selecci[óo]n|selectivo)\b", r"\bprocédure de (?:recrutement|sélection)\b",
        r"\bprocesso (?:di selezione|seletivo)\b", r"\bauswahlverfahren\b", r"\bselectieprocedure\b",
    )),
    ("about", _rx(
        r"^about\b", r"\bwho we are\b", r"\bwhat we do\b", r"\bcompany (?:description|overview|profile)\b",
        r"\b(?:role|job|position) (?:description|overview|summary)\b", r"^(?:the )?(?:role|position|opportunity|job)$",
        r"^overview$", r"^summary$", r"\bour (?:mission|story|team|stack|culture|values)\b", r"^the team\b",
        r"^description$", r"^introduction$", r"\btech(?:nology)? stack\b",
        r"\büber uns\b", r"\bwer wir sind\b", r"\bdas unternehmen\b", r"\bstellenbeschreibung\b",
        r"\bqui sommes[- ]nous\b", r"\bà propos\b", r"\bl'entreprise\b", r"\bdescription du poste\b", r"\ble poste\b",
        r"^descriptif (?:de l['’]emploi|du poste)$",
        r"\bsobre nosotros\b", r"\bquiénes somos\b", r"\bacerca de\b", r"\bdescripción\b", r"\bla empresa\b",
        r"^doelstelling van de functie\b", r"\bplaats in de organisatie\b",
    )),
]

# -- labels ("Location: Berlin") ---------------------------------------------------------------------------

_LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("title", re.compile(r"^(?:job ?title|title|position|role|job(?: role)?|vacancy|opening|stelle|stellenbezeichnung|"
                         r"poste|intitulé du poste|puesto|cargo|título del (?:trabajo|puesto)|"
                         r"título da vaga|titolo(?: della posizione)?)$", re.I)),
    ("company", re.compile(r"^(?:company|company name|employer|organi[sz]ation|hiring (?:company|organi[sz]ation)|"
                           r"unternehmen|firma|arbeitgeber|entreprise|société|empresa|compañía|"
                           r"nombre de la (?:compañía|empresa)|nome da empresa|azienda)$", re.I)),
    ("location", re.compile(r"^(?:(?:work|job|office|primary)? ?locations?|based in|where|city|office|"
                            r"standort|arbeitsort|einsatzort|ort|lieu|localisation|lieu de travail|"
                            r"ubicación|localización|ciudad|lugar|local|sede|locatie|werklocatie|standplaats|"
                            r"località|localidade)$", re.I)),
    ("remote", re.compile(r"^(?:remote|workplace(?: type)?|work (?:model|arrangement|mode)|remote policy|"
                          r"arbeitsmodell|télétravail|modalidad)$", re.I)),
    ("employment_type", re.compile(r"^(?:employment(?: type)?|job type|time type|type|contract(?: type)?|"
                                   r"(?:work |job )?schedule|"
                                   r"appointment type|position type|"
                                   r"commitment|working hours|hours|anstellungsart|vertragsart|beschäftigungsart|"
                                   r"type de contrat|contrat|tipo de (?:contrato|jornada)|jornada)$", re.I)),
    ("compensation", re.compile(r"^(?:salary(?: range)?|compensation|pay(?: range| rate)?|base pay|rate|"
                                r"remuneration|gehalt|vergütung|salaire|rémunération|salario|sueldo)$", re.I)),
    ("department", re.compile(r"^(?:department|team|division|function|abteilung|équipe|departamento)$", re.I)),
    ("reports_to", re.compile(r"^(?:reports? to|reporting to|direct reports|manager)$", re.I)),
    ("posted", re.compile(r"^(?:posted|date posted|posted on|published|veröffentlicht|publié le|publicado|"
                          r"geplaatst(?: op)?|publicatiedatum|pubblicato(?: il)?|publicada)$", re.I)),
    ("start_date", re.compile(r"^(?:start(?:ing)? date|start|eintritt|début|fecha de inicio)$", re.I)),
    ("experience_level", re.compile(r"^(?:experience level|seniority(?: level)?|level|career level)$", re.I)),
    ("requisition", re.compile(r"^(?:(?:job )?(?:requisition|req)(?: id| number| no\.?)?|job id|"
                               r"reference(?: number)?)$", re.I)),
    ("contact", re.compile(r"^(?:contact(?: person)?|recruiter|hiring manager|posted by|ansprechpartner(?:in)?|"
                           r"(?:how |to )?apply(?: (?:at|here|to|via))?|e-?mail|send (?:your )?(?:cv|resume)|"
                           r"kontakt|interlocuteur|contacto)$", re.I)),
    ("deadline", re.compile(r"^(?:deadline|closing date|apply by|application deadline|bewerbungsfrist|"
                            r"sluitingsdatum|reageren (?:voor|tot)|scadenza|fecha l[íi]mite|date limite|"
                            r"data limite)$", re.I)),
]


def _bare_label_text(label: str) -> str:
    """A label without decoration, its colon or extra spaces ("**Work  location:**" -> "Work location")."""
    return " ".join(noise.plain(label).strip(" :").split())


def label_field(label: str | None) -> str | None:
    """The field a label names ("Work location" -> "location"), or None."""
    if not label:
        return None
    bare = _bare_label_text(label)
    for name, pattern in _LABELS:
        if pattern.match(bare):
            return name
    return None


_REQUIREMENT_LABEL = re.compile(
    r"^(?:who (?:may|can) apply|eligibility|citizenship|(?:security )?clearance|travel(?: requirements?)?|"
    r"work (?:authori[sz]ation|permit)|visa(?: sponsorship)?|(?:required )?education(?: level| requirements?)?|"
    r"(?:required )?experience(?: required| level required)?|language(?: requirements?|s)?|"
    r"driver'?s licen[cs]e|(?:required )?certifications?|licen[cs]es?|physical requirements|"
    r"sprachkenntnisse|langues?|idiomas?|"
    # a table row's degree cell: "Titulación exigible | Graduado escolar o titulación equivalente |"
    r"titulaci[óo]n(?: académica)?(?: necesaria| requerida| exigida| exigible)?|titolo di studio(?: richiesto)?|"
    r"escolaridade(?: / requisitos)?|formação exigida)$",
    re.IGNORECASE,
)


def requirement_label(label: str | None) -> bool:
    """Whether a label introduces a condition of the job ("Who may apply", "Security clearance", "Travel")."""
    if not label:
        return False
    return bool(_REQUIREMENT_LABEL.match(_bare_label_text(label)))


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<t>[^*_].*?)(?:\*\*|__)\s*:?\s*$")
_BULLET = re.compile(
    # "-Bachelor degree": a dash run into its item is a bullet too
    r"^(?P<indent>\s*)(?:[•·▪●◦‣○■□➢➤►▶✓✔☐→ƒ]\s*|(?:[-*+]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+|-(?=[A-ZÀ-Þ][a-zà-ÿ]))"
    r"(?P<t>\S.*)$"
)
_LABEL = re.compile(
    r"^\s*(?:\*\*|__)?(?P<label>[^\W\d_][\w À-ÿ'’/&().-]{0,50}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<value>\S.*)$"
)
# "2. Requisitos de admissão:", "1. REQUISITI DI AMMISSIONE": a notice's numbered part
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}\.\s+(?P<t>[^\W\d_][^:：]{1,60}?)\s*[:：]\s*$|"
                               r"^\s*\d{1,2}\.\s+(?P<caps>[A-ZÀ-Þ][A-ZÀ-Þ'’ ]{2,60}?)\s*$")
_HR = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_SENTENCE_END = re.compile(r"[.!?…)\]\"”]$")


@model
class Block:
    """A paragraph or a bullet item, as one line of text (wrapped lines joined)."""

    text: str
    bullet: bool = False
    label: str | None = None  # "Location" in "Location: Berlin"
    value: str | None = None


@model
class Section:
    """A heading (None before the first heading), its kind, and its blocks in order."""

    heading: str | None
    kind: str
    blocks: list[Block] = field(default_factory=list)


@lru_cache(maxsize=4096)
def heading_kind(text: str) -> str | None:
    """The kind of a heading from its words, or None when the words are not a known section heading."""
    if len(text) > 200:
        return None
    bare = clean_inline(noise.plain(text)).strip(" :：?!.").casefold()
    bare = re.sub(r"^\d+[.)]\s*", "", bare)
    if not bare or len(bare.split()) > 12:
        return None
    for kind, pattern in _KINDS:
        if pattern.search(bare):
            return kind
    return None


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_INLINE = re.compile(r"(\*\*|__|`|~~)")
_MARKUP = re.compile(r"[*_`~<\\\[]")
_TAG = re.compile(r"</?[a-zA-Z][^>]{0,2000}>")


def clean_inline(text: str) -> str:
    """Text without inline Markdown (links, bold, code) or stray HTML tags, on one line."""
    if not _MARKUP.search(text):
        return " ".join(text.split())
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = _INLINE.sub("", text)
    text = re.sub(r"(?<!\w)[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?!\w)", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", text)
    return " ".join(text.split())


def _heading_of(line: str, bullet: re.Match[str] | None = None) -> tuple[str, str | None] | None:
    """(heading text, kind) when the line is a heading; None for a body line."""
    if len(line) > 300:
        return None
    md = _MD_HEADING.match(line)
    if md:
        text = clean_inline(md.group(2))
        return (text, heading_kind(text)) if text else None
    bold = _BOLD_LINE.match(line)
    numbered = _NUMBERED_HEADING.match(line)
    title = numbered and (numbered.group("t") or numbered.group("caps"))
    if title and heading_kind(title):  # "2. Requisitos de admissão:": a notice's numbered part
        return title, heading_kind(title)
    if (bullet or _BULLET.match(line)) and not bold:
        return None
    if bold and _word_count(bold.group("t")) <= 10:
        text = clean_inline(bold.group("t")).rstrip(":：")
        return text, heading_kind(text)
    return _plain_heading(line)


def _plain_heading(line: str) -> tuple[str, str | None] | None:
    """A heading without Markdown marks: a known heading's words, a "Label:" of its own, or a short line in capitals."""
    text = clean_inline(line).strip()
    words = _word_count(text)
    if not text or words > 12:
        return None
    kind = heading_kind(text)
    if text.endswith((":", "：")) and kind:
        return text.rstrip(":："), kind
    if kind and not _SENTENCE_END.search(text.rstrip("?")) and not text.endswith(":") and words <= 7:
        return text, kind
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(not c.islower() for c in letters) and words <= 6:
        return text, kind
    return None


def split_lines(text: str) -> list[str]:
    """Lines of a posting with whitespace tidied (tabs, non-breaking and zero-width spaces)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)
    text = text.replace("\u00a0", " ").replace("\t", "    ")
    return [line.rstrip() for line in text.split("\n")]


def split_sections(
    lines: list[str], boards: set[str] | frozenset[str] = frozenset()
) -> tuple[list[Section], list[str]]:
    """The posting's sections, and the lines dropped as the board's chrome."""
    splitter = _Splitter(boards, looks_hard_wrapped(lines))
    for raw in lines:
        splitter.read(raw)
    return splitter.finish()


@model
class _Splitter:
    """split_sections' reading state: the sections so far, the dropped chrome, and what the last lines left open."""

    boards: set[str] | frozenset[str]
    wrapped: bool  # the text was wrapped at a fixed width
    sections: list[Section] = field(default_factory=lambda: [Section(None, "header")])
    dropped: list[str] = field(default_factory=list)
    dropping: bool = False  # inside a board's section ("Similar jobs")
    prev_blank: bool = True
    pending: str | None = None  # "**Location:**" waiting for its value on the next line
    prev_raw: str = ""
    numbered: bool = False  # a numbered heading was seen ("2. Requisitos de admissão:"): later ones are headings

    def read(self, raw: str) -> None:
        """Take one line: a heading, a label, a bullet, prose, or chrome to drop."""
        if not raw.strip() or _HR.match(raw):
            self.prev_blank = True
            return
        previous, self.prev_raw = self.prev_raw, raw
        bullet = _BULLET.match(raw)
        heading = _heading_of(raw, bullet)
        numbered = _NUMBERED_HEADING.match(raw)
        if numbered and (heading or self.numbered):  # "3. Plano de trabalhos:" after "2. Requisitos de admissão:"
            self.numbered = True
            text = numbered.group("t") or numbered.group("caps")
            if not self._drops(raw, noise.plain(raw), (text, heading_kind(text)), False):
                self.sections.append(Section(text, heading_kind(text) or "unknown"))
                self.prev_blank = True
            return
        bare = noise.plain(raw)
        bullet_text = bullet is not None and len(bare.split()) >= 5
        if self._drops(raw, bare, heading, bullet_text):
            return
        if self.pending is not None and self._settle_pending(raw, heading, bullet):
            return
        if not bullet_text and noise.is_chrome(raw, self.boards):
            self.dropped.append(clean_inline(bare))
            return
        if heading:
            text, kind = heading
            if _is_label_heading(raw, text, kind):
                self.pending = text
                return
            self.sections.append(Section(text, kind or "unknown"))
            self.prev_blank = True
            return
        self._body(raw, bare, bullet, previous)

    def _drops(self, raw: str, bare: str, heading: tuple[str, str | None] | None, bullet_text: bool) -> bool:
        """Whether the line is a board's section heading or stands inside one (a sentence-long bullet is the
        posting's, not a button or a banner)."""
        if not (bullet_text and not self.dropping) and (
                noise.is_board_section(raw, self.boards) or (heading and heading[1] == "board")):
            self.dropping = True
            self.dropped.append(clean_inline(bare))
            return True
        if heading and (heading[1] in POSTING_KINDS or (heading[1] == "other" and not self.dropping)):
            self.dropping = False
        if self.dropping:
            self.dropped.append(clean_inline(bare))
            return True
        return False

    def _settle_pending(self, raw: str, heading: tuple[str, str | None] | None, bullet: re.Match[str] | None) -> bool:
        """A label waiting for its value takes this line (True), or becomes a heading of its own."""
        label_text, self.pending = self.pending or "", None
        if heading is None and not bullet:
            value = clean_inline(raw)
            self.sections[-1].blocks.append(Block(f"{label_text}: {value}", label=label_text, value=value))
            self.prev_blank = False
            return True
        if heading_kind(label_text) or label_text.endswith(":") or bullet:  # "**Le - la candidat-e devra:**" / "- ..."
            # a sub-heading over bullets inside a list ("Connaissances particulières :") keeps the list's kind
            inside = self.sections[-1].kind if bullet and self.sections[-1].kind in LIST_KINDS else "unknown"
            self.sections.append(Section(label_text, heading_kind(label_text) or inside))
        return False

    def _body(self, raw: str, bare: str, bullet: re.Match[str] | None, previous: str) -> None:
        """A line of the current section: a bare label, a "Label: value", a bullet, or prose."""
        current = self.sections[-1]
        if current.kind == "header" and not bullet and _bare_label(bare):
            self.pending = clean_inline(bare)  # Workday's "locations" / "time type", Indeed's "Job type"
            return
        row = _table_row(bare) if not bullet else None
        if row:  # "Functie | Afdelingshoofd Grondgebiedszaken |": a table's row of a label and its value
            current.blocks.append(Block(f"{row[0]}: {row[1]}", label=row[0], value=row[1]))
            self.prev_blank = False
            return
        label = _LABEL.match(raw) if not bullet else None
        # "Minimum Qualifications (Screen Out Element): ...": an aside in brackets does not lengthen the label
        if label and _word_count(re.sub(r"\([^()]*\)", "", label.group("label"))) <= 4 and (
                "http" not in label.group("label")):
            kind = heading_kind(label.group("label"))
            value = clean_inline(label.group("value")).strip(" |")  # "Ente: | AGENZIA SPAZIALE ITALIANA |"
            name = clean_inline(label.group("label"))
            if kind in LIST_KINDS and current.kind != kind:
                self.sections.append(Section(name, kind, [Block(value)]))
            else:
                text = f"{name}: {value}" if value else clean_inline(raw)
                current.blocks.append(Block(text, label=name, value=value))
            self.prev_blank = False
            return
        if bullet:
            field = _LABEL.match(bullet.group("t"))
            name = clean_inline(field.group("label")) if field else ""
            value = clean_inline(field.group("value")).strip(" |") if field else ""
            if value and label_field(name) in ("title", "company"):  # "* Job title: **Senior Developer**"
                current.blocks.append(Block(f"{name}: {value}", label=name, value=value))
            else:
                current.blocks.append(Block(clean_inline(bullet.group("t")), bullet=True))
            self.prev_blank = False
            return
        text = clean_inline(raw)
        if text:
            self._prose(raw, text, current, previous)
            self.prev_blank = False

    def _prose(self, raw: str, text: str, current: Section, previous: str) -> None:
        """Prose carries on a label's value or the block above it, or starts a block."""
        last = current.blocks[-1] if current.blocks else None
        if last is not None and last.label is not None and not self.prev_blank and text[:1].islower():
            last.text, last.value = f"{last.text} {text}", f"{last.value} {text}"
        elif (last is not None and not self.prev_blank and last.label is None
              and _continues(last, previous, raw, text, current, self.wrapped)):
            last.text = f"{last.text} {text}"
        elif last is not None and self.prev_blank and last.label is None and _broken_across(previous, text):
            last.text = f"{last.text} {text}"  # a sentence a page break or a blank line cut in two
        else:
            current.blocks.append(Block(text))

    def finish(self) -> tuple[list[Section], list[str]]:
        """The sections that hold something, and the dropped lines."""
        if self.pending is not None:
            self.sections.append(Section(self.pending, heading_kind(self.pending) or "unknown"))
        return [s for s in self.sections if s.blocks or s.heading], self.dropped


def _table_row(text: str) -> tuple[str, str] | None:
    """(label, value) of a table's row written with pipes, closed by a pipe, whose first cell is a short label
    ("Functiefamilie | Leidinggevend expert | |"); None for any other line."""
    line = text.strip()
    if not line.endswith("|") or line.count("|") < 2:
        return None
    cells = [c.strip() for c in line.strip("|").split("|")]
    filled = [c for c in cells if c]
    if (len(filled) < 2 or cells[0] != filled[0] or _word_count(filled[0]) > 4 or filled[0].endswith((".", "!"))
            or not re.search(r"[^\W\d_]", filled[0])  # "|---|---|": a Markdown table's rule
            or (line.startswith("|") and len(filled) > 2)):  # "| Engineer | Acme | Berlin |": a table of data
        return None
    return filled[0].rstrip(":： "), " | ".join(filled[1:])


def _is_label_heading(raw: str, text: str, kind: str | None) -> bool:
    """"**Location:**" or "Salary range:" on a line of its own: a label whose value is on the next line."""
    if not raw.rstrip().rstrip("*_ ").endswith((":", "：")) or len(text.split()) > 6 or _MD_HEADING.match(raw):
        return False
    return bool(label_field(text) or requirement_label(text) or kind is None)


_BARE_LABEL_FIELDS = {"location", "employment_type", "compensation", "posted", "requisition", "department",
                      "start_date", "experience_level", "deadline"}
_DANGLING = re.compile(r"(?:[,&/-]|\b(?:and|or|of|the|with|to|in|for|a|an|as|on|at|by|from|including|such as))$",
                       re.IGNORECASE)


def _bare_label(text: str) -> bool:
    """A short line that is only a field's name ("locations", "Job type", "Pay"): its value is on the next line."""
    return len(text.split()) <= 4 and label_field(text) in _BARE_LABEL_FIELDS


def looks_hard_wrapped(lines: list[str]) -> bool:
    """Whether the text was wrapped at a fixed width (an email, a .txt), so one sentence spans lines.

    In a wrapped text, a long line that stops mid-sentence is usually followed by a lower-case word; in a
    pasted web page each line is a paragraph or an item of its own.
    """
    open_ended = lower = 0
    for line, after in pairwise(lines):
        a, b = line.strip(), after.strip()
        if len(a) >= 40 and b and not _SENTENCE_END.search(a) and not a.endswith(":") and not _BULLET.match(after):
            open_ended += 1
            lower += b[:1].islower()
    return lower >= 2 and lower * 3 >= open_ended


def _broken_across(prev_raw: str, text: str) -> bool:
    """Whether a line after a blank one finishes the sentence above: that line is long and open, this one
    starts in lower case ("... atividades administrativas" / "" / "em geral e de atendimento ao público.")."""
    prev = prev_raw.strip()
    return (len(prev) >= 50 and text[:1].islower() and not _SENTENCE_END.search(prev)
            and not prev.endswith((":", "：")))


def _continues(last: Block, prev_raw: str, raw: str, text: str, section: Section, wrapped: bool) -> bool:
    """Whether a line carries on the block above it (a hard-wrapped paragraph or bullet)."""
    prev = prev_raw.strip()
    ended = bool(_SENTENCE_END.search(prev)) or prev.endswith(":")
    if section.kind == "header" and not last.bullet:
        return wrapped and text[:1].islower() and not ended
    if text[:1] in ",;&(" or (text[:1].islower() and not ended):
        return True
    if ended:
        return False
    if last.bullet:
        return raw.startswith(("  ", "\t")) or (wrapped and len(prev) >= 50)
    return bool(_DANGLING.search(prev)) or (wrapped and len(prev) >= 50)



def settle_headings(sections: list[Section]) -> list[Section]:
    """Headings that hold no text of their own, read by where they stand.

    A stack of bare headings at the top ("# Title", "### Acme", "#### Berlin") is the posting's header; an
    unknown heading right under an empty known one ("Qualifications" / "**DU…**") continues that section.
    """
    out = list(sections)
    lead = 0
    while lead < len(out) and not out[lead].blocks and out[lead].kind in ("unknown", "header"):
        lead += 1
    if lead >= 2 and lead < len(out):
        header = Section(None, "header", [Block(s.heading) for s in out[:lead] if s.heading])
        out = [header, *out[lead:]]
    for index in range(1, len(out)):
        parent, child = out[index - 1], out[index]
        if child.kind == "unknown" and not parent.blocks and parent.kind in LIST_KINDS:
            child.kind = parent.kind
    return out

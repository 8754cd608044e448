"""Names an employer goes by, and words that never are one, in the seven languages postings come in.

An official name carries its kind of body: "University of Cambridge", "Martin-Luther-Universität Halle-Wittenberg",
"Gemeente Apeldoorn", "Comune di Vasto", "Hospital de Mulchén". A board's chrome and a form's words are no
name: "Beschreibung", "Synthèse de l'offre", a language's name ("Français"), a role word alone ("Recruiter").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from ..style.cldr import language_and_country_names

_CAP = r"[A-ZÀ-ÞĀ-Ž][\w’'&-]*(?:\.[\w’'&-]+)*"  # a dot only inside a word ("St.Gallen"), never a sentence's
_LINK = (r"(?i:of|for|and|the|de|des|du|der|die|di|del|della|dei|degli|alla|al|da|do|dos|das|van|voor|la|le|für|y|e|"
         r"et|und|en|het|bij|aan|op|den|ter)")  # Dutch places keep their particles: "Wijk bij Duurstede"
# the kind of body an official name carries (the keyword may sit inside a compound: "Martin-Luther-Universität")
_BODY = (
    r"(?:[\w’'-]*?(?i:Azienda|Universit(?:y|ät|é|à|eit|ade|ad|at)|Hochschule|Fachhochschule|Institut(?:e|o|ut)?|Istituto|"
    r"Laborator(?:y|ium|io|ire)|Hospital|Hôpital|Krankenhaus|Klinikum|Ziekenhuis|Ospedale|Academy|Akademie|"
    r"Embaixada|Embassy|Botschaft|Ambassade|Embajada|Ministerio|Ministry|Ministère|Ministerium|Ministerie|Ministero|"
    r"Polytechnic|Politecnico|Polytechnique|College|Collège|Colegio|"
    r"Fondazione|Foundation|Stiftung|Fondation|Fundación|Fundação|Stichting|Health[ \t]?[Cc]are|"
    # a research centre named for its field ("Bjerknes Centre for Climate Research"), not a "Data Center"
    r"Cent(?:re|er)(?=[ \t]+for[ \t])|Centro(?=[ \t]+(?:de|di|per)[ \t])|Zentrum(?=[ \t]+für[ \t])|"
    r"Centrum(?=[ \t]+voor[ \t])))"
)
_INSTITUTION = re.compile(
    # a campus joined by a hyphen stays: "Texas A&M University-Corpus Christi"
    rf"(?<![\w’'-])(?P<name>(?:{_CAP}[ \t]+){{0,3}}{_BODY}(?:[-–]{_CAP})?"
    rf"(?:[ \t]+(?:{_LINK}[ \t]+){{0,2}}{_CAP}){{0,5}})"
)
_OF = r"(?: du| de la| des| de| d['’])?"
# a public employer named by its kind and place: "Gemeente Apeldoorn", "la commune de CAZÈRES-SUR-L’ADOUR"
_PUBLIC = re.compile(
    rf"(?<![\w-])(?P<name>(?i:Gemeente|Lokaal Bestuur|Provincie|Comune di|Citt[àa]’? di|Regione|Commune de|"
    rf"commune de|Ville de|Mairie de|Landeshauptstadt|Stadt|Gemeinde|Landkreis|Ayuntamiento de|"
    # intercommunal and departmental bodies: "COMMUNAUTE d'AGGLOMERATION DU GARD RHODANIEN"
    rf"Communaut[ée] d['’]agglom[ée]ration{_OF}|Communaut[ée] de communes{_OF}|Communaut[ée] urbaine{_OF}|"
    rf"Métropole{_OF}|Conseil départemental{_OF}|"
    rf"Municipalidad de|Prefeitura(?: Municipal)? de|Câmara Municipal de|OCMW van)[ \t]+{_CAP}"
    rf"(?:[ \t]+(?:{_LINK}[ \t]+)?{_CAP}){{0,2}})"  # "SAN JUAN DEL PUERTO": a linking word inside the place
)
_TRAILING_LINK = re.compile(rf"(?:[ \t]+{_LINK})+$")
_LEADING_ARTICLE = re.compile(
    r"^(?:(?:Die|Der|Das|The|La|Le|Les|El|Los|Il|Lo|De|Het|O|A|An|Am|Bei|Beim)[ \t]+|[LlDd][’'])"
)

# freemail and webmail domains: an address there names a person, never the employer
FREEMAIL = frozenset({
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud", "me", "mac", "aol",
    "protonmail", "proton", "gmx", "web", "mail", "yandex", "zoho", "uol", "bol", "terra", "ig", "libero",
    "virgilio", "tiscali", "alice", "orange", "free", "laposte", "wanadoo", "sfr", "t-online", "freenet", "arcor",
    "telenet", "skynet", "ziggo", "kpn", "xs4all", "planet", "hetnet",
})

# words that name a part of a posting or a board's form, never an employer
_CHROME = re.compile(
    r"^(?:(?:job|position|role|stellen|functie|poste|puesto|vaga|posizione)?[ -]?(?:description|beschreibung|"
    r"omschrijving|beschrijving|descrizione|descripción|descrição|descriptif)|synthèse|détails|informations?|"
    r"overview|summary|samenvatting|zusammenfassung|résumé|resumen|riepilogo|profil|profile|perfil|profilo|"
    r"offre|oferta|offerta|vacature|vacancy|vaga|vagas|stelle|stellenangebot|annuncio|anuncio|job|jobs|"
    r"posting|listing|details|general information|opdracht|organisatie|aanbod|functie|mission|missions|"
    r"aufgaben|tâches|tareas|compiti|"
    r"inhoud|inhoudsopgave|inhalt|inhaltsverzeichnis|contents|table of contents|sommaire|índice|indice|sumário|"
    r"infobundel|informatiebundel|infopakket|"
    # a form's link to the employer's site ("Site web de l'employeur", "Employer website")
    r"site web|site internet|website|webseite|homepage|sitio web|página web|sito web|"
    r"&#?\w+;?)(?=\s|$)",  # "VAGAS.com" is a name, "Vagas" alone is not; "&nbsp" is markup
    re.IGNORECASE,
)
# a pronoun inside a candidate makes it a sentence or a heading ("Ein Job, der Sie begeistert"), not a name
_PRONOUNS = frozenset({
    "you", "your", "we", "our", "us", "sie", "ihr", "ihre", "du", "dein", "deine", "wir", "unser", "vous", "votre",
    "nous", "notre", "tu", "ton", "ta", "usted", "nosotros", "nuestro", "nuestra", "você", "jij", "je", "jouw", "wij",
    "ons", "onze", "noi", "nostro", "nostra", "voi", "vostro",
})


# a street address ("Via Pascoli, 31", "Marktplein 1"), not a name
_ADDRESS = re.compile(
    r"^(?:via|viale|piazza|corso|rue|avenue|boulevard|calle|avenida|rua|praça|street|road|straße|strasse|laan|"
    r"straat|plein|weg|place)\b|,?\s\d{1,4}[a-z]?$",
    re.IGNORECASE,
)


def _has_pronoun(name: str) -> bool:
    """A pronoun word in it, not an acronym in capitals ("TU Dresden" is a university)."""
    return any(w.casefold() in _PRONOUNS and not w.isupper() for w in re.findall(r"[^\W\d_]+", name))


_DOCUMENT_TAIL = re.compile(r"(?:[ \t]+(?:Procedures?|Polic(?:y|ies)|Manuals?|Handbooks?|Guidelines|Standards))+$")
_POST_WORD = re.compile(r"(?i:scientists?|researchers?|engineers?|fellows?|trainees?|assistants?|officers?|managers?|"
                        r"lecturers?|professors?|students?|interns?|coordinators?|technicians?|nurses?|teachers?)")


def institutions(text: str) -> Iterator[str]:
    """Official names in text: universities, institutes, hospitals, embassies, ministries, public bodies."""
    return iter(_institutions(text))


@lru_cache(maxsize=64)  # the employer finder reads a posting's head for them twice
def _institutions(text: str) -> tuple[str, ...]:
    return tuple(_find_institutions(text))


def _find_institutions(text: str) -> Iterator[str]:
    for pattern in (_PUBLIC, _INSTITUTION):
        for match in pattern.finditer(text):
            name = _TRAILING_LINK.sub("", match.group("name").strip(" .,;:"))
            name = _LEADING_ARTICLE.sub("", name)  # "Die Martin-Luther-Universität", "L’Institut des Sciences"
            name = _DOCUMENT_TAIL.sub("", name)  # "Petersen Health Care Procedure Manuals": the body's own manuals
            # "University" alone (a degree's) is no employer's name; "Martin-Luther-Universität" is one; a name
            # ending in a word in lower case is a company's programme ("A-LIGN university"), not an institution
            ends_lower = pattern is _INSTITUTION and name.split()[-1].islower()
            # "graduate level (Foundation Scientist)": a grade's name ending in a post, not an institution
            ends_in_post = pattern is _INSTITUTION and bool(_POST_WORD.fullmatch(name.split()[-1]))
            if ends_in_post:
                continue
            if len(name) >= 4 and not ends_lower and (
                    pattern is _PUBLIC or (name[:1].isupper() and (" " in name or "-" in name))):
                yield name


# a letter's salutation opening a reposted e-mail ("Dear all", "Dear Colleagues", "Liebe Kolleg*innen")
_SALUTATION = re.compile(r"^(?:dear|hi|hello|hallo|liebe[rs]?|sehr geehrte[rn]?|beste|geachte|cher|chère|chers|"
                         r"bonjour|estimad[oa]s?|querid[oa]s?|car[oaie]|gentil[ie]|prezad[oa]s?|olá|ola)\b",
                         re.IGNORECASE)
# a gazette's or bulletin's section heading ("Sección II. Autoridades y personal", "Section 3", "Sezione I")
_GAZETTE_SECTION = re.compile(r"^(?:sub)?(?:secci[óo]n|section|sezione|sec[çc][ãa]o|abschnitt|afdeling)\s+"
                              r"(?:[ivxlc]+|\d+|primera|segunda|tercera|cuarta|quinta|sexta)\b", re.IGNORECASE)
# a work mode or contract word alone ("FT Remote Hybrid", "Full-time / Remote"), never a name
_WORK_MODE = re.compile(r"^(?:(?:ft|pt|full[- ]?time|part[- ]?time|remote|hybrid|on-?site|in-?office|presencial|remoto|"
                        r"h[íi]brido|clt|pj|contract|freelance|temporary|permanent|internship)\b[\s/,&+|-]*)+$",
                        re.IGNORECASE)


def never_a_name(name: str) -> bool:
    """Whether a candidate is chrome, a heading, a sentence, a language or country, or too short to be a name."""
    bare = name.strip()
    folded = bare.casefold()
    if _CHROME.match(folded) or _has_pronoun(bare) or ":" in bare or _ADDRESS.search(bare):
        return True
    if _SALUTATION.match(bare) or _GAZETTE_SECTION.match(bare) or _WORK_MODE.match(bare.strip("[]() ")):
        return True
    if folded in language_and_country_names():
        return True
    # "La", "El": a name of one or two letters is written in capitals ("GE", "3M")
    return len(bare) <= 2 and not bare.isupper()


def name_for_stem(stem: str, text: str) -> str | None:
    """The name a domain's stem stands for in text: "agentpronto" -> "Agent Pronto", "cam" -> "Cambridge"."""
    if len(stem) < 3:
        return None
    for match in re.finditer(r"(?<![\w.@/])[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,2}", text):
        words = match.group(0).split()
        for end in range(len(words), 0, -1):
            key = re.sub(r"[^0-9a-z]+", "", _unaccented(" ".join(words[:end]).casefold()))  # "Torvizcón"
            if key == stem or (end == 1 and len(stem) >= 3 and key.startswith(stem) and len(key) <= len(stem) + 8):
                return " ".join(words[:end])
    return None


def _unaccented(text: str) -> str:
    """"torvizcón" -> "torvizcon": letters without their accents, as a domain writes them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_freemail(stem: str) -> bool:
    """Whether a domain's stem is a webmail provider's (gmail, outlook, ...)."""
    return stem.casefold() in FREEMAIL


__all__ = ["FREEMAIL", "institutions", "is_freemail", "name_for_stem", "never_a_name"]

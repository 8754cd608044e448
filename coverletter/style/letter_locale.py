"""A letter's conventions in each language it can be written in: salutation, closing, subject line, date,
placeholders and how long a letter runs.

Shared by write (the frame), check (placeholders, the word band) and render (the layout). The conventions
are those of job applications, checked against published advice (gender-neutral forms where the language's
application practice has one):

* de: "Sehr geehrte Damen und Herren," with no contact; "Sehr geehrte Frau X" / "Sehr geehrter Herr X" for a
  named one; without Frau/Herr the gender-neutral "Guten Tag Vorname Nachname," (karriereakademie.de/
  muss-ich-im-anschreiben-gendern, etikette-trainer.de/2023/08/02/gendersensible-anrede-in-e-mails,
  sekretaria.de/.../anrede-richtig-verwenden); closing "Mit freundlichen Grüßen" with no comma (DIN 5008).
* fr: "Madame, Monsieur," when the reader is unknown (laposte.fr/.../rediger-une-lettre-formelle-quelles-
  formules-de-politesse); "Madame," or "Monsieur," without the surname for a named reader (ibid.: "Monsieur
  Dupont," is to be avoided); the closing repeats the salutation's words ("il faut toujours répéter, dans la
  formule finale, les mots qui ont servi pour l'en-tête", users.skynet.be/bk340487/mag15/
  15formulespolitesse.htm) and says "agréer ... mes salutations distinguées" without "l'expression de", which
  goes with sentiments, not salutations (scribd.com/document/374640545/FRENCH-La-Lettre).
* es: "Estimado equipo de selección:" (a noun, so no "/a"), "Estimado Sr. X:" / "Estimada Sra. X:", the
  colon after the salutation, closing "Atentamente," (resufit.com/es/blog/tag/cartas-comerciales,
  servicom.es/donde-va-la-firma-en-una-carta-de-presentacion).
* nl: "Geachte heer/mevrouw," with no contact, "Geachte mevrouw X" / "Geachte heer X", the full name
  after "Geachte" otherwise; closing "Met vriendelijke groet," (cv.nl/blog/opbouw-sollicitatiebrief).
* it: "Gentile" is the same for every reader: "Gentile Responsabile della selezione,", "Gentile X,"; closing
  "Cordiali saluti".
* pt: "Prezado(a) recrutador(a),", "Prezado Sr. X," / "Prezada Sra. X,", closing "Atenciosamente,"
  (tecnocriptobr.com/?p=4509; sublearn.com/.../carta-de-apresentacao).

Dates are written as Babel writes them (from its data, style/cldr.py) in the locale of the letter's language and
the sender's country: US and Canadian English "December 1, 2026", other English "1 December 2026", German
"1. Dezember 2026".
"""

from __future__ import annotations

import datetime
import re

from ..datamodel import model
from .cldr import has_locale, long_date

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pt")
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
         "pt": "Portuguese"}
_ALIASES = {"english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr", "francais": "fr",
            "spanish": "es", "español": "es", "espanol": "es", "italian": "it", "italiano": "it", "dutch": "nl",
            "nederlands": "nl", "portuguese": "pt", "português": "pt", "portugues": "pt"}


@model(frozen=True)
class Conventions:
    """The fixed words of an application letter in one language.

    ``salutation`` is for an unknown reader, ``salutation_company`` (when set) for an unknown reader at a named
    employer, ``salutation_name`` for a reader named without a title ("Maria Schmidt"), and ``titled`` maps
    the titles a contact may be given with ("Frau", "Mme") to the salutation for them. ``closing`` may hold
    ``{address}``: the words of the salutation, repeated (French). ``words`` is the length of a letter
    relative to English for the same content.
    """

    code: str
    subject: str  # {title}
    salutation: str
    salutation_name: str  # {name}
    closing: str
    salutation_company: str | None = None  # {company}
    titled: tuple[tuple[str, str], ...] = ()  # (title pattern, salutation with {name}: the name with its title)
    placeholders: tuple[str, ...] = ()  # sample-letter stand-ins that are debris even without brackets
    words: float = 1.0
    address: str = ""  # what the salutation calls an unknown reader, for the closing ({address})


CONVENTIONS: dict[str, Conventions] = {
    "en": Conventions(
        "en", "Application: {title}", "Dear Hiring Manager,", "Dear {name},", "Sincerely,",
        salutation_company="Dear {company} hiring team,",
        titled=((r"(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?", "Dear {name},"),),
        placeholders=("Company Name", "Hiring Manager Name", "Your Name", "Job Title", "Position Title",
                      "Your Address")),
    "de": Conventions(
        "de", "Bewerbung als {title}", "Sehr geehrte Damen und Herren,", "Guten Tag {name},",
        "Mit freundlichen Grüßen",
        titled=((r"Frau", "Sehr geehrte {name},"), (r"Herr|Herrn", "Sehr geehrter {name},")),
        placeholders=("Firmenname", "Name des Unternehmens", "Name der Firma", "Name des Ansprechpartners",
                      "Stellenbezeichnung", "Vorname Nachname", "Max Mustermann", "Erika Mustermann", "Musterfirma",
                      "Musterstraße", "Musterstadt"),
        words=1.15),
    "fr": Conventions(
        "fr", "Candidature au poste de {title}", "Madame, Monsieur,", "Madame, Monsieur,",
        "Je vous prie d'agréer, {address}, mes salutations distinguées.",
        titled=((r"Madame|Mme\.?", "Madame,"), (r"Monsieur|M\.", "Monsieur,")),
        placeholders=("Nom de l'entreprise", "Nom de la société", "Intitulé du poste", "Prénom Nom",
                      "Nom du recruteur", "Nom du destinataire", "Votre prénom"),
        words=1.1, address="Madame, Monsieur"),
    "es": Conventions(
        "es", "Candidatura al puesto de {title}", "Estimado equipo de selección:", "Estimado/a {name}:",
        "Atentamente,", salutation_company="Estimado equipo de selección de {company}:",
        titled=((r"Sra\.?|Señora", "Estimada {name}:"), (r"Sr\.?|Señor", "Estimado {name}:")),
        placeholders=("Nombre de la empresa", "Nombre del puesto", "Nombre y apellidos", "Nombre del reclutador",
                      "Nombre del destinatario", "Tu nombre completo"),
        words=1.1),
    "it": Conventions(
        "it", "Candidatura per la posizione di {title}", "Gentile Responsabile della selezione,",
        "Gentile {name},", "Cordiali saluti",
        titled=((r"Dott\.ssa|Dott\.?|Sig\.ra|Sig\.?|Signora|Signor|Ing\.?|Prof\.ssa|Prof\.?", "Gentile {name},"),),
        placeholders=("Nome dell'azienda", "Nome azienda", "Titolo della posizione", "Nome e cognome",
                      "Nome del selezionatore"),
        words=1.05),
    "nl": Conventions(
        "nl", "Sollicitatie naar de functie van {title}", "Geachte heer/mevrouw,", "Geachte {name},",
        "Met vriendelijke groet,",
        titled=((r"mevrouw|mevr\.|Mevrouw", "Geachte {name},"), (r"heer|dhr\.|Heer|de heer", "Geachte {name},")),
        placeholders=("Naam van het bedrijf", "Naam bedrijf", "Naam van de functie", "Voornaam Achternaam",
                      "Naam contactpersoon"),
        words=1.05),
    "pt": Conventions(
        "pt", "Candidatura à vaga de {title}", "Prezado(a) recrutador(a),", "Prezado(a) {name},",
        "Atenciosamente,",
        titled=((r"Sra\.?|Senhora|Dra\.?", "Prezada {name},"), (r"Sr\.?|Senhor|Dr\.?", "Prezado {name},")),
        placeholders=("Nome da empresa", "Nome da vaga", "Nome do cargo", "Seu nome completo",
                      "Nome do recrutador", "Fulano de Tal"),
        words=1.1),
}

# The locale a date is written in when the sender's country gives none the language has (en -> en_GB).
_DEFAULT_LOCALE = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL",
                   "pt": "pt_PT"}


def resolve_language(language: str | None) -> str:
    """A language code the letters know from 'de', 'de-AT', 'fr_FR', 'German'...; English otherwise."""
    if not language:
        return "en"
    text = language.strip().casefold()
    code = _ALIASES.get(text) or re.split(r"[-_]", text)[0]
    code = _ALIASES.get(code, code)
    return code if code in CONVENTIONS else "en"


def conventions(language: str | None) -> Conventions:
    """The conventions of a language (English for one the letters do not know)."""
    return CONVENTIONS[resolve_language(language)]


def language_name(language: str | None) -> str:
    """'German' for 'de'."""
    return NAMES[resolve_language(language)]


def salutation(language: str | None, contact: str | None = None, company: str | None = None) -> str:
    """The opening words: to a named contact ("Frau Schmidt", "Mme Dupont", "Maria Schmidt"), else to the
    employer's hiring team where the language has such a form, else to an unknown reader."""
    conv = conventions(language)
    name = " ".join((contact or "").split())
    if name:
        for pattern, form in conv.titled:
            if re.match(rf"(?:{pattern})(?:\s|$)", name):
                return form.format(name=name)
        return conv.salutation_name.format(name=name)
    if company and conv.salutation_company:
        return conv.salutation_company.format(company=company)
    return conv.salutation


def closing(language: str | None, greeting: str | None = None) -> str:
    """The closing words; in French they repeat the salutation's ("Madame," -> "agréer, Madame, ...")."""
    conv = conventions(language)
    address = (greeting or conv.salutation).strip().rstrip(",:").strip() or conv.address
    return conv.closing.format(address=address)


def subject(language: str | None, title: str | None) -> str | None:
    """The subject line for a role ("Bewerbung als Data Engineer"), or None without a title; French elides "de"
    before a vowel ("Candidature au poste d'Acheteur projet")."""
    title = bare_title(title)
    if not title:
        return None
    line = conventions(language).subject.format(title=title)
    if resolve_language(language) == "fr":
        line = re.sub(r"\bde (?=[aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ])", "d'", line)
    return line


def bare_title(title: str | None) -> str:
    """A posting's title without a board's bracketed tags ('[Remoto] Front-end Jr' -> 'Front-end Jr'), which a
    letter would otherwise carry as if they were placeholders."""
    text = re.sub(r"\s*\[[^\]]{0,60}\]\s*", " ", title or "")
    return " ".join(text.split()).strip(" -–—|·´✔") or ""


def date_locale(language: str | None, country: str | None = None) -> str:
    """The Babel locale a letter's date is written in: the language in the sender's country when that pair
    exists (en_US, de_AT, pt_BR), else the language's usual one (en_GB, de_DE, pt_PT)."""
    lang = resolve_language(language)
    region = (country or "").strip().upper()
    if re.fullmatch(r"[A-Z]{2}", region) and has_locale(f"{lang}_{region}"):
        return f"{lang}_{region}"
    return _DEFAULT_LOCALE[lang]


def format_date(day: datetime.date, language: str | None = "en", country: str | None = None) -> str:
    """The date as letters in that language and country write it: 'December 1, 2026' (US), '1 December 2026',
    '1. Dezember 2026', '1er décembre 2026', '1 de diciembre de 2026'."""
    text = long_date(day, date_locale(language, country))
    if resolve_language(language) == "fr" and day.day == 1:  # French writes the first of a month "1er"
        text = re.sub(r"^1(?=\s)", "1er", text)
    return text


def length_band(language: str | None, words: tuple[int, int]) -> tuple[int, int]:
    """An English word band stretched for a language whose letters run longer in words for the same content
    (``Conventions.words``: German by 15 %, French, Spanish and Portuguese by 10 %, Italian and Dutch by 5 %)."""
    factor = conventions(language).words
    return round(words[0] * factor), round(words[1] * factor)

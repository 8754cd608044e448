"""The letter frame: everything around the body, made by code from the profile and the posting.

Sender block, date, recipient, subject, salutation, closing and signature never come from a template or a
model, so a letter can never say "[Company Name]" or sign with a wrong name. ``letter_frame`` returns a
``Letter`` with no paragraphs; the offline composer and the model writer fill in the body.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ..errors import ProfileError
from ..job.model import Job
from ..letter import Letter, Provenance, Recipient, Sender
from ..profile import require_name
from ..profile.model import Location, Profile

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es")

MISSING_NAME = "basics.name is missing; a letter needs a name to sign (add basics.name to the profile)"


@dataclass(frozen=True)
class Phrases:
    """The fixed words of a letter in one language."""
    months: tuple[str, ...]
    date: str  # format with {day}, {month}, {year}
    subject: str  # format with {title}
    salutation_company: str  # format with {company}
    salutation: str
    closing: str


PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"),
        "{day} {month} {year}", "Application: {title}", "Dear {company} hiring team,", "Dear Hiring Manager,",
        "Sincerely,"),
    "de": Phrases(
        ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
         "November", "Dezember"),
        "{day}. {month} {year}", "Bewerbung als {title}", "Sehr geehrte Damen und Herren,",
        "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"),
    "fr": Phrases(
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"),
        "{day} {month} {year}", "Candidature : {title}", "Madame, Monsieur,", "Madame, Monsieur,", "Cordialement,"),
    "es": Phrases(
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"),
        "{day} de {month} de {year}", "Solicitud: {title}", "Estimado equipo de selección de {company}:",
        "Estimado equipo de selección:", "Atentamente,"),
}


def resolve_language(language: str | None) -> str:
    """A supported language code from 'de', 'de-AT', 'fr_FR', 'German'...; English otherwise."""
    if not language:
        return "en"
    code = re.split(r"[-_]", language.strip().casefold())[0]
    names = {"english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr",
             "francais": "fr", "spanish": "es", "español": "es", "espanol": "es"}
    code = names.get(code, code)
    return code if code in SUPPORTED_LANGUAGES else "en"


def format_date(day: datetime.date, language: str = "en") -> str:
    """'27 November 2026', '27. November 2026', '27 novembre 2026', '27 de noviembre de 2026'."""
    phrases = PHRASES[resolve_language(language)]
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return phrases.date.format(day=number, month=phrases.months[day.month - 1], year=day.year)


def _clean(value: object) -> str:
    """A one-line value, or '' for None and blanks."""
    return " ".join(str(value).split()) if value is not None else ""


def require_profile_name(profile: Profile) -> str:
    """The name to sign with; a profile without one is a ProfileError."""
    require_name(profile)
    name = _clean(profile.basics.name if profile.basics else None)
    if not name:
        raise ProfileError(MISSING_NAME, path=profile.source)
    return name


_REGION_FIRST = {"US", "CA", "AU"}  # "Madison, WI 53706"


def address_lines(location: Location) -> list[str]:
    """Postal lines in the country's usual order, only the parts present.

    US, Canada and Australia write "City, REGION POSTCODE" and leave their own country out; elsewhere
    "POSTCODE City", then the region and the country code.
    """
    street, city = _clean(location.address), _clean(location.city)
    postal, region = _clean(location.postal_code), _clean(location.region)
    country = _clean(location.country_code).upper()
    lines = [street] if street else []
    if country in _REGION_FIRST:
        if re.match(r"[A-Za-z]{2}\s+\d", postal):  # "CA 94115" already names the state
            region = ""
        tail = " ".join(p for p in (region, postal) if p)
        lines.append(", ".join(p for p in (city, tail) if p))
    else:
        lines += [" ".join(p for p in (postal, city) if p), region, country]
    return [line for line in lines if line]


def sender_from(profile: Profile, name: str) -> Sender:
    """The sender block: name, headline, address lines (only the parts present), phone, email, web."""
    basics = profile.basics
    lines: list[str] = []
    location = basics.location
    if location is not None:
        for part in address_lines(location):
            if part not in lines:
                lines.append(part)
    links: list[str] = []
    for social in basics.profiles:
        url = _clean(social.url)
        if url:
            links.append(url)
        elif social.network and social.username:
            links.append(f"{_clean(social.network)}: {_clean(social.username)}")
    url = _clean(basics.url) or None
    return Sender(
        name=name,
        label=_clean(basics.label) or None,
        address_lines=lines,
        email=_clean(basics.email) or None,
        phone=_clean(basics.phone) or None,
        url=url,
        links=[link for link in dict.fromkeys(links) if link != url],
    )


def _postal_location(location: str | None) -> str | None:
    """A posting's location when it is a place to write to, not 'Remote - US: All locations'."""
    text = _clean(location)
    if not text or len(text) > 60 or re.search(r"remote|anywhere|virtual|worldwide|hybrid", text, re.I):
        return None
    return text


def letter_frame(
    profile: Profile,
    job: Job,
    *,
    language: str | None = None,
    today: datetime.date | None = None,
) -> Letter:
    """A letter with sender, date, recipient, subject, salutation, closing and signature, and no paragraphs."""
    name = require_profile_name(profile)
    lang = resolve_language(language or getattr(job, "language", None))
    phrases = PHRASES[lang]
    day = today or datetime.date.today()
    company = _clean(job.company) or None
    title = _clean(job.title) or None
    place = _postal_location(job.location)
    recipient = Recipient(name=None, company=company, address_lines=[place] if place else [])
    salutation = phrases.salutation_company.format(company=company) if company else phrases.salutation
    return Letter(
        sender=sender_from(profile, name),
        date=format_date(day, lang),
        recipient=recipient,
        salutation=salutation,
        paragraphs=[],
        closing=phrases.closing,
        signature=name,
        subject=phrases.subject.format(title=title) if title else None,
        language=lang,
        meta=Provenance(job_title=title, company=company, date_iso=day.isoformat(), country=_sender_country(profile)),
    )


def _sender_country(profile: Profile) -> str | None:
    """The sender's country code (upper case), which decides the default paper size."""
    location = profile.basics.location
    return _clean(location.country_code).upper() or None if location is not None else None

"""The letter frame: everything around the body, made by code from the profile and the posting.

Sender block, date, recipient, subject, salutation, closing and signature never come from a template or a
model, so a letter can never say "[Company Name]" or sign with a wrong name. ``letter_frame`` returns a
``Letter`` with no paragraphs; the offline composer and the model writer fill in the body.
"""

from __future__ import annotations

import datetime
import re

from ..errors import ProfileError
from ..job.model import Job
from ..letter import Letter, Provenance, Recipient, Sender
from ..profile import require_name
from ..profile.model import Location, Profile
from ..style.letter_locale import LANGUAGES, closing, format_date, resolve_language, salutation, subject

__all__ = ["SUPPORTED_LANGUAGES", "address_lines", "format_date", "letter_frame", "require_profile_name",
           "resolve_language", "sender_from"]

SUPPORTED_LANGUAGES: tuple[str, ...] = LANGUAGES

MISSING_NAME = "basics.name is missing; a letter needs a name to sign (add basics.name to the profile)"


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


_WITHHELD = re.compile(r"^(?:(?:available )?(?:up)?on request|upon request|on demand|n/?a|none|-+|private|"
                       r"sur demande|auf anfrage|a pedido|bajo petición|su richiesta|op aanvraag)\.?$", re.I)


def _given(value: object) -> str | None:
    """A contact value, or None when the CV withholds it ('Upon request', 'n/a'): no letterhead prints that."""
    text = _clean(value)
    return None if not text or _WITHHELD.match(text) else text


def sender_from(profile: Profile, name: str) -> Sender:
    """The sender block: name, headline, address lines (only the parts present), phone, email, web."""
    basics = profile.basics
    lines: list[str] = []
    location = basics.location
    if location is not None:
        for part in address_lines(location):
            if part not in lines and not _WITHHELD.match(part):
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
        email=_given(basics.email),
        phone=_given(basics.phone),
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
    contact: str | None = None,
) -> Letter:
    """A letter with sender, date, recipient, subject, salutation, closing and signature, and no paragraphs.

    The words around the body follow the letter's language (``language``, else the posting's): salutation,
    closing, subject line and the date, written the way the sender's country writes it. ``contact`` is the
    person to write to ("Frau Schmidt", "Maria Schmidt"), when known.
    """
    name = require_profile_name(profile)
    lang = resolve_language(language or getattr(job, "language", None))
    day = today or datetime.date.today()
    company = _clean(job.company) or None
    title = _clean(job.title) or None
    place = _postal_location(job.location)
    country = _sender_country(profile)
    recipient = Recipient(name=_clean(contact) or None, company=company, address_lines=[place] if place else [])
    greeting = salutation(lang, recipient.name, company)
    return Letter(
        sender=sender_from(profile, name),
        date=format_date(day, lang, country),
        recipient=recipient,
        salutation=greeting,
        paragraphs=[],
        closing=closing(lang, greeting),
        signature=name,
        subject=subject(lang, title),
        language=lang,
        meta=Provenance(job_title=title, company=company, date_iso=day.isoformat(), country=country),
    )


def _sender_country(profile: Profile) -> str | None:
    """The sender's country code (upper case), which decides the default paper size."""
    location = profile.basics.location
    return _clean(location.country_code).upper() or None if location is not None else None

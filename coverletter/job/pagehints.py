"""What an HTML page's markup says about the posting: its <title>, Open Graph tags, a known board's top card,
canonical URL and <h1>; candidates for the text parser, some trusted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .htmltext import words as _words
from .sites import BOARD_NAMES, SITES

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


def _first_text(tree: HtmlElement, xpaths: list[str]) -> str | None:
    for xpath in xpaths:
        for node in tree.xpath(xpath):
            text = _words(node)
            if text:
                return text
    return None


def _meta(tree: HtmlElement, key: str) -> str | None:
    for node in tree.xpath("//meta[@property=$k or @name=$k]", k=key):
        content = (node.get("content") or "").strip()
        if content:
            return _SPACE.sub(" ", content)
    return None


# The <title> shapes of known sites: LinkedIn's, Greenhouse's.
_PAGE_TITLES = (
    re.compile(r"^(?P<company>.+?) hiring (?P<title>.+?) in (?P<location>.+?) \| LinkedIn$"),
    re.compile(r"^Job Application for (?P<title>.+?) at (?P<company>.+)$"),
)


def _title_patterns(page_title: str) -> dict[str, str]:
    """Employer and title from the <title> shapes of known sites."""
    for pattern in _PAGE_TITLES:
        match = pattern.match(page_title.strip())
        if match:
            return {k: v.strip() for k, v in match.groupdict().items() if v}
    return {}


_EMPLOYER_PHRASE = re.compile(
    r"(?:careers?|jobs?|work|working|vacancies|openings|join us) (?:at|with)|empleo en|trabaja (?:en|con)|"
    r"karriere bei|jobs bei|arbeiten bei|emplois? chez|carrières? chez|rejoignez|lavora con|werken bij|"
    r"vacatures bij",
    re.IGNORECASE,
)
_EMPLOYER_AFTER = re.compile(rf"(?:{_EMPLOYER_PHRASE.pattern})\s+(?P<name>[^|–—·:]+)", re.IGNORECASE)
_EMPLOYER_BEFORE = re.compile(r"^(?P<name>[^|–—·:]+?)\s+(?:careers|jobs|karriere|empleo|emplois)$", re.IGNORECASE)


def company_from_site(texts: list[str], body: str) -> str | None:
    """The employer named in a careers site's title or name ("Careers at X", "Empleo en X", "X Careers").

    Only a name that the posting's text also contains is taken; a job board's name never is.
    """
    for text in texts:
        for part in re.split(r"\s+[|–—·]\s+|\s+-\s+", text or ""):
            part = part.strip()
            match = _EMPLOYER_AFTER.search(part) or _EMPLOYER_BEFORE.match(part)
            if not match:
                continue
            name = match.group("name").strip(" .")
            if name and name.casefold() not in BOARD_NAMES and name.casefold() in body.casefold():
                return name
    return None


def _clean_company(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"^(?:at|bei|chez|en)\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s*(?:logo|\d[\d.,]*\s*(?:reviews|followers|avis|Bewertungen)).*$", "", name, flags=re.IGNORECASE)
    return name.strip() or None


_EMPLOYMENT = tuple(
    (re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), kind)
    for pattern, kind in (
        (r"full[- ]?time|vollzeit|temps plein|jornada completa", "Full-time"),
        (r"part[- ]?time|teilzeit|temps partiel|media jornada", "Part-time"),
        (r"contract(?:or)?|freelance|befristet", "Contract"),
        (r"intern(?:ship)?|praktikum|stage|prácticas", "Internship"),
        (r"temporary|temp\b|interim", "Temporary"),
    )
)


def _employment(text: str | None) -> str | None:
    """A board's employment label ("Full Time /", "Hybrid Full-time Mid-Senior level") as one word."""
    if not text:
        return None
    return next((kind for pattern, kind in _EMPLOYMENT if pattern.search(text)), None)
_WORKPLACES = tuple(
    (re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])"), kind)
    for word, kind in (("hybrid", "hybrid"), ("remote", "remote"), ("télétravail", "remote"), ("homeoffice", "remote"),
                       ("on-site", "on-site"), ("onsite", "on-site"), ("on site", "on-site"), ("in office", "on-site"))
)


def _workplace(text: str | None) -> str | None:
    """"Hybrid", "Remote", "On-site" (as boards label them) as hybrid / remote / on-site."""
    folded = (text or "").casefold()
    return next((kind for pattern, kind in _WORKPLACES if pattern.search(folded)), None)



def page_hints(tree: HtmlElement) -> dict[str, Any]:
    """What the page's markup says about the posting, before its chrome is removed."""
    hints: dict[str, Any] = {}
    title_tag = _first_text(tree, ["//head/title", "//title"])
    if title_tag:
        hints["page_title"] = title_tag
        hints.update(_title_patterns(title_tag))
    for key, meta in (("og_title", "og:title"), ("site_name", "og:site_name")):
        value = _meta(tree, meta)
        if value:
            hints[key] = value
    _site_hints(tree, hints)
    for node in tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"):
        host = urlsplit(str(node).strip()).hostname
        if host:
            hints.setdefault("domains", [])
            if host not in hints["domains"]:
                hints["domains"].append(host)
    if hints.get("site") == "lever" and "company" not in hints and title_tag and " - " in title_tag:
        company, _, rest = title_tag.partition(" - ")
        if not hints.get("title") or rest.strip().casefold() == hints["title"].casefold():
            hints["company"] = company.strip()
    h1 = _first_text(tree, ["//h1"])
    if h1:
        hints["h1"] = h1
    if "title" not in hints and (h1 or hints.get("og_title")):
        hints["title"] = h1 or hints["og_title"]  # a candidate only: the posting's text can overrule it
    _tidy(hints)
    return {k: v for k, v in hints.items() if v not in (None, "", [])}


def _site_hints(tree: HtmlElement, hints: dict[str, Any]) -> None:
    """The first known board's top card: title, employer and place (trusted), employment type, workplace."""
    for site in SITES:
        found = {key: _first_text(tree, site[key]) for key in ("title", "company", "location")}
        if not any(found.values()):
            continue
        hints["site"] = site["name"]
        for key, value in found.items():
            if value and key not in hints:
                hints[key] = value
                hints.setdefault("trusted", []).append(key)  # the board's own top card, not prose
        kind = _employment(_first_text(tree, site.get("employment_type", [])))
        if kind:
            hints["employment_type"] = kind
        workplace = _workplace(_first_text(tree, site.get("workplace", [])))
        if workplace:
            hints["workplace"] = workplace
            hints["remote"] = {"remote": True, "on-site": False}.get(workplace)
        return


def _tidy(hints: dict[str, Any]) -> None:
    """Indeed's hidden "- job post" off the title, logo and review counts off the employer; a board is none."""
    for key in ("title", "h1"):
        if hints.get(key):  # Indeed's h1 ends with a visually hidden "- job post"
            hints[key] = re.sub(r"\s*-\s*job post$", "", hints[key], flags=re.IGNORECASE).strip()
    if hints.get("company"):
        hints["company"] = _clean_company(hints["company"])
    if hints.get("company") and hints["company"].casefold() in BOARD_NAMES:
        hints.pop("company")

"""Saved or fetched HTML pages: the posting's JSON-LD first, else the page's main content without chrome.

Order of trust:
1. schema.org ``JobPosting`` JSON-LD (employer, title, place, salary, description) — see ``jsonld``;
2. the description container of a known board or ATS page (LinkedIn, Indeed, Greenhouse, Lever, Workday)
   or a microdata ``itemprop="description"``;
3. trafilatura's main-content extraction (Apache-2.0) of the page with its chrome removed;
4. a plain lxml extractor of ``<main>``/``<article>``/``<body>`` with the same chrome removed.
Whatever is found becomes Markdown-like text (``## Heading`` lines, ``- bullet`` lines) for the text parser,
with the facts read from the page's markup passed along as hints.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import InputError, JobError
from ..files import looks_binary
from . import jsonld
from .htmltext import DROP_TAGS as _DROP_TAGS
from .htmltext import element_text, html_to_text  # html_to_text is also part of this module's API
from .htmltext import words as _words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from .model import Job

NO_POSTING = "no job posting found in this HTML page; save the posting's own page or paste its text"

_PARSER_KEYS = ("title", "company", "location", "remote", "employment_type", "compensation")
_FRONT_MATTER = re.compile(r"\A\ufeff?---\s*\n.*?\n---\s*\n(?=\s*<)", re.DOTALL)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_MIN_CONTENT_CHARS = 200

# Elements that are never the posting.
_DROP_ROLES = ("navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "complementary",
               "alert", "menu", "menubar", "toolbar")
# class/id words (split on - and _) that mark chrome: cookie banners, nav, share bars, similar-job rails.
_CHROME_WORDS = frozenset({
    "cookie", "cookies", "consent", "onetrust", "gdpr", "truste", "usercentrics", "cmp", "banner", "skipnav",
    "skiplink", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "similar", "related",
    "recommended", "recommendations", "alsoviewed", "peoplealsoviewed", "sidebar", "newsletter", "subscribe",
    "modal", "popup", "popover", "toast", "alert", "overlay", "masthead", "topbar", "navbar", "footer",
    "sitemap", "identifier", "msg", "messaging", "signin", "signup", "login", "authwall", "btn", "button",
    "apply",
})
_CHROME_PHRASES = ("similarjobs", "relatedjobs", "alsoviewed", "moreJobs".lower(), "jobalert", "cookiebanner",
                   "skiptomain", "applyform", "applicationform")

# Known pages: (name, XPath of the description, XPaths of title / company / location)
_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
_SITES: tuple[dict[str, Any], ...] = (
    {
        "name": "linkedin",
        "description": ["//*[{}]".format(_CLASS.format("jobs-description__content")),
                        "//*[{}]".format(_CLASS.format("jobs-box__html-content")),
                        "//*[{}]".format(_CLASS.format("show-more-less-html__markup")),
                        "//*[{}]".format(_CLASS.format("description__text"))],
        "title": ["//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__job-title")),
                  "//*[{}]".format(_CLASS.format("jobs-unified-top-card__job-title")),
                  "//*[{}]".format(_CLASS.format("top-card-layout__title")),
                  "//*[{}]".format(_CLASS.format("topcard__title"))],
        "company": ["//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__company-name")),
                    "//*[{}]".format(_CLASS.format("jobs-unified-top-card__company-name")),
                    "//*[{}]".format(_CLASS.format("topcard__org-name-link"))],
        "location": ["//*[{}]//*[{}]".format(
                         _CLASS.format("job-details-jobs-unified-top-card__primary-description-container"),
                         _CLASS.format("tvm__text")),
                     "//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__bullet")),
                     "//*[{}]".format(_CLASS.format("jobs-unified-top-card__bullet")),
                     "//*[{}]".format(_CLASS.format("topcard__flavor--bullet"))],
        "workplace": ["//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__job-insight")),
                      "//*[{}]".format(_CLASS.format("jobs-unified-top-card__workplace-type"))],
        "employment_type": ["//*[{}]".format(_CLASS.format("job-details-jobs-unified-top-card__job-insight"))],
    },
    {
        "name": "indeed",
        "description": ["//*[@id='jobDescriptionText']"],
        "title": ["//*[@data-testid='jobsearch-JobInfoHeader-title']",
                  "//h1[{}]".format(_CLASS.format("jobsearch-JobInfoHeader-title"))],
        "company": ["//*[@data-testid='inlineHeader-companyName']", "//*[@data-company-name='true']"],
        "location": ["//*[@data-testid='inlineHeader-companyLocation']", "//*[@data-testid='job-location']"],
        "workplace": ["//*[@data-testid='inlineHeader-companyLocation']"],
        "employment_type": ["//*[@id='salaryInfoAndJobType']"],
    },
    {
        "name": "greenhouse",
        "description": ["//*[{}]".format(_CLASS.format("job__description")),
                        "//div[@id='app_body']//div[@id='content']"],
        "title": ["//h1[{}]".format(_CLASS.format("app-title")), "//*[{}]//h1".format(_CLASS.format("job__title"))],
        "company": ["//*[{}]".format(_CLASS.format("company-name"))],
        "location": ["//*[{}]".format(_CLASS.format("job__location")),
                     "//div[@id='header']//*[{}]".format(_CLASS.format("location"))],
    },
    {
        "name": "lever",
        "description": ["//*[{}]//*[{} and not({})]".format(
            _CLASS.format("posting-page"), _CLASS.format("section-wrapper"), _CLASS.format("accent-section"))],
        "title": ["//*[{}]//h2".format(_CLASS.format("posting-headline"))],
        "company": [],
        "location": ["//*[{}]//*[{}]".format(_CLASS.format("posting-categories"), _CLASS.format("location"))],
        "employment_type": ["//*[{}]//*[{}]".format(_CLASS.format("posting-categories"), _CLASS.format("commitment"))],
        "workplace": ["//*[{}]//*[{}]".format(_CLASS.format("posting-categories"), _CLASS.format("workplaceTypes"))],
    },
    {
        "name": "workday",
        "description": ["//*[@data-automation-id='jobPostingDescription']"],
        "title": ["//*[@data-automation-id='jobPostingHeader']"],
        "company": [],
        "location": ["//*[@data-automation-id='locations']//dd"],
        "employment_type": ["//*[@data-automation-id='time']//dd"],
        "workplace": ["//*[@data-automation-id='remoteType']//dd"],
    },
    {
        "name": "microdata",
        "description": ["//*[@itemprop='description']"],
        "title": ["//*[@itemprop='title']"],
        "company": ["//*[@itemprop='hiringOrganization']//*[@itemprop='name']"],
        "location": ["//*[@itemprop='jobLocation']//*[@itemprop='addressLocality']"],
    },
)

# Words that a posting's text carries and other pages rarely do (en, de, fr, es, it, nl, pt).
_SECTION_SIGNALS = re.compile(
    r"\b(requirements?|qualifications?|responsibilities|what you['’]ll do|what we['’]re looking for|"
    r"about the (?:role|job|position)|your role|who you are|you will|you['’]ll|must have|nice to have|"
    r"preferred|the role|apply|job description|anforderungen|aufgaben|ihr profil|dein profil|"
    r"wir bieten|qualifikation(?:en)?|profil recherché|missions?|vos missions|le poste|compétences|"
    r"requisitos|responsabilidades|funciones|ofrecemos|experience with|years of experience|"
    r"berufserfahrung|expérience|experiencia|"
    r"requisiti|responsabilità|mansioni|offriamo|esperienza|"  # it
    r"functie-?eisen|vereisten|wat wij bieden|wat ga je doen|ervaring|verantwoordelijkheden|"  # nl
    r"experiência|atividades|oferecemos|qualificações)(?!\w)",  # pt
    re.IGNORECASE,
)

_BOARD_NAMES = frozenset({
    "linkedin", "indeed", "indeed.com", "glassdoor", "monster", "ziprecruiter", "stepstone", "xing",
    "welcome to the jungle", "greenhouse", "lever", "workday", "smartrecruiters", "workable", "ashby", "recruitee",
    "personio", "jobs",
})


def decode_html(data: bytes, *, source: str, content_type: str | None = None) -> str:
    """Bytes of an HTML page as text, in the charset its HTTP header, BOM or <meta> declares (else UTF-8)."""
    if not data.strip():
        raise JobError("is empty", path=source, hint="save the posting's page again or paste its text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if looks_binary(data):
        raise InputError("is a binary file, not an HTML page", path=source,
                         hint="give the saved .html page, a PDF, or the posting's text")
    declared = None
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        declared = match.group(1) if match else None
    if not declared:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "replace") if match else None
    for charset in (declared, "utf-8"):
        if not charset:
            continue
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def _parse(page: str) -> HtmlElement | None:
    from lxml import etree
    from lxml import html as lxml_html

    page = _XML_DECL.sub("", page, count=1)
    if not page.strip():
        return None
    try:
        return lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return None


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


def _is_chrome(node: HtmlElement) -> bool:
    role = (node.get("role") or "").lower()
    if role in _DROP_ROLES:
        return True
    if node.get("hidden") is not None or (node.get("aria-hidden") or "").lower() == "true":
        return True
    style = (node.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    names = " ".join(filter(None, (node.get("class"), node.get("id"), node.get("data-automation-id"),
                                   node.get("data-testid"))))
    if not names:
        return False
    lowered = names.lower()
    squashed = re.sub(r"[^a-z]", "", lowered)
    if any(phrase in squashed for phrase in _CHROME_PHRASES):
        return True
    words = set(re.split(r"[^a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", names).lower()))
    return bool(words & _CHROME_WORDS)


def _in_content(node: HtmlElement) -> bool:
    """True for a <header>/<footer> inside <main> or <article>: that one belongs to the content."""
    return any(a.tag in ("main", "article") for a in node.iterancestors())


def _is_doomed(node: HtmlElement, tag: str, page_chars: int) -> bool:
    if tag in _DROP_TAGS or (tag in ("header", "footer") and not _in_content(node)):
        return True
    # A wrapper of most of the page (say <div class="modal-open">) is not chrome.
    return tag not in ("main", "article") and _is_chrome(node) and len(node.text_content()) < 0.5 * page_chars


def clean_tree(tree: HtmlElement) -> HtmlElement:
    """Drop scripts, nav, site header and footer, forms, buttons, banners and cookie notices (in place)."""
    body = tree.find("body")
    page_chars = len((body if body is not None else tree).text_content())
    doomed = []
    for node in tree.iter():
        if not isinstance(node.tag, str):  # comments, processing instructions
            doomed.append(node)
            continue
        tag = node.tag.lower()
        if tag in ("html", "body", "head"):
            continue
        if _is_doomed(node, tag, page_chars):
            doomed.append(node)
    for node in doomed:
        parent = node.getparent()
        if parent is None:
            continue
        if node.tail and node.tail.strip():
            previous = node.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + node.tail
            else:
                parent.text = (parent.text or "") + node.tail
        parent.remove(node)
    return tree


def _site_content(tree: HtmlElement) -> tuple[str | None, str | None]:
    """The description container of a known board or ATS page, as text, and the site's name."""
    for site in _SITES:
        for xpath in site["description"]:
            nodes = tree.xpath(xpath)
            # Several matches (Lever's sections) are joined; a match inside another match is skipped.
            outer = [n for n in nodes if not any(a in nodes for a in n.iterancestors())]
            text = "\n\n".join(t for t in (element_text(n) for n in outer) if t)
            if len(text) >= _MIN_CONTENT_CHARS:
                return text, site["name"]
    return None, None


def _trafilatura_text(tree: HtmlElement) -> str | None:
    try:
        import trafilatura
    except ImportError:  # a broken install (e.g. lxml without lxml_html_clean): use the lxml extractor
        return None
    from lxml import html as lxml_html

    try:
        text = trafilatura.extract(
            lxml_html.tostring(tree, encoding="unicode"),
            output_format="markdown",
            include_formatting=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_recall=True,
            deduplicate=False,
        )
    except Exception:  # trafilatura can fail on odd markup; the lxml extractor still works
        return None
    return text.strip() if text else None


def _fallback_text(tree: HtmlElement) -> str:
    for xpath in ("//main", "//*[@role='main']", "//article", "//body"):
        nodes = tree.xpath(xpath)
        if nodes:
            text = "\n\n".join(element_text(n) for n in nodes)
            if len(text) >= _MIN_CONTENT_CHARS or xpath == "//body":
                return text
    return element_text(tree)


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
            if name and name.casefold() not in _BOARD_NAMES and name.casefold() in body.casefold():
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
    for site in _SITES:
        found = {key: _first_text(tree, site[key]) for key in ("title", "company", "location")}
        if any(found.values()):
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
            break
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
    for key in ("title", "h1"):
        if hints.get(key):  # Indeed's h1 ends with a visually hidden "- job post"
            hints[key] = re.sub(r"\s*-\s*job post$", "", hints[key], flags=re.IGNORECASE).strip()
    if hints.get("company"):
        hints["company"] = _clean_company(hints["company"])
    if hints.get("company") and hints["company"].casefold() in _BOARD_NAMES:
        hints.pop("company")
    return {k: v for k, v in hints.items() if v not in (None, "", [])}


def looks_like_posting(text: str) -> bool:
    """True when text reads like a job posting: enough words and the words postings use."""
    words = len(text.split())
    if words < 40:
        return False
    signals = {m.group(0).casefold() for m in _SECTION_SIGNALS.finditer(text)}
    return len(signals) >= 3 or (len(signals) >= 2 and words >= 150)


def _jsonld_extra_sections(fields: dict[str, Any], text: str) -> str:
    """schema.org's separate responsibilities/qualifications/skills properties, when the description lacks them."""
    titles = {
        "responsibilities": "Responsibilities",
        "qualifications": "Qualifications",
        "experienceRequirements": "Experience",
        "educationRequirements": "Education",
        "skills": "Skills",
        "jobBenefits": "Benefits",
    }
    parts = []
    for key, heading in titles.items():
        value = fields.get(key)
        if not value:
            continue
        items = value if isinstance(value, list) else [value]
        lines = []
        for item in items:
            if isinstance(item, dict):
                item = item.get("name") or item.get("description") or ""
            body = html_to_text(str(item)) if item else ""
            for line in body.splitlines():
                line = line.strip()
                if line and line.lstrip("-• ").strip() not in text:
                    lines.append(line if line.startswith(("-", "#")) else f"- {line.lstrip('•* ')}")
        if lines:
            parts.append(f"## {heading}\n\n" + "\n".join(lines))
    return "\n\n".join(parts)


def extract_posting(page: str, *, source: str) -> tuple[str, dict[str, Any]]:
    """The posting's text and the hints read from the page's markup; JobError when the page holds none."""
    page = _FRONT_MATTER.sub("", page, count=1)
    postings = jsonld.find_job_postings(page)
    if len(postings) > 1:
        raise JobError(f"this page lists {len(postings)} jobs, not one posting", path=source,
                       hint="open the job you want and save that job's own page")
    posting = postings[0] if postings else None
    tree = _parse(page)
    hints: dict[str, Any] = page_hints(tree) if tree is not None else {}
    text = ""
    if posting is not None:
        data = jsonld.fields(posting)
        for key in ("title", "company", "location", "remote", "employment_type", "compensation", "date_posted",
                    "valid_through", "url", "applicant_location", "identifier"):
            if data.get(key) is not None:
                hints[key] = data[key]
                if key in _PARSER_KEYS:
                    hints.setdefault("trusted", []).append(key)
        if data.get("language"):
            hints["in_language"] = data["language"]
        host = urlsplit(str(data.get("url") or "")).hostname
        if host and host not in hints.get("domains", []):
            hints.setdefault("domains", []).append(host)
        hints["method"] = "json-ld"
        text = html_to_text(data.get("description_html") or "")
        extra = _jsonld_extra_sections(data, text)
        if extra:
            text = f"{text}\n\n{extra}".strip()
    if len(text) < _MIN_CONTENT_CHARS and tree is not None:
        clean_tree(tree)
        site_text, site = _site_content(tree)
        if site_text:
            page_text, method = site_text, f"site:{site}"
        else:
            page_text, method = _trafilatura_text(tree) or "", "trafilatura"
            if len(page_text) < _MIN_CONTENT_CHARS:
                page_text, method = _fallback_text(tree), "lxml"
        if len(page_text) > len(text):
            text = page_text
            hints["method"] = method if posting is None else f"json-ld+{method}"
            heading = hints.get("title") or hints.get("h1")
            first_line = text.lstrip().split("\n", 1)[0]
            if heading and heading.casefold() not in first_line.casefold():
                text = f"# {heading}\n\n{text}"  # the extractor dropped the page's title: the parser needs it
    if "company" not in hints:
        named = company_from_site([hints.get("site_name", ""), hints.get("page_title", "")], text)
        if named:
            hints["company"] = named
    text = text.strip()
    if not text or (posting is None and not looks_like_posting(text)):
        raise JobError(NO_POSTING, path=source)
    return text, hints


_JOB_FIELDS = ("title", "location", "remote", "employment_type", "compensation")
_EXTRA_FIELDS = ("date_posted", "valid_through", "url", "identifier", "applicant_location", "in_language", "site",
                 "site_name", "method", "workplace")


def parser_hints(hints: dict[str, Any], body: str) -> dict[str, Any]:
    """The page's facts in the text parser's terms: candidates, and ``trusted`` keys that win over the text.

    A recruiter's posting ("our client, …") keeps its employer unnamed even when the page's markup names the
    agency as the hiring organization.
    """
    from . import fields, noise

    out = {key: hints[key] for key in _PARSER_KEYS if hints.get(key) not in (None, "")}
    trusted = {key for key in hints.get("trusted", ()) if key in out}
    if fields.is_recruiter_posting(body):
        trusted.discard("company")
    out["trusted"] = sorted(trusted)
    if hints.get("date_posted"):
        out["posted"] = hints["date_posted"]
    known = noise.KNOWN_BY_FOLDED
    boards = [known[n.casefold()] for n in (hints.get("site_name"), hints.get("site")) if n and n.casefold() in known]
    if boards:
        out["boards"] = sorted(set(boards))
    if hints.get("domains"):
        out["domains"] = list(hints["domains"])
    return out


def parse_html(text: str, *, source: str) -> Job:
    """A Job from an HTML page's text (JSON-LD first, else the main content without the page's chrome)."""
    from .text import parse_posting

    body, hints = extract_posting(text, source=source)
    job = parse_posting(body, source=source, source_format="html", hints=parser_hints(hints, body))
    for key in _JOB_FIELDS:
        if getattr(job, key, None) in (None, "") and hints.get(key) not in (None, ""):
            setattr(job, key, hints[key])
    for key in _EXTRA_FIELDS:
        if hints.get(key) not in (None, "") and key not in job.extra:
            job.extra[key] = hints[key]
    job.__post_init__()  # the typed fields (workplace) follow what extra now holds
    return job

"""An HTML page's main content: the page without its chrome (nav, banners, cookie notices, similar-job rails),
as Markdown-like text from a known board's description container, trafilatura, or plain lxml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .htmltext import DROP_TAGS as _DROP_TAGS
from .htmltext import element_text
from .sites import SITES

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MIN_CONTENT_CHARS = 200

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
    for site in SITES:
        for xpath in site["description"]:
            nodes = tree.xpath(xpath)
            # Several matches (Lever's sections) are joined; a match inside another match is skipped.
            outer = [n for n in nodes if not any(a in nodes for a in n.iterancestors())]
            text = "\n\n".join(t for t in (element_text(n) for n in outer) if t)
            if len(text) >= MIN_CONTENT_CHARS:
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
            if len(text) >= MIN_CONTENT_CHARS or xpath == "//body":
                return text
    return element_text(tree)



def main_content(tree: HtmlElement) -> tuple[str, str]:
    """(the page's main content, how it was found: "site:NAME", "trafilatura" or "lxml"); cleans the tree."""
    clean_tree(tree)
    site_text, site = _site_content(tree)
    if site_text:
        return site_text, f"site:{site}"
    page_text, method = _trafilatura_text(tree) or "", "trafilatura"
    if len(page_text) < MIN_CONTENT_CHARS:
        page_text, method = _fallback_text(tree), "lxml"
    return page_text, method

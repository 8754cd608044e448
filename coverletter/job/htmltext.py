"""HTML elements and fragments as Markdown-like text: ``## Heading`` lines, ``- bullet`` lines, paragraphs.

The text parser finds a posting's sections by its headings and list items, so they are kept as lines;
inline markup is flattened, ``<br>`` ends a line, a short all-bold paragraph becomes a ``###`` heading.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "input",
             "textarea", "dialog", "aside", "nav", "object", "embed", "canvas", "video", "audio", "map")
_BLANKS = re.compile(r"\n{3,}")
_ANY_SPACE = re.compile(r"[\s\u200b]+")
_PLAIN_BULLET = re.compile(r"^[ \t]*[•●▪◦·*][ \t]*", re.MULTILINE)


def words(node: HtmlElement) -> str:
    """An element's text with its whitespace collapsed."""
    return _ANY_SPACE.sub(" ", node.text_content()).strip()


class _TextWriter:
    """Turns an HTML element into Markdown-like text: headings, bullets, paragraphs, table rows."""

    _BLOCKS = frozenset({
        "p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre", "table", "tbody",
        "thead", "tr", "dl", "dt", "dd", "figure", "figcaption", "address", "center", "details", "summary",
        "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    })

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.inline: list[str] = []
        self.prefix = ""

    def flush(self) -> None:
        text = _ANY_SPACE.sub(" ", "".join(self.inline)).strip()
        self.inline = []
        if text:
            self.lines.append(self.prefix + text)
            self.prefix = ""

    def blank(self) -> None:
        self.flush()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def walk(self, node: HtmlElement, list_kind: list[str] | None = None) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in DROP_TAGS:
            self._tail(node)
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading(node, int(tag[1]))
            return
        if tag in ("ul", "ol"):
            self._list(node, tag, list_kind)
            return
        if tag in ("p", "div") and self._bold_heading(node):
            self._heading(node, 3, words(node).rstrip())
            return
        self._open(tag)
        self._children(node, list_kind)
        if tag in self._BLOCKS:
            if tag == "p":
                self.blank()
            else:
                self.flush()
        self._tail(node)

    def _open(self, tag: str) -> None:
        """What an element's start does to the text: a line or paragraph break, or a table cell's separator."""
        if tag == "br":
            if "".join(self.inline).strip():
                self.flush()
            else:  # <br><br> or <div><br></div>: a paragraph break
                self.blank()
        elif tag in ("td", "th"):
            if self.inline and "".join(self.inline).strip():
                self.inline.append(" | ")
        elif tag in self._BLOCKS:
            if tag in ("p", "h1", "table", "blockquote", "pre", "section", "article"):
                self.blank()
            else:
                self.flush()

    def _heading(self, node: HtmlElement, level: int, text: str | None = None) -> None:
        """A heading line of its own (a short all-bold paragraph's text is given)."""
        self.blank()
        text = words(node) if text is None else text
        if text:
            self.lines.append("#" * level + " " + text)
            self.lines.append("")
        self._tail(node)

    def _list(self, node: HtmlElement, tag: str, list_kind: list[str] | None) -> None:
        """A list's items as "- " or "1. " lines, indented by nesting."""
        self.flush()
        kinds = [*(list_kind or []), tag]
        counter = 0
        if node.text and node.text.strip():
            self.inline.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag.lower() == "li":
                counter += 1
                self.flush()
                indent = "  " * (len(kinds) - 1)
                self.prefix = indent + (f"{counter}. " if tag == "ol" else "- ")
                self._children(child, kinds)
                self.flush()
                self._tail(child)
            else:  # a list directly inside a list (Lever writes <ul><ul><li>): not one level deeper
                self.walk(child, list_kind)
        self.flush()
        if not list_kind:
            self.blank()
        self._tail(node)

    def _children(self, node: HtmlElement, list_kind: list[str] | None) -> None:
        if node.text:
            self.inline.append(node.text)
        for child in node:
            self.walk(child, list_kind)

    def _tail(self, node: HtmlElement) -> None:
        if node.tail:
            self.inline.append(node.tail)

    @staticmethod
    def _bold_heading(node: HtmlElement) -> bool:
        """A short paragraph whose whole text is bold: the way many editors write a section title."""
        inline = ("span", "strong", "b", "em", "i", "u", "br", "a", "font")
        if any(isinstance(d.tag, str) and d.tag.lower() not in inline for d in node.iterdescendants()):
            return False  # checked first: a wrapper's block child ends the search before its text is read
        text = words(node)
        if not text or len(text) > 80:
            return False
        outer = "not(ancestor::strong or ancestor::b)"
        bolds = node.xpath(f".//strong[{outer}] | .//b[{outer}]")
        bold = " ".join(words(b) for b in bolds)
        return len(bold) >= 0.9 * len(text)

    def text(self) -> str:
        self.flush()
        out = "\n".join(line.rstrip() for line in self.lines)
        return _BLANKS.sub("\n\n", out).strip()


def element_text(node: HtmlElement) -> str:
    """One element as Markdown-like text (headings and bullets kept as lines)."""
    writer = _TextWriter()
    writer.walk(node)
    return writer.text()


def html_to_text(fragment: str) -> str:
    """An HTML fragment (a JSON-LD description, say) as Markdown-like text; escaped HTML is unescaped first."""
    from lxml import html as lxml_html

    text = fragment.strip()
    if not text:
        return ""
    for _ in range(3):  # escaped once (Greenhouse) or twice (some feeds)
        if "<" in text or not re.search(r"&(?:amp;)*lt;", text):
            break
        text = html_lib.unescape(text)
    if "<" not in text:  # plain text (Workday's JSON-LD): keep its lines, bullets as "- "
        plain = _PLAIN_BULLET.sub("- ", html_lib.unescape(text).replace("\r\n", "\n"))
        return _BLANKS.sub("\n\n", plain).strip()
    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except Exception:  # lxml raises several parser errors for broken fragments
        return re.sub(r"<[^>]+>", " ", text)
    return element_text(root)

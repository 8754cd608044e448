"""Word (.docx): the letter laid out as a business letter with named styles a user can restyle in Word.

Blocks, in order, each a paragraph in its own style: "Sender Name", "Sender Headline" (the profile's label,
when it has one), "Sender Contact" (rows joined by line breaks), "Letter Date", "Recipient", "Subject",
"Salutation", "Body Text" (one per paragraph), "Closing" (with room below for a handwritten signature) and
"Signature". Email, phone and web addresses are hyperlinks.

Without a reference document the page is A4 (Letter for US and Canadian English), margins 2.5 cm, Calibri
11 pt (10.5 or 10 pt when that keeps a letter on one page). With ``reference_docx`` (like pandoc's
--reference-doc) the user's file is the base: its styles, page set-up, header and footer (a letterhead)
stay, its body text goes, and styles it lacks are added. python-docx is imported only here, so only
rendering Word or PDF loads it.
"""

from __future__ import annotations

import copy
import io
import re
import textwrap
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

from ..datamodel import model
from ..errors import InputError, OutputError
from ..files import read_bytes
from .din5008 import address_field, date_line, letterhead, set_din_page, uses_din5008
from .external import drop_external_links
from .parts import (
    clean,
    contact_href,
    contact_rows,
    job_line,
    letter_datetime,
    page_size_for,
    primary_language,
    prose_segments,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

    from ..letter import Letter

FONT = "Calibri"
FONT_SIZE = 11.0
FITTING_SIZES = (10.5, 10.0)  # tried in turn, only when 11 pt would push a letter onto a second page
LINE_SPACING = 1.08
SEPARATOR = "  ·  "
MARGIN = Cm(2.5)
PAGE_SIZES = {"A4": (Cm(21.0), Cm(29.7)), "LETTER": (Emu(7772400), Emu(10058400))}  # 8.5 x 11 in

# Regional tags Word's proofing tools know, for bare ISO 639-1 codes.
WORD_LANGUAGES = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL",
                  "pt": "pt-PT", "ja": "ja-JP", "zh": "zh-CN", "ko": "ko-KR"}
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]")
EAST_ASIAN_FONTS = {"ja": "Yu Gothic", "ko": "Malgun Gothic", "zh": "Microsoft YaHei", "zh-TW": "Microsoft JhengHei"}
_FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


@model(frozen=True)
class StyleSpec:
    """How one of the letter's paragraph styles looks when coverletter creates it (sizes in points)."""

    name: str
    size: float | None = None
    bold: bool = False
    before: float = 0
    after: float = 0
    keep_with_next: bool = False
    color: str | None = None
    line_spacing: float | None = None


STYLES = (
    StyleSpec("Sender Name", size=16, bold=True, after=1, keep_with_next=True),
    StyleSpec("Sender Headline", size=10.5, after=2, color="404040", keep_with_next=True),
    StyleSpec("Sender Contact", size=9.5, after=14, color="404040", line_spacing=1.0),
    StyleSpec("Letter Date", after=11),
    StyleSpec("Recipient", after=11, line_spacing=1.0),
    StyleSpec("Subject", bold=True, after=11, keep_with_next=True),
    StyleSpec("Salutation", after=6, keep_with_next=True),
    StyleSpec("Body Text", after=6),
    StyleSpec("Closing", before=4, after=24, keep_with_next=True),
    StyleSpec("Signature"),
)


def render(letter: Letter, *, reference_docx: str | Path | None = None, page_size: str | None = None) -> bytes:
    """The letter as .docx bytes."""
    return render_measured(letter, reference_docx=reference_docx, page_size=page_size)[0]


def render_measured(letter: Letter, *, reference_docx: str | Path | None = None, page_size: str | None = None
                    ) -> tuple[bytes, float]:
    """The letter as .docx bytes, and its estimated page count."""
    document = build_document(letter, reference_docx=reference_docx, page_size=page_size)
    section = document.sections[-1]
    pages = round(_estimate(letter, *_text_area(section), _normal_size(document)), 2)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue()), pages


def build_document(
    letter: Letter, *, reference_docx: str | Path | None = None, page_size: str | None = None
) -> Document:
    """A python-docx Document holding the letter, on the reference document when one is given."""
    if reference_docx is not None:
        document = open_reference(reference_docx)
        clear_body(document)
        if page_size:
            set_page(document, page_size, margins=False)
    else:
        document = docx.Document()
        clear_body(document)
        din = uses_din5008(letter)  # a German letter: DIN 5008 Form B on A4 unless a size is asked for
        set_page(document, (page_size or "A4") if din else page_size_for(letter, page_size), margins=True)
        if din:
            set_din_page(document)
        style_normal(document, fitted_size(letter, *_text_area(document.sections[-1])))
    ensure_styles(document, restyle=reference_docx is None)
    set_language(document, letter)
    write_letter(document, letter, din=reference_docx is None and uses_din5008(letter))
    drop_unused_links(document)
    set_properties(document, letter)
    return document


# --- the base document -------------------------------------------------------------------------------


def open_reference(path: str | Path) -> Document:
    """Open the user's reference .docx, with one clear error for a missing or unreadable file."""
    source = Path(path)
    hint = "give a Word document saved as .docx (or a .dotx template)"
    if not source.exists():
        raise InputError("no such reference document", path=str(path), hint="check the --reference-docx path")
    if source.is_dir():
        raise InputError("is a directory, not a reference document", path=str(path), hint=hint)
    data = read_bytes(source, what="reference document")  # refuses a FIFO or a device before reading
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError("is not a Word .docx document (not a zip package)", path=str(path), hint=hint)
    try:
        document = docx.Document(io.BytesIO(as_document_package(data)))
    except Exception as exc:  # python-docx raises many kinds for a damaged or non-Word package
        detail = clean(str(exc)).rstrip(".")[:120] or type(exc).__name__
        raise InputError(f"cannot be opened as a Word document ({detail})", path=str(path), hint=hint) from exc
    drop_external_links(document)  # no remote template, linked image or hyperlink comes along
    return document


_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def as_document_package(data: bytes) -> bytes:
    """A Word template (.dotx) relabelled as a document, so python-docx opens it; anything else unchanged."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        if "[Content_Types].xml" not in source.namelist():
            return data
        types = source.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                payload = source.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    payload = types.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                target.writestr(info, payload)
        return out.getvalue()


def clear_body(document: Document) -> None:
    """Remove the body's content but keep its last section (page set-up, header and footer references).

    Header and footer references of earlier sections that the last one lacks are carried over, so a
    letterhead defined in an earlier section is kept.
    """
    body = document.element.body
    final = body.find(qn("w:sectPr"))
    earlier = [s for s in body.iter(qn("w:sectPr")) if s is not final]
    for child in list(body):
        if child is not final:
            body.remove(child)
    if final is None:
        final = OxmlElement("w:sectPr")
        body.append(final)
    for tag, insert in (("w:headerReference", final._insert_headerReference),
                        ("w:footerReference", final._insert_footerReference)):
        have = {ref.get(qn("w:type")) for ref in final.findall(qn(tag))}
        for section in reversed(earlier):
            for ref in section.findall(qn(tag)):
                if ref.get(qn("w:type")) not in have:
                    insert(copy.deepcopy(ref))
                    have.add(ref.get(qn("w:type")))
    if any(s.find(qn("w:titlePg")) is not None for s in earlier) and final.find(qn("w:titlePg")) is None:
        final.get_or_add_titlePg()


def set_page(document: Document, page_size: str, *, margins: bool) -> None:
    """Portrait A4 or Letter; with ``margins`` also 2.5 cm margins all round."""
    key = page_size.strip().upper()
    if key not in PAGE_SIZES:
        raise OutputError(f"unknown page size {page_size!r}", hint="choose A4 or Letter")
    section = document.sections[-1]
    section.page_width, section.page_height = PAGE_SIZES[key]
    if margins:
        section.top_margin = section.bottom_margin = MARGIN
        section.left_margin = section.right_margin = MARGIN
        section.header_distance = section.footer_distance = Cm(1.25)


def fitted_size(letter: Letter, text_width: float, text_height: float) -> float:
    """11 pt, or the largest of 10.5 and 10 pt that keeps on one page a letter that 11 pt would push onto two.

    A letter too long for one page even at 10 pt keeps 11 pt: shrinking would not save it.
    """
    for size in (FONT_SIZE, *FITTING_SIZES):
        if _estimate(letter, text_width, text_height, size) <= 1.0:
            return size
    return FONT_SIZE


def style_normal(document: Document, size: float = FONT_SIZE) -> None:
    """Calibri at ``size`` points, no space after, line spacing 1.08, widow control."""
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(size)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = LINE_SPACING
    fmt.widow_control = True
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), FONT)


def ensure_styles(document: Document, *, restyle: bool) -> None:
    """Add the letter's styles the document lacks; with ``restyle`` also (re)format those it has."""
    styles = document.styles
    for spec in STYLES:
        exists = spec.name in styles
        if exists and not restyle:
            continue
        style = styles[spec.name] if exists else styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
        font, fmt = style.font, style.paragraph_format
        font.size = Pt(spec.size) if spec.size else None
        font.bold = spec.bold or None
        font.color.rgb = RGBColor.from_string(spec.color) if spec.color else None
        fmt.space_before = Pt(spec.before)
        fmt.space_after = Pt(spec.after)
        fmt.keep_with_next = spec.keep_with_next or None
        fmt.first_line_indent = fmt.left_indent = None
        fmt.line_spacing = spec.line_spacing
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    hyperlink_style(document)


def hyperlink_style(document: Document) -> Any:
    """The "Hyperlink" character style (blue, underlined), added when the document lacks it."""
    styles = document.styles
    if "Hyperlink" in styles:
        return styles["Hyperlink"]
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True
    link.unhide_when_used = True
    return link


def set_language(document: Document, letter: Letter) -> None:
    """Proofing language on Normal; an East Asian font and language when the letter holds CJK text."""
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        later = [rpr.find(qn(tag)) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        following = next((node for node in later if node is not None), None)
        if following is not None:
            following.addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(qn("w:val"), word_language(letter.language))
    text = _all_text(letter)
    if CJK.search(text):
        asian = east_asian_language(letter.language, text)
        rfonts = rpr.get_or_add_rFonts()
        if not rfonts.get(qn("w:eastAsia")):
            rfonts.set(qn("w:eastAsia"), EAST_ASIAN_FONTS.get(asian, EAST_ASIAN_FONTS[asian[:2]]))
        lang.set(qn("w:eastAsia"), WORD_LANGUAGES.get(asian, asian) if "-" not in asian else asian)


def word_language(language: str | None) -> str:
    """A language tag Word knows: "en" -> "en-US", "pt_BR" -> "pt-BR"."""
    tag = (language or "en").strip().replace("_", "-") or "en"
    return tag if "-" in tag else WORD_LANGUAGES.get(tag.lower(), tag.lower())


def east_asian_language(language: str | None, text: str) -> str:
    """ja, ko, zh or zh-TW: from the letter's language when it is one of them, else from the script."""
    primary = primary_language(language)
    if primary == "zh" and re.search(r"[-_](TW|HK|MO|Hant)", language or "", re.I):
        return "zh-TW"
    if primary in ("ja", "ko", "zh"):
        return primary
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    return "zh"


# --- the letter ----------------------------------------------------------------------------------------


def write_letter(document: Document, letter: Letter, *, din: bool = False) -> None:
    """Append the letter's blocks, each in its style; with ``din`` the head follows DIN 5008 (letterhead in the
    first page's header, the address field, the date at the right)."""
    if din:
        letterhead(document, letter)
        address_field(document, letter)
        date_line(document, letter)
    else:
        _head(document, letter)
    if clean(letter.subject):
        prose(document, "Subject", letter.subject or "")
    prose(document, "Salutation", letter.salutation)
    for paragraph in letter.paragraphs:
        if clean(paragraph.text):
            prose(document, "Body Text", paragraph.text)
    prose(document, "Closing", letter.closing)
    prose(document, "Signature", letter.signature)


def _head(document: Document, letter: Letter) -> None:
    """Sender name, headline and contact block, the date and the recipient, one below the other."""
    lines(document, "Sender Name", [clean(letter.sender.name)], link=False)
    if clean(letter.sender.label):
        lines(document, "Sender Headline", [clean(letter.sender.label)], link=False)
    rows = contact_rows(letter.sender)
    if rows:
        contact_block(document, rows)
    lines(document, "Letter Date", [clean(letter.date)], link=False)
    recipient = [clean(x) for x in letter.recipient.lines if clean(x)]
    if recipient:
        lines(document, "Recipient", recipient, link=False)


def lines(document: Document, style: str, values: list[str], *, link: bool) -> Paragraph:
    """One paragraph with a line break between values; contact values become hyperlinks with ``link``."""
    paragraph = document.add_paragraph(style=style)
    for index, value in enumerate(values):
        if index:
            paragraph.add_run().add_break()
        href = contact_href(value) if link else None
        if href:
            add_hyperlink(paragraph, value, href)
        else:
            paragraph.add_run(value)
    return paragraph


def contact_block(document: Document, rows: list[list[str]]) -> Paragraph:
    """The "Sender Contact" paragraph: one row a line, items apart by a middle dot, addresses linked."""
    paragraph = document.add_paragraph(style="Sender Contact")
    for row_index, row in enumerate(rows):
        if row_index:
            paragraph.add_run().add_break()
        for index, value in enumerate(row):
            if index:
                paragraph.add_run(SEPARATOR)
            href = contact_href(value)
            if href:
                add_hyperlink(paragraph, value, href)
            else:
                paragraph.add_run(value)
    return paragraph


def prose(document: Document, style: str, text: str) -> Paragraph:
    """One paragraph of prose, its email and web addresses as hyperlinks."""
    paragraph = document.add_paragraph(style=style)
    for segment in prose_segments(clean(text)):
        if segment.href:
            add_hyperlink(paragraph, segment.text, segment.href)
        else:
            paragraph.add_run(segment.text)
    return paragraph


def add_hyperlink(paragraph: Paragraph, text: str, href: str) -> None:
    """Append an external hyperlink (a w:hyperlink with a relationship) in the "Hyperlink" character style."""
    rel_id = paragraph.part.relate_to(href, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), rel_id)
    hyperlink.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:rStyle")
    rstyle.set(qn("w:val"), hyperlink_style(paragraph.part.document).style_id)
    rpr.append(rstyle)
    run.append(rpr)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def drop_unused_links(document: Document) -> None:
    """Drop the body's relationships to images and links that the removed reference text used."""
    removable = {RT.HYPERLINK, RT.IMAGE, RT.OLE_OBJECT, RT.CHART, RT.DIAGRAM_DATA, RT.PACKAGE}
    xml = document.element.xml
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype in removable and f'"{rel_id}"' not in xml:
            del part.rels[rel_id]


def set_properties(document: Document, letter: Letter) -> None:
    """Author, title, subject, language and dates (from the letter's date) of the document."""
    props = document.core_properties
    name = clean(letter.sender.name)
    props.author = name
    props.last_modified_by = name
    props.title = clean(letter.subject) or "Cover letter"
    props.subject = job_line(letter)
    props.language = word_language(letter.language)
    props.keywords = "cover letter"
    props.comments = ""
    props.category = ""
    props.revision = 1
    when = letter_datetime(letter)
    if when is not None:
        props.created = props.modified = when.replace(tzinfo=None)


def stable_zip(data: bytes) -> bytes:
    """The same package with fixed member dates, so equal letters give equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- length ----------------------------------------------------------------------------------------------

# Average glyph width and line height of a proportional sans font, as a share of the font size;
# a little generous so a letter near the limit is reported as long rather than short.
_CHAR_EM = 0.44
_LINE_EM = 1.22


def estimate_pages(letter: Letter, page_size: str | None = None) -> float:
    """About how many pages the letter fills in the default layout (A4 or Letter, 2.5 cm, 11 to 10 pt)."""
    width, height = PAGE_SIZES[page_size_for(letter, page_size).upper()]
    area = Emu(width).pt - 2 * MARGIN.pt, Emu(height).pt - 2 * MARGIN.pt
    return round(_estimate(letter, *area, fitted_size(letter, *area)), 2)


def docx_fits_one_page(letter: Letter, page_size: str | None = None) -> bool:
    """True when the letter probably fits on one page."""
    return estimate_pages(letter, page_size) <= 1.0


def _estimate(letter: Letter, text_width: float, text_height: float, size: float) -> float:
    """Pages, from wrapping each block at the average glyph width and adding the styles' spacing."""

    def height(texts: list[str], font: float, spacing: float) -> float:
        per_line = max(10, int(text_width / (font * _CHAR_EM)))
        count = sum(max(1, len(textwrap.wrap(t, per_line, break_long_words=True))) for t in texts)
        return count * font * _LINE_EM * spacing

    specs = {spec.name: spec for spec in STYLES}

    def block(style: str, texts: list[str]) -> float:
        spec = specs[style]
        return spec.before + height(texts, spec.size or size, spec.line_spacing or LINE_SPACING) + spec.after

    total = block("Sender Name", [clean(letter.sender.name)])
    total += block("Sender Headline", [clean(letter.sender.label)]) if clean(letter.sender.label) else 0
    contacts = [SEPARATOR.join(row) for row in contact_rows(letter.sender)]
    total += block("Sender Contact", contacts) if contacts else 0
    total += block("Letter Date", [clean(letter.date)])
    recipient = [clean(x) for x in letter.recipient.lines if clean(x)]
    total += block("Recipient", recipient) if recipient else 0
    total += block("Subject", [clean(letter.subject)]) if clean(letter.subject) else 0
    total += block("Salutation", [clean(letter.salutation)])
    total += sum(block("Body Text", [clean(p.text)]) for p in letter.paragraphs if clean(p.text))
    total += block("Closing", [clean(letter.closing)]) + block("Signature", [clean(letter.signature)])
    return total / text_height


def _text_area(section: Any) -> tuple[float, float]:
    """Width and height in points inside a section's margins (defaults where the reference leaves them out)."""
    width = Emu(section.page_width or PAGE_SIZES["A4"][0]).pt
    height = Emu(section.page_height or PAGE_SIZES["A4"][1]).pt
    left, right = (Emu(m if m is not None else MARGIN).pt for m in (section.left_margin, section.right_margin))
    top, bottom = (Emu(m if m is not None else MARGIN).pt for m in (section.top_margin, section.bottom_margin))
    return width - left - right, height - abs(top) - abs(bottom)


def _normal_size(document: Document) -> float:
    size = document.styles["Normal"].font.size
    return size.pt if size is not None else FONT_SIZE


def _all_text(letter: Letter) -> str:
    parts = [letter.sender.name, *letter.sender.contact_lines, letter.date, *letter.recipient.lines,
             letter.subject or "", letter.salutation, letter.body, letter.closing, letter.signature]
    return "\n".join(p for p in parts if p)

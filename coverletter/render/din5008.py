"""The German business-letter layout of DIN 5008 (Form B) for a Word letter in German.

What it lays out, with the measures it uses:

* the page: A4, left margin 25 mm, right margin 20 mm, the body starting 45 mm from the top (Form B);
* the letterhead (Briefkopf) in the first page's header, above those 45 mm: name, headline, contact lines;
* the address field (Anschriftfeld) as a borderless table whose one row is exactly 45 mm high and 80 mm wide
  from the 25 mm line: the return address (Rücksendeangabe: the sender in one 8 pt line) in its first 5 mm and
  17.7 mm zone, then the recipient's lines, no blank line between them;
* the date right-aligned below the field, the subject in bold without the word "Betreff", the salutation, the
  body, the closing and the name below room for a signature.

Sources for the measures: der-private-geschaeftsbrief.de.tl/Das-perfekte-Anschriftfeld.htm (field 40 x 85 mm plus
5 mm for the return address, 45 mm from the top in Form B, 20 mm from the left edge), expressantworten.com/?p=687
(the return address is one line, its text on the 25 mm line), helmol.de/din/02_anschrift.htm (Form B: top margin
4.5 cm; a table is a good placeholder for the field), korrespondenz-din-5008.de/briefe-schreiben/din-5008-adressfeld/
(the return address in 8 pt, no blank lines in the field), karriere.de/bewerbungswiki/aufbau-anschreiben-166468/
("In der Betreffzeile steht niemals das Wort 'Betreff'"; subject in bold; the date at the right before the subject).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .parts import clean, contact_rows, primary_language

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table

    from ..letter import Letter

TOP = Mm(45)  # Form B: the address field starts 45 mm from the top edge
LEFT = Mm(25)
RIGHT = Mm(20)
BOTTOM = Mm(20)
HEADER_DISTANCE = Mm(10)
FIELD_HEIGHT = Mm(45)  # 5 mm return address + 12.7 mm notes + 27.3 mm address
FIELD_WIDTH = Mm(80)  # 85 mm from the 20 mm line, text from the 25 mm line
RETURN_ZONE = Pt(50)  # the return address and the notes zone above the address: 17.7 mm
RETURN_STYLE = "Return Address"
SEPARATOR = " · "


def uses_din5008(letter: Letter) -> bool:
    """Whether a letter is laid out after DIN 5008: a German letter (the caller skips it for a reference DOCX,
    whose own layout wins)."""
    return primary_language(letter.language) == "de"


def set_din_page(document: Document) -> None:
    """Margins of a Form B letter; the page size is set by the caller."""
    section = document.sections[-1]
    section.top_margin, section.bottom_margin = TOP, BOTTOM
    section.left_margin, section.right_margin = LEFT, RIGHT
    section.header_distance = section.footer_distance = HEADER_DISTANCE


def return_address(letter: Letter) -> str:
    """The sender in one line for the window envelope: "Ada Muster · Hauptstr. 1 · 10115 Berlin" (a bare
    country code is left out: the return address names the place, not the profile's code)."""
    parts = [clean(letter.sender.name), *(clean(x) for x in letter.sender.address_lines)]
    return SEPARATOR.join(p for p in parts if p and not re.fullmatch(r"[A-Z]{2}", p))


def letterhead(document: Document, letter: Letter) -> None:
    """The sender's name, headline and contact rows in the first page's header (later pages get none)."""
    section = document.sections[-1]
    section.different_first_page_header_footer = True
    header = section.first_page_header
    first = header.paragraphs[0]
    first.style = document.styles["Sender Name"]
    first.add_run(clean(letter.sender.name))
    if clean(letter.sender.label):
        header.add_paragraph(clean(letter.sender.label), style=document.styles["Sender Headline"])
    rows = contact_rows(letter.sender)
    if rows:
        contact = header.add_paragraph(style=document.styles["Sender Contact"])
        for index, row in enumerate(rows):
            if index:
                contact.add_run().add_break()
            contact.add_run("  ·  ".join(row))


def address_field(document: Document, letter: Letter) -> Table:
    """The address field: a one-cell borderless table, exactly 45 mm high, the return address on top."""
    _return_style(document)
    table = document.add_table(rows=1, cols=1)
    table.autofit = False
    _no_cell_margins(table)
    row = table.rows[0]
    row.height, row.height_rule = FIELD_HEIGHT, WD_ROW_HEIGHT_RULE.EXACTLY
    table.columns[0].width = FIELD_WIDTH  # the grid, which a fixed layout follows
    cell = row.cells[0]
    cell.width = FIELD_WIDTH
    sender = cell.paragraphs[0]
    sender.style = document.styles[RETURN_STYLE]
    sender.add_run(return_address(letter))
    recipient = address_lines(letter)
    if recipient:
        block = cell.add_paragraph(style=document.styles["Recipient"])
        block.paragraph_format.space_after = Pt(0)
        for index, line in enumerate(recipient):
            if index:
                block.add_run().add_break()
            block.add_run(line)
    return table


def address_lines(letter: Letter) -> list[str]:
    """The recipient as a German address writes it: the organisation, then the person ("Herrn" for "Herr",
    as the address is in the accusative), then the place."""
    person = re.sub(r"^Herr\b", "Herrn", clean(letter.recipient.name))
    lines = [clean(letter.recipient.company), person, *(clean(x) for x in letter.recipient.address_lines)]
    return [line for line in lines if line]


def date_line(document: Document, letter: Letter) -> None:
    """The date, right-aligned, a line below the address field."""
    paragraph = document.add_paragraph(clean(letter.date), style=document.styles["Letter Date"])
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(12)


def _return_style(document: Document) -> None:
    """The 8 pt paragraph style of the return address, which fills the 17.7 mm above the recipient."""
    styles = document.styles
    if RETURN_STYLE in styles:
        return
    style = styles.add_style(RETURN_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.font.size = Pt(8)
    style.paragraph_format.space_before = Pt(0)
    style.paragraph_format.space_after = RETURN_ZONE - Pt(10)  # one 8 pt line (about 10 pt) plus the notes zone
    style.paragraph_format.line_spacing = 1.0


def _no_cell_margins(table: Table) -> None:
    """Zero left and right cell margins, so the field's text starts on the 25 mm line like the body."""
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        node = OxmlElement(f"w:{side}")
        node.set(qn("w:w"), "0")
        node.set(qn("w:type"), "dxa")
        margins.append(node)
    look = tbl_pr.find(qn("w:tblLook"))  # the schema orders tblCellMar before tblLook
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)

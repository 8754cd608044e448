"""A German letter as Word follows DIN 5008 Form B: checked on the reopened document's structure."""

from __future__ import annotations

import datetime
import io

import docx
import pytest
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm

from coverletter.job.model import Job
from coverletter.letter import Letter, Paragraph
from coverletter.profile.model import Profile
from coverletter.render import render
from coverletter.render.din5008 import return_address
from coverletter.write.frame import letter_frame

BODY = [
    "In den letzten vier Jahren habe ich bei der Northwind GmbH die Prüfstände für Steuergeräte betreut und die "
    "Testfälle für die Systemerprobung in Python automatisiert.",
    "Die Integration neuer Softwarestände habe ich mit den Kolleginnen und Kollegen aus der Entwicklung geplant "
    "und die Ergebnisse in Jira dokumentiert.",
]


def german_letter(**basics: object) -> Letter:
    profile = Profile.from_dict({"basics": {
        "name": "Kim Berger", "label": "Testingenieurin", "email": "kim.berger@example.de", "phone": "030 1234567",
        "location": {"address": "Hauptstraße 1", "postalCode": "10115", "city": "Berlin", "countryCode": "DE"},
        **basics}}, source="kim.json")
    job = Job(raw_text="Testingenieur (m/w/d)", source="job.txt", company="ALTEN GmbH", location="München",
              title="Testingenieur Integration und Systemerprobung", language="de")
    letter = letter_frame(profile, job, today=datetime.date(2026, 12, 1))
    letter.paragraphs = [Paragraph(text) for text in BODY]
    return letter


def reopen(letter: Letter, **options: object) -> docx.document.Document:
    return docx.Document(io.BytesIO(render(letter, "docx", **options)))


def _body_paragraphs(document: docx.document.Document) -> list:
    return [p for p in document.paragraphs if p.text.strip()]


def test_a_german_letter_is_laid_out_after_din_5008() -> None:
    letter = german_letter()
    document = reopen(letter)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    assert round(section.top_margin.mm) == 45 and round(section.left_margin.mm) == 25
    assert round(section.right_margin.mm) == 20
    # the letterhead sits in the first page's header, above the 45 mm line
    assert section.different_first_page_header_footer
    header = [p.text for p in section.first_page_header.paragraphs if p.text.strip()]
    assert header[0] == "Kim Berger" and "Testingenieurin" in header
    assert any("kim.berger@example.de" in line for line in header)
    # the address field: one borderless cell, exactly 45 mm high, the return address on top in 8 pt
    assert len(document.tables) == 1
    row = document.tables[0].rows[0]
    assert row.height_rule == WD_ROW_HEIGHT_RULE.EXACTLY and abs(row.height - Mm(45)) < Mm(0.1)
    table = document.tables[0]._tbl
    assert abs(int(table.tblGrid.findall(qn("w:gridCol"))[0].get(qn("w:w"))) - 4535) <= 1  # 80 mm in twips
    order = [child.tag.split("}")[1] for child in table.tblPr]
    assert order.index("tblCellMar") < order.index("tblLook")  # the order the schema asks, or Word refuses it
    cell = row.cells[0]
    assert cell.paragraphs[0].text == "Kim Berger · Hauptstraße 1 · 10115 Berlin"
    assert cell.paragraphs[0].style.name == "Return Address" and cell.paragraphs[0].style.font.size.pt == 8
    assert cell.paragraphs[1].text == "ALTEN GmbH\nMünchen"
    # after the field: the date at the right, the subject in bold without "Betreff", salutation, body, closing
    texts = _body_paragraphs(document)
    assert texts[0].text == "1. Dezember 2026" and texts[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    subject = texts[1]
    assert subject.text == "Bewerbung als Testingenieur Integration und Systemerprobung"
    assert subject.style.font.bold and "Betreff" not in subject.text
    assert [p.text for p in texts[2:]] == ["Sehr geehrte Damen und Herren,", *BODY, "Mit freundlichen Grüßen",
                                           "Kim Berger"]
    assert document.element.body.index(document.tables[0]._tbl) < document.element.body.index(texts[0]._p)
    assert "Betreff" not in "\n".join(p.text for p in document.paragraphs)


def test_the_address_field_names_the_organisation_then_the_person() -> None:
    letter = german_letter()
    letter.recipient.name = "Herr Dr. Weber"
    cell = reopen(letter).tables[0].rows[0].cells[0]
    assert cell.paragraphs[1].text == "ALTEN GmbH\nHerrn Dr. Weber\nMünchen"


def test_return_address_is_one_line_of_name_and_address() -> None:
    assert return_address(german_letter()) == "Kim Berger · Hauptstraße 1 · 10115 Berlin"
    assert return_address(german_letter(location=None)) == "Kim Berger"


def test_din_5008_stays_a4_and_other_letters_keep_their_layout() -> None:
    us_sender = german_letter(location={"city": "Madison", "region": "WI", "countryCode": "US"})
    assert round(reopen(us_sender).sections[0].page_width.mm) == 210  # DIN 5008 is an A4 layout
    assert round(reopen(us_sender, page_size="Letter").sections[0].page_width.mm) == 216  # unless asked
    english = german_letter()
    english.language = "en"
    plain = reopen(english)
    assert not plain.tables and not plain.sections[0].different_first_page_header_footer
    assert _body_paragraphs(plain)[0].text == "Kim Berger"


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_text_formats_write_the_german_subject_without_a_label(fmt: str) -> None:
    text = render(german_letter(), fmt).decode()
    assert "Bewerbung als Testingenieur" in text and "Betreff" not in text

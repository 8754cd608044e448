"""Word output: order and styles of the blocks, page set-up, hyperlinks, metadata, and --reference-docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from coverletter.errors import InputError
from coverletter.letter import Letter, Paragraph, Provenance, Recipient, Sender
from coverletter.render import render, render_measured
from coverletter.render.docx import STYLES, add_hyperlink, docx_fits_one_page, estimate_pages

LETTER_STYLES = [spec.name for spec in STYLES]
BODY_400 = (
    "I am writing to apply for the PhD Systems Intern position at Dropbox. As a doctoral researcher working on "
    "storage systems, I have spent the last four years designing, building and measuring software that moves data"
    " reliably at scale, and the problems your infrastructure team describes are the ones I most enjoy. I read "
    "your engineering blog closely, and the posts on storage efficiency and sync reliability convinced me to "
    "apply.\n"
    "At Pied Piper I led the design of a distributed compression service that handled file uploads for more than "
    "two million users. I rewrote the chunking pipeline in Rust, added end-to-end checksums, and introduced a "
    "load-shedding scheme that kept tail latency stable during traffic spikes. Working with the operations team, "
    "I built the dashboards and alerts we used to run the service, and I wrote the runbooks that new engineers "
    "still follow today, and I ran the reliability review for a year. When a regional outage took down one of our"
    " storage clusters, I coordinated the recovery and led the review that changed how we stage configuration "
    "changes.\n"
    "My research focuses on consistency and recovery in replicated storage. I built a fault-injection framework "
    "in Python and Go that crashes, partitions and slows down nodes in a test cluster, and I used it to find and "
    "fix three data-loss bugs in an open-source key-value store. The maintainers merged the fixes upstream, and "
    "the framework now runs in their CI on every change. Along the way I learned to write careful design "
    "documents, to review code with an eye for failure modes, and to explain trade-offs to people who do not work"
    " on storage every day.\n"
    "What draws me to Dropbox is the combination of hard engineering problems and a product that millions of "
    "people trust with their files. I would bring experience with Linux performance tools, profiling, Kubernetes "
    "and large test suites, and I am comfortable moving between research prototypes and production code. I have "
    "mentored undergraduate students, and I enjoy pairing with colleagues to untangle a difficult bug. I care "
    "about clear documentation, honest estimates and code that the next person can maintain.\n"
    "I would welcome the chance to discuss how my background in distributed storage could help your team this "
    "summer, and to learn how your engineers decide which experiments to run in production. Thank you for your "
    "time and consideration; I look forward to hearing from you."
)


def make_letter(body: str = BODY_400, **changes: object) -> Letter:
    letter = Letter(
        sender=Sender(name="Richard Hendriks", address_lines=["5230 Newell Road", "Palo Alto, CA 94303"],
                      email="richard@example.com", phone="(912) 555-4321", url="https://piedpiper.example.com",
                      links=["https://github.com/richardhendriks"]),
        date="27 November 2026",
        recipient=Recipient(name="Hiring Manager", company="Dropbox",
                            address_lines=["1800 Owens Street", "San Francisco, CA 94158"]),
        salutation="Dear Dropbox hiring team,",
        paragraphs=[Paragraph(text) for text in body.split("\n")],
        closing="Sincerely,",
        signature="Richard Hendriks",
        subject="Application for PhD Systems Intern",
        meta=Provenance(job_title="PhD Systems Intern"),
    )
    for key, value in changes.items():
        setattr(letter, key, value)
    return letter


def reopen(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def external_links(document: docx.document.Document) -> set[str]:
    return {rel.target_ref for rel in document.part.rels.values() if rel.is_external and rel.reltype == RT.HYPERLINK}


def test_blocks_come_in_letter_order_each_in_its_named_style() -> None:
    letter = make_letter()
    document = reopen(render(letter, "docx"))
    rows = [(p.style.name, p.text) for p in document.paragraphs]
    assert rows[0] == ("Sender Name", "Richard Hendriks")
    assert rows[1][0] == "Sender Contact"
    assert rows[1][1].splitlines() == [
        "5230 Newell Road  ·  Palo Alto, CA 94303",
        "(912) 555-4321  ·  richard@example.com  ·  https://piedpiper.example.com",
        "https://github.com/richardhendriks",
    ]
    assert rows[2] == ("Letter Date", "27 November 2026")
    assert rows[3] == ("Recipient", "Hiring Manager\nDropbox\n1800 Owens Street\nSan Francisco, CA 94158")
    assert rows[4] == ("Subject", "Application for PhD Systems Intern")
    assert rows[5] == ("Salutation", "Dear Dropbox hiring team,")
    assert rows[6:11] == [("Body Text", p.text) for p in letter.paragraphs]
    assert rows[11:] == [("Closing", "Sincerely,"), ("Signature", "Richard Hendriks")]


def test_the_profiles_headline_follows_the_name() -> None:
    letter = make_letter()
    letter.sender.label = "Storage systems researcher"
    rows = [(p.style.name, p.text) for p in reopen(render(letter, "docx")).paragraphs]
    assert rows[:2] == [("Sender Name", "Richard Hendriks"), ("Sender Headline", "Storage systems researcher")]
    assert rows[2][0] == "Sender Contact"


def test_page_font_and_styles_of_a_default_letter() -> None:
    document = reopen(render(make_letter(body=BODY_400[:1200]), "docx"))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    for margin in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin):
        assert abs(margin.cm - 2.5) < 0.01
    normal = document.styles["Normal"]
    assert normal.font.name == "Calibri" and normal.font.size == Pt(11)
    assert 1.07 <= normal.paragraph_format.line_spacing <= 1.15
    names = {style.name for style in document.styles}
    assert set(LETTER_STYLES) <= names
    assert document.styles["Sender Name"].font.bold and document.styles["Sender Name"].font.size > Pt(11)
    assert document.styles["Sender Contact"].font.size < Pt(11)
    assert document.styles["Subject"].font.bold
    assert document.styles["Body Text"].paragraph_format.space_after >= Pt(6)
    assert document.styles["Closing"].paragraph_format.space_after >= Pt(18)
    lang = normal.element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-US"


def test_us_english_gets_letter_paper_and_page_size_can_be_chosen() -> None:
    letter_paper = reopen(render(make_letter(language="en-US"), "docx")).sections[0]
    assert (round(letter_paper.page_width.inches, 2), round(letter_paper.page_height.inches, 2)) == (8.5, 11.0)
    chosen = reopen(render(make_letter(language="en-US"), "docx", page_size="A4")).sections[0]
    assert round(chosen.page_height.cm, 1) == 29.7


def test_email_and_web_addresses_are_external_hyperlinks() -> None:
    data = render(make_letter(body="Read more at https://piedpiper.example.com/blog."), "docx")
    document = reopen(data)
    assert external_links(document) == {"tel:9125554321", "mailto:richard@example.com",
                                         "https://piedpiper.example.com", "https://github.com/richardhendriks",
                                         "https://piedpiper.example.com/blog"}
    rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels").decode()
    assert 'Target="mailto:richard@example.com" TargetMode="External"' in rels
    contact = document.paragraphs[1]
    assert [link.address for link in contact.hyperlinks] == [
        "tel:9125554321", "mailto:richard@example.com", "https://piedpiper.example.com",
        "https://github.com/richardhendriks"]
    assert [link.text for link in document.paragraphs[6].hyperlinks] == ["https://piedpiper.example.com/blog"]
    assert document.styles["Hyperlink"].font.underline


def test_core_properties_describe_the_letter() -> None:
    props = reopen(render(make_letter(), "docx")).core_properties
    assert props.author == "Richard Hendriks"
    assert props.title == "Application for PhD Systems Intern"
    assert props.subject == "PhD Systems Intern, Dropbox"
    assert props.language == "en-US"
    assert (props.created.year, props.created.month, props.created.day) == (2026, 11, 27)
    untitled = reopen(render(make_letter(subject=None), "docx")).core_properties
    assert untitled.title == "Cover letter"


def test_same_letter_gives_the_same_bytes() -> None:
    assert render(make_letter(), "docx") == render(make_letter(), "docx")


def test_cjk_text_gets_an_east_asian_font() -> None:
    letter = make_letter(body="貴社のソフトウェアエンジニア職に応募いたします。", language="ja",
                         salutation="採用ご担当者様", closing="敬具")
    normal = reopen(render(letter, "docx")).styles["Normal"].element.rPr
    assert normal.rFonts.get(qn("w:eastAsia")) == "Yu Gothic"
    assert normal.find(qn("w:lang")).get(qn("w:eastAsia")) == "ja-JP"
    latin = reopen(render(make_letter(), "docx")).styles["Normal"].element.rPr
    assert latin.rFonts.get(qn("w:eastAsia")) is None


def test_page_estimate_for_normal_and_long_letters() -> None:
    letter = make_letter()
    assert letter.word_count == 400
    assert 0.8 <= render_measured(letter, "docx").pages <= 1.0
    assert estimate_pages(make_letter(body="Short and to the point.")) < 0.5
    long = make_letter(body="\n".join([BODY_400.replace("\n", " ")] * 2))
    assert estimate_pages(long) > 1.5
    assert docx_fits_one_page(letter) and not docx_fits_one_page(long)


def test_font_shrinks_a_little_only_to_keep_a_letter_on_one_page() -> None:
    def normal_size(letter: Letter) -> float:
        return reopen(render(letter, "docx")).styles["Normal"].font.size.pt

    assert normal_size(make_letter(body=BODY_400[:1500])) == 11
    us_letter = make_letter(language="en-US")  # 400 words with full blocks on shorter Letter paper
    assert 10 <= normal_size(us_letter) < 11 and render_measured(us_letter, "docx").pages <= 1.0
    too_long = make_letter(body="\n".join([BODY_400] * 2))
    assert normal_size(too_long) == 11 and render_measured(too_long, "docx").pages > 1.5


# --- reference documents ----------------------------------------------------------------------------------


def build_reference(path: Path, *, second_section: bool = False) -> Path:
    """A letterhead: header and footer text, 1.8 cm margins, Georgia 12 pt, a red Body Text, old body text."""
    document = docx.Document()
    section = document.sections[0]
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    section.header.paragraphs[0].text = "ACME Robotics · 1 Main Street · Springfield"
    section.footer.paragraphs[0].text = "Registered in Springfield, no. 12345"
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(12)
    document.styles["Body Text"].font.color.rgb = RGBColor(0xAA, 0x00, 0x00)
    old = document.add_paragraph("OLD BODY TEXT that must disappear ")
    add_hyperlink(old, "old link", "https://old.example.com/secret")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "OLD TABLE"
    if second_section:
        document.add_section()
        document.add_paragraph("SECOND SECTION TEXT")
    document.save(str(path))
    return path


def test_reference_docx_keeps_letterhead_margins_and_fonts_and_drops_old_text(tmp_path: Path) -> None:
    reference = build_reference(tmp_path / "letterhead.docx")
    document = reopen(render(make_letter(), "docx", reference_docx=reference))
    section = document.sections[-1]
    assert section.header.paragraphs[0].text == "ACME Robotics · 1 Main Street · Springfield"
    assert section.footer.paragraphs[0].text == "Registered in Springfield, no. 12345"
    assert abs(section.left_margin.cm - 1.8) < 0.01 and abs(section.top_margin.cm - 1.8) < 0.01
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.styles["Normal"].font.size == Pt(12)
    assert document.styles["Body Text"].font.color.rgb == RGBColor(0xAA, 0x00, 0x00)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "OLD" not in text and not document.tables
    assert "https://old.example.com/secret" not in external_links(document)
    assert document.paragraphs[0].text == "Richard Hendriks" and document.paragraphs[-1].text == "Richard Hendriks"
    assert set(LETTER_STYLES) <= {style.name for style in document.styles}
    assert document.styles["Sender Name"].font.name is None  # created styles inherit the letterhead's font


def test_reference_docx_header_from_an_earlier_section_is_kept(tmp_path: Path) -> None:
    reference = build_reference(tmp_path / "two-sections.docx", second_section=True)
    document = reopen(render(make_letter(), "docx", reference_docx=reference))
    assert len(document.sections) == 1
    assert document.sections[0].header.paragraphs[0].text.startswith("ACME Robotics")
    assert "SECOND SECTION" not in "\n".join(p.text for p in document.paragraphs)


def test_a_word_template_works_as_reference(tmp_path: Path) -> None:
    built = build_reference(tmp_path / "letterhead.docx")
    template = tmp_path / "letterhead.dotx"
    with zipfile.ZipFile(built) as source, zipfile.ZipFile(template, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
                assert b"template.main+xml" in data
            target.writestr(name, data)
    with pytest.raises(ValueError, match="not a Word file"):
        docx.Document(str(template))
    document = reopen(render(make_letter(), "docx", reference_docx=template))
    assert document.sections[0].header.paragraphs[0].text.startswith("ACME Robotics")
    assert document.paragraphs[0].text == "Richard Hendriks"


@pytest.mark.parametrize("kind", ["missing", "directory", "text", "zip"])
def test_bad_reference_docx_is_one_line_input_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "ref.docx"
    if kind == "directory":
        path.mkdir()
    elif kind == "text":
        path.write_text("not a word file")
    elif kind == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError) as caught:
        render(make_letter(), "docx", reference_docx=path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message

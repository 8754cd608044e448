"""Format choice and the text renderers (Markdown, plain text, HTML): layout, escaping, links."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from coverletter.errors import OutputError
from coverletter.letter import Letter, Paragraph, Recipient, Sender
from coverletter.render import FORMATS, format_for_path, render
from coverletter.render.markdown import escape, unescape
from coverletter.render.parts import contact_href, prose_segments, subject_label


def dropbox_letter(**changes: object) -> Letter:
    letter = Letter(
        sender=Sender(name="Richard Hendriks", address_lines=["5230 Newell Road", "Palo Alto, CA 94303"],
                      email="richard@example.com", phone="+1 (912) 555-4321", url="https://piedpiper.example.com",
                      links=["https://github.com/richard_h"]),
        date="27 November 2026",
        recipient=Recipient(name="Hiring Manager", company="Dropbox", address_lines=["1800 Owens Street"]),
        salutation="Dear Dropbox hiring team,",
        paragraphs=[Paragraph("I am applying for the PhD Systems Intern role at Dropbox. " * 6),
                    Paragraph("At Pied Piper I built a compression service used by two million people. " * 5),
                    Paragraph("Thank you for your time; I look forward to hearing from you.")],
        closing="Sincerely,",
        signature="Richard Hendriks",
        subject="Application for PhD Systems Intern",
    )
    for key, value in changes.items():
        setattr(letter, key, value)
    return letter


# --- choosing a format -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "expected"), [
    ("letter.md", "md"), ("letter.markdown", "md"), ("out/Letter.DOCX", "docx"), ("a.txt", "txt"),
    ("a.html", "html"), ("a.htm", "html"), ("a.pdf", "pdf"), (None, "md"), ("-", "md"),
])
def test_format_comes_from_the_extension(path: str | None, expected: str) -> None:
    assert format_for_path(path, None) == expected


def test_explicit_format_wins_over_the_extension() -> None:
    assert format_for_path("letter.md", "docx") == "docx"
    assert format_for_path(None, "HTML") == "html"


def test_unknown_extension_names_it_and_the_formats() -> None:
    with pytest.raises(OutputError) as caught:
        format_for_path("letter.rtf", None)
    message = str(caught.value)
    assert "'.rtf'" in message and "letter.rtf" in message
    assert all(fmt in message for fmt in FORMATS)
    assert "\n" not in message


def test_missing_extension_and_unknown_format_are_errors() -> None:
    with pytest.raises(OutputError, match="no extension"):
        format_for_path("letter", None)
    with pytest.raises(OutputError, match="unknown output format 'odt'"):
        format_for_path("letter.md", "odt")
    with pytest.raises(OutputError):
        render(dropbox_letter(), "rtf")


def test_rendering_text_formats_does_not_import_python_docx() -> None:
    code = ("import sys\nfrom tests.test_render import dropbox_letter\nfrom coverletter.render import render\n"
            "[render(dropbox_letter(), f) for f in ('md', 'txt', 'html')]\nprint('docx' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=str(__import__("pathlib").Path(__file__).parents[1]))
    assert done.stdout.strip() == "False"


# --- Markdown --------------------------------------------------------------------------------------------


def test_markdown_blocks_come_in_letter_order() -> None:
    letter = dropbox_letter()
    blocks = render(letter, "md").decode().rstrip("\n").split("\n\n")
    assert blocks[0].splitlines() == [
        "**Richard Hendriks**  ", "5230 Newell Road  ", "Palo Alto, CA 94303  ", "+1 (912) 555-4321  ",
        "<richard@example.com>  ", "<https://piedpiper.example.com>  ", "<https://github.com/richard_h>",
    ]
    assert blocks[1] == "27 November 2026"
    assert blocks[2].splitlines() == ["Hiring Manager  ", "Dropbox  ", "1800 Owens Street"]
    assert blocks[3] == "**Subject:** Application for PhD Systems Intern"
    assert blocks[4] == "Dear Dropbox hiring team,"
    assert blocks[5:8] == [p.text.strip() for p in letter.paragraphs]
    assert blocks[8].splitlines() == ["Sincerely,  ", "Richard Hendriks"]
    assert len(blocks) == 9


def test_markdown_body_between_salutation_and_closing_has_the_letters_words() -> None:
    """What a scorer reads as the body (after "Dear", before "Sincerely") is exactly the letter's body."""
    letter = dropbox_letter()
    lines = render(letter, "md").decode().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Dear"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Sincerely"))
    body = unescape("\n".join(lines[start + 1:end]))
    assert re.findall(r"\b[\w'’-]+\b", body) == re.findall(r"\b[\w'’-]+\b", letter.body)


def test_markdown_leaves_out_unknown_parts_without_placeholders() -> None:
    letter = dropbox_letter(recipient=Recipient(), subject=None,
                            sender=Sender(name="Ana Ruiz", email="ana@example.com"))
    text = render(letter, "md").decode()
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0] == "**Ana Ruiz**  \n<ana@example.com>"
    assert blocks[1] == "27 November 2026"
    assert blocks[2] == "Dear Dropbox hiring team,"
    assert "\n\n\n" not in text and "None" not in text and "Subject" not in text


@pytest.mark.parametrize(("text", "expected"), [
    ("*bold* and `code`", r"\*bold\* and \`code\`"),
    ("snake_case stays, _emphasis_ does not", r"snake_case stays, \_emphasis\_ does not"),
    ("# heading", r"\# heading"),
    ("- item", r"\- item"),
    ("+ item", r"\+ item"),
    ("> quote", r"\> quote"),
    ("12. März 2026", r"12\. März 2026"),
    ("---", r"\---"),
    ("a <b>tag</b> and 5 < 7", r"a \<b>tag\</b> and 5 < 7"),
    ("AT&T and &amp;", r"AT&T and \&amp;"),
    ("[Link](x) ~strike~", r"\[Link](x) \~strike\~"),
    ("from $5 to $6", r"from \$5 to \$6"),
    ("costs $5", "costs $5"),
    ("C:\\path\\*", r"C:\path\\\*"),
    ("Zoë & café, 2026-11-27", "Zoë & café, 2026-11-27"),
])
def test_markdown_escapes_only_what_would_become_markup(text: str, expected: str) -> None:
    assert escape(text) == expected
    assert unescape(escape(text)) == text


def test_markdown_has_no_raw_html_and_keeps_urls_whole() -> None:
    letter = dropbox_letter(paragraphs=[Paragraph("See <script>alert(1)</script> at https://x.example/a_b_c.")])
    text = render(letter, "md").decode()
    assert "<script" not in text.replace("\\<script", "")
    assert "https://x.example/a_b_c." in text


# --- plain text ------------------------------------------------------------------------------------------


def test_plain_text_wraps_paragraphs_at_78_columns_without_markup() -> None:
    letter = dropbox_letter()
    text = render(letter, "txt").decode()
    assert max(len(line) for line in text.splitlines()) <= 78
    assert "**" not in text and "<" not in text and "\\" not in text
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0].splitlines()[0] == "Richard Hendriks"
    assert blocks[3] == "Subject: Application for PhD Systems Intern"
    assert blocks[4] == "Dear Dropbox hiring team,"
    assert blocks[-1] == "Sincerely,\nRichard Hendriks"
    assert " ".join(" ".join(blocks[5:-1]).split()) == " ".join(letter.body.split())


def test_plain_text_never_breaks_a_url() -> None:
    url = "https://example.com/" + "a" * 90
    text = render(dropbox_letter(paragraphs=[Paragraph(f"My portfolio is at {url} and more.")]), "txt").decode()
    assert url in text.splitlines()


def test_subject_label_follows_the_language() -> None:
    assert subject_label("de") == ""  # DIN 5008: the subject stands alone, no "Betreff:"
    assert subject_label("fr-CA") == "Objet :"
    assert subject_label("xx") == "Subject:"
    text = render(dropbox_letter(language="de", subject="Bewerbung als Systems Intern"), "txt").decode()
    assert "\n\nBewerbung als Systems Intern\n\n" in text and "Betreff" not in text
    markdown = render(dropbox_letter(language="de", subject="Bewerbung als Systems Intern"), "md").decode()
    assert "\n**Bewerbung als Systems Intern**\n" in markdown and "Betreff" not in markdown
    french = render(dropbox_letter(language="fr", subject="Candidature au poste de X"), "txt").decode()
    assert "Objet : Candidature au poste de X" in french


# --- HTML ------------------------------------------------------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.html_lang: str | None = None
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "html":
            self.html_lang = values.get("lang")
        if tag == "a":
            self.links.append(values.get("href") or "")
        if tag in ("link", "img", "script", "iframe") or values.get("src"):
            self.external.append(tag)


def test_html_is_self_contained_with_lang_and_clickable_contacts() -> None:
    page = render(dropbox_letter(language="en-GB"), "html").decode()
    parsed = _Collector()
    parsed.feed(page)
    assert page.startswith("<!DOCTYPE html>")
    assert parsed.html_lang == "en-GB"
    assert parsed.external == [] and "@import" not in page and "url(" not in page
    assert "@page" in page and "serif" in page and "sans-serif" in page
    assert parsed.links == ["tel:+19125554321", "mailto:richard@example.com", "https://piedpiper.example.com",
                            "https://github.com/richard_h"]


def test_html_makes_markup_from_a_posting_inert() -> None:
    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    letter = dropbox_letter(
        recipient=Recipient(company=hostile),
        paragraphs=[Paragraph(f"Your posting said {hostile}; I say R&D.")],
        sender=Sender(name='Eve "<b>"', email="javascript:alert(1)", url="javascript:alert(2)"),
    )
    page = render(letter, "html").decode()
    parsed = _Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page or "&lt;script&gt;alert('x')" in page
    assert "R&amp;D" in page
    assert not any(link.startswith("javascript") for link in parsed.links)


def test_links_found_in_prose_and_contact_lines() -> None:
    segments = prose_segments("Mail me at a.b@example.co.uk, or see (https://x.example/p_(1)).")
    assert [(s.text, s.href) for s in segments if s.href] == [
        ("a.b@example.co.uk", "mailto:a.b@example.co.uk"), ("https://x.example/p_(1)", "https://x.example/p_(1)")]
    assert contact_href("linkedin.com/in/ana") == "https://linkedin.com/in/ana"
    assert contact_href("+44 20 7946 0958") == "tel:+442079460958"
    assert contact_href("Berlin, Germany") is None
    assert contact_href("javascript:alert(1)") is None

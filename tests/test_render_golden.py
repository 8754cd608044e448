"""Golden files for the text formats: a fixed letter with tricky content must render exactly as stored.

After an intended change to a renderer, refresh the files and review the diff:
    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_render_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coverletter.letter import Letter, Paragraph, Recipient, Sender
from coverletter.render import render

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def tricky_letter() -> Letter:
    """Accents, an ampersand, markup from a posting, a URL, an email, no phone and no company known."""
    return Letter(
        sender=Sender(
            name="Zoë Ångström-O'Neil",
            label="Systems engineer & *storage* researcher",
            address_lines=["12 Rue de l'Église", "75004 Paris"],
            email="zoe.angstrom@example.org",
            phone=None,
            url="https://zoe.example.org",
            links=["github.com/zoe_a"],
        ),
        date="27 November 2026",
        recipient=Recipient(name=None, company=None, address_lines=[]),
        salutation="Dear hiring team,",
        paragraphs=[
            Paragraph(
                "I am applying for the Research & Development Engineer role you posted. The posting's "
                "<script>alert('hi')</script> tag, its *stars* and _underscores_ should all come out as "
                "plain text, and my write-up at https://zoe.example.org/caches. should stay a working link.",
                ["work[0].highlights[0]"],
            ),
            Paragraph(
                "- A paragraph that starts like a list item, then names snake_case code, AT&T, R&D, "
                "5 < 7 and café crème, and ends with my email, zoe.angstrom@example.org.",
                ["projects[0]"],
            ),
            Paragraph("# Not a heading: 2026. was a good year, and [sic] brackets stay as they are."),
        ],
        closing="Sincerely,",
        signature="Zoë Ångström-O'Neil",
        subject="Application: R&D Engineer <Platform>",
        language="en",
    )


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_text_formats_match_their_golden_files(fmt: str) -> None:
    output = render(tricky_letter(), fmt).decode("utf-8")
    golden = GOLDEN / f"tricky-letter.{fmt}"
    if UPDATE:
        golden.write_text(output, encoding="utf-8", newline="\n")
    assert golden.is_file(), f"missing {golden}; run UPDATE_GOLDEN=1 pytest {__file__}"
    assert output == golden.read_text(encoding="utf-8")

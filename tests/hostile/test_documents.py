"""What is written: no control characters (from a profile or a model), no external links from a reference
DOCX, and formats that are not read (XML, RTF, ...) refused with a line naming the formats that are."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from expect import BACKED, one_line_error

from helpers import run_module

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples" / "profile.json"
POSTING = ROOT / "examples" / "posting.txt"
CONTROLS = ("\x1b", "\x07", "\x08", "\u202e")


def _profile_with_controls(tmp_path: Path) -> Path:
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    data["basics"]["name"] = "Maya \x1b[31mOkafor\x1b[0m-Lindqvist\x07"
    data["work"][0]["highlights"][0] = "\x1b]0;owned\x07" + data["work"][0]["highlights"][0] + "\u202e"
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx"])
def test_control_characters_from_a_profile_are_not_written(tmp_path, fmt):
    out = tmp_path / f"letter.{fmt}"
    done = run_module("generate", _profile_with_controls(tmp_path), POSTING, "--offline", "-o", out, timeout=60)
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    if fmt == "docx":
        with zipfile.ZipFile(out) as package:
            data = b"".join(package.read(name) for name in package.namelist() if name.endswith(".xml"))
    text = data.decode("utf-8")
    assert "Okafor" in text
    assert not [c for c in CONTROLS if c in text]


def test_control_characters_from_a_model_are_not_streamed_or_written(hostile_server, tmp_path):
    text = ("I am applying for the Research Intern role at Tidewater Labs. \x1b[2J\x1b]0;pwned\x07 Thank you\x07\x08 "
            "for\u202e reading.")
    reply = json.dumps({"paragraphs": [{"text": text, "evidence": []}, {"text": BACKED, "evidence": []}]})
    hostile_server.script.append(reply)
    out = tmp_path / "letter.md"
    done = run_module("generate", PROFILE, POSTING, "--base-url", hostile_server.url("script"), "--model", "m",
                      "--words", "5-400", "-o", out, timeout=60)
    assert done.returncode == 0, done.stderr
    shown = done.stdout + done.stderr + out.read_text(encoding="utf-8")
    assert "Research Intern role" in out.read_text(encoding="utf-8")
    assert not [c for c in CONTROLS if c in shown]


def _reference_with_external_links(path: Path) -> None:
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    settings_part = document.part._settings_part
    attached_template = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
    rid = settings_part.rels.get_or_add_ext_rel(attached_template, "http://evil.example/template.dotm")
    attached = OxmlElement("w:attachedTemplate")
    attached.set(qn("r:id"), rid)
    settings_part.element.append(attached)
    header = document.sections[0].header
    paragraph = header.paragraphs[0]
    link_id = header.part.relate_to("http://evil.example/track", RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), link_id)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "Letterhead Ltd"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    document.save(str(path))


def test_a_reference_docx_brings_no_external_link(tmp_path):
    reference = tmp_path / "ref.docx"
    _reference_with_external_links(reference)
    with zipfile.ZipFile(reference) as package:
        assert any(b"evil.example" in package.read(n) for n in package.namelist())
    out = tmp_path / "letter.docx"
    done = run_module("generate", PROFILE, POSTING, "--offline", "-o", out, "--reference-docx", reference, timeout=60)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        assert not [n for n in names if b"evil.example" in package.read(n)]
        assert not [n for n in names if b"attachedTemplate" in package.read(n)]
        assert any(b"Letterhead Ltd" in package.read(n) for n in names)  # the header's text stays


@pytest.mark.parametrize(("name", "text"), [
    ("posting.xml", '<?xml version="1.0"?>\n<job><title>Data Engineer</title><company>Acme</company></job>\n'),
    ("posting.txt", '<?xml version="1.0"?>\n<job><title>Data Engineer</title><company>Acme</company></job>\n'),
    ("posting.rtf", "{\\rtf1\\ansi Data Engineer at Acme. Requirements: Python, SQL.}\n"),
    ("posting.csv", "title,company\nData Engineer,Acme\n"),
])
def test_formats_that_are_not_read_are_refused(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    line = one_line_error(run_module("job", path, timeout=30), 2)
    assert "not read as a job posting" in line and "Markdown" in line


def test_an_xml_profile_is_refused(tmp_path):
    path = tmp_path / "profile.xml"
    path.write_text('<?xml version="1.0"?>\n<resume><name>Ada</name></resume>\n', encoding="utf-8")
    line = one_line_error(run_module("profile", path, timeout=30), 2)
    assert "not read as a profile" in line

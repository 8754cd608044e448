"""Job posting formats: HTML (JSON-LD, known boards, main-content extraction), PDF, JSON job, URL, language."""

from __future__ import annotations

import http.server
import io
import json
import re
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from coverletter.errors import InputError, JobError, ParseError
from coverletter.job import fetch, html, jsonld, language, load_job, pdf

from fixture_paths import FIXTURES, TEST_DATA
from wire import serving

JOBS = TEST_DATA / "jobs"
BAD = TEST_DATA / "bad"
SHARED_18F = FIXTURES / "jobs" / "11-visual-designer-18f.html"


def _truth(name: str) -> dict:
    return json.loads((JOBS / f"{name}.truth.json").read_text(encoding="utf-8"))


def _extract(path: Path) -> tuple[str, dict]:
    return html.extract_posting(path.read_text(encoding="utf-8"), source=path.name)


# --- JSON-LD -----------------------------------------------------------------------------------------------


def _page(*blocks: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body><p>hello</p></body></html>"


def test_jsonld_found_inside_graph_after_a_broken_block() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Jobs at Acme"},
            {"@type": ["JobPosting"], "title": "Welder", "hiringOrganization": [{"@type": "Organization",
                                                                                  "name": "Acme Metal"}]},
        ],
    }
    page = _page("{not json", json.dumps(graph))
    posting = jsonld.find_job_posting(page)
    assert posting is not None and posting["title"] == "Welder"
    assert jsonld.organization_name(posting) == "Acme Metal"


def test_jsonld_list_and_trailing_comma_and_comment_wrapper() -> None:
    block = '<!-- [{"@type": "Organization", "name": "X"}, {"@type": "JobPosting", "title": "Baker",},] -->'
    posting = jsonld.find_job_posting(_page(block))
    assert posting == {"@type": "JobPosting", "title": "Baker"}


def test_a_page_listing_several_jobs_is_not_one_posting() -> None:
    listing = {"@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "item": {"@type": "JobPosting", "title": "Welder"}},
        {"@type": "ListItem", "item": {"@type": "JobPosting", "title": "Painter"}},
    ]}
    with pytest.raises(JobError, match=r"jobs\.html: this page lists 2 jobs, not one posting"):
        html.extract_posting(_page(json.dumps(listing)), source="jobs.html")
    same = {"@type": "JobPosting", "title": "Welder", "description": "<p>" + "Weld steel. " * 30 + "</p>"}
    text, _ = html.extract_posting(_page(json.dumps(same), json.dumps(same)), source="job.html")
    assert text.startswith("Weld steel.")


def test_jsonld_page_without_posting() -> None:
    assert jsonld.find_job_posting(_page('{"@type": "BlogPosting", "headline": "CI"}')) is None
    assert jsonld.find_job_posting("<html><body>no scripts</body></html>") is None


def test_jsonld_fields_read_location_salary_type_and_remote() -> None:
    posting = {
        "@type": "JobPosting",
        "title": "Data Engineer &amp; Analyst",
        "hiringOrganization": "Quill",
        "jobLocation": [
            {"@type": "Place", "address": {"addressLocality": "Berlin", "addressRegion": "Berlin",
                                           "addressCountry": {"@type": "Country", "name": "DE"}}},
            {"@type": "Place", "address": {"addressLocality": "Lisbon", "addressCountry": "PT"}},
        ],
        "jobLocationType": "TELECOMMUTE",
        "employmentType": ["FULL_TIME", "CONTRACTOR"],
        "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                       "value": {"minValue": "60000", "maxValue": 75000.0, "unitText": "YEAR"}},
        "identifier": {"@type": "PropertyValue", "name": "Quill", "value": "R-12"},
        "datePosted": "2026-01-02",
    }
    found = jsonld.fields(posting)
    assert found["title"] == "Data Engineer & Analyst"
    assert found["company"] == "Quill"
    assert found["location"] == "Berlin, DE; Lisbon, PT"
    assert found["remote"] is True
    assert found["employment_type"] == "Full-time, Contract"
    assert found["compensation"] == "EUR 60,000–75,000 per year"
    assert found["identifier"] == "R-12"
    assert found["date_posted"] == "2026-01-02"


def test_jsonld_remote_unknown_when_not_telecommute() -> None:
    assert jsonld.is_remote({"jobLocationType": "ONSITE"}) is None
    assert jsonld.compensation({"baseSalary": {"currency": "USD", "value": 52000}}) == "USD 52,000"


# --- HTML to text --------------------------------------------------------------------------------------------


def test_html_to_text_keeps_headings_bullets_and_bold_titles() -> None:
    fragment = (
        "<h2>About us</h2><p>We bake bread.</p>"
        "<p><span><strong>What you bring</strong></span></p>"
        "<ul><li>Early <b>mornings</b></li><li>Flour<ul><li>rye</li></ul></li></ul>"
        "<ol><li>Apply</li><li>Interview</li></ol>"
        "<p>Line one<br>line two</p><table><tr><td>Pay</td><td>€15/h</td></tr></table>"
    )
    text = html.html_to_text(fragment)
    assert text.splitlines() == [
        "## About us", "", "We bake bread.", "", "### What you bring", "",
        "- Early mornings", "- Flour", "  - rye", "", "1. Apply", "2. Interview", "",
        "Line one", "line two", "", "Pay | €15/h",
    ]


def test_html_to_text_unescapes_escaped_html_and_plain_text_bullets() -> None:
    assert html.html_to_text("&lt;p&gt;&lt;strong&gt;Duties&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Sweep"
                             "&lt;/li&gt;&lt;/ul&gt;") == "### Duties\n\n- Sweep"
    twice = "&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Weld&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;"
    assert html.html_to_text(twice) == "- Weld"
    assert html.html_to_text("Tasks\n• Sweep\n• Mop") == "Tasks\n- Sweep\n- Mop"


def test_decode_html_follows_declared_charset_and_rejects_binary_and_empty() -> None:
    latin = '<html><head><meta charset="iso-8859-1"></head><body>Köln</body></html>'.encode("latin-1")
    assert "Köln" in html.decode_html(latin, source="p.html")
    assert "Köln" in html.decode_html("<p>Köln</p>".encode("cp1252"), source="p.html",
                                      content_type="text/html; charset=windows-1252")
    assert html.decode_html("\ufeff<p>Zürich</p>".encode(), source="p.html") == "<p>Zürich</p>"
    with pytest.raises(InputError, match="binary"):
        html.decode_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00", source="p.html")
    with pytest.raises(JobError, match="empty"):
        html.decode_html(b"  \n", source="p.html")


# --- HTML pages ------------------------------------------------------------------------------------------------

HTML_FIXTURES = ["greenhouse-jsonld", "lever-jsonld", "lever-nojsonld", "linkedin", "indeed", "workday"]


@pytest.mark.parametrize("name", HTML_FIXTURES)
def test_saved_pages_lose_their_chrome_and_keep_every_requirement(name: str) -> None:
    truth = _truth(name)
    text, _ = _extract(JOBS / f"{name}.html")
    for noise in truth["board_noise"]:
        assert noise not in text, f"{name}: board chrome {noise!r} leaked into the posting text"
    for line in truth["requirements"] + truth["preferred"] + truth.get("responsibilities", []):
        assert line in text, f"{name}: lost {line!r}"


@pytest.mark.parametrize(
    ("name", "method", "company", "title", "location"),
    [
        ("greenhouse-jsonld", "json-ld", "Fernhill Health", "Senior Backend Engineer, Payments", "Remote, US"),
        ("lever-jsonld", "json-ld", "Quillstone", "Data Engineer, Analytics Platform", "Amsterdam, Netherlands"),
        ("lever-nojsonld", "site:lever", "Brightwell Robotics", "Product Designer, Fleet Operations App",
         "Pittsburgh, PA"),
        ("linkedin", "site:linkedin", "Halvard Maps", "Machine Learning Engineer, Search Ranking", "Berlin, Germany"),
        ("indeed", "site:indeed", "Kestrel Valley Medical Center", "Registered Nurse – Cardiac Step-Down (Nights)",
         "Boise, ID 83706"),
        ("workday", "json-ld", "Harrowgate Industrial Group", "Senior Financial Analyst, FP&A",
         "Cleveland, Ohio, United States of America"),
    ],
)
def test_page_facts_come_from_markup_not_from_the_board(name, method, company, title, location) -> None:
    _, hints = _extract(JOBS / f"{name}.html")
    assert hints["method"] == method
    assert (hints["company"], hints["title"], hints["location"]) == (company, title, location)
    assert hints.get("site_name") != hints["company"]


@pytest.mark.parametrize(
    ("name", "workplace", "remote", "employment_type"),
    [("linkedin", "hybrid", None, "Full-time"), ("lever-jsonld", "hybrid", None, "Full-time"),
     ("lever-nojsonld", "on-site", False, "Full-time"), ("workday", "hybrid", None, "Full-time"),
     ("indeed", None, None, "Full-time")],
)
def test_board_labels_give_workplace_and_employment_type(name, workplace, remote, employment_type) -> None:
    _, hints = _extract(JOBS / f"{name}.html")
    assert (hints.get("workplace"), hints.get("remote"), hints["employment_type"]) == (
        workplace, remote, employment_type)


def test_recruiters_page_names_the_agency_but_does_not_trust_it() -> None:
    text, hints = _extract(JOBS / "linkedin-recruiter-jsonld.html")
    assert hints["method"] == "json-ld" and hints["company"] == "Hollis & Crane Recruitment"
    assert "company" not in html.parser_hints(hints, text)["trusted"]
    for chrome in ("Join now", "Over 200 applicants", "Show more", "Seniority level", "Referrals increase",
                   "Similar jobs", "Sign in to see who you already know"):
        assert chrome not in text


def test_jsonld_hints_carry_salary_remote_and_dates() -> None:
    _, hints = _extract(JOBS / "greenhouse-jsonld.html")
    assert hints["remote"] is True
    assert hints["compensation"] == "USD 168,000–205,000 per year"
    assert hints["employment_type"] == "Full-time"
    assert (hints["date_posted"], hints["valid_through"]) == ("2026-10-14", "2027-01-14")
    assert hints["applicant_location"] == "United States"


def test_jsonld_separate_requirement_properties_join_the_description() -> None:
    posting = {"@type": "JobPosting", "title": "Baker", "hiringOrganization": {"name": "Crumb & Co"},
               "description": "<p>We bake sourdough for 40 cafés in Leeds and need a second pair of hands.</p>"
                              "<p>Nights, four days a week, in our Holbeck bakery next to the station.</p>",
               "qualifications": "<ul><li>Two years in a craft bakery</li><li>Food hygiene level 2</li></ul>",
               "responsibilities": ["Shape and bake 600 loaves a night", "Keep the production log"],
               "skills": "Sourdough, laminated doughs"}
    text, hints = html.extract_posting(_page(json.dumps(posting)), source="x.html")
    assert "## Qualifications\n\n- Two years in a craft bakery\n- Food hygiene level 2" in text
    assert "## Responsibilities\n\n- Shape and bake 600 loaves a night\n- Keep the production log" in text
    assert "## Skills\n\n- Sourdough, laminated doughs" in text
    assert hints["method"] == "json-ld" and sorted(hints["trusted"]) == ["company", "title"]


def test_short_jsonld_description_falls_back_to_the_page_with_jsonld_facts() -> None:
    posting = {"@type": "JobPosting", "title": "Welder", "description": "See the full posting on our site.",
               "hiringOrganization": {"name": "Acme Metal"}}
    items = "".join(f"<li>Requirement {i}: MIG and TIG welding on stainless steel</li>" for i in range(6))
    page = (f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body>'
            f'<nav>Home | Jobs</nav><main><h1>Welder</h1><p>Join our fabrication shop in Sheffield.</p>'
            f"<h2>Requirements</h2><ul>{items}</ul><h2>What you'll do</h2><p>You will weld frames.</p></main>"
            f"<footer>© Acme</footer></body></html>")
    text, hints = html.extract_posting(page, source="x.html")
    assert hints["method"] in ("json-ld+trafilatura", "json-ld+lxml")
    assert (hints["company"], hints["title"]) == ("Acme Metal", "Welder")
    assert "Requirement 5: MIG and TIG welding on stainless steel" in text
    assert "Home | Jobs" not in text and "© Acme" not in text


def test_parser_hints_keep_a_recruiters_client_unnamed() -> None:
    facts = {"company": "Northbridge Talent", "title": "DevOps Engineer", "trusted": ["company", "title"],
             "date_posted": "2026-11-01", "site_name": "LinkedIn", "domains": ["www.linkedin.com"]}
    out = html.parser_hints(facts, "Our client, a fintech in London, is hiring a DevOps Engineer.")
    assert out["trusted"] == ["title"]
    assert out["company"] == "Northbridge Talent"  # a candidate the text overrules
    assert (out["posted"], out["boards"], out["domains"]) == ("2026-11-01", ["LinkedIn"], ["www.linkedin.com"])
    assert html.parser_hints(facts, "Northbridge Talent is hiring a DevOps Engineer.")["trusted"] == [
        "company", "title"]


def test_employer_named_by_a_careers_site_title() -> None:
    body = "At Frutas Albufera we pack citrus."
    assert html.company_from_site(["Trabaja con nosotros – Frutas Albufera",
                                   "Mecánico | Empleo en Frutas Albufera"], body) == "Frutas Albufera"
    assert html.company_from_site(["Careers at Indeed"], "Indeed is hiring") is None
    assert html.company_from_site(["Jobs at Nowhere Ltd"], body) is None


def test_gov_page_main_content_without_banner_nav_footer_or_scripts(shared_fixtures: Path) -> None:
    text, hints = _extract(SHARED_18F)
    assert hints["method"] == "trafilatura"
    assert text.startswith("# 18F - Visual Designer")
    for chrome in ("An official website of the United States government", "Skip to main content",
                   "Sign up for job alerts", "Back to all jobs", "This job posting has closed.", "gtag(",
                   "Looking for U.S. government information", "layout: raw"):
        assert chrome not in text
    assert "- Designing for desktop and mobile devices" in text
    assert "## Qualifications" in text


def test_gov_page_with_the_lxml_extractor_when_trafilatura_cannot_load(
    shared_fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now fails, as with a broken install
    text, hints = _extract(SHARED_18F)
    assert hints["method"] == "lxml"
    assert "Experience leading the design of digital products" in text
    assert "  - Conducting visual identity or brand design" in text
    for chrome in ("An official website of the United States government", "Open and upcoming jobs",
                   "This job posting has closed.", "gtag(", "Visit USA.gov"):
        assert chrome not in text


@pytest.mark.parametrize("name", ["not-a-job.html", "login-wall.html"])
def test_page_without_a_posting_is_one_clear_error(name: str) -> None:
    with pytest.raises(JobError) as caught:
        _extract(BAD / name)
    assert str(caught.value) == f"{name}: {html.NO_POSTING}"


@pytest.mark.parametrize("body", [
    "<h1>Sviluppatore backend</h1><p>Cerchiamo uno sviluppatore per il nostro team di Milano, con sede in centro "
    "e smart working due giorni a settimana.</p><h2>Mansioni</h2><ul><li>Sviluppare servizi in Java</li>"
    "<li>Scrivere test automatici</li></ul><h2>Requisiti</h2><ul><li>Tre anni di esperienza con Spring</li>"
    "<li>Buona conoscenza di SQL</li></ul><h2>Offriamo</h2><p>Contratto a tempo indeterminato e buoni pasto.</p>",
    "<h1>Backend ontwikkelaar</h1><p>Wij zoeken een ontwikkelaar voor ons team in Utrecht, vier dagen per week, "
    "met een goed salaris.</p><h2>Wat ga je doen</h2><ul><li>Je bouwt services in Go</li><li>Je schrijft tests"
    "</li></ul><h2>Functie-eisen</h2><ul><li>Drie jaar ervaring met Go</li><li>Kennis van PostgreSQL</li></ul>"
    "<h2>Wat wij bieden</h2><p>Een vast contract.</p>",
])
def test_postings_in_other_languages_are_recognised(body: str) -> None:
    text, _ = html.extract_posting(f"<html><body><main>{body}</main></body></html>", source="x.html")
    assert "Spring" in text or "PostgreSQL" in text


def test_empty_and_unparseable_html_is_no_posting() -> None:
    for page in ("", "   ", "<html></html>", "<?xml version='1.0' encoding='utf-8'?><html><body></body></html>"):
        with pytest.raises(JobError, match="no job posting found"):
            html.extract_posting(page, source="x.html")


def test_wrapper_with_a_chrome_class_is_kept() -> None:
    body = "".join(f"<li>Requirement number {i}: five years of experience with welding</li>" for i in range(8))
    page = (f'<html><body><div class="modal-open app"><h1>Welder</h1><h2>Requirements</h2><ul>{body}</ul>'
            '<h2>Responsibilities</h2><p>You will weld.</p></div>'
            '<div class="cookie-consent">We use cookies</div></body></html>')
    text, _ = html.extract_posting(page, source="x.html")
    assert "Requirement number 7" in text
    assert "We use cookies" not in text


# --- PDF --------------------------------------------------------------------------------------------------------


def _blank_pdf(password: str | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    if password:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_text_layer_without_running_header_footer_and_with_wrapped_bullets_joined() -> None:
    truth = _truth("pdf-posting")
    text = pdf.pdf_text((JOBS / "pdf-posting.pdf").read_bytes(), source="pdf-posting.pdf")
    lines = text.splitlines()
    assert lines[0] == "Environmental, Health & Safety Coordinator"
    for noise in truth["board_noise"]:
        assert noise not in text
    for line in truth["requirements"] + truth["preferred"] + truth["responsibilities"]:
        assert f"- {line}" in lines, f"lost or broken: {line!r}"
    assert "What you bring" in lines and lines[lines.index("What you bring") - 1] == ""


def test_pdf_generator_still_makes_the_committed_fixture() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdf", JOBS / "_make_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == (JOBS / "pdf-posting.pdf").read_bytes()


def test_pdf_without_text_layer_is_one_clear_error() -> None:
    with pytest.raises(JobError) as caught:
        pdf.pdf_text(_blank_pdf(), source="scan.pdf")
    assert str(caught.value).startswith("scan.pdf: this PDF has no text layer (a scan?); ")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"hello, not a pdf", "is not a PDF"),
        (b"%PDF-1.4\nbroken body\n%%EOF", "is not a readable PDF"),
    ],
)
def test_broken_pdfs_are_one_line_errors(data: bytes, message: str) -> None:
    with pytest.raises((ParseError, JobError)) as caught:
        pdf.pdf_text(data, source="x.pdf")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_password_protected_pdf_is_one_clear_error() -> None:
    with pytest.raises(ParseError, match=r"x\.pdf: is a password-protected PDF"):
        pdf.pdf_text(_blank_pdf("secret"), source="x.pdf")


def test_tidy_pdf_text_drops_page_numbers_and_running_lines() -> None:
    pages = ["ACME Careers\nJob title\n• one\n  wrapped part\n1", "ACME Careers\nMore text.\nPage 2 of 2"]
    assert pdf.tidy_pdf_text(pages) == "Job title\n\n- one wrapped part\n\nMore text."


# --- language ----------------------------------------------------------------------------------------------------

SAMPLES = {
    "en": "We are looking for a nurse who will join our team and care for patients with the support of the unit.",
    "de": "Wir suchen ab sofort eine Pflegefachkraft (m/w/d) für unser Team. Sie betreuen Patienten und sind für "
          "die Dokumentation zuständig.",
    "fr": "Nous recherchons une infirmière pour rejoindre notre équipe. Vous serez en charge du suivi des patients "
          "et de la coordination des soins.",
    "es": "Buscamos una enfermera para unirse a nuestro equipo. Serás responsable del cuidado de los pacientes y "
          "de la coordinación con los médicos.",
    "it": "Cerchiamo un infermiere per il nostro reparto. Sarà responsabile della cura dei pazienti e della "
          "documentazione.",
    "nl": "Wij zoeken een verpleegkundige voor ons team. Je werkt aan de zorg van de patiënten en de planning van "
          "het werk.",
    "pt": "Procuramos um enfermeiro para a nossa equipe. Você será responsável pelo cuidado dos pacientes e não "
          "apenas pela documentação.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detect_language(code: str) -> None:
    assert language.detect_language(SAMPLES[code]) == code


@pytest.mark.parametrize(("name", "code"), [("de-stellenanzeige.txt", "de"), ("fr-offre.md", "fr"),
                                            ("recruiter-unnamed.txt", "en")])
def test_detect_language_of_fixtures(name: str, code: str) -> None:
    assert language.detect_language((JOBS / name).read_text(encoding="utf-8")) == code


def test_language_defaults_to_english_when_unsure() -> None:
    assert language.detect_language("") == "en"
    assert language.detect_language("Python, SQL, AWS, Kubernetes") == "en"


# --- URL fetching (loopback server only) -------------------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        if self.path == "/job":
            body = b"<html><body><h1>Welder</h1></body></html>"
            _Handler.agents.append(self.headers.get("User-Agent", ""))  # before answering: the client may check at once
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/posting":
            body = (JOBS / "greenhouse-jsonld.html").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/gzip":
            import gzip

            body = gzip.compress("<html><body><p>Köln</p></body></html>".encode())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":
            time.sleep(1.0)
            self.send_response(200)
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"x" * 5000)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    """A web server on 127.0.0.1 (HTTP/1.0: a page without a length ends when the connection closes)."""
    with serving(_Handler, lambda port: f"http://127.0.0.1:{port}", poll_interval=0.5) as url:
        yield url


@pytest.mark.parametrize(
    ("arg", "expected"),
    [("https://jobs.lever.co/acme/123", True), ("http://127.0.0.1:8000/job", True), ("HTTPS://EXAMPLE.COM", True),
     ("posting.html", False), ("-", False), ("ftp://example.com/job.txt", False), ("file:///tmp/job.html", False),
     ("https://", False), ("C:\\jobs\\posting.txt", False), ("www.example.com/job", False)],
)
def test_is_url(arg: str, expected: bool) -> None:
    assert fetch.is_url(arg) is expected


def test_fetch_url_returns_body_and_content_type(server: str) -> None:
    body, content_type = fetch.fetch_url(f"{server}/job", timeout=5)
    assert body.startswith(b"<html>") and content_type == "text/html; charset=utf-8"
    assert fetch.kind_of(content_type, f"{server}/job", body) == "html"
    assert "coverletter/" in _Handler.agents[-1]


def test_fetch_url_unpacks_a_gzip_body(server: str) -> None:
    body, _ = fetch.fetch_url(f"{server}/gzip", timeout=5)
    assert body.decode() == "<html><body><p>Köln</p></body></html>"


def test_fetch_url_http_status_is_one_line(server: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch.fetch_url(f"{server}/gone", timeout=5)
    message = str(caught.value)
    assert message.startswith(f"{server}/gone: the server answered HTTP 404")
    assert "taken down" in message and "\n" not in message


def test_fetch_url_timeout(server: str) -> None:
    with pytest.raises(InputError, match=r"no answer within 0\.3 s"):
        fetch.fetch_url(f"{server}/slow", timeout=0.3)


def test_fetch_url_size_cap(server: str) -> None:
    with pytest.raises(InputError, match="larger than"):
        fetch.fetch_url(f"{server}/big", timeout=5, max_bytes=1024)


def test_fetch_url_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(InputError, match="refused the connection"):
        fetch.fetch_url(f"http://127.0.0.1:{port}/job", timeout=5)


def test_fetch_error_for_dns_failure_names_the_host() -> None:
    import urllib.error

    error = fetch._url_error("https://jobs.nowhere.invalid/1", urllib.error.URLError(socket.gaierror(-2, "Name or "
                             "service not known")), 15)
    assert str(error) == ("https://jobs.nowhere.invalid/1: cannot find the host jobs.nowhere.invalid (DNS lookup "
                          "failed) (check the URL and your network connection)")


def test_fetch_rejects_non_http() -> None:
    with pytest.raises(InputError, match="not an http"):
        fetch.fetch_url("file:///etc/passwd")


@pytest.mark.parametrize(
    ("content_type", "url", "body", "kind"),
    [("application/pdf", "", b"", "pdf"), ("application/octet-stream", "", b"%PDF-1.7", "pdf"),
     ("application/json; charset=utf-8", "", b"{}", "json"), ("text/plain", "", b"Welder", "text"),
     ("", "https://x.example/job.html", b"", "html"), ("application/xhtml+xml", "", b"", "html")],
)
def test_kind_of_fetched_body(content_type: str, url: str, body: bytes, kind: str) -> None:
    assert fetch.kind_of(content_type, url, body) == kind


# --- JSON job (JSON Resume's job schema) -----------------------------------------------------------------------

SAMPLE_JOB = FIXTURES / "jsonresume-schema" / "sample.job.json"


def test_json_resume_sample_job_loads(shared_fixtures: Path) -> None:
    from coverletter.job.jsonjob import parse_json_job

    job = parse_json_job(SAMPLE_JOB.read_text(encoding="utf-8"), source=str(SAMPLE_JOB))
    sample = json.loads(SAMPLE_JOB.read_text(encoding="utf-8"))
    assert (job.title, job.company, job.employment_type) == ("Web Developer", "Microsoft", "Full-time")
    assert job.location == "Berlin, DE"
    assert job.remote is None and job.extra["workplace"] == "hybrid"
    assert job.compensation == "100000"
    assert job.requirements == sample["qualifications"]
    assert job.responsibilities == sample["responsibilities"]
    assert {"HTML", "CSS", "JavaScript", "React", "Node.js", "SQL", "MongoDB"} <= set(job.skills)
    assert job.extra["date"] == "2024-07" and job.extra["experience"] == "Mid-level"
    assert job.source_format == "json"


def test_json_job_bad_json_names_line_and_column() -> None:
    from coverletter.job.jsonjob import parse_json_job

    with pytest.raises(ParseError) as caught:
        parse_json_job('{\n  "title": "Welder",\n  "company": Acme\n}', source="job.json")
    assert (caught.value.line, caught.value.column) == (3, 14)
    assert str(caught.value).startswith("job.json:3:14: is not valid JSON")


@pytest.mark.parametrize("text", ["[1, 2]", '"a string"', '{"meta": {"version": "v1"}}'])
def test_json_that_is_not_a_job_is_one_clear_error(text: str) -> None:
    from coverletter.job.jsonjob import parse_json_job

    with pytest.raises(JobError, match=r"job\.json: is JSON but"):
        parse_json_job(text, source="job.json")


def test_json_file_holding_a_schema_org_job_posting() -> None:
    from coverletter.job.jsonjob import parse_json_job

    posting = {
        "@context": "https://schema.org", "@type": "JobPosting", "title": "Line Cook",
        "hiringOrganization": {"@type": "Organization", "name": "Osteria Lupa"},
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "Turin", "addressCountry": "IT"}},
        "jobLocationType": "TELECOMMUTE",
        "description": "<p>Fresh pasta every day.</p><h3>Requirements</h3><ul><li>2 years on a hot line</li>"
                       "<li>Food safety certificate</li></ul>",
    }
    job = parse_json_job(json.dumps(posting), source="cook.json")
    assert (job.title, job.company, job.location, job.remote) == ("Line Cook", "Osteria Lupa", "Turin, IT", True)
    assert job.requirements == ["2 years on a hot line", "Food safety certificate"]


# --- through load_job: formats, URL and bad input ---------------------------------------------------------------


def test_load_job_fetches_a_url_and_reads_its_html(server: str) -> None:
    from coverletter.api import load_job

    job = load_job(f"{server}/posting")
    assert (job.company, job.title) == ("Fernhill Health", "Senior Backend Engineer, Payments")
    assert job.source == f"{server}/posting" and job.source_format == "html"


@pytest.mark.parametrize(("name", "data", "error", "message"), [
    ("empty.html", b"", JobError, "empty"),
    ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", InputError, "binary"),
    ("scan.pdf", None, JobError, "this PDF has no text layer (a scan?)"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj <<", ParseError, "is not a readable PDF"),
])
def test_load_job_bad_input_is_one_clear_line(tmp_path: Path, name: str, data: bytes | None, error: type,
                                              message: str) -> None:
    from coverletter.api import load_job

    path = tmp_path / name
    path.write_bytes(_blank_pdf() if data is None else data)
    with pytest.raises(error) as caught:
        load_job(path)
    assert message in str(caught.value) and str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_load_job_page_without_posting() -> None:
    from coverletter.api import load_job

    with pytest.raises(JobError, match="no job posting found in this HTML page"):
        load_job(BAD / "not-a-job.html")


def test_a_saved_page_in_a_legacy_charset_is_decoded_by_its_meta_tag(tmp_path: Path) -> None:
    page = (JOBS / "es-oferta.html").read_text(encoding="utf-8")
    page = re.sub(r'<meta charset="[^"]+"\s*/?>', '<meta charset="windows-1252">', page, flags=re.I)
    assert 'charset="windows-1252"' in page
    legacy = tmp_path / "oferta-cp1252.html"
    legacy.write_bytes(page.encode("cp1252", errors="strict"))
    expected = load_job(JOBS / "es-oferta.html")
    job = load_job(legacy)
    assert job.company == expected.company
    assert job.title == expected.title
    assert job.requirements == expected.requirements

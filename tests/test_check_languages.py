"""Checks in every language: the cliché list, the placeholders and the word band follow the body's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coverletter.check import check_letter
from coverletter.job.model import Job
from coverletter.letter import Letter, Paragraph, Recipient, Sender
from coverletter.paths import data_file
from coverletter.profile.model import Profile
from coverletter.style import find_cliches, find_placeholders, load_cliches
from coverletter.style.letter_locale import LANGUAGES, length_band

GERMAN_BODY = (
    "Hiermit bewerbe ich mich um die Stelle als Datenanalystin bei der Fabrikam GmbH. In den letzten vier Jahren "
    "habe ich bei Northwind Traders die Rechnungsprüfung automatisiert und die Bearbeitungszeit um 40 Prozent "
    "gesenkt. Dabei habe ich Python und SQL täglich eingesetzt und die Berichte für die Geschäftsführung selbst "
    "geschrieben. Ich bin flexibel und arbeite gern mit den Kolleginnen und Kollegen aus dem Vertrieb zusammen.")
ENGLISH_BODY = (
    "I am applying for the Data Analyst role at Fabrikam. At Northwind Traders I automated invoice checks and cut "
    "the processing time by 40 percent, using Python and SQL every day, and I wrote the monthly reports for the "
    "management team myself. I am a team player and I enjoy working with colleagues from sales and finance.")


@pytest.fixture
def profile() -> Profile:
    return Profile.from_dict({"basics": {"name": "Ada Example"},
                              "work": [{"name": "Northwind Traders", "position": "Analyst",
                                        "highlights": ["Cut invoice processing time by 40% with Python and SQL"]}],
                              "skills": [{"name": "Python"}, {"name": "SQL"}]}, source="ada.json")


@pytest.fixture
def job() -> Job:
    return Job(raw_text="Datenanalyst (m/w/d) bei Fabrikam", source="job.txt", company="Fabrikam GmbH",
               title="Datenanalystin", language="de")


def _letter(body: str, language: str) -> Letter:
    return Letter(sender=Sender(name="Ada Example"), date="1. Dezember 2026", recipient=Recipient(company="Fabrikam"),
                  salutation="Sehr geehrte Damen und Herren,", paragraphs=[Paragraph(body)],
                  closing="Mit freundlichen Grüßen", signature="Ada Example", language=language)


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_every_language_has_a_sourced_cliche_list(code: str) -> None:
    path = data_file(f"cliches-{code}.txt")
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    sources = [line for line in header if re.search(r"https?://|\.(?:de|fr|com|it|pt|eu|nl)/", line)]
    phrases = load_cliches(code)
    assert sources and phrases
    tags = set(re.findall(r"\[(\w{3})\]", "\n".join(header)))
    for line in path.read_text(encoding="utf-8").splitlines():  # every phrase names the source it is from
        if line.strip() and not line.startswith("#"):
            assert set(re.findall(r"\[(\w{3})\]", line)) & tags, line


@pytest.mark.parametrize("code", ["de", "fr", "es", "it", "nl", "pt"])
def test_every_language_list_holds_at_least_twenty_phrases(code: str) -> None:
    assert len(load_cliches(code)) >= 20  # each with a published source (the test above)


def test_a_german_body_is_checked_against_the_german_list_and_band(profile: Profile, job: Job) -> None:
    report = check_letter(_letter(GERMAN_BODY, "de"), profile, job)
    checks = {c.name: c for c in report.checks}
    assert "Hiermit bewerbe ich mich" in report.cliches and "Ich bin flexibel" in report.cliches
    assert "team player" not in " ".join(report.cliches)
    assert report.words == length_band("de", (250, 400)) == (288, 460)
    assert "for German" in checks["length"].detail


def test_an_english_body_under_a_german_frame_is_checked_as_english(profile: Profile, job: Job) -> None:
    report = check_letter(_letter(ENGLISH_BODY, "de"), profile, job)
    assert report.cliches == ["team player"]
    assert report.words == (250, 400)


def test_placeholders_of_each_language_are_found(profile: Profile, job: Job) -> None:
    assert find_placeholders("Ich möchte bei Firmenname arbeiten.", "de")
    assert find_placeholders("Je souhaite rejoindre Nom de l’entreprise.", "fr")
    assert find_placeholders("Quiero trabajar en Nombre de la empresa.", "es")
    assert find_placeholders("Vorrei lavorare presso Nome dell'azienda.", "it")
    assert find_placeholders("Ik wil graag werken bij Naam van het bedrijf.", "nl")
    assert find_placeholders("Quero trabalhar na Nome da empresa.", "pt")
    assert not find_placeholders("Ich möchte bei Fabrikam arbeiten.", "de")
    assert not find_placeholders("Firmenname", "en")  # another language's stand-ins are not looked for
    body = GERMAN_BODY.replace("der Fabrikam GmbH", "[Firmenname]")
    checks = {c.name: c for c in check_letter(_letter(body, "de"), profile, job).checks}
    assert not checks["placeholders"].ok and "Firmenname" in checks["placeholders"].detail


def test_the_users_own_list_of_a_language_adds_and_removes(isolated_user_dir: Path) -> None:
    (isolated_user_dir / "cliches-de.txt").write_text("-teamfähig\nleidenschaftlich gern\n", encoding="utf-8")
    phrases = load_cliches("de")
    assert "leidenschaftlich gern" in phrases and "teamfähig" not in phrases
    assert "leidenschaftlich gern" not in load_cliches("fr")
    assert find_cliches("Ich programmiere leidenschaftlich gern.", phrases) == ["leidenschaftlich gern"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_frame_of_a_letter_in_each_language_is_not_read_as_body(code: str) -> None:
    import datetime

    from coverletter.check.frame import body_of
    from coverletter.render import render
    from coverletter.write.frame import letter_frame

    profile = Profile.from_dict({"basics": {"name": "Ada Example", "email": "ada@example.org",
                                            "location": {"city": "Lyon", "countryCode": "FR"}}}, source="ada.json")
    job = Job(raw_text="posting", source="job.txt", company="Fabrikam", title="Analyste", location="Paris")
    letter = letter_frame(profile, job, language=code, today=datetime.date(2026, 12, 1))
    letter.paragraphs = [Paragraph(ENGLISH_BODY)]
    for fmt in ("md", "txt"):
        assert " ".join(body_of(render(letter, fmt).decode()).split()) == ENGLISH_BODY, (code, fmt)

"""The letter frame: sender block, date, recipient, subject, salutation, closing and signature from code."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from coverletter.errors import ProfileError
from coverletter.job.model import Job
from coverletter.profile.model import Profile
from coverletter.write.frame import format_date, letter_frame, resolve_language

from fixture_paths import SAMPLE_PROFILE

DAY = datetime.date(2026, 11, 27)


def _profile(**basics: object) -> Profile:
    return Profile.from_dict({"basics": {"name": "Ada Lovelace", **basics}}, source="ada.json")


def _job(**fields: object) -> Job:
    values: dict = {"raw_text": "posting", "source": "posting.txt", "company": "Dropbox",
                    "title": "Systems Intern", **fields}
    return Job(**values)


def test_sender_block_from_a_full_profile(shared_fixtures: Path) -> None:
    profile = Profile.from_dict(json.loads(SAMPLE_PROFILE.read_text()), source=str(SAMPLE_PROFILE))
    letter = letter_frame(profile, _job(), today=DAY)
    sender = letter.sender
    assert sender.name == "Richard Hendriks"
    assert sender.address_lines == ["2712 Broadway St", "San Francisco, CA 94115"]
    assert sender.email == "richard.hendriks@mail.com"
    assert sender.phone == "(912) 555-4321"
    assert sender.url == "http://richardhendricks.example.com"
    assert "https://soundcloud.example.com/dandymusicnl" in sender.links
    assert letter.signature == "Richard Hendriks"
    assert letter.paragraphs == []


def test_only_the_location_parts_present_are_used() -> None:
    letter = letter_frame(_profile(location={"city": "Berlin", "countryCode": "DE"}), _job(), today=DAY)
    assert letter.sender.address_lines == ["Berlin", "DE"]
    letter = letter_frame(_profile(location={"postalCode": "10115"}), _job(), today=DAY)
    assert letter.sender.address_lines == ["10115"]
    letter = letter_frame(_profile(), _job(), today=DAY)
    assert letter.sender.address_lines == []
    assert letter.sender.contact_lines == []


def test_social_profile_without_url_shows_network_and_username() -> None:
    letter = letter_frame(_profile(profiles=[{"network": "GitHub", "username": "ada"}]), _job(), today=DAY)
    assert letter.sender.links == ["GitHub: ada"]


@pytest.mark.parametrize(
    ("language", "date", "salutation", "closing", "subject"),
    [
        ("en", "27 November 2026", "Dear Dropbox hiring team,", "Sincerely,", "Application: Systems Intern"),
        ("de", "27. November 2026", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen",
         "Bewerbung als Systems Intern"),
        ("fr", "27 novembre 2026", "Madame, Monsieur,",
         "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
         "Candidature au poste de Systems Intern"),
        ("es", "27 de noviembre de 2026", "Estimado equipo de selección de Dropbox:", "Atentamente,",
         "Candidatura al puesto de Systems Intern"),
        ("nl", "27 november 2026", "Geachte heer/mevrouw,", "Met vriendelijke groet,",
         "Sollicitatie naar de functie van Systems Intern"),
        ("it", "27 novembre 2026", "Gentile Responsabile della selezione,", "Cordiali saluti",
         "Candidatura per la posizione di Systems Intern"),
        ("pt", "27 de novembro de 2026", "Prezado(a) recrutador(a),", "Atenciosamente,",
         "Candidatura à vaga de Systems Intern"),
    ],
)
def test_language_variants(language: str, date: str, salutation: str, closing: str, subject: str) -> None:
    letter = letter_frame(_profile(), _job(), language=language, today=DAY)
    assert (letter.date, letter.salutation, letter.closing, letter.subject) == (date, salutation, closing, subject)
    assert letter.language == language


def test_missing_company_gives_a_generic_salutation_and_no_placeholder() -> None:
    letter = letter_frame(_profile(), _job(company=None), today=DAY)
    assert letter.salutation == "Dear Hiring Manager,"
    assert letter.recipient.company is None
    assert letter.recipient.lines == []
    es = letter_frame(_profile(), _job(company=None), language="es", today=DAY)
    assert es.salutation == "Estimado equipo de selección:"


def test_missing_title_drops_the_subject_line() -> None:
    assert letter_frame(_profile(), _job(title=None), today=DAY).subject is None
    assert letter_frame(_profile(), _job(title="  "), today=DAY).subject is None


def test_language_comes_from_the_posting_and_unknown_ones_fall_back_to_english() -> None:
    assert letter_frame(_profile(), _job(language="de"), today=DAY).salutation == "Sehr geehrte Damen und Herren,"
    assert letter_frame(_profile(), _job(language="it"), today=DAY).language == "it"
    assert letter_frame(_profile(), _job(language="ja"), today=DAY).language == "en"
    assert letter_frame(_profile(), _job(language="de"), language="nl", today=DAY).language == "nl"
    assert resolve_language("fr_FR") == "fr"
    assert resolve_language("German") == "de"
    assert resolve_language(None) == "en"


def test_recipient_keeps_a_postal_location_but_not_a_remote_one() -> None:
    assert letter_frame(_profile(), _job(location="Berlin, Germany"), today=DAY).recipient.lines == [
        "Dropbox", "Berlin, Germany"]
    assert letter_frame(_profile(), _job(location="Remote - US"), today=DAY).recipient.lines == ["Dropbox"]


def test_dates_in_every_month_and_the_first_of_the_month_in_french() -> None:
    assert format_date(datetime.date(2026, 1, 1), "fr") == "1er janvier 2026"
    assert format_date(datetime.date(2026, 3, 5), "de") == "5. März 2026"
    assert format_date(datetime.date(2026, 8, 9), "es") == "9 de agosto de 2026"


@pytest.mark.parametrize(("language", "country", "written"), [
    ("en", "US", "December 1, 2026"), ("en", "CA", "December 1, 2026"), ("en", "GB", "1 December 2026"),
    ("en", "DE", "1 December 2026"), ("en", None, "1 December 2026"), ("de", "US", "1. Dezember 2026"),
    ("de", "AT", "1. Dezember 2026"), ("nl", "BE", "1 december 2026"), ("it", None, "1 dicembre 2026"),
    ("pt", "BR", "1 de dezembro de 2026"), ("fr", "CA", "1er décembre 2026")])
def test_dates_are_written_the_way_the_senders_country_writes_them(language: str, country: str | None,
                                                                   written: str) -> None:
    assert format_date(datetime.date(2026, 12, 1), language, country) == written


def test_a_us_sender_dates_the_letter_month_first() -> None:
    letter = letter_frame(_profile(location={"city": "Madison", "countryCode": "US"}), _job(), today=DAY)
    assert letter.date == "November 27, 2026" and letter.meta.country == "US"
    german = letter_frame(_profile(location={"city": "Madison", "countryCode": "US"}), _job(), language="de",
                          today=DAY)
    assert german.date == "27. November 2026"


def test_generate_greets_the_contact_given(capsys: pytest.CaptureFixture[str]) -> None:
    from fixture_paths import ROOT
    from helpers import run_cli

    code, out, _ = run_cli(capsys, "generate", str(ROOT / "examples" / "profile.json"),
                           str(ROOT / "examples" / "posting.txt"), "--date", "2026-12-01", "--language", "de",
                           "--contact", "Frau Dr. Weber")
    assert code == 0 and "\nSehr geehrte Frau Dr. Weber,\n" in out and "Frau Dr. Weber" in out.split("Sehr")[0]


def test_french_elides_de_before_a_vowel_in_the_subject() -> None:
    assert letter_frame(_profile(), _job(title="Acheteur projet"), language="fr", today=DAY).subject == \
        "Candidature au poste d'Acheteur projet"
    assert letter_frame(_profile(), _job(title="Ingénieur système"), language="fr", today=DAY).subject == \
        "Candidature au poste d'Ingénieur système"
    assert letter_frame(_profile(), _job(title="Développeur"), language="fr", today=DAY).subject == \
        "Candidature au poste de Développeur"


@pytest.mark.parametrize(("language", "contact", "greeting", "closing"), [
    ("de", "Frau Schmidt", "Sehr geehrte Frau Schmidt,", "Mit freundlichen Grüßen"),
    ("de", "Herr Dr. Weber", "Sehr geehrter Herr Dr. Weber,", "Mit freundlichen Grüßen"),
    ("de", "Kim Schmidt", "Guten Tag Kim Schmidt,", "Mit freundlichen Grüßen"),
    ("fr", "Mme Dupont", "Madame,", "Je vous prie d'agréer, Madame, mes salutations distinguées."),
    ("fr", "Monsieur Martin", "Monsieur,", "Je vous prie d'agréer, Monsieur, mes salutations distinguées."),
    ("fr", "Camille Martin", "Madame, Monsieur,",
     "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées."),
    ("es", "Sra. García", "Estimada Sra. García:", "Atentamente,"),
    ("es", "Alex García", "Estimado/a Alex García:", "Atentamente,"),
    ("nl", "mevrouw De Vries", "Geachte mevrouw De Vries,", "Met vriendelijke groet,"),
    ("nl", "Sam de Vries", "Geachte Sam de Vries,", "Met vriendelijke groet,"),
    ("it", "Dott.ssa Rossi", "Gentile Dott.ssa Rossi,", "Cordiali saluti"),
    ("pt", "Sra. Silva", "Prezada Sra. Silva,", "Atenciosamente,"),
    ("pt", "Ana Silva", "Prezado(a) Ana Silva,", "Atenciosamente,"),
    ("en", "Ms. Lee", "Dear Ms. Lee,", "Sincerely,"),
])
def test_a_named_contact_is_greeted_by_the_languages_convention(language: str, contact: str, greeting: str,
                                                                 closing: str) -> None:
    letter = letter_frame(_profile(), _job(), language=language, today=DAY, contact=contact)
    assert (letter.salutation, letter.closing) == (greeting, closing)
    assert letter.recipient.lines[0] == contact


@pytest.mark.parametrize("basics", [{}, {"name": ""}, {"name": "   "}])
def test_a_profile_without_a_name_is_a_profile_error(basics: dict) -> None:
    profile = Profile.from_dict({"basics": basics}, source="cv.json")
    with pytest.raises(ProfileError) as caught:
        letter_frame(profile, _job(), today=DAY)
    assert "basics.name is missing" in str(caught.value)
    assert caught.value.path == "cv.json"


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ({"address": "1210 W Dayton St", "postalCode": "53706", "city": "Madison", "region": "WI",
          "countryCode": "US"}, ["1210 W Dayton St", "Madison, WI 53706"]),
        ({"city": "Toronto", "region": "ON", "countryCode": "ca"}, ["Toronto, ON"]),
        ({"address": "Unter den Linden 5", "postalCode": "10117", "city": "Berlin", "countryCode": "DE"},
         ["Unter den Linden 5", "10117 Berlin", "DE"]),
        ({"city": "San Francisco", "region": "California"}, ["San Francisco", "California"]),
        ({}, []),
    ],
)
def test_address_lines_follow_the_country(location: dict, expected: list[str]) -> None:
    from coverletter.datamodel import from_dict
    from coverletter.profile.model import Location
    from coverletter.write.frame import address_lines

    assert address_lines(from_dict(Location, location)) == expected


def test_the_senders_country_chooses_the_default_paper() -> None:
    import io

    from docx import Document

    from coverletter import api
    from coverletter.render import render

    from fixture_paths import EXAMPLES

    profile = api.load_profile(EXAMPLES / "profile.json")  # a sender in Madison, WI
    job = api.load_job(EXAMPLES / "posting.txt")
    letter = api.compose(profile, job)
    assert letter.meta.country == "US"
    section = Document(io.BytesIO(render(letter, "docx"))).sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11.0)
    a4 = Document(io.BytesIO(render(letter, "docx", page_size="A4"))).sections[0]
    assert round(a4.page_height.mm) == 297
    profile.basics.location.country_code = "DE"
    assert "size: A4" in render(api.compose(profile, job), "html").decode("utf-8")

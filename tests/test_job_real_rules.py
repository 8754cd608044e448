"""One test per rule the dev misses of the real corpus taught (tests/data/jobs/real/dev), each on the real
posting that showed it: the employer a recruiter names, a board that is the employer, an image's alt text, a
board's row of column labels, a poster's "X zoekt" line, a table of contents, and a notice's long heading."""

from __future__ import annotations

from coverletter.api import load_job
from coverletter.job.notice import is_toc_entry, role_phrase, seeking_org

from fixture_paths import TEST_DATA

DEV = TEST_DATA / "jobs" / "real" / "dev"


def test_the_client_a_recruiter_names_is_the_employer_not_the_recruiter() -> None:
    # "**Company:** Meritocracy srl" above "Il nostro partner Atlantic Technologies è alla ricerca di ..."
    job = load_job(DEV / "it-issue-meritocracy-junior-java-developer.md")
    assert job.company == "Atlantic Technologies"
    assert "client named" in job.extra["company_from"]


def test_a_role_at_a_job_board_is_a_job_at_the_board() -> None:
    job = load_job(DEV / "pt-issue-vagas-com-front-end-developer.md")  # "Front-End Developer na VAGAS.com"
    assert job.company == "VAGAS.com"
    assert job.extra["company_from"] == "the title line"


def test_an_images_alt_text_names_the_employer_without_the_word_logo() -> None:
    job = load_job(DEV / "nl-page-leidschendam-voorburg-beleidsondersteuner.txt")  # "Logo van Gemeente ..."
    assert job.company == "Gemeente Leidschendam-Voorburg"


def test_a_boards_row_of_column_labels_is_no_employer() -> None:
    job = load_job(DEV / "nl-page-tilburg-promovendus-law-school.txt")  # "Geplaatst Deadline Locatie"
    assert job.company == "Tilburg University"
    assert job.title == "Promovendus (PhD) Tilburg Law School"


def test_a_posters_seeking_line_gives_the_employer_and_the_next_line_the_role() -> None:
    job = load_job(DEV / "nl-page-wonen-in-vlaanderen-dossierbehandelaar.txt")
    assert job.company == "Wonen in Vlaanderen"
    assert job.title == "dossierbehandelaars Mijn VerbouwPremie"
    assert seeking_org("Wonen in Vlaanderen zoekt") == "Wonen in Vlaanderen"
    assert seeking_org("Wir suchen") is None  # a pronoun is no employer, and no capitalised name stands there


def test_a_table_of_contents_entry_is_never_the_title() -> None:
    text = (DEV / "nl-page-wonen-in-vlaanderen-dossierbehandelaar.txt").read_text(encoding="utf-8")
    entry = "4.3. Xxxxxx en vaardigheden van een dossierbehandelaar Mijn VerbouwPremie 6"
    assert entry in text
    assert is_toc_entry(entry)
    assert not is_toc_entry("Beleidsondersteuner Ruimtelijke Ontwikkeling")
    assert not is_toc_entry("Engineer II")


def test_a_notices_long_heading_gives_the_post_it_names_not_the_signing_officer() -> None:
    # the page opens with "CITTA DI ASTI. Il Dirigente del Settore Risorse Umane ..." (who signs the notice)
    asti = load_job(DEV / "it-page-asti-educatori-asili-nido.txt")
    assert asti.title == "EDUCATORI PER GLI ASILI NIDO COMUNALI"
    assert asti.company and "ASTI" in asti.company.upper()


def test_a_too_long_title_label_gives_its_post_without_codes_and_units() -> None:
    job = load_job(DEV / "es-page-hospital-metropolitano-enfermero-supervisor.txt")  # "Convocatoria" / "112-25 ..."
    assert job.title == "ENFERMERO(A) SUPERVISOR(A)"
    assert job.extra["title_from"] == "the Title label"
    assert role_phrase("Il Dirigente del Settore Risorse Umane") == "Dirigente del Settore Risorse Umane"
    assert role_phrase("Trattamento economico e normativo del personale") is None


def test_a_companys_own_programme_named_university_is_no_institution() -> None:
    # "Attend delivery of A-LIGN university 2-3 times per year": the employer is A-LIGN
    job = load_job(DEV / "en-rwlb-people-development-specialist.md")
    assert job.company and job.company.startswith("A-LIGN")
    assert "university" not in job.company.casefold()


def test_an_executive_searchs_title_line_gives_the_role() -> None:
    job = load_job(DEV / "en-vele-vp-global-advocacy-wikimedia-foundation-vzwXP.md")  # "Search for the Vice ..."
    assert job.title == "Vice President of Global Advocacy"


def test_a_links_tail_is_no_part_of_the_employers_name() -> None:
    # "http://ift.tt/2kVBvXU<br><p><span><strong>Harris Local Government</strong> is seeking a ..."
    job = load_job(DEV / "en-issue-harris-local-government-software-developer.md")
    assert job.company == "Harris Local Government"


def test_a_plus_and_a_condition_in_dutch_prose_are_read_as_preferred_and_required() -> None:
    job = load_job(DEV / "nl-page-wonen-in-vlaanderen-dossierbehandelaar.txt")
    assert any(line.startswith("Interesse voor de reglementering") for line in job.preferred)
    assert any("bereid bent je in deze materie te verdiepen" in line for line in job.requirements)


def test_a_heading_whose_compound_ends_in_plus_points_lists_preferred_items() -> None:
    job = load_job(DEV / "nl-rwlb-software-engineer-ai-data.md")  # "**OverigePluspunten**"
    assert "Bachelor- of masterdiploma in Computer Science." in job.preferred
    assert "Vaardigheid in Python." in job.requirements


def test_a_sentence_a_page_break_cut_in_two_is_read_whole() -> None:
    # "2.1. O candidato deverá demonstrar capacidade para realizar atividades administrativas" / "" / ""
    # / "em geral e de atendimento ao público."
    job = load_job(DEV / "pt-page-embaixada-lisboa-auxiliar-administrativo.txt")
    assert any(line.endswith("administrativas em geral e de atendimento ao público.") for line in job.requirements)

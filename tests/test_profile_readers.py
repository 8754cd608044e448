"""CV readers on the real corpus (tests/data/profiles/real): every CV loads, its name is right, the employers,
titles, institutions and skills of its truth file are found (recall measured as ../shared/checks/score_profiles.py
does), and nothing in the result is text the CV does not hold."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from coverletter.errors import InputError, ProfileError
from coverletter.profile import load_profile, read_profile, summarize_warnings
from coverletter.profile.readers import detect_kind
from coverletter.profile.readers.binary import docx_text, pdf_texts
from coverletter.profile.readers.latex import latex_to_markdown
from coverletter.profile.readers.lines import clean_line
from coverletter.profile.readers.text import parse_text
from tests.helpers import run_module

REAL = Path(__file__).parent / "data" / "profiles" / "real"
DEV = [REAL / "jsonresume" / "dev", REAL / "other" / "dev"]
HOLDOUT = [REAL / "jsonresume" / "holdout", REAL / "other" / "holdout"]
WORD = re.compile(r"[^\W_]+|[+#]+")
STOP = {"the", "of", "and", "in", "at", "for", "a", "an", "de", "la", "le", "du", "der", "die", "und", "y", "e", "et"}

#: Mean recall per field measured on each part (see /work/status/profiles.md); a drop below fails.
BARS = {
    "jsonresume/dev": {"employers": 1.0, "titles": 1.0, "institutions": 1.0, "skills": 1.0},
    "other/dev": {"employers": 1.0, "titles": 1.0, "institutions": 1.0, "skills": 1.0},
    # holdout: three CVs added blind were scored once first (employers 0.67, titles 0.52, institutions 0.50,
    # skills 0.50); the readers were then changed with them in view, so this part is no longer blind
    "jsonresume/holdout": {"employers": 1.0, "titles": 1.0, "institutions": 1.0, "skills": 1.0},
    # other/holdout took the ten CVs outside software (holdout-next, blind: employers 0.61, titles 0.48,
    # institutions 0.80, skills 0.59); measured on all 23 after the fixes made with them in view
    "other/holdout": {"employers": 0.93, "titles": 0.94, "institutions": 0.88, "skills": 0.82},
}


def words(text: object) -> set[str]:
    return {w for w in WORD.findall(str(text or "").casefold()) if w not in STOP}


def found(item: str, values: list[object]) -> bool:
    want = words(item)
    return not want or any(len(want & words(v)) / len(want) >= 0.6 for v in values)


def strings(value: object):
    if isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif value is not None:
        yield str(value)


def cases(folders: list[Path]) -> list[tuple[Path, dict]]:
    out = []
    for folder in folders:
        for truth_path in sorted(folder.glob("*.truth.json")):
            stem = truth_path.name[: -len(".truth.json")]
            cv = next(p for p in folder.iterdir() if p.name.startswith(stem + ".") and p != truth_path)
            out.append((cv, json.loads(truth_path.read_text(encoding="utf-8"))))
    return out


def recalls(cv: Path, truth: dict) -> dict[str, float | None]:
    data = load_profile(cv).to_dict()
    jobs = (data.get("work") or []) + (data.get("volunteer") or [])

    def recall(items: list, values: list) -> float | None:
        items = [i for i in items or [] if str(i or "").strip()]
        return sum(found(i, values) for i in items) / len(items) if items else None

    return {
        "employers": recall(truth.get("employers"), [j.get("name") or j.get("organization") for j in jobs]),
        "titles": recall(truth.get("job_titles"), [j.get("position") for j in jobs]),
        "institutions": recall([d.get("institution") for d in truth.get("degrees") or []],
                               [e.get("institution") for e in data.get("education") or []]),
        "skills": recall(truth.get("skills"), list(strings(data))),
    }


def test_corpus_is_as_documented() -> None:
    """The corpus holds what issue 11 asks for: Markdown and text at least 6, LaTeX at least 5 in three classes,
    PDF and DOCX at least 4 each, LinkedIn-export zips at least 2, YAML/JSON in other shapes at least 4, at least
    5 CVs outside software (their truth files say the field); every truth file names its source."""
    from coverletter.profile.readers import read_cv

    everything = cases(DEV + HOLDOUT)
    kinds: dict[str, int] = {}
    classes = set()
    for cv, truth in everything:
        assert truth["source"] and "truth" not in cv.name, cv
        kind = read_cv(cv).kind
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind == "latex":
            classes.update(re.findall(r"\\documentclass(?:\[[^\]]*\])?\{([^}]*)\}", cv.read_text(encoding="utf-8")))
    shapes = sum(1 for cv, _ in cases([REAL / "other" / "dev", REAL / "other" / "holdout"])
                 if read_cv(cv).kind in ("look-alike", "cv.yml"))
    assert kinds["text"] >= 6 and kinds["latex"] >= 5 and len(classes) >= 3, (kinds, classes)
    assert kinds["pdf"] >= 4 and kinds["docx"] >= 4 and kinds["linkedin"] >= 2 and shapes >= 4, kinds
    assert sum(1 for _, truth in everything if truth.get("field")) >= 5
    assert len(cases(DEV)) >= 25 and len(cases(HOLDOUT)) >= 20


@pytest.mark.parametrize(("cv", "truth"), cases(DEV + HOLDOUT), ids=lambda v: v.name if isinstance(v, Path) else "")
def test_every_cv_loads_with_its_name(cv: Path, truth: dict) -> None:
    profile = load_profile(cv)
    assert words(profile.basics.name) == words(truth.get("name")), cv.name
    if truth.get("email"):
        assert (profile.basics.email or "").casefold() == truth["email"].casefold()


@pytest.mark.parametrize("part", sorted(BARS))
def test_mean_recall_per_field(part: str) -> None:
    sums: dict[str, list[float]] = {key: [] for key in BARS[part]}
    for cv, truth in cases([REAL / part]):
        for key, value in recalls(cv, truth).items():
            if value is not None:
                sums[key].append(value)
    means = {key: sum(v) / len(v) for key, v in sums.items() if v}
    assert all(means[key] >= bar for key, bar in BARS[part].items()), means


def source_text(cv: Path) -> str:
    """The CV's text after markup is removed, as the readers see it."""
    raw = cv.read_bytes()
    kind = detect_kind(cv, raw)
    if kind == "pdf":
        text = "\n".join(pdf_texts(raw))
    elif kind == "docx":
        text = docx_text(raw)
    elif kind == "linkedin":
        archive = zipfile.ZipFile(io.BytesIO(raw))
        text = "\n".join(cell for n in archive.namelist()
                         for row in csv.reader(io.StringIO(archive.read(n).decode("utf-8-sig"))) for cell in row)
    elif kind == "latex":
        text = latex_to_markdown(raw.decode("utf-8"))
    else:
        text = raw.decode("utf-8")
    return text + "\n" + "\n".join(clean_line(line) for line in text.splitlines())


def squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.mark.parametrize(("cv", "truth"), [c for c in cases(DEV + HOLDOUT) if c[0].suffix not in (".json", ".yaml",
                                                                                                ".yml")],
                         ids=lambda v: v.name if isinstance(v, Path) else "")
def test_nothing_is_invented(cv: Path, truth: dict) -> None:
    """Every value read from a Markdown, text, LaTeX, PDF, DOCX or LinkedIn CV occurs in the CV's text (a space
    put between words a PDF ran together aside: "AndréSantos" is read as "André Santos"; and a word broken at
    the line's end, "se-" / "veral", read whole); a date written as JSON
    Resume writes it ("Jun 2021" read as "2021-06") has its year in the text."""
    text = squeeze(source_text(cv))
    solid = text.replace(" ", "")
    data = load_profile(cv).to_dict()
    unbroken = solid.replace("-", "")  # a word the page broke at its hyphen ("se-" / "veral") is read whole
    invented = [v for v in strings(data) if squeeze(v) not in text and squeeze(v).replace(" ", "") not in solid
                and squeeze(v).replace(" ", "").replace("-", "") not in unbroken
                and not (re.fullmatch(r"((?:19|20)\d\d)(?:-(?:0[1-9]|1[0-2]))?", v) and v[:4] in text)]
    assert not invented, invented[:5]


def test_markdown_entries_employer_and_title_in_either_order() -> None:
    data = parse_text("# Jo Bloggs\n\n## Experience\n\n### Tech Lead | Incubyte\nJun 2021 – Present\n- Led a team\n\n"
                      "### Software engineer at Redgage LLC\n*12.2014 - present*\n\n"
                      "2009-2011 SALSIFY, Staff SE -- Boston MA\n"
                      "\n## Education\nBSc Physics, University of Leeds, 2008\n").data
    jobs = [(w.get("name"), w.get("position")) for w in data["work"]]
    assert jobs == [("Incubyte", "Tech Lead"), ("Redgage LLC", "Software engineer"), ("SALSIFY", "Staff SE")]
    assert data["basics"]["name"] == "Jo Bloggs"
    assert data["education"][0]["institution"] == "University of Leeds"


def test_older_json_resume_keys_and_experience_lookalike(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"basics": {"name": "A B", "website": "https://a.example"},
                               "work": [{"company": "Acme", "position": "iOS Software Engineer"}]}))
    profile = load_profile(old)
    assert [(w.name, w.position) for w in profile.work] == [("Acme", "iOS Software Engineer")]
    alike = tmp_path / "alike.json"
    alike.write_text(json.dumps({"name": "C D", "experience": [
        {"company": "Initech", "position": "Analyst", "from": "2019", "to": "2021", "activities": ["Reports"]}]}))
    job = load_profile(alike).work[0]
    assert (job.name, job.position, job.start_date, job.end_date, job.highlights) == (
        "Initech", "Analyst", "2019", "2021", ["Reports"])


def test_linkedin_export(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Profile.csv", "First Name,Last Name,Headline\nAda,Lovelace,Analyst\n")
        archive.writestr("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
                                          "Analytical Engine,Programmer,Notes,London,Jan 1842,\n")
        archive.writestr("Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                                          "Home tutoring,1828,,,Mathematics,\n")
        archive.writestr("Skills.csv", "Name\nMathematics\n")
        archive.writestr("Connections.csv", "x\n")
    path = tmp_path / "Basic_LinkedInDataExport.zip"
    path.write_bytes(buffer.getvalue())
    profile, reading = read_profile(path)
    assert reading.kind == "linkedin" and reading.unread == ["Connections.csv"]
    assert profile.basics.name == "Ada Lovelace"
    assert [(w.name, w.position) for w in profile.work] == [("Analytical Engine", "Programmer")]


def test_unreadable_inputs_are_clear_errors(tmp_path: Path) -> None:
    empty = tmp_path / "cv.md"
    empty.write_text("  \n")
    with pytest.raises(InputError):
        load_profile(empty)
    other_zip = tmp_path / "cv.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ProfileError, match="neither a DOCX nor a LinkedIn"):
        load_profile(other_zip)


def test_empty_fields_fold_into_one_line() -> None:
    warnings = [f"work[{i}].url is empty; ignored" for i in range(14)] + ["something else"]
    folded = "14 empty fields ignored; `coverletter profile FILE --verbose` lists them"
    assert summarize_warnings(warnings) == [folded, "something else"]
    assert summarize_warnings(warnings, verbose=True) == warnings


def test_import_writes_json_resume_and_reports_unread(tmp_path: Path) -> None:
    out = tmp_path / "profile.json"
    cv = REAL / "other" / "dev" / "benjamin-balter.pdf"
    done = run_module("profile", "import", cv, "-o", out, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["basics"]["name"] == "Benjamin J. Balter"
    assert "read as pdf: Benjamin J. Balter" in done.stderr and "jobs" in done.stderr
    again = run_module("profile", "import", cv, "-o", out, timeout=120)
    assert again.returncode != 0 and "already exists" in again.stderr and "Traceback" not in again.stderr


#: Letters that fall short, and why (xfail, strict: fixing one makes the test say so).
LETTER_SHORTFALLS: dict[str, str] = {
    "shane-elipot.md": "no section headings, '**2009---2013:** [**Employer**]' blocks with the title on the next "
                       "line: the reader finds no job, so the letter names no employer",
}


def letter_cases() -> list:
    out = []
    for cv, truth in cases(DEV + HOLDOUT):
        reason = LETTER_SHORTFALLS.get(cv.name)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(cv, truth, id=cv.name, marks=marks))
    return out


@pytest.fixture(scope="module")
def posting():
    from coverletter.api import load_job

    return load_job(Path(__file__).parent.parent / "examples" / "posting.txt")


@pytest.mark.parametrize(("cv", "truth"), letter_cases())
def test_a_letter_from_each_cv_names_a_real_employer_and_no_invented_one(cv: Path, truth: dict, posting) -> None:
    """The offline letter for one posting names an employer of the truth file (when the CV has one), and every
    name the checker reads as an employer is either the posting's company or text of the CV."""
    from coverletter.api import check, compose

    profile = load_profile(cv)
    if not profile.basics.name:  # al-folio's cv.yml keeps the name in _config.yml; the user adds it, as told
        with pytest.raises(ProfileError, match=r"basics\.name is missing"):
            compose(profile, posting, today=datetime.date(2026, 1, 5))
        profile.basics.name = "Test Applicant"
    letter = compose(profile, posting, today=datetime.date(2026, 1, 5))
    body = squeeze(letter.body)
    if truth.get("employers"):
        assert any(squeeze(employer) in body for employer in truth["employers"]), letter.body[:400]
    claims = [c for c in check(letter, profile, posting).claims if c.kind == "employer"]
    assert not [c.text for c in claims if not c.supported]
    text = squeeze(source_text(cv))
    outside = [c.text for c in claims if not (c.evidence or "").startswith("job") and squeeze(c.text) not in text]
    assert not outside, outside


def test_conversions_are_cached_by_file_hash(tmp_path: Path) -> None:
    from coverletter.paths import cache_dir

    cv = tmp_path / "cv.tex"
    cv.write_bytes((REAL / "other" / "dev" / "martin-klein.tex").read_bytes())
    first = load_profile(cv).to_dict()
    entries = list((cache_dir() / "cv").glob("*.json"))
    assert len(entries) == 1
    assert load_profile(cv).to_dict() == first


def test_entry_shapes_and_names_met_in_the_corpus() -> None:
    """Shapes the real CVs showed: a short organisation line over 'Title, Project'; a bullet list of one-line
    jobs; a name in capitals or run together; a moderncv entry whose fourth argument is the employer."""
    data = parse_text("MOYO AJAYI\n\nEXPERIENCE\nGoogle Summer of Code\n"
                      "Developer, WordPress Document Revisions  April 2011 – Present\n- Built a plugin.\n").data
    assert data["basics"]["name"] == "Moyo Ajayi"
    assert [(w["name"], w["position"]) for w in data["work"]] == [
        ("Google Summer of Code", "Developer, WordPress Document Revisions")]
    data = parse_text("... AndréSantos.\n\nWORK EXPERIENCE\n...........\n\n"
                      "* 2 years as Front-End Captain at Synthesio from 2014 to today\n"
                      "* 9 years as Enthusiast Developer at Airbus Defence & Space From 2005 to 2014\n").data
    assert data["basics"]["name"] == "André Santos"
    assert [(w["name"], w["position"], w["startDate"]) for w in data["work"]] == [
        ("Synthesio", "Front-End Captain", "2014"), ("Airbus Defence & Space", "Enthusiast Developer", "2005")]
    tex = latex_to_markdown("\\section{Experience}\n\\cventry{2016--2018}{Postdoctoral Associate}{Div. of GI}"
                            "{Boston Children's Hospital}{Boston, MA}{Genomic analysis.}\n")
    assert [(w["name"], w["position"]) for w in parse_text(tex).data["work"]] == [
        ("Boston Children's Hospital", "Postdoctoral Associate")]


def test_a_markdown_job_heading_with_its_dates_on_the_next_bold_line_keeps_its_bullets() -> None:
    """Abhishek Keshri's Markdown CV: '### Tech Lead | Incubyte' then '**Jun 2021 – Present | Remote**' then
    bullets. The bold date line gives the job its dates; the bullets are the job's, not a nameless second job's."""
    from coverletter.profile import load_profile

    profile = load_profile(REAL / "other" / "dev" / "abhishek-keshri.md")
    incubyte = next(w for w in profile.work if w.name == "Incubyte")
    assert incubyte.start_date and "2021" in incubyte.start_date
    assert len(incubyte.highlights) == 5 and incubyte.highlights[0].startswith("Led team of 11 engineers")


def test_a_cvs_dates_are_read_as_json_resume_writes_them() -> None:
    """'Jun 2021 – Present' in Abhishek Keshri's Markdown CV is startDate '2021-06' (the checker then backs the
    years a letter says: '2018–2019' was flagged when the dates stayed 'Dec 2018' and 'Jan 2019')."""
    from coverletter.profile import load_profile
    from coverletter.profile.readers.lines import iso_date

    work = load_profile(REAL / "other" / "dev" / "abhishek-keshri.md").work
    assert [(w.start_date, w.end_date) for w in work][:3] == [("2021-06", "Present"), ("2020-09", "2021-06"),
                                                             ("2018-12", "2019-01")]
    assert [iso_date(t) for t in ("März 2020", "06/2021", "2019", "Present", "maio 2017")] == [
        "2020-03", "2021-06", "2019", "Present", "2017-05"]


def test_a_look_alike_cvs_description_list_is_read_as_its_bullets() -> None:
    """Yitao Liu's JSON CV (experience[].description is a list of lines) had all its bullets dropped as "summary
    should be text, not a list": they are the job's highlights."""
    from coverletter.profile import load_profile

    profile = load_profile(REAL / "other" / "dev" / "yitao-liu.json")
    tencent = next(w for w in profile.work if w.name == "Tencent")
    assert any("React" in h for h in tencent.highlights)
    assert not any("not a list" in w for w in profile.warnings)


def test_a_dates_line_with_a_place_under_a_full_heading_gives_the_jobs_dates() -> None:
    """Artem Golovinsky's Markdown CV: "### Software designer at Mera Networks" then "*05.2009 - 07.2012* |
    Nizhniy Novgorod". The place had made the line read as another job, so four of five jobs had no dates, a
    letter told of his 2009-2012 job in the present tense, and the dates line was kept as a bullet."""
    from coverletter.profile import load_profile

    work = {w.name: w for w in load_profile(REAL / "other" / "dev" / "artem-golovinsky.md").work}
    assert (work["Mera Networks"].start_date, work["Mera Networks"].end_date) == ("2009-05", "2012-07")
    assert (work["Smart-Processing"].start_date, work["Smart-Processing"].end_date) == ("2014-08", "2014-12")
    assert len(work["Smart-Processing"].highlights) == 3
    assert not any("Saint-Petersburg" in h for w in work.values() for h in w.highlights)


NEXT = REAL / "other" / "holdout"  # the ten CVs outside software (committed blind as holdout-next/)


@pytest.mark.parametrize("stem", ["shane-elipot", "shenjie-zhou", "david-everly", "matt-rayson", "arthur-prigent",
                                  "amy-murlowski", "alexander-fisher"])
def test_a_cv_whose_text_holds_no_name_gets_none_made_up(stem: str) -> None:
    """Seven academic, nursing and teaching pages without their owner's name had one made up from other text
    ('Carnegie Museum', 'Shelf Seas', 'Procedural Skills', 'PhD, University', 'Hays, Preston'), which a letter
    would have been signed with. A name is looked for only above the first section or dated entry, outside
    lists, and words of an organisation, school, degree or section are no person's name."""
    assert load_profile(NEXT / f"{stem}.md").basics.name is None


def test_a_name_is_read_from_a_name_field_and_keeps_its_postnominals() -> None:
    """'Name: ...' gives the name; letters after a name ('Ph.D.') do not make it a degree line."""
    assert parse_text("Curriculum vitae\n\nName: Jane Q. Roberts\nEmail: jq@example.org\n").data["basics"]["name"] \
        == "Jane Q. Roberts"
    assert parse_text("W. Augustine Dunn, III Ph.D.\n\n## Skills\nPython\n").data["basics"]["name"] \
        == "W. Augustine Dunn, III Ph.D."
    assert "name" not in parse_text("Metropolitan State University\n\n## Skills\nTriage\n").data.get("basics", {})


def test_academic_job_lists_give_employers_and_titles() -> None:
    """Academic pages (academicpages' "* DATES: Title" bullets with the employer on the indented bullet under
    them, "2023.11" and "February-August 2022" dates; "####**Title, Employer, City**" headings without a space,
    with several dates lines under them) had lost their employers and titles."""
    arthur = {(w.position, w.name) for w in load_profile(NEXT / "arthur-prigent.md").work}
    assert ("Postdoctoral Researcher", "GEOMAR Helmholtz Centre for Ocean Research Kiel") in arthur
    assert ("Postdoctoral Fellow", "The Abdus Salam International Centre for Theoretical Physics (ICTP)") in arthur
    assert not any(name in ("February", "June", "July") for _, name in arthur)
    shenjie = load_profile(NEXT / "shenjie-zhou.md").work
    assert shenjie[0].position == "PDRA physical oceanographer" and "British Antarctic Survey" in shenjie[0].name
    assert shenjie[0].start_date == "2023"
    matt = [(w.position, w.name) for w in load_profile(NEXT / "matt-rayson.md").work]
    assert ("Post-doctoral Scholar", "Stanford University") in matt
    assert ("Oceanographic Engineer", "Asia-Pacific Applied Science Associates (APASA)") in matt
    assert not any(name.startswith("(") for _, name in matt)


def test_a_degree_line_without_a_school_word_names_its_institution() -> None:
    """"M.S in Hydrography and Oceanography, ENSTA Bretagne, 2018": the part after the degree is the school."""
    education = load_profile(NEXT / "arthur-prigent.md").education
    assert [e.institution for e in education] == ["ENSTA Bretagne", "IUEM/UBO",
                                                  "GEOMAR Helmholtz Centre for Ocean Research Kiel"]


def test_nursing_layouts_give_whole_titles_and_their_employers() -> None:
    """Amy Murlowski's page: "### Registered Nurse • Labor & Delivery, and Antepartum" over "#### Denver Health •
    Denver, CO" is one job (the title heading whole, the employer from the heading under it); David Everly's:
    an underlined "<u>Nurse Practitioner</u>" is the title of every employer-and-dates entry under it."""
    amy = {w.name: w.position for w in load_profile(NEXT / "amy-murlowski.md").work}
    assert amy["Denver Health"] == "Registered Nurse • Labor & Delivery, Obstetric Triage, and Antepartum"
    assert amy["WSi"] == "Registered Nurse • Agency Nurse" and amy["Bonfils Blood Center"] == "Phlebotomist"
    david = [(w.position, w.name, w.start_date) for w in load_profile(NEXT / "david-everly.md").work]
    assert ("Nurse Practitioner", "Hershey Medical Center", "2017-08") in david
    assert ("Registered Nurse", "Pennsylvania College of Health Sciences", "2016-09") in david
    assert ("Registered Nurse", "Meritus Medical Center", "2011-05") in david


def test_a_job_table_and_emphasised_titles_give_jobs() -> None:
    """Cara Wilson's job history is a Markdown table (Period | Role | Organization; "2002 – Pres.", the place after
    a <br>): every row was one job named 'Pres.' or 'Period'. Ethan Peritz's "*Mathematics, Data Science, CS, and
    Statistics Teacher*" under an employer's heading had been cut at its first comma."""
    cara = load_profile(NEXT / "cara-wilson.md").work
    assert (cara[0].position, cara[0].name, cara[0].start_date, cara[0].end_date) == \
        ("Fisheries Research Oceanographer", "NOAA Fisheries", "2002", "Pres.")
    assert len(cara) == 7 and not any(w.name in ("Period", "Pres.") for w in cara)
    ethan = {w.name: w.position for w in load_profile(NEXT / "ethan-peritz.md").work}
    assert ethan["Newton North High School"] == "Mathematics, Data Science, CS, and Statistics Teacher"
    assert ethan["Newton North Puzzle Day"] == "Event Organizer, Designer"


def test_a_lone_year_is_a_post_of_that_year_not_one_still_held() -> None:
    """Aaron Schneider's LaTeX CV (friggeri entries): "\\entry{2020}{Tutor}{Heidelberg}{...}" was read as a post
    held since 2020 ("2020 – present"), and his German letter said "seit 2023" of a one-year collaboration. A lone
    date ends when it begins; "2022-" is still held."""
    from coverletter.profile import load_profile
    from coverletter.profile.readers.lines import DATE_RANGE, span_of

    work = {w.position or w.name: w for w in load_profile(REAL / "other" / "holdout" / "aaron-schneider-de.tex").work}
    assert (work["Tutor"].start_date, work["Tutor"].end_date) == ("2020", "2020")
    assert span_of(DATE_RANGE.search("2022- | Kopenhagen")) == {"startDate": "2022"}
    assert span_of(DATE_RANGE.search("since 2019")) == {"startDate": "2019"}
    assert span_of(DATE_RANGE.search("2013-2019")) == {"startDate": "2013", "endDate": "2019"}


def test_a_docx_paragraph_without_a_stop_is_still_a_line_of_its_own() -> None:
    """Reading P: "I exceeded sales goal of 9 cars per month Meeting and actively listening to potential car
    buyers, ..." — two DOCX paragraphs of Seven Brooksby's CV run together as if the first had been wrapped."""
    profile = load_profile(REAL / "other" / "holdout" / "seven-brooksby.docx")
    sales = next(w for w in profile.work if w.name == "Stephen Wade Chevrolet Cadillac")
    assert sales.highlights[0] == "Exceeded sales goal of 9 cars per month"
    assert sales.highlights[1].startswith("Meeting and actively listening")
    wrapped = parse_text("## Experience\n### Sales Rep, Acme, 2017 – 2018\nExceeded sales goal of 9 cars\nper month "
                         "and more\nSold Cars to Buyers\n").data["work"][0]["highlights"]
    assert wrapped == ["Exceeded sales goal of 9 cars per month and more Sold Cars to Buyers"]  # text: wrapped


def test_font_and_box_macros_keep_their_text() -> None:
    """Reading P: "increased the potential user-base of (open-source RAD-seq analysis pipeline)" — Gus Dunn's
    LaTeX CV writes the tool's name as \\textup{\\texttt{pyrad}}, whose argument pylatexenc dropped."""
    text = latex_to_markdown((REAL / "other" / "holdout" / "gus-dunn.tex").read_text())
    assert "user-base of pyrad (open-source RAD-seq analysis pipeline)" in text
    assert "the conventional pip install pyrad form" in text
    assert latex_to_markdown("\\textsf{A} and \\mbox{B}").strip() == "A and B"


def test_a_word_broken_at_the_line_end_is_one_word_again() -> None:
    """Reading P: "including FISMA- compliant cloud hosting" from Benjamin Balter's PDF, whose line broke after the
    hyphen of a compound; a word split by the page ("develop-" / "ment") loses the hyphen, a compound keeps it."""
    profile = load_profile(REAL / "other" / "dev" / "benjamin-balter.pdf")
    lines = [h for w in profile.work for h in w.highlights]
    assert any("including FISMA-compliant cloud hosting" in h for h in lines), lines
    from coverletter.profile.readers.lines import joined_wrap

    assert joined_wrap("the develop-", "ment of tools") == "the development of tools"
    assert joined_wrap("a well-", "known tool") == "a well-known tool"
    assert joined_wrap("I built it", "and more") == "I built it and more"


def test_a_degree_line_keeps_its_year() -> None:
    """Reading Q: "Ph.D in Physical Oceanography, GEOMAR Helmholtz Centre for Ocean Research Kiel, 2022" lost its
    year, so the letter could not say the PhD was held; a field read as the school takes no dates."""
    phd = [e for e in load_profile(REAL / "other" / "holdout" / "arthur-prigent.md").education
           if (e.study_type or "").startswith("Ph.D")]
    assert phd and phd[0].end_date == "2022" and not phd[0].start_date
    field = [e for e in load_profile(REAL / "other" / "holdout" / "alexander-genovese.docx").education
             if e.institution == "Data Analytics and Computational Social Science"]
    assert all(not e.start_date and not e.end_date for e in field)

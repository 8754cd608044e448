"""Loading profiles: JSON Resume as JSON/YAML, rendercv CVs, the forgiving rules, errors, the profile command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coverletter.errors import InputError, ParseError, ProfileError
from coverletter.profile import load_profile, profile_from_data, require_name
from coverletter.profile.rendercv import entry_type, split_details, title_kind

from fixture_paths import RENDERCV_PROFILE, SAMPLE_PROFILE, TEST_DATA
from helpers import run_cli, run_module, write

PROFILES = TEST_DATA / "profiles"


def write_json(tmp_path: Path, data: object, name: str = "cv.json") -> Path:
    return write(tmp_path, name, json.dumps(data))


# --- the shared real profiles ---------------------------------------------------------------------------------


def test_jsonresume_sample_loads(shared_fixtures: Path) -> None:
    profile = load_profile(SAMPLE_PROFILE)
    raw = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    assert profile.name == raw["basics"]["name"]
    assert [w.name for w in profile.work] == [w["name"] for w in raw["work"]]
    assert profile.work[0].highlights == raw["work"][0]["highlights"]
    assert profile.work[0].start_date == raw["work"][0]["startDate"]
    assert [e.institution for e in profile.education] == [e["institution"] for e in raw["education"]]
    assert [s.keywords for s in profile.skills] == [s["keywords"] for s in raw["skills"]]
    assert profile.basics.location and profile.basics.location.city == raw["basics"]["location"]["city"]
    # "image": "" in the sample is forgiven with a warning and left out.
    assert profile.warnings == ["basics.image is empty; ignored"]
    assert profile.basics.image is None
    assert profile.source == str(SAMPLE_PROFILE)


def test_rendercv_example_loads(shared_fixtures: Path) -> None:
    import yaml

    raw = yaml.safe_load(RENDERCV_PROFILE.read_text(encoding="utf-8"))["cv"]
    profile = load_profile(RENDERCV_PROFILE)
    assert profile.name == raw["name"]
    assert profile.basics.email == raw["email"]
    assert profile.basics.url == raw["website"]
    assert [p.network for p in profile.basics.profiles] == [n["network"] for n in raw["social_networks"]]
    assert profile.basics.profiles[0].url == "https://linkedin.com/in/" + raw["social_networks"][0]["username"]
    experience = raw["sections"]["experience"]
    assert [(w.name, w.position) for w in profile.work] == [(e["company"], e["position"]) for e in experience]
    assert all(w.highlights for w in profile.work)
    # end_date: present means ongoing: no endDate in JSON Resume.
    assert profile.work[0].start_date == "2023-06" and profile.work[0].end_date is None
    assert profile.work[1].end_date == "2022-08"
    education = raw["sections"]["education"]
    assert [(e.institution, e.study_type, e.area) for e in profile.education] == [
        (e["institution"], e["degree"], e["area"]) for e in education]
    assert profile.skills[0].name == "Languages"
    assert profile.skills[0].keywords == [k.strip() for k in raw["sections"]["skills"][0]["details"].split(",")]
    assert len(profile.publications) >= len(raw["sections"]["publications"])
    assert profile.publications[0].url == "https://doi.org/" + raw["sections"]["publications"][0]["doi"]
    assert [a.title for a in profile.awards] == [b["bullet"] for b in raw["sections"]["selected_honors"]]
    assert profile.projects[0].name == "FlashInfer"
    data = profile.to_dict()
    assert not {"design", "locale", "settings", "cv"} & set(data)
    assert data["invited_talks"] == [t["reversed_number"] for t in raw["sections"]["invited_talks"]]
    assert profile.warnings == []


# --- equal profiles from different formats -------------------------------------------------------------------


def test_yaml_and_json_variants_give_equal_profiles() -> None:
    from_json = load_profile(PROFILES / "ada.resume.json")
    from_yaml = load_profile(PROFILES / "ada.resume.yaml")
    assert from_json == from_yaml
    # YAML's unquoted date and numbers became the same text as the JSON file's strings.
    assert from_yaml.work[0].start_date == "1842-10-15"
    assert from_yaml.work[0].end_date == "1843"
    assert from_yaml.skills[0].keywords == ["Bernoulli numbers", "1842"]


def test_rendercv_maps_every_entry_type_as_documented() -> None:
    converted = load_profile(PROFILES / "grace.rendercv.yaml")
    expected = load_profile(PROFILES / "grace.expected.resume.json")
    assert converted.to_dict() == expected.to_dict()
    assert converted == expected


def test_sniffs_format_of_other_extensions(tmp_path: Path) -> None:
    as_json = write(tmp_path, "cv.txt", '  {"basics": {"name": "J. Son"}}')
    as_yaml = write(tmp_path, "cv.profile", "basics:\n  name: Y. Aml\n")
    assert load_profile(as_json).name == "J. Son"
    assert load_profile(as_yaml).name == "Y. Aml"


def test_reads_stdin_through_the_cli() -> None:
    source = (PROFILES / "ada.resume.yaml").read_text(encoding="utf-8")
    done = run_module("profile", "-", "--json", stdin=source, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == load_profile(PROFILES / "ada.resume.json").to_dict()


# --- forgiving rules -----------------------------------------------------------------------------------------


def test_empty_and_null_values_are_dropped_with_a_warning(tmp_path: Path) -> None:
    path = write_json(tmp_path, {
        "basics": {"name": "Nell", "url": "", "location": {}, "summary": "   ", "profiles": []},
        "work": [{"name": "Acme", "url": None, "highlights": ["Shipped it", None, ""]}, None],
        "skills": [],
    })
    profile = load_profile(path)
    assert profile.warnings == [
        "basics.url is empty; ignored",
        "basics.location is empty; ignored",
        "basics.summary is empty; ignored",
        "basics.profiles is empty; ignored",
        "work[0].url is empty; ignored",
        "work[0].highlights[1] is empty; ignored",
        "work[0].highlights[2] is empty; ignored",
        "work[1] is empty; ignored",
        "skills is empty; ignored",
    ]
    assert profile.basics.url is None and profile.basics.location is None
    assert len(profile.work) == 1 and profile.work[0].highlights == ["Shipped it"]
    assert "url" not in profile.to_dict()["work"][0]


@pytest.mark.parametrize(("data", "path", "expected"), [
    ({"work": [{"highlights": "Led a team of five"}]}, "work[0].highlights", "a list of text"),
    ({"work": {"name": "Acme"}}, "work", "a list of objects"),
    ({"basics": ["Ada"]}, "basics", "an object"),
    ({"basics": {"location": "Berlin"}}, "basics.location", "an object"),
    ({"basics": {"location": {"city": ["Berlin"]}}}, "basics.location.city", "text"),
    ({"basics": {"name": True}}, "basics.name", "text"),
    ({"skills": [{"name": "Python", "keywords": 3}]}, "skills[0].keywords", "a list of text"),
    ({"projects": [{"roles": [{"role": "lead"}]}]}, "projects[0].roles[0]", "text"),
    ({"education": ["Yale"]}, "education[0]", "an object"),
    ({"meta": 5}, "meta", "an object"),
])
def test_wrong_kind_is_an_error_naming_the_path(tmp_path: Path, data: dict, path: str, expected: str) -> None:
    file = write_json(tmp_path, data)
    with pytest.raises(ProfileError) as caught:
        load_profile(file)
    message = str(caught.value)
    assert message.startswith(f"{file}: {path} should be {expected}, not ")
    assert caught.value.exit_code == 3


def test_all_wrong_kinds_are_counted(tmp_path: Path) -> None:
    file = write_json(tmp_path, {"work": [{"highlights": "x", "summary": ["y"]}], "skills": "Python"})
    with pytest.raises(ProfileError) as caught:
        load_profile(file)
    assert "work[0].highlights should be a list of text" in str(caught.value)
    assert "and 2 more" in str(caught.value)


def test_string_in_list_error_shows_how_to_write_it(tmp_path: Path) -> None:
    file = write(tmp_path, "cv.yaml", "work:\n  - name: Acme\n    highlights: Led a team\n")
    with pytest.raises(ProfileError, match=r'write it as a list, e\.g\. \["Led a team"\]'):
        load_profile(file)


def test_numbers_where_text_belongs_become_text() -> None:
    profile = profile_from_data({"basics": {"name": "N", "phone": 5551234}, "work": [{"startDate": 2020}]})
    assert profile.basics.phone == "5551234"
    assert profile.work[0].start_date == "2020"
    assert profile.warnings == []


def test_unknown_keys_are_kept_on_round_trip() -> None:
    data = json.loads((PROFILES / "ada.resume.json").read_text(encoding="utf-8"))
    profile = load_profile(PROFILES / "ada.resume.json")
    out = profile.to_dict()
    assert out["x-custom"] == data["x-custom"]
    assert out["work"][0]["x-team"] == data["work"][0]["x-team"]
    assert out == data
    assert profile_from_data(out) == profile


def test_rendercv_wrong_kind_names_the_rendercv_path(tmp_path: Path) -> None:
    file = write(tmp_path, "cv.yaml", "cv:\n  name: R\n  sections:\n    experience:\n"
                 "      - company: Acme\n        position: Dev\n        highlights: Did things\n")
    with pytest.raises(ProfileError, match=r"cv\.sections\.experience\[0\]\.highlights should be a list of text"):
        load_profile(file)


def test_rendercv_section_that_is_not_a_list(tmp_path: Path) -> None:
    file = write(tmp_path, "cv.yaml", "cv:\n  name: R\n  sections:\n    skills: Python, Go\n")
    with pytest.raises(ProfileError, match=r"cv\.sections\.skills should be a list of entries, not text"):
        load_profile(file)


def test_rendercv_line_sections_by_title() -> None:
    profile = profile_from_data({"cv": {"name": "R", "sections": {
        "Skills": ["Python", "Go"],
        "Languages": [{"label": "German", "details": "native"}],
        "work": [{"bullet": "Freelance translation"}],
        "Professional Summary": ["Builds compilers."],
        "Certifications": [{"bullet": "AWS Solutions Architect"}],
    }}})
    data = profile.to_dict()
    assert data["skills"] == [{"name": "Python"}, {"name": "Go"}]
    assert data["languages"] == [{"language": "German", "fluency": "native"}]
    assert data["work_2"] == ["Freelance translation"] and "work" not in data
    assert data["basics"]["summary"] == "Builds compilers."
    assert data["certificates"] == [{"name": "AWS Solutions Architect"}]


def test_rendercv_entry_type_detection_helpers() -> None:
    assert entry_type([{"company": "A", "position": "B"}]) == "ExperienceEntry"
    assert entry_type([{"institution": "A", "area": "B"}]) == "EducationEntry"
    assert entry_type([{"title": "T", "authors": ["A"]}]) == "PublicationEntry"
    assert entry_type([{"name": "N", "highlights": []}]) == "NormalEntry"
    assert entry_type([{"label": "L", "details": "D"}]) == "OneLineEntry"
    assert entry_type([None, {"bullet": "B"}]) == "BulletEntry"
    assert entry_type(["plain"]) == "TextEntry"
    assert entry_type([{"unknown": 1}]) is None
    assert title_kind("Honors_and_Awards") == "awards"
    assert title_kind("Professional Summary") == "summary"
    assert title_kind("Experience") is None
    assert split_details("A, B (x, y), C,") == ["A", "B (x, y)", "C"]


# --- require_name -----------------------------------------------------------------------------------------------


def test_require_name(tmp_path: Path) -> None:
    file = write_json(tmp_path, {"basics": {"name": "  "}, "work": [{"name": "Acme"}]})
    profile = load_profile(file)
    with pytest.raises(ProfileError) as caught:
        require_name(profile)
    assert str(caught.value) == (f"{file}: basics.name is missing; a letter needs a name to sign "
                                 "(add basics.name to the profile)")
    assert require_name(load_profile(PROFILES / "ada.resume.json")) == "Ada Lovelace"


# --- files that cannot be read or parsed -------------------------------------------------------------------


def test_bad_json_reports_line_and_column(tmp_path: Path) -> None:
    file = write(tmp_path, "cv.json", '{\n  "basics": {\n    "name": "A",\n  }\n}\n')
    with pytest.raises(ParseError) as caught:
        load_profile(file)
    assert (caught.value.line, caught.value.column) == (4, 3)
    assert str(caught.value).startswith(f"{file}:4:3: not valid JSON: Expecting property name")


def test_bad_yaml_reports_line_and_column(tmp_path: Path) -> None:
    file = write(tmp_path, "cv.yaml", "basics:\n  name: A\n  label: [Engineer\nwork: []\n")
    with pytest.raises(ParseError) as caught:
        load_profile(file)
    assert (caught.value.line, caught.value.column) == (4, 5)
    assert str(caught.value).startswith(f"{file}:4:5: not valid YAML:")


def test_yaml_tab_indentation_reports_line_and_column(tmp_path: Path) -> None:
    file = write(tmp_path, "cv.yml", "basics:\n  name: A\n\tlabel: B\n")
    with pytest.raises(ParseError) as caught:
        load_profile(file)
    assert (caught.value.line, caught.value.column) == (3, 1)


@pytest.mark.parametrize(("text", "kind"), [("[1, 2]", "a list"), ("just some words\n", "text")])
def test_top_level_must_be_an_object(tmp_path: Path, text: str, kind: str) -> None:
    file = write(tmp_path, "cv.yaml", text)
    with pytest.raises(ProfileError, match=f"the top level is {kind}"):
        load_profile(file)


@pytest.mark.parametrize("text", ["", "  \n", "# only a comment\n"])
def test_empty_file_is_an_input_error(tmp_path: Path, text: str) -> None:
    with pytest.raises(InputError):
        load_profile(write(tmp_path, "cv.yaml", text))


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("basics:\n  name: Ren\xe9e\n".encode("latin-1"))
    return {
        "missing": (tmp_path / "nope.json", "no such profile"),
        "directory": (tmp_path, "is a directory"),
        "binary": (binary, "is a binary file"),
        "not-utf8": (latin1, "is not UTF-8 text (bad byte at line 2)"),
        "bad-json": (write(tmp_path, "bad.json", '{"basics": {"name": "A"'), "not valid JSON"),
        "wrong-kind": (write_json(tmp_path, {"work": [{"highlights": "x"}]}, "kind.json"), "work[0].highlights"),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "binary", "not-utf8", "bad-json", "wrong-kind"])
def test_cli_errors_are_one_line_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   case: str) -> None:
    path, expected = _bad_files(tmp_path)[case]
    code, out, err = run_cli(capsys, "profile", str(path))
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"Error: {path}")
    assert expected in lines[0]
    assert "Traceback" not in err


def test_cli_error_through_the_console_script(tmp_path: Path) -> None:
    latin1 = tmp_path / "cv.json"
    latin1.write_bytes(b'{"basics": {"name": "Ren\xe9e"}}')
    done = run_module("profile", latin1, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == f"Error: {latin1}: is not UTF-8 text (bad byte at line 1) (save the file as UTF-8)"


# --- the profile command ------------------------------------------------------------------------------------


def test_cli_json_prints_the_profile_as_json_resume(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "profile", str(PROFILES / "grace.rendercv.yaml"), "--json")
    assert code == 0, err
    assert json.loads(out) == load_profile(PROFILES / "grace.rendercv.yaml").to_dict()


def test_cli_json_keeps_stdout_clean_and_warns_on_stderr(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    file = write_json(tmp_path, {"basics": {"name": "Nell", "email": None}})
    code, out, err = run_cli(capsys, "profile", str(file), "--json")
    assert code == 0
    assert json.loads(out) == {"basics": {"name": "Nell"}}
    assert err.splitlines() == ["warning: basics.email is empty; ignored"]


def test_cli_summary_shows_what_was_understood(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = write_json(tmp_path, {
        "basics": {"name": "Nell [bold]Ng[/bold]", "label": "Engineer", "email": "nell@example.org", "url": ""},
        "work": [{"name": "Acme", "position": "Developer", "startDate": "2019-03", "highlights": ["a", "b"]},
                 {"name": "Initech", "position": "Intern", "startDate": "2017", "endDate": "2018"}],
        "skills": [{"name": "Languages", "keywords": ["Python", "Go"]}],
    })
    code, out, err = run_cli(capsys, "profile", str(file))
    assert code == 0, err
    assert "Nell [bold]Ng[/bold] — Engineer" in out  # user text is shown, never read as markup
    assert "nell@example.org" in out
    assert "2019-03 – present" in out and "2017 – 2018" in out
    assert "Developer" in out and "Initech" in out
    assert "Languages: Python, Go" in out
    assert "warning: basics.url is empty; ignored" in out


def test_cli_summary_warns_when_the_name_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "profile", str(write_json(tmp_path, {"work": [{"name": "Acme"}]})))
    assert code == 0
    assert "(no name)" in out
    assert "basics.name is missing" in out


def test_cli_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "profile", "--help")
    assert code == 0
    assert "Example" in out and "coverletter profile cv.json --validate" in out

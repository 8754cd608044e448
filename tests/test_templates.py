"""The template system: lookup order, overriding, sandbox, errors with file and line, filters, checks, docs."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from coverletter.cli.templates import templates as templates_cli
from coverletter.errors import TemplateError
from coverletter.paths import builtin_templates_dir
from coverletter.templating.checker import check_template
from coverletter.templating.environment import render_template
from coverletter.templating.filters import (
    a_an,
    cite,
    date_range,
    extract_marks,
    join_and,
    lower_first,
    sentence,
    strip_period,
)
from coverletter.templating.lookup import list_templates, resolve_template, template_settings
from coverletter.write.context import TYPES, VARIABLES, build_context, context_classes
from coverletter.write.views import EvidenceView, WordsView

from fixture_paths import ROOT, SAMPLE_PROFILE, SEED_POSTING
from helpers import run_cli

DOC = ROOT / "docs" / "templates.md"
BUILTIN_LETTERS = ("default", "concise", "academic")


def _user_letters(home: Path) -> Path:
    folder = home / "templates" / "letters"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ------------------------------------------------------------------------------------------- lookup


def test_builtins_are_found_by_name_without_extension() -> None:
    for name in BUILTIN_LETTERS:
        path = resolve_template(name, kind="letters")
        assert path == builtin_templates_dir() / "letters" / f"{name}.md.j2"
    assert resolve_template("default.md.j2", kind="letters").name == "default.md.j2"


def test_a_user_file_with_a_builtin_name_overrides_it(isolated_user_dir: Path) -> None:
    mine = _user_letters(isolated_user_dir) / "default.md.j2"
    mine.write_text("Mine.\n")
    assert resolve_template("default", kind="letters") == mine
    assert render_template("default", {}, kind="letters") == "Mine.\n"
    infos = {(i.name, i.origin): i for i in list_templates("letters")}
    assert infos[("default", "user")].overrides is True
    assert ("default", "builtin") not in infos  # the name reaches the user's file only
    assert infos[("concise", "builtin")].overrides is False


def test_lookup_order_path_then_template_dir_then_user_then_builtin(isolated_user_dir: Path, tmp_path: Path) -> None:
    (_user_letters(isolated_user_dir) / "concise.md.j2").write_text("user\n")
    project = tmp_path / "project"
    (project / "letters").mkdir(parents=True)
    (project / "letters" / "concise.md.j2").write_text("dir/letters\n")
    (project / "concise.md.j2").write_text("dir\n")
    explicit = tmp_path / "explicit.md.j2"
    explicit.write_text("explicit\n")
    assert render_template("concise", {}, kind="letters", template_dir=project) == "dir/letters\n"
    (project / "letters" / "concise.md.j2").unlink()
    assert render_template("concise", {}, kind="letters", template_dir=project) == "dir\n"
    assert render_template("concise", {}, kind="letters") == "user\n"
    assert render_template(str(explicit), {}, kind="letters", template_dir=project) == "explicit\n"
    assert [i.origin for i in list_templates("letters", project) if i.name == "concise"] == ["dir"]


def test_unknown_name_and_missing_path_are_template_errors() -> None:
    with pytest.raises(TemplateError, match=r"no letter template named 'nope'.*known: academic, concise, default"):
        resolve_template("nope", kind="letters")
    with pytest.raises(TemplateError, match="no such template file"):
        resolve_template("./missing/letter.md.j2", kind="letters")
    with pytest.raises(TemplateError, match="unknown template kind"):
        resolve_template("default", kind="emails")


def test_descriptions_come_from_the_first_comment() -> None:
    infos = {i.name: i for i in list_templates("letters")}
    assert set(BUILTIN_LETTERS) <= set(infos)
    for name in BUILTIN_LETTERS:
        assert infos[name].description and "words:" not in infos[name].description
    assert template_settings("{# description: Short one.\n   words: 250-300 #}\nBody") == {
        "description": "Short one.", "words": "250-300"}


# ------------------------------------------------------------------------------------------- errors


def test_syntax_error_names_file_line_and_the_offending_line(isolated_user_dir: Path) -> None:
    path = _user_letters(isolated_user_dir) / "mine.md.j2"
    path.write_text("Hello.\n\n{{ job.title }\n")
    with pytest.raises(TemplateError) as caught:
        render_template("mine", {"job": {"title": "x"}}, kind="letters")
    message = str(caught.value)
    assert re.match(r"^\S*mine\.md\.j2:3: ", message), message
    assert message.endswith("| {{ job.title }")
    assert caught.value.line == 3
    assert "Traceback" not in message


def test_undefined_variable_names_file_and_line(isolated_user_dir: Path) -> None:
    path = _user_letters(isolated_user_dir) / "mine.md.j2"
    path.write_text("Line one.\n{% if true %}\n{{ job.titel }}\n{% endif %}\n")
    with pytest.raises(TemplateError) as caught:
        render_template("mine", {"job": {"title": "x"}}, kind="letters")
    message = str(caught.value)
    assert "mine.md.j2:3:" in message and "titel" in message and "| {{ job.titel }}" in message


def test_error_in_an_included_template_names_that_file(isolated_user_dir: Path) -> None:
    folder = _user_letters(isolated_user_dir)
    (folder / "part.md.j2").write_text("ok\n{{ missing_name }}\n")
    (folder / "main.md.j2").write_text("{% include 'part.md.j2' %}\n")
    with pytest.raises(TemplateError) as caught:
        render_template("main", {}, kind="letters")
    assert "part.md.j2:2:" in str(caught.value)


@pytest.mark.parametrize("source", [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cite.__globals__ }}",
    "{{ job.__init__.__globals__ }}",
])
def test_the_sandbox_refuses_attribute_tricks(tmp_path: Path, source: str) -> None:
    path = tmp_path / "evil.md.j2"
    path.write_text(f"Fine.\n{source}\n")
    with pytest.raises(TemplateError) as caught:
        render_template(str(path), {"job": WordsView(1, 2, 3)}, kind="letters")
    assert "evil.md.j2:2:" in str(caught.value)
    assert "unsafe" in str(caught.value) or "not allowed" in str(caught.value)


def test_data_is_never_compiled_as_a_template(tmp_path: Path) -> None:
    path = tmp_path / "echo.md.j2"
    path.write_text("{{ text }}\n")
    posting = "Build {{ 7*7 }} pipelines {% for x in y %}{{ x }}{% endfor %} {# note #}"
    assert render_template(str(path), {"text": posting}, kind="letters") == posting + "\n"


# ------------------------------------------------------------------------------------------ filters


def test_filters() -> None:
    assert join_and(["A", "B", "C"]) == "A, B and C"
    assert join_and(["A", "", None, "B"]) == "A and B"
    assert join_and(["A"]) == "A"
    assert join_and([]) == ""
    assert join_and(["A", "B"], "or") == "A or B"
    assert sentence("built a tool") == "Built a tool."
    assert sentence("Done!") == "Done!"
    assert sentence("  spaced   out  ") == "Spaced out."
    assert lower_first("Optimized an algorithm") == "optimized an algorithm"
    assert lower_first("AWS migration") == "AWS migration"
    assert lower_first("iOS apps") == "iOS apps"
    assert lower_first("I built it") == "I built it"
    assert strip_period("Led a team.") == "Led a team"
    assert a_an("engineer") == "an engineer"
    assert a_an("PhD in Physics") == "a PhD in Physics"
    assert a_an("MSc") == "an MSc"
    assert a_an("university degree") == "a university degree"
    assert a_an("hour") == "an hour"
    assert date_range("2013-12-01", "2014-12-01") == "2013–2014"
    assert date_range("2020-05") == "since 2020"
    assert date_range("2016-08-24", "2016-08-24") == "2016"
    assert date_range("2013-12", "present", months=True) == "since December 2013"


def test_filters_keep_citation_markers_and_cite_records_ids() -> None:
    ev = EvidenceView(id="work[0].highlights[1]", text="optimized the encoder.", kind="highlight",
                              context="", score=0.0)
    cited = cite(ev)
    assert sentence(cited).startswith("Optimized the encoder.")
    assert strip_period(cited).startswith("optimized the encoder\ue000")
    text, ids = extract_marks(f"{sentence(cited)} And {cite(ev, 'again')}.")
    assert text == "Optimized the encoder. And again."
    assert ids == ["work[0].highlights[1]"]


# ------------------------------------------------------------------------------------------- checks


@pytest.mark.parametrize("name", BUILTIN_LETTERS)
def test_builtin_letter_templates_check_clean(name: str) -> None:
    assert check_template(resolve_template(name, kind="letters"), "letters") == []


def test_check_reports_syntax_unknown_variables_attributes_and_filters(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md.j2"
    bad.write_text("{{ job.titel }}\n{{ profil.name }}\n{% for item in plan %}{{ item.evidense }}{% endfor %}\n"
                   "{{ job.title|shout }}\n{% set ev = plan[0].evidence %}{{ ev.sentense }}\n")
    found = {(p.line, p.message.split(" (")[0].split(" has")[0]) for p in check_template(bad, "letters")}
    assert (1, "job") in found
    assert (2, "unknown variable 'profil'") in found
    assert (3, "item") in found
    assert (4, "unknown filter 'shout'") in found
    assert (5, "ev") in found
    broken = tmp_path / "broken.md.j2"
    broken.write_text("ok\n{% if x %}\n")
    problems = check_template(broken, "letters")
    assert len(problems) == 1 and problems[0].line == 2


# --------------------------------------------------------------------------------------------- docs


def _doc_tables() -> dict[str, set[str]]:
    """Each table of docs/templates.md's context section: heading -> the names in its first column."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## The context of a letter template", 1)[1]
    tables: dict[str, set[str]] = {}
    current = "variables"
    for line in section.splitlines():
        heading = re.match(r"^### (\w+)", line)
        if heading:
            current = heading.group(1)
        cell = re.match(r"^\| `(\w+)` \|", line)
        if cell:
            tables.setdefault(current, set()).add(cell.group(1))
    return tables


def _attributes(cls: type) -> set[str]:
    """What a template can read on a view: its fields and public properties."""
    fields = {f.name for f in dataclasses.fields(cls)}
    return fields | {n for n, v in vars(cls).items() if isinstance(v, property) and not n.startswith("_")}


def test_docs_list_exactly_the_context_the_composer_builds(shared_fixtures: Path) -> None:
    from coverletter.job import load_job
    from coverletter.match.coverage import match_profile
    from coverletter.profile import load_profile


    profile = load_profile(SAMPLE_PROFILE)
    job = load_job(SEED_POSTING)
    context = build_context(profile, job, match_profile(profile, job))
    tables = _doc_tables()
    assert tables["variables"] == set(VARIABLES) == set(context)
    assert set(tables) - {"variables"} == set(TYPES)
    for type_name, attrs in TYPES.items():
        assert tables[type_name] == set(attrs), type_name
        assert _attributes(context_classes()[type_name]) == set(attrs), type_name
    for name, (type_name, _, _) in VARIABLES.items():
        value = context[name]
        if type_name in TYPES:
            assert type(value).__name__ == type_name, name
        elif type_name.startswith("list[") and value:
            assert type(value[0]).__name__ == type_name[5:-1], name


def test_docs_name_every_filter() -> None:
    from coverletter.templating.filters import FILTERS

    text = DOC.read_text(encoding="utf-8")
    for name in FILTERS:
        assert f"`{name}" in text, name


# ---------------------------------------------------------------------------------------------- CLI


def test_cli_list_json_and_show(isolated_user_dir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(templates_cli, ["list", "--kind", "letters", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {d["name"] for d in data} >= set(BUILTIN_LETTERS)
    assert all(d["kind"] == "letters" and d["origin"] == "builtin" for d in data)
    shown = runner.invoke(templates_cli, ["show", "concise"])
    assert shown.exit_code == 0
    assert shown.output == (builtin_templates_dir() / "letters" / "concise.md.j2").read_text()


def test_cli_copy_goes_to_the_user_directory_and_refuses_to_overwrite(isolated_user_dir: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(templates_cli, ["copy", "default"])
    target = isolated_user_dir / "templates" / "letters" / "default.md.j2"
    assert first.exit_code == 0, first.output
    assert target.read_text() == (builtin_templates_dir() / "letters" / "default.md.j2").read_text()
    target.write_text("edited\n")
    again = runner.invoke(templates_cli, ["copy", "default"])
    assert again.exit_code != 0
    assert "already exists" in str(again.exception)
    assert target.read_text() == "edited\n"
    forced = runner.invoke(templates_cli, ["copy", "default", "--force"])
    assert forced.exit_code == 0
    assert target.read_text().startswith("{# description:")
    named = runner.invoke(templates_cli, ["copy", "concise", "short"])
    assert named.exit_code == 0
    assert (isolated_user_dir / "templates" / "letters" / "short.md.j2").is_file()
    assert resolve_template("short", kind="letters").parent == target.parent


def test_cli_check_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "templates", "check", str(resolve_template("default", kind="letters")))
    assert code == 0 and "ok" in out
    bad = tmp_path / "bad.md.j2"
    bad.write_text("{{ job.title }\n")
    code, out, err = run_cli(capsys, "templates", "check", str(bad), "--json")
    assert code == 4  # through the entry point's error handler: one line on stderr, exit code 4
    assert err.startswith("Error: ") and "1 problem in the template" in err
    data = json.loads(out)
    assert data["ok"] is False and data["problems"][0]["line"] == 1


def test_docs_list_the_prompt_context() -> None:
    from coverletter.write import prompt

    text = DOC.read_text(encoding="utf-8")
    section = text.split("## The context of a prompt template", 1)[1].split("## The context of a letter", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)` \|", section, re.M))
    assert documented == set(prompt.VARIABLES)
    for type_name in prompt.CONTEXT_TYPES:
        assert f"`{type_name}`" in section


@pytest.mark.parametrize("name", ["system", "user", "revise"])
def test_builtin_prompt_templates_check_clean(name: str) -> None:
    assert check_template(resolve_template(name, kind="prompts"), "prompts") == []


# ------------------------------------------------------------------------------------------- language


def test_builtin_letters_follow_the_letters_language_and_user_templates_declare_theirs(
        isolated_user_dir: Path) -> None:
    mine = _user_letters(isolated_user_dir)
    (mine / "brief.md.j2").write_text("{# description: Kurz.\n   language: de #}\nIch bewerbe mich.\n")
    (mine / "carta.md.j2").write_text("{# language: pt-BR #}\nCandidato-me.\n")
    (mine / "old.md.j2").write_text("{# description: no language #}\nI apply.\n")
    found = {i.name: i.language for i in list_templates("letters")}
    assert {found[name] for name in BUILTIN_LETTERS} == {"any"}
    assert (found["brief"], found["carta"], found["old"]) == ("de", "pt-br", "en")


def test_cli_list_shows_the_language_and_copy_keeps_it(isolated_user_dir: Path) -> None:
    runner = CliRunner()
    (_user_letters(isolated_user_dir) / "brief.md.j2").write_text("{# language: de #}\nIch bewerbe mich.\n")
    table = runner.invoke(templates_cli, ["list", "--kind", "letters"], terminal_width=200)
    assert table.exit_code == 0, table.output
    assert "language" in table.output
    assert re.search(r"brief\s*│\s*letters\s*│\s*de\s*│", table.output)
    assert re.search(r"default\s*│\s*letters\s*│\s*any\s*│", table.output)
    data = {d["name"]: d for d in json.loads(runner.invoke(templates_cli, ["list", "--json"]).output)}
    assert data["brief"]["language"] == "de" and data["default"]["language"] == "any"
    copied = runner.invoke(templates_cli, ["copy", "brief", "brief-copy"])
    assert copied.exit_code == 0, copied.output
    again = {d["name"]: d for d in json.loads(runner.invoke(templates_cli, ["list", "--json"]).output)}
    assert again["brief-copy"]["language"] == "de"
    runner.invoke(templates_cli, ["copy", "default", "mine"])
    assert {d["name"]: d for d in json.loads(runner.invoke(templates_cli, ["list", "--json"]).output)}[
        "mine"]["language"] == "any"


def test_generate_with_a_template_in_another_language_is_one_line_naming_both(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = tmp_path / "brief.md.j2"
    brief.write_text("{# language: de #}\nIch bewerbe mich bei {{ job.employer }}.\n")
    code, out, err = run_cli(capsys, "generate", str(ROOT / "examples" / "profile.json"),
                             str(ROOT / "examples" / "posting.txt"), "--template", str(brief), "--language", "fr")
    assert code == 4 and not out
    assert err.count("\n") == 1 and "written in 'de' (German), not 'fr' (French)" in err


def test_generate_in_german_from_a_builtin_template_writes_the_body_in_german(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "generate", str(ROOT / "examples" / "profile.json"),
                             str(ROOT / "examples" / "posting.txt"), "--language", "de", "--date", "2026-12-01")
    assert code == 0
    assert "Sehr geehrte Damen und Herren," in out and "Mit freundlichen Grüßen" in out
    assert "1\\. Dezember 2026" in out and "**Bewerbung als " in out
    from coverletter.job.language import detect_language

    body = out.split("Sehr geehrte Damen und Herren,")[1].split("Mit freundlichen Grüßen")[0]
    assert detect_language(body) == "de" and "body is in" not in err

"""Start-up work made cheaper must answer as before: models made without dataclasses' per-field look, a hot
model's compiled __init__, remembered skill spans and names, the language model's remembered moves, and
python -m pausing the collector from its first import."""

from __future__ import annotations

import dataclasses
import inspect
import json
import subprocess
import sys
from dataclasses import field
from typing import ClassVar

from fixture_paths import EXAMPLES


def _described(cls: type) -> list[tuple]:
    return [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.compare, f.hash, f.kw_only,
             f._field_type) for f in dataclasses.fields(cls)]  # type: ignore[attr-defined]


def test_a_model_has_the_fields_dataclasses_gives_it() -> None:
    from coverletter.datamodel import _dataclass

    def plain() -> type:
        class Thing:
            """A thing."""

            name: str
            kind: ClassVar[str] = "thing"
            tags: list[str] = field(default_factory=list)
            note: str | None = field(default=None, repr=False, kw_only=True)

        return Thing

    def with_text() -> type:
        namespace: dict = {}
        exec("from __future__ import annotations\nfrom dataclasses import field\nfrom typing import ClassVar\n"
             "class Thing:\n    '''A thing.'''\n    name: str\n    tags: list[str] = field(default_factory=list)\n"
             "    note: str | None = field(default=None, repr=False, kw_only=True)\n", namespace)
        return namespace["Thing"]

    for make in (plain, with_text):
        ours = _dataclass(make())
        theirs = dataclasses.dataclass(make(), init=False, repr=False, eq=False)
        assert _described(ours) == _described(theirs)
        assert ours.__annotations__ == theirs.__annotations__
        assert ours.__match_args__ == theirs.__match_args__  # type: ignore[attr-defined]


def test_a_hot_models_compiled_init_takes_what_the_dataclass_init_takes() -> None:
    from coverletter.datamodel import _compiled_init, model

    @model
    class Entry:
        """An entry."""

        name: str
        aliases: tuple[str, ...] = ()
        seen: list[str] = field(default_factory=list)
        count: int = field(default=0, init=False)
        label: str = field(default="", kw_only=True)

    init = _compiled_init(Entry, False)
    twin = dataclasses.make_dataclass("Entry", [(f.name, object, f) for f in dataclasses.fields(Entry)])
    ours, theirs = inspect.signature(init), inspect.signature(twin.__init__)
    assert [(p.name, p.kind) for p in ours.parameters.values()][1:] == \
        [(p.name, p.kind) for p in theirs.parameters.values()][1:]
    entry = Entry.__new__(Entry)
    init(entry, "Go", ("Golang",), label="x")
    assert (entry.name, entry.aliases, entry.seen, entry.count, entry.label) == ("Go", ("Golang",), [], 0, "x")


def test_skill_spans_and_names_are_remembered_but_handed_out_afresh() -> None:
    from coverletter.check.kinds import names
    from coverletter.skills import load_lexicon

    lexicon = load_lexicon()
    text = "Built services in Python and Go, deployed on Kubernetes."
    first = lexicon.find_spans(text)
    first.append(("Mangled", 0, 1))
    assert lexicon.find_spans(text) == lexicon._find_spans(text)
    sentence = "I worked at Acme Robotics with the University of Cambridge."
    got = names(sentence)
    got.clear()
    assert [n.text for n in names(sentence)] == ["Acme Robotics", "University of Cambridge"]


MOVES_PROBE = """
import json, sys
from coverletter.job.language import _model, classify
texts = {texts!r}
sys.stdout.write(json.dumps([len(_model().moves), [classify(t) for t in texts]]))
"""


def test_language_moves_found_once_are_read_back_and_change_no_answer(tmp_path) -> None:
    texts = [(EXAMPLES / "posting.txt").read_text(encoding="utf-8"),
             "Wir suchen eine engagierte Fachkraft für unser Team in Berlin.",
             "Nous recherchons un développeur passionné pour rejoindre notre équipe."]
    env = {"COVERLETTER_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [json.loads(subprocess.run([sys.executable, "-c", MOVES_PROBE.format(texts=texts)], env=env,
                                      capture_output=True, text=True, check=True).stdout) for _ in range(2)]
    assert runs[0][0] == 0 and runs[1][0] > 100  # the second run starts from the first's moves
    assert runs[0][1] == runs[1][1] == ["en", "de", "fr"]


def test_python_dash_m_pauses_the_collector_from_its_first_import(tmp_path) -> None:
    probe = ("import gc, runpy, sys, json\nimport atexit\n"
             "atexit.register(lambda: sys.stderr.write('GC=' + json.dumps([gc.isenabled(), gc.get_freeze_count()])))\n"
             f"sys.argv = ['coverletter', 'generate', {str(EXAMPLES / 'profile.json')!r}, "
             f"{str(EXAMPLES / 'posting.txt')!r}, '-o', {str(tmp_path / 'l.md')!r}]\n"
             "runpy.run_module('coverletter', run_name='__main__')\n")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={"COVERLETTER_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert (tmp_path / "l.md").is_file(), run.stderr
    enabled, frozen = json.loads(run.stderr.rsplit("GC=", 1)[1])
    assert enabled and frozen > 10_000  # click's and jinja2's objects frozen with the command's

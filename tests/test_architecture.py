"""The package's shape: no import cycles, no stage importing a later one, small modules and functions.

The import graph is read with ``ast`` from every module under coverletter/ (imports inside functions and under
``TYPE_CHECKING`` count too: a type-only import from a later stage is still a dependency in the wrong direction).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from fixture_paths import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the tomli backport, a dependency there
    import tomli as tomllib

PACKAGE = ROOT / "coverletter"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60

# Stages in pipeline order; a module may import its own stage, the leaves and earlier stages only.
LEAVES = ("text", "style", "skills", "errors", "paths", "files", "settings", "datamodel", "letter", "regex_cache",
          "__init__",
          "__main__")
STAGES = (
    ("profile", "job"),
    ("match",),
    ("templating",),
    ("write",),
    ("check",),
    ("render",),
    ("pipeline",),
    ("batch",),
    ("api",),
    ("cli",),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The coverletter modules a module imports (a package's __init__ counts when a name comes from it)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            candidates = [target] + [f"{target}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        found.update(c for c in candidates if c in known and c != name)
    return found


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imported(name, path, known) for name, path in found.items()}


def stage_of(name: str) -> int:
    """-1 for the leaves, else the index of the module's stage."""
    top = name.split(".")[1] if "." in name else "__init__"
    if top in LEAVES:
        return -1
    for index, group in enumerate(STAGES):
        if top in group:
            return index
    raise AssertionError(f"{name} belongs to no stage: add its package to STAGES or LEAVES")


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return out


def package_edges(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """Edges between modules, with a package's __init__ re-exports followed to the module that defines them
    skipped: an __init__ importing its own submodules is not a cycle."""
    return {a: {b for b in targets if not a.startswith(b + ".")} for a, targets in edges.items()}


def test_the_import_graph_has_no_cycle() -> None:
    found = cycles(package_edges(graph()))
    assert found == [], f"import cycles: {found}"


def test_no_stage_imports_a_later_one() -> None:
    wrong = sorted(
        (a, b) for a, targets in graph().items() for b in targets
        if stage_of(b) > stage_of(a) and stage_of(a) >= -1
        and not (stage_of(a) == -1 and a in ("coverletter", "coverletter.__main__") and b.startswith("coverletter.cli"))
    )
    assert wrong == [], "imports from a later stage:\n" + "\n".join(f"{a} -> {b}" for a, b in wrong)


def test_write_never_imports_check() -> None:
    edges = graph()
    assert not any(b.startswith("coverletter.check") for a, t in edges.items() if a.startswith("coverletter.write")
                   for b in t)


def test_the_checker_test_catches_a_cycle_and_a_backward_import() -> None:
    """The two graph tests can fail: a made-up cycle is found, and a leaf importing a stage is out of order."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert stage_of("coverletter.text.clean") < stage_of("coverletter.match.rank") < stage_of("coverletter.cli.job")


@pytest.mark.parametrize("name", sorted(modules()))
def test_module_is_at_most_600_lines(name: str) -> None:
    lines = modules()[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{name} has {lines} lines (limit {MAX_MODULE_LINES})"


def long_functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                out.append((node.name, length))
    return out


def test_the_function_length_check_finds_a_long_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    source = tmp_path / "long.py"
    source.write_text(f"def short():\n    pass\n\n\ndef long():\n{body}\n", encoding="utf-8")
    assert long_functions(source) == [("long", MAX_FUNCTION_LINES + 1)]


def test_no_function_is_over_60_lines() -> None:
    found = {name: long for name, path in modules().items() if (long := long_functions(path))}
    assert found == {}, f"functions over {MAX_FUNCTION_LINES} lines: {found}"


def test_ruff_checks_complexity_everywhere() -> None:
    """C901 and the PLR size rules are on, at the agreed limits, and no file is excused from any rule."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]["lint"]
    assert {"C901", "PLR0911", "PLR0912", "PLR0913", "PLR0915"} <= set(config["select"])
    assert config["mccabe"]["max-complexity"] == 15
    assert "per-file-ignores" not in config
    assert [rule for rule in config.get("ignore", []) if rule.startswith(("C", "PLR"))] == []


"""The template checker: syntax errors with their line, and variables, attributes, filters and tests the
context does not offer. The context's schema comes from the stage that builds the context (see
``templating.schema``), so the checker knows no stage's internals.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import jinja2
import jinja2.meta
import jinja2.nodes

from ..datamodel import model
from ..errors import InputError
from ..files import read_text
from .environment import _line_of, display_path, make_environment
from .lookup import _check_kind
from .schema import Schema, context_schema


@model
class Problem:
    """One thing wrong with a template: a syntax error or a variable the context does not offer."""

    path: str
    line: int | None
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "message": self.message, "severity": self.severity}




def _element(type_name: str) -> str:
    found = re.match(r"^list\[(.+)\]$", type_name.strip())
    return found.group(1).strip() if found else ""


def _base(type_name: str) -> str:
    return type_name.replace(" | None", "").strip()


def _walk_attributes(
    node: jinja2.nodes.Node,
    scope: dict[str, str],
    types: dict[str, dict[str, str]],
    problems: list[tuple[int, str]],
) -> None:
    """Check ``var.attr`` chains against the documented types; loops bind their target to the element type."""
    if isinstance(node, jinja2.nodes.For):
        _walk_attributes(node.iter, scope, types, problems)
        inner = dict(scope)
        element = _element(_base(_type_of(node.iter, scope, types) or ""))
        if isinstance(node.target, jinja2.nodes.Name):
            inner[node.target.name] = element
        for child in [*node.body, *node.else_]:
            _walk_attributes(child, inner, types, problems)
        if node.test is not None:
            _walk_attributes(node.test, inner, types, problems)
        return
    if isinstance(node, jinja2.nodes.Assign):
        _walk_attributes(node.node, scope, types, problems)
        if isinstance(node.target, jinja2.nodes.Name):
            scope[node.target.name] = _type_of(node.node, scope, types) or ""
        return
    if isinstance(node, jinja2.nodes.Getattr):
        owner = _type_of(node.node, scope, types)
        owner = _base(owner) if owner else owner
        if owner and owner in types and node.attr not in types[owner]:
            problems.append((node.lineno, f"{_dotted(node.node)} ({owner}) has no attribute {node.attr!r}"))
    for child in node.iter_child_nodes():
        _walk_attributes(child, scope, types, problems)


_SAME_TYPE_FILTERS = ("list", "reverse", "unique", "sort", "selectattr", "rejectattr", "select", "reject")


def _type_of(node: jinja2.nodes.Node, scope: dict[str, str], types: dict[str, dict[str, str]]) -> str | None:
    if isinstance(node, jinja2.nodes.Name):
        return scope.get(node.name)
    if isinstance(node, jinja2.nodes.Getattr):
        owner = _type_of(node.node, scope, types)
        if owner:
            return types.get(_base(owner), {}).get(node.attr)
    if isinstance(node, jinja2.nodes.Filter) and node.name in _SAME_TYPE_FILTERS:
        return _type_of(node.node, scope, types) if node.node is not None else None
    if isinstance(node, jinja2.nodes.Getitem):
        owner = _type_of(node.node, scope, types)
        if owner and isinstance(node.arg, jinja2.nodes.Const) and isinstance(node.arg.value, int):
            return _element(_base(owner)) or None
        if owner and isinstance(node.arg, jinja2.nodes.Slice):
            return owner
    return None


def _dotted(node: jinja2.nodes.Node) -> str:
    if isinstance(node, jinja2.nodes.Name):
        return node.name
    if isinstance(node, jinja2.nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    return "value"


def _identity(value: Any, *args: Any, **kwargs: Any) -> Any:
    return value


def check_template(path: str | Path, kind: str = "letters", schema: Schema | None = None) -> list[Problem]:
    """Problems in a template file: syntax errors (with line), variables and attributes the context lacks
    (the schema given, else the one registered for the kind)."""
    _check_kind(kind)
    p = Path(path)
    shown = display_path(p)
    try:
        source = read_text(p, what="template")
    except InputError as exc:  # missing, directory, binary
        return [Problem(shown, None, str(getattr(exc, "message", exc)))]
    env = make_environment([p.parent])
    try:
        ast = env.parse(source, p.name, str(p))
    except jinja2.TemplateSyntaxError as exc:
        offending = _line_of(source, exc.lineno)
        message = exc.message or "syntax error"
        return [Problem(shown, exc.lineno, f"{message} | {offending}" if offending else message)]
    schema = schema or context_schema(kind)
    if schema is None:
        return []
    variables, types = schema
    known = set(variables) | set(env.globals)
    problems: list[Problem] = []
    unknown_filters = {n.name for n in ast.find_all(jinja2.nodes.Filter)} - set(env.filters)
    unknown_tests = {n.name for n in ast.find_all(jinja2.nodes.Test)} - set(env.tests)
    for name in unknown_filters:  # stand-ins, so that the variable analysis below can run
        env.filters[name] = _identity
    for name in unknown_tests:
        env.tests[name] = _identity
    assigned = {n.name for n in ast.find_all(jinja2.nodes.Name) if n.ctx in ("store", "param")}
    undeclared = jinja2.meta.find_undeclared_variables(ast) - assigned
    for name in sorted(undeclared - known):
        line = next((n.lineno for n in ast.find_all(jinja2.nodes.Name) if n.name == name), None)
        problems.append(Problem(shown, line, f"unknown variable {name!r} (not in the {kind} context; "
                                             "see docs/templates.md)"))
    found: list[tuple[int, str]] = []
    _walk_attributes(ast, dict(variables), types, found)
    for line, message in sorted(set(found)):
        problems.append(Problem(shown, line, message))
    for name in sorted(unknown_filters):
        line = next((n.lineno for n in ast.find_all(jinja2.nodes.Filter) if n.name == name), None)
        problems.append(Problem(shown, line, f"unknown filter {name!r}"))
    for name in sorted(unknown_tests):
        line = next((n.lineno for n in ast.find_all(jinja2.nodes.Test) if n.name == name), None)
        problems.append(Problem(shown, line, f"unknown test {name!r}"))
    problems.sort(key=lambda p: (p.line or 0, p.message))
    return problems

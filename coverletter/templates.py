"""The Jinja environment for letter and prompt templates: lookup order, sandbox, filters, errors with file:line.

Lookup order for a template name (``resolve_template``):

1. an explicit path (``--template PATH``: anything with a slash or that exists as a file);
2. a name in ``--template-dir`` (its ``<kind>/`` subfolder first, then the folder itself);
3. the user directory: ``<user_dir>/templates/<kind>/``;
4. the built-ins shipped with coverletter: ``templates/<kind>/``.

A name may omit the extension (``default`` finds ``default.md.j2``), and a user's file with a built-in's
name overrides the built-in. Templates run in a ``SandboxedEnvironment`` with ``StrictUndefined``: a
misspelt variable is an error, never an empty string, and ``{{ ''.__class__ }}`` is refused. Every
failure is a ``TemplateError`` naming the file, the line and the offending line. Untrusted text (a job
posting) is only ever passed in as data; it is never compiled as a template.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jinja2
import jinja2.meta
import jinja2.nodes
from jinja2.sandbox import SandboxedEnvironment

from .errors import TemplateError
from .paths import builtin_templates_dir, user_dir

Kind = Literal["letters", "prompts"]
KINDS: tuple[str, ...] = ("letters", "prompts")
EXTENSIONS: tuple[str, ...] = (".md.j2", ".txt.j2", ".j2", ".jinja", ".jinja2")
_SETTING = re.compile(r"^\s*([a-z_]+)\s*:\s*(.+?)\s*$")

# Citation markers: ``cite(ev)`` returns the evidence text followed by an invisible marker that carries
# the evidence id; the composer reads the markers per paragraph and removes them.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
_MARK = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")


# ------------------------------------------------------------------------------------------- filters


def _split_trailing_marks(text: str) -> tuple[str, str]:
    """('text', '<marks>') for text that ends in citation markers (and spaces)."""
    end = len(text)
    while True:
        stripped = text[:end].rstrip()
        if stripped.endswith(MARK_CLOSE):
            start = stripped.rfind(MARK_OPEN)
            if start < 0:
                break
            end = start
            continue
        break
    return text[:end].rstrip(), text[end:].strip()


def _leading_marks(text: str) -> tuple[str, str]:
    match = re.match(f"^((?:\\s*{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE})*)", text)
    head = match.group(1) if match else ""
    return head.strip(), text[len(head):]


def strip_marks(text: str) -> str:
    """Text without citation markers."""
    return _MARK.sub("", text)


def extract_marks(text: str) -> tuple[str, list[str]]:
    """(text without markers, the evidence ids the markers carried, in order, without repeats)."""
    ids = list(dict.fromkeys(_MARK.findall(text)))
    return strip_marks(text), ids


def cite(evidence: Any, text: str | None = None) -> str:
    """The evidence's text (or the given text) with a marker that records the evidence id.

    Works with any object that has ``id`` and ``text`` attributes; ``{{ ev|cite }}`` or ``{{ cite(ev) }}``.
    """
    if evidence is None or isinstance(evidence, jinja2.Undefined):
        return "" if text is None else str(text)
    ev_id = getattr(evidence, "id", None)
    shown = str(text) if text is not None else str(getattr(evidence, "text", evidence))
    return f"{shown}{MARK_OPEN}{ev_id}{MARK_CLOSE}" if ev_id else shown


def join_and(items: Iterable[Any], conjunction: str = "and", sep: str = ", ") -> str:
    """['A', 'B', 'C'] -> 'A, B and C'; empty items are skipped."""
    values = [str(x).strip() for x in items if x is not None and str(x).strip()]
    if len(values) <= 1:
        return "".join(values)
    return f"{sep.join(values[:-1])} {conjunction} {values[-1]}"


def sentence(text: Any) -> str:
    """Capitalise the first letter and end with a full stop (unless it already ends with . ! ? or :)."""
    body, marks = _split_trailing_marks(" ".join(str(text or "").split()))
    head, rest = _leading_marks(body)
    rest = rest.strip()
    if not rest:
        return f"{head}{marks}"
    rest = rest[0].upper() + rest[1:]
    if rest[-1] not in ".!?:…" and not (rest[-1] in "”\"')" and rest[-2:-1] in (".", "!", "?")):
        rest += "."
    return f"{head}{rest}{marks}"


def lower_first(text: Any) -> str:
    """Lower-case the first letter, unless the first word is an acronym or a name (e.g. 'AWS', 'iOS', 'McKinsey')."""
    value = str(text or "")
    head, rest = _leading_marks(value)
    if not rest:
        return value
    first = rest.split(" ", 1)[0]
    if first.rstrip(",.;:") in ("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d"):
        return value
    letters = [c for c in first if c.isalpha()]
    if len(letters) > 1 and any(c.isupper() for c in letters[1:]):
        return value
    return head + rest[0].lower() + rest[1:]


def strip_period(text: Any) -> str:
    """Drop a final full stop (for a quotation that continues the sentence)."""
    body, marks = _split_trailing_marks(str(text or "").strip())
    return body.rstrip().rstrip(".").rstrip() + marks


def _spelled_out(word: str) -> bool:
    """An abbreviation read letter by letter that starts with a vowel sound: MSc, MBA-like, NGO, SRE."""
    return word[0] in "MNS" and len(word) > 1 and word[1].isupper()


def a_an(word: Any) -> str:
    """'engineer' -> 'an engineer', 'PhD' -> 'a PhD', 'MSc' -> 'an MSc', 'hour' -> 'an hour'."""
    value = str(word or "").strip()
    if not value:
        return ""
    first = value.split()[0]
    lower = first.casefold()
    if first.isupper() and len(first) > 1:
        vowel = first[0] in "AEFHILMNORSX"
    elif lower.startswith(("uni", "use", "usu", "one", "eu", "ur")):
        vowel = False
    elif lower.startswith(("hour", "honest", "honou", "heir")) or _spelled_out(first):
        vowel = True
    else:
        vowel = lower[0] in "aeiou"
    return f"{'an' if vowel else 'a'} {value}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _year_month(value: Any) -> tuple[str, str]:
    text = str(value or "").strip()
    if text.casefold() in ("present", "now", "current", "today"):
        return "present", ""
    found = re.match(r"^(\d{4})(?:-(\d{1,2}))?", text)
    if not found:
        return text, ""
    month = int(found.group(2)) if found.group(2) else 0
    return found.group(1), _MONTHS[month - 1] if 1 <= month <= 12 else ""


def date_range(start: Any, end: Any = None, months: bool = False) -> str:
    """'2013-12-01', '2014-12-01' -> '2013–2014'; open end -> 'since 2013'; same year -> '2016'."""
    (y1, m1), (y2, m2) = _year_month(start), _year_month(end)
    first = f"{m1} {y1}" if months and m1 else y1
    last = f"{m2} {y2}" if months and m2 else y2
    if y1 and (not y2 or y2 == "present"):
        return f"since {first}"
    if y1 and y2 and first != last:
        return f"{first}–{last}"
    return first or last


def quote(text: Any) -> str:
    """Wrap in typographic quotes: “text”."""
    body, marks = _split_trailing_marks(str(text or "").strip())
    return f"“{body}”{marks}" if body else marks


def plain(text: Any) -> str:
    """Text without Markdown links, emphasis marks or doubled spaces."""
    value = re.sub(r"\[([^\]\n]*)\]\([^)\s]*\)", r"\1", str(text or ""))
    value = re.sub(r"(\*\*|__|`)", "", value)
    return " ".join(value.split())


FILTERS: dict[str, Callable[..., Any]] = {
    "a_an": a_an,
    "cite": cite,
    "date_range": date_range,
    "join_and": join_and,
    "lower_first": lower_first,
    "plain": plain,
    "quote": quote,
    "sentence": sentence,
    "strip_period": strip_period,
}
GLOBALS: dict[str, Any] = {"cite": cite}


# -------------------------------------------------------------------------------------------- lookup


@dataclass
class TemplateInfo:
    """One template that a name can reach: where it lives and what it is for."""

    name: str
    kind: str
    origin: Literal["builtin", "user", "dir"]
    path: Path
    description: str = ""
    overrides: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "origin": self.origin, "path": str(self.path),
                "description": self.description, "overrides": self.overrides}


@dataclass
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


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise TemplateError(f"unknown template kind {kind!r}", hint="use letters or prompts")


def search_dirs(kind: str, template_dir: str | Path | None = None) -> list[tuple[str, Path]]:
    """The folders searched for a template name, in order, each with its origin."""
    _check_kind(kind)
    dirs: list[tuple[str, Path]] = []
    if template_dir is not None:
        base = Path(template_dir).expanduser()
        dirs += [("dir", base / kind), ("dir", base)]
    dirs.append(("user", user_dir() / "templates" / kind))
    dirs.append(("builtin", builtin_templates_dir() / kind))
    return dirs


def template_name(path: Path) -> str:
    """A template's name: its file name without the template extension (default.md.j2 -> default)."""
    for ext in EXTENSIONS:
        if path.name.endswith(ext):
            return path.name[: -len(ext)]
    return path.name


def _candidates(name: str) -> list[str]:
    if name.endswith(EXTENSIONS):
        return [name]
    return [name + ext for ext in EXTENSIONS] + [name]


def _looks_like_path(name: str) -> bool:
    return "/" in name or "\\" in name or name.startswith((".", "~"))


def resolve_template(
    name_or_path: str | Path, *, kind: str = "letters", template_dir: str | Path | None = None
) -> Path:
    """The file a template name or path stands for, by the lookup order in this module's docstring."""
    _check_kind(kind)
    text = str(name_or_path).strip()
    if not text:
        raise TemplateError("empty template name", hint="give a name such as default, or a path")
    explicit = Path(text).expanduser()
    if isinstance(name_or_path, Path) or _looks_like_path(text) or explicit.is_file():
        if explicit.is_file():
            return explicit
        if explicit.is_dir():
            raise TemplateError("is a directory, not a template", path=text,
                                hint="give a template file, or use --template-dir for a folder")
        if _looks_like_path(text) or isinstance(name_or_path, Path):
            raise TemplateError("no such template file", path=text, hint="check the path")
    looked: list[str] = []
    for _, folder in search_dirs(kind, template_dir):
        for candidate in _candidates(text):
            path = folder / candidate
            if path.is_file():
                return path
        looked.append(str(folder))
    known = ", ".join(sorted({info.name for info in list_templates(kind, template_dir)})) or "none"
    raise TemplateError(f"no {kind[:-1]} template named {text!r} (looked in {'; '.join(looked)})",
                        hint=f"known: {known}; see `coverletter templates list`")


def _description(path: Path) -> str:
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    except OSError:
        return ""
    return template_settings(head).get("description", "")


def template_settings(source: str) -> dict[str, str]:
    """Settings from a template's first comment: ``{# description: ...\\n words: 250-300 #}``."""
    found = re.match(r"^\s*\{#-?(.*?)-?#\}", source, re.S)
    if not found:
        return {}
    settings: dict[str, str] = {}
    key = None
    for line in found.group(1).splitlines():
        hit = _SETTING.match(line)
        if hit:
            key = hit.group(1)
            settings[key] = hit.group(2)
        elif key and line.strip():
            settings[key] += " " + line.strip()
    return settings


def list_templates(kind: str | None = None, template_dir: str | Path | None = None) -> list[TemplateInfo]:
    """Every template reachable by name, the one a name resolves to first; ``overrides`` marks a shadowing file."""
    kinds = [kind] if kind else list(KINDS)
    found: list[TemplateInfo] = []
    for one in kinds:
        seen: set[str] = set()
        for origin, folder in search_dirs(one, template_dir):
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if not path.is_file() or not path.name.endswith(EXTENSIONS):
                    continue
                name = template_name(path)
                if name in seen:
                    continue
                seen.add(name)
                found.append(TemplateInfo(name, one, origin, path, _description(path)))  # type: ignore[arg-type]
        builtin = builtin_templates_dir() / one
        for info in found:
            if info.kind == one and info.origin != "builtin":
                info.overrides = any((builtin / (info.name + ext)).is_file() for ext in EXTENSIONS)
    return found


# --------------------------------------------------------------------------------------- environment


def make_environment(search_path: list[Path] | None = None) -> SandboxedEnvironment:
    """The sandboxed environment every template runs in (text output: no autoescape)."""
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(p) for p in (search_path or [])]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(FILTERS)
    env.globals.update(GLOBALS)
    return env


def display_path(path: str | Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(p)


def _line_of(source: str | None, lineno: int | None) -> str:
    if not source or not lineno:
        return ""
    lines = source.splitlines()
    return lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""


def _error(path: Path, lineno: int | None, message: str, source: str | None, hint: str | None = None
           ) -> TemplateError:
    where = display_path(path) + (f":{lineno}" if lineno else "")
    offending = _line_of(source, lineno)
    text = f"{message} | {offending}" if offending else message
    error = TemplateError(text, path=where, hint=hint)
    error.line = lineno  # type: ignore[attr-defined]
    error.template = str(path)  # type: ignore[attr-defined]
    return error


def _render_line(exc: BaseException, filenames: set[str]) -> tuple[str | None, int | None]:
    """The template file and line where a render-time error happened, from the rewritten traceback."""
    tb = exc.__traceback__
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in filenames:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _environment_for(path: Path, kind: str, template_dir: str | Path | None) -> SandboxedEnvironment:
    folders = [path.parent] + [folder for _, folder in search_dirs(kind, template_dir) if folder.is_dir()]
    return make_environment(list(dict.fromkeys(folders)))


def load_template(path: Path, *, kind: str = "letters", template_dir: str | Path | None = None
                  ) -> jinja2.Template:
    """Compile a template file; a syntax error becomes a TemplateError with file and line."""
    from .errors import InputError
    from .files import read_text

    try:
        source = read_text(path, what="template")
    except InputError as exc:
        raise TemplateError(exc.message, path=exc.path, hint=exc.hint) from exc
    env = _environment_for(path, kind, template_dir)
    try:
        return env.template_class.from_code(
            env, env.compile(source, path.name, str(path)), env.make_globals(None), None
        )
    except jinja2.TemplateSyntaxError as exc:
        where = Path(exc.filename) if exc.filename and exc.filename != str(path) else path
        text = exc.source if exc.filename == str(path) or not exc.filename else _read_quiet(where)
        raise _error(where, exc.lineno, exc.message or "syntax error", text or source,
                     hint=None) from None


def _read_quiet(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def render_path(path: Path, context: Mapping[str, Any], *, kind: str = "letters",
                template_dir: str | Path | None = None) -> str:
    """Render one template file with context; every failure is a TemplateError with file and line."""
    template = load_template(path, kind=kind, template_dir=template_dir)
    return render_loaded(template, path, context, kind=kind, template_dir=template_dir)


def render_loaded(template: jinja2.Template, path: Path, context: Mapping[str, Any], *, kind: str = "letters",
                  template_dir: str | Path | None = None) -> str:
    """Render a template compiled by ``load_template`` (compile once, render many times)."""
    try:
        return template.render(dict(context))
    except jinja2.TemplateSyntaxError as exc:  # an included template that does not parse
        where = Path(exc.filename) if exc.filename else path
        raise _error(where, exc.lineno, exc.message or "syntax error", exc.source or _read_quiet(where)) from None
    except jinja2.TemplateNotFound as exc:
        raise _render_error(exc, path, kind, template_dir,
                            f"includes a template that does not exist: {exc.name}") from None
    except jinja2.exceptions.SecurityError as exc:
        raise _render_error(exc, path, kind, template_dir, f"not allowed in a template: {exc}",
                            hint="templates run in a sandbox") from None
    except jinja2.UndefinedError as exc:
        raise _render_error(exc, path, kind, template_dir, _explain_undefined(exc.message or str(exc), kind),
                            hint="see docs/templates.md for the variables a template gets") from None
    except (TemplateError, RecursionError, MemoryError):
        raise
    except Exception as exc:  # a filter given the wrong kind of value, a division by zero, ...
        raise _render_error(exc, path, kind, template_dir, f"{type(exc).__name__}: {exc}") from None


def _render_error(exc: BaseException, path: Path, kind: str, template_dir: str | Path | None, message: str,
                  hint: str | None = None) -> TemplateError:
    """The TemplateError for a failure while rendering, at the template file and line where it happened."""
    filename, line = _render_line(exc, _template_files(path, kind, template_dir))
    where = Path(filename) if filename else path
    return _error(where, line, message, _read_quiet(where), hint=hint)


def _explain_undefined(message: str, kind: str) -> str:
    """Jinja's "'coverletter.compose.JobView object' has no attribute 'titel'" as "JobView has no attribute
    'titel' (did you mean 'title'?)"; "'x' is undefined" as "unknown variable 'x' (did you mean ...?)"."""
    import difflib

    schema = None
    try:
        schema = context_schema(kind)
    except Exception:  # a kind without a documented context: keep Jinja's words
        schema = None
    found = re.match(r"^'(?:[\w.]+\.)?(\w+) object' has no attribute '(\w+)'", message)
    if found:
        type_name, attr = found.groups()
        known = list((schema[1].get(type_name) if schema else None) or [])
        close = difflib.get_close_matches(attr, known, n=1)
        return f"{type_name} has no attribute {attr!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
    found = re.match(r"^'(\w+)' is undefined", message)
    if found:
        name = found.group(1)
        close = difflib.get_close_matches(name, list(schema[0]) if schema else [], n=1)
        return f"unknown variable {name!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
    return f"undefined: {message}"


def _template_files(path: Path, kind: str, template_dir: str | Path | None) -> set[str]:
    files = {str(path)}
    for _, folder in [("x", path.parent), *search_dirs(kind, template_dir)]:
        if folder.is_dir():
            files.update(str(p) for p in folder.iterdir() if p.name.endswith(EXTENSIONS))
    return files


def render_template(
    name_or_path: str | Path,
    context: Mapping[str, Any],
    *,
    kind: str = "letters",
    template_dir: str | Path | None = None,
) -> str:
    """Resolve a template by name or path and render it with context (plain data, never re-parsed)."""
    path = resolve_template(name_or_path, kind=kind, template_dir=template_dir)
    return render_path(path, context, kind=kind, template_dir=template_dir)


# -------------------------------------------------------------------------------------------- checks


def context_schema(kind: str) -> tuple[dict[str, str], dict[str, dict[str, str]]] | None:
    """(variable -> type, type -> {attribute -> type}) documented for a kind, or None when unknown."""
    _check_kind(kind)
    if kind == "letters":
        from .compose import CONTEXT_TYPES, VARIABLES

        return {name: spec[0] for name, spec in VARIABLES.items()}, CONTEXT_TYPES
    try:
        from . import prompt as prompt_module  # the prompt builder may document its own context
    except ImportError:
        return None
    variables = getattr(prompt_module, "VARIABLES", None)
    types = getattr(prompt_module, "CONTEXT_TYPES", {})
    if not variables:
        return None
    return {name: (spec[0] if isinstance(spec, tuple) else str(spec)) for name, spec in variables.items()}, types


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


def check_template(path: str | Path, kind: str = "letters") -> list[Problem]:
    """Problems in a template file: syntax errors (with line), variables and attributes the context lacks."""
    _check_kind(kind)
    p = Path(path)
    shown = display_path(p)
    try:
        from .files import read_text

        source = read_text(p, what="template")
    except Exception as exc:  # InputError: missing, directory, binary
        return [Problem(shown, None, str(getattr(exc, "message", exc)))]
    env = make_environment([p.parent])
    try:
        ast = env.parse(source, p.name, str(p))
    except jinja2.TemplateSyntaxError as exc:
        offending = _line_of(source, exc.lineno)
        message = exc.message or "syntax error"
        return [Problem(shown, exc.lineno, f"{message} | {offending}" if offending else message)]
    schema = context_schema(kind)
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


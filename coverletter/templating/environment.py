"""The sandbox every template runs in, loading and rendering, and errors with file and line.

Templates run in a ``SandboxedEnvironment`` with ``StrictUndefined``: a misspelt variable is an error, never
an empty string, and ``{{ ''.__class__ }}`` is refused. Every failure is a ``TemplateError`` naming the
file, the line and the offending line. Untrusted text (a job posting) is only ever passed in as data; it is
never compiled as a template.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import InputError, TemplateError
from ..files import read_text
from .filters import FILTERS, GLOBALS
from .lookup import EXTENSIONS, resolve_template, search_dirs
from .schema import context_schema


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


def _folders_for(path: Path, kind: str, template_dir: str | Path | None) -> list[Path]:
    folders = [path.parent] + [folder for _, folder in search_dirs(kind, template_dir) if folder.is_dir()]
    return list(dict.fromkeys(folders))


_TEMPLATE_ENDINGS = (".j2", ".jinja", ".jinja2", ".md", ".txt", ".html")


def _stamp(folders: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Every file in the template folders with its modification time and size: a change to any (an included
    template too) compiles the template again."""
    found = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.endswith(_TEMPLATE_ENDINGS):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat()
                found.append((entry.path, info.st_mtime_ns, info.st_size))
    return tuple(sorted(found))


def load_template(path: Path, *, kind: str = "letters", template_dir: str | Path | None = None
                  ) -> jinja2.Template:
    """Compile a template file (once while neither it nor its folders' files change: a batch writes many letters
    with one template); a syntax error becomes a TemplateError with file and line."""
    folders = _folders_for(path, kind, template_dir)
    if not path.is_file():
        return _compile_template(path, folders)  # reports the missing file
    return _compiled(path, tuple(folders), _stamp(folders))


@lru_cache(maxsize=16)
def _compiled(path: Path, folders: tuple[Path, ...], stamp: tuple[tuple[str, int, int], ...]) -> jinja2.Template:
    return _compile_template(path, list(folders))


def _compile_template(path: Path, folders: list[Path]) -> jinja2.Template:
    try:
        source = read_text(path, what="template")
    except InputError as exc:
        raise TemplateError(exc.message, path=exc.path, hint=exc.hint) from exc
    env = make_environment(folders)
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
    """Jinja's "'coverletter.write.composer.JobView object' has no attribute 'titel'" as "JobView has no attribute
    'titel' (did you mean 'title'?)"; "'x' is undefined" as "unknown variable 'x' (did you mean ...?)"."""
    schema = context_schema(kind)
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

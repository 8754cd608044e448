"""Finding templates: the lookup order, names, the settings header, listing.

Lookup order for a template name (``resolve_template``):

1. an explicit path (``--template PATH``: anything with a slash or that exists as a file);
2. a name in ``--template-dir`` (its ``<kind>/`` subfolder first, then the folder itself);
3. the user directory: ``<user_dir>/templates/<kind>/``;
4. the built-ins shipped with coverletter: ``templates/<kind>/``.

A name may omit the extension (``default`` finds ``default.md.j2``), and a user's file with a built-in's
name overrides the built-in.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from ..datamodel import model
from ..errors import TemplateError
from ..files import atomic_write, read_bytes
from ..paths import builtin_templates_dir, user_dir

Kind = Literal["letters", "prompts"]
KINDS: tuple[str, ...] = ("letters", "prompts")
EXTENSIONS: tuple[str, ...] = (".md.j2", ".txt.j2", ".j2", ".jinja", ".jinja2")
_SETTING = re.compile(r"^\s*([a-z_]+)\s*:\s*(.+?)\s*$")
ANY_LANGUAGE = "any"  # a template with no words of its own: it prints the writer's text in the letter's language


@model
class TemplateInfo:
    """One template that a name can reach: where it lives and what it is for."""

    name: str
    kind: str
    origin: Literal["builtin", "user", "dir"]
    path: Path
    description: str = ""
    overrides: bool = False
    language: str = "en"  # the language of its own words, or "any" (see template_language)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "origin": self.origin, "path": str(self.path),
                "description": self.description, "language": self.language, "overrides": self.overrides}


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
        if explicit.exists():
            raise TemplateError("is not a regular file (a FIFO, a device or a socket), not a template", path=text,
                                hint="give a template file")
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


def _head_settings(path: Path) -> dict[str, str]:
    """The settings of a template file's first comment ({} when it cannot be read)."""
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    except OSError:
        return {}
    return template_settings(head)


def template_language(settings: dict[str, str]) -> str:
    """The language a template's own words are in, from ``language:`` in its first comment (``{# language: de
    #}``): a lower-case code ("de", "pt-br"), ``any`` for a template that prints only the writer's text and so
    follows the letter's language, English when it declares none."""
    declared = settings.get("language", "").strip().split()
    if not declared:
        return "en"
    value = declared[0].strip(",;").casefold().replace("_", "-")
    return ANY_LANGUAGE if value in (ANY_LANGUAGE, "*", "all") else value


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
                settings = _head_settings(path)
                found.append(TemplateInfo(name, one, origin, path,  # type: ignore[arg-type]
                                          settings.get("description", ""), language=template_language(settings)))
        builtin = builtin_templates_dir() / one
        for info in found:
            if info.kind == one and info.origin != "builtin":
                info.overrides = any((builtin / (info.name + ext)).is_file() for ext in EXTENSIONS)
    return found


def copy_destination(source: Path, dest: str | None, kind: str) -> Path:
    """Where ``templates copy`` puts a copy of source: the user directory under the same name (no dest), a
    folder given (same name inside), a bare new name (in the user directory), or the file given."""
    user_folder = user_dir() / "templates" / kind
    if dest is None:
        return user_folder / source.name
    given = Path(dest).expanduser()
    if given.is_dir() or dest.endswith(("/", "\\")):
        return given / source.name
    if "/" not in dest and "\\" not in dest and not dest.endswith(EXTENSIONS):
        suffix = next((ext for ext in EXTENSIONS if source.name.endswith(ext)), "")
        return user_folder / f"{dest}{suffix}"
    return given


def copy_template(name: str, dest: str | None = None, *, kind: str = "letters",
                  template_dir: str | Path | None = None, force: bool = False) -> tuple[Path, Path]:
    """Copy the template a name finds to dest (see ``copy_destination``); (source, target).

    With no dest the copy keeps the name, so it replaces the built-in from then on; when the user's copy is
    already what the name finds, the built-in is copied again (refused without force)."""
    source = resolve_template(name, kind=kind, template_dir=template_dir)
    target = copy_destination(source, dest, kind)
    if dest is None and target.resolve() == source.resolve():
        builtin = builtin_templates_dir() / kind / source.name
        if builtin.is_file():
            source = builtin
    if target.resolve() == source.resolve():
        raise TemplateError("is already the file that the name finds; nothing to copy", path=str(target),
                            hint="edit it directly, or give another DEST")
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, read_bytes(source, what="template"), force=force)
    return source, target

"""Reading user files safely and writing outputs atomically."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

from .errors import InputError, OutputError, ParseError

STDIN = "-"
_BINARY_SAMPLE = 8192
MAX_INPUT_MB_ENV = "COVERLETTER_MAX_INPUT_MB"
DEFAULT_MAX_INPUT_MB = 20
MAX_YAML_VALUES = 100_000  # values a YAML document may hold once its aliases are expanded


def max_input_bytes() -> int:
    """The size cap on any one input file: 20 MB, or COVERLETTER_MAX_INPUT_MB."""
    raw = os.environ.get(MAX_INPUT_MB_ENV, "").strip()
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_INPUT_MB
    except ValueError:
        megabytes = DEFAULT_MAX_INPUT_MB
    return int(max(megabytes, 0.001) * 1024 * 1024)


def _too_big(path: str, what: str, limit: int) -> InputError:
    return InputError(f"the {what} is larger than {limit / (1024 * 1024):g} MB", path=path,
                      hint=f"set {MAX_INPUT_MB_ENV} to raise the limit")


def read_bytes(path: str | Path, *, what: str = "file") -> bytes:
    """Read a whole file, or stdin for "-", with a clear error for a missing file, a directory, a FIFO or a
    device (refused before anything is read, so nothing blocks) and a file over the size cap."""
    limit = max_input_bytes()
    if str(path) == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise _too_big("<stdin>", what, limit)
        return data
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such {what}", path=str(path), hint="check the path")
    if p.is_dir():
        raise InputError(f"is a directory, not a {what}", path=str(path), hint="give the path of a file")
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO opens without waiting for a writer
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", path=str(path)) from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"is not a regular file (a FIFO, a device or a socket), not a {what}", path=str(path),
                             hint="give the path of a file, or - to read stdin")
        if info.st_size > limit:
            raise _too_big(str(path), what, limit)
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(f"cannot read {what}: {exc.strerror or exc}", path=str(path)) from exc
    if len(data) > limit:
        raise _too_big(str(path), what, limit)
    return data


def is_regular_file(path: str | Path) -> bool:
    """True for a regular file (not a FIFO, device, socket or folder); never blocks."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes in its first 8 KiB (images, archives, executables)."""
    return b"\x00" in data[:_BINARY_SAMPLE]


def decode_text(data: bytes, *, path: str | Path, what: str = "file") -> str:
    """Decode UTF-8 text (a BOM is dropped); binary or non-UTF-8 data is an InputError."""
    if looks_binary(data):
        raise InputError(f"is a binary file, not a text {what}", path=str(path),
                         hint="give a text, Markdown, JSON or YAML file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"is not UTF-8 text (bad byte at line {line})", path=str(path),
                         hint="save the file as UTF-8") from exc


def read_text(path: str | Path, *, what: str = "file") -> str:
    """Read a UTF-8 text file (or stdin for "-") with one clear error for every way it can fail."""
    return decode_text(read_bytes(path, what=what), path=path, what=what)


def parse_json(text: str, path: str, *, problem: str = "not valid JSON") -> Any:
    """Parse JSON; a syntax error (or nesting too deep) is a ParseError naming path, 1-based line and column.

    ``problem`` starts the message ("not valid JSON: Expecting ',' delimiter").
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"{problem}: {exc.msg}", path=path, line=exc.lineno, column=exc.colno,
                         hint="fix the JSON syntax at that position") from exc
    except RecursionError as exc:
        raise ParseError(f"{problem}: nested too deeply", path=path) from exc
    except ValueError as exc:  # an integer of more than 4300 digits
        raise ParseError(f"{problem}: {number_problem(exc)}", path=path) from exc


def number_problem(exc: ValueError) -> str:
    """A ValueError from a parser as a short phrase (Python refuses integers of more than 4300 digits)."""
    text = str(exc)
    if "integer string conversion" in text or "digits" in text:
        return f"a number has more than {getattr(sys, 'get_int_max_str_digits', lambda: 4300)()} digits"
    return text.split("\n", 1)[0]


def load_yaml(text: str, name: str) -> Any:
    """YAML with yaml's safe loader, refusing a document whose aliases expand to more than MAX_YAML_VALUES
    values (a "billion laughs") or refer to themselves. Raises yaml's own errors for bad syntax, and
    ParseError for these limits and for numbers too long to read."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node, name)
        try:
            return loader.construct_document(node)
        except ValueError as exc:
            raise ParseError(f"not valid YAML: {number_problem(exc)}", path=name) from exc
    finally:
        loader.dispose()


def _check_expansion(root: Any, name: str) -> None:
    """Count the values a YAML node graph holds once aliases are expanded, without expanding it."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] > MAX_YAML_VALUES:
                raise ParseError(f"not valid YAML: its aliases expand to more than {MAX_YAML_VALUES:,} values",
                                 path=name, hint="write the values out instead of using & and * aliases")
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise ParseError("not valid YAML: an alias refers to the value that holds it", path=name,
                             hint="remove the * alias that points at its own parent")
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)


def _children(node: Any) -> list[Any]:
    value = getattr(node, "value", None)
    if not isinstance(value, list):
        return []
    if value and isinstance(value[0], tuple):
        return [part for pair in value for part in pair]
    return value


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output(target: Path, *, force: bool = False) -> str | None:
    """Raise OutputError when target cannot be written (a folder, exists without force, no such folder, a
    folder we may not write in, not a regular file); a notice when force will replace a read-only file."""
    try:
        return _check_output(target, force=force)
    except OSError as exc:  # a name too long, a loop of links, ...
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(target)) from None


def _check_output(target: Path, *, force: bool) -> str | None:
    if target.is_dir():
        raise OutputError("is a directory", path=str(target), hint="give a file name for the output")
    if target.exists() and not force:
        raise OutputError("already exists", path=str(target), hint="pass --force to overwrite it")
    if target.exists() and not is_regular_file(target):
        raise OutputError("is not a regular file (a FIFO, a device or a socket)", path=str(target),
                          hint="give the path of a file to write")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("folder does not exist", path=str(folder), hint="create it first")
    _probe(folder)
    if target.exists() and not os.stat(target).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return f"{target} is read-only; replacing it (--force)"
    return None


def _probe(folder: Path) -> None:
    """Create and remove a temp file in folder: the one sure test that a file can be written there."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".coverletter-probe.", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write in this folder ({exc.strerror or exc})", path=str(folder),
                          hint="choose another output folder") from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def check_outputs(outputs: list[tuple[str, Path | None]], inputs: list[str | Path], *, force: bool = False
                  ) -> list[str]:
    """Check every output before any work: each writable, none the same file as an input or as another
    output. ``outputs`` are (option, path) pairs; the notices to show (read-only files --force replaces)."""
    notices: list[str] = []
    given = [(option, path) for option, path in outputs if path is not None]
    for index, (option, path) in enumerate(given):
        for source in inputs:
            if str(source) != STDIN and _same_file(path, Path(source)):
                raise OutputError(f"{option} would overwrite an input file", path=str(path),
                                  hint="write the output to another file")
        for other_option, other in given[:index]:
            if _same_file(path, other):
                raise OutputError(f"{other_option} and {option} name the same file", path=str(path),
                                  hint="give each output its own file")
        notice = check_output(path, force=force)
        if notice:
            notices.append(notice)
    return notices


def _file_mode(target: Path) -> int:
    """The mode a new file gets from the user's umask (0666 & ~umask); an existing file keeps its own."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def atomic_write(path: str | Path, data: bytes | str, *, force: bool = False) -> Path:
    """Write data to path through a temp file in the same folder and a rename.

    An existing file is kept unless force is true; a failure midway leaves no partial file. A new file gets
    the user's umask; a replaced one keeps its mode.
    """
    target = Path(path)
    check_output(target, force=force)
    folder = target.parent if str(target.parent) else Path(".")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(target)) from exc
    try:
        os.chmod(tmp, _file_mode(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if not force and target.exists():
            raise OutputError("already exists", path=str(target), hint="pass --force to overwrite it")
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(target)) from exc
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target

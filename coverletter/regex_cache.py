"""A cache of compiled regular expressions across runs, for the CLI's own process.

An offline letter uses about 500 regular expressions (the posting parser's, the checker's, the skills
lexicon's trie); parsing and compiling them is half the CPU of a run, and Python keeps nothing between
processes. ``install()`` (called by the CLI's ``main``, never by the library) makes ``re`` remember, per
Python build, the compiled program of each pattern in the user's cache directory, as .pyc files remember
bytecode: a later run hands the stored program to ``_sre.compile``, which validates it, and skips the
parser. Anything unexpected (another Python, an unreadable or corrupt cache, a read-only directory) falls
back to ``re``'s own compiler; patterns with the DEBUG flag, and Pattern objects, always go there.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable
from typing import Any

from .paths import cache_dir

_VERSION = f"{sys.implementation.cache_tag}-{sys.version_info.releaselevel}{sys.version_info.serial}-{sys.hexversion}"
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]  # the program as 32-bit words: marshal reads
# bytes at memory speed (a list of ints 25x slower)
MAX_ENTRIES = 1500  # past this, a save keeps only the patterns of its own run (patterns built from text add up;
# loading the file costs about 5 ms a thousand entries, every run)
_installed = False
_DEBUG = int(re.DEBUG)


def _cache_file() -> Any:
    return cache_dir() / f"regex2-{_VERSION}.marshal"


def _program(pattern: str | bytes, flags: int) -> Entry:
    """What re's compiler hands to _sre.compile for this pattern (re._compiler.compile, step by step)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = parsed.state.groupdict
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


class _Cache:
    def __init__(self, original: Callable[..., re.Pattern[Any]], stored: dict[Any, Entry], path: Any = None) -> None:
        import _sre

        self.original, self.stored, self.added, self.path = original, stored, False, path
        self.built: dict[Any, re.Pattern[Any]] = {}
        self.used: set[Any] = set()
        self.sre_compile = _sre.compile

    def compile(self, pattern: Any, flags: Any = 0) -> re.Pattern[Any]:
        try:  # (a str pattern never equals a bytes one, and a flag equals its int)
            return self.built[pattern, flags]
        except KeyError:
            pass
        flags = int(flags)
        if not isinstance(pattern, (str, bytes)) or flags & _DEBUG:
            return self.original(pattern, flags)
        key = (pattern, flags)
        entry = self.stored.get(key)
        try:
            if entry is None:  # a bad pattern raises re.error here, as in re
                entry = self.stored[key] = _program(pattern, flags)
                self.added = True
            final_flags, code, groups, groupindex, indexgroup = entry
            words = array("I")
            words.frombytes(code)
            found = self.sre_compile(pattern, final_flags, words.tolist(), groups, groupindex, indexgroup)
            self.used.add(key)
        except re.error:
            raise
        except Exception:  # an entry this Python does not accept: compile as re does
            self.stored.pop(key, None)
            found = self.original(pattern, flags)
        self.built[key] = found
        return found

    def save(self) -> None:
        if not self.added or self.path is None:
            return
        if len(self.stored) > MAX_ENTRIES:
            self.stored = {key: entry for key, entry in self.stored.items() if key in self.used}
        path = self.path
        with contextlib.suppress(OSError, ValueError):
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps(self.stored))
            os.replace(temporary, path)


def install() -> None:
    """Route this process's ``re`` compilations through the cache (once; a no-op where it cannot work)."""
    global _installed
    if _installed or sys.implementation.name != "cpython":
        return
    _installed = True
    stored: dict[Any, Entry] = {}
    path = _cache_file()  # where it was read, whatever the environment says at exit
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, dict):
            stored = loaded
    try:
        cache = _Cache(re._compile, stored, path)  # type: ignore[attr-defined]
    except ImportError:
        return
    re._compile = cache.compile  # type: ignore[attr-defined]
    atexit.register(cache.save)

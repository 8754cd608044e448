"""The CLI's cache of compiled regular expressions: same matches from the stored program, and safe fallbacks."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from coverletter import regex_cache

from fixture_paths import EXAMPLES

PATTERNS = [(r"(?P<year>\d{4})-(?P<month>\d\d)", 0), (r"\bsenior\s+(?:engineer|developer)\b", re.IGNORECASE),
            (rb"\x00+[a-z]", 0), (r"^-\s*(.+)$", re.MULTILINE), (r"(?<![\w+#])c\+\+(?![\w+#])", 0)]
TEXT = "2024-05 Senior  Engineer\n- C++ and c++ a\x00b"


def test_a_stored_program_matches_as_re_does() -> None:
    cache = regex_cache._Cache(re._compile, {})
    for pattern, flags in PATTERNS:
        fresh = cache.compile(pattern, flags)
        stored = regex_cache._Cache(re._compile, dict(cache.stored)).compile(pattern, flags)
        text = TEXT.encode() if isinstance(pattern, bytes) else TEXT
        expected = [(*m.groups(), m.span()) for m in re.finditer(pattern, text, flags)]
        assert [(*m.groups(), m.span()) for m in stored.finditer(text)] == expected
        assert stored.groupindex == re.compile(pattern, flags).groupindex
        assert stored.flags == fresh.flags == re.compile(pattern, flags).flags


def test_a_bad_pattern_raises_re_error_and_a_corrupt_entry_falls_back() -> None:
    cache = regex_cache._Cache(re._compile, {("a(b", 0): (0, [], 0, {}, ())})
    try:
        cache.compile("x(y", 0)
    except re.error:
        pass
    else:
        raise AssertionError("no re.error")
    assert cache.compile("a(b)", 0).match("ab")  # its own key, not the corrupt one
    corrupt = regex_cache._Cache(re._compile, {("a(b)", 0): (0, [1, 2, 3], 0, {}, ())})
    assert corrupt.compile("a(b)", 0).match("ab").group(1) == "b"


def test_the_cli_writes_the_cache_and_a_second_run_writes_the_same_letter(tmp_path) -> None:
    env = {**os.environ, "COVERLETTER_HOME": str(tmp_path / "home")}
    letters = []
    for run in range(2):
        out = tmp_path / f"letter-{run}.md"
        subprocess.run([sys.executable, "-m", "coverletter", "generate", str(EXAMPLES / "profile.json"),
                        str(EXAMPLES / "posting.txt"), "-o", str(out)], env=env, check=True, capture_output=True)
        letters.append(out.read_text(encoding="utf-8"))
        assert list((tmp_path / "home" / "cache").glob("regex2-*.marshal"))
    assert letters[0] == letters[1]
    (next((tmp_path / "home" / "cache").glob("regex2-*.marshal"))).write_bytes(b"not marshal")
    run = subprocess.run([sys.executable, "-m", "coverletter", "generate", str(EXAMPLES / "profile.json"),
                          str(EXAMPLES / "posting.txt"), "-o", str(tmp_path / "again.md")], env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "again.md").read_text(encoding="utf-8") == letters[0]

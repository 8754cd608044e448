"""The skills lexicon: known skills, their other spellings, and finding them in text.

The bundled lexicon is ``coverletter/data/skills.txt``; a user adds or overrides entries in
``<user dir>/skills.txt``. File format, one skill a line::

    [category]                    # optional heading: the category of the lines below it
    Kubernetes | k8s              # canonical name, then other spellings, separated by |
    ~Go | Golang                  # ~ marks a spelling that is also an everyday word (see below)
    =Excel | Microsoft Excel      # = marks a spelling matched only with this capitalisation
    # a comment

Matching is case-insensitive and respects word edges, so ``C++``, ``C#``, ``.NET``, ``Node.js`` and
``CI/CD`` are found whole and ``Java`` is not found inside ``JavaScript``. A spelling that is also an
everyday word ("Go", "Rust", "Swift", "Spark", "R") is marked with ``~``: it is matched only with the
capitalisation written in the file, and only in a technical context: in a list next to another skill
("Python, Rust, Go"), or after words such as "experience with", "programming in", "written in".
Very short spellings and a built-in list of common words are treated the same way even without ``~``,
so a user's own entry "Go" cannot match "go to the office".
"""

from __future__ import annotations

import marshal
import re
import sys
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .datamodel import model
from .files import atomic_write, read_text
from .paths import cache_dir, data_file, user_file

AMBIGUOUS_MARK = "~"
CASE_MARK = "="
_MARKS = AMBIGUOUS_MARK + CASE_MARK

# Spellings that are also everyday words or names: matched with their written capitalisation and only in
# a technical context, even when a user's file does not mark them with ~.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CONTEXT_WORDS = _words(
    """go rust swift spark r c d dart julia ruby crystal rails chef puppet spring express ember node flask
    jest mocha pig hive storm beam presto sketch lambda access word teams slack notion zoom outlook compass
    salt consul nomad packer glue shell make ant unity solid alpine backbone meteor ionic elm reason basic
    logo scheme next remix mode sage fish v nuke maya prefect luigi athena ada pascal premiere"""
)
# Spellings whose lowercase form is an everyday word: matched only with their written capitalisation.
CASE_WORDS = _words(
    """excel rest soap helm vault airflow envoy kong tableau apache confluence asana flutter puppeteer
    selenium cypress mercurial gatsby svelte angular react oracle lean sap snowflake redshift cassandra
    illustrator blender unreal framer linear canvas spring"""
)

_LIST_BEFORE = re.compile(r"(?:[,/(&|;:+]|\band\b|\bor\b|\be\.g\.|\bi\.e\.|\blike\b|\bsuch as\b|\bincluding\b)\s*$",
                          re.IGNORECASE)
_LIST_AFTER = re.compile(r"^\s*(?:[,/)&|;+]|\band\b|\bor\b)", re.IGNORECASE)
_CUE_BEFORE = re.compile(
    r"\b(?:programming|program|language|languages|coding|code|written|write|writing|proficien\w*|fluen\w*|"
    r"experience[ds]?|expertise|knowledge|familiar\w*|expert|skills?|develop\w*|using|use|build\w*|stack|"
    r"engineers?|frameworks?|libraries|tools?|technologies|tech)\b[^.;:!?\n]{0,24}$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"^\s*(?:programming|language|lang\b|developers?|engineers?|engineering|code|codebase|services?|"
    r"microservices|backend|back-end|modules?|apps?|applications?|sdk|framework|clusters?|jobs?|"
    r"pipelines?|scripts?|scripting|skills?|knowledge|experience|proficiency|expertise|\d{1,2}(?:\.\d+)*\b|\d+\.\d+(?:\.\d+)*\b)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[\s\-]+")


@model(frozen=True)
class SkillEntry:
    """One skill: its canonical name, its other spellings and an optional category."""
    name: str
    aliases: tuple[str, ...] = ()
    category: str | None = None


@model(frozen=True)
class _Spelling:
    """A spelling of a skill, the skill's name, and whether it needs a technical context."""

    text: str
    name: str
    ambiguous: bool


_MISSING: Any = _Spelling("", "", False)


def _is_ambiguous(spelling: str, marked: bool) -> bool:
    """Whether a spelling needs a technical context around it to count as a skill."""
    if marked:
        return True
    bare = spelling.strip()
    return bare.casefold() in CONTEXT_WORDS or (len(bare) <= 1 and bare.isalpha())


def _exact_case(spelling: str, ambiguous: bool, marked_case: bool = False) -> bool:
    """Spellings matched with their written capitalisation: ambiguous ones, words like "REST" or "Excel",
    and two-letter acronyms ("ML", "UX", "QA")."""
    if ambiguous or marked_case or spelling.casefold() in CASE_WORDS:
        return True
    return len(spelling) <= 2 and spelling.isalpha() and spelling.isupper()


def _key(text: str, *, fold: bool) -> str:
    """The lookup key of a spelling or a matched text: spaces and hyphens between words are one space."""
    text = _SPACES.sub(" ", text.strip())
    return text.lower() if fold else text


def _char(ch: str) -> str:
    return r"[\s\-]+" if ch == " " else re.escape(ch)


def _trie_pattern(words: Iterable[str], *, fold: bool) -> str:
    """A regex alternation shaped as a trie, so matching stays linear in the text for hundreds of words."""
    trie: dict[str, dict] = {}
    end = ""
    for word in words:
        node = trie
        for ch in _key(word, fold=fold):
            node = node.setdefault(ch, {})
        node[end] = {}
    chars: dict[str, str] = {}

    def char(ch: str) -> str:
        found = chars.get(ch)
        if found is None:
            found = chars[ch] = _char(ch)
        return found

    def build(node: dict[str, dict]) -> str:
        prefix = ""
        while len(node) == 1:  # a run of letters with no fork and no word ending inside: no group
            ((ch, child),) = node.items()
            if ch == end:
                return prefix
            prefix += char(ch)
            node = child
        terminal = end in node
        branches = [char(ch) + build(child) for ch, child in sorted(node.items()) if ch != end]
        if not branches:
            return prefix
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return prefix + ("(?:" + body + ")?" if terminal else body)

    return build(trie)


def _bounded(pattern: str, flags: str = "") -> str:
    inner = f"(?{flags}:{pattern})" if flags else f"(?:{pattern})"
    # Not inside a word or a longer token: C++ is not C, JavaScript is not Java, Node.js is not Node.
    return rf"(?<![\w+#@])(?<!\w\.){inner}(?![\w+#]|\.\w)"


# What a Lexicon derives from its entries, as plain data (a user's cache keeps it between runs, see _load):
# spelling (casefolded) -> name; spelling key -> (text, name, ambiguous); the folded and the exact trie patterns.
State = tuple[dict[str, str], dict[str, tuple[str, str, bool]], str, str]


def _index(entries: list[SkillEntry]) -> State:
    """The spellings of the entries, how each is matched, and the two trie patterns that find them."""
    by_spelling: dict[str, str] = {}
    spellings: dict[str, tuple[str, str, bool]] = {}  # exact text or casefolded text -> spelling
    folded: list[str] = []
    exact: list[str] = []
    for entry in entries:
        # a marked spelling ("~Go") decides how its plain twin (the name "Go") is matched: marks first
        for raw in sorted((entry.name, *entry.aliases), key=lambda r: not r.startswith(tuple(_MARKS))):
            marks = raw[: len(raw) - len(raw.lstrip(_MARKS))]
            text = raw.lstrip(_MARKS).strip()
            if not text:
                continue
            by_spelling.setdefault(text.casefold(), entry.name)
            ambiguous = _is_ambiguous(text, AMBIGUOUS_MARK in marks)
            if _exact_case(text, ambiguous, CASE_MARK in marks):
                key = _key(text, fold=False)
                if key not in spellings:
                    spellings[key] = (text, entry.name, ambiguous)
                    exact.append(text)
            else:
                key = _key(text, fold=True)
                if key not in spellings:
                    spellings[key] = (text, entry.name, False)
                    folded.append(text)
    # Folded spellings are matched in the lower-cased text (3x faster than IGNORECASE); the others as written.
    folded_trie = _trie_pattern(folded, fold=True) if folded else ""
    exact_trie = _trie_pattern(exact, fold=False) if exact else ""
    return by_spelling, spellings, folded_trie, exact_trie


_SPANS_KEPT = 4096  # texts whose skill mentions a lexicon remembers


@model
class Lexicon:
    """A set of skills that can be found in text and looked up by any of their spellings.

    ``state`` is what ``_index(entries)`` gives, when it is known already (read from the cache)."""
    entries: list[SkillEntry] = field(default_factory=list)
    state: State | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.state is None:
            self.state = _index(self.entries)
        self._by_spelling, spellings, self._folded_trie, exact_trie = self.state
        self._by_name: dict[str, SkillEntry] = {}
        for entry in self.entries:
            self._by_name.setdefault(entry.name.casefold(), entry)
        self._spelling_data = spellings  # a _Spelling is made when a text first holds it (of some 1,500)
        self._spellings: dict[str, _Spelling | None] = {}
        self._folded = re.compile(_bounded(self._folded_trie)) if self._folded_trie else None
        self._exact = re.compile(_bounded(exact_trie)) if exact_trie else None
        self._spans_of: dict[str, tuple[tuple[str, int, int], ...]] = {}

    @cached_property
    def _folded_i(self) -> re.Pattern[str] | None:
        """The folded spellings for a text whose length lower-casing changes (rare: compiled when needed)."""
        return re.compile(_bounded(self._folded_trie, "i")) if self._folded_trie else None

    # -- lookups -------------------------------------------------------------------------------------

    def canonical(self, term: str) -> str | None:
        """The canonical name of a spelling ("k8s" -> "Kubernetes"), or None for an unknown term."""
        key = " ".join(term.strip().lstrip(_MARKS).split()).casefold()
        return self._by_spelling.get(key)

    def spellings(self, name: str) -> tuple[str, ...]:
        """The canonical name and its other spellings; a term unknown to the lexicon is its own spelling."""
        canonical = self.canonical(name) or name
        entry = self._by_name.get(canonical.casefold())
        if entry is None:
            return (name,)
        names = [entry.name, *(a.lstrip(_MARKS).strip() for a in entry.aliases)]
        return tuple(dict.fromkeys(n for n in names if n))

    def category(self, name: str) -> str | None:
        """The category of a skill, if the lexicon gives one."""
        entry = self._by_name.get((self.canonical(name) or name).casefold())
        return entry.category if entry else None

    def with_terms(self, terms: Iterable[str], *, category: str | None = None) -> Lexicon:
        """This lexicon plus each term it does not know yet, as a skill of its own."""
        extra: list[SkillEntry] = []
        seen: set[str] = set()
        for term in terms:
            text = " ".join(str(term).split())
            if not text or self.canonical(text) or text.casefold() in seen:
                continue
            seen.add(text.casefold())
            extra.append(SkillEntry(text, (), category))
        if not extra:
            return self
        return Lexicon([*self.entries, *extra])

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.canonical(term) is not None

    # -- finding -------------------------------------------------------------------------------------

    def find(self, text: str) -> list[str]:
        """Canonical names of the skills mentioned in text, in order of first appearance."""
        found: dict[str, None] = {}
        for name, _start, _end in self.find_spans(text):
            found.setdefault(name, None)
        return list(found)

    def find_spans(self, text: str) -> list[tuple[str, int, int]]:
        """(canonical name, start, end) of every skill mention in text (remembered: a letter's writer and
        checker look at the same lines again and again)."""
        if not text:
            return []
        found = self._spans_of.get(text)
        if found is None:
            if len(self._spans_of) >= _SPANS_KEPT:
                self._spans_of.clear()
            found = self._spans_of[text] = tuple(self._find_spans(text))
        return list(found)

    def _find_spans(self, text: str) -> list[tuple[str, int, int]]:
        raw: list[tuple[int, int, bool]] = []
        if self._folded is not None:
            lowered = text.lower()
            if len(lowered) == len(text):
                raw.extend((m.start(), m.end(), True) for m in self._folded.finditer(lowered))
            elif self._folded_i is not None:  # a few characters change length when lower-cased: match unfolded
                raw.extend((m.start(), m.end(), True) for m in self._folded_i.finditer(text))
        if self._exact is not None:
            raw.extend((m.start(), m.end(), False) for m in self._exact.finditer(text))
        raw.sort(key=lambda h: (h[0], -h[1]))
        hits: list[tuple[str, int, int, bool]] = []
        cache: dict[tuple[str, bool], _Spelling | None] = {}
        last_end = -1
        for start, end, fold in raw:
            if start < last_end:
                continue  # inside a longer match ("Apache Spark" holds "Spark")
            found = text[start:end]
            spelling = cache.get((found, fold), _MISSING)
            if spelling is _MISSING:
                spelling = cache[(found, fold)] = self._spelling(_key(found, fold=fold))
            if spelling is None:
                continue
            last_end = end
            hits.append((spelling.name, start, end, spelling.ambiguous))
        if not any(h[3] for h in hits):
            return [(n, s, e) for n, s, e, _ in hits]
        plain = [s for _, s, _e, amb in hits if not amb]  # sorted: finditer goes left to right
        loose = [s for _, s, _e, amb in hits if amb]
        return [(n, s, e) for n, s, e, amb in hits
                if not amb or self._in_tech_context(text, s, e, plain, loose)]

    def _spelling(self, key: str) -> _Spelling | None:
        """The spelling the lexicon knows by this key, or None."""
        try:
            return self._spellings[key]
        except KeyError:
            value = self._spelling_data.get(key)
            found = self._spellings[key] = _Spelling(*value) if value is not None else None
            return found

    def _in_tech_context(self, text: str, start: int, end: int, plain: list[int], loose: list[int]) -> bool:
        """Whether an everyday-word spelling at text[start:end] is used as a skill here."""
        if text[end : end + 1] == "-" or (end - start == 1 and text[end : end + 1] in "&'’"):
            return False  # "Go-to-market", "R&D", "C's"
        before = text[max(0, start - 60) : start]
        after = text[end : end + 60]
        cut = max(before.rfind("\n"), before.rfind(". "))
        if cut >= 0:
            before = before[cut + 1 :]
        nl = after.find("\n")
        if nl >= 0:
            after = after[:nl]
        if _CUE_BEFORE.search(before) or _CUE_AFTER.match(after):
            return True
        in_list = bool(_LIST_BEFORE.search(before) or _LIST_AFTER.match(after))
        if not in_list:
            return False
        lo, hi = start - len(before), end + len(after)
        # a plain skill in the same stretch of list, or two more everyday-word skills ("Go, Rust, Swift")
        if bisect_left(plain, hi) > bisect_left(plain, lo):
            return True
        return bisect_left(loose, hi) - bisect_left(loose, lo) >= 3


_CATEGORY = re.compile(r"^\[(?P<name>[^\]]+)\]$")


def parse_lexicon(text: str) -> list[SkillEntry]:
    """Entries from the text of a skills file (see the module docstring for the format)."""
    entries: list[SkillEntry] = []
    category: str | None = None
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        heading = _CATEGORY.match(line)
        if heading:
            category = heading.group("name").strip() or None
            continue
        names = [part.strip() for part in line.split("|")]
        names = [n for n in names if n.lstrip(_MARKS).strip()]
        if not names:
            continue
        head = names[0]
        name = head.lstrip(_MARKS).strip()
        aliases = tuple(names[1:])
        if head != name:
            aliases = (head, *aliases)  # keep the mark on the name's own spelling
        entries.append(SkillEntry(name, aliases, category))
    return entries


def _merge(base: list[SkillEntry], user: list[SkillEntry]) -> list[SkillEntry]:
    """The user's entries override bundled ones of the same name and add their spellings."""
    by_name = {e.name.casefold(): i for i, e in enumerate(base)}
    merged = list(base)
    for entry in user:
        index = by_name.get(entry.name.casefold())
        if index is None:
            by_name[entry.name.casefold()] = len(merged)
            merged.append(entry)
        else:
            old = merged[index]
            aliases = tuple(dict.fromkeys([*old.aliases, *entry.aliases]))
            merged[index] = SkillEntry(old.name, aliases, entry.category or old.category)
    return merged


def _read(path: Path) -> str:
    return read_text(path, what="skills file")


_CACHE_NAME = "lexicon.marshal"


def _cache_key(texts: list[str]) -> str:
    """The files' text, this module's source and the Python version: a change to any rebuilds the lexicon."""
    import hashlib

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(sys.version.encode())
    for text in texts:
        digest.update(b"\0" + text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _cached(key: str) -> Lexicon | None:
    """The lexicon stored under key in the user's cache, or None (missing, another key, unreadable)."""
    try:
        stored = marshal.loads((cache_dir() / _CACHE_NAME).read_bytes())
        if stored[0] != key:
            return None
        return Lexicon([SkillEntry(name, aliases, category) for name, aliases, category in stored[1]], stored[2])
    except Exception:  # a cache that is not what this code wrote is rebuilt, never trusted or fatal
        return None


def _store(key: str, lexicon: Lexicon) -> None:
    """Keep the lexicon's state for the next run (one file, the last lexicon built); best effort."""
    entries = [(e.name, e.aliases, e.category) for e in lexicon.entries]
    try:
        cache_dir().mkdir(parents=True, exist_ok=True)
        atomic_write(cache_dir() / _CACHE_NAME, marshal.dumps((key, entries, lexicon.state)), force=True)
    except Exception:  # a read-only or full cache directory must never stop a letter
        return


@lru_cache(maxsize=8)
def _load(path: Path | None, user: Path | None, stamp: tuple[float, ...]) -> Lexicon:
    """The lexicon of the bundled (or given) file and the user's, from the user's cache when the files, this
    module and Python are those it was built with: indexing 700 skills into two trie patterns costs 15 ms a run.
    """
    texts = [_read(path or data_file("skills.txt"))]
    if user is not None and user.is_file():
        texts.append(_read(user))
    key = _cache_key(texts)
    found = _cached(key)
    if found is not None:
        return found
    entries = parse_lexicon(texts[0])
    if len(texts) > 1:
        entries = _merge(entries, parse_lexicon(texts[1]))
    lexicon = Lexicon(entries)
    _store(key, lexicon)
    return lexicon


def load_lexicon(path: Path | None = None) -> Lexicon:
    """The skills lexicon: the bundled one (or ``path``) plus the user's own skills.txt if it exists.

    Cached; a change to either file is picked up on the next call.
    """
    user = user_file("skills.txt")
    stamp = tuple(p.stat().st_mtime if p.is_file() else 0.0 for p in (path or Path(), user) if str(p) != ".")
    return _load(Path(path) if path else None, user, stamp)

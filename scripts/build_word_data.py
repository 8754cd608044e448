"""Build the word tables the offline writer reads, from the libraries that define them.

Run as ``python scripts/build_word_data.py`` after upgrading lemminflect, py3langid or Babel; it rewrites

* ``coverletter/data/english_forms.txt``: lemminflect's lemma and inflection look-up tables (its overrides and
  hard-coded auxiliaries applied), one line per lower-case word, sorted, so that ``coverletter.text.forms``
  answers ``getAllLemmas`` and ``getInflection`` without loading lemminflect (0.4 s, and numpy);
* ``coverletter/data/langid7.bin``: py3langid's model restricted to the seven languages the letter knows, with
  its byte automaton stored as trie edges and failure links (it holds 38,346 distinct rows of 256 moves), so
  that ``coverletter.job.language`` classifies without numpy or the 4.5 MB LZMA model (0.6 s to load);
* ``coverletter/data/cldr7.json``: Babel's (CLDR's) long date format and month names of every locale of the seven
  languages (``de_AT``, ``en_US``, ...), and every language's and country's name as the seven write it, so that
  ``coverletter.style.cldr`` dates a letter and knows "Français" is no employer without importing Babel (80 ms of
  an offline letter: its modules, the local time zone, and the pickled locale data merged at each load).

Both are stored uncompressed, to be memory-mapped and searched in place (git and the wheel compress them).

tests/test_word_data.py checks that they answer as the libraries do.
"""

from __future__ import annotations

import json
import re
import sys
from array import array
from collections import deque
from copy import deepcopy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coverletter.job.language import LANGUAGES  # noqa: E402

DATA = ROOT / "coverletter" / "data"


def english_forms() -> bytes:
    """Lines 'L<TAB>word<TAB>json' (lemmas of a word) and 'I<TAB>lemma<TAB>json' (inflections of a lemma)."""
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer, inflections = Lemmatizer(), Inflections()
    lines = []
    for kind, table, overrides in (("L", lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()),
                                   ("I", inflections._getInflDict(), inflections._getOverridesDict())):
        for word in sorted(set(table) | set(overrides)):
            if word != word.lower() or "\t" in word or "\n" in word:
                continue  # looked up lower-cased only (a proper noun needs upos='PROPN', which we never pass)
            entry = deepcopy(table.get(word, {}))
            entry.update(deepcopy(overrides.get(word, {})))
            lines.append(f"{kind}\t{word}\t{json.dumps(entry, separators=(',', ':'))}")
    lines.sort()
    return ("\n".join(lines) + "\n").encode()


def _trie(nextmove: array, rowbase: list[int], states: int) -> tuple[list[int], list[int], list[int]]:
    """(parent, byte, depth) of each state of the Aho-Corasick automaton, from its full move table."""
    depth, parent, via = [-1] * states, [0] * states, [0] * states
    depth[0] = 0
    queue = deque([0])
    while queue:
        state = queue.popleft()
        for byte in range(256):
            target = nextmove[rowbase[state] + byte]
            if depth[target] < 0:
                depth[target], parent[target], via[target] = depth[state] + 1, state, byte
                queue.append(target)
    return parent, via, depth


def langid_model() -> bytes:
    """Header (JSON line), then edge keys, edge targets, failure links, outputs and the restricted weights."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, rows, out = load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, name in enumerate(classes) if name in LANGUAGES]
    states = len(rows)
    rowbase = [r << 8 for r in rows]
    parent, via, depth = _trie(nextmove, rowbase, states)
    order = sorted(range(1, states), key=lambda s: depth[s])
    fail = [0] * states
    for state in order:  # the failure link: where the parent's failure moves on the same byte
        fail[state] = 0 if depth[state] == 1 else nextmove[rowbase[fail[parent[state]]] + via[state]]
    keys = sorted((parent[s] << 8) | via[s] for s in range(1, states))  # by parent, then byte
    targets = array("I", [nextmove[rowbase[k >> 8] + (k & 255)] for k in keys])
    _verify(nextmove, rowbase, dict(zip(keys, targets, strict=True)), fail)
    start = array("I", [0] * (states + 1))  # the edges of state s are start[s]:start[s + 1]
    for key in keys:
        start[(key >> 8) + 1] += 1
    for state in range(states):
        start[state + 1] += start[state]
    edge_bytes = bytes(key & 255 for key in keys)
    edge_bytes += b"\0" * (-len(edge_bytes) % 8)
    weights = ptc[:, keep].astype("<f2").tobytes()
    header = {"classes": [classes[i] for i in keep], "pc": [float(pc[i]) for i in keep], "states": states,
              "edges": len(keys), "features": int(ptc.shape[0])}
    head = json.dumps(header).encode()
    head += b" " * (-(len(head) + 1) % 8) + b"\n"
    parts = [head, start.tobytes(), edge_bytes, targets.tobytes(), array("I", fail).tobytes(),
             array("i", out).tobytes(), weights]
    return b"".join(parts)


def _verify(nextmove: array, rowbase: list[int], goto: dict[int, int], fail: list[int]) -> None:
    """Every move of the full table equals the trie's (child, or the failure link's move)."""
    for state, base in enumerate(rowbase):
        for byte in range(256):
            current = state
            while (current << 8 | byte) not in goto and current:
                current = fail[current]
            moved = goto.get(current << 8 | byte, 0)
            if moved != nextmove[base + byte]:
                raise SystemExit(f"state {state} byte {byte}: {moved} != {nextmove[base + byte]}")


def cldr_data() -> bytes:
    """The long date pattern and wide month names of each locale Babel knows for a language and a country, and the
    names of languages and territories in the seven locales, casefolded."""
    import itertools
    import string

    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format

    months: list[list[str]] = []
    dates: dict[str, list[object]] = {}
    for lang in LANGUAGES:
        codes = [lang] + [f"{lang}_{a}{b}" for a, b in itertools.product(string.ascii_uppercase, repeat=2)]
        for code in codes:
            try:
                locale = Locale.parse(code)
            except (UnknownLocaleError, ValueError):
                continue
            pattern = get_date_format("long", locale=locale).pattern
            if not re.fullmatch(r"(?:'[^']*'|d{1,2}|M{4}|y|[ ,.])+", pattern):
                raise SystemExit(f"{code}: a long date pattern coverletter.style.cldr cannot write: {pattern!r}")
            wide = [locale.months["format"]["wide"][m] for m in range(1, 13)]
            if wide not in months:
                months.append(wide)
            dates[code] = [pattern, months.index(wide)]
    names: set[str] = set()
    territories: set[str] = set()
    for lang in LANGUAGES:
        locale = Locale.parse(lang)
        names.update(n.casefold() for n in locale.languages.values())
        names.update(n.casefold() for n in locale.territories.values())
        territories.update(n.casefold() for n in locale.territories.values())
    def block(items: list[str]) -> str:
        return "\n" + ",\n".join(items) + "\n"

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    text = (f'{{"babel": {dump(_babel_version())},\n'
            f'"dates": {{{block([f"{dump(code)}: {dump(entry)}" for code, entry in sorted(dates.items())])}}},\n'
            f'"months": [{block([dump(m) for m in months])}],\n'
            f'"names": [{block([dump(n) for n in sorted(names)])}],\n'
            f'"territories": [{block([dump(n) for n in sorted(territories)])}]}}\n')
    json.loads(text)
    return text.encode()


def _babel_version() -> str:
    from importlib.metadata import version

    return version("babel")


def main() -> None:
    if sys.byteorder != "little":
        raise SystemExit("build on a little-endian machine (the arrays are stored as they lie in memory)")
    for name, data in (("english_forms.txt", english_forms()), ("langid7.bin", langid_model()),
                       ("cldr7.json", cldr_data())):
        (DATA / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")


if __name__ == "__main__":
    main()

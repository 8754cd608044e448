"""Which language a posting is written in, with py3langid's model (offline), restricted to the letter's languages.

py3langid loads a 4.5 MB LZMA model into numpy arrays: 0.6 s before the first answer. ``scripts/
build_word_data.py`` stores the part we use in ``data/langid7.bin``: the weights of the seven languages, and the
byte automaton that finds the model's features as trie edges with failure links (0.4 MB instead of 39 MB of
moves). Scoring follows py3langid's (log1p of each feature's count times its weights, plus the prior; the best
score wins, the first on a tie). Too little text to judge (a few words, a list of skills) is English, the default.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import marshal
import math
import mmap
import operator
import os
import re
import struct
import unicodedata
from collections import Counter
from dataclasses import field
from functools import cache, lru_cache

from ..datamodel import model
from ..paths import cache_dir, data_file

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
DEFAULT = "en"
_MIN_WORDS = 5
_SAMPLE_CHARS = 20_000
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")


@model(frozen=True)
class _Model:
    """py3langid's model, restricted to the seven languages, as stored in data/langid7.bin."""

    classes: list[str]
    prior: list[float]
    start: memoryview  # the trie edges of state s are start[s]:start[s + 1] ...
    edge_bytes: bytes  # ... on these bytes (sorted) ...
    targets: memoryview  # ... to these states
    fail: memoryview  # state -> its failure link
    output: memoryview  # state -> the feature it completes, or -1
    weights: memoryview  # the float16 weights of each feature, one per language
    moves: dict[int, int] = field(default_factory=dict)  # (state << 8 | byte) -> state, as found


@cache
def _model() -> _Model:
    """The restricted model, memory-mapped (nothing is parsed up front)."""
    with data_file("langid7.bin").open("rb") as file:
        data = memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
    end = bytes(data[:4096]).index(b"\n") + 1
    header = json.loads(bytes(data[:end]))
    states, edges = header["states"], header["edges"]
    parts, at = [], end
    for size in (4 * (states + 1), edges + (-edges % 8), 4 * edges, 4 * states, 4 * states):
        parts.append(data[at:at + size])
        at += size
    start, edge_bytes, targets, fail, output = parts
    found = _Model(header["classes"], header["pc"], start.cast("I"), bytes(edge_bytes[:edges]), targets.cast("I"),
                   fail.cast("I"), output.cast("i"), data[at:])
    _remember_moves(found)
    return found


_MOVES_KEPT = 200_000  # moves a user's cache keeps (about 2 MB); past it, a run's new moves are not stored


def _moves_file() -> tuple[os.PathLike[str], str]:
    """Where the moves found are kept, and the stamp of the model file they were found in."""
    info = os.stat(data_file("langid7.bin"))
    return cache_dir() / "langid-moves.marshal", f"{info.st_size}-{info.st_mtime_ns}"


def _remember_moves(model: _Model) -> None:
    """Start from the automaton's moves found by earlier runs (the user's cache; each costs a walk along the
    failure links, a third of classifying a letter's texts), and keep this run's new ones for the next."""
    with contextlib.suppress(Exception):  # a missing, stale or unreadable cache: the moves are found again
        path, stamp = _moves_file()
        with open(path, "rb") as handle:
            stored = marshal.loads(handle.read())
        if stored[0] == stamp and isinstance(stored[1], dict):
            model.moves.update(stored[1])
    known = len(model.moves)

    def save() -> None:
        if len(model.moves) == known or len(model.moves) > _MOVES_KEPT:
            return
        with contextlib.suppress(Exception):  # best effort: a read-only cache never stops a letter
            path, stamp = _moves_file()
            os.makedirs(os.path.dirname(path), exist_ok=True)
            temporary = f"{path}.{os.getpid()}.tmp"
            with open(temporary, "wb") as handle:
                handle.write(marshal.dumps((stamp, model.moves)))
            os.replace(temporary, path)

    atexit.register(save)


def _encoded(text: str) -> bytes:
    """The bytes py3langid reads: lower-cased when all upper case, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _move(model: _Model, state: int, byte: int) -> int:
    """The automaton's move: the trie edge on this byte, else the failure link's move (the root stays put)."""
    start, edge_bytes = model.start, model.edge_bytes
    while True:
        edge = edge_bytes.find(byte, start[state], start[state + 1])
        if edge >= 0:
            return model.targets[edge]
        if not state:
            return 0
        state = model.fail[state]


def _features(model: _Model, data: bytes) -> Counter[int]:
    """How often each feature occurs: the automaton's outputs along the bytes (moves remembered once found)."""
    moves, output = model.moves, model.output
    found: list[int] = []
    state = 0
    for byte in data:
        key = state << 8 | byte
        state = moves.get(key, -1)
        if state < 0:
            state = moves[key] = _move(model, key >> 8, byte)
        feature = output[state]
        if feature >= 0:
            found.append(feature)
    return Counter(found)


def classify(text: str) -> str:
    """The best of the seven languages for a text, as py3langid's identifier restricted to them says."""
    model = _model()
    width = len(model.classes)
    counts = _features(model, _encoded(text))
    if not counts:
        return model.classes[0]  # every score at the floor: the first wins
    size, weights = 2 * width, model.weights
    # the features' rows of weights, read as one run of float16 (a struct call per row took most of the time)
    rows = b"".join([weights[feature * size : feature * size + size] for feature in counts])
    flat = struct.unpack(f"<{width * len(counts)}e", rows)
    logs = [math.log1p(count) for count in counts.values()]
    scores = [prior + sum(map(operator.mul, logs, flat[column::width]))
              for column, prior in enumerate(model.prior)]
    return model.classes[scores.index(max(scores))]


@lru_cache(maxsize=8192)  # a batch asks again about the same CV lines
def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (en, de, fr, es, it, nl, pt); "en" when unsure."""
    sample = (text or "")[:_SAMPLE_CHARS]
    if "@" in sample or "http" in sample or "www." in sample:  # else no address to take out (the scan is slow)
        sample = _URL.sub(" ", sample)
    if len(_WORD.findall(sample)) < _MIN_WORDS:
        return DEFAULT
    code = classify(sample)
    return code if code in LANGUAGES else DEFAULT

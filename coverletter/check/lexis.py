"""Words of a letter's language that name no one: common nouns capitalised by the language (German nouns,
"Organisme d'Importance Vitale"), place names, and accents folded for comparing names ("Thalès" = "Thales").

A word is a common word of a language other than English when the wordfreq package (word frequencies shipped in
its wheel) finds it in that language and clearly more often there than in English (a name such as "Siemens",
"Bosch" or "Perugia" is about as frequent in every language), or when it is an English dictionary word (a
loanword: "Software", "Safety"). Imported only for letters not in English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# how much more often (on wordfreq's Zipf scale, a factor of ten a step) a common word appears in its language
# than in English; names stay under it ("Siemens" 0.8), the language's own nouns are far over ("Wartung" 3.7)
_MARGIN = 1.0
# a frequent word: once in about 300,000 words or more
_FREQUENT = 3.5
# a very frequent word ("Kontrolle", "Gruppe"): once in about 30,000 words
_VERY_FREQUENT = 4.5
# each part of a German compound: a word of the language once in about a million words or more
_JOINED = 3.0


def fold(text: str) -> str:
    """The text without accents or other combining marks ("Thalès" -> "Thales", "Universität" -> "Universitat")."""
    if text.isascii():  # most names: nothing to fold
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def common_word(word: str, language: str, strict: bool = False) -> bool:
    """Whether a capitalised word is a common word of the language (not English), not a name: see the module.
    ``strict`` asks for a frequent word far more frequent than in English ("Organisme", "Ingénierie"), which a
    company's name of the language ("Altran", "Bouygues") is not."""
    from wordfreq import zipf_frequency

    from .kinds import in_dictionary

    bare = re.sub(r"^[dlDL]['’]", "", word).strip(".,'’\"")  # "d'Importance"
    if not bare.isalpha() or (len(bare) > 1 and bare.isupper()):
        return False  # an acronym or a word with digits is a name
    if bare.casefold() in _stopwords(language):
        return True  # "Ihnen"
    try:
        here = zipf_frequency(bare, language)
    except LookupError:  # a language wordfreq has no list for: every capitalised word may be a name
        return False
    if strict:
        return here >= _FREQUENT and here >= zipf_frequency(bare, "en") + 2 * _MARGIN
    if here > 0 and here >= zipf_frequency(bare, "en") + _MARGIN:
        # a German firm is as rare abroad as a German noun ("Edeka", "Zalando"): a noun also has a noun's shape
        return language != "de" or here >= _VERY_FREQUENT or _german_noun_shape(bare)
    return len(bare) > 3 and here >= 2.5 and in_dictionary(bare) and _lemma_known(bare)


# German noun endings ("Wartung", "Reparatur", "Stipendiat", "Praktikant") and the words a compound may join.
_GERMAN_NOUN_END = re.compile(r"(?:ung|heit|keit|schaft|tät|tion|sion|ur|ik|nis|tum|ismus|ment|enz|anz|ie|iat|ant|ent|"
                              r"and|ist|eur|ling|ität)(?:en|e|n|s)?$", re.IGNORECASE)


def _german_noun_shape(word: str) -> bool:
    """A German noun by its shape: a noun's ending, or a compound of two frequent German words
    ("Konstruktions|aufgaben", "Regel|systeme", "Arbeit|geber")."""
    from wordfreq import zipf_frequency

    if _GERMAN_NOUN_END.search(word):
        return True
    low = word.casefold()
    for cut in range(3, len(low) - 2):
        left, right = low[:cut], low[cut:]
        heads = {left, left[:-1]} if left.endswith("s") else {left}  # "Konstruktions-": the joining s
        if zipf_frequency(right, "de") >= _JOINED and any(zipf_frequency(h, "de") >= _JOINED for h in heads):
            return True
    return False


def _lemma_known(word: str) -> bool:
    """An English dictionary word (lemminflect lists it), not merely a short or unknown one."""
    from ..text.forms import getAllLemmas

    return bool(getAllLemmas(word.casefold()))


@lru_cache(maxsize=16)
def _stopwords(language: str) -> frozenset[str]:
    from stopwordsiso import stopwords

    return frozenset(stopwords(language)) if language else frozenset()


def all_common(words: list[str], language: str, *, head: bool = False) -> bool:
    """Whether every word of a run is a common word of the language or a connector ("für", "de", "et"); with
    ``head``, the first a frequent one (a term such as "Organisme d'Importance Vitale" begins with its noun)."""
    content = [w for w in words if w.casefold() not in _CONNECTING]
    if head and not (content and common_word(content[0], language, strict=True)):
        return False
    return bool(content) and all(common_word(w, language) for w in content)


_CONNECTING = {"of", "the", "and", "&", "de", "du", "des", "la", "le", "les", "et", "der", "die", "das", "den", "dem",
               "von", "und", "für", "zu", "di", "del", "della", "e", "y", "van", "het", "en"}


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Continents, regions and countries by name, as any of the seven languages writes them (CLDR, from the table
    built from Babel: no Babel import on a letter's path), accents folded."""
    from ..style.cldr import territory_names

    # fold() of each name, done once over all of them (NFKD keeps a line break as it is and never makes one)
    names = unicodedata.normalize("NFKD", "\n".join(territory_names()))
    for mark in [c for c in set(names) if unicodedata.combining(c)]:
        names = names.replace(mark, "")
    return frozenset(names.casefold().split("\n"))


def place_name(text: str, language: str = "en") -> bool:
    """Whether a name is a continent, region or country ("Europe", "Italien"): where, not a claim of the writer's."""
    key = fold(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)).casefold()
    return key in _places()

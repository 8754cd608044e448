"""The owner's name on a CV's first lines: where it ends, words a PDF ran together, capitals."""

from __future__ import annotations

import re

#: A dotted abbreviation after a name ("Ph.D.", "M.D.", "M.Sc."), unlike a web address ("Ben.Balter.com").
_POSTNOMINAL = re.compile(r"^(?:[A-Z][a-z]{0,2}\.){2,}$")
#: A lower-case letter followed by a capital inside one word: words run together ("AndréSantos", "MoyoAJAYI").
_RUN_TOGETHER = re.compile(r"(?<=[^\W\d_])(?<![A-Z])(?=[A-Z])")


def name_prefix(text: str) -> str:
    """The leading run of capitalised words of a line ("Benjamin J. Balter web Ben.Balter.com" -> the name);
    leading marks that are not words ("... AndréSantos") are passed over."""
    words: list[str] = []
    head = re.split(r"\s+[|–—]\s+|\s+-\s+", text)[0].strip()
    for word in re.split(r"\s+", re.sub(r"^[^\w(]+\s+", "", head)):
        if not word or not (word[0].isupper() or word.lower() in ("de", "da", "van", "von", "der", "del")) \
                or any(ch.isdigit() or ch in "@/:|" for ch in word) or \
                ("." in word.rstrip(".")[1:] and not (words and _POSTNOMINAL.match(word))):
            break
        words.append(word)
    return " ".join(words)


def name_case(word: str) -> str:
    """A name word written in capitals as a name is written ("AJAYI" -> "Ajayi"); initials, Roman numerals
    ("III") and words with small letters stay as they are."""
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 3 or not all(ch.isupper() for ch in letters) or re.fullmatch(r"[IVX]+,?", word):
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def split_run_together(name: str) -> str:
    """A one-word name whose words a PDF ran together, split where a capital follows a small letter
    ("AndréSantos" -> "André Santos"); a name of two or more words is left as it is ("John McDonald"), and so is
    one whose parts would be shorter than three letters ("McDonald")."""
    if " " in name.strip():
        return name
    parts = _RUN_TOGETHER.split(name.strip())
    return " ".join(parts) if all(len(p) >= 3 for p in parts) else name

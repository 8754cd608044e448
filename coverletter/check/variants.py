"""Honest variants of what a profile says: role families ("researcher" for a Research Assistant, "teaching"
for a Teacher, "TA" for a Teaching Assistant, "founder" for a co-founder), words of one stem ("scheduling" for
"schedule", "consultant" for "consulted"), plurals, an acronym inside a name ("CTF" in PicoCTF) and a spelling
one letter off ("Olypiad"). Each test compares a claim with one profile string or position.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..text import norm
from .orgs import abbreviates

# a role word of the letter, and the words of a held position (or of the profile) that back it
_FAMILIES: dict[str, tuple[str, ...]] = {
    "researcher": ("research", "researcher", "fellow", "scientist", "postdoc", "postdoctoral", "investigator"),
    "scientist": ("scientist", "researcher", "research", "fellow"),
    "fellow": ("fellow", "research", "researcher"),
    "teacher": ("teacher", "teaching", "tutor", "instructor", "lecturer", "professor", "ta"),
    "tutor": ("tutor", "teacher", "teaching", "instructor"),
    "educator": ("teacher", "teaching", "tutor", "instructor", "lecturer"),
    "instructor": ("instructor", "teacher", "teaching", "coach", "tutor"),
    "founder": ("founder", "co-founder", "cofounder", "founded", "co-founded", "started"),
    "co-founder": ("founder", "co-founder", "cofounder", "founded", "co-founded"),
    "developer": ("developer", "engineer", "programmer"),
    "programmer": ("programmer", "developer", "engineer"),
    "engineer": ("engineer", "developer"),
    "student": ("student", "undergraduate", "graduate", "candidate"),
    "consultant": ("consultant", "consulted", "consulting", "contractor", "freelancer"),
    "manager": ("manager", "managed", "managing", "management"),
}
_SENIORITY = {"senior", "principal", "lead", "staff", "chief", "head", "junior", "distinguished", "vp", "director"}
# words that describe the person, not the post: "a passionate web developer", "a former researcher"
_DESCRIBING = {"passionate", "avid", "experienced", "seasoned", "dedicated", "motivated", "former", "current",
               "aspiring", "self-taught", "enthusiastic", "keen", "skilled", "proficient", "professional", "lifelong",
               "hands-on", "curious", "driven", "creative", "capable", "versatile", "pragmatic", "early-career",
               "young", "budding", "trained", "certified", "qualified", "practising", "practicing",
               # the terms of the post, not the post: "an ad honorem teacher" for a Teacher Assistant
               "unpaid", "volunteer", "voluntary", "honorary", "ad", "honorem", "part-time", "full-time",
               # a judgement of the person, not a post: "I was a good teacher"
               "good", "great", "excellent", "strong", "effective", "successful", "competent", "natural"}


def _stem_equal(a: str, b: str) -> bool:
    """Two words of one stem: equal, or sharing their first five letters and at most three more differing."""
    if a == b or (len(a) > 3 and len(b) > 3 and a.rstrip("s") == b.rstrip("s")):  # "teams" and "team"
        return True
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix >= 5 and max(len(a), len(b)) - prefix <= 4


def stem_in(word: str, words: set[str]) -> bool:
    """Whether a word, or one of its stem, is among the words."""
    return word in words or any(_stem_equal(word, w) for w in words if w[:3] == word[:3])


def role_backed(title: str, position: str, profile_words: set[str]) -> bool:
    """Whether a role of the letter ("researcher", "TA", "former teacher", "passionate web developer") is the
    held position's family: its head is backed, a seniority word is in the position, any other word is in the
    profile or only describes the person."""
    words = norm(title).split()
    held = norm(position).split()
    if not words or not held:
        return False
    if re.fullmatch(r"[A-Z]{2,5}s?", title.strip()) and abbreviates(title.strip().rstrip("s"), position):
        return True
    head = words[-1].rstrip("s") if words[-1].endswith("ers") else words[-1]
    family = _FAMILIES.get(head, (head,))
    if not any(stem_in(h, set(held)) for h in family):
        return False
    return all(w in held or (w not in _SENIORITY and (w in _DESCRIBING or w in profile_words)) for w in words[:-1])


# An organisation's office named by what it keeps ("VP of Treasury", "Head of Finance" for its Treasurer): the
# office and its officer are one post, so no seniority is added.
_OFFICES = {"treasurer": ("treasury", "finance", "finances"), "secretary": ("secretariat", "records")}
_OFFICE_OF = re.compile(r"(?:vp|vice president|head|chair|chairperson|director|officer) of (?:the )?(\w+)")


def office_backed(title: str, position: str) -> bool:
    """Whether a title of the form "VP of Treasury" names the office the held position is the officer of."""
    m = _OFFICE_OF.fullmatch(norm(title).replace("-", " "))
    if not m:
        return False
    held = set(norm(position).split())
    return any(m.group(1) in kept for officer, kept in _OFFICES.items() if officer in held)


_ACRONYM_STOP = {"of", "and", "for", "the", "in", "on", "to", "a", "an", "with"}


def acronym_of(acronym: str, text: str) -> bool:
    """Whether an acronym of four letters or more is the initials of a run of three words or more in a normalised
    profile string, "of", "and" and the like giving none and a compound word giving the initials of its parts
    ("NEAT" for "neuroevolution of augmenting topologies": neuro-evolution; a part is an English word of four
    letters or more). Three letters are too few: one CV in twenty backs a random three."""
    letters = acronym.casefold()
    words = text.split()
    if len(letters) < 4 or not letters.isalpha():
        return False
    return any(_initials_from(letters, words, i, 0) for i, w in enumerate(words)
               if w[:1] == letters[0] and w not in _ACRONYM_STOP)


def _initials_from(letters: str, words: list[str], at: int, used: int) -> bool:
    """Whether the letters are the initials of the words from ``at`` on (``used`` words consumed so far)."""
    if not letters:
        return used >= 3
    if at >= len(words):
        return False
    word = words[at]
    if word in _ACRONYM_STOP:
        return _initials_from(letters, words, at + 1, used + 1)  # "of" gives no letter
    if word[:1] != letters[0]:
        return False
    rest = letters[1:]
    if _initials_from(rest, words, at + 1, used + 1):
        return True
    return any(_initials_from(rest[1:], words, at + 1, used + 1) for part in _compound_parts(word)
               if rest and part[:1] == rest[0])


def _compound_parts(word: str) -> list[str]:
    """The English words of four letters or more that end a compound word after its first three letters or
    more ("evolution" of "neuroevolution")."""
    from ..text.forms import getAllLemmas

    return [word[k:] for k in range(3, len(word) - 3) if word[k:].isalpha() and getAllLemmas(word[k:])]


def near_spelling(name: str, phrase: str) -> bool:
    """A name written one or two letters off a profile phrase of as many words ("Olypiad" for "Olympiad")."""
    a, b = norm(name), norm(phrase)
    if len(a) < 10 or a.count(" ") != b.count(" "):
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.93


def plural_forms(text: str) -> list[str]:
    """The text with its last word in the singular and plural ("Beaglebone", "Beaglebones")."""
    forms = [text]
    if text.endswith("s") and not text.endswith("ss"):
        forms.append(text[:-1])
    else:
        forms.append(text + "s")
    return forms

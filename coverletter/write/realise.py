"""English sentences from CV lines: a bullet such as "Built X" becomes the clause "built X", said after "I".

Verb forms come from lemminflect (its data ships in the wheel; nothing is downloaded at run time): a past
form stays past, a base or third-person form becomes present for an ongoing entry and past for a finished
one, and a line that does not start with an action (a noun phrase, a heading, a fragment) gives None, so it
is never pasted into a letter as if it were a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..templating.filters import a_an, join_and, lower_first

__all__ = ["a_an", "clause_of", "gerund", "is_base_verb", "join_and", "past", "present_clause", "sentence_of"]

# Words that start a CV line but are said with "I was ..." ("Awarded the ..." -> "I was awarded the ...").
_PASSIVE = frozenset({
    "awarded", "selected", "invited", "named", "nominated", "featured", "elected", "promoted", "recognized",
    "recognised", "honored", "honoured", "chosen", "accepted", "granted", "funded", "shortlisted", "admitted",
    "appointed", "hired", "tasked", "entrusted", "certified",
})

# After an ambiguous first word ("Lead", "Cloud", "Design"), these show that it is used as a verb.
_OBJECT_START = frozenset({
    "a", "an", "the", "and", "our", "my", "their", "its", "new", "multiple", "several", "various", "over", "up",
    "out", "with", "to", "cross-functional", "end-to-end", "internal", "large", "key", "all", "both", "two",
    "three", "four", "five", "more", "weekly", "daily", "monthly", "customer", "client", "company-wide",
})

# First words that lemminflect knows as verbs but that begin noun phrases on CVs.
_NOT_VERBS = frozenset({
    "data", "research", "experience", "skills", "tools", "project", "projects", "team", "teams", "work", "role",
    "member", "head", "lead", "cloud", "web", "software", "machine", "deep", "natural", "user", "product",
    "content", "front", "back", "full", "email", "test", "process", "program", "document", "report", "feature",
    "course", "courses", "thesis", "focus", "interest", "interests", "contact", "profile", "summary", "note",
})

_TOO_LONG = 48


@lru_cache(maxsize=4096)
def _verb_lemma(word: str) -> str | None:
    """The verb lemma of a word ('built' -> 'build'), or None when lemminflect knows no verb reading."""
    from ..text.forms import getAllLemmas, getAllLemmasOOV

    low = word.casefold()
    lemmas = getAllLemmas(low).get("VERB")
    if not lemmas and low.endswith("ed") and len(low) > 4 and "-" not in low:
        guesses = getAllLemmasOOV(low, upos="VERB").get("VERB") or ()
        lemmas = [g for g in guesses if getAllLemmas(g).get("VERB")]  # 'overed' is a typo, not a verb
    return lemmas[0] if lemmas else None


@lru_cache(maxsize=4096)
def _inflect(lemma: str, tag: str) -> str:
    from ..text.forms import getInflection

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def past(lemma: str) -> str:
    """'build' -> 'built'."""
    return _inflect(lemma, "VBD")


def gerund(lemma: str) -> str:
    """'build' -> 'building'."""
    return _inflect(lemma, "VBG")


def is_base_verb(word: str) -> bool:
    """Whether a word is a verb in its base form ('build', 'design'), as a duty in a posting starts."""
    low = word.casefold()
    lemma = _verb_lemma(low)
    return bool(lemma) and lemma == low and low not in _NOT_VERBS


def _verb_form(word: str, following: str, current: bool) -> str | None:
    """The first word of a CV line said after "I", or None when the line does not start with an action."""
    low = word.casefold().strip(",")
    if not low.isalpha() and "-" not in low:
        return None
    lemma = _verb_lemma(low)
    if not lemma:
        return None
    if low == past(lemma) or (low.endswith("ed") and low != lemma):
        return low
    if low in _NOT_VERBS and following.casefold() not in _OBJECT_START:
        return None
    if low.endswith("ing") and low != lemma:
        return lemma if current else past(lemma)
    if low == lemma or low == _inflect(lemma, "VBZ"):
        from ..text.forms import getAllLemmas

        ambiguous = bool(getAllLemmas(low).get("NOUN") or getAllLemmas(low).get("ADJ"))
        if ambiguous and following.casefold() not in _OBJECT_START and not following[:1].isupper():
            return None
        return lemma if current else past(lemma)
    return None


_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–—]\s*|\d+[.)]\s+)")


def clause_of(line: str, *, current: bool = False) -> str | None:
    """The predicate to say after "I": 'Built a cache.' -> 'built a cache'; None when it cannot be said.

    ``current`` (the entry is ongoing) turns base and third-person forms into the present ('Lead the team'
    -> 'lead the team'); a past form stays past. A line already in the first person loses its "I".
    """
    text = " ".join(_BULLET.sub("", line).split()).rstrip(" .;,")
    words = text.split()
    if _unsayable(text, words) or "\n" in line.strip():
        return None
    if words[0] in ("I", "I've", "I’ve"):
        rest = text[2:] if words[0] == "I" else "have " + text.split(" ", 1)[1]
        return rest if rest and not rest.startswith(("am a", "am an")) else None
    first, second = words[0], words[1]
    low = first.casefold()
    fixed = _fixed_opening(words, text, current)
    if fixed:
        return fixed
    if second.casefold() == "by":  # 'Used by 200 teams': the subject is not the applicant
        return None
    if low.endswith("ly") and len(words) > 3:  # 'Successfully led ...'
        remainder = text.split(" ", 1)[1]
        inner = clause_of(remainder[:1].upper() + remainder[1:], current=current)
        return f"{low} {inner}" if inner else None
    verb = _verb_form(first, second, current)
    if not verb:
        return None
    rest = words[1:]
    if len(rest) >= 2 and rest[0].casefold() in ("and", "&"):
        second_verb = _verb_form(rest[1], rest[2] if len(rest) > 2 else "", current)
        if second_verb:  # 'Design and build X' -> 'designed and built X'
            rest = ["and", second_verb, *rest[2:]]
    return " ".join([verb, *rest])


_PRONOUN_OBJECT = frozenset({"it", "this", "that", "them", "these", "those"})
# 'Creation of web applications' is said 'created web applications'.
_NOMINAL = {"creation": "create", "development": "develop", "implementation": "implement", "design": "design",
            "management": "manage", "maintenance": "maintain", "integration": "integrate", "migration": "migrate",
            "optimization": "optimize", "optimisation": "optimise", "automation": "automate", "analysis": "analyse",
            "definition": "define", "coordination": "coordinate", "preparation": "prepare", "review": "review",
            "support": "support", "organization": "organize", "organisation": "organise", "planning": "plan",
            "writing": "write", "testing": "test", "building": "build", "delivery": "deliver"}
_COPULA = frozenset({"is", "are", "was", "were", "has", "have"})


def _fixed_opening(words: list[str], text: str, current: bool) -> str | None:
    """'Creation of X' -> 'created X'; 'Awarded X' -> 'was awarded X'; 'Responsible for X' -> 'was responsible
    for X'; None for any other line."""
    low, second = words[0].casefold(), words[1].casefold()
    if low in _NOMINAL and second == "of" and len(words) > 3:
        lemma = _NOMINAL[low]
        return " ".join([lemma if current else past(lemma), *words[2:]])
    third = words[2].casefold() if len(words) > 2 else ""
    if second == "and" and third in _NOMINAL and len(words) > 4 and words[3].casefold() == "of" \
            and (low in _NOMINAL or _verb_lemma(low)):  # 'Design and development of X'
        first = _NOMINAL.get(low) or _verb_lemma(low) or low
        verbs = [first, _NOMINAL[third]] if current else [past(first), past(_NOMINAL[third])]
        return " ".join([verbs[0], "and", verbs[1], *words[4:]])
    if low in _PASSIVE:
        return f"{'am' if current and low in ('certified', 'tasked') else 'was'} {lower_first(text)}"
    if low == "responsible" and second == "for":
        return f"{'am' if current else 'was'} {lower_first(text)}"
    return None


def _unsayable(text: str, words: list[str]) -> bool:
    """Lines that cannot be said after "I": too short or long, a heading, a label and its note ('Distributed
    video-sync: a Pi 4 coordinates ...'), a noun phrase as subject ('Automated report generation improved
    ...'), or an object that points at a line before ('Used it to build ...')."""
    if len(words) < 3 or len(words) > _TOO_LONG or text.endswith(":"):
        return True
    if re.match(r"^[^:]{1,40}:\s", text) and len(text.split(":", 1)[0].split()) <= 4:
        return True
    if ";" in text and len(text.split(";", 1)[0].split()) <= 4:
        return True  # 'Topped Technology Coordinator; resolved 19% more ...': two fragments glued
    if words[0] in ("I", "I've", "I’ve"):
        return False
    if words[1].casefold() in _PRONOUN_OBJECT:
        return True
    if any(w.casefold() in _COPULA for w in words[1:4]) and not any(
            w.casefold() in ("that", "which", "who", "where") for w in words[1:4]):
        return True  # 'Cinched Financial is building ...': a company, not the applicant, does it
    return not words[0].casefold().endswith("ly") and _second_verb(words)


def _second_verb(words: list[str]) -> bool:
    """Whether a past-tense verb follows the first word without 'and' or a comma, as in 'Shipped went from ...'
    or 'Automated report generation improved ...' (a noun phrase as subject)."""
    for index, word in enumerate(words[1:6], 1):
        low = word.casefold().strip(",;")
        if words[index - 1].casefold() in ("and", "&", "or", "to", "then", "that", "which", "who", "was", "were",
                                           "been", "be", "is", "are", "have", "has", "had") \
                or words[index - 1].endswith((",", ";")):
            return False
        lemma = _verb_lemma(low) if low.isalpha() else None
        if lemma and low == past(lemma) and low != lemma:
            from ..text.forms import getAllLemmas

            other = getAllLemmas(low)
            if index == 1 or (set(other) == {"VERB"} and _adjective_head(words[0])):
                return True
    return False


def _adjective_head(word: str) -> bool:
    from ..text.forms import getAllLemmas

    return "ADJ" in getAllLemmas(word.casefold())


def sentence_of(clause: str, subject: str = "I") -> str:
    """'built a cache' -> 'I built a cache.'"""
    body = clause.rstrip(" .")
    return f"{subject} {body}."


def present_clause(text: str) -> str | None:
    """A duty from a posting said after 'to' ('Build benchmarks on real workloads.' -> 'build benchmarks on
    real workloads'), or None when it does not start with a verb in its base form."""
    words = " ".join(_BULLET.sub("", text).split()).rstrip(" .;,").split()
    if len(words) < 3 or _adjective_head(words[0]):
        return None  # 'Better connections for a better planet' is a slogan, not a duty
    first, following = words[0].casefold() if words else "", words[1].casefold() if len(words) > 1 else ""
    led_by_noun_verb = first in _NOT_VERBS and following in _OBJECT_START | {"on", "closely", "across", "within"}
    if len(words) < 2 or not (is_base_verb(first) or (led_by_noun_verb and _verb_lemma(first) == first)):
        return None
    return " ".join([words[0].casefold(), *words[1:]])

"""Why this employer, in the posting's own terms, said without pasting the posting: what the employer does (a
sentence of its about text whose subject is the employer or "we", said again with "it" as the subject).
"""

from __future__ import annotations

import re

from ..job.model import Job
from ..text import plain
from ..text.sentences import paragraph_sentences
from .english import _LOGISTICS
from .realise import _inflect, _verb_lemma, is_base_verb

_MAX_WORDS = 16
# Verbs that say what an organisation does for others ('builds', 'helps'), not facts about it ('uses', 'has').
_MISSION_VERBS = frozenset({
    "build", "make", "help", "develop", "create", "provide", "power", "design", "run", "operate", "serve",
    "deliver", "connect", "enable", "support", "protect", "produce", "bring", "empower", "care",
    "research", "manufacture", "publish", "teach", "educate", "champion", "advance", "transform", "work",
    "fund", "defend", "improve", "host", "organise", "organize", "represent", "save",
})

# Where a long phrase may be cut without leaving it half-said.
_CUT = re.compile(r",?\s+as (?:required|needed|appropriate|necessary)\b|"
                  r",\s+(?:and\s+)?(?=\w+ing\b)|\s+(?:and|or)\s+(?=(?:report|present|work|share|help|ensure)\b)|"
                  r"[;:(—–]|\s-\s|\s+(?:so that|in order to|such as|including|e\.g\.|as well as|while)\b", re.I)
_DANGLING = re.compile(r"\b(?:a|an|the|and|or|of|in|on|for|to|with|by|at|from|as|our|your|their|its|into|"
                       r"across|about|between|within|using|via)$", re.I)


def shorten(phrase: str, max_words: int = _MAX_WORDS) -> str | None:
    """A phrase cut at a clause boundary to at most max_words, or None when no clean cut exists."""
    phrase = " ".join(phrase.split()).rstrip(" .;,")
    for comma in re.finditer(r",\s+(\w+)", phrase):  # 'diagnose incidents, differentiate between ...'
        series = re.match(r"\s*(?:\S+\s+){0,2}(?:and|or)\b", phrase[comma.end():])  # 'conceptualize, build and test'
        if is_base_verb(comma.group(1)) and not series and len(phrase[: comma.start()].split()) >= 3:
            phrase = phrase[: comma.start()]
            break
    cut = _CUT.search(phrase)
    if cut and len(phrase[: cut.start()].split()) >= 3:
        phrase = phrase[: cut.start()]
    words = phrase.split()
    if len(words) > max_words:
        head = " ".join(words[:max_words])
        boundary = max(head.rfind(", "), head.rfind(" and "))
        if boundary <= 0 or len(head[:boundary].split()) < 4:
            return None
        phrase = head[:boundary]
    phrase = phrase.rstrip(" ,;")
    return None if _DANGLING.search(phrase) or phrase.count("(") != phrase.count(")") else phrase


def mission(job: Job) -> str | None:
    """What the employer does, as a predicate after "it": 'builds the data platform behind climate and
    weather forecasting for utilities and insurers'; None when the about text has no such sentence."""
    names = [n for n in (job.company,) if n]
    for paragraph in job.about[:4]:
        for sentence in paragraph_sentences(plain(paragraph))[:3]:
            predicate = _predicate(sentence, names)
            if predicate:
                return predicate
    return None


def _predicate(sentence: str, names: list[str]) -> str | None:
    text = " ".join(sentence.split()).rstrip(" .!")
    subject = next((n for n in names if text.casefold().startswith(n.casefold() + " ")), None)
    if subject:
        rest = text[len(subject) + 1:]
    elif re.match(r"^(?:At \S+(?: \S+)?, )?we\s", text, re.I):
        rest = re.sub(r"^(?:At \S+(?: \S+)?, )?we\s+", "", text, flags=re.I)
        first, _, tail = rest.partition(" ")
        lemma = _verb_lemma(first)
        if not lemma or lemma != first.casefold() or lemma in ("are", "be", "have"):
            return None
        rest = f"{_inflect(lemma, 'VBZ')} {tail}"
    else:
        return None
    first = rest.split(" ", 1)[0].casefold()
    if _verb_lemma(first) not in _MISSION_VERBS or not first.endswith("s"):
        return None
    if re.search(r"\b(we|our|us|you|your)\b", rest, re.I) or _LOGISTICS.search(rest):
        return None
    return shorten(rest, 18)

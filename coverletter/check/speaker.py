"""Who a sentence is about, clause by clause: the applicant (I, my) or the posting (your, the role, the
employer), per language; the employer and the role may always be named as the addressee.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|My|myself|Myself|we|We|we['’](?:ve|re))\b")


# The applicant in the third person: a letter (or a model obeying a posting) may write "Maya has ...",
# "the candidate worked at ...", "she led ...": these are claims about the applicant just as "I" is.
_THIRD_PERSON = re.compile(r"\b(?:(?:the|this|our)\s+(?:candidate|applicant)|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]ers)\b")


_TARGET_WORDS = (
    r"you|your|yours|the (?:role|position|job|posting|team|internship|opening|program|opportunity)|"
    r"this (?:role|position|job|posting|team|internship|opening|program|opportunity)|"
    r"(?:role|position|posting|job) (?:asks|calls|requires|needs|lists|mentions)|asks for|calls for|looking for|"
    # the opening by its name: "a strong candidate for the Software Engineering position"
    r"(?:for|regarding|about)\s+(?:the|this|your)\s+(?:(?!(?:of|in|at|with|my|our|from|by)\b)[\w/&+.-]+\s+){1,5}"
    r"(?:position|role|job|internship|opening|vacancy|posting)|"
    r"seeking|requires?|requirements?|learn|"
    # what a job involves, said of the job: "stakeholder management ... are part of the daily business"
    r"(?:is|are)\s+(?:a\s+)?part\s+of\s+the\s+(?:daily|day-to-day|everyday)\s+(?:business|work|job|routine)|"
    r"learning|not(?!\s+only)|n['’]t|never|no|yet|eager|excited|excites|"
    r"look forward|looking forward|"
    r"would|could|hope|hoping|want to|keen|interested|interest in|application|join|joining|"
    # applying for a post, not applying a method: "applying sentiment analysis and natural language processing"
    r"appl(?:y|ying)(?=\s+(?:for|to)\b|\s*[.,;:!?]|\s*$)|"
    r"contribute|contributing|(?:make|bring|offer)\s+(?:an?\s+)?(?:\w+\s+)?contributions?|grow|growing|develop as|"
    r"plan on|plan to|planning to|explore|exploring|"
    r"new to|"
    # what would be: "Working for Oracle would provide ...", skills "directly applicable to" the employer's system
    r"^\s*(?:working|joining|interning|being|to work|to join)(?=[^.;]*?\b(?:would|could|will|might|dream|goal|"
    r"ambition|aspiration|wish)\b)|"
    r"in my (?:opinion|view)|"
    r"applicable to|transferable to|relevant to|"
    r"opportunity|rather than|instead of|unlike|"
    r"closest|similar to|comparable to|adjacent to|outside of|"
    # feelings about the employer or the work are no record: "my admiration for NASA", "Apple's mission appeals"
    r"admir\w*|dream\w*|fascinat\w*|inspir\w*|appeal\w*|attract\w*|impress\w*|compelling|drawn to|mission|"
    r"getting into|get into|transfer\w*|admission|admitted|chosen career|career goal|aspir\w*|"
    # a place the applicant will go to is no record: "I will occasionally be travelling to London"
    r"(?:will|['’]ll|shall|going to|about to)\s+(?:\w+\s+){0,3}?"
    r"(?:travel|mov|relocat|commut|visit|go|com)\w*\s+(?:back\s+)?to"
)


_TARGET = re.compile(rf"\b(?:{_TARGET_WORDS})\b|n['’]t\b", re.IGNORECASE)


# The same two word classes for letters in other languages: who speaks, and words that point at the posting.
_OTHER_FIRST_PERSON = {
    "de": r"ich|mein\w*|mir|mich|wir|unser\w*",
    "fr": r"je|j['’]|mon|ma|mes|moi|nous|notre|nos",
    "es": r"yo|mi|mis|me|nosotros|nuestr\w+",
    "it": r"io|mio|mia|miei|mie|ho|sono|noi|nostr\w+",
    "nl": r"ik|mijn|wij|we|ons|onze",
    "pt": r"eu|meu|minha|meus|minhas|nós|noss\w+",
}


_OTHER_TARGET = {
    "de": r"Sie|Ihr\w*|Stelle|Position|Rolle|Team\w*|Ausschreibung|nicht|kein\w*|noch|lernen|gerne|gern|freue|"
          r"würde|könnte|möchte|bewerbe|Bewerbung",
    "fr": r"vous|votre|vos|poste|rôle|équipe|offre|ne|pas|apprendre|souhaite|serais|pourrais|aimerais|candidature",
    "es": r"usted|ustedes|su|sus|puesto|rol|equipo|oferta|no|aprender|gustaría|podría|candidatura",
    "it": r"lei|vostr\w+|suo|sua|posizione|ruolo|team|offerta|non|imparare|vorrei|potrei|candidatura",
    "nl": r"u|uw|jullie|functie|rol|team|vacature|niet|geen|leren|graag|zou|sollicit\w*",
    "pt": r"você|vocês|seu|sua|vaga|função|equipe|não|aprender|gostaria|poderia|candidatura",
}


_OTHER_SPEAKERS = {
    language: (re.compile(rf"(?<!\w)(?:{first_person})(?!\w)", re.IGNORECASE),
               re.compile(rf"(?<!\w)(?:{_OTHER_TARGET[language]})(?!\w)", re.IGNORECASE))
    for language, first_person in _OTHER_FIRST_PERSON.items()
}


def _speaker_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(first person, pointing at the posting) for a letter's language; English for any other."""
    return _OTHER_SPEAKERS.get(language, (_FIRST_PERSON, _TARGET))


_PAST_WORK = re.compile(
    r"(?:\b(?:worked|working|work|was|were|been|spent\b[^,.;]{0,40}|served|interned|employed|joined|led|managed|"
    r"consulted|studied|graduated|as a|as an)\s+(?:at|for|with|in|by)?|"
    # "a 2023 internship at", "my previous role with", "during my time at"
    r"\b(?:(?:19|20)\d\d|my|previous|former|last|past|earlier|summer)\s+(?:[\w-]+\s+){0,2}"
    r"(?:internship|role|position|job|stint|tenure|time|years?|months?|work|co-?op|placement)\s+(?:at|with|for|in))"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)


_FUTURE_WORK = re.compile(r"\b(?:to|would|could|will|might|can)\s+(?:\w+\s+){0,2}(?:work|join|intern|serve|be)\w*"
                          r"\s+(?:at|for|with|in)?\s*(?:the\s+)?$", re.IGNORECASE)


def past_work(before: str) -> bool:
    """Whether the words before a name say the applicant worked or studied there (not "to work at")."""
    return bool(_PAST_WORK.search(before)) and not _FUTURE_WORK.search(before)


# Learning that happened: the word to learn after a past chance to ("was an opportunity to learn", "a été
# l'occasion d'apprendre", "m'a permis d'apprendre", "hatte ich die Gelegenheit, ... zu lernen").
_LEARNING = re.compile(r"learn|learning|apprendre|lernen", re.IGNORECASE)
_PAST_CHANCE = re.compile(
    r"(?:\b(?:was|were|proved|had been)\s+(?:a|an|the|my)\s+(?:chance|opportunity|occasion)\s+to|"
    r"\b(?:allowed|enabled|helped)\s+me\s+to|"
    r"\b(?:a\s+été|était|fut)\s+(?:l['’]|une\s+)occasion\s+d['’]|\bm['’]a\s+permis\s+d['’]|"
    r"\bhatte\s+ich\s+die\s+(?:Gelegenheit|Möglichkeit)\b[^.]*\bzu)\s*$",
    re.IGNORECASE)


# A chance that was had, a record: "I have been given the opportunity as a", "I had the opportunity to".
_HAD_CHANCE = re.compile(r"\b(?:had|has had|have had|was given|were given|been given|got|received)\s+"
                         r"(?:(?:the|an|a|this)\s+)?$", re.IGNORECASE)


_COMPARISON = re.compile(r"similar to|comparable to|adjacent to|unlike", re.IGNORECASE)


def modes(sentence: str, addressee: list[str], language: str = "en", owner: Iterable[str] = ()
          ) -> list[tuple[int, str]]:
    """(offset, "claim" | "target") switch points of a sentence: who the words from that offset are about.

    The applicant speaks in the first person, or is named (``owner``: the words of their name) or called
    "the candidate", "she", "he". A sentence that points at no one is the applicant's claim: only words that
    point at the posting make talk about the posting, whatever the grammatical person.
    """
    first_person, target = _speaker_patterns(language)
    events: list[tuple[int, str]] = []
    inside = [m.span() for m in target.finditer(sentence) if " " in m.group(0)]  # "in my opinion": one target phrase
    for m in first_person.finditer(sentence):
        if not any(a < m.start() < b for a, b in inside):
            events.append((m.start(), "claim"))
    for m in _THIRD_PERSON.finditer(sentence):
        events.append((m.start(), "claim"))
    for m in re.finditer(r"\b[A-Z][\w'’-]+", sentence):
        if m.group(0).casefold() in owner:
            events.append((m.start(), "claim"))
    for m in target.finditer(sentence):
        if m.group(0).casefold().endswith("opportunity") and _HAD_CHANCE.search(sentence[: m.start()]):
            continue  # "I have been given the opportunity as a Developer Evangelist": a chance that was had
        if _LEARNING.fullmatch(m.group(0)) and _PAST_CHANCE.search(sentence[: m.start()]):
            events.append((m.start(), "claim"))  # "a été l'occasion d'apprendre": learnt then, a record
            continue
        events.append((m.start(), "target"))
        if language == "en" and _COMPARISON.fullmatch(m.group(0)):
            # a comparison reaches to the end of its clause: "similar to Mario, using Javascript and PHP"
            end = re.search(r"[,;]", sentence[m.end() :])
            if end:
                events.append((m.end() + end.end(), "claim"))
    for name in addressee:
        for m in _phrase_regex(name).finditer(sentence):
            if re.match(r"\s+[A-Z]", sentence[m.end() :]):  # "JPL Open Houses" is another name
                continue
            if re.search(r"\b(?:was|am|as|been|became)\s+(?:a|an|the)\s+$", sentence[: m.start()], re.IGNORECASE):
                continue  # "I was a storage engineer at ...": the applicant's own post, though the posting's too
            events.append((m.start(), "target"))
    events.sort()
    # words before the first switch belong to the sentence's speaker; a clause boundary after a target word
    # does not reset it, only a new "I"/"my" does
    # a sentence with no "I" and no word for the posting ("Using Rails and Go, with TDD.") is the writer's own
    # "... helped me to develop ...": the writer as an object makes the sentence theirs when it comes before any
    # word for the posting (after one, "consider me for the role", it does not turn the clause back)
    me = re.search(r"\bme\b", sentence) if language == "en" else None
    before_target = me is not None and all(at > me.start() for at, mode in events if mode == "target")
    start = "claim" if any(e[1] == "claim" for e in events) or not events or before_target else "target"
    return [(0, start), *events]


def mode_at(switches: list[tuple[int, str]], offset: int) -> str:
    """Who the words at offset are about: "claim" (the applicant) or "target" (the posting)."""
    mode = switches[0][1]
    for at, value in switches:
        if at > offset:
            break
        mode = value
    return mode


@lru_cache(maxsize=512)
def _phrase_regex(phrase: str) -> re.Pattern[str]:
    """A phrase as whole words, any spacing or hyphens between them, any case (cached: the same addressees
    are searched in every sentence)."""
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<![\w])" + r"[\s\-]+".join(words) + r"(?![\w])", re.IGNORECASE)

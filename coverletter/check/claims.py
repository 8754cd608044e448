"""Find the factual claims in a letter's body and decide, for each, whether the profile backs it.

A claim is an employer, a job title, a degree or an institution, a skill or tool, a figure (a percentage,
a count, money, a duration) or a date. Each is looked up in the profile (every string in
``profile.to_dict()``, by JSON path) and, where it refers to the posting, in the posting.

Who a mention is about is decided sentence by sentence, left to right: a sentence with "I"/"my" is the
applicant's claim, until a word that points at the posting ("your", "the role", "this position", the
employer's name, "looking forward", "learn", a negation such as "not yet") turns the rest of the clause
into talk about the posting; a later "I"/"my" turns it back. Posting facts (its skills, figures, names)
are allowed only in talk about the posting; the employer and the role may always be named as the
addressee, except after "worked at", "spent ... at", "joined" and the like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from ..profile.evidence import dated_entries
from ..text import norm, plain, sentences

# ------------------------------------------------------------------------------------------ the claim


@dataclass
class Claim:
    """One factual claim in a letter: its words, its kind, and the evidence id that backs it (or None)."""

    text: str
    kind: str
    supported: bool
    evidence: str | None = None
    detail: str = ""
    sentence: str = ""


# ------------------------------------------------------------------------------------------ who is it about

_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|My|myself|Myself|we|We|we['’](?:ve|re))\b")
_TARGET_WORDS = (
    r"you|your|yours|the (?:role|position|job|posting|team|internship|opening|program|opportunity)|"
    r"this (?:role|position|job|posting|team|internship|opening|program|opportunity)|"
    r"(?:role|position|posting|job) (?:asks|calls|requires|needs|lists|mentions)|asks for|calls for|looking for|"
    r"seeking|requires?|learn|learning|not(?!\s+only)|n['’]t|never|no|yet|eager|excited|excites|"
    r"look forward|looking forward|"
    r"would|could|hope|hoping|want to|keen|interested|interest in|apply|applying|application|join|joining|"
    r"contribute|contributing|grow|growing|explore|exploring|new to|opportunity|rather than|instead of|unlike|"
    r"closest|similar to|comparable to|adjacent to|outside of"
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
    r"\b(?:worked|working|work|was|were|been|spent\b[^,.;]{0,40}|served|interned|employed|joined|led|managed|"
    r"consulted|studied|graduated|as a|as an)\s+(?:at|for|with|in|by)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def modes(sentence: str, addressee: list[str], language: str = "en") -> list[tuple[int, str]]:
    """(offset, "claim" | "target") switch points of a sentence: who the words from that offset are about."""
    first_person, target = _speaker_patterns(language)
    events: list[tuple[int, str]] = []
    for m in first_person.finditer(sentence):
        events.append((m.start(), "claim"))
    for m in target.finditer(sentence):
        events.append((m.start(), "target"))
    for name in addressee:
        for m in _phrase_regex(name).finditer(sentence):
            events.append((m.start(), "target"))
    events.sort()
    # words before the first switch belong to the sentence's speaker; a clause boundary after a target word
    # does not reset it, only a new "I"/"my" does
    start = "claim" if any(e[1] == "claim" for e in events) else "target"
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


# ------------------------------------------------------------------------------------------ normalising

def contains(haystack_norm: str, needle: str) -> bool:
    """Whether the normalised needle appears as whole words in a normalised haystack."""
    key = norm(needle)
    return bool(key) and f" {key} " in f" {haystack_norm} "


# ------------------------------------------------------------------------------------------ figures

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}
_UNITS = {"one": 1, **{k: v for k, v in _NUMBER_WORDS.items() if v < 10}}
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_FIGURE = re.compile(
    r"(?<![\w.,/$€£-])(?P<cur>[$€£]\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?P<pct>\s?%|\s?percent\b)?(?P<plus>\+)?(?P<scale>\s?(?:k|K|M|mn|B|bn|million|billion|thousand)\b)?"
    r"(?P<times>[xX×](?!\w))?(?P<tail>[^\W\d_])?",
)
_WORD_FIGURE = re.compile(
    r"\b(?P<word>(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?:[- ](?:"
    + "|".join(_UNITS) + r"))?)\b(?P<pct>\s+percent\b)?",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"^\s*(?:\+\s*)?(?:full\s+)?(?P<unit>years?|yrs?|months?|jahren?|jahre|ans?|années?|años|anni|anno|jaar|anos|"
    r"monate?n?|mois|meses|mesi|maanden)\b",
    re.IGNORECASE,
)
_AT_LEAST_WORDS = ("over", "more than", "at least", "nearly", "almost", "about", "around", "some")
_AT_LEAST_BEFORE = re.compile(rf"(?:{'|'.join(_AT_LEAST_WORDS)})\s+$", re.IGNORECASE)
_A_BEFORE = re.compile(r"\ba\s+$", re.IGNORECASE)


def _just_before(pattern: re.Pattern[str], text: str, start: int, longest: int) -> bool:
    """Whether ``pattern`` (words then ``\\s+$``) matches the text right before ``start``: the same answer as
    ``pattern.search(text[:start])``, but looking back only over the spaces and ``longest`` characters, not the
    whole text once per figure."""
    words_end = start
    while words_end > 0 and text[words_end - 1].isspace():
        words_end -= 1
    return pattern.search(text, max(0, words_end - longest), start) is not None


@dataclass
class Figure:
    """A number as written and as a value; ``unit`` is "%", "years", "months", "year" (a date) or ""."""

    text: str
    value: float
    unit: str
    start: int
    at_least: bool = False


def _word_value(word: str) -> float:
    parts = re.split(r"[- ]", word.casefold())
    return float(sum(_NUMBER_WORDS.get(p, _UNITS.get(p, 0)) for p in parts))


def _at_least_before(text: str, start: int) -> bool:
    """"over", "more than", "at least" ... right before the figure at ``start``."""
    return _just_before(_AT_LEAST_BEFORE, text, start, max(map(len, _AT_LEAST_WORDS)))


def figures(text: str) -> list[Figure]:
    """Every figure in a text: digits (with %, +, $, k/M/B, x) and number words from two up."""
    out: list[Figure] = []
    for m in _FIGURE.finditer(text):
        if m.group("tail") and not m.group("scale") and not m.group("pct"):
            continue  # an identifier such as 3D, A100, 5G
        value = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
        scale = (m.group("scale") or "").strip()
        if scale:
            value *= _SCALE[scale.casefold()]
        unit = "%" if m.group("pct") else "x" if m.group("times") else ""
        end = m.end() - (1 if m.group("tail") else 0)
        words = text[m.start() : end].strip()
        is_year = not (unit or scale or m.group("cur") or m.group("dec") or m.group("plus")) and 1900 <= value <= 2099
        after = _DURATION_AFTER.match(text[end:])
        if after and not is_year:
            unit = "months" if after.group("unit").casefold().startswith("m") else "years"
            words = text[m.start() : end + after.end()].strip()
        elif is_year and "," not in m.group("num"):
            unit = "year"
        at_least = bool(m.group("plus")) or _at_least_before(text, m.start())
        out.append(Figure(words, value, unit, m.start(), at_least))
    for m in _WORD_FIGURE.finditer(text):
        word = m.group("word")
        value = _word_value(word)
        if word.casefold() == "hundred" or value <= 1:
            continue
        if word.casefold() == "dozen" and not _just_before(_A_BEFORE, text, m.start(), 1):
            continue
        unit, words = ("%" if m.group("pct") else ""), m.group(0)
        after = _DURATION_AFTER.match(text[m.end() :])
        if after and not unit:
            unit = "months" if after.group("unit").casefold().startswith("m") else "years"
            words = text[m.start() : m.end() + after.end()]
        at_least = _at_least_before(text, m.start())
        out.append(Figure(words.strip(), value, unit, m.start(), at_least))
    out.sort(key=lambda f: f.start)
    return out


# ------------------------------------------------------------------------------------------ degrees

_DEGREE = re.compile(
    r"(?<![\w.])(?P<deg>Ph\.\s?D\.?|PhD|Ph\s?D|D\.\s?Phil\.?|DPhil|[Dd]octorate|[Dd]octoral\s+degree|"
    r"Doctor\s+of\s+Philosophy|"
    r"M\.\s?Sc\.?|MSc|M\.\s?S\.|M\.\s?A\.|MBA|M\.?Eng\.?|MEng|MPhil|LL\.M\.?|[Mm]aster['’]s(?:\s+degree)?|[Mm]asters?\s+degree|Masters?(?![\w'’])|"
    r"Master\s+of\s+[A-Z]\w+|B\.\s?Sc\.?|BSc|B\.\s?S\.|B\.\s?A\.|B\.?Eng\.?|BEng|BBA|LL\.B\.?|"
    r"[Bb]achelor['’]s(?:\s+degree)?|[Bb]achelors?\s+degree|Bachelor\s+of\s+[A-Z]\w+|Bachelors?(?![\w'’])|[Aa]ssociate['’]?s?\s+degree|"
    r"(?:MS|MA|BS|BA)(?=\s+(?:degree|in)\b))(?![\w'’])"
    r"(?P<field>(?:\s+(?:degree\s+)?(?:in|of)\s+(?:the\s+)?[A-Za-z][\w&/-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&/-]*)*)+)?",
)
_LEVELS = (
    ("doctorate", re.compile(r"ph\.?\s?d|d\.?\s?phil|doctor", re.IGNORECASE)),
    ("master", re.compile(r"^(?:m\.?\s?sc|m\.?\s?s\b|m\.?\s?a\b|mba|m\.?\s?eng|mphil|ll\.?m|master|ms$|ma$)",
                          re.IGNORECASE)),
    ("bachelor", re.compile(r"^(?:b\.?\s?sc|b\.?\s?s\b|b\.?\s?a\b|b\.?\s?eng|bba|ll\.?b|bachelor|bs$|ba$)",
                            re.IGNORECASE)),
    ("associate", re.compile(r"associate", re.IGNORECASE)),
)


def degree_level(text: str | None) -> str | None:
    """doctorate / master / bachelor / associate for a degree name, else None."""
    if not text:
        return None
    value = text.strip()
    for level, pattern in _LEVELS:
        if pattern.search(value):
            return level
    return None


_FIELD_STOP = {"and", "of", "in", "the", "a", "an", "degree", "studies", "science", "sciences", "field", "related"}


def _initials_match(wanted: set[str], area: str) -> bool:
    """"CS" for Computer Science, "EE" for Electrical Engineering, "IT" for Information Technology."""
    initials = "".join(w[0] for w in norm(area).split() if w not in ("and", "of", "in", "the"))
    return len(wanted) == 1 and len(initials) > 1 and next(iter(wanted)) == initials


def _field_words(text: str) -> set[str]:
    return {w for w in norm(text).split() if w not in _FIELD_STOP and len(w) > 1}


# ------------------------------------------------------------------------------------------ names

_CONNECTORS = {"of", "&", "de", "der", "van", "von", "du", "la", "für", "for", "and"}
_NAME_TOKEN = re.compile(r"(?<![\w.$€£])(?:[^\W\d_][\w'’.&+#/-]*[\w+#]|[^\W\d_])|&")
_COMMON_TEXT = """i i'm i've i'd i'll dear sincerely regards thank thanks yours best kind warm january february march
    april may june july august september october november december monday tuesday wednesday thursday friday
    saturday sunday spring summer fall autumn winter mr mrs ms dr prof english internet web ok cv cvs résumé
    gpa hr it kpi kpis roi usa us uk eu faq todo tbd fixme xxx"""
_COMMON = set(_COMMON_TEXT.split())
_SENTENCE_START_TEXT = """a an the this that these those my our your their his her its in at on for with from by before
    after during since while when where as if although though because thank thanks having building working leading
    being today together beyond besides also moreover furthermore finally first second third lastly then there here
    what which who how why all most many some each every both one it we you they he she i over across through throughout
    previously currently recently earlier later now next outside inside within without until once whether please
    given just only still even yet so but and or nor not"""
_SENTENCE_START = set(_SENTENCE_START_TEXT.split())
_ORG_WORDS = {"university", "college", "institute", "school", "academy", "polytechnic", "universität", "université",
              "universidad", "hochschule", "conservatory", "seminary"}
_SUFFIX_ORG = {"inc", "llc", "ltd", "gmbh", "corp", "se", "kg", "ug", "universität", "hochschule",
               "corporation", "global", "group", "labs", "technologies",
               "systems", "solutions", "partners", "bank", "capital", "ventures", "holdings", "ag", "sa", "plc"}


@dataclass
class Name:
    text: str
    start: int
    end: int
    before: str


def names(sentence: str) -> list[Name]:
    """Runs of capitalised words (with "of", "&" inside) in a sentence; the sentence's first word only when
    it cannot be an everyday word capitalised by position."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _NAME_TOKEN.finditer(sentence)]
    out: list[Name] = []
    i = 0
    while i < len(tokens):
        if not _capital(tokens[i][0]):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            gap = sentence[tokens[j][2] : tokens[j + 1][1]]
            nxt = tokens[j + 1][0]
            if gap.strip():
                break
            if _capital(nxt):
                j += 1
                continue
            if nxt.casefold() in _CONNECTORS and nxt != "and":
                k = j + 2
                if k < len(tokens) and tokens[k][0] == "the" and not sentence[tokens[k - 1][2] : tokens[k][1]].strip():
                    k += 1  # "Teacher of the Month"
                if k < len(tokens) and _capital(tokens[k][0]) and not sentence[tokens[j + 1][2] : tokens[k][1]].strip(
                        ).replace(" the", "").strip():
                    j = k
                    continue
            break
        first = i
        at_start = tokens[i][1] == _first_word_at(sentence) or sentence[: tokens[i][1]].rstrip().endswith(
            (":", "—", "“", '"'))
        everyday = tokens[i][0].casefold().rstrip("'’s") in _SENTENCE_START or (j == i and not _marked(tokens[i][0]))
        if at_start and everyday:
            first = i + 1
        if first <= j:
            text = sentence[tokens[first][1] : tokens[j][2]]
            text = re.sub(r"['’]s$", "", text).rstrip(".")
            words = [w for w in text.split() if w.casefold().strip(".'’") not in _COMMON]
            if words and text.casefold().strip(".'’") not in _COMMON:
                out.append(Name(text, tokens[first][1], tokens[j][2], sentence[: tokens[first][1]]))
        i = j + 1
    return out


def _first_word_at(sentence: str) -> int:
    m = re.search(r"[^\W\d_]", sentence)
    return m.start() if m else -1


def _capital(word: str) -> bool:
    return word[:1].isupper() and word not in ("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll")


def _marked(word: str) -> bool:
    """An all-caps, CamelCase or digit-bearing word: a name even at the start of a sentence."""
    core = word.rstrip(".'’s")
    return (len(core) > 1 and core.isupper()) or bool(re.search(r"[a-z][A-Z]|\d", core))


def name_kind(name: Name) -> str:
    words = name.text.casefold().split()
    before = name.before.rstrip().casefold()
    last_word = before.rsplit(" ", 1)[-1] if before else ""
    if any(w in _ORG_WORDS for w in words):
        return "institution"
    if re.search(r"\bas(?:\s+(?:a|an|the|its|their|our))?$", before):
        return "title"
    if last_word in ("at", "for", "joined", "with", "by") or (words and words[-1].strip(".") in _SUFFIX_ORG):
        return "employer"
    if last_word == "from":
        return "employer"
    if len(words) == 1 and _marked(name.text):
        return "skill"
    return "name"


# ------------------------------------------------------------------------------------------ titles

_TITLE = re.compile(
    r"\b(?:as|was|am|became|become|served as|worked as)\s+(?:(?:a|an|the|its|their|our)\s+)?"
    r"(?P<title>(?:[\w/&-]+\s+){0,3}(?:engineer|developer|manager|director|scientist|designer|intern|architect|"
    r"analyst|accountant|consultant|teacher|researcher|officer|president|founder|co-founder|ceo|cto|cfo|coo|vp|"
    r"specialist|administrator|nurse|professor|lecturer|editor|writer|programmer|owner|head of \w+|team lead|"
    r"tech lead|lead))\b",
    re.IGNORECASE,
)


# ------------------------------------------------------------------------------------------ the facts

@dataclass
class Facts:
    """What may back a claim: the profile's strings by JSON path, its figures, dates and skills; the posting's."""

    leaves: list[tuple[str, str, str]] = field(default_factory=list)  # (path, key, plain text)
    leaf_norms: list[str] = field(default_factory=list)
    numbers: list[tuple[float, str, str]] = field(default_factory=list)  # (value, unit, path)
    years: dict[int, str] = field(default_factory=dict)
    spans: list[tuple[str, str, float, float]] = field(default_factory=list)  # (path, name, start, end)
    skills: dict[str, str] = field(default_factory=dict)  # canonical casefold -> path
    positions: list[tuple[str, str]] = field(default_factory=list)
    degrees: list[tuple[str, str | None, str]] = field(default_factory=list)  # (path, level, area)
    owner: set[str] = field(default_factory=set)
    profile_words: set[str] = field(default_factory=set)
    job_norm: str = ""
    job_numbers: list[tuple[float, str]] = field(default_factory=list)
    job_skills: set[str] = field(default_factory=set)
    company: str | None = None
    title: str | None = None
    addressee: list[str] = field(default_factory=list)

    def find(self, phrase: str) -> str | None:
        """The JSON path of the first profile string that holds the phrase as whole words."""
        key = norm(phrase)
        if not key:
            return None
        padded = f" {key} "
        for (path, _, _), text in zip(self.leaves, self.leaf_norms, strict=True):
            if padded in f" {text} ":
                return path
        return None

    def find_all_words(self, phrase: str) -> str | None:
        """The path of one profile string that holds every word of the phrase, in any order."""
        words = set(norm(phrase).split())
        if not words:
            return None
        for (path, _, _), text in zip(self.leaves, self.leaf_norms, strict=True):
            if words <= set(text.split()):
                return path
        return None

    def certificate(self, spellings: Any) -> str | None:
        """The path of a certificate (or award) in the profile that names one of the spellings."""
        keys = [f" {key} " for key in map(norm, spellings) if key]
        for (path, _, _), text in zip(self.leaves, self.leaf_norms, strict=True):
            if path.startswith(("certificates", "awards")) and any(key in f" {text} " for key in keys):
                return path
        return None

    def in_job(self, phrase: str) -> bool:
        return contains(self.job_norm, phrase)


_SKIP_KEYS = {"url", "email", "phone", "image", "$schema", "meta", "postalCode", "address", "username", "canonical",
              "lastModified", "version"}
_DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}


def _walk(value: Any, path: str, key: str, out: list[tuple[str, str, str]]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k in _SKIP_KEYS:
                continue
            _walk(v, f"{path}.{k}" if path else k, k, out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _walk(v, f"{path}[{i}]", key, out)
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = plain(value)
        if text:
            out.append((path, key, text))


def _years_of(text: str) -> float | None:
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?", text or "")
    if not m:
        return None
    return int(m.group(1)) + (int(m.group(2)) - 1) / 12 if m.group(2) else float(m.group(1))


def _entry_path(path: str) -> str:
    """work[0].highlights[2] -> work[0]."""
    m = re.match(r"^([A-Za-z_$][\w$]*\[\d+\])", path)
    return m.group(1) if m else path


def build_facts(profile: Any, job: Any, lexicon: Any = None, *, today: date | None = None) -> Facts:
    """Index the profile and the posting for claim checking."""
    facts = Facts()
    data = profile.to_dict()
    _walk(data, "", "", facts.leaves)
    facts.leaf_norms = [norm(text) for _, _, text in facts.leaves]
    facts.profile_words = {w for text in facts.leaf_norms for w in text.split()}
    for path, key, text in facts.leaves:
        if key in _DATE_KEYS:
            year = _years_of(text)
            if year:
                facts.years.setdefault(int(year), path)
            continue
        for fig in figures(text):
            if fig.unit == "year":
                facts.years.setdefault(int(fig.value), path)
            facts.numbers.append((fig.value, fig.unit, path))
    now = today or date.today()
    now_years = now.year + (now.month - 1) / 12
    for path, name, start, end in dated_entries(profile):
        first = _years_of(start or "")
        if first is None:
            continue
        last = _years_of(end or "") if end and end.strip().casefold() not in ("present", "now", "current") else None
        facts.spans.append((path, name, first, last if last is not None else now_years))
    for i, w in enumerate(profile.work):
        if w.position:
            facts.positions.append((f"work[{i}].position", plain(w.position)))
    for i, v in enumerate(profile.volunteer):
        if v.position:
            facts.positions.append((f"volunteer[{i}].position", plain(v.position)))
    for i, p in enumerate(profile.projects):
        facts.positions.extend((f"projects[{i}].roles[{j}]", plain(r)) for j, r in enumerate(p.roles))
    if profile.basics.label:
        facts.positions.append(("basics.label", plain(profile.basics.label)))
    for i, e in enumerate(profile.education):
        level = degree_level(e.study_type) or degree_level(e.area)
        facts.degrees.append((f"education[{i}]", level, plain(e.area)))
    if profile.basics.name:
        facts.owner = {w.casefold() for w in profile.basics.name.split()}
    if lexicon is not None:
        for (path, key, text) in facts.leaves:
            if key in _DATE_KEYS:
                continue
            # a keyword leaf ("Rust") is a skill name even without the context an everyday word needs in prose
            named = [lexicon.canonical(part) for part in re.split(r"\s*[,;|]\s*", text) if part]
            for name in [*_find(lexicon, text), *(n for n in named if n)]:
                facts.skills.setdefault(name.casefold(), path)
    facts.company = plain(job.company) if job.company else None
    facts.title = plain(job.title) if job.title else None
    job_texts = [job.raw_text or "", job.company or "", job.title or "", job.location or "", job.compensation or "",
                 *job.about, *job.responsibilities, *job.requirements, *job.preferred, *job.benefits, *job.skills]
    job_text = "\n".join(t for t in job_texts if t)
    facts.job_norm = norm(job_text)
    facts.job_numbers = [(f.value, f.unit) for f in figures(job_text)]
    if lexicon is not None:
        facts.job_skills = {n.casefold() for n in _find(lexicon, job_text)}
        for skill in job.skills:
            facts.job_skills.update(n.casefold() for n in _find(lexicon, skill))
    facts.addressee = [n for n in (facts.company, *_title_cores(facts.title)) if n]
    if facts.company:
        core = re.sub(r"\s*(?:,?\s*(?:Inc|LLC|Ltd|GmbH|Corp|Co)\.?)$", "", facts.company)
        if core and core != facts.company:
            facts.addressee.append(core)
    return facts


def _title_cores(title: str | None) -> list[str]:
    """The posting's title and its core without parentheses or a trailing qualifier."""
    if not title:
        return []
    cores = [title, re.sub(r"\s*\([^)]*\)", "", title).strip()]
    cores += [part.strip() for part in re.split(r"\s+[-–—|]\s+|;|,", cores[-1]) if len(part.strip()) > 3]
    return list(dict.fromkeys(c for c in cores if c))


def _find(lexicon: Any, text: str) -> list[str]:
    try:
        return list(lexicon.find(text))
    except Exception:  # a lexicon that cannot read this text finds nothing in it
        return []


def _spans(lexicon: Any, text: str) -> list[tuple[str, int, int]]:
    finder = getattr(lexicon, "find_spans", None)
    if finder is not None:
        try:
            return list(finder(text))
        except Exception:  # see _find
            return []
    out = []
    for name in _find(lexicon, text):
        for spelling in lexicon.spellings(name):
            m = _phrase_regex(spelling).search(text)
            if m:
                out.append((name, m.start(), m.end()))
                break
    return out


# ------------------------------------------------------------------------------------------ extraction

def extract_claims(body: str, facts: Facts, lexicon: Any = None, *, language: str = "en") -> list[Claim]:
    """Every claim in a letter's body, each marked supported (with the evidence id) or not.

    ``language`` (en, de, fr, es, it, nl, pt) picks the words for "I" and for the posting; in German,
    where every noun is capitalised, only marked names (COBOL, CamelCase, digits) count as names.
    """
    claims: list[Claim] = []
    seen: set[tuple[str, str, bool, str | None]] = set()
    for sentence in sentences(body):
        for claim in _sentence_claims(sentence, facts, lexicon, language):
            key = (claim.text.casefold(), claim.kind, claim.supported, claim.evidence)
            if key not in seen:  # the same claim backed the same way is listed once
                seen.add(key)
                claims.append(claim)
    return claims


def _sentence_claims(sentence: str, facts: Facts, lexicon: Any, language: str = "en") -> list[Claim]:
    switches = modes(sentence, facts.addressee, language)
    # in other languages word order differs ("Mit Kubernetes habe ich noch nicht gearbeitet"): a clause that
    # points at the posting anywhere is talk about the posting
    pointing = _speaker_patterns(language)[1] if language in _OTHER_TARGET else None

    def mode_of(offset: int) -> str:
        if pointing is not None and pointing.search(_clause_at(sentence, offset)):
            return "target"
        return mode_at(switches, offset)

    taken: list[tuple[int, int]] = []
    out: list[Claim] = []

    def add(text: str, kind: str, supported: bool, evidence: str | None, detail: str, span: tuple[int, int]) -> None:
        taken.append(span)
        if any(c.text.casefold() == text.casefold() for c in out):
            return
        out.append(Claim(text, kind, supported, evidence, detail, sentence))

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    # degrees (before names: "PhD in Astrophysics" is one claim)
    for m in _DEGREE.finditer(sentence):
        if mode_of(m.start()) == "target":
            taken.append(m.span())
            continue
        add(m.group(0).strip(), "degree", *_degree_support(m.group("deg"), m.group("field"), facts), m.span())
    # job titles written in lower case ("as a senior software engineer")
    for m in _TITLE.finditer(sentence):
        span = m.span("title")
        title = m.group("title")
        lead = re.match(r"(?:[a-z]+ed\s+)+", title)  # "was named Teacher of the Month": the verb is no title
        if lead:
            title, span = title[lead.end() :], (span[0] + lead.end(), span[1])
        if not free(*span) or not title:
            continue
        ok, path, detail = _title_support(title, facts, mode_of(span[0]), sentence[: span[0]])
        add(title, "title", ok, path, detail, span)
    # skills the lexicon knows
    if lexicon is not None:
        for name, start, end in _spans(lexicon, sentence):
            text = sentence[start:end]
            if not free(start, end) or not _checkable(lexicon, name, text):
                continue
            if text in ("CV", "CVs") and re.search(r"\b(?:my|your|the|a|this|our)\s+$", sentence[:start], re.I):
                taken.append((start, end))
                continue  # "my CV" is the document, not computer vision
            path = facts.skills.get(name.casefold()) or next(
                (p for p in (facts.find(s) for s in lexicon.spellings(name) if _distinctive(s)) if p), None)
            if path is None and "/" in name:  # "AI/ML" is backed when AI and ML each are
                parts = [facts.skills.get((lexicon.canonical(p) or p).casefold()) for p in name.split("/")]
                path = parts[0] if parts and all(parts) else None
            certified = _CERTIFIED.search(_clause_at(sentence, start)[: max(0, start - _clause_start(sentence, start))])
            mode = mode_of(start)
            if certified and mode == "claim":
                cert = facts.certificate(lexicon.spellings(name))
                add(text, "certificate", cert is not None, cert,
                    f"{name}: a certificate in the profile" if cert else f"{name}: no such certificate in the profile",
                    (start, end))
            elif path:
                add(text, "skill", True, path, f"{name}: in the profile", (start, end))
            elif mode == "target" and (name.casefold() in facts.job_skills or facts.in_job(text)):
                add(text, "skill", True, "job", f"{name}: the posting's, named as the target", (start, end))
            elif mode == "target":
                add(text, "skill", False, None, f"{name}: neither in the profile nor in the posting", (start, end))
            else:
                add(text, "skill", False, None, f"{name}: not in the profile", (start, end))
    # names: employers, institutions, titles, tools the lexicon does not know
    for name in names(sentence):
        if not free(name.start, name.end):
            continue
        if language == "de" and not _german_name(name):
            continue  # German capitalises every noun
        out_claim = _name_support(name, facts, mode_of(name.start))
        if out_claim is not None:
            add(name.text, out_claim[0], out_claim[1], out_claim[2], out_claim[3], (name.start, name.end))
    # figures and dates
    for fig in figures(sentence):
        span = (fig.start, fig.start + len(fig.text))
        if not free(*span) and fig.unit != "year":
            continue
        ok, path, detail = _figure_support(fig, sentence, facts, mode_of(fig.start))
        add(fig.text, "date" if fig.unit == "year" else "figure", ok, path, detail, span)
    return out


_UNCHECKED_CATEGORIES = {"soft skills"}
_GENERIC_CATEGORIES = {"software engineering", "product and management"}


def _checkable(lexicon: Any, name: str, text: str) -> bool:
    """Whether a skill mention is a factual claim to check: not a soft skill ("communication"), and not one
    everyday word for a general practice ("research", "documentation", "architecture")."""
    category = (getattr(lexicon, "category", lambda _n: None)(name) or "").casefold()
    if category in _UNCHECKED_CATEGORIES:
        return False
    generic = category in _GENERIC_CATEGORIES and text.islower() and re.fullmatch(r"[a-z]+", text) is not None
    return not generic


def _german_name(name: Name) -> bool:
    """In German, a capitalised run counts as a name only when marked (COBOL, GmbH), an organisation, or
    right after "bei"/"für" (at/for)."""
    words = name.text.split()
    if any(_marked(w) or w.casefold().strip(".") in _SUFFIX_ORG | _ORG_WORDS for w in words):
        return True
    return bool(re.search(r"\b(?:bei|für)\s+(?:der\s+|dem\s+|die\s+)?$", name.before, re.IGNORECASE))


def _distinctive(spelling: str) -> bool:
    """A skill spelling that is no everyday word, so finding it in the profile's text means the skill."""
    from ..match.lexicon import CONTEXT_WORDS

    return len(spelling) > 2 and spelling.casefold() not in CONTEXT_WORDS


def _degree_support(degree: str, field_text: str | None, facts: Facts) -> tuple[bool, str | None, str]:
    level = degree_level(degree)
    wanted = _field_words(re.sub(r"\b(?:degree|in|of)\b", " ", field_text or ""))
    for path, have, area in facts.degrees:
        if have is not None and level is not None and have != level:
            continue
        if have is None and not wanted:
            continue
        if wanted and not (wanted & _field_words(area)) and not _initials_match(wanted, area):
            continue
        return True, path, "matches the profile's education"
    if level is None:
        return False, None, "a degree the profile does not list"
    return False, None, f"no {level} degree{' in that field' if wanted else ''} in the profile"


def _title_support(title: str, facts: Facts, mode: str, before: str) -> tuple[bool, str | None, str]:
    words = norm(title).split()
    for path, position in facts.positions:
        held = set(norm(position).split())
        # the head noun is a position held, and every other word of the title is in the profile somewhere
        if words and words[-1] in held and all(w in held or w in facts.profile_words for w in words):
            return True, path, "a position in the profile"
    path = facts.find(title) or facts.find(re.sub(r"^(?:project|publication|award)\s+", "", title, flags=re.I))
    if path:
        return True, path, "named in the profile"
    past = bool(_PAST_WORK.search(before)) or re.search(r"\b(?:was|worked|served)\b", before, re.IGNORECASE)
    if facts.title and (contains(norm(facts.title), title) or facts.in_job(title)) and not past:
        return True, "job.title", "the posting's role"
    if mode == "target" and facts.in_job(title):
        return True, "job", "named in the posting"
    return False, None, "a position the profile does not hold"


def _name_support(name: Name, facts: Facts, mode: str) -> tuple[str, bool, str | None, str] | None:
    kind = name_kind(name)
    words = {w.casefold() for w in name.text.split()}
    if words <= facts.owner:
        return None  # the applicant's own name
    if kind == "title":
        return (kind, *_title_support(name.text, facts, mode, name.before))
    path = facts.find(name.text)
    if path:
        return kind, True, path, "named in the profile"
    past = bool(_PAST_WORK.search(name.before))
    for addressee in facts.addressee:
        if norm(addressee) == norm(name.text) or (norm(name.text) and contains(norm(addressee), name.text)):
            if past and kind in ("employer", "name"):
                return kind, False, None, "the posting's employer, claimed as the applicant's past employer"
            where = "job.company" if addressee == facts.company else "job.title"
            return kind, True, where, "the posting's, as addressee"
    if facts.in_job(name.text) and (mode == "target" or kind not in ("employer", "institution", "title")):
        return kind, True, "job", "named in the posting"
    if len(words) > 1:
        path = facts.find_all_words(name.text)
        if path:
            return kind, True, path, "its words are in one line of the profile"
    detail = {"employer": "an employer the profile does not list", "institution": "an institution the profile does "
              "not list", "title": "a position the profile does not hold", "skill": "not in the profile"}
    return kind, False, None, detail.get(kind, "named neither in the profile nor in the posting")


_CERTIFIED = re.compile(r"\b(?:certified|certification|certificate|licensed|accredited)\b", re.IGNORECASE)


def _clause_start(sentence: str, offset: int) -> int:
    return max(sentence.rfind(m, 0, offset) for m in ",;:—–(") + 1


def _clause_at(sentence: str, offset: int) -> str:
    """The clause of a sentence around an offset: between the nearest , ; : — or ( on either side."""
    marks = ",;:—–("
    start = max(sentence.rfind(m, 0, offset) for m in marks) + 1
    ends = [i for i in (sentence.find(m, offset) for m in marks) if i >= 0]
    return sentence[start : min(ends) if ends else len(sentence)]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _figure_support(fig: Figure, sentence: str, facts: Facts, mode: str) -> tuple[bool, str | None, str]:
    if fig.unit == "year":
        year = int(fig.value)
        if year in facts.years:
            return True, facts.years[year], "a year in the profile"
        for path, _name, start, end in facts.spans:
            if int(start) <= year <= int(end):
                return True, path, "within dates in the profile"
        if any(_close(v, fig.value) for v, _ in facts.job_numbers):
            return True, "job", "a year in the posting"
        return False, None, "a year the profile does not give"
    for value, unit, path in facts.numbers:
        # a bare number may echo any figure; "5 years" or "84%" only the same kind of figure
        if _close(value, fig.value) and (unit == fig.unit or not fig.unit):
            return True, path, "the same figure is in the profile"
    if fig.unit in ("years", "months"):
        years = fig.value if fig.unit == "years" else fig.value / 12
        clause = _clause_at(sentence, fig.start)
        named = [s for s in facts.spans if s[1] and contains(norm(clause), s[1])]
        pool = named or facts.spans
        for path, _name, start, end in pool:
            length = end - start
            if abs(length - years) < 1 or (fig.at_least and length >= years):
                return True, path, "matches the dates in the profile"
        if facts.spans and not named:
            total = max(s[3] for s in facts.spans) - min(s[2] for s in facts.spans)
            work = [s for s in facts.spans if s[0].startswith("work")]
            if work:
                total = max(s[3] for s in work) - min(s[2] for s in work)
            if abs(total - years) < 1 or ((fig.at_least or years < total) and total >= years):
                return True, "work", "within the span of the profile's work history"
    if mode == "target" and any(_close(v, fig.value) for v, _ in facts.job_numbers):
        return True, "job", "the posting's figure"
    return False, None, "a figure the profile does not give"

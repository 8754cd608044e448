"""Claims by kind: degrees and their level, names (employers, institutions, products) and what kind of name
each is, and job titles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from ..datamodel import model
from ..text import norm

_DEGREE = re.compile(
    r"(?<![\w.])(?P<deg>Ph\.\s?D\.?|PhD|Ph\s?D|D\.\s?Phil\.?|DPhil|[Dd]octorate|[Dd]octoral\s+degree|"
    r"Doctor\s+of\s+Philosophy|"
    r"M\.\s?Sc\.?|MSc|M\.\s?S\.|M\.\s?A\.|MBA|M\.?Eng\.?|MEng|MPhil|LL\.M\.?|[Mm]aster['’]s(?:\s+degree)?|[Mm]asters?\s+degree|Masters?(?![\w'’])|"
    r"Master\s+of\s+[A-Z]\w+|B\.\s?Sc\.?|BSc|B\.\s?S\.|B\.\s?A\.|B\.?Eng\.?|BEng|BBA|LL\.B\.?|"
    r"[Bb]achelor['’]s(?:\s+degree)?|[Bb]achelors?\s+degree|Bachelor\s+of\s+[A-Z]\w+|Bachelors?(?![\w'’])|[Aa]ssociate['’]?s?\s+degree|"
    r"(?:MS|MA|BS|BA)(?=\s+(?:[Dd]egree|in)\b))"
    r"(?:\s?\(?(?:Mod|Hons|Honou?rs)\.?\)?)?(?![\w'’])"  # "B.A.Mod", "BSc (Hons)": a degree's qualifier
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


_FIELD_STOP = {"and", "of", "in", "the", "a", "an", "degree", "studies", "science", "sciences", "field", "related",
               "department", "school", "faculty", "program", "programme", "college"}


def _initials_match(wanted: set[str], area: str) -> bool:
    """"CS" for Computer Science, "EE" for Electrical Engineering, "IT" for Information Technology."""
    initials = "".join(w[0] for w in norm(area).split() if w not in ("and", "of", "in", "the"))
    return len(wanted) == 1 and len(initials) > 1 and next(iter(wanted)) == initials


def _field_words(text: str) -> set[str]:
    return {w for w in norm(text).split() if w not in _FIELD_STOP and len(w) > 1}


_CONNECTORS = {"of", "&", "de", "der", "van", "von", "du", "la", "für", "for", "and"}


_NAME_TOKEN = re.compile(r"(?<![\w.$€£])(?:[^\W\d_][\w'’.&+#/-]*[\w+#]|[^\W\d_])|&")


_COMMON_TEXT = """i i'm i've i'd i'll dear sincerely regards thank thanks yours best kind warm january february march
    april may june july august september october november december monday tuesday wednesday thursday friday
    saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays spring summer fall autumn
    winter mr mrs ms dr prof english internet web ok cv cvs résumé
    gpa hr it kpi kpis roi usa us uk eu faq todo tbd fixme xxx pc pcs pdf pdfs usb tv r&d"""


_COMMON = set(_COMMON_TEXT.split())


# words that make no name of a run on their own: "the IT Industry", "the Communications Department"
_GENERIC_NOUNS = {"industry", "industries", "sector", "field", "department", "departments", "team", "teams",
                  "division", "office",
                  # a business function of any company names no organisation: "I joined Operations", "in Quality"
                  "operations", "quality", "finance", "marketing", "sales", "manufacturing", "procurement",
                  "logistics", "purchasing", "production", "accounting", "compliance"}


_SENTENCE_START_TEXT = """a an the this that these those my our your their his her its in at on for with from by before
    after during since while when where as if although though because thank thanks having building working leading
    being today together beyond besides also moreover furthermore finally first second third lastly then there here
    what which who how why all most many some each every both one it we you they he she i over across through throughout
    previously currently recently earlier later now next outside inside within without until once whether please
    given just only still even yet so but and or nor not following according regarding concerning considering
    including excluding"""


_SENTENCE_START = set(_SENTENCE_START_TEXT.split())


_ORG_WORDS = {"university", "college", "institute", "school", "academy", "polytechnic", "universität", "université",
              "universidad", "hochschule", "conservatory", "seminary", "institut", "università", "universiteit",
              "universidade", "fachhochschule", "akademie", "école", "ecole", "istituto", "instituto"}


_SUFFIX_ORG = {"inc", "llc", "ltd", "gmbh", "corp", "se", "kg", "ug", "universität", "hochschule",
               "corporation", "global", "group", "labs", "technologies",
               "systems", "solutions", "partners", "bank", "capital", "ventures", "holdings", "ag", "sa", "plc"}


@model
class Name:
    """A capitalised name found in a sentence, with the words around it."""

    text: str
    start: int
    end: int
    before: str


def names(sentence: str) -> list[Name]:
    """Runs of capitalised words (with "of", "&" inside) in a sentence; the sentence's first word only when
    it cannot be an everyday word capitalised by position."""
    return list(_names(sentence))


@lru_cache(maxsize=4096)  # the checker reads each sentence's names up to four times (claims, others, compounds)
def _names(sentence: str) -> tuple[Name, ...]:
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
            if _capital(nxt) or _ELIDED.match(nxt):  # "Organisme d'Importance Vitale"
                j += 1
                continue
            if nxt.casefold() in _CONNECTORS and nxt != "and":
                k = j + 2
                if k < len(tokens) and tokens[k][0] == "the" and not sentence[tokens[k - 1][2] : tokens[k][1]].strip():
                    k += 1  # "Teacher of the Month"
                gap = sentence[tokens[j + 1][2] : tokens[k][1]] if k < len(tokens) else "x"
                if k < len(tokens) and _capital(tokens[k][0]) and not re.sub(r"\bthe\b", "", gap).strip():
                    j = k
                    continue
            break
        first = i
        at_start = tokens[i][1] == _first_word_at(sentence) or sentence[: tokens[i][1]].rstrip().endswith(
            (":", "—", "“", '"'))
        everyday = tokens[i][0].casefold().rstrip("'’s") in _SENTENCE_START or (
            j == i and not _marked(tokens[i][0]) and in_dictionary(tokens[i][0]))
        if at_start and everyday:
            first = i + 1
            while first <= j and not _capital(tokens[first][0]):  # "An der Perugia Universität": no "der"
                first += 1
        if first <= j:
            text = sentence[tokens[first][1] : tokens[j][2]]
            text = re.sub(r"['’]s$", "", text).rstrip(".")
            words = [w for w in text.split() if w.casefold().strip(".'’") not in _COMMON | _GENERIC_NOUNS]
            function_word = first == j and text.casefold() in _SENTENCE_START  # "industry Because of this"
            things = re.fullmatch(r"[A-Z]{2,6}s", text) is not None  # "web UIs", "PCs": a plural acronym
            common = text.casefold().strip(".'’").replace(".", "") in _COMMON  # "the I.T. industry"
            if words and not common and not function_word and not things:
                out.append(Name(text, tokens[first][1], tokens[j][2], sentence[: tokens[first][1]]))
        i = j + 1
    return tuple(out)


def in_dictionary(word: str) -> bool:
    """An English word (lemminflect knows it, or it is short or a function word): a sentence's first word that
    is not one ("Dancify: a web app ...", "Initech hired me") is a name even there."""
    from ..text.forms import getAllLemmas

    bare = word.casefold().rstrip(".'’")
    if len(bare) < 4 or bare in _EVERYDAY_UNLISTED or not bare.isalpha() or getAllLemmas(bare):
        return True
    try:  # number words ("Three years ago") are not in lemminflect
        text2num(bare, "en")
    except ValueError:
        return False
    return True


# Everyday words lemminflect does not list.
_EVERYDAY_UNLISTED = {"whereas", "hey", "hiya", "okay", "thankyou", "regards", "congrats"}


# A capitalised word after an elided article inside a name: "d'Importance", "l'Énergie".
_ELIDED = re.compile(r"[dl]['’][A-ZÀ-ÖØ-Þ]")


def _first_word_at(sentence: str) -> int:
    m = re.search(r"[^\W\d_]", sentence)
    return m.start() if m else -1


def _capital(word: str) -> bool:
    """A word that starts a name: capitalised, or camel-case from a small letter ("osTicket", "iOS", "eBay")."""
    if re.match(r"[a-z]{1,3}[A-Z]", word):
        return True
    return word[:1].isupper() and word not in ("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll")


def _marked(word: str) -> bool:
    """An all-caps, CamelCase or digit-bearing word: a name even at the start of a sentence."""
    core = word.rstrip(".'’s")
    return (len(core) > 1 and core.isupper()) or bool(re.search(r"[a-z][A-Z]|\d", core))


_ROLE_NOUN = re.compile(
    r"\b(?:engineer|developer|manager|director|scientist|designer|intern|architect|analyst|accountant|consultant|"
    r"teacher|researcher|officer|president|founder|specialist|administrator|programmer|student|lead|assistant|"
    r"technician|coach|instructor|fellow|lecturer|professor)s?$", re.IGNORECASE)


_WORK_BEFORE = re.compile(
    r"\b(?:work(?:ed|ing)?|intern(?:ed|ing|ship)?|employed|served|consult(?:ed|ing)|contract(?:ed|ing)?|"
    r"freelanc(?:ed|ing)|volunteer(?:ed|ing)?|research(?:ed|ing)?|employed)\s+(?:for|with|by)$")


def name_kind(name: Name) -> str:
    words = name.text.casefold().split()
    before = name.before.rstrip().casefold()
    last_word = before.rsplit(" ", 1)[-1] if before else ""
    if any(w in _ORG_WORDS for w in words):
        return "institution"
    # "as a ..." names a post; "known as NEAT", "referred to as" name a thing
    if re.search(r"(?<!such )(?<!known )(?<!referred to )\bas(?:\s+(?:a|an|the|its|their|our))?$", before) or (
            re.search(r"\b(?:am|was|became|become)\s+(?:a|an)$", before) and _ROLE_NOUN.search(name.text)):
        return "title"
    if words and words[-1].strip(".") in _SUFFIX_ORG:
        return "employer"
    if last_word in ("at", "joined", "from") or (last_word in ("for", "with", "by") and _WORK_BEFORE.search(before)):
        return "employer"
    if len(words) == 1 and _marked(name.text):
        return "skill"
    return "name"


_TITLE_HEADS = (
    r"(?:engineer|developer|manager|director|scientist|designer|intern|architect|"
    r"analyst|accountant|consultant|teacher|researcher|officer|president|founder|co-founder|ceo|cto|cfo|coo|"
    r"(?:vp|vice[- ]president|head|chair(?:person)?)(?-i:\s+of\s+(?:the\s+)?[A-Z][\w&-]*)|vp|"  # "VP of Treasury"
    r"specialist|administrator|nurse|professor|lecturer|tutor|instructor|editor|writer|programmer|owner|"
    r"head of \w+|team lead|tech lead|lead)")
_TITLE = re.compile(
    r"(?<!such )\b(?:as|was|am|became|become|served as|worked as)\s+"
    r"(?:(?:currently|now|also|still|once|formerly|previously|recently)\s+)?"  # "I am currently the VP of ..."
    r"(?:(?:a|an|the|its|their|our)\s+)?"
    rf"(?P<title>(?:(?!to\b|and\b)[\w/&-]+\s+){{0,3}}{_TITLE_HEADS}"
    # a second post joined on: "my experience as a lecturer and private tutor"
    rf"(?:\s+(?:and|&)\s+(?:(?!to\b|a\b|an\b|the\b)[\w/&-]+\s+){{0,2}}{_TITLE_HEADS})?)\b",
    re.IGNORECASE,
)

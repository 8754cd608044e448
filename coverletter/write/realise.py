"""English sentences from CV lines: a bullet such as "Built X" becomes the clause "built X", said after "I".

Verb forms come from lemminflect (its data ships in the wheel; nothing is downloaded at run time): a past
form stays past, a base or third-person form becomes present for an ongoing entry and past for a finished
one, and a line that does not start with an action (a noun phrase, a heading, a fragment) gives None, so it
is never pasted into a letter as if it were a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ..templating.filters import a_an, join_and, lower_first

__all__ = ["a_an", "clause_of", "drop_trailing_labels", "gerund", "is_base_verb", "join_and", "past", "present_clause",
           "sentence_of"]

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

# Participles that describe rather than act ('Based on Rails ...', 'Located in Berlin'): never "I based ...".
_DESCRIPTIVE = frozenset({"based", "located", "headquartered", "situated", "powered", "owned", "backed"})
# Participles that often head a noun phrase ('Distributed infrastructure for ...', 'Embedded systems ...'): read
# as a verb only before a determiner or a figure ('Automated the release process', 'Automated 30 reports').
_ADJECTIVAL = frozenset({"distributed", "automated", "integrated", "embedded", "advanced", "customized",
                         "customised", "personalized", "personalised", "connected", "shared", "managed", "unified",
                         "applied", "mixed", "augmented", "simulated", "localized", "localised", "animated",
                         "certified", "licensed", "registered", "accredited", "chartered"})  # 'Certified F5 Trainer'
# is a credential, not "I certified F5 Trainer"
# Function words lemminflect also lists as verbs ('Over the course of ...' is not "I overed ...").
_FUNCTION_WORDS = frozenset({
    "over", "under", "through", "across", "after", "before", "since", "during", "within", "without", "about",
    "around", "into", "onto", "upon", "out", "up", "down", "off", "back", "along", "beyond", "near", "past",
    "while", "when", "then", "also", "further", "even", "still", "most", "more", "less", "well",
})
# Passive words that take an object when active ('Promoted the use of X' is "I promoted ..."); they are said
# passive only before these ('Promoted to Senior Engineer').
_PASSIVE_BEFORE = frozenset({"to", "as", "in", "at", "within", "twice", "from", "into", "after", "with", "for", "by"})
_OBJECT_TAKING = frozenset({"promoted", "hired", "appointed", "selected", "chosen", "granted", "accepted",
                            "funded", "tasked", "named", "elected", "admitted", "certified"})

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


def _verb_form(word: str, following: str, current: bool, *, heading: bool = False) -> str | None:
    """The first word of a CV line said after "I", or None when the line does not start with an action.

    ``heading``: the next two words are capitalised ('Power System Modeling'), so an ambiguous first word
    begins a title, not an action."""
    low = word.casefold().strip(",")
    if (not low.isalpha() and "-" not in low) or low in _DESCRIPTIVE or low in _FUNCTION_WORDS:
        return None
    lemma = _verb_lemma(low)
    if not lemma:
        return None
    if low == past(lemma) or (low.endswith("ed") and low != lemma):
        adjectival = low in _ADJECTIVAL and following.casefold() not in _OBJECT_START and not following[:1].isdigit()
        return None if adjectival else low
    if low in _NOT_VERBS and following.casefold() not in _OBJECT_START:
        return None
    if low.endswith("ing") and low != lemma:
        return lemma if current else past(lemma)
    if low == lemma or low == _inflect(lemma, "VBZ"):
        from ..text.forms import getAllLemmas

        ambiguous = bool(getAllLemmas(low).get("NOUN") or getAllLemmas(low).get("ADJ"))
        if ambiguous and following.casefold() not in _OBJECT_START and not (following[:1].isupper()
                                                                             and not heading):
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
    heading = len(words) > 2 and words[1][:1].isupper() and words[2][:1].isupper()
    verb = _verb_form(first, second, current, heading=heading)
    if not verb:
        return None
    rest = words[1:]
    if len(rest) >= 2 and rest[0].casefold() in ("and", "&"):
        second_verb = _verb_form(rest[1], rest[2] if len(rest) > 2 else "", current)
        if second_verb:  # 'Design and build X' -> 'designed and built X'
            rest = ["and", second_verb, *rest[2:]]
            return " ".join([verb, *rest[:2], *with_article(rest[2:])])
    return " ".join([verb, *with_article(rest)])


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
    if low in _PASSIVE and not (low in _OBJECT_TAKING and second not in _PASSIVE_BEFORE):
        return f"{'am' if current and low in ('certified', 'tasked') else 'was'} {lower_first(text)}"
    if low == "responsible" and second == "for":
        return f"{'am' if current else 'was'} {lower_first(text)}"
    return None


def _unsayable(text: str, words: list[str]) -> bool:
    """Lines that cannot be said after "I": too short or long, a heading, a label and its note ('Distributed
    video-sync: a Pi 4 coordinates ...'), a noun phrase as subject ('Automated report generation improved
    ...'), or an object that points at a line before ('Used it to build ...')."""
    if len(words) < 3 or len(words) > _TOO_LONG or text.endswith(":") or " · " in text or " | " in text:
        return True  # too short, too long, a heading, or bullets a reader ran together
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
    if _glued(words):
        return True
    return not words[0].casefold().endswith("ly") and _second_verb(words)


def _glued(words: list[str]) -> bool:
    """Whether two CV lines ran together: a capitalised past-tense verb inside the line with no stop before it
    ('System Modeling and Market Analysis Managed a unit-commitment model ...')."""
    for before, word in pairwise(words[1:]):
        if not word[:1].isupper() or not word[1:].islower() or before.endswith((".", ":", ";", "!", "?")):
            continue
        low = word.casefold()
        lemma = _verb_lemma(low) if low.endswith("ed") else None
        if lemma and low == past(lemma):
            return True
    return False


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


_ITEM = r"(?!(?:and|or)\b)[\w.+#/-]+(?: [A-Z0-9][\w.+#/-]*)?"
_LIST = re.compile(rf"(?<![\w-])[\w.+#/-]+(?:, {_ITEM}){{2,}}(?:,? (?:and|&) {_ITEM})?|"
                   rf"(?<![\w-])[\w.+#/-]+(?:, {_ITEM})+,? (?:and|&) {_ITEM}")
_KEEP = 3


def trim_lists(clause: str, wanted: str = "", keep: int = _KEEP) -> str:
    """A clause with each list of more than ``keep`` names cut to ``keep`` ('using ReactJs, FabricJs,
    RaphaelJs, AngularJs and MySql' -> 'using ReactJs, AngularJs and MySql'): the names ``wanted`` (the
    posting's text) mentions first, then the CV's order. Fewer names of the same list never claim more."""
    low_wanted = wanted.casefold()

    def cut(match: re.Match[str]) -> str:
        before, after = match.string[:match.start()], match.string[match.end():]
        if re.search(r"[A-Z][\w.+#/-]* $", before) or re.match(r" [A-Z0-9]", after):
            return match.group(0)  # an item of more words than the pattern holds ('Web Application Firewall'):
            # cutting would fuse the rest of one name with another ('OpenShift Firewall')
        items = [i.strip() for i in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", match.group(0)) if i.strip()]
        names = sum(1 for i in items if re.search(r"[A-Z0-9.+#]", i))
        if len(items) <= keep or names * 2 < len(items):  # a list of names (tools, languages), not of deeds
            return match.group(0)
        named = [i for i in items if re.search(rf"(?<!\w){re.escape(i.casefold())}(?!\w)", low_wanted)]
        chosen = set((named + [i for i in items if i not in named])[:keep])
        return join_and([i for i in items if i in chosen])

    return _LIST.sub(cut, clause)


# Countable things a CV names without an article ('Designed sparse attention mechanism reducing ...'); the
# letter says 'a sparse attention mechanism'. Mass nouns (infrastructure, software, data) are not listed.
_COUNTABLE = frozenset({
    "paper", "pipeline", "mechanism", "framework", "library", "tool", "toolkit", "system", "service", "platform",
    "model", "app", "application", "website", "site", "dashboard", "api", "algorithm", "method", "process",
    "workflow", "prototype", "feature", "module", "package", "plugin", "engine", "database", "course",
    "program", "programme", "project", "initiative", "campaign", "report", "study", "survey", "startup",
    "company", "product", "tutorial", "workshop", "conference", "book", "chapter", "thesis", "dissertation",
    "simulator", "compiler", "interpreter", "parser", "scheduler", "cache", "server", "client", "bot",
    "extension", "game", "solution", "strategy", "policy", "plan", "budget", "curriculum", "class", "lab",
    "laboratory", "portal", "interface", "architecture", "benchmark", "dataset", "protocol", "pilot", "tracker",
    "team", "group", "squad", "department", "hackathon", "meetup", "award", "prize", "grant", "scholarship",
    "map", "script", "gem", "widget", "component", "microservice", "chatbot", "visualization", "visualisation",
})
_STOP_OBJECT = frozenset({
    "in", "on", "for", "with", "across", "to", "of", "from", "by", "using", "that", "which", "who", "at", "into",
    "and", "or", "as", "via", "through", "over", "under", "while", "within", "between", "per",
})
_DETERMINERS = frozenset({
    "a", "an", "the", "my", "our", "their", "his", "her", "its", "this", "that", "these", "those", "each",
    "every", "all", "some", "several", "multiple", "many", "various", "both", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "more", "over", "up", "out", "and", "to", "on", "in", "for",
    "with", "as", "from", "at", "by", "it", "them", "no", "new",
})


def with_article(words: list[str]) -> list[str]:
    """An object said without its article gets one: ['sparse', 'attention', 'mechanism', 'reducing', ...] ->
    ['a', 'sparse', ...]. Only when the phrase's head is a singular countable noun from a short list, written
    in lower case ('an Android application', never 'a Google Maps Platform'), and no determiner or figure opens
    it; anything else is left as written."""
    if not words or words[0].casefold() in _DETERMINERS or not words[0].replace("-", "").isalpha():
        return words
    head = ""
    for index, word in enumerate(words[:6]):
        low = word.casefold().strip(",.;")
        after = words[index + 1].casefold() if index + 1 < len(words) else ""
        participle = low.endswith(("ing", "ed")) and "-" not in low and bool(head) and (
            head in _COUNTABLE or not after or after in _STOP_OBJECT or after in _DETERMINERS
            or not after.isalpha() or head.endswith("s"))  # 'templates reducing server provisioning'
        # is no 'server': a plural's participle ends the phrase
        if low in _STOP_OBJECT or participle or not low.replace("-", "").isalpha():
            break
        head = low if word[:1].islower() else ""
        if word.endswith((",", ";", ".")):
            break
    if head not in _COUNTABLE:
        return words
    return [a_an(words[0]).split(" ", 1)[0], *words]


_CROSS_REFERENCE = re.compile(r"\s*\((?:see|cf\.?|refer to)\s[^()]*\)", re.I)


def drop_cross_references(clause: str) -> str:
    """'a fellowship (see Honors & Awards) providing ...' -> 'a fellowship providing ...': a letter has no
    sections to point at."""
    return _CROSS_REFERENCE.sub("", clause)


_TAIL = re.compile(r";\s|,\s(?:while|which|where|whereas|including|allowing|providing|helping|enabling|ensuring|"
                   r"featuring|leveraging|utili[sz]ing|fostering|strengthening|focusing on|as well as)\s|"
                   r"\s[–—]\s|\s-\s")
_LONG = 22


_CAPITAL_TOKEN = re.compile(r"^(?:[A-Z][\w+#./&-]*|\d[\w.]*|-|&|to|of|and)$")
_BEFORE_LABELS = frozenset({"the", "a", "an", "for", "at", "of", "in", "on", "to", "with", "from", "by", "and", "or",
                            "as", "into", "using", "via"})


def drop_trailing_labels(clause: str) -> str:
    """A clause without the run of capitalised labels a PDF's side column ran into its end ('corresponded with
    hundreds of patrons during data collection Survey Measurements Lab to Field Instrument Deployment Science
    Communication Python MATLAB'): three or more capitalised words, one a skill the lexicon knows, after a word
    that ends a phrase (not 'the', 'at', 'for' ..., which begin a name such as 'the National Park Service')."""
    words = clause.split()
    start = len(words)
    while start > 0 and _CAPITAL_TOKEN.match(words[start - 1]):
        start -= 1
    run = words[start:]
    capitals = [w for w in run if w[:1].isupper()]
    if len(capitals) < 3 or start < 4 or words[start - 1].casefold() in _BEFORE_LABELS:
        return clause
    if not (words[start - 1][-1:].islower() or words[start - 1].endswith(")")):
        return clause
    from ..skills import load_lexicon

    if not load_lexicon().find(" ".join(run)):
        return clause
    return " ".join(words[:start]).rstrip(" ,;")


def cut_long(clause: str, limit: int = _LONG) -> str:
    """A clause over ``limit`` words cut before a trailing aside ('..., while also pushing forward better
    standards'), never before a tail that holds a figure, never inside parentheses; else left whole."""
    if len(clause.split()) <= limit:
        return clause
    for match in _TAIL.finditer(clause):
        head, tail = clause[: match.start()], clause[match.end():]
        if len(head.split()) < 8 or head.count("(") != head.count(")") or re.search(r"\d", tail):
            continue
        return head.rstrip(" ,;")
    return clause

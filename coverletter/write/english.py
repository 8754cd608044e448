"""English phrasing for the offline letter: verbs and voice, topics of posting lines, the applicant's
first person, varied wording seeded by the posting.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..templating.filters import lower_first, plain

if TYPE_CHECKING:
    from ..job.model import Job
from .skill_guard import SkillGuard
from .values import _draw

# Evidence that does not make a claim worth a sentence of its own in a letter.
_NOT_CITABLE = {"label", "summary", "location", "language"}


_IRREGULAR = frozenset({
    "built", "led", "won", "ran", "wrote", "made", "grew", "drove", "taught", "began", "set", "cut",
    "brought", "took", "gave", "held", "kept", "sold", "spoke", "found", "got", "saw", "shipped",
    "co-founded", "co-authored", "founded", "rebuilt", "redesigned", "rewrote",
})


_CUT = re.compile(r"\s+(?:through|where|which|that solve|so that|in order to|to ensure|including|such as|e\.g\.|"
                  r"i\.e\.|plus|as well as|especially|preferably|ideally|with the goal)\b|[;:—–(]|\s-\s", re.I)


_LEAD = re.compile(r"^(?:[-*•·]\s*|\d+[.)]\s*|(?:you have|you've got|you are|you're|you)\s+)", re.I)


def topic_of(line: str, max_words: int = 14, *, whole: bool = False) -> str:
    """A requirement line shortened to a phrase: bullets, parentheses, trailing clauses and the period go.

    A phrase still longer than max_words is cut at a word boundary, or, with ``whole``, given up ('').
    """
    text = _LEAD.sub("", plain(line)).strip()
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and (_is_heading(head + ":") or len(head.split()) <= 3):
        text = _LEAD.sub("", rest.strip())  # 'Duties include: Conceiving projects; ...' -> 'Conceiving projects'
    text = re.split(r";|\.\s+(?=[A-Z])", text)[0]
    text = re.sub(r"\([^)]*\)", "", text)
    cut = _CUT.search(text, 12)
    if cut:
        text = text[: cut.start()]
    text = " ".join(text.split()).strip(" ,.;:")
    words = text.split()
    if len(words) > max_words:
        if whole:
            return ""
        text = " ".join(words[:max_words])
        boundary = max(text.rfind(", "), text.rfind(" and "), text.rfind(" or "))
        if boundary > 0 and len(text[:boundary].split()) >= 4:
            text = text[:boundary]
        text = text.rstrip(",;:")
        text = re.sub(r"\s+(?:and|or|of|in|on|for|to|with|the|a|an|as|at|by|more|most|than)$", "", text, flags=re.I)
    return lower_first(text)


def the_org(name: str) -> str:
    """'University of Toronto' -> 'the University of Toronto' (after 'at' or 'from'); a name a CV shouts
    ('BOSTON INTERACTIVE') in title case; other names as they are."""
    words = name.split()
    small = {"OF", "AND", "THE", "FOR", "DE", "LA", "DU", "DER", "DES", "&"}
    if len(words) >= 2 and name.isupper() and all(len(w) >= 4 or w in small for w in words if w.isalpha()):
        name = " ".join(w.lower() if w in small and i else w.capitalize() if w.isalpha() else w
                        for i, w in enumerate(words))  # acronyms (IBM, NASA JPL) stay
    if re.match(r"^The [A-Z]", name) and len(words) >= 3:
        return "the " + name[4:]  # 'at The Abdus Salam International Centre ...' -> 'at the Abdus Salam ...'
    return org_with_article(name)


def org_with_article(name: str) -> str:
    """'University of Toronto' -> 'the University of Toronto', 'Federal Communications Commission' -> 'the Federal
    Communications Commission'; a firm's name as it is."""
    if re.match(r"^(university|college|school|institute|department|faculty|ministry|office|bureau|laborator\w*|centre|"
                r"center|observatory)\b", name, re.I) \
            or _PUBLIC_BODY.search(name) or _INSTITUTION.search(name):
        return "the " + name
    return name


# 'the Marine Institute', 'the Max Planck Institute for Meteorology', 'the British Antarctic Survey', 'the Mozilla
# Foundation': research institutes, centres, surveys, museums and foundations take the article as public bodies do
_INSTITUTION = re.compile(r"^(?!the\b)(?![^']*')(?:[\w-]+\s+){1,4}(?:institute|institution|centre|center|survey|"
                          r"observatory|museum|foundation|society)(?:\s+(?:of|for)\b.*)?$", re.IGNORECASE)


# 'the Federal Communications Commission', 'the Executive Office of the President', 'the National Park Service':
# a public body's name takes the article; a firm's ('Bank of America', "Boston Children's") does not.
_PUBLIC_BODY = re.compile(r"^(?!the\b)(?![^']*')(?:\w+\s+){1,4}(?:commission|agency|administration|authority|council|"
                          r"ministry|bureau|office of\b.*|department of\b.*|service)$", re.IGNORECASE)


_DEGREE_RANK = [(r"\b(phd|ph\.d|doctor|doctorate|dphil)\b", 5),
                (r"\b(master|msc|m\.sc|ms|ma|mba|meng|mphil|mres|mfa|llm|masc)\b", 4),
                (r"\b(bachelor|bsc|b\.sc|bs|ba|beng|basc|bba|bfa|bcom|llb)\b", 3), (r"\b(associate)\b", 2)]


def _degree_rank(text: str) -> int:
    for pattern, rank in _DEGREE_RANK:
        if re.search(pattern, text, re.I):
            return rank
    return 1


_PASSIVE = frozenset({
    "awarded", "selected", "invited", "named", "nominated", "featured", "elected", "promoted",
    "recognized", "recognised", "honored", "honoured", "chosen", "accepted", "granted", "funded",
    "adopted", "cited", "ranked", "shortlisted", "admitted", "appointed",
})


_BASE_VERBS = {"build": "built", "lead": "led", "design": "designed", "develop": "developed", "create": "created",
               "implement": "implemented", "manage": "managed", "write": "wrote", "run": "ran", "optimize": "optimized",
               "optimise": "optimised", "launch": "launched", "maintain": "maintained", "teach": "taught",
               "deliver": "delivered", "drive": "drove", "own": "owned", "ship": "shipped", "mentor": "mentored",
               "organize": "organized", "organise": "organised", "coordinate": "coordinated", "analyze": "analyzed",
               "analyse": "analysed", "prepare": "prepared", "support": "supported", "improve": "improved",
               "reduce": "reduced", "increase": "increased", "migrate": "migrated", "automate": "automated"}


_SECTION_NAMES = re.compile(r"talk|patent|hono(u)?r|award|grant|fellowship|presentation|certif|teaching|"
                            r"exhibition|conference|lecture|speaking", re.I)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _first_person(text: str) -> str | None:
    """'Optimized an algorithm' -> 'I optimized an algorithm'; None when the text does not start with an action."""
    words = text.split(" ", 2)
    first = words[0]
    low = first.casefold().strip(",")
    second = words[1].casefold() if len(words) > 1 else ""
    if not first[:1].isupper():
        return None
    if low in _PASSIVE:
        return f"I was {lower_first(text)}"
    if second == "by":
        return None
    if low in _BASE_VERBS:
        return f"I {_BASE_VERBS[low]} {text.split(' ', 1)[1]}" if len(words) > 1 else None
    if low.endswith("ed") or low in _IRREGULAR:
        return f"I {lower_first(text)}"
    if low.endswith("ly") and len(words) > 1:
        inner = _first_person(_upper_first(text.split(" ", 1)[1]))
        if inner:
            return f"I {low} {inner[2:]}"
    return None


_HEADING_END = re.compile(
    r"(:|\b(?:include|includes|including|limited to|following|below|are|is|to|of|for|and|or)[.:]?)\s*$", re.I)


def _is_heading(line: str) -> bool:
    """A line that introduces a list ('Typical duties include but are not limited to:') rather than saying one."""
    return bool(_HEADING_END.search(plain(line)))


_NOT_A_VERB = frozenset({"the", "a", "an", "our", "your", "you", "we", "they", "this", "these", "that", "its",
                         "their", "my", "all", "any", "each"})


_LOGISTICS = re.compile(r"\b(citizen\w*|nationals?|travel|background (check|investigation)|clearance|public trust|"
                        r"eligib\w*|authori[sz]ation|visa|relocat\w*|salary|deposit|selective service|"
                        r"trial period|must be|drug|driver'?s licen[cs]e)\b", re.I)


def _starts_with_verb(phrase: str) -> bool:
    """A duty that reads after 'I would ...': 'implement a prototype', not 'conceiving projects'."""
    first = phrase.split(" ", 1)[0].casefold()
    return first.isalpha() and first not in _NOT_A_VERB and not first.endswith(("ing", "ed", "ly"))


_VOICE = [(r"\byour own\b", "my own"), (r"\byours\b", "mine"), (r"\byourself\b", "myself"), (r"\byour\b", "my"),
          (r"\bour\b", "your"), (r"\bours\b", "yours"), (r"\bwe\b", "you"), (r"\bus\b", "you")]


_DANGLING = re.compile(r"\b(?:a|an|the|and|or|of|in|on|for|to|with|related|similar|equivalent|relevant|other|"
                       r"etc|e\.g|i\.e|such|like|plus|including|especially|preferably|ideally)$|"
                       r"\b(?:in|across|on|for|of)\s+(?:areas|fields|topics|domains|aspects|ways|things|others)$", re.I)


def applicant_voice(phrase: str) -> str | None:
    """A duty from the posting, said by the applicant after 'I would ...': the posting's 'your findings' (the
    intern's) becomes 'my findings', its 'our team' (the employer's) 'your team'. None when the phrase still
    speaks to 'you' (it cannot be turned round safely) or ends mid-thought."""
    if re.search(r"\byou\b|\byou['’]", phrase, re.I):
        return None
    for pattern, repl in _VOICE:
        phrase = re.sub(pattern, repl, phrase, flags=re.I)
    phrase = phrase.strip(" ,;:")
    return None if not phrase or _DANGLING.search(phrase) else phrase


def _keep_name_case(phrase: str, line: str, guard: SkillGuard) -> str:
    """'python for analysis' -> 'Python for analysis' when the line wrote the name capitalised."""
    first = phrase.split(" ", 1)[0] if phrase else ""
    original = re.search(rf"\b{re.escape(first)}\b", line, re.I) if first else None
    if original and original.group(0)[:1].isupper() and guard.lexicon is not None:
        name = guard.lexicon.canonical(original.group(0))
        if name and name == original.group(0):
            return original.group(0) + phrase[len(first):]
    return phrase


class Vary:
    """``vary("slot", "wording A", "wording B", ...)``: one wording per slot, fixed for one posting.

    Two letters for different postings then differ in their connecting sentences as well as their facts;
    the same posting always gets the same wording (the output is repeatable).
    """

    def __init__(self, seed: str) -> None:
        self.seed = seed

    def __call__(self, slot: str, *options: str) -> str:
        if not options:
            return ""
        return options[_draw(f"{self.seed}|{slot}") % len(options)]


def _variant(job: Job) -> int:
    """0, 1 or 2, fixed for one posting: lets a template vary its wording between letters."""
    return _draw(_posting_seed(job)) % 3


_THIRD = [
    (r"\bhe is\b|\bshe is\b", "I am"),
    (r"\bhe has\b|\bshe has\b", "I have"),
    (r"\bhe was\b|\bshe was\b", "I was"),
    (r"\bhe\b|\bshe\b", "I"),
    (r"\bhis\b|\bher\b", "my"),
    (r"\bhim\b", "me"),
    (r"\bhimself\b|\bherself\b", "myself"),
]


def first_person(sentence_text: str, name: str) -> str | None:
    """A summary sentence in the first person: 'Richard hails from Tulsa' -> 'I hail from Tulsa'.

    Third-person sentences about the applicant (by name, he or she) are turned round; sentences already in
    the first person are kept; anything else (a fragment, an exclamation, a joke in brackets) gives None.
    """
    text = " ".join(sentence_text.split())
    if not text or "!" in text or text.startswith("("):
        return None
    names = [n for n in (name, name.split()[0] if name else "") if n]
    subject = next((n for n in names if text.startswith(n + " ")), None)
    if subject:
        text = "I " + text[len(subject) + 1:]
    elif re.match(r"^(I|I'm|I’m|I've|My)\b", text):
        return text
    elif not re.search(r"\b(he|she|his|her)\b", text, re.I):
        return None
    for pattern, repl in _THIRD:
        text = re.sub(pattern, repl, text, flags=re.I)
    text = text[:1].upper() + text[1:]
    for name_part in names:
        text = re.sub(rf"\b{re.escape(name_part)}(’s|'s)\b", "my", text)
        if re.search(rf"\b{re.escape(name_part)}\b", text):
            return None
    text = re.sub(r"\bI (\w+?)(?<!s)s\b", r"I \1", text)  # I hails -> I hail
    text = re.sub(r"\bI (\w+?)ies\b", r"I \1y", text)
    text = text.replace("I haves", "I have").replace("I ams", "I am").replace("I does", "I do")
    if re.search(r"\b[A-Z]{4,}\b", text):  # shouting in a CV's aside
        return None
    return text


def _posting_seed(job: Job) -> str:
    return f"{job.company or ''}|{job.title or ''}|{'|'.join(job.requirements[:3])}"


_TITLE_WORDS = re.compile(r"\b(associate|assistant|student|intern|engineer|developer|manager|researcher|"
                          r"fellow|postdoc\w*|professor|lecturer|consultant|director|analyst|department|"
                          r"sciences?|projects?|dissertation|thesis)\b", re.I)


_INSTITUTION_WORD = re.compile(r"\b(universit\w*|institut\w*|centre|center|laborator\w*|college|school|hospital|"
                               r"foundation|agency|survey|observatory|museum|academy)\b", re.I)


def org_as_said(name: str) -> str:
    """An employer's name as a sentence names it: an institution without its acronym in parentheses or the
    place after its comma ('The Abdus Salam International Centre for Theoretical Physics (ICTP)', 'University of
    Cape Town, Cape Town, South Africa'); other names as they are."""
    if not _INSTITUTION_WORD.search(name):
        return name
    bare = re.sub(r"\s*\([A-Z][\w&.-]{1,11}\)", "", name).strip()
    head = bare.split(",")[0].strip()
    bare = head if _INSTITUTION_WORD.search(head) else bare
    joint = re.match(r"^(?P<first>.+?)\s+and\s+(?P<second>(?:the\s+)?(?:universit\w*|institut\w*)\b.*)$", bare, re.I)
    if joint and _INSTITUTION_WORD.search(joint.group("first")):  # 'Laboratory for Ocean Physics and Satellite
        return joint.group("first")  # remote sensing (LOPS) and University of Brest (UBO)': the laboratory
    return bare


def looks_like_org(name: str) -> bool:
    """An employer's name as a letter can list it: a few words (an institution's name may run to nine: 'GEOMAR
    Helmholtz Centre for Ocean Research Kiel'), none run together, no job title or heading, not a date word or a
    phrase cut after a preposition ('Completed in'), not a skill ('MATLAB')."""
    words = name.split()
    most = 9 if _INSTITUTION_WORD.search(name) else 6
    if not 0 < len(words) <= most or any(len(w) > 20 for w in words) or _TITLE_WORDS.search(name):
        return False
    if _NOT_ORG.search(name) or words[-1].casefold() in _DANGLING_WORDS or _TEAM.search(name):
        return False
    from ..skills import load_lexicon

    return load_lexicon().find(name) != [name]


_TEAM = re.compile(r"\bteam\W*$", re.IGNORECASE)  # a team inside an employer ('... (SWAT) Team'), not one
_NOT_ORG = re.compile(r"^(present|current|now|today|completed|ongoing|since|until)\b", re.I)
_DANGLING_WORDS = frozenset({"in", "at", "of", "for", "on", "to", "by", "with", "and", "the", "a"})


# Roles held beside a job (a meetup's organiser, a programme committee's member, a session chair): never the
# current job, never listed as work.
SIDE_ROLE = re.compile(r"\b(organi[sz]er|volunteer|member|mentor|ambassador|chair|reviewer|judge|committee)\b", re.I)


# Words that join a job title in another language and never an English one ('Ingeniero de Software').
_FOREIGN_JOINERS = frozenset({"de", "del", "della", "der", "die", "das", "und", "für", "y", "et", "en", "para", "em",
                              "do", "da", "di", "van", "het", "voor", "des", "du", "la", "le", "el", "à", "e"})


def english_title(title: str) -> bool:
    """Whether a job title reads as English: no joining word of another language, and a word of four letters
    or more that English knows ('Computational Scientist', 'DevOps Engineer'; not 'Desarrollador Web' nor
    'Werkstudent'). Language identification cannot tell from two or three words."""
    from ..text.forms import getAllLemmas

    words = re.findall(r"[^\W\d_]+", title)
    if any(w.casefold() in _FOREIGN_JOINERS for w in words):
        return False
    long = [w for w in words if len(w) >= 4]
    return not long or any(getAllLemmas(w.casefold()) for w in long)

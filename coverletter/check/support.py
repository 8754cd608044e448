"""Whether the profile (or the posting, in talk about the posting) backs a claim, kind by kind: degrees,
titles, names, figures and skills.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from ..skills import CONTEXT_WORDS
from ..text import norm
from .durations import _close, _duration_support, _with_families, _year_support
from .facts import Facts, contains
from .figures import MAGNITUDES, Figure, context_words
from .kinds import _ORG_WORDS, _SUFFIX_ORG, Name, _field_words, _initials_match, _marked, degree_level, name_kind
from .orgs import abbreviates, aliases, org_path
from .speaker import _PAST_WORK, _phrase_regex, past_work
from .variants import (
    _DESCRIBING,
    _FAMILIES,
    _SENIORITY,
    acronym_of,
    near_spelling,
    office_backed,
    plural_forms,
    role_backed,
    stem_in,
)

_UNCHECKED_CATEGORIES = {"soft skills"}


_GENERIC_CATEGORIES = {"software engineering", "product and management", "healthcare and education",
                       "people and operations"}


def _checkable(lexicon: Any, name: str, text: str, sentence: str = "", start: int = 0) -> bool:
    """Whether a skill mention is a factual claim to check: not a soft skill ("communication"), and not one
    everyday word for a general practice ("research", "documentation", "architecture"). A practice of two
    everyday words ("pair programming", "code review") is checked where the sentence names it as something
    done ("OLE practiced pair programming"), not where it describes a thing ("an open source ticketing
    system", "games which are open source") or is the sentence's topic ("Software development, which ...")."""
    category = (getattr(lexicon, "category", lambda _n: None)(name) or "").casefold()
    if category in _UNCHECKED_CATEGORIES:
        return False
    if sentence[:start].strip(" \"'“(*_") and re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", text):
        text = text.lower()  # "its Open Source community": an everyday practice capitalised for emphasis
    everyday = re.fullmatch(r"[a-z]+(?: [a-z]+)?", text) is not None  # "open source", "scheduling"
    if everyday and " " not in text and len(text) >= 6 and re.search(r"[ /]", name):
        return False  # an everyday word the lexicon files under a longer skill: "experimentation" (A/B testing)
    generic = category in _GENERIC_CATEGORIES and text.islower() and everyday
    if generic and " " in text and sentence:
        return _practice_done(sentence, start, start + len(text))
    return not generic


# Before a practice named as a thing rather than done: a determiner or a form of "be" ("which are open source").
_DESCRIBED = re.compile(r"\b(?:a|an|the|this|that|these|those|its|their|is|are|was|were|be|been|being)\s+$",
                        re.IGNORECASE)
# After a practice that ends the phrase: punctuation, a conjunction or a preposition ("pair programming, and").
_PHRASE_END = re.compile(r"\s*(?:$|[.,;:!?)\]—-]|(?:and|or|with|in|at|on|for|to|as|from|during|while|since|"
                         r"across|between|within|using|when|where|which|that|but|so)\b)", re.IGNORECASE)


def _practice_done(sentence: str, start: int, end: int) -> bool:
    """Whether a practice of two everyday words is named as something done: not the sentence's first words
    (its topic), not after a determiner or "is"/"are" (a thing described), and not before a noun it
    qualifies ("open source ticketing system")."""
    if not sentence[:start].strip(" \"'“(*_"):
        return False
    if _DESCRIBED.search(sentence[:start]):
        return False
    return _PHRASE_END.match(sentence[end:]) is not None


def _german_name(name: Name) -> bool:
    """In German, a capitalised run counts as a name only when marked (COBOL, GmbH), an organisation, or
    right after "bei"/"für" (at/for)."""
    words = name.text.split()
    if any(_marked(w) or w.casefold().strip(".") in _SUFFIX_ORG | _ORG_WORDS for w in words):
        return True
    return bool(re.search(r"\b(?:bei|für)\s+(?:der\s+|dem\s+|die\s+)?$", name.before, re.IGNORECASE))


def _distinctive(spelling: str) -> bool:
    """A skill spelling that is no everyday word, so finding it in the profile's text means the skill."""
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


# "the listed position as a", "your opening for a": a title that names the opening itself.
_OPENING_AS = re.compile(r"\b(?:position|role|job|opening|vacancy|posting)\s+(?:as|for)\s+(?:a|an|the)\s+$",
                         re.IGNORECASE)


# "I can make a unique contribution ... as a": what the applicant would be, not a post held.
_WOULD_BE_AS = re.compile(r"\b(?:can|could|would|will|shall|might|may)\b[^.;:]*\bas\s+(?:a|an|the)\s+$",
                          re.IGNORECASE)


def _title_support(title: str, facts: Facts, mode: str, before: str) -> tuple[bool, str | None, str]:
    """A job title: a position of the profile (or its role family, or its work), the posting's role."""
    both = re.split(r"\s+(?:and|&)\s+", title)
    if len(both) == 2 and all(both):  # "a software engineer and manager": each title on its own
        found = [_one_title_support(part, facts, mode, before) for part in both]
        if all(ok for ok, _path, _detail in found):
            return True, found[0][1], "each position in the profile"
    return _one_title_support(title, facts, mode, before)


def _one_title_support(title: str, facts: Facts, mode: str, before: str) -> tuple[bool, str | None, str]:
    words = norm(title).split()
    for path, position in facts.positions:
        held = set(norm(position).split())
        # the head noun is a position held, and every other word of the title is in the profile somewhere
        if words and words[-1] in held and all(w in held or w in facts.profile_words for w in words):
            return True, path, "a position in the profile"
    for path, position in facts.positions:
        if role_backed(title, position, facts.profile_words) or office_backed(title, position):
            return True, path, "a position of the same role family (or its office) in the profile"
    done = _role_in_work(words, facts)
    if done:
        return True, done, "the profile's work says so"
    student = _student_support(words, facts)
    if student:
        return True, student, "a student of the profile's education"
    path = facts.find(title) or facts.find(re.sub(r"^(?:project|publication|award)\s+", "", title, flags=re.I))
    if path:
        return True, path, "named in the profile"
    past = bool(_PAST_WORK.search(before)) or re.search(r"\b(?:was|worked|served)\b", before, re.IGNORECASE)
    if _OPENING_AS.search(before) or _WOULD_BE_AS.search(before):
        past = False  # "the listed position as a Software Test Engineer": the opening, not a post held
    if facts.title and (contains(norm(facts.title), title) or facts.in_job(title)) and not past:
        return True, "job.title", "the posting's role"
    if mode == "target" and facts.in_job(title):
        return True, "job", "named in the posting"
    return False, None, "a position the profile does not hold"


# Where a position's parts divide: "AI Red Team / Pentester", "Treasurer (2018-Present) & Member (2017-18)".
_POSITION_PARTS = re.compile(r"\s*[/&,;|()]\s*|\s+(?:and|[-–—])\s+")
# A word before a title that would make it another post: a seniority word or another capitalised word.
_OTHER_POST_BEFORE = re.compile(rf"(?:\b(?i:{'|'.join(sorted(_SENIORITY))})|\b[A-Z][\w'’.-]*)[\s-]+$")


def held_title_spans(sentence: str, positions: list[tuple[str, str]]) -> list[tuple[str, str, int, int]]:
    """(path, text, start, end) of each position of the profile that the sentence writes as the profile does: the
    whole position, or a part of it of two words or more; not when a seniority word or another capitalised word
    sits right before it or a capitalised word right after ("Senior Master Consultant" is another post)."""
    out: list[tuple[str, str, int, int]] = []
    for path, position in positions:
        parts = {position.strip(), *(p.strip() for p in _POSITION_PARTS.split(position))}
        for part in sorted(parts, key=len, reverse=True):
            if len(re.findall(r"[^\W\d_]+", part)) < 2:
                continue
            for m in _phrase_regex(part).finditer(sentence):
                before, after = sentence[: m.start()], sentence[m.end() :]
                other_before = _OTHER_POST_BEFORE.search(before)
                if other_before and (other_before.group(0)[:1].islower() or before[: other_before.start()].strip()):
                    continue  # a seniority word, or a capitalised word that does not open the sentence
                if re.match(r"[\s-]+[A-Z]", after):
                    continue
                out.append((path, m.group(0), m.start(), m.end()))
    return out


_ORG_RUN = r"(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,4})"
# The organisation a title is claimed at: "joined Marriott as a", "a position with Deloitte as a" (before the
# title), "a data scientist at Marriott" (after it).
_ORG_BEFORE_AS = re.compile(
    rf"\b(?:at|with|for|joined|join|joining)\s+(?:the\s+)?{_ORG_RUN}\s+as\s+(?:an?\s+|the\s+)?$")
_ORG_AFTER = re.compile(rf"^\s+(?:at|with|for)\s+(?:the\s+)?{_ORG_RUN}")


def title_org(sentence: str, start: int, end: int, facts: Facts) -> tuple[str, str] | None:
    """(the profile entry, the name as written) of the profile organisation a title is claimed at, when the
    sentence names one right around it ("joined Marriott as a data scientist", "an analyst at Deloitte")."""
    for m in (_ORG_BEFORE_AS.search(sentence[:start]), _ORG_AFTER.match(sentence[end:])):
        if m:
            path = org_path(m.group("org"), facts.orgs)
            if path and path.startswith(("work[", "volunteer[")):
                return path.split(".")[0], m.group("org")
    return None


def title_held_at(title: str, facts: Facts, entry: str) -> str | None:
    """The path of a position of one profile entry (``work[2]``) that backs the title, as written, by its role
    family, or by that entry's own words ("a consultant" for "managed a team of three consultants")."""
    words = norm(title).split()
    for path, position in facts.positions:
        if not path.startswith(entry + "."):
            continue
        held = set(norm(position).split())
        if words and words[-1] in held and all(w in held or w in facts.profile_words for w in words):
            return path
        if role_backed(title, position, facts.profile_words) or office_backed(title, position):
            return path
    if not words or any(w in _SENIORITY for w in words[:-1]) or words[-1] not in _FAMILIES:
        return None
    family = [w for w in _FAMILIES[words[-1]] if len(w) > 4]
    for (path, _key, _text), text in zip(facts.leaves, facts.leaf_norms, strict=True):
        if path.startswith(entry + ".") and any(stem_in(f, set(text.split())) for f in family):
            return path
    return None


def _role_in_work(words: list[str], facts: Facts) -> str | None:
    """"a consultant" for "Consulted at many firms", "a founder" for "Founded Acme": a role word of the letter
    whose family's word is in the profile's work entries (and any seniority word with it)."""
    if not words or any(w in _SENIORITY for w in words[:-1]) or words[-1] not in _FAMILIES:
        return None
    if not all(w in facts.profile_words or w in _DESCRIBING for w in words[:-1]):
        return None  # "a private tutor": the qualifier must be the profile's too
    family = [w for w in _FAMILIES[words[-1]] if len(w) > 4]
    for (path, _key, _text), text in zip(facts.leaves, facts.leaf_norms, strict=True):
        if path.startswith("work") and any(stem_in(f, set(text.split())) for f in family):
            return path
    return None


def _student_support(words: list[str], facts: Facts) -> str | None:
    """"a computer science student": an education entry that holds the other words."""
    if not words or words[-1].rstrip("s") not in ("student", "undergraduate", "graduate", "alumnus", "alumna"):
        return None
    for path, _level, _area in facts.degrees:
        text = " ".join(t for p, _k, t in facts.leaves if p.startswith(path + ".") or p == path)
        if all(w in norm(text).split() or w in _DESCRIBING for w in words[:-1]):
            return path
    return None


def _name_support(name: Name, facts: Facts, mode: str) -> tuple[str, bool, str | None, str] | None:
    kind = name_kind(name)
    words = {w.casefold() for w in name.text.split()}
    if words <= facts.owner or _owner_with_middle_names(name.text, facts.owner):
        return None  # the applicant's own name ("Robert Andrew Conrad" for a CV's Robert Conrad)
    if kind == "title":
        return (kind, *_title_support(name.text, facts, mode, name.before))
    addressed = _addressee_support(name, facts, kind, past_work(name.before))
    if addressed is not None:
        return addressed
    if kind in ("employer", "institution"):
        return (kind, *_org_support(name.text, facts))
    path = named_in_profile(name.text, facts)
    student = None if path else _student_support(norm(name.text).split(), facts)  # "Computer Science Undergraduate"
    if path or student:
        return kind, True, path or student, "named in the profile" if path else "a student of the profile's education"
    parts = [p for p in re.split(r"['’]s\s+", name.text) if p.strip()]  # "BYU's Applied (and ...)"
    paths = [named_in_profile(p, facts) for p in parts] if len(parts) > 1 else []
    if paths and all(paths):
        return kind, True, paths[0], "each name of it in the profile"
    if facts.in_job(name.text) and (mode == "target" or kind not in ("employer", "institution", "title")):
        return kind, True, "job", "named in the posting"
    return kind, False, None, "named neither in the profile nor in the posting"


# Subjects by their short names: "Applied Math", "Comp Sci", "Stats".
_SUBJECTS = {"math": "Mathematics", "maths": "Mathematics", "stats": "Statistics", "econ": "Economics",
             "comp sci": "Computer Science", "compsci": "Computer Science", "bio": "Biology", "chem": "Chemistry",
             "psych": "Psychology", "phys": "Physics", "poli sci": "Political Science"}
_SUBJECT_SHORT = re.compile(rf"\b(?:{'|'.join(sorted(_SUBJECTS, key=len, reverse=True))})\b", re.IGNORECASE)

# The head words of an award's name: "a Student Scholarship to Apple's WWDC".
_AWARD_HEADS = {"scholarship", "award", "prize", "fellowship", "grant", "medal", "honour", "honor", "bursary"}


def award_in_profile(text: str, sentence: str, facts: Facts) -> str | None:
    """An award named by its kind and the event ("a Student Scholarship to Apple's WWDC" for the CV's "Winner,
    Apple's WWDC Scholarship"): one award entry of the profile holds the head word and another capitalised word
    of the sentence."""
    head = norm(text).split()[-1:] if text else []
    if not head or head[0].rstrip("s") not in _AWARD_HEADS:
        return None
    others = {norm(w) for w in re.findall(r"\b[A-Z][\w'’-]*", sentence) if norm(w) not in norm(text).split()}
    entries: dict[str, set[str]] = {}
    for (path, _key, _text), leaf in zip(facts.leaves, facts.leaf_norms, strict=True):
        entry = re.match(r"awards\[\d+\]", path)
        if entry:
            entries.setdefault(entry.group(0), set()).update(leaf.split())
    for entry, words in entries.items():
        if head[0].rstrip("s") in {w.rstrip("s") for w in words} and others & words - {"s"}:
            return entry
    return None


def _owner_with_middle_names(text: str, owner: set[str]) -> bool:
    """The applicant's first and last name with middle names between them (two to four words)."""
    words = [w.casefold() for w in text.split()]
    return 3 <= len(words) <= 4 and words[0] in owner and words[-1] in owner and words[0] != words[-1]


_GENERIC_TAIL = re.compile(r"\s+(?:suite|systems?|platforms?|software|tools?|apps?|applications?|products?)$",
                           re.IGNORECASE)


def named_in_profile(text: str, facts: Facts) -> str | None:
    """A name the profile holds: as written, singular or plural, without a generic tail ("Microsoft Office Suite"),
    as an organisation, by its words in one line, an acronym inside a name ("CTF" in PicoCTF), an abbreviation
    of a profile phrase ("CRLA"), or one letter off a phrase of the profile."""
    core = _GENERIC_TAIL.sub("", text)
    full = _SUBJECT_SHORT.sub(lambda m: _SUBJECTS[m.group(0).casefold()], text)
    if full != text:  # "Applied Math" for Applied Mathematics
        found = named_in_profile(full, facts)
        if found:
            return found
    for form in {*plural_forms(text), *plural_forms(core)}:
        path = facts.find(form) or org_path(form, facts.orgs) or facts.find_joined(form)
        if path:
            return path
    words = core.split()
    if len(words) > 1:
        path = facts.find_all_words(core) or _qualified(words, facts)
        if path:
            return path
        if len(words) > 2:  # "Carpentries Instructor Training" for "Carpentries Instructor Trainer"
            path = facts.find_stems(core)
            if path:
                return path
        # a maker before a product the profile names: "Microsoft Windows" for "Windows XP - 10"
        maker = re.compile(rf"\b{re.escape(words[0])}\s+[A-Z]")
        if facts.find(" ".join(words[1:])) and any(maker.search(leaf) for _p, _k, leaf in facts.leaves):
            return facts.find(" ".join(words[1:]))
    member = re.fullmatch(r"([A-Z]{2,6})(?:ers?|ies?)", text)  # "CSHer": a member of the profile's CSH
    if member:
        return named_in_profile(member.group(1), facts)
    return _spelled_otherwise(text, facts)


def _qualified(words: list[str], facts: Facts) -> str | None:
    """A qualification's short name and its subject ("DEA Informatique Théorique Calcul Programmation" for a
    "Diplôme d'Etudes Approfondies" in "Informatique Théorique, Calcul et Programmation"): one entry of the
    profile holds the subject's words and a name the acronym abbreviates."""
    if not re.fullmatch(r"[A-Z]{2,6}", words[0]) or len(words) < 2:
        return None
    path = facts.find_all_words(" ".join(words[1:]))
    entry = re.match(r"^[A-Za-z_$][\w$]*\[\d+\]", path or "")
    if not path or not entry:
        return None
    for leaf_path, _key, leaf in facts.leaves:
        if leaf_path.startswith(entry.group(0) + ".") and abbreviates(words[0], leaf):
            return path
    return None


def _spelled_otherwise(text: str, facts: Facts) -> str | None:
    """An acronym inside a profile word, an abbreviation of a capitalised profile phrase or the long form of a
    profile acronym ("Point-of-Sale" for POS), a near spelling, or a department's subject ("Communications
    Department" for Communication Studies)."""
    acronym = re.fullmatch(r"[A-Z]{2,6}", text)
    subject = re.sub(r"\s+(?:departments?|industry|team|division|office)$", "", text, flags=re.IGNORECASE)
    if subject != text and (facts.find(subject) or facts.find_stems(subject)):
        return facts.find(subject) or facts.find_stems(subject)
    if subject != text:  # "Information Technology Departments" for a post in "IT"; a department makes two
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", subject))  # letters enough
        found = len(initials) > 1 and next(
            (path for path, _key, leaf in facts.leaves if re.search(rf"\b{initials}S?\b", leaf)), None)
        if found:
            return found
    long_form = len(re.findall(r"[^\W\d_]+", subject)) > 1
    for (path, _key, leaf), leaf_norm in zip(facts.leaves, facts.leaf_norms, strict=True):
        if acronym and re.search(rf"[a-z]{text}\b|\b{text}[A-Z][a-z]", leaf):
            return path
        if acronym and len(text) >= 3 and re.search(rf"\b[A-Z]{{1,2}}{text}\b", leaf):
            return path  # the end of a longer acronym: "HDL" in VHDL, "SQL" in MSSQL
        # three letters at least: two ("GC", "IP") stand for too many things
        if long_form and any(abbreviates(a, subject) for a in re.findall(r"\b[A-Z]{3,6}\b", leaf)):
            return path
        if acronym and (acronym_of(text, leaf_norm) or (len(text) >= 4 and _initials_skipping_one(text, leaf))):
            # "NEAT" for "neuroevolution of augmenting topologies"; "OCJP" for "Oracle Certified Professional,
            # Java Programmer"
            return path
        for phrase in _CAPITALISED_RUN.findall(leaf):
            if (acronym and abbreviates(text, phrase)) or near_spelling(text, phrase):
                return path
    return None


def _initials_skipping_one(acronym: str, leaf: str) -> bool:
    """Whether an acronym of four letters or more is the initials of a line's capitalised words in order, one
    word at most left out between its first and last ("OCJP": Oracle Certified [Professional,] Java Programmer)."""
    initials = [w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", leaf)]
    n = len(acronym)
    for start in range(len(initials)):
        for skip in range(-1, n - 1):  # -1: no word left out; else the word left out after letter ``skip``
            span = initials[start : start + n + (skip >= 0)]
            if skip >= 0 and len(span) == n + 1:
                span = span[: skip + 1] + span[skip + 2 :]
            if "".join(span) == acronym:
                return True
    return False


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|&|and|the|for)\s+)?[A-Z][\w'’-]*)+")


def _addressee_support(name: Name, facts: Facts, kind: str, past: bool) -> tuple[str, bool, str | None, str] | None:
    """The posting's employer or role named as the addressee; as a past employer it is a claim like any other."""
    for addressee in facts.addressee:
        if (norm(addressee) == norm(name.text) or (norm(name.text) and contains(norm(addressee), name.text))
                or _slip_of(name.text, addressee)):
            if past and kind in ("employer", "institution", "name"):
                if addressee != facts.company and not (facts.company and contains(norm(facts.company), name.text)):
                    return None  # a word of the role's title ('ML' of 'Research Intern, ML Infrastructure' in
                    # 'I work with ML systems') is no employer: the profile backs it or not, below
                if org_path(name.text, facts.orgs):
                    return None  # the applicant did work there: backed by the profile below
                return kind, False, None, "the posting's employer, claimed as the applicant's past employer"
            where = "job.company" if addressee == facts.company else "job.title"
            return kind, True, where, "the posting's, as addressee"
    return None


def _slip_of(text: str, addressee: str) -> bool:
    """The addressee's one-word name written a letter off ("Qualtric's" for Qualtrics)."""
    a, b = norm(re.sub(r"['’]s$", "", text)), norm(addressee)
    if " " in a or " " in b or len(b) < 6 or a[:1] != b[:1]:
        return False
    return a != b and SequenceMatcher(None, a, b).ratio() >= 0.9


_OF_ORG = re.compile(r"\s+(?:der|des|of(?:\s+the)?|du|de(?:\s+la)?|della|del)\s+")


def _org_support(text: str, facts: Facts) -> tuple[bool, str | None, str]:
    """An employer or institution: an organisation of the profile by its whole name, alias or abbreviation, or
    the whole name written in the profile (each part of "UC Santa Barbara's College of Creative Studies")."""
    parts = [p for p in re.split(r"['’]s\s+", text) if p.strip()]
    paths = [org_path(p, facts.orgs) or facts.find(p) for p in parts]
    if paths and all(paths):
        return True, paths[0], "an organisation in the profile"
    # "Maskor Institut der FH Aachen" for "Maskor Institut, FH-Aachen": a unit of an organisation, each one the
    # profile's organisation (or the unit's name) as a whole
    within = [p for p in _OF_ORG.split(text) if p.strip()]
    paths = [org_path(p, facts.orgs) for p in within] if len(within) > 1 else []
    if paths and all(paths):
        return True, paths[0], "a unit of an organisation in the profile"
    place = re.match(r"(?P<org>.+?)\s+(?P<place>[A-Z][\w-]+)$", text)
    where = org_path(place.group("org"), facts.orgs) if place else None
    if where and _in_entry(place.group("place"), where, facts):  # "Oracle Korea" for Oracle in "Seoul, Korea"
        return True, where, "an organisation in the profile, with the place of that post"
    unit = re.match(r"(?P<org>.+?)\s+(?:R&D|IT|HR|QA|Engineering|Marketing|Sales|Finance|Operations|Research)$", text)
    if unit and org_path(unit.group("org"), facts.orgs):  # "Johnson Controls R&D (department)": a unit of it
        return True, org_path(unit.group("org"), facts.orgs), "a department of an organisation in the profile"
    near = next((path for path, org in facts.orgs for alias in aliases(org) if near_spelling(text, alias)), None)
    if near:  # "ConsumerCelluar", "Open Learninig Exchange": a letter off
        return True, near, "an organisation in the profile, spelt a letter or two off"
    what = "an institution" if any(w in _ORG_WORDS for w in norm(text).split()) else "an employer"
    return False, None, f"{what} the profile does not list"


# Where a profile records writing published: a publications section, or papers named in its text.
_PUBLISHED = re.compile(r"\b(?:papers?|publications?|preprints?|journals?|arxiv|proceedings|published|"
                        r"co-?authored|first[- ]author)\b", re.IGNORECASE)


def publication_support(facts: Facts) -> tuple[bool, str | None, str]:
    """Papers claimed ("multiple first author papers in progress"): backed when the profile records any."""
    for path, _key, leaf in facts.leaves:
        if path.startswith("publications[") or _PUBLISHED.search(leaf):
            return True, path, "the profile records publications"
    return False, None, "the profile records no papers or publications"


def _in_entry(word: str, path: str, facts: Facts) -> bool:
    """Whether a word is written in the profile entry a path points into ("Korea" in work[1]'s "Seoul, Korea")."""
    entry = re.match(r"[A-Za-z_]+\[\d+\]", path)
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    inside = [leaf for p, _k, leaf in facts.leaves if entry and p.startswith(entry.group(0) + ".")]
    return any(pattern.search(leaf) for leaf in inside)


_CERTIFIED = re.compile(r"\b(?:certified|certification|certificate|licensed|accredited)\b", re.IGNORECASE)


_PEOPLE = frozenset({"students", "users", "customers", "clients", "people", "members", "attendees", "participants",
                     "employees", "patients", "learners", "visitors", "subscribers", "followers", "children",
                     "volunteers", "readers", "viewers", "players", "residents", "families", "colleagues"})


def _figure_support(fig: Figure, sentence: str, facts: Facts, mode: str) -> tuple[bool, str | None, str]:
    if fig.unit == "year":
        return _year_support(fig, facts)
    magnitude = fig.text.casefold() in MAGNITUDES  # "billions of": backed by a count at least that large
    end = fig.start + len(fig.text)
    counted = _with_families(context_words(sentence, fig.start, end, before=0)) if not fig.unit else frozenset()
    for (value, unit, path), near in zip(facts.numbers, facts.number_words, strict=True):
        # a bare number may echo any figure; "5 years" or "84%" only the same kind of figure; a count of
        # something ("6 in-person workshops") only a figure near a word of what it counts
        if _close(value, fig.value) and (unit == fig.unit or not fig.unit) and (
                not counted or any(stem_in(w, near) for w in counted)):
            return True, path, "the same figure is in the profile"
        if magnitude and not unit and value >= fig.value and (
                not counted & _PEOPLE or any(stem_in(w, near) for w in counted)):
            # people reached ("hundreds of students") only by a count of them; things ("thousands of lines") by any
            return True, path, "the profile gives a count at least that large"
    if fig.unit in ("years", "months", "semesters"):
        duration = _duration_support(fig, sentence, facts)
        if duration:
            return duration
    counted_entries = _entry_count_support(fig, sentence, counted, facts)
    if counted_entries:
        return True, counted_entries, "as many entries of that kind in the profile"
    if mode == "target" and any(_close(v, fig.value) for v, _ in facts.job_numbers):
        return True, "job", "the posting's figure"
    return False, None, "a figure the profile does not give"


# What a small count counts, and the profile section whose entries it counts: "two software projects",
# "more than 5 iOS apps", "three coop development terms".
_SECTION_OF = {"projects": ("project", "app", "application", "tool", "library", "librarie", "game", "website"),
               "publications": ("paper", "publication", "article"),
               "work": ("job", "internship", "co-op", "coop", "placement", "term", "position"),
               "education": ("degree",), "awards": ("award", "prize", "scholarship"),
               "certificates": ("certification", "certificate")}


def _entry_count_support(fig: Figure, sentence: str, counted: frozenset[str], facts: Facts) -> str | None:
    """A small count of things the profile lists one entry each (projects, papers, jobs, degrees, awards,
    certificates): backed by as many entries (at least as many for "more than"; the finished ones for
    "completed")."""
    if fig.unit or fig.value != int(fig.value) or not 1 <= fig.value <= 20 or not counted:
        return None
    finished = re.search(r"\b(?:completed|finished)\b", sentence, re.IGNORECASE) is not None
    for section, nouns in _SECTION_OF.items():
        if not any(w.rstrip("s") in nouns for w in counted):
            continue
        paths = {re.match(rf"{section}\[\d+\]", p).group(0) for p, _k, _t in facts.leaves
                 if re.match(rf"{section}\[\d+\]", p)}
        ended = {p for p in paths if any(q.startswith(p + ".endDate") for q, _k, _t in facts.leaves)}
        n = int(fig.value)
        if len(paths) == n or (fig.at_least and len(paths) >= n) or (finished and len(ended) == n):
            return section
    return None

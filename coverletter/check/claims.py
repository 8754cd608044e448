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
from typing import Any

from ..datamodel import model
from ..style import placeholder_spans
from ..text import norm, sentences
from .cues import (
    _A_UNIT,
    _DEGREE_WORDS,
    _DOMAIN,
    _EXAMINED_FOR,
    _GENERIC_PARTS,
    _LABELLED,
    _NO_CLAIM_OF_SKILL,
    _OF_KIN,
    _OF_PEOPLE,
    _OF_STUDY,
    _PAPERS,
    _PERSON,
    _QUOTED_TITLE,
    _RAN_A_UNIT,
    _SPOKEN_WITH,
    _UNIT_AFTER,
    _UNIT_OF,
    _UNITS_OWN,
    _WOULD_BE,
)
from .durations import _clause_at, _clause_start
from .facts import Facts, _spans
from .fields import field_category, field_support, kind_support
from .figures import figures
from .kinds import _DEGREE, _ORG_WORDS, _ROLE_NOUN, _SUFFIX_ORG, _TITLE, Name, _marked, name_kind, names
from .lexis import all_common, common_word, place_name
from .orgs import defined_short_names, org_path
from .speaker import _OTHER_TARGET, _phrase_regex, _speaker_patterns, mode_at, modes
from .support import (
    _CERTIFIED,
    _checkable,
    _degree_support,
    _distinctive,
    _figure_support,
    _german_name,
    _name_support,
    _title_support,
    award_in_profile,
    held_title_spans,
    named_in_profile,
    publication_support,
    title_held_at,
    title_org,
)


@model
class Claim:
    """One factual claim in a letter: its words, its kind, and the evidence id that backs it (or None)."""

    text: str
    kind: str
    supported: bool
    evidence: str | None = None
    detail: str = ""
    sentence: str = ""


def extract_claims(body: str, facts: Facts, lexicon: Any = None, *, language: str = "en") -> list[Claim]:
    """Every claim in a letter's body, each marked supported (with the evidence id) or not.

    ``language`` (en, de, fr, es, it, nl, pt) picks the words for "I" and for the posting; in German,
    where every noun is capitalised, only marked names (COBOL, CamelCase, digits) count as names.
    """
    claims: list[Claim] = []
    seen: set[tuple[str, str, bool, str | None]] = set()
    defined = defined_short_names(body)
    for sentence in sentences(body):
        for claim in _sentence_claims(sentence, facts, lexicon, language, defined):
            key = (claim.text.casefold(), claim.kind, claim.supported, claim.evidence)
            if key not in seen:  # the same claim backed the same way is listed once
                seen.add(key)
                claims.append(claim)
    return claims


def _sentence_claims(sentence: str, facts: Facts, lexicon: Any, language: str = "en",
                     defined: dict[str, str] | None = None) -> list[Claim]:
    """The claims of one sentence, kind by kind; a span taken by one kind is not read again by a later one."""
    reader = _SentenceReader(sentence, facts, language, defined or {})
    reader.held_titles()  # before degrees and skills: "Master Consultant", "AI Red Team / Pentester" as the CV has them
    reader.degrees()  # before names: "PhD in Astrophysics" is one claim
    reader.titles()
    reader.projects()
    reader.publications()
    reader.others()
    reader.names(organisations=True)  # before skills: "Rust Analytics" is one employer, not the skill Rust
    if lexicon is not None:
        if language == "en":  # German capitalises every noun
            reader.compound_names(lexicon)  # "GitHub Copilot" is a product, not the skill GitHub
        reader.split_skills(lexicon)
        reader.skills(lexicon)
    reader.names()
    reader.domains()
    reader.figures()
    return reader.out


_VERSIONS = re.compile(
    r"(?<=[a-z])\s[A-Z][\w+#.-]*\s(?P<versions>\d+(?:\.\d+)*(?:,?\s+(?:and\s+|or\s+)?\d+(?:\.\d+)*)*)"
    r"(?![\d.])(?!\s*(?:%|percent|years?|months?|semesters?|\+))"  # whole numbers: "Rust 30 years" is no version
)


_PROJECT_NOUNS = {"software", "system", "systems", "app", "application", "tool", "library", "game", "engine",
                  "website", "program", "framework", "platform"}
_OWN_PROJECT = re.compile(
    r"\bmy\s+own\s+(?P<what>(?:[a-z][\w-]*\s+){0,4}?"
    rf"(?:{'|'.join(sorted(_PROJECT_NOUNS))})(?:\s+(?:{'|'.join(sorted(_PROJECT_NOUNS))}))?)\b")


# "I'm fine-tuning components": a skill's -ing word used as the verb of "be", before its object.
_A_VERB = re.compile(r"(?:\b(?:am|are|is|was|were|be|been)|['’](?:m|re|s))\s+$", re.IGNORECASE)
_AN_OBJECT = re.compile(r"\s+(?!(?:and|or|in|on|at|with|for|to|of|as|from|by|since|during|while|when|where)\b)"
                        r"[a-z][a-z-]*\s+[a-z]")

# After a duration that dates an event: "10 years ago".
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)

# An organisation described in apposition: "(FAMNM), a volunteer organization", "Initech, a startup".
_APPOSITION = re.compile(r"[\w)],\s+an?\s+(?:[\w-]+\s+){0,3}?(?:organi[sz]ation|company|non-?profit|charity|club|"
                         r"start-?up|firm|society|association|foundation|agency|institute|consultancy)\b",
                         re.IGNORECASE)

# Examples that follow: "services such as", "companies like", "including".
_SUCH_AS = re.compile(r"\b(?:such as|like|including|e\.g\.,?)\s+", re.IGNORECASE)

# After a course's title: "in my Computer Systems class".
_COURSE = re.compile(r"\s+(?:class|classes|course|courses|module|lectures?|seminar)\b", re.IGNORECASE)

# A text about a subject, not the writer's own ("After the chapter on automated testing with Mocha, I ..."): its
# subject is what the text teaches, no claim; "I wrote an article on Kubernetes" is the writer's work.
_TOPIC_OF = re.compile(r"\b(?:the|a|an|this|that|each|every|one)\s+(?:chapters?|sections?|lessons?|tutorials?|"
                       r"articles?|books?|videos?|talks?|posts?|episodes?)\s+(?:on|about)\s+", re.IGNORECASE)
_MADE_BEFORE = re.compile(r"\b(?:wr[io]te|written|writing|publish\w*|author\w*|gave|give|giving|present\w*|"
                          r"record\w*|produc\w*|creat\w*|made|make|making)\s+(?:\w+\s+)?$", re.IGNORECASE)

# Before a source cited: "according to the NIST", "selon la PLM 2014-2019", "gemäß DIN 9001".
_CITED = re.compile(r"\b(?:according to|selon|gemäß|laut|según|secondo|volgens|conforme)(?:\s+(?:the|la|le|les|l['’]|"
                    r"der|die|dem|den|el|la|il|lo|de|het))?$", re.IGNORECASE)

# After a figure that measures what the posting asks: "the six month requirement", "a 3-year minimum".
_DEMANDED = re.compile(r"(?:[\s-]+[\w-]+)?[\s-]+(?:requirements?|minimum)\b", re.IGNORECASE)

# After a time of day: "at three in the morning", "at 9 a.m.", "at 5 o'clock".
_CLOCK = re.compile(r"\s*(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o['’]clock|[ap]\.?m\b\.?)",
                    re.IGNORECASE)

# Before the number that ends a range of levels named with a digit: "EAL5 à 7", "ISO27001 to 27002", "L3-5".
_RANGE_OF_NAMED = re.compile(r"(?<![\w.])[^\W\d_]+\d+\s*(?:à|to|bis|a|al|tot|-|–)\s*$")

# Two capitalised words side by side: "Java Script".
_TWO_CAPITALISED = re.compile(r"\b([A-Z][a-z]+)\s([A-Z][a-z]+)\b")

# A determiner that makes a lowercase skill word a particular thing: "the compiler", "their operating systems".
_A_THING = re.compile(r"\b(?:the|their|its|his|her)\s+(?:(?:entire|whole|full|complete|overall)\s+)?$", re.IGNORECASE)


class _SentenceReader:
    """The state of reading one sentence: who each clause is about, the spans taken, the claims found."""

    def __init__(self, sentence: str, facts: Facts, language: str, defined: dict[str, str]) -> None:
        self.sentence, self.facts, self.language = sentence, facts, language
        self.defined = defined  # the short names the letter gives ("Delta Dental of Michigan (DDMI)")
        self.switches = modes(sentence, facts.addressee, language, facts.owner)
        # in other languages word order differs ("Mit Kubernetes habe ich noch nicht gearbeitet"): a clause that
        # points at the posting anywhere is talk about the posting
        self.pointing = _speaker_patterns(language)[1] if language in _OTHER_TARGET else None
        self.taken: list[tuple[int, int]] = placeholder_spans(sentence, language)  # a template's stand-ins
        # a quoted title's words are no skills one by one (its name, an award's, may still be a claim)
        self.quoted = [m.span("title") for m in _QUOTED_TITLE.finditer(sentence)]
        self.out: list[Claim] = []

    def mode_of(self, offset: int) -> str:
        if self.pointing is not None and self.pointing.search(_clause_at(self.sentence, offset)):
            return "target"
        return mode_at(self.switches, offset)

    def add(self, text: str, kind: str, supported: bool, evidence: str | None, detail: str,
            span: tuple[int, int]) -> None:
        self.taken.append(span)
        long = self.defined.get(text.casefold())
        path = (org_path(long, self.facts.orgs) or self.facts.find(long)) if long and not supported else None
        if path:
            supported, evidence, detail = True, path, f"the letter's short name for {long}, which the profile names"
        if not supported and self.mode_of(span[0]) == "target" and (
                "past employer" not in detail or _WOULD_BE.match(self.sentence)):
            return  # talk about the posting, the employer or a hope: not a claim about the applicant
        if any(c.text.casefold() == text.casefold() for c in self.out):
            return
        self.out.append(Claim(text, kind, supported, evidence, detail, self.sentence))

    def free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.taken)

    def held_titles(self) -> None:
        """A position the profile holds, written as the profile writes it (or one part of it of two words or more):
        one backed title, never read again for the degree or skill words inside it ("Master Consultant",
        "AI Red Team / Pentester")."""
        for path, title, start, end in held_title_spans(self.sentence, self.facts.positions):
            if self.free(start, end):
                self.add(title, "title", True, path, "a position in the profile, as the profile writes it",
                         (start, end))

    def degrees(self) -> None:
        for m in _DEGREE.finditer(self.sentence):
            if not self.free(*m.span()):
                continue
            if self.mode_of(m.start()) == "target":
                self.taken.append(m.span())
                continue
            self.add(m.group(0).strip(), "degree", *_degree_support(m.group("deg"), m.group("field"), self.facts),
                     m.span())

    def titles(self) -> None:
        """Job titles written in lower case ("as a senior software engineer")."""
        for m in _TITLE.finditer(self.sentence):
            span = m.span("title")
            title = m.group("title")
            lead = re.match(r"(?:[a-z]+ed\s+)+", title)  # "was named Teacher of the Month": the verb is no title
            if lead:
                title, span = title[lead.end() :], (span[0] + lead.end(), span[1])
            if not self.free(*span) or not title:
                continue
            if title[:1].isupper() and re.match(r"\s+[A-Z]", self.sentence[span[1]:]):
                continue  # "as a Developer Evangelist": the capitalised post goes on, read whole as a name
            ok, path, detail = _title_support(title, self.facts, self.mode_of(span[0]), self.sentence[: span[0]])
            at = title_org(self.sentence, *span, self.facts) if ok and path and path[:4] in ("work", "volu") else None
            if at and not path.startswith(at[0] + "."):  # a post claimed at one employer is backed by a post there
                there = title_held_at(title, self.facts, at[0])
                ok, path, detail = (True, there, f"a position the profile gives at {at[1]}") if there else (
                    False, None, f"a position the profile does not give at {at[1]}")
            both = re.match(r"(?P<a>.+?)\s+(?:and|&)\s+(?P<b>.+)$", title)
            if not ok and both:  # "a lecturer and private tutor": each post is its own claim
                for part in ("a", "b"):
                    at_part = (span[0] + both.start(part), span[0] + both.end(part))
                    self.add(both.group(part), "title", *_title_support(
                        both.group(part), self.facts, self.mode_of(at_part[0]), self.sentence[: at_part[0]]), at_part)
                continue
            self.add(title, "title", ok, path, detail, span)

    def projects(self) -> None:
        """A project of the applicant's own ("my own sailing computer software system"): backed when one line of
        the profile holds its words (those before the generic noun)."""
        for m in _OWN_PROJECT.finditer(self.sentence):
            words = [w for w in m.group("what").split() if w not in _PROJECT_NOUNS]
            if not words or self.mode_of(m.start()) != "claim":
                continue
            path = self.facts.find_stems(" ".join(words))
            self.add(m.group("what"), "project", path is not None, path,
                     "a project the profile describes" if path else "a project the profile does not describe",
                     m.span("what"))

    def publications(self) -> None:
        """Papers or publications of the writer's ("multiple first author papers in progress", "published
        articles in peer-reviewed journals"): backed when the profile records any."""
        for m in _PAPERS.finditer(self.sentence):
            if self.free(*m.span()) and self.mode_of(m.start()) == "claim":
                self.add(m.group(0), "publication", *publication_support(self.facts), m.span())

    def split_skills(self, lexicon: Any) -> None:
        """A skill written as two words that the lexicon knows joined ("Java Script" for JavaScript, "Power Point"):
        one claim of the joined skill, not one of its first word ("Java")."""
        for m in _TWO_CAPITALISED.finditer(self.sentence):
            name = lexicon.canonical(m.group(1) + m.group(2))
            if name and name != lexicon.canonical(m.group(1)) and self.free(*m.span()):
                self._skill(lexicon, name, m.group(0), *m.span())

    def skills(self, lexicon: Any) -> None:
        """Skills the lexicon knows."""
        sentence = self.sentence
        first = re.search(r"[^\W\d_]", sentence)
        for name, start, end in _spans(lexicon, sentence):
            text = sentence[start:end]
            if first and start == first.start() and text[1:].islower():
                text = text[:1].lower() + text[1:]  # "Software development, which ...": capital by position only
            if not self.free(start, end):
                continue
            if any(a <= start and end <= b for a, b in self.quoted):
                continue  # "the themes of "Forecasting tumour evolution"": a title, not the skill forecasting
            if not _checkable(lexicon, name, text, sentence, start):
                if not text.islower():
                    self.taken.append((start, end))  # "its Open Source community": no claim, and no name either
                continue
            if text.islower() and _A_THING.search(sentence[:start]):
                self.taken.append((start, end))
                continue  # "the level of the compiler", "their operating systems": a thing, not a skill claimed
            if _A_VERB.search(sentence[:start]) and text.endswith("ing") and _AN_OBJECT.match(sentence[end:]):
                self.taken.append((start, end))
                continue  # "I'm fine-tuning responsive website components": a verb with its object, no skill
            if _OF_KIN.match(sentence[end:]) and text[:1].isupper() and not text.isupper():
                self.taken.append((start, end))
                continue  # "an Italian citizen": a nationality, not the language claimed
            if _NO_CLAIM_OF_SKILL.search(sentence[:start]) or (
                    _UNIT_AFTER.match(sentence[end:]) and _A_UNIT.search(sentence[:start])
                    and not _RAN_A_UNIT.search(sentence[:start])) or (
                    text.islower() and _EXAMINED_FOR.search(sentence[:start])):
                self.taken.append((start, end))
                continue  # a disposition, a topic, a unit's name, a quality looked for: no skill claimed
            if text in ("CV", "CVs") and re.search(r"\b(?:my|your|the|a|this|our)\s+$", sentence[:start], re.I):
                self.taken.append((start, end))
                continue  # "my CV" is the document, not computer vision
            self._skill(lexicon, name, text, start, end)

    def compound_names(self, lexicon: Any) -> None:
        """A name that holds a known skill and more ("GitHub Copilot"): backed when the profile names it, or
        holds each of its other words; else the whole name is the claim."""
        for name in names(self.sentence):
            words = name.text.split()
            if len(words) < 2 or not self.free(name.start, name.end) or lexicon.canonical(name.text):
                continue
            spans = _spans(lexicon, name.text)
            if not spans:
                continue
            rest = name.text
            for _skill_name, start, end in sorted(spans, key=lambda t: -t[1]):
                rest = rest[:start] + " " + rest[end:]
            extra = [w for w in re.findall(r"[\w.+#-]+", rest) if (w[:1].isupper() or _marked(w))
                     and w.casefold() not in _GENERIC_PARTS]  # "Google Cloud Computing" is Google Cloud
            if not extra or all(lexicon.canonical(w) for w in extra):
                continue
            if named_in_profile(name.text, self.facts) or all(norm(w) in self.facts.profile_words for w in extra):
                continue  # the skill is read on its own below
            self.add(name.text, "name", False, None, "a product or name the profile does not hold",
                     (name.start, name.end))

    def _skill(self, lexicon: Any, name: str, text: str, start: int, end: int) -> None:
        facts, sentence = self.facts, self.sentence
        path = facts.skills.get(name.casefold()) or next(
            (p for p in (facts.find(s) for s in lexicon.spellings(name) if _distinctive(s)) if p), None)
        if path is None and text.islower():  # "data analysis" for "analyzed ... data", "scheduling" for "schedule"
            path = facts.find_stems(text)
        if path is None and "/" in name:  # "AI/ML" is backed when AI and ML each are
            parts = [facts.skills.get((lexicon.canonical(p) or p).casefold()) for p in name.split("/")]
            path = parts[0] if parts and all(parts) else None
        how = "in the profile"
        field = field_category(text, name, lexicon) if path is None else None
        if field:  # "web development" for a CV of JavaScript and Django: a field backed by any skill of it
            path = field_support(text, field, lexicon, facts)
            how = f"a field of work ({field}) the profile has a skill or post of"
        if path is None:  # "continuous deployment" for "deployments on Apache Mesos, using Docker"
            path = kind_support(text, name, lexicon, facts)
            how = "work of that kind in a line of the profile"
        certified = _CERTIFIED.search(_clause_at(sentence, start)[: max(0, start - _clause_start(sentence, start))])
        mode = self.mode_of(start)
        if certified and mode == "claim":
            cert = facts.certificate(lexicon.spellings(name))
            self.add(text, "certificate", cert is not None, cert,
                     f"{name}: a certificate in the profile" if cert else f"{name}: no such certificate in the profile",
                     (start, end))
        elif path:
            self.add(text, "skill", True, path, f"{name}: {how}", (start, end))
        elif mode == "target" and (name.casefold() in facts.job_skills or facts.in_job(text)):
            self.add(text, "skill", True, "job", f"{name}: the posting's, named as the target", (start, end))
        elif mode == "target":
            self.add(text, "skill", False, None, f"{name}: neither in the profile nor in the posting", (start, end))
        else:
            self.add(text, "skill", False, None, f"{name}: not in the profile", (start, end))

    def others(self) -> None:
        """Another person's post, named with "the" ("with the help of the Infrastructure Systems Specialist"),
        and a version after a product's name ("Windows 7, 8, and 10") are no claims."""
        for name in names(self.sentence):
            before = name.before.rstrip()
            if _ROLE_NOUN.search(name.text) and re.search(r"\bthe$", before, re.IGNORECASE) and not re.search(
                    r"\b(?:as|was|am|became|been)\s+the$", before, re.IGNORECASE):
                self.taken.append((name.start, name.end))
            after = self.sentence[name.end:]
            if re.match(r"\s+(?:teams?|groups?|divisions?|departments?)\b", after) and re.search(
                    r"\b(?:by|of)\s+the$", before, re.IGNORECASE):
                self.taken.append((name.start, name.end))  # "developed by the Predictive Analytics teams"
            if _CITED.search(before):
                self.taken.append((name.start, name.end))  # "selon la PLM 2014-2019": a source cited, no claim
            if (_OF_PEOPLE.match(after) and re.fullmatch(_DEGREE_WORDS, name.text, re.IGNORECASE)) or (
                    _OF_KIN.match(after) and not re.search(r"\b(?:my|our)$", before)):
                # "a role usually given to Masters' students", "born to British parents": a kind of people, no claim
                self.taken.append((name.start, name.end))
            unit = _UNIT_OF.match(after)
            if (unit and any(_phrase_regex(a).fullmatch(unit.group("of")) for a in self.facts.addressee)) or (
                    _UNITS_OWN.match(after) and re.search(r"\bthe$", before, re.IGNORECASE)):
                # "the Developer Ecosystems group at Arm", "The Developer Ecosystems group's mission": the employer's
                self.taken.append((name.start, name.end))
            if _SPOKEN_WITH.search(before) and _PERSON.fullmatch(name.text):
                self.taken.append((name.start, name.end))  # "While talking with Diego Gomes": a person met
        for m in _VERSIONS.finditer(self.sentence):
            self.taken.append(m.span("versions"))
        self._examples()
        self._described()
        self._topics()

    def _topics(self) -> None:
        """The subject of a text the writer read or watched ("the chapter on automated testing with Mocha"), up to
        the clause's end or the writer's next "I": no claim."""
        first_person = _speaker_patterns(self.language)[0]
        for m in _TOPIC_OF.finditer(self.sentence):
            if _MADE_BEFORE.search(self.sentence[: m.start()]):
                continue
            again = first_person.search(self.sentence, m.end())
            ends = [i for i in (*(self.sentence.find(mark, m.end()) for mark in ",;:—("),
                                again.start() if again else -1) if i >= 0]
            self.taken.append((m.end(), min(ends, default=len(self.sentence))))

    def _described(self) -> None:
        """What an organisation is, said in apposition ("FAMNM, a volunteer organization benefitting STEM students
        in K-12"): the words about it up to a semicolon or the writer's next "I" are no claims of the writer's."""
        first_person = _speaker_patterns(self.language)[0]
        for m in _APPOSITION.finditer(self.sentence):
            again = first_person.search(self.sentence, m.end())
            ends = [i for i in (self.sentence.find(";", m.end()), again.start() if again else -1) if i >= 0]
            self.taken.append((m.end(), min(ends, default=len(self.sentence))))

    def _examples(self) -> None:
        """Examples in a later clause that is nobody's record ("...; something everyone now knows through
        services such as Netflix and Hulu"): no "I" or "my" since the clause began after a semicolon, colon or
        dash, so the names it lists are no claims."""
        first_person = _speaker_patterns(self.language)[0]
        for m in _SUCH_AS.finditer(self.sentence):
            begun = max(self.sentence.rfind(mark, 0, m.start()) for mark in (";", ":", "—"))
            if begun < 0 or first_person.search(self.sentence[begun + 1 : m.start()]):
                continue  # a sentence of one clause is the writer's own ("Built tools such as Tidecache.")
            ends = [i for i in (self.sentence.find(mark, m.end()) for mark in (";", ":", "—")) if i >= 0]
            self.taken.append((m.end(), min(ends, default=len(self.sentence))))

    def names(self, *, organisations: bool = False) -> None:
        """Names: employers, institutions, titles, tools the lexicon does not know (with ``organisations``,
        only the employers and institutions)."""
        for name in _post_and_employer(names(self.sentence), self.sentence):
            if not self.free(name.start, name.end):
                continue
            if organisations and name_kind(name) not in ("employer", "institution"):
                continue
            if _COURSE.match(self.sentence[name.end:]):
                self.taken.append((name.start, name.end))
                continue  # "my Computer Systems class", "an Algebra Lab class": a course's title, not an employer
            if self.language == "de" and not _german_name(name):
                continue  # German capitalises every noun
            if self.language != "en":  # "Naast mijn studie", "En Grupo Novus": a function word capitalised by position
                name = _without_everyday_start(name, self.sentence, self.language)
                if name is None or _common_run(name, self.language):
                    continue
                if self.language == "de":  # "Arbeitgeber Velocity Mobility GmbH", "Stipendiat DAAD": a label first
                    name = _without_label(name, self.sentence)
            if place_name(name.text, self.language):
                self.taken.append((name.start, name.end))
                continue  # "attendees from Europe": a place, no claim of the writer's
            found = _name_support(name, self.facts, self.mode_of(name.start))
            if found is not None and not found[1]:
                award = award_in_profile(name.text, self.sentence, self.facts)
                if award:
                    found = (found[0], True, award, "an award of the profile, by its kind and event")
            if found is not None:
                self.add(name.text, found[0], found[1], found[2], found[3], (name.start, name.end))

    def domains(self) -> None:
        """A website named bare in the writer's own record ("a course by outlier.org"): a name like any other,
        backed when the profile holds it or an organisation of its name; a link with a path (github.com/me)
        points at the writer's work, no claim."""
        for m in _DOMAIN.finditer(self.sentence):
            if not self.free(*m.span()):
                continue
            stem = m.group("stem")
            path = (named_in_profile(m.group(0), self.facts) or self.facts.find(stem)
                    or org_path(stem, self.facts.orgs) or self.facts.find_joined(stem.replace("-", " ")))
            self.add(m.group(0), "name", path is not None, path,
                     "a website the profile names" if path else "a website the profile does not name", m.span())

    def figures(self) -> None:
        """Figures and dates."""
        for fig in figures(self.sentence):
            span = (fig.start, fig.start + len(fig.text))
            if not self.free(*span) and fig.unit != "year":
                continue
            if re.fullmatch(r"\d+(?:st|nd|rd|th)", fig.text) and _OF_STUDY.match(self.sentence[span[1]:]):
                continue  # "in my 4th year of my BASc": a year of study, no count and no rank
            if not fig.unit and _LABELLED.search(self.sentence[: fig.start]):
                continue  # "from day 1 of projects", "phase 2": a number that names a day or a stage, no count
            if _CLOCK.match(self.sentence[span[1] :]):
                continue  # "boring at three in the morning": a time of day, no figure of the writer's
            if fig.unit != "year" and _RANGE_OF_NAMED.search(self.sentence[: fig.start]):
                continue  # "niveaux EAL5 à 7", "Windows 7 to 10": the end of a range of named levels, no count
            if _AGO.match(self.sentence[span[1] :]) and not _speaker_patterns(self.language)[0].search(
                    _clause_at(self.sentence, fig.start)):
                continue  # "it was made nearly 10 years ago": when something else happened, no record of the writer
            mode = self.mode_of(fig.start)
            if _DEMANDED.match(self.sentence[span[1] :]):
                mode = "target"  # "the six month requirement": the posting's demand, not the writer's record
            ok, path, detail = _figure_support(fig, self.sentence, self.facts, mode)
            if not ok and _enumerated(fig, self.sentence):
                ok, path, detail = True, "sentence", "a count of the names the same sentence lists"
            self.add(fig.text, "date" if fig.unit == "year" else "figure", ok, path, detail, span)


def _post_and_employer(found: list[Any], sentence: str) -> list[Any]:
    """A post and its employer read as one name ("as a Developer Evangelist for SendGrid"): the post and the
    employer as two names, each its own claim."""
    out = []
    for name in found:
        m = re.match(r"(?P<post>.+?)\s+(?:for|at|with)\s+(?P<org>[A-Z].*)$", name.text)
        if m and name_kind(name) == "title":
            start = name.start + m.start("org")
            out.append(Name(m.group("post"), name.start, name.start + m.end("post"), name.before))
            out.append(Name(m.group("org"), start, name.end, sentence[:start]))
        else:
            out.append(name)
    return out


def _without_everyday_start(name: Any, sentence: str, language: str) -> Any:
    """A name that opens a sentence with one of the language's function words (stopwords-iso's list, shipped in
    the stopwordsiso wheel) without that word: None when nothing is left ("Naast"), the rest ("En Grupo Novus"
    -> "Grupo Novus")."""
    from stopwordsiso import stopwords

    if sentence[: name.start].strip(" \t\"“„«("):
        return name
    words, start = name.text.split(" "), name.start
    while words and words[0].casefold() in stopwords(language):  # "An der University of ..." -> "University ..."
        start += len(words.pop(0)) + 1
    if not words:
        return None
    return name if start == name.start else Name(" ".join(words), start, name.end, sentence[:start])


def _common_run(name: Any, language: str) -> bool:
    """A run of the language's common words, capitalised by the language or as a term ("bei der Reparatur",
    "Software für Regelsysteme", "Organisme d'Importance Vitale"), with no organisation word and nothing marked:
    no name. Outside German a single word is left alone (a capital there marks a name)."""
    words = name.text.split()
    if language != "de" and len(words) < 2:
        return False
    if any(w.casefold().strip(".,") in _ORG_WORDS | _SUFFIX_ORG for w in words):
        return False
    return all_common(words, language, head=language != "de")


def _without_label(name: Any, sentence: str) -> Any:
    """A German name without the common nouns before it that label it ("Arbeitgeber Velocity Mobility GmbH" ->
    "Velocity Mobility GmbH"): what is left must still be a name (marked or an organisation)."""
    words, start = name.text.split(" "), name.start
    while len(words) > 1 and common_word(words[0], "de") and words[0].casefold() not in _ORG_WORDS:
        start += len(words.pop(0)) + 1
    if start == name.start or words[0].casefold().strip(".") in _SUFFIX_ORG | _ORG_WORDS:
        return name  # "Brenntag GmbH" is the name itself, not a label before "GmbH"
    rest = Name(" ".join(words), start, name.end, sentence[:start])
    return rest if _german_name(rest) else name


def _enumerated(fig: Any, sentence: str) -> bool:
    """"four industry labs: Google, Meta, IBM and Intel": a small count whose sentence lists as many names
    after it (each name of the list then a claim of its own)."""
    if fig.unit or fig.value != int(fig.value) or not 2 <= fig.value <= 12:
        return False
    after = sentence[fig.start + len(fig.text) :]
    listed = [n for n in names(after) if n.start > 0]
    return len(listed) == int(fig.value)

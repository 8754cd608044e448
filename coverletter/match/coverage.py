"""Tailoring: rank profile evidence for each requirement of a posting; coverage and gaps.

The data model lives at the top; ``match_profile`` below it ranks every citable piece of the profile
(see ``coverletter.profile.evidence``) against each requirement, preferred line and key skill with BM25
(``coverletter.match.rank``), skill aliases folded in from the skills lexicon.

Strength thresholds (calibrated on the shared fixtures). ``coverage`` is the idf-weighted share of the
line's distinct index terms (stemmed content words and ``skill:`` tokens) that the top-ranked evidence
holds together (the best few pieces, those scoring at least 30% of the best), 0..1:

* key skill: **strong** when a piece of evidence names the skill (any alias, or the whole phrase when
  the lexicon does not know it); **weak** when ``coverage >= 0.3`` (never for a one-word skill the
  lexicon knows: "Go" in "Go Sooners!" is no Go); else **none**.
* requirement / preferred line: **strong** when ``coverage >= 0.45``; or when the best single piece
  holds at least 3 of the line's terms and ``coverage >= 0.25``; or when the line names lexicon skills,
  at least half of them are backed somewhere in the profile and ``coverage >= 0.2``.
  **weak** when ``coverage >= 0.2`` or any skill it names is backed; else **none** (a gap).

Each piece of evidence is indexed with a few words for its section too ("publication", "degree",
"project", "award", "certificate", "volunteer"), so "research publications" meets the publications.

``Match.score`` is weighted coverage: requirement 1.0, key skill 0.75, preferred 0.5; strong counts 1,
weak 0.5, none 0.
"""

from __future__ import annotations

import re
from dataclasses import field
from functools import lru_cache
from typing import Any, Literal

from ..datamodel import model, to_dict
from ..errors import ConfigError
from ..profile.evidence import Evidence, iter_evidence
from ..skills import load_lexicon
from ..text import ascii_words as _norm
from .guards import eligibility, masked_texts
from .rank import BM25, skills_in, tokenize

Strength = Literal["strong", "weak", "none"]
# How a letter treats a line of the posting that the profile does not cover (``--gaps``).
GAP_POLICIES = ("omit", "acknowledge", "adjacent")


def check_gap_policy(gaps: str) -> None:
    """A ConfigError unless ``gaps`` is one of GAP_POLICIES."""
    if gaps not in GAP_POLICIES:
        raise ConfigError(f"unknown gap policy {gaps!r}", hint=f"use one of {', '.join(GAP_POLICIES)}")


@model
class RequirementMatch:
    """A requirement (or preferred line, or key skill) with the evidence ranked for it."""
    requirement: str
    kind: Literal["requirement", "preferred", "skill", "responsibility"]
    strength: Strength
    evidence: list[Evidence] = field(default_factory=list)
    coverage: float = 0.0
    skills: list[str] = field(default_factory=list)
    adjacent: Evidence | None = None


@model
class Match:
    """The coverage matrix of one profile against one posting."""
    items: list[RequirementMatch]
    score: float

    @property
    def gaps(self) -> list[RequirementMatch]:
        return [item for item in self.items if item.strength == "none"]

    @property
    def covered(self) -> list[RequirementMatch]:
        return [item for item in self.items if item.strength == "strong"]

    @property
    def weak(self) -> list[RequirementMatch]:
        return [item for item in self.items if item.strength == "weak"]

    def top_evidence(self, n: int) -> list[Evidence]:
        """Up to n distinct pieces of evidence, strongest first, across all requirements.

        Strong items come before weak ones, required lines before preferred ones; within that, by score.
        """
        rank = {"strong": 0, "weak": 1, "none": 2}
        kind_rank = {"requirement": 0, "skill": 1, "responsibility": 2, "preferred": 3}
        candidates = [
            (rank[item.strength], kind_rank.get(item.kind, 4), -ev.score, order, ev)
            for order, item in enumerate(self.items)
            if item.strength != "none"
            for ev in item.evidence
        ]
        candidates.sort(key=lambda row: row[:4])
        chosen: dict[str, Evidence] = {}
        for *_, ev in candidates:
            if ev.id not in chosen:
                chosen[ev.id] = ev
            if len(chosen) >= n:
                break
        return list(chosen.values())

    def closest_for_gap(self, item: RequirementMatch | str) -> Evidence | None:
        """The closest real evidence for a gap (or any item), even if weak; None when nothing is near."""
        if isinstance(item, str):
            found = next((i for i in self.items if i.requirement == item), None)
            if found is None:
                return None
            item = found
        if item.adjacent is not None:
            return item.adjacent
        return item.evidence[0] if item.evidence else None

    def to_dict(self) -> dict[str, Any]:
        data = to_dict(self, camel=False, drop_empty=False)
        data["gaps"] = [item.requirement for item in self.gaps]
        return data


# ---------------------------------------------------------------------------------------------- ranking

_WEIGHTS = {"requirement": 1.0, "skill": 0.75, "preferred": 0.5, "responsibility": 0.25}
_VALUE = {"strong": 1.0, "weak": 0.5, "none": 0.0}
TOP_EVIDENCE = 3
STRONG_COVERAGE = 0.45
WEAK_COVERAGE = 0.2
SKILL_WEAK_COVERAGE = 0.3
STRONG_TERMS = 3
STRONG_TERMS_COVERAGE = 0.25
_SECTION_WORDS = {
    "publication": "publication research publications",
    "education": "degree education studies",
    "project": "project",
    "award": "award",
    "certificate": "certificate certification credential licence license licensure",
    "volunteer": "volunteer",
}


def default_lexicon() -> Any:
    """The skills lexicon: the bundled one plus the user's own skills.txt."""
    return load_lexicon()


def match_profile(profile: Any, job: Any, *, lexicon: Any = None) -> Match:
    """Rank the profile's evidence for each requirement, preferred line and key skill of the posting."""
    if lexicon is None:
        lexicon = default_lexicon()
    pieces = iter_evidence(profile)
    # words from the whole text; skills only outside the names of things (titles, products, employers)
    masked = masked_texts(profile, pieces)
    docs = [tokenize(ev.text, lexicon, skill_text=own) + _section_terms(ev.kind, lexicon)
            for ev, own in zip(pieces, masked, strict=True)]
    index = BM25(docs)
    backed = {term[6:] for doc in docs for term in doc if term.startswith("skill:")}
    items: list[RequirementMatch] = []
    seen: set[tuple[str, str]] = set()
    lines = [("requirement", r) for r in job.requirements] + [("preferred", p) for p in job.preferred]
    lines += [("skill", s) for s in job.skills]
    corpus = _Corpus(pieces, masked, docs, index)
    for kind, line in lines:
        key = (kind, line.strip().casefold())
        if not line.strip() or key in seen:
            continue
        seen.add(key)
        item = _match_line(line, kind, corpus, lexicon, backed)
        if kind != "skill" and item.strength == "none":
            item = _credential(item, corpus, profile, job) or item
        if kind != "skill" and item.strength != "none" and eligibility(line, profile) is False:
            item = _not_eligible(item)
        items.append(item)
    items = _without_unchosen_alternatives(items, job, lexicon)
    return Match(items=items, score=_score(items))


_CHOICES = re.compile(r"\b(?:e\.\s?g|such as|etc|or|like|for (?:example|instance)|including|one of|any)\b|\(",
                      re.IGNORECASE)


def _without_unchosen_alternatives(items: list[RequirementMatch], job: Any, lexicon: Any) -> list[RequirementMatch]:
    """Leave out a key skill the profile lacks when the posting names it only as one choice among others that the
    profile holds: "a backend framework (Rails, Node, Django, etc.)" asks for one of them, so a Rails developer
    lacks no Django. A skill named on any line without such a choice stays."""
    held = {i.requirement.casefold() for i in items if i.kind == "skill" and i.strength == "strong"}
    lines = [line for line in [*job.requirements, *job.preferred, *job.responsibilities] if line.strip()]
    named = {line: {s.casefold() for s in skills_in(line, lexicon)} for line in lines}
    kept = []
    for item in items:
        name = item.requirement.casefold()
        homes = [line for line in lines if name in named[line]]
        if (item.kind == "skill" and item.strength == "none" and homes
                and all(_CHOICES.search(line) and (named[line] - {name}) & held for line in homes)):
            continue
        kept.append(item)
    return kept


@model
class _Corpus:
    """The profile's evidence as the matcher sees it: pieces, their name-masked texts, terms and index."""
    pieces: list[Evidence]
    masked: list[str]
    docs: list[list[str]]
    index: BM25
    masked_terms: list[set[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # the words of each piece outside its names, its section's words ("publication") included
        self.masked_terms = [set(tokenize(text)) | set(_section_terms(ev.kind, None))
                             for ev, text in zip(self.pieces, self.masked, strict=True)]

    def only_in_names(self, hit: Any, words: set[str]) -> bool:
        """Whether a hit matched nothing but these words, and only inside a name (a title, a product)."""
        matched = {t for t in hit.matched if not t.startswith("skill:")}
        return bool(matched) and matched <= words and not matched & self.masked_terms[hit.index]


def _match_line(line: str, kind: Any, corpus: _Corpus, lexicon: Any, backed: set[str]) -> RequirementMatch:
    """The evidence ranked for one line of the posting, and how strongly it covers the line."""
    pieces, index = corpus.pieces, corpus.index
    query = tokenize(line, lexicon)
    skills = skills_in(line, lexicon)
    if kind == "skill" and not skills and lexicon is not None:
        # a key skill is a skill name even without the context an everyday word ("Go") needs in prose
        known = lexicon.canonical(line)
        if known:
            skills = [known]
            query.append(f"skill:{known.casefold()}")
    # a skill token carries the weight of the whole phrase: count it three times in the query
    query = query + [t for t in query if t.startswith("skill:")] * 2
    hits = index.rank(query)
    names = {s.casefold() for s in skills}
    if names:
        # a skill's word inside a paper's title or a product's name ("Emergent Communication") is no evidence
        skill_words = {t for name in names for t in tokenize(name)}
        hits = [h for h in hits if not corpus.only_in_names(h, skill_words)]
    # the best few hits: those scoring at least 30% of the best
    top = [h for h in hits[:TOP_EVIDENCE] if h.score >= 0.3 * hits[0].score] if hits else []
    ranked = [Evidence(pieces[h.index].id, pieces[h.index].text, pieces[h.index].kind, pieces[h.index].context,
                       round(h.score, 3)) for h in top]
    coverage = index.coverage(query, [t for h in top for t in h.matched])
    named_backed = [s for s in names if s in backed]
    if kind == "skill":
        strength, ranked = _skill_strength(line, names, named_backed, coverage, corpus, top, ranked)
        if strength != "strong" and len(names) == 1:
            said = _said_as_verb(next(iter(names)), corpus)
            if said:
                strength, ranked = "strong", said
    else:
        strength = _line_strength(names, named_backed, coverage, hits)
    adjacent = None
    if strength == "none":
        adjacent = ranked[0] if ranked else _nearest_by_letters(line, pieces)
        ranked = []
    return RequirementMatch(line, kind, strength, ranked, round(coverage, 3), skills, adjacent)


def _skill_strength(line: str, names: set[str], named_backed: list[str], coverage: float, corpus: _Corpus,
                    top: list[Any], ranked: list[Evidence]) -> tuple[Strength, list[Evidence]]:
    """A key skill: strong where a piece names it outside a title or name (the lexicon's spellings, or the
    whole phrase); weak where one piece holds every word of a phrase; else none."""
    phrase = _norm(line)
    naming = [i for i, text in enumerate(corpus.masked) if phrase and f" {phrase} " in f" {_norm(text)} "]
    # a skill the lexicon knows is backed only where the lexicon finds it ("Go" is not "Go Sooners!")
    says = bool(named_backed) or (not names and bool(naming))
    words = {t for t in tokenize(line) if not t.startswith("skill:")}
    if len(phrase.split()) > 1:
        # a phrase is not its words scattered: "deep learning" is not "Active Learning" plus "deep" elsewhere
        partial = coverage >= SKILL_WEAK_COVERAGE and any(words <= set(corpus.docs[h.index]) for h in top)
    else:
        # a one-word skill the lexicon knows has no partial match: its word alone is not the skill ("Go")
        partial = coverage >= SKILL_WEAK_COVERAGE and not names
    strength: Strength = "strong" if says else "weak" if partial else "none"
    if says and not names:
        # the phrase itself, where it stands outside a name, before pieces that share only its words
        first = [p for p in ranked if p.id in {corpus.pieces[i].id for i in naming}]
        rest = [Evidence(corpus.pieces[i].id, corpus.pieces[i].text, corpus.pieces[i].kind,
                         corpus.pieces[i].context, 0.0) for i in naming if corpus.pieces[i].id not in
                {p.id for p in first}]
        ranked = (first + rest)[:TOP_EVIDENCE]
    return strength, ranked


_CREDENTIAL = re.compile(r"\b(credentials?|licen[cs](?:e|es|ed|ure)|certif(?:ied|icate|icates|ication|ications))\b",
                         re.IGNORECASE)
_TITLE_NOISE = re.compile(r"\b(senior|junior|sr|jr|lead|head|principal|staff|chief|intern|trainee|assistant|"
                          r"associate|manager|grades?|level|remote|hybrid|m/w/d|f/m/d|h/f)\b", re.IGNORECASE)


def title_terms(title: str) -> set[str]:
    """The stemmed words of a job title that say the trade, without seniority and the like ('Senior Math
    Teacher' -> {'math', 'teacher'})."""
    return set(tokenize(_TITLE_NOISE.sub(" ", title)))


def titles_meet(one: set[str], other: set[str]) -> bool:
    """Whether two titles' trade words meet ('driver' in 'Amazon Driver' and 'Truck Driver'); a word of four
    letters or more, or its stem, in both."""
    return any(a.startswith(b) or b.startswith(a) for a in one for b in other if min(len(a), len(b)) >= 4)


def _credential(item: RequirementMatch, corpus: _Corpus, profile: Any, job: Any) -> RequirementMatch | None:
    """A line that asks for a credential (a licence, a certification) met by a certificate of the applicant's
    trade: one that shares a word with the line, or with the applicant's job title in the posting's trade (a
    'Math Teacher' whose 'Mathematics' licence answers a teacher posting's credential line); a weak match with
    those certificates as its evidence. None when the line asks for no credential or none fits: a truck
    driver's 'Microsoft Word' certificate answers no CDL line."""
    if not _CREDENTIAL.search(item.requirement):
        return None
    wanted = title_terms(getattr(job, "title", None) or "")
    trade: set[str] = set()
    for work in getattr(profile, "work", []) or []:
        held = title_terms(work.position or "")
        if titles_meet(wanted, held):
            trade |= held
    credential_words = set(tokenize(_SECTION_WORDS["certificate"] + " certified credentials licences licenses"))

    def words(text: str) -> set[str]:  # a word of three letters or more, no figure, no credential word
        return {t for t in tokenize(text) if len(t) >= 3 and t.isalpha() and t not in credential_words}

    line = words(item.requirement)
    found = [Evidence(ev.id, ev.text, ev.kind, ev.context, 0.0)
             for ev in corpus.pieces if ev.kind == "certificate" and words(ev.text) & (line | trade)]
    if not found:
        return None
    return RequirementMatch(item.requirement, item.kind, "weak", found[:TOP_EVIDENCE], item.coverage, item.skills)


def _verb_forms(skill: str) -> tuple[str, ...]:
    """A one-word skill that is a verb's -ing form ('teaching', 'recruiting'): the verb's forms that are, by
    lemminflect's table, only ever verbs ('teach', 'taught', 'teaches'; not 'recruit' nor 'market', nouns too)."""
    from ..text.forms import getAllLemmas, getInflection

    if " " in skill or not skill.endswith("ing"):
        return ()
    lemmas = getAllLemmas(skill).get("VERB") or ()
    if not lemmas:
        return ()
    forms = {f.casefold() for tag in ("VB", "VBD", "VBN", "VBZ") for f in getInflection(lemmas[0], tag)}
    return tuple(sorted(f for f in forms if f != skill and set(getAllLemmas(f)) == {"VERB"}))


def _past_forms(skill: str) -> tuple[str, ...]:
    """The verb's past forms among ``_verb_forms`` ('taught', 'recruited'): the ones a CV's line says anywhere."""
    from ..text.forms import getAllLemmas, getInflection

    lemmas = getAllLemmas(skill).get("VERB") or ("",)
    past = {f.casefold() for tag in ("VBD", "VBN") for f in getInflection(lemmas[0], tag)} if lemmas[0] else set()
    return tuple(f for f in _verb_forms(skill) if f in past)


def _said_as_verb(skill: str, corpus: _Corpus) -> list[Evidence]:
    """The pieces that say a skill as their verb ('Teach 100+ students' for 'teaching', 'Recruited a team of four'
    for 'recruiting'), outside the names of things; at most TOP_EVIDENCE, in CV order."""
    forms, past = _verb_forms(skill.casefold()), _past_forms(skill.casefold())
    if not forms:
        return []
    # the base form ('Teach 100+ students') only where a line opens on it, a past form ('taught') anywhere but
    # after a hyphen ('self-taught') or before 'for' ('accounted for 40% of sales' is no accounting); 'log' and
    # 'logs' inside a line are a noun's, whatever the table says
    opening = "|".join(map(re.escape, forms))
    inside = "|".join(map(re.escape, past)) or "(?!)"
    pattern = re.compile(rf"(?:^\W*(?:{opening})|(?<![\w-])(?:{inside}))\b(?!\s+for\b)", re.IGNORECASE)
    return [Evidence(ev.id, ev.text, ev.kind, ev.context, 0.0)
            for ev, text in zip(corpus.pieces, corpus.masked, strict=True)
            if ev.kind in ("highlight", "summary", "project", "work", "volunteer") and pattern.search(text)
            ][:TOP_EVIDENCE]


def _line_strength(names: set[str], named_backed: list[str], coverage: float, hits: list[Any]) -> Strength:
    """A requirement or preferred line: strong, weak or none by coverage, terms and the skills it names."""
    best_terms = len([t for t in hits[0].matched if not t.startswith("skill:")]) if hits else 0
    if (
        coverage >= STRONG_COVERAGE
        or (best_terms >= STRONG_TERMS and coverage >= STRONG_TERMS_COVERAGE)
        or (names and len(named_backed) * 2 >= len(names) and coverage >= WEAK_COVERAGE)
    ):
        return "strong"
    if coverage >= WEAK_COVERAGE or named_backed:
        return "weak"
    return "none"


def _not_eligible(item: RequirementMatch) -> RequirementMatch:
    """An eligibility line the profile's degrees do not meet (by date or level): a gap, its nearest kept."""
    nearest = item.evidence[0] if item.evidence else item.adjacent
    return RequirementMatch(item.requirement, item.kind, "none", [], item.coverage, item.skills, nearest)


def _section_terms(kind: str, lexicon: Any) -> list[str]:

    words = _SECTION_WORDS.get(kind)
    return tokenize(words, lexicon) if words else []


@lru_cache(maxsize=4096)
def _trigrams(text: str) -> frozenset[str]:
    """The letter trigrams of text; cached, since every gap of a posting compares against the same pieces."""
    flat = f" {_norm(text)} "
    return frozenset(flat[i : i + 3] for i in range(len(flat) - 2))


def _nearest_by_letters(line: str, pieces: list[Evidence]) -> Evidence | None:
    """The piece of evidence whose letter trigrams overlap the line's most (Dice >= 0.15), for gaps."""
    target = _trigrams(line)
    best, best_value = None, 0.15
    for ev in pieces:
        grams = _trigrams(ev.text)
        if not grams or not target:
            continue
        value = 2 * len(grams & target) / (len(grams) + len(target))
        if value > best_value:
            best, best_value = ev, value
    if best is None:
        return None
    return Evidence(best.id, best.text, best.kind, best.context, 0.0)


def _score(items: list[RequirementMatch]) -> float:
    total = sum(_WEIGHTS.get(i.kind, 0.5) for i in items)
    if not total:
        return 0.0
    got = sum(_WEIGHTS.get(i.kind, 0.5) * _VALUE[i.strength] for i in items)
    return round(got / total, 3)

"""A field of work claimed in general words ("web development", "automated testing", "data science").

Such a phrase names the field a whole category of the skills lexicon covers, not one tool or one speciality of it;
the profile backs it with any skill of that category ("web development" for a CV listing JavaScript and Django)
or with a position named by the field ("data science" for a Data Scientist). A speciality inside a field
("computer vision", "sentiment analysis", "pair programming") and every named tool stay claims of their own.
"""

from __future__ import annotations

from typing import Any

from ..text import norm
from .facts import Facts
from .variants import stem_in

# Words that name doing a field rather than a part of it: "web *development*", "data *science*",
# "*automated testing*", "quality *assurance*".
_PRACTICE = frozenset({
    "development", "developer", "engineering", "programming", "science", "analysis", "analytics", "management",
    "testing", "test", "assurance", "automation", "automated", "pipeline", "practice", "work"})

_CATEGORY_STOP = frozenset({"and", "of", "the", "tools"})


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _category_words(category: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in norm(category).split() if w not in _CATEGORY_STOP)


def field_category(text: str, name: str, lexicon: Any) -> str | None:
    """The lexicon category a skill mention names as a whole field: written in everyday words (in lowercase, or
    each capitalised for emphasis, "Machine Learning"), each a word of the category's name or a word of practice,
    one at least of the category's name ("web development" for "web and mobile", "data science" for "data and
    databases", "automated testing" for "testing and quality"). The skill's own category comes first; another
    category whose name holds the field's words next ("web development", filed under software engineering,
    names the field of "web and mobile")."""
    words = text.replace("-", " ").split()
    capitalised = len(words) > 1 and all(w[:1].isupper() and w[1:].islower() for w in words)  # "Web Development"
    if not lexicon.canonical(name) or not (text == text.lower() or capitalised):
        return None
    if not all(w.isalpha() for w in words):
        return None
    words = [_stem(w) for w in norm(text).split()]
    own_category = lexicon.category(name)
    others = sorted({e.category for e in getattr(lexicon, "entries", ()) if e.category} - {own_category})
    for category in ([own_category] if own_category else []) + others:
        own = _category_words(category)
        if words and all(w in own or w in _PRACTICE for w in words) and any(w in own for w in words):
            return category
    return None


def field_support(text: str, category: str, lexicon: Any, facts: Facts) -> str | None:
    """The path of a profile skill of the field's category, or of a position named by one of the field's own
    words ("Web Developer" for "web development")."""
    for skill, path in facts.skills.items():
        if lexicon.category(skill) == category:
            return path
    own = {w for w in (_stem(w) for w in norm(text).split()) if w in _category_words(category)}
    for path, position in facts.positions:
        if own & {_stem(w) for w in norm(position).split()}:
            return path
    return None


def kind_support(text: str, name: str, lexicon: Any, facts: Facts) -> str | None:
    """A kind of work in general words that the lexicon files under a named skill ("continuous deployment" under
    CI/CD, "version control" under Git): backed by one line of the profile that does that work with a skill of
    the same category ("deployments on Apache Mesos, using Docker"). The named skill itself stays a claim."""
    canonical = lexicon.canonical(name)
    if not canonical or norm(canonical) == norm(text) or text != text.lower():
        return None
    words = norm(text).split()
    if not words or len(words[-1]) < 4 or not all(w.isalpha() for w in text.replace("-", " ").split()):
        return None
    if _stem(words[-1]) in _PRACTICE:
        return None  # "load testing": a word of practice says no more than the field
    head, category = words[-1], lexicon.category(name)  # the work itself: "deployment", not "continuous"
    for (path, _key, leaf), leaf_norm in zip(facts.leaves, facts.leaf_norms, strict=True):
        if not stem_in(head, set(leaf_norm.split())):
            continue
        if any(lexicon.category(found) == category for found in lexicon.find(leaf)):
            return path
    return None
